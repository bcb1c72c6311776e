"""The public record: facts from outside the articles, each with its source and the exact words read.

data/references.csv holds one row per fact (described in data/datapackage.json). A
check that tests a statement of history or fact cites rows by id (`references:`
in data/checks.yml); one that could not be checked says why (`record:`). The rule
the table enforces: cite only words read in a stored copy you can point to, never
from memory, so every row needs its URL and the quoted words.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from factcheck.files.problems import Collector, raise_if_any
from factcheck.files.tables import load_schema, read_table


@dataclass(frozen=True)
class Reference:
    id: str
    fact: str
    publisher: str
    title: str
    date: str
    url: str
    quoted: str
    read_in: str
    primary: bool
    note: str
    copy_url: str = ""   # where the words were read, when not at the original publisher's address (`url`)
    copy_kind: str = ""  # the kind of host (data/hosts.yml) the words were read on; "" when read at the original

    @property
    def copy_phrase(self) -> str:
        """The one reader phrase for the copy the words were read in (by the kind of its host in data/hosts.yml)."""
        return {"archive": "read in an archived copy", "proxy": "read in a relayed copy"}.get(
            self.copy_kind, "read in a republished copy")



def load_references(root: Path) -> dict[str, Reference]:
    """Every reference under root/data, validated against its schema; {} when the project has none yet."""
    path = Path(root) / "data" / "references.csv"
    if not path.exists():
        return {}
    problems = Collector(path)
    rows = read_table(path, load_schema(Path(root) / "data" / "datapackage.json", "references"), problems)
    raise_if_any(problems)
    from factcheck.sources.record import copy_host, load_hosts

    hosts = load_hosts(root)
    references = {}
    for row in rows:
        reference = Reference(row["ref_id"], row["fact"], row["publisher"], row["title"], row["date"], row["url"],
                              row["quoted"], row["read_in"], row["primary"], row["note"] or "", row.get("copy_url") or "")
        host = copy_host(reference, hosts)
        kind = host.kind if host else ("republisher" if reference.copy_url else "")
        references[row["ref_id"]] = replace(reference, copy_kind=kind)
    return references


def check_citations(checks, references: dict[str, Reference], checks_file: Path, documents=None,
                    sources_file: Path | None = None) -> None:
    """Every id a check, or an article's dating, cites exists in data/references.csv."""
    problems = Collector(checks_file)
    for check in checks:
        for ref_id in check.references:
            if ref_id not in references:
                problems.add(check.line, "references", f"no reference {ref_id!r} in data/references.csv")
    source_problems = Collector(sources_file or checks_file)
    for document in (documents or {}).values():
        for item in document.date.get("record") or []:
            if item["ref"] not in references:
                source_problems.add(None, f"{document.id}.date.record", f"no reference {item['ref']!r} in data/references.csv")
    raise_if_any(problems, source_problems)


def cited_by_sources(documents) -> set[str]:
    return {item["ref"] for d in documents.values() for item in d.date.get("record") or []}
