"""How the record reaches a reader: hosts that are not original publishers, and the statements not found."""
from __future__ import annotations

import pytest

from factcheck.files.problems import ValidationFailed
from factcheck.paths import ROOT as REPO
from factcheck.sources.record import host_of, is_weak, load_hosts, load_not_found
from factcheck.sources.references import Reference, load_references


def reference(url: str, copy_url: str = "", kind: str = "") -> Reference:
    return Reference("r", "a fact", "A Paper", "A title", "2024-06-16", url, "the words read, twenty at least",
                     "read 2026-12-03", False, "", copy_url, kind)


def write_hosts(repo, text: str):
    (repo / "data").mkdir(exist_ok=True)
    (repo / "data" / "hosts.yml").write_text(text, encoding="utf-8")


def test_a_host_is_named_without_www_and_in_lower_case():
    assert host_of("https://WWW.Scribd.com/document/1") == "scribd.com"


def test_a_copy_on_a_proxy_is_weak_and_a_republished_document_is_not(tmp_path):
    write_hosts(tmp_path, "hosts:\n  - {host: relay.example, kind: proxy}\n  - {host: library.example, kind: republisher}\n")
    hosts = load_hosts(tmp_path)
    assert is_weak(reference("https://paper.example/story", "https://relay.example/https/paper.example/story"), hosts)
    assert not is_weak(reference("https://library.example/opinion"), hosts)
    assert not is_weak(reference("https://paper.example/story"), hosts)


def test_a_host_of_an_unknown_kind_is_refused_with_its_line(tmp_path):
    write_hosts(tmp_path, "hosts:\n  - {host: relay.example, kind: proxy}\n  - {host: blog.example, kind: friendly}\n")
    with pytest.raises(ValidationFailed) as failed:
        load_hosts(tmp_path)
    assert "hosts.yml:3: column 'kind': expected one of proxy, mirror, aggregator, republisher, archive" in str(failed.value)


def test_each_reference_learns_the_kind_of_copy_it_was_read_in():
    refs = load_references(REPO)
    relayed = refs["wt-2024-06-16-25-not-checked-in"]
    assert relayed.url.startswith("https://www.washingtontimes.com/") and relayed.copy_kind == "proxy"
    assert relayed.copy_phrase == "read in a relayed copy"
    assert refs["zadvydas-2001-six-month-presumption"].copy_phrase == "read in a republished copy"
    assert refs["ice-fy2015-235413-removals"].copy_kind == ""      # read at ICE's own address


def test_no_reference_carries_internal_words_about_where_it_was_read():
    internal = ("search corpus", "('pages')", "stored copy", "in the store", "stored page", "weak host")
    for ref in load_references(REPO).values():
        for field in ("fact", "publisher", "title", "quoted", "note", "read_in"):
            assert not any(w in getattr(ref, field) for w in internal), (ref.id, field, getattr(ref, field))


def write_not_found(repo, text: str):
    (repo / "review" / "references").mkdir(parents=True, exist_ok=True)
    (repo / "review" / "references" / "not-found.yml").write_text(text, encoding="utf-8")


def test_an_entry_without_the_searches_tried_is_refused(tmp_path):
    write_not_found(tmp_path, "statements:\n  - statement: some-statement\n    why: \"nothing found\"\n    searches: []\n")
    with pytest.raises(ValidationFailed) as failed:
        load_not_found(tmp_path)
    assert "not-found.yml:4: column 'searches': some-statement: list the searches tried" in str(failed.value)


def test_a_search_without_what_it_found_is_refused(tmp_path):
    write_not_found(tmp_path, "statements:\n  - statement: some-statement\n    why: \"nothing found\"\n"
                              "    searches:\n      - {query: \"a query\", corpus: pages}\n")
    with pytest.raises(ValidationFailed) as failed:
        load_not_found(tmp_path)
    assert "not-found.yml:5: column 'searches': some-statement: each search names its query, its corpus and what it found" \
        in str(failed.value)


def test_the_shipped_list_gives_searches_for_every_statement():
    listed = load_not_found(REPO)
    assert len(listed) >= 5
    assert all(entry.why and entry.searches for entry in listed.values())


def test_a_host_under_a_listed_domain_is_that_domain(tmp_path):
    write_hosts(tmp_path, "hosts:\n  - {host: scribd.com, kind: mirror}\n")
    assert is_weak(reference("https://pl.scribd.com/document/1"), load_hosts(tmp_path))
    assert not is_weak(reference("https://notscribd.com/document/1"), load_hosts(tmp_path))
