"""A synthetic corpus of N articles for the build benchmark: python benchmarks/corpus.py N FOLDER

FOLDER becomes a copy of the repository as a clean clone has it (no executed
pages), whose five real articles are joined by copies of themselves under new
ids until there are N: copy k of `pep16` is `pep16n<k>`, with its seed file
(byte for byte, under a new name), its provenance entry, its claims
(`pep16n<k>-01`...), its non-claims, and the checks among the copy-k articles
(`<check>-n<k>`). Every copy gets its page in pages.yml; the theme pages, the
register and the methods page grow with N, as they would with a real desk's
corpus. The result passes `python -m factcheck check`.

Never run it into book/ or the repository itself: FOLDER must not exist yet.
"""
from __future__ import annotations

import csv
import io
import re
import shutil
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
from buildcopies import clean_copy  # noqa: E402


class _NoAliases(yaml.SafeDumper):
    """The project's YAML reader refuses aliases; PyYAML writes one for every object used twice."""

    def ignore_aliases(self, data) -> bool:
        return True


def _yaml(data, **options) -> str:
    return yaml.dump(data, Dumper=_NoAliases, **options)


def make_corpus(documents: int, folder: Path) -> Path:
    folder = Path(folder).resolve()
    if folder.exists():
        raise SystemExit(f"{folder} exists; give a new scratch folder")
    if folder == ROOT or ROOT in folder.parents:
        raise SystemExit(f"{folder} is inside the repository; give a scratch folder elsewhere")
    root = clean_copy(folder)
    sources = yaml.safe_load((root / "seeds" / "sources.yml").read_text(encoding="utf-8"))
    originals = [entry["id"] for entry in sources["documents"]]
    copies = max(0, -(-documents // len(originals)) - 1)  # copy sets beyond the originals
    wanted = [(doc, k) for k in range(1, copies + 1) for doc in originals][:max(0, documents - len(originals))]
    made = {(doc, k) for doc, k in wanted}
    complete = {k for k in range(1, copies + 1) if all((doc, k) in made for doc in originals)}

    def new_id(doc: str, k: int) -> str:
        return f"{doc}n{k}"

    entries = list(sources["documents"])
    by_id = {entry["id"]: entry for entry in sources["documents"]}
    for doc, k in wanted:
        entry = dict(by_id[doc], id=new_id(doc, k), file=f"{new_id(doc, k)}.txt")
        # Named apart ('CNN [copy 3]'), so a copy's chart is not its original's: the build keeps each chart's drawing
        # by its spec (factcheck/report/charts.py), and a corpus of real articles draws each article's chart anew.
        entry["outlet"] = {**entry["outlet"], "name": f"{entry['outlet'].get('name') or 'unknown'} [copy {k}]"}
        shutil.copyfile(root / "seeds" / by_id[doc]["file"], root / "seeds" / entry["file"])
        entries.append(entry)
    sources["documents"] = entries
    (root / "seeds" / "sources.yml").write_text(_yaml(sources, sort_keys=False, allow_unicode=True),
                                               encoding="utf-8")

    def claim_copy(claim_id: str, k: int) -> str:
        doc, _, number = claim_id.rpartition("-")
        return f"{new_id(doc, k)}-{number}"

    _extend_table(root / "data" / "claims.csv", wanted,
                  lambda row, doc, k: {**row, "doc_id": new_id(doc, k), "claim_id": claim_copy(row["claim_id"], k)})
    _extend_table(root / "data" / "non_claims.csv", wanted, lambda row, doc, k: {**row, "doc_id": new_id(doc, k)})

    checks = yaml.safe_load((root / "data" / "checks.yml").read_text(encoding="utf-8"))
    copied = []
    for k in sorted(complete):
        for check in checks["checks"]:
            new = dict(check, id=f"{check['id']}-n{k}")
            if isinstance(check.get("inputs"), dict):
                new["inputs"] = {name: [claim_copy(c, k) for c in value] if isinstance(value, list) else claim_copy(value, k)
                                 for name, value in check["inputs"].items()}
            if check.get("tests"):
                new["tests"] = claim_copy(check["tests"], k)
            if check.get("evidence"):
                new["evidence"] = [dict(e, doc_id=new_id(e["doc_id"], k)) for e in check["evidence"]]
            copied.append(new)
    checks["checks"] += copied
    (root / "data" / "checks.yml").write_text(_yaml(checks, sort_keys=False, allow_unicode=True),
                                             encoding="utf-8")

    statements_file = root / "data" / "statements.yml"
    if statements_file.exists():   # each copied article's statements, their evidence the copied checks
        statements = yaml.safe_load(statements_file.read_text(encoding="utf-8"))
        by_doc: dict[str, list] = {}
        for statement in statements["statements"]:
            by_doc.setdefault(statement["doc_id"], []).append(statement)
        for doc, k in wanted:
            if k not in complete:   # the checks are copied for complete sets only
                continue
            statements["statements"] += [dict(st, id=f"{st['id']}-n{k}", doc_id=new_id(doc, k),
                                              evidence=[f"{c}-n{k}" for c in st["evidence"]],
                                              verdict={key: re.sub(r"@([a-z0-9-]+)\}", rf"@\1-n{k}}}", value)
                                                       if isinstance(value, str) else value
                                                       for key, value in st["verdict"].items()},
                                              **({"rated_for": [claim_copy(c, k) for c in st["rated_for"]]}
                                                 if "rated_for" in st else {}))
                                         for st in by_doc.get(doc, [])]
        statements_file.write_text(_yaml(statements, sort_keys=False, allow_unicode=True), encoding="utf-8")

    plan = yaml.safe_load((root / "pages.yml").read_text(encoding="utf-8"))
    articles = next(part for part in plan["parts"] if any("doc_id" in (p.get("parameters") or {}) for p in part["pages"]))
    titles = {p["parameters"]["doc_id"]: p.get("title") for p in articles["pages"]}
    for doc, k in wanted:
        articles["pages"].append({"page": f"book/documents/{new_id(doc, k)}.ipynb",
                                  "title": f"{titles[doc]} [copy {k}]", "template": "notebooks/document.ipynb",
                                  "parameters": {"doc_id": new_id(doc, k)}})
    (root / "pages.yml").write_text(_yaml(plan, sort_keys=False, allow_unicode=True), encoding="utf-8")
    return root


def _extend_table(path: Path, wanted, copy_row) -> None:
    with open(path, encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        fields, rows = reader.fieldnames, list(reader)
    by_doc: dict[str, list[dict]] = {}
    for row in rows:
        by_doc.setdefault(row["doc_id"], []).append(row)
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=fields, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    for doc, k in wanted:
        writer.writerows(copy_row(row, doc, k) for row in by_doc.get(doc, []))
    path.write_text(out.getvalue(), encoding="utf-8")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        raise SystemExit(__doc__.splitlines()[0])
    made_at = make_corpus(int(sys.argv[1]), Path(sys.argv[2]))
    print(made_at)
