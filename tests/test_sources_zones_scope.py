"""Loading sources, splitting them into zones, and dating them."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from crosscheck.model import Scope
from crosscheck.scope import date_source, judge
from crosscheck.sources import decode, discover, load, load_manifest
from crosscheck.zones import analyse, split_sentences

SCOPE = Scope("x", dt.date(2021, 10, 8), 60)


def zones_of(text: str) -> dict[str, list[str]]:
    layout = analyse(text)
    out: dict[str, list[str]] = {}
    for r in layout.regions:
        out.setdefault(r.zone, []).append(text[r.start : r.end])
    for s in layout.sentences:
        out.setdefault(s.zone, []).append(text[s.start : s.end])
    return out


ARTICLE = """ date 2021-10-04 Skip to main content

World

Talks on the river treaty begin in Lagos on Friday

1 minute read

The delegates at the opening session in Abuja, 3 March 2021. REUTERS/Ann Lee

LAGOS, Oct 4 (Reuters) - Delegates from both states will meet on Friday. They will sign the treaty.

Reporting by Ann Lee; Editing by Bo Chan

River trade

Trade on the river grew by 5% in the U.S. and elsewhere. It is still small.

More from Reuters

Unrelated story about markets
"""


def test_zones_of_a_wire_story():
    z = zones_of(ARTICLE)
    assert z["headline"] == ["Talks on the river treaty begin in Lagos on Friday"]
    assert z["dateline"] == ["LAGOS, Oct 4 (Reuters) -"]
    assert z["subheading"] == ["River trade"]
    assert any("REUTERS/Ann Lee" in c for c in z["caption"])
    assert "World" in z["boilerplate"] and "Unrelated story about markets" in z["boilerplate"]
    assert z["body"][0] == "Delegates from both states will meet on Friday."
    assert "Trade on the river grew by 5% in the U.S. and elsewhere." in z["body"]


def test_standfirst_and_lede_are_both_under_the_headline():
    text = "Treaty talks open\n\nA short standfirst.\n\nBy Ann Lee\nAdvertisement\n\nThe lede.\n\nMore body.\n"
    layout = analyse(text)
    assert layout.lead == frozenset({0, 1})
    assert analyse("Treaty talks open\n\nThe lede.\n\nMore body.\n").lead == frozenset({0})


def test_wrapped_paragraph_keeps_sentences_whole():
    text = "Headline of the story\n\nThe treaty was signed\nin Lagos on Friday. It\nwas long awaited.\n"
    sentences = [text[s.start : s.end] for s in analyse(text).sentences if s.zone == "body"]
    assert sentences == ["The treaty was signed\nin Lagos on Friday.", "It\nwas long awaited."]


def test_sentence_split_keeps_abbreviations():
    text = "U.S. Secretary Dr. Lee met Mr. Chan. They spoke. “We agree,” he said. Then it ended."
    spans = split_sentences(text, 0, len(text))
    assert [text[s:e] for s, e in spans] == [
        "U.S. Secretary Dr. Lee met Mr. Chan.",
        "They spoke.",
        "“We agree,” he said.",
        "Then it ended.",
    ]


def test_markdown_headings_and_front_matter_title(tmp_path):
    path = tmp_path / "a.md"
    path.write_text("---\ntitle: The real title\npublished: 2021-10-05\n---\n# Big heading\n\nBody text here.\n")
    source = load(path, tmp_path, {})
    layout = analyse(source.text, source.body_start, source.title_span)
    assert source.text[layout.headline.start : layout.headline.end] == "The real title"
    assert [source.text[r.start : r.end] for r in layout.regions if r.zone == "subheading"] == ["# Big heading"]
    dating = date_source(source, layout, SCOPE)
    assert (dating.published, dating.date_from) == (dt.date(2021, 10, 5), "front_matter")


def test_discovery_is_recursive_stable_and_keeps_same_names_apart(tmp_path):
    for rel in ["b/x.txt", "a/x.txt", "a/notes.pdf", "c.md"]:
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text("t")
    found, passed = discover([tmp_path])
    assert [Path(f.path).relative_to(tmp_path).as_posix() for f in found] == ["a/x.txt", "b/x.txt", "c.md"]
    assert passed == []


def test_manifest_supplies_missing_fields(tmp_path):
    (tmp_path / "sources.yaml").write_text("a.txt: {outlet: Daily Planet, published: 2021-10-06}\n")
    (tmp_path / "a.txt").write_text("Headline here now\n\nBody.\n")
    manifest, _ = load_manifest(tmp_path)
    source = load(tmp_path / "a.txt", tmp_path, manifest)
    assert source.fields["outlet"] == "Daily Planet"
    layout = analyse(source.text)
    dating = date_source(source, layout, SCOPE)
    assert (dating.published, dating.date_from) == (dt.date(2021, 10, 6), "manifest")


def test_publication_lines_prefer_published_over_updated(tmp_path):
    text = "Updated October 9th, 2021\n\nHeadline of it all\n\nBody.\n\nPublished October 8th, 2021 at 14:32 IST\n"
    (tmp_path / "a.txt").write_text(text)
    source = load(tmp_path / "a.txt", tmp_path, {})
    assert date_source(source, analyse(text), SCOPE).published == dt.date(2021, 10, 8)


def test_yearless_dateline_takes_scope_year(tmp_path):
    text = "Headline of it all\n\nPARIS, Oct 6 (AFP) - Body text.\n"
    (tmp_path / "a.txt").write_text(text)
    source = load(tmp_path / "a.txt", tmp_path, {})
    dating = date_source(source, analyse(text), SCOPE)
    assert (dating.published, dating.outlet) == (dt.date(2021, 10, 6), "AFP")


def test_reference_date_falls_back_to_latest_full_body_date(tmp_path):
    text = "Headline of it all\n\nOn March 1, 2019 it began. On June 2, 2023 it ended.\n"
    (tmp_path / "a.txt").write_text(text)
    source = load(tmp_path / "a.txt", tmp_path, {})
    dating = date_source(source, analyse(text), SCOPE)
    assert (dating.reference, dating.date_from, dating.published) == (dt.date(2023, 6, 2), "body", None)
    assert judge(dating, SCOPE)[0] is False


def test_unknown_date_is_in_scope_with_a_note(tmp_path):
    text = "Headline of it all\n\nNo dates at all.\n"
    (tmp_path / "a.txt").write_text(text)
    source = load(tmp_path / "a.txt", tmp_path, {})
    in_scope, note = judge(date_source(source, analyse(text), SCOPE), SCOPE)
    assert in_scope and "no publication date" in note


def test_window_after_extends_only_forward():
    from crosscheck.scope import Dating

    scope = Scope("x", dt.date(2021, 10, 8), 10, 400)
    late = Dating(dt.date(2022, 6, 1), dt.date(2022, 6, 1), "text", None)
    early = Dating(dt.date(2021, 9, 1), dt.date(2021, 9, 1), "text", None)
    assert judge(late, scope)[0] and not judge(early, scope)[0]


def test_decoding():
    assert decode("café".encode()) == ("café", None)
    assert decode("café".encode("utf-16")) == ("café", None)
    text, warning = decode("café".encode("cp1252"))
    assert text == "café" and "CP-1252" in warning


def test_binary_and_unreadable_files_are_skipped(tmp_path):
    (tmp_path / "bin.txt").write_bytes(b"\x00\x01\x02")
    assert "binary" in load(tmp_path / "bin.txt", tmp_path, {}).skipped
    (tmp_path / "gone.txt").symlink_to(tmp_path / "missing")
    assert "cannot be read" in load(tmp_path / "gone.txt", tmp_path, {}).skipped


def test_following_a_link_back_up_does_not_loop(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "x.txt").write_text("t")
    (tmp_path / "a" / "up").symlink_to(tmp_path)
    found, _ = discover([tmp_path], follow_links=True)
    assert [Path(f.path).name for f in found] == ["x.txt"]
