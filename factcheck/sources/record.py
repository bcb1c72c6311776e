"""How the public record reaches a reader: the hosts that are not original publishers, and what was not found.

data/hosts.yml lists hosts that relay, copy or rewrite other publishers' words (a
proxy, a mirror, an aggregator) or reproduce a document whole (a republisher, an
archive). A reference read on such a host names the original publisher; the page
links to the original's address first and to the copy second, with one reader phrase
("read in an archived copy"). A rating worse than "imprecise" may not rest only on
references read on a proxy, mirror or aggregator (factcheck/checks/sourcing.py).

review/references/not-found.yml lists the statements that were searched for in the
public record without result, each with the searches tried; each page showing such a
statement says "Not checked against the record".
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from factcheck.files.problems import Collector, raise_if_any
from factcheck.files.yamlfile import kind_of, kind_of_text, load_located

HOSTS_FILE = Path("data") / "hosts.yml"
NOT_FOUND_FILE = Path("review") / "references" / "not-found.yml"
KINDS = ("proxy", "mirror", "aggregator", "republisher", "archive")
WEAK = frozenset({"proxy", "mirror", "aggregator"})       # never the only support of a rating worse than imprecise


@dataclass(frozen=True)
class Host:
    host: str
    kind: str
    note: str


@dataclass(frozen=True)
class Unchecked:
    statement: str
    why: str                  # what was looked for, in plain words (shown on the page)
    searches: tuple           # ({query, corpus, found}, ...)
    line: int = 0


def _top_level_list(path: Path, key: str, shape: str = ""):
    """(the file's problems, the file, its list under `key`); a file without that list raises ValidationFailed."""
    problems = Collector(path)
    data = load_located(path, problems)
    entries = data.get(key) if isinstance(data, dict) else None
    if not isinstance(entries, list):
        problems.add(1, key, f"expected a top-level '{key}:' list{shape}")
        raise_if_any(problems)
    return problems, data, entries


def host_of(url: str) -> str:
    """'https://www.scribd.com/document/1' -> 'scribd.com' (lower case, without a leading 'www.')."""
    host = (urlsplit(url).hostname or "").lower()
    return host[4:] if host.startswith("www.") else host


def load_hosts(root: Path) -> dict[str, Host]:
    """The hosts of data/hosts.yml by name; {} when the project has no such file."""
    path = Path(root) / HOSTS_FILE
    if not path.exists():
        return {}
    problems, _, entries = _top_level_list(path, "hosts", " of {host, kind, note}")
    hosts = {}
    for index, entry in enumerate(entries):
        line = entries.line_of(index)
        if not isinstance(entry, dict):
            problems.add(line, None, f"each host is a mapping {{host, kind, note}}, found {kind_of(entry)}")
            continue
        name, kind = entry.get("host"), entry.get("kind")
        if not isinstance(name, str) or not name.strip() or "/" in name:
            problems.add(line, "host", f"expected a host name such as example.org, found {kind_of_text(name)}")
            continue
        if kind not in KINDS:
            problems.add(line, "kind", f"expected one of {', '.join(KINDS)}, found {kind_of(kind)}")
            continue
        key = host_of(f"https://{name.strip()}")
        if key in hosts:
            problems.add(line, "host", f"{key} is listed twice")
        hosts[key] = Host(key, kind, str(entry.get("note") or ""))
    raise_if_any(problems)
    return hosts


def listed_host(url: str, hosts: dict[str, Host]) -> Host | None:
    """The entry for url's host or for a domain above it ('pl.scribd.com' is listed as 'scribd.com')."""
    parts = host_of(url).split(".")
    for start in range(len(parts) - 1):
        if ".".join(parts[start:]) in hosts:
            return hosts[".".join(parts[start:])]
    return None


def copy_host(reference, hosts: dict[str, Host]) -> Host | None:
    """The listed host the reference's words were read on (its copy's address, else its own), if any."""
    for url in (getattr(reference, "copy_url", "") or "", reference.url):
        if url and listed_host(url, hosts):
            return listed_host(url, hosts)
    return None


def is_weak(reference, hosts: dict[str, Host]) -> bool:
    """Read only on a proxy, mirror or aggregator (the original's words were never seen at a trusted address)."""
    host = copy_host(reference, hosts)
    return host is not None and host.kind in WEAK


def load_not_found(root: Path) -> dict[str, Unchecked]:
    """review/references/not-found.yml by statement id; {} when the file is absent (a participant's folder)."""
    path = Path(root) / NOT_FOUND_FILE
    if not path.exists():
        return {}
    problems, data, entries = _top_level_list(path, "statements")
    found = {}
    for index, entry in enumerate(entries):
        line = entries.line_of(index)
        if not isinstance(entry, dict):
            problems.add(line, None, f"each entry is a mapping {{statement, why, searches}}, found {kind_of(entry)}")
            continue
        ident, why, searches = entry.get("statement"), entry.get("why"), entry.get("searches")
        if not isinstance(ident, str) or not ident.strip():
            problems.add(entry.line_of("statement"), "statement", "expected the id of a statement in data/statements.yml")
            continue
        if not isinstance(why, str) or not why.strip():
            problems.add(entry.line_of("why"), "why", f"{ident}: say in plain words what was looked for and not found")
        if not isinstance(searches, list) or not searches:
            problems.add(entry.line_of("searches"), "searches", f"{ident}: list the searches tried ({{query, corpus, found}})")
            searches = []
        for k, search in enumerate(searches):
            if not (isinstance(search, dict) and all(isinstance(search.get(f), str) and search[f].strip()
                                                     for f in ("query", "corpus", "found"))):
                problems.add(searches.line_of(k), "searches", f"{ident}: each search names its query, its corpus and "
                                                              "what it found")
        if ident in found:
            problems.add(line, "statement", f"{ident} is listed twice")
        found[ident] = Unchecked(ident, str(why or ""), tuple(dict(s) for s in searches if isinstance(s, dict)), line)
    facts = data.get("facts") or []
    if not isinstance(facts, list):
        problems.add(data.line_of("facts"), "facts", "expected a list of facts, each naming its reference (ref), the "
                                                     "fact, and the searches tried")
        facts = []
    for index, entry in enumerate(facts):   # facts a reference note said were not found
        searches = entry.get("searches") if isinstance(entry, dict) else None
        if not (isinstance(entry, dict) and isinstance(entry.get("ref"), str) and isinstance(entry.get("fact"), str)
                and isinstance(searches, list) and searches):
            problems.add(facts.line_of(index), "facts", "each fact names its reference (ref), the fact, and "
                                                                "the searches tried")
    raise_if_any(problems)
    return found


def not_found_unrated(root: Path) -> list[tuple[int, dict]]:
    """(line, entry) of each statement under `unrated:` in not-found.yml: doc_id, start, end, quote, searches."""
    path = Path(root) / NOT_FOUND_FILE
    data = load_located(path) if path.exists() else {}
    unrated = data.get("unrated") if isinstance(data, dict) else None
    return [(unrated.line_of(i), entry) for i, entry in enumerate(unrated)] if isinstance(unrated, list) else []


def not_found_facts(root: Path) -> list[tuple[int, str]]:
    """(line, reference id) of each fact listed under `facts:` in not-found.yml (validated by `load_not_found`)."""
    path = Path(root) / NOT_FOUND_FILE
    data = load_located(path) if path.exists() else {}
    facts = data.get("facts") if isinstance(data, dict) else None
    return [(facts.line_of(i), f["ref"]) for i, f in enumerate(facts or []) if isinstance(f, dict) and "ref" in f]
