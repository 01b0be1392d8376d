"""Loading sources, splitting them into zones, and dating them."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from crosscheck.lexicon import reading
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


@pytest.mark.parametrize(
    "text, body",
    [
        (
            "Facebook to buy WhatsApp for $19bn\n\nRelated Stories\n\n"
            "Facebook has bought messaging app WhatsApp in a deal worth a total of $19bn in cash and shares.\n\n"
            "The deal is by far the biggest acquisition in the social network's ten-year history, analysts said.\n",
            "Facebook has bought messaging app WhatsApp in a deal worth a total of $19bn in cash and shares.",
        ),
        (
            "Quake kills 65 in Christchurch\n\nRelated\nAftershocks rattle city\nPM flies south\n\n"
            "A magnitude 6.3 earthquake struck Christchurch on Tuesday, killing at least 65 people in the city.\n\n"
            "Rescuers worked through the night to free people trapped in the rubble of collapsed buildings.\n",
            "A magnitude 6.3 earthquake struck Christchurch on Tuesday, killing at least 65 people in the city.",
        ),
    ],
)
def test_a_list_of_other_stories_ends_where_the_articles_prose_comes_back(text, body):
    z = zones_of(text)
    assert z["body"][0] == body
    assert "Related" not in " ".join(z["body"]) and "PM flies south" not in " ".join(z["body"])


@pytest.mark.parametrize(
    "signature",
    ["— Port Wings (@portwings) July 6, 2015", "– Reuters Science (@ReutersScience) April 10, 2019"],
)
def test_an_embedded_posts_signature_is_no_evidence(signature):
    text = f"Blasts hit Tianjin\n\nThe second explosion was the larger.\n\n{signature}\n\nRescuers arrived.\n"
    z = zones_of(text)
    assert signature in z["boilerplate"] and not any(signature in b for b in z["body"])


def test_a_list_of_other_stories_at_the_end_runs_to_the_end():
    text = "Quake kills 65\n\nThe quake struck on Tuesday.\n\nMore from Reuters\n\nMarkets fall on news\nOil rises\n"
    z = zones_of(text)
    assert "Markets fall on news" in z["boilerplate"] and "Oil rises" in z["boilerplate"]


def test_standfirst_and_lede_are_both_under_the_headline():
    text = "Treaty talks open\n\nA short standfirst.\n\nBy Ann Lee\nAdvertisement\n\nThe lede.\n\nMore body.\n"
    layout = analyse(text)
    assert layout.lead == frozenset({0, 1})
    assert analyse("Treaty talks open\n\nThe lede.\n\nMore body.\n").lead == frozenset({0})


def test_wrapped_paragraph_keeps_sentences_whole():
    text = "Headline of the story\n\nThe treaty was signed\nin Lagos on Friday. It\nwas long awaited.\n"
    sentences = [text[s.start : s.end] for s in analyse(text).sentences if s.zone == "body"]
    assert sentences == ["The treaty was signed\nin Lagos on Friday.", "It\nwas long awaited."]


@pytest.mark.parametrize(
    "text, first",
    [
        (
            "It killed 1 person and injured 9. These two explosions raise questions.",
            "It killed 1 person and injured 9.",
        ),
        ("Powell was on track 6. Bolt ran in lane 4.", "Powell was on track 6."),
    ],
)
def test_a_number_before_a_full_stop_ends_a_sentence(text, first):
    spans = split_sentences(text, 0, len(text))
    assert text[spans[0][0] : spans[0][1]] == first


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
    assert [(Path(path).name, message.split(" (")[0]) for path, message in passed] == [("notes.pdf", "not read: a PDF")]


def test_manifest_supplies_missing_fields(tmp_path):
    (tmp_path / "sources.yaml").write_text("a.txt: {outlet: Daily Planet, published: 2021-10-06}\n")
    (tmp_path / "a.txt").write_text("Headline here now\n\nBody.\n")
    source = load(tmp_path / "a.txt", tmp_path, load_manifest(tmp_path).entries)
    assert source.fields["outlet"] == "Daily Planet"
    layout = analyse(source.text)
    dating = date_source(source, layout, SCOPE)
    assert (dating.published, dating.date_from) == (dt.date(2021, 10, 6), "manifest")


def test_publication_lines_prefer_published_over_updated(tmp_path):
    text = "Updated October 9th, 2021\n\nHeadline of it all\n\nBody.\n\nPublished October 8th, 2021 at 14:32 IST\n"
    (tmp_path / "a.txt").write_text(text)
    source = load(tmp_path / "a.txt", tmp_path, {})
    assert date_source(source, analyse(text), SCOPE).published == dt.date(2021, 10, 8)


@pytest.mark.parametrize(
    "code, stamp, body, day",
    [
        # a film site's repost of a 2017 deal story, stamped when it was updated (Disney and Fox, 2020)
        ("en", "May 4, 2020, 1:50 PM EDT (Updated)", "The two companies closed the deal today.", dt.date(2020, 5, 4)),
        # a Spanish page, its stamp after a byline line
        ("es", "12 de junio de 2021, 14:30 (Actualizado)", "El jurado proclamó hoy al ganador.", dt.date(2021, 6, 12)),
    ],
)
def test_a_stamp_with_its_label_after_it_dates_the_page(tmp_path, code, stamp, body, day):
    text = f"Headline of it all\n\nContributed by\n{stamp}\n\n{body}\n"
    (tmp_path / "a.txt").write_text(text)
    source = load(tmp_path / "a.txt", tmp_path, {})
    with reading(code):
        dating = date_source(source, analyse(text), SCOPE)
    assert (dating.published, dating.date_from) == (day, "text")


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


@pytest.mark.parametrize(
    "line, outlet, date",
    [
        ("WASHINGTON, Oct 4 (Reuters) - The talks began.", "Reuters", "Oct 4"),
        ("Madrid, March 2 - The vote was counted.", None, "March 2"),
        ("LIMA, Oct 5 (EFE).- The mine reopened.", "EFE", "Oct 5"),
        ("PARIS, June 3, 2021, (AP) — The court ruled.", "AP", "June 3, 2021"),
        ("CHRISTCHURCH, New Zealand, Feb. 23 (UPI) -- The quake struck.", "UPI", "Feb. 23"),
        ("KIEV, November 13 /TASS/. The lander touched down.", "TASS", "November 13"),
        # copies that lost the agency's mark, and desks that close with a colon
        ("BERLIN, March 26 Lufthansa's chief executive said he was stunned.", None, "March 26"),
        ("MINNEAPOLIS, Aug 2 Divers searched the river.", None, "Aug 2"),
        ("International desk, June 10: The Republic will spend about S$20 million.", None, "June 10"),
        # copies that lost the place but kept the agency's mark
        (
            "July 8 (Reuters) - Tesla Chief Executive Elon Musk said on Friday he was terminating the deal.",
            "Reuters",
            "July 8",
        ),
        ("Jan. 3 (UPI) — A California jury found Elizabeth Holmes guilty.", "UPI", "Jan. 3"),
    ],
)
def test_agency_datelines_in_every_style(line, outlet, date):
    layout = analyse(f"Headline of it all\n\n{line}\n")
    assert layout.dateline is not None
    assert (layout.dateline.outlet, layout.dateline.date) == (outlet, date)
    body = [s for s in layout.sentences if s.zone == "body"]
    assert date not in (f"Headline of it all\n\n{line}\n")[body[0].start : body[0].end]


@pytest.mark.parametrize(
    "line",
    [
        "Then, March 2. The vote was counted.",
        "On March 2 - the vote was counted.",
        "Berlin, March 26 Lufthansa said nothing.",  # without a mark, only a place in capitals
        "July 8 was the day Musk walked away.",  # a date with no agency's mark is the lede's
    ],
)
def test_a_sentence_opening_with_a_date_is_no_dateline(line):
    assert analyse(f"Headline of it all\n\n{line}\n").dateline is None


@pytest.mark.parametrize(
    "line",
    [
        "Feb 23 2011",
        "16:00, Feb 23 2011",
        "Monday, February 28, 2011; 2:20 AM",
        "24th June 2016",
        "12:51pm",
        "24 June 2016 | 04:40 BST",
        # a byline's reading time beside its date
        "06 Jul 2024 6 minute read",
        "March 3, 2023 4 min read",
    ],
)
def test_a_line_that_is_only_a_date_or_time_is_metadata(line):
    text = f"Quake toll rises\n\n{line}\n\nThe quake struck on Tuesday.\n"
    layout = analyse(text)
    start = text.index(line)
    assert [r.zone for r in layout.regions if r.start == start] == ["dateline"]
    assert all(s.start > start + len(line) or s.end < start for s in layout.sentences)


@pytest.mark.parametrize("line", ["February 22, 2011.", "The quake of 22 February 2011"])
def test_a_sentence_holding_a_date_stays_text(line):
    text = f"Quake toll rises\n\n{line}\n\nMore text.\n"
    assert not [r for r in analyse(text).regions if r.zone == "dateline"]


def test_date_line_under_the_headline_is_the_publication_date(tmp_path):
    text = "Infant laid to rest\n\nThe Associated Press\nMonday, February 28, 2011; 2:20 AM\n\nThe boy was buried.\n"
    (tmp_path / "a.txt").write_text(text)
    source = load(tmp_path / "a.txt", tmp_path, {})
    assert date_source(source, analyse(text), SCOPE).published == dt.date(2011, 2, 28)


def test_deadline_or_plan_is_never_the_reference_date(tmp_path):
    text = (
        "Fund approved\n\nThe council approved the fund on 3 May 2021. It must be spent before Jan. 30, 2022, "
        "and a review is scheduled for 4 June 2023.\n"
    )
    (tmp_path / "a.txt").write_text(text)
    source = load(tmp_path / "a.txt", tmp_path, {})
    assert date_source(source, analyse(text), SCOPE).reference == dt.date(2021, 5, 3)


@pytest.mark.parametrize(
    "code, text",
    [
        # a moon landing (2024): the only full date is the last one, half a century before
        ("en", "Lander on the Moon\n\nIn a day not seen since the Dec. 11, 1972, a lander reached the Moon.\n"),
        # a quake (2017): the deadliest "desde el 19 de septiembre de 1985"
        ("es", "Sismo en México\n\nEs el sismo más mortífero desde el 19 de septiembre de 1985, dijo el gobierno.\n"),
    ],
)
def test_the_start_of_a_span_is_never_the_reference_date(tmp_path, code, text):
    (tmp_path / "a.txt").write_text(text)
    source = load(tmp_path / "a.txt", tmp_path, {})
    with reading(code):
        dating = date_source(source, analyse(text), SCOPE)
    assert (dating.reference, judge(dating, SCOPE)[0]) == (None, True)


@pytest.mark.parametrize(
    "text",
    [
        "Sentenced\n\nThe judge sentenced him on 25 June 2021. He would be released on December 10, 2035.\n",
        "Deal approved\n\nThe board approved the deal on 3 May 2021. The new plant will open on 4 June 2026.\n",
    ],
)
def test_a_date_in_a_sentence_about_what_is_to_come_is_never_the_reference_date(tmp_path, text):
    (tmp_path / "a.txt").write_text(text)
    source = load(tmp_path / "a.txt", tmp_path, {})
    assert date_source(source, analyse(text), SCOPE).reference.year == 2021


@pytest.mark.parametrize(
    "text",
    [
        "Appeal filed\n\nHe was sentenced on 25 June 2021. On February 11, 2022, his lawyer stated that he "
        "would appeal the verdict.\n",
        "Plant delayed\n\nThe board approved the plant on 3 May 2021. On 9 March 2022 the company said the plant "
        "will open later.\n",
    ],
)
def test_the_day_something_was_said_is_a_past_date_whatever_is_told(tmp_path, text):
    (tmp_path / "a.txt").write_text(text)
    source = load(tmp_path / "a.txt", tmp_path, {})
    assert date_source(source, analyse(text), SCOPE).reference.year == 2022


def test_headline_date_counts_for_the_reference_date(tmp_path):
    text = "Launch set: rover lifted off on 9 October 2021\n\nThe rover is on its way.\n"
    (tmp_path / "a.txt").write_text(text)
    source = load(tmp_path / "a.txt", tmp_path, {})
    assert date_source(source, analyse(text), SCOPE).reference == dt.date(2021, 10, 9)


def test_each_bullet_line_is_a_paragraph_of_its_own():
    text = (
        "Britain votes to leave the EU\n\nThe latest results from the count:\n"
        "  • Leave won 51.9% of the votes counted so far\n"
        "  • There was a turnout of 72.2%, as 33.6 million people took part\n"
        "* Rescuers searched overnight\n"
    )
    body = [s for s in analyse(text).sentences if s.zone == "body"]
    assert [text[s.start : s.end] for s in body][1:] == [
        "• Leave won 51.9% of the votes counted so far",
        "• There was a turnout of 72.2%, as 33.6 million people took part",
        "* Rescuers searched overnight",
    ]
    assert len({s.paragraph for s in body}) == 4


def _headline(text: str) -> str | None:
    layout = analyse(text)
    return None if layout.headline is None else text[layout.headline.start : layout.headline.end]


@pytest.mark.parametrize(
    "first",
    [
        # a lede of several sentences on the first line (a completion story, a quake fact box)
        "SoftBank surprised the technology world with a plan to buy ARM back in July. "
        "After less than two months, the transaction is complete.",
        "The earthquake was magnitude 6.3 and struck at a depth of 5km. It was shallower than the 7.1 quake.",
        # a first line that runs on into the next one: hard-wrapped text
        "TOKYO (Reuters) - Japan's SoftBank has\nagreed to buy ARM Holdings for 23.4 billion pounds.",
    ],
)
def test_a_first_line_that_is_a_paragraph_is_the_lede_not_a_headline(first):
    text = f"{first}\n\nThe second paragraph follows.\n"
    layout = analyse(text)
    assert layout.headline is None and layout.lead == frozenset()
    body = [text[s.start : s.end] for s in layout.sentences if s.zone == "body"]
    assert body[0] in first and body[-1] == "The second paragraph follows."


@pytest.mark.parametrize(
    "first",
    [
        # one long sentence, even closed by a full stop: the contract's first non-empty line
        "An earthquake with a magnitude of 6.3 struck the New Zealand city of Christchurch on February 22, "
        "killing at least 65 people in one of the country's worst ever natural disasters.",
        "The UK has voted to leave the European Union, with 51.9% voting for a Brexit, while 48.1% voted to remain.",
    ],
)
def test_a_first_line_of_one_sentence_is_the_headline(first):
    assert _headline(first + "\n\nThe rest of the article follows here.\n") == first


@pytest.mark.parametrize(
    "first",
    [
        "Quake toll rises past 100",
        "Will Britain leave or remain?",
        "Court clears the way for a retrial: judges rule the jury was misled!",
        "SoftBank Group Corp.",  # the stop of an abbreviation closes no sentence
        "Talks resume in the U.S.",
        # a tabloid headline of 28 words, with no full stop
        "Countdown to Rosetta's landing: MailOnline takes an exclusive tour around mission control as final "
        "preparations begin for the 'sexiest ever mission' to land on comet 67P",
        "Chilean miners trapped after mine collapse; miscalculated drilling delays rescue\nWednesday, August 11, 2010",
    ],
)
def test_a_short_line_of_one_sentence_without_a_closing_stop_is_the_headline(first):
    text = f"{first}\n\nThe lede follows.\n"
    assert _headline(text) == first.split("\n")[0]


def _paragraphs(text: str) -> list[str]:
    layout = analyse(text)
    return [
        " ".join(text[s.start : s.end] for s in layout.sentences[first:last])
        for first, last in layout.paragraphs
        if last > first
    ]


@pytest.mark.parametrize(
    "lines",
    [
        [  # a quake story
            "The toll stands at 113 and 228 people are still listed as missing, police said on Thursday morning.",
            "Rescuers searched the rubble of the CTV building overnight but found no one alive in the offices.",
            "“We have not given up hope,” the fire service's commander told reporters at the cordon.",
        ],
        [  # a referendum story, a paragraph ending in a quotation
            'Farage told supporters: "The eurosceptic genie is out of the bottle and it will now not be put back."',
            "The pound fell to its lowest level against the dollar since 1985 as the results came in overnight.",
        ],
        [  # a court story, a paragraph ending in a question
            "Why did the prosecution wait more than a year before bringing the charges against the defendant?",
            "The judge asked that question of the state's lawyers on Tuesday, and they had no ready answer.",
        ],
    ],
)
def test_web_text_written_one_paragraph_per_line_is_split_there(lines):
    text = "Headline of the story\n" + "\n".join(lines) + "\n"
    layout = analyse(text)
    assert _paragraphs(text) == lines
    assert layout.run_on == frozenset(range(1, len(lines)))


@pytest.mark.parametrize(
    "body",
    [
        # hard-wrapped text: short lines, one of them ending a sentence
        "TOKYO (Reuters) - Japan's SoftBank has\nagreed to buy ARM Holdings, the Financial\n"
        "Times reported on Monday. The deal is\nexpected to close Monday morning.\n",
        "The lander bounced twice before it came\nto rest. Mission controllers said it was\nstable.\n",
        # wrapped at a wider width: a line ending a sentence inside a wrapped paragraph
        "The Xtrata 950 will bore a 66-cm escape hole for miners trapped underground in a copper and gold mine near\n"
        "Copiapo, some 725 km north of Santiago, on the last day of August, officials at the mine said on Tuesday.\n"
        "Chile was looking at ways to speed up the rescue of the miners trapped deep underground for 25 days.\n",
        # a long line whose sentence the next line carries on
        "The council voted on Tuesday to approve the new bridge across the river at a cost of 240 million dollars and\n"
        "the mayor signed the order the same evening.\n",
    ],
)
def test_hard_wrapped_or_run_on_lines_stay_one_paragraph(body):
    text = "Headline of the story\n\n" + body
    layout = analyse(text)
    assert len(_paragraphs(text)) == 1 and layout.run_on == frozenset()


def test_a_line_linking_to_another_story_is_boilerplate_and_ends_the_paragraph():
    text = (
        "Hammond hails the deal\n"
        "Cambridge-based Arm revealed today it had received an offer from the Japanese company, sending shares up.\n"
        "Read more: Paying an Arm and a leg? Chipmaker shares rocket on takeover news\n"
        "Chancellor Philip Hammond said the offer showed that the country has lost none of its allure to investors.\n"
    )
    z = zones_of(text)
    assert z["boilerplate"] == ["Read more: Paying an Arm and a leg? Chipmaker shares rocket on takeover news"]
    assert len(_paragraphs(text)) == 2


@pytest.mark.parametrize(
    "caption, credit",
    [
        # a descriptive line, its credit on the line right after it
        ("Nigel Farage celebrates as Leave claims victory", "PA Images"),
        ("The Philae lander on its way to the comet,\nphotographed by the Rosetta spacecraft.", "Photograph: AP"),
        # a caption hard-wrapped over several lines, the credit closing the last
        (
            "Chile's Mining Minister Laurence Golborne and Andre Sougarret, the head of the team boring holes for\n"
            "the transfer of supplies in the mine where 33 miners have been trapped, speak at a news",
            "conference at the mine in Copiapo, August 28, 2010. (Photo: Reuters).",
        ),
        # the credit standing alone after its caption line
        ("Accomazzo after the Philae had touched down on the comet\n", "Photo: ESA\n"),
    ],
)
def test_the_line_a_credit_belongs_to_is_a_caption(caption, credit):
    text = f"Rescue under way\n\nThe first paragraph.\n\n{caption}\n{credit}\nThe body goes on here.\n"
    z = zones_of(text)
    assert "\n".join(z["caption"]) == f"{caption}\n{credit}".replace("\n\n", "\n").strip()
    assert z["body"] == ["The first paragraph.", "The body goes on here."]


@pytest.mark.parametrize(
    "text",
    [
        # a body paragraph ends with its full stop: a credit after it takes nothing
        "Rescue under way\n\nThe quake killed 185 people in the city.\nPhoto: AP\n\nThe body goes on.\n",
        "Rescue under way\n\nThe quake killed 185 people.\nThe search went on all night.\nPA Images\n\nMore.\n",
        # nor does a credited caption opening in capitals take the line above it
        "Rescue under way\n\nRescuers search the rubble\nRescuers in Christchurch. REUTERS/Jane Doe\n\nMore.\n",
    ],
)
def test_a_credit_never_takes_body_text(text):
    captions = zones_of(text)["caption"]
    assert len(captions) == 1 and "\n" not in captions[0]


@pytest.mark.parametrize(
    "line, caption",
    [
        ("Tensions at Rosetta mission control (pictured) in Darmstadt will be running high", True),
        ("Chile's Mining Minister Laurence Golborne (L) and rescue chief Andre Sougarret at the mine", True),
        ("Prime Minister John Key (left) with Mayor Bob Parker in the centre of Christchurch", True),
        # a sentence of the body, closed by its full stop, keeps its "(pictured)"
        ("Arm is now headed up by Simon Segars (pictured), who has a seat on the Japanese firm's board.", False),
        ("UK Independence Party leader Nigel Farage (center) celebrates what appeared to be a Leave win.", False),
    ],
)
def test_a_line_standing_alone_that_places_someone_in_the_photo_is_a_caption(line, caption):
    text = f"Rescue under way\n\nThe first paragraph.\n\n{line}\n\nThe body goes on here.\n"
    assert (line in zones_of(text).get("caption", [])) is caption


@pytest.mark.parametrize(
    "headline, lede",
    [
        (  # a vote count: the page title, then the article's own heading over the lede
            "EU Referendum: Britain votes to leave European Union",
            "Results from the EU referendum on Friday morning showed 51.9 per cent backed leaving.",
        ),
        (  # a court story
            "Prosecutors want insanity verdict for Breivik",
            "Prosecutors on Thursday asked the court to find the gunman insane.",
        ),
        (  # a rescue story
            "Mass held for Chilean miners on rescue anniversary",
            "Relatives gathered at the mine a year after the rescue.",
        ),
    ],
)
def test_a_headline_printed_again_above_the_lede_is_not_part_of_its_sentence(headline, lede):
    z = zones_of(f"{headline}\n\n{headline}\n{lede}\n\nMore body.\n")
    assert z["headline"] == [headline]
    assert z["body"][0] == lede
    assert z["boilerplate"] == [headline]


@pytest.mark.parametrize(
    "text, first",
    [
        (
            "Singapore will pay, said Prime Minister Lee Hsien Loong.“It cost some money,” said Mr Lee.",
            "Singapore will pay, said Prime Minister Lee Hsien Loong.",
        ),
        (
            "The bridge will be rebuilt, the governor said.“We will rebuild it,” he added on Friday.",
            "The bridge will be rebuilt, the governor said.",
        ),
    ],
)
def test_a_sentence_ends_before_an_opening_quote_with_no_space(text, first):
    spans = split_sentences(text, 0, len(text))
    assert len(spans) == 2 and text[spans[0][0] : spans[0][1]] == first


@pytest.mark.parametrize(
    "lang, text, first",
    [
        # pages that drop the space after a full stop: uk-election-2019, ecuador-election-2021, and
        # in English airfrance-447 (a Yemenia crash report) and aramco-ipo
        (
            "es",
            "ganaron al obtener 363 escaños de la Cámara de los Comunes.Los “tories” superaron",
            "ganaron al obtener 363 escaños de la Cámara de los Comunes.",
        ),
        (
            "es",
            "Lasso votó en Guayaquil (suroeste).El dirigente de 65 años, quien obtenía el 52%.",
            "Lasso votó en Guayaquil (suroeste).",
        ),
        (
            "en",
            "The plane came down near the town of Mitsamiouli.Prior to the crash it turned.",
            "The plane came down near the town of Mitsamiouli.",
        ),
        ("en", "The IPO drew heavy demand.Its financial results are due.", "The IPO drew heavy demand."),
    ],
)
def test_a_sentence_ends_before_a_word_glued_to_its_full_stop(lang, text, first):
    with reading(lang):
        spans = split_sentences(text, 0, len(text))
    assert len(spans) == 2 and text[spans[0][0] : spans[0][1]] == first


@pytest.mark.parametrize(
    "text",
    [
        "Officials in the U.S.The firm's shares rose.",  # a capital before the stop: an abbreviation
        "It ended at 5 p.m.The talks resume.",  # one letter before the stop
        "Write to Collin.Eaton@wsj.com or see credit.SkZ9Yivkdo.html today.",  # addresses
        "Dr. Lee met Sr.Pérez in Madrid.",  # an abbreviation the tables know
    ],
)
def test_a_word_glued_to_a_full_stop_after_no_word_starts_no_sentence(text):
    assert len(split_sentences(text, 0, len(text))) == 1


# A saved page's "date" stamp glued to the lede, with the day or the month only, in English or in a
# Spanish article (whose stamp is still "date"): spacey-acquittal, colombia-jungle-children,
# arevalo-election-2023, biles-paris-2024, hurricane-harvey-2017.
@pytest.mark.parametrize(
    "code, line, body",
    [
        (
            "en",
            " date 2021-07-09 SURFSIDE: The confirmed death toll in the collapse rose to 64 on Thursday.",
            "SURFSIDE: The confirmed death toll in the collapse rose to 64 on Thursday.",
        ),
        (
            "en",
            "date 2011-02-24 Rescuers pulled a survivor from the rubble of the Pyne Gould building.",
            "Rescuers pulled a survivor from the rubble of the Pyne Gould building.",
        ),
        (
            "en",
            " date 2021-05 An icon of American media will soon have a new owner.",
            "An icon of American media will soon have a new owner.",
        ),
        (
            "es",
            " date 2023-06 El pasado viernes, las Fuerzas Militares encontraron con vida a los cuatro niños.",
            "El pasado viernes, las Fuerzas Militares encontraron con vida a los cuatro niños.",
        ),
        (
            "es",
            " date 2026-01-14 Este 14 de enero del 2026 se cumple el segundo año de gobierno del presidente.",
            "Este 14 de enero del 2026 se cumple el segundo año de gobierno del presidente.",
        ),
        (
            "es",
            " date 2024-08 Simone Biles ganó este jueves la medalla de oro en el concurso completo.",
            "Simone Biles ganó este jueves la medalla de oro en el concurso completo.",
        ),
    ],
)
def test_a_date_stamp_running_into_the_lede_keeps_the_lede(code, line, body):
    text = f"Headline here\n\n{line}\n\nMore body.\n"
    with reading(code):
        layout = analyse(text)
    assert [m.kind for m in layout.meta] == ["date"]
    assert text[layout.sentences[1].start : layout.sentences[1].end] == body


@pytest.mark.parametrize(
    "line, body",
    [
        (
            "Updated on August 12 at 10:00 p.m.: At least 17 people died following two explosions in Tianjin.",
            "At least 17 people died following two explosions in Tianjin.",
        ),
        (
            "Updated at 4:59 p.m. PT: According to Yonhap, the ferry veered into another course too abruptly.",
            "According to Yonhap, the ferry veered into another course too abruptly.",
        ),
    ],
)
def test_a_live_entrys_update_stamp_keeps_the_entry(line, body):
    text = f"Headline here\n\nThe lede.\n\n{line}\n\nMore body.\n"
    layout = analyse(text)
    assert [m.kind for m in layout.meta] == ["updated"]
    assert body in [text[s.start : s.end] for s in layout.sentences]


def test_a_stamp_without_a_date_or_time_stays_metadata():
    text = "Headline here\n\nThe lede.\n\nPosted in: Blog of Nepal and other places far away\n\nMore body.\n"
    assert "Blog of Nepal" not in " ".join(text[s.start : s.end] for s in analyse(text).sentences)


@pytest.mark.parametrize(
    "body, sentence",
    [
        (
            "Mr Arora invested over $3 billion in a\n\nsmattering of global startups. He left.",
            "Mr Arora invested over $3 billion in a\n\nsmattering of global startups.",
        ),
        (
            "The death toll from the quake, police said, rose to\n\n148 on Thursday. More were missing.",
            "The death toll from the quake, police said, rose to\n\n148 on Thursday.",
        ),
    ],
)
def test_a_sentence_cut_by_a_blank_line_goes_on_below_it(body, sentence):
    text = f"A headline of the story here\n\nThe first paragraph.\n\n{body}\n\nMore here.\n"
    layout = analyse(text)
    assert sentence in [text[s.start : s.end] for s in layout.sentences]


def test_a_blank_line_after_a_closed_sentence_still_ends_the_paragraph():
    text = "Deal done\n\nThe deal closed.\n\nanalysts said more would follow.\n"
    assert len(analyse(text).paragraphs) == 2


@pytest.mark.parametrize(
    "code, text, reference",
    [
        # a football final's page (2024) in Spanish: the post's signature is the platform's English
        (
            "es",
            "Colombia invicta\n\nLa selección llegó invicta a la final.\n"
            "— Selección Colombia (@FCFSeleccionCol) July 15, 2024\n",
            dt.date(2024, 7, 15),
        ),
        # an election page (2024): the post is later than the only date of the text
        (
            "en",
            "Bukele claims victory\n\nVoting began on February 4, 2024 across the country.\n"
            "— Nayib Bukele (@nayibbukele) February 10, 2024\n",
            dt.date(2024, 2, 10),
        ),
    ],
)
def test_an_embedded_posts_date_bounds_the_reference_date(tmp_path, code, text, reference):
    """A page is no older than a post it embeds; the post's date is used where the page gives none."""
    (tmp_path / "a.txt").write_text(text)
    source = load(tmp_path / "a.txt", tmp_path, {})
    with reading(code):
        dating = date_source(source, analyse(text), SCOPE)
    assert (dating.reference, dating.date_from) == (reference, "body")
