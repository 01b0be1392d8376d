"""What a value is about (docs/claims-format.md): a figure, a word or a title is compared with
a claim only when the words around it tie it to the claim's topic; tied to something else it is
no evidence, tied to nothing visible it is unclear, never a guessed conflict.

Each rule is shown on wording from at least two different stories.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import finding
from crosscheck import check

SHARE = """
claims:
  - id: share
    statement: Leave won 51.9% of the vote.
    about: [Leave]
    expect: {quantity: 51.9, unit: percent, tolerance: 0.2}
  - id: yes-share
    statement: The Yes side won 55.3% of the vote.
    about: [Yes side]
    expect: {quantity: 55.3, unit: percent}
"""
DEPTH = """
claims:
  - id: depth
    statement: The quake struck at a depth of 5 km.
    about: [depth, deep]
    expect: {quantity: 5, unit: km, tolerance: 0.5}
  - id: reef-depth
    statement: The wreck lies 30 m deep.
    about: [wreck]
    expect: {quantity: 30, unit: m}
"""
TOLL = """
scope: {event: Christchurch earthquake, date: 2011-02-22, window_days: 30}
claims:
  - id: toll
    statement: The earthquake killed 185 people.
    about: [death toll, toll, killed, dead]
    expect: {quantity: 185, unit: people}
"""
VALUE = """
claims:
  - id: price
    statement: SoftBank agreed to buy ARM for £24.3 billion.
    about: [deal, takeover]
    expect: {quantity: 24.3 billion, unit: GBP, tolerance: 2%}
  - id: cost
    statement: The rescue cost $20 million.
    about: [rescue]
    expect: {quantity: 20 million, unit: USD}
"""


def verdicts(corpus, claims: str, text: str, published: str | None = None, lang: str | None = None) -> dict[str, str]:
    keys = [f"published: {published}"] * bool(published) + [f"lang: {lang}"] * bool(lang)
    front = "---\n" + "".join(k + "\n" for k in keys) + "---\n" if keys else ""
    report = corpus(claims, {"a.txt": front + "Headline\n\n" + text + "\n"}, base=False)
    return {f.claim: f.verdict for f in report.findings}


def evidence(corpus, claims: str, claim: str, text: str):
    report = corpus(claims, {"a.txt": "Headline\n\n" + text + "\n"}, base=False)
    return finding(report, claim).evidence


@pytest.mark.parametrize(
    "text, claim",
    [
        ("Leave was ahead of Remain by 51.9% to 48.1%.", "share"),
        ("After a bitter campaign, the leave vote edged out remain by 52% to 48%.", "share"),
        ("The Yes side won 55.3% to the No side's 44.7%.", "yes-share"),
        ("After a bitter campaign, Leave won 51.9% of the vote to 48.1%.", "share"),
    ],
)
def test_the_other_sides_figure_beside_the_topics_is_not_a_conflict(corpus, text, claim):
    assert verdicts(corpus, SHARE, text)[claim] == "supports"


NO_SIDE = """
claims:
  - id: no-share
    statement: The No side won 50.21% of the vote.
    about: [No side, No campaign]
    expect: {quantity: 50.21, unit: percent, tolerance: 0.015}
  - id: no-scotland
    statement: The No campaign won 55.3% in Scotland.
    about: [No campaign]
    expect: {quantity: 55.3, unit: percent}
"""


@pytest.mark.parametrize(
    "text, claim, expected",
    [
        ("The Yes vote was tipped to win, but the No side won 50.2% of the vote to 49.8%.", "no-share", "supports"),
        ("In Scotland the No campaign took 55.3% of the vote.", "no-scotland", "supports"),
        ("No poll gave the No campaign 60%.", "no-scotland", "conflicts"),
    ],
)
def test_a_side_named_no_is_no_denial(corpus, text, claim, expected):
    assert verdicts(corpus, NO_SIDE, text)[claim] == expected


PLANS = """
claims:
  - id: no-share
    statement: The No side won 50.21% of the vote.
    about: [vote against, no vote]
    expect: {quantity: 50.21, unit: percent, tolerance: 0.015}
  - id: jobs
    statement: The plant employs 300 people.
    about: [plant]
    expect: {quantity: 300, unit: people}
"""


@pytest.mark.parametrize(
    "text, claim",
    [
        ("In the east, 60.9% are planning to vote against the accord.", "no-share"),
        ("The company said the plant intends to hire 500 people.", "jobs"),
    ],
)
def test_what_someone_plans_is_no_figure_of_what_happened(corpus, text, claim):
    assert verdicts(corpus, PLANS, text)[claim] == "silent"


KINDS = """
claims:
  - id: record
    statement: Bolt set a world record of 9.58.
    about: [world record, record]
    expect: {quantity: 9.58}
  - id: turnout
    statement: Turnout in the referendum was 72.2%.
    about: [turnout]
    expect: {quantity: 72.2, unit: percent, tolerance: 0.1}
"""


@pytest.mark.parametrize(
    "text, claim, expected",
    [
        ("Tyson Gay finished second despite setting a U.S. record of 9.71.", "record", "unclear"),
        ("Scotland had a Scottish turnout of 67.2%, below the rest.", "turnout", "unclear"),
        ("Bolt broke the record, a world record of 9.58.", "record", "supports"),
        ("The jury found her guilty of four counts.", "record", "silent"),
        # an earlier occurrence of the topic's thing
        ("Bolt smashed his previous world record of 9.69 in Berlin.", "record", "silent"),
        ("Turnout beat the previous turnout of 65.4% at the last vote.", "turnout", "silent"),
    ],
)
def test_a_topic_noun_another_word_makes_another_kind_is_a_question(corpus, text, claim, expected):
    assert verdicts(corpus, KINDS, text)[claim] == expected


HEIGHTS = """
claims:
  - id: bolt-height
    statement: Usain Bolt is 1.95 m tall.
    about: [Bolt, tall]
    expect: {quantity: 1.95, unit: m, tolerance: 0.01}
  - id: tower-height
    statement: The tower stood 40 m high.
    about: [tower, high]
    expect: {quantity: 40, unit: m}
"""


@pytest.mark.parametrize(
    "text, claim, expected",
    [
        ("Bolt was already clear of the field at 90 metres.", "bolt-height", "unclear"),
        ("Bolt was slowing down over the last 30 metres.", "bolt-height", "unclear"),  # another measure's word
        ("Rescuers dug 20 metres into the rubble of the tower.", "tower-height", "unclear"),
        ("Bolt, who is 1.99 m tall, won again.", "bolt-height", "conflicts"),  # the claim's measure, said
        ("The tower was 40 metres high.", "tower-height", "supports"),
    ],
)
def test_a_length_not_said_to_be_the_claims_measure_is_a_question(corpus, text, claim, expected):
    assert verdicts(corpus, HEIGHTS, text)[claim] == expected


@pytest.mark.parametrize(
    "text, claim, expected",
    [
        ("The quake struck at a depth of 5km, 10km south-east of Christchurch.", "depth", "supports"),
        ("The epicenter was just 3 miles deep, about 6 miles from the city.", "depth", "supports"),
        (
            "The quake struck at a depth of four kilometres and was centred five kilometres north-west.",
            "depth",
            "conflicts",
        ),
        ("The wreck lies 30 m deep, 2 km off the coast.", "reef-depth", "supports"),
    ],
)
def test_a_distance_from_somewhere_is_not_a_depth(corpus, text, claim, expected):
    assert verdicts(corpus, DEPTH, text)[claim] == expected


DISTANCES = """
claims:
  - id: rome
    statement: The epicentre lies about 105 km north-east of Rome.
    about: [Rome]
    expect: {quantity: 105, unit: km, tolerance: 10%}
  - id: kathmandu
    statement: The epicentre was 80 km north-west of Kathmandu.
    about: [Kathmandu]
    expect: {quantity: 80, unit: km, tolerance: 10%}
"""


@pytest.mark.parametrize(
    "text, claim, expected",
    [
        # a claim that states a distance reads one said with a direction
        ("The quake was felt in Rome, which lies about 93 miles southwest of the epicenter.", "rome", "conflicts"),
        ("The epicenter of the quake is located 80 miles northwest of Kathmandu.", "kathmandu", "conflicts"),
        ("The epicentre was 77 km northwest of Kathmandu, the USGS said.", "kathmandu", "supports"),
    ],
)
def test_a_claim_that_states_a_distance_reads_one_with_a_direction(corpus, text, claim, expected):
    assert verdicts(corpus, DISTANCES, text)[claim] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The death toll climbed to 145 on Wednesday.", "conflicts"),  # a bare number after a toll verb
        ("The death toll from the quake in Christchurch rose to 148.", "conflicts"),  # past the subject's phrases
        ("Police told him 65 had been killed.", "conflicts"),  # the toll word after the number
        ("The toll stands at 185.", "supports"),
        ("Up to 122 people are unaccounted for, the death toll aside.", "silent"),  # missing, not dead
        ("The quake killed 185 people, including 90 students.", "supports"),  # a part is not the total
        ("It was the worst since the 1931 earthquake, which killed 256 people.", "silent"),  # another occurrence
    ],
)
def test_what_a_count_of_people_counts(corpus, text, expected):
    assert verdicts(corpus, TOLL, text)["toll"] == expected


@pytest.mark.parametrize(
    "text, claim",
    [
        ("The takeover deal means SoftBank will pay £17 a share.", "price"),  # a rate
        ("The deal values ARM at a premium to its closing price of £11.89.", "price"),  # about the price
        ("The rescue workers ate 5 meals a day at a cost of $12 each.", "cost"),  # a rate
    ],
)
def test_a_rate_or_another_things_amount_is_no_evidence(corpus, text, claim):
    assert verdicts(corpus, VALUE, text)[claim] == "silent"


@pytest.mark.parametrize(
    "text, claims, claim, expected",
    [
        ("The rescue cost around 1.4bn, the ministry said.", VALUE, "cost", "unclear"),  # the page lost its sign
        ("The quake struck at a depth of 5, officials said.", DEPTH, "depth", "unclear"),  # the unit dropped
        ("The rescue of 33 miners was paid for by the state.", VALUE, "cost", "silent"),  # a count
    ],
)
def test_a_figure_of_the_topic_without_the_claims_unit_is_a_question(corpus, text, claims, claim, expected):
    report = corpus(claims, {"a.txt": "Headline\n\n" + text + "\n"}, base=False)
    found = finding(report, claim)
    assert found.verdict == expected
    assert all("no unit" in (e.note or "") for e in found.evidence)


def test_a_conversion_in_brackets_is_about_what_the_amount_is_about(corpus):
    found = evidence(corpus, VALUE, "price", "SoftBank agreed the deal for £24.3 billion ($32 billion).")
    assert [(e.stance, e.found.unit) for e in found] == [("supports", "GBP"), ("unclear", "USD")]


@pytest.mark.parametrize(
    "text",
    [
        "The deal came as the pound fell 10% against the dollar to its lowest level since 1985, after the vote.",
        "The rescue in the Atacama drew 1,400 reporters from 39 countries and $3 million in donations.",
    ],
)
def test_several_figures_none_tied_to_the_topic_are_unclear_not_conflicts(corpus, text):
    report = corpus(VALUE, {"a.txt": "Headline\n\n" + text + "\n"}, base=False)
    stances = {e.stance for f in report.findings for e in f.evidence}
    assert "conflicts" not in stances
    assert all(e.note for f in report.findings for e in f.evidence if e.stance == "unclear")


PASSENGERS = """
claims:
  - id: passengers
    statement: The plane carried 144 passengers.
    about: [passengers]
    expect: {quantity: 144, unit: people}
"""


FERRY_ABOARD = """
claims:
  - id: aboard
    statement: 476 people were aboard the ferry when it sank.
    about: [aboard, carrying]
    expect: {quantity: 476, unit: people}
"""


@pytest.mark.parametrize(
    "claims, claim, text, expected",
    [
        (TOLL, "toll", "The quake killed people and destroyed 185 buildings.", "silent"),
        (FERRY_ABOARD, "aboard", "The ferry was carrying 3,608 tons of cargo.", "silent"),
        (FERRY_ABOARD, "aboard", "It could carry 130 cars and 200 shipping containers.", "silent"),
        (TOLL, "toll", "Authorities say it killed 100 others.", "conflicts"),  # the others are people
    ],
)
def test_a_bare_number_before_a_plural_noun_counts_that_noun(corpus, claims, claim, text, expected):
    assert verdicts(corpus, claims, text)[claim] == expected


NAMED_COUNTS = """
claims:
  - id: us-open-titles
    statement: It was his fourth US Open title.
    about: [US Open, Flushing Meadows]
    expect: {quantity: 4}
  - id: wholefoods-stores
    statement: Whole Foods had 460 stores.
    about: [Whole Foods]
    expect: {quantity: 460}
  - id: wimbledon-titles
    statement: It was her ninth Wimbledon singles title.
    about: [Wimbledon]
    expect: {quantity: 9}
  - id: guard
    statement: Governor Tony Evers authorized about 500 Wisconsin National Guard troops to stand by.
    about: [National Guard]
    expect: {quantity: 500, unit: people}
"""


@pytest.mark.parametrize(
    "claim, text, expected",
    [
        # the topic's name between a number and its noun: a count of that noun, another thing
        ("us-open-titles", "His fourth US Open title came from 10 Flushing Meadows finals.", "supports"),
        ("wimbledon-titles", "She won her ninth Wimbledon title in her 12 Wimbledon finals.", "supports"),
        ("wholefoods-stores", "The deal covers 12 Whole Foods distribution centres and its stores.", "silent"),
        # the claim's own noun after the name is still the claim's count
        ("guard", "Gov. Tony Evers kept 500 National Guard troops on call.", "supports"),
        ("wholefoods-stores", "Amazon will take over 431 Whole Foods stores.", "conflicts"),
    ],
)
def test_a_count_with_the_topics_name_before_its_noun_counts_that_noun(corpus, claim, text, expected):
    assert verdicts(corpus, NAMED_COUNTS, text)[claim] == expected


STUDENTS = """
claims:
  - id: students
    statement: 325 students were aboard.
    about: [students]
    expect: {quantity: 325, unit: people}
  - id: miners
    statement: Thirty-three miners were trapped.
    about: [miners, trapped]
    expect: {quantity: 33, unit: people}
"""


@pytest.mark.parametrize(
    "claims, claim, text, expected",
    [
        (STUDENTS, "students", "More than 80% of the 302 dead and missing are students.", "silent"),
        (FERRY_ABOARD, "aboard", "The 185 injured had all been aboard the ferry.", "silent"),
        # the claim's own noun after the number: its count, whatever toll word stands by
        (STUDENTS, "miners", "Chile completed the rescue of 33 miners trapped half a mile below.", "supports"),
    ],
)
def test_a_toll_is_no_count_for_a_claim_that_counts_another_noun(corpus, claims, claim, text, expected):
    assert verdicts(corpus, claims, text)[claim] == expected


@pytest.mark.parametrize(
    "text",
    [
        "The captain of the ferry that sank, leaving more than 300 missing or dead, was arrested.",
        "Police said 228 dead and missing remain under the rubble after the quake.",
    ],
)
def test_the_dead_and_the_missing_counted_together_are_a_question(corpus, text):
    report = corpus(TOLL, {"a.txt": "Headline\n\n" + text + "\n"}, base=False)
    found = finding(report, "toll")
    assert found.verdict == "unclear"
    assert "together" in found.evidence[0].note


JOURNEY = """
claims:
  - id: journey
    statement: The rover travelled 472 million km.
    about: [journey]
    expect: {quantity: 472 million, unit: km, tolerance: 1%}
  - id: cost
    statement: The rescue cost $20 million.
    about: [rescue]
    expect: {quantity: 20 million, unit: USD}
"""


@pytest.mark.parametrize(
    "claim, text",
    [
        ("journey", "It landed after a seven-month journey over nearly half a billion kilometres."),
        ("cost", "The 69-day rescue cost $25 million."),
    ],
)
def test_a_measure_before_the_topics_noun_is_no_other_kind(corpus, claim, text):
    assert verdicts(corpus, JOURNEY, text)[claim] == "conflicts"


COUNTS = """
entities:
  holmes: {name: Elizabeth Holmes, aliases: [Holmes]}
  skilling: {name: Jeffrey Skilling, aliases: [Skilling]}
  urzua: {name: Luis Urzua, aliases: [Urzua]}
claims:
  - id: guilty-counts
    statement: The jury found Holmes guilty on four counts.
    about: [guilty, convicted, culpable]
    expect: {quantity: 4}
  - id: miners
    statement: Thirty-three miners were trapped.
    about: [miners, trapped]
    expect: {quantity: 33, unit: people}
  - id: sentence
    statement: Holmes was sentenced to 11 years.
    about: [sentenced, sentence]
    exclude: [Skilling]
    expect: {quantity: 11, unit: year, tolerance: 0.5}
  - id: assessment
    statement: The residents were asked to pay $15 million in assessments.
    about: [assessments]
    expect: {quantity: 15 million, unit: USD}
"""


@pytest.mark.parametrize(
    "claim, text, expected",
    [
        ("guilty-counts", "The jury found Holmes guilty on four counts of fraud.", "supports"),  # "guilty on"
        # an age set off after a name is no count
        ("guilty-counts", "Holmes, 37, was found guilty on four counts.", "supports"),
        ("miners", "Urzua, 54, was the last of the 33 miners trapped below to leave.", "supports"),
        # counts of the claim's noun of two kinds are groups of it
        ("guilty-counts", "Holmes was found guilty on 2 counts of wire fraud and 2 counts of conspiracy.", "silent"),
        ("miners", "Rescuers freed 20 miners of the day shift and 13 miners of the night shift.", "silent"),
        # what someone asks for, however far back in the clause
        ("sentence", "Prosecutors had asked Judge Edward Davila to sentence Holmes to 15 years.", "silent"),
        ("sentence", "Prosecutor urges California federal judge to give Holmes a 15-year sentence.", "silent"),
        ("assessment", "She urged them to pay the $15 million in assessments.", "supports"),  # a given amount
        # an exclude phrase inside a name another entity must not be mistaken for
        ("sentence", "Enron's Jeffrey Skilling was sentenced to more than 13 years.", "silent"),
    ],
)
def test_counts_ages_groups_and_requests(corpus, claim, text, expected):
    assert verdicts(corpus, COUNTS, text)[claim] == expected


INJURED = """
claims:
  - id: injured
    statement: 145 people were injured in the collapse.
    about: [injured]
    expect: {quantity: 145, unit: people}
"""


@pytest.mark.parametrize(
    "claims, claim, text",
    [
        (TOLL, "toll", "The quake killed 180 people."),
        (INJURED, "injured", "The bridge collapse injured 100 people."),
    ],
)
def test_a_topic_verb_has_no_qualifier_to_make_it_another_kind(corpus, claims, claim, text):
    assert verdicts(corpus, claims, text)[claim] == "conflicts"


REPORTERS = """
claims:
  - id: reporters
    statement: About 2,500 international journalists covered the summit.
    about: [journalists, reporters]
    expect: {quantity: 2500, unit: people, tolerance: 5%}
"""


@pytest.mark.parametrize(
    "claims, claim, text, expected",
    [
        (REPORTERS, "reporters", "Buffets kept over 3000 international reporters well-fed.", "conflicts"),
        (REPORTERS, "reporters", "Some 2,500 foreign journalists arrived at the media centre.", "supports"),
        (PASSENGERS, "passengers", "The plane was carrying at least 142 passengers and six crew members.", "conflicts"),
    ],
)
def test_a_hedged_count_reaches_its_noun_past_an_adjective(corpus, claims, claim, text, expected):
    assert verdicts(corpus, claims, text)[claim] == expected


@pytest.mark.parametrize(
    "claims, claim, text",
    [
        (STUDENTS, "students", "Officials said 325 students, 15 teachers and 89 non-student passengers were aboard."),
        (REPORTERS, "reporters", "Some 2,500 international journalists and 400 non-journalist staff registered."),
    ],
)
def test_a_noun_denied_by_a_prefix_is_not_the_topic(corpus, claims, claim, text):
    assert verdicts(corpus, claims, text)[claim] == "supports"


@pytest.mark.parametrize(
    "claims, claim, text, expected",
    [
        (PASSENGERS, "passengers", "All 150 passengers aboard the plane were killed.", "conflicts"),
        (TOLL, "toll", "All 185 were killed when the building fell.", "supports"),
        (TOLL, "toll", "Some 185 people were killed.", "supports"),
    ],
)
def test_a_capitalised_quantifier_before_a_number_is_no_name(corpus, claims, claim, text, expected):
    assert verdicts(corpus, claims, text)[claim] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Mr Cameron spoke outside 10 Downing Street on the Leave result.",
        "Leave campaigners told Channel 4 they had won.",
    ],
)
def test_a_number_in_a_name_is_no_figure(corpus, text):
    assert verdicts(corpus, SHARE.replace("unit: percent, tolerance: 0.2", "unit: percent"), text)["share"] == "silent"


def test_a_figure_in_the_topics_own_clause_stays_a_conflict(corpus):
    """The Merida Initiative has been on the books for 13 years: far in words, but the clause
    says nothing else."""
    claims = """
claims:
  - id: age
    statement: The pact is 13 years old.
    about: [Merida Initiative]
    expect: {quantity: 13, unit: year}
"""
    text = "Ned Price said the Merida Initiative has been on the books for 12 years now."
    assert verdicts(corpus, claims, text)["age"] == "conflicts"


AGES = """
entities:
  steenkamp: {name: Reeva Steenkamp, aliases: [Steenkamp]}
  lubitz: {name: Andreas Lubitz, aliases: [Lubitz]}
claims:
  - id: steenkamp-age
    statement: Reeva Steenkamp was 29 years old when she was killed.
    about: [steenkamp]
    expect: {quantity: 29, unit: year}
  - id: lubitz-age
    statement: Andreas Lubitz was 27 years old.
    about: [lubitz]
    expect: {quantity: 27, unit: year}
"""


@pytest.mark.parametrize(
    "text, claim, expected",
    [
        ("He was convicted for shooting Ms Steenkamp, 29, through a locked door.", "steenkamp-age", "supports"),
        ("The co-pilot, Andreas Lubitz, 28, had hidden an illness.", "lubitz-age", "conflicts"),
        ("Oscar Pistorius, 27, shot Ms Steenkamp.", "steenkamp-age", "silent"),  # another person's age
    ],
)
def test_a_bare_number_set_off_after_the_person_is_their_age(corpus, text, claim, expected):
    assert verdicts(corpus, AGES, text)[claim] == expected


PERSON = """
entities:
  key: {name: John Key, aliases: [Key]}
  segars: {name: Simon Segars, aliases: [Segars]}
claims:
  - id: pm
    statement: New Zealand's Prime Minister is John Key.
    about: [Prime Minister]
    expect: {person: key, role: [Prime Minister]}
  - id: ceo
    statement: ARM's chief executive is Simon Segars.
    about: [chief executive, CEO]
    expect: {person: segars, role: [chief executive, CEO]}
"""


@pytest.mark.parametrize(
    "text, claim, expected",
    [
        ("Australian Prime Minister Julia Gillard offered help.", "pm", "silent"),  # another country's
        ("Deputy Prime Minister Bill English spoke.", "pm", "silent"),  # another post
        ("Prime Minister John Key declared an emergency.", "pm", "supports"),
        ("SoftBank CEO Masayoshi Son said the deal was a bet.", "ceo", "silent"),  # another company's
        ("Masayoshi Son, chief executive of SoftBank, spoke.", "ceo", "silent"),
        ("SoftBank's chairman and CEO Masayoshi Son spoke.", "ceo", "silent"),
        ("ARM CEO Simon Segars will stay on.", "ceo", "supports"),
        ("New Zealand Prime Minister Bill English spoke.", "pm", "conflicts"),  # the claim's country
        ("During talks with the Prime Minister, Julia Gillard offered help.", "pm", "silent"),  # a fronted phrase
        ("After a call with ARM's CEO, Masayoshi Son said the deal was done.", "ceo", "silent"),
        # a title with an owner the claim does not name, held by the claim's own person, names them
        ("NZ Prime Minister John Key declared an emergency.", "pm", "supports"),
        ("Simon Segars, CEO of the SoftBank subsidiary ARM, spoke.", "ceo", "supports"),
        # a name, a comma, then an owner and the title
        ("said Simon Segars, the ARM chief executive.", "ceo", "supports"),
        ("John Key, New Zealand Prime Minister, declared an emergency.", "pm", "supports"),
        # the subject of a verb that gives the title through "as"
        ("John Key stayed on as Prime Minister after the quake.", "pm", "supports"),
        ("Simon Segars has said he will remain as chief executive.", "ceo", "supports"),
        ("Bill English replaced John Key as Prime Minister.", "pm", "silent"),  # the object, not the holder
        ("Julia Key announced she will resign as Prime Minister.", "pm", "conflicts"),  # another given name
        # the claim's person nearest before "as" and the title in its clause, unless a verb replaces them
        ("John Key vowed to rebuild Christchurch as Prime Minister.", "pm", "supports"),
        ("Parliament confirmed John Key as Prime Minister.", "pm", "supports"),
        ("Parliament confirmed Bill English as Prime Minister.", "pm", "silent"),  # an object: no conflict
        ("Bill English succeeded John Key as Prime Minister.", "pm", "silent"),
        ("John Key's successor as Prime Minister spoke.", "pm", "silent"),
        # a title said to be held now, set off after the name: the claim's person only
        ("He met John Key, now Prime Minister, in 2001.", "pm", "supports"),
        ("He met Bill English, now Prime Minister, in 2001.", "pm", "silent"),
        # a title joined by "and" to another post described after the name's comma
        ("said Simon Segars, an engineer at the University of Cambridge and the chief executive.", "ceo", "supports"),
        ("said John Key, a former currency trader in London and the Prime Minister.", "pm", "supports"),
        ("said Simon Segars, a colleague of John Key and the Prime Minister.", "pm", "silent"),  # whose post?
        ("Simon Segars, who met John Key and the Prime Minister, spoke.", "pm", "silent"),
    ],
)
def test_a_title_held_for_another_country_or_company_is_not_the_claims_role(corpus, text, claim, expected):
    assert verdicts(corpus, PERSON, text)[claim] == expected


TITLED_NAMES = """
entities:
  park: {name: Park Geun-hye, aliases: [President Park]}
  lee: {name: Lee Hsien Loong, aliases: [PM Lee]}
claims:
  - id: president
    statement: South Korea's President was Park Geun-hye.
    about: [President]
    expect: {person: park, role: [President]}
  - id: pm
    statement: Singapore's Prime Minister is Lee Hsien Loong.
    about: [PM, Prime Minister]
    expect: {person: lee, role: [PM, Prime Minister]}
"""


@pytest.mark.parametrize(
    "text, claim",
    [
        ("The disaster had President Park Geun Hye demanding answers.", "president"),
        ("PM Lee Hsien Loong put the cost at S$20 million.", "pm"),
    ],
)
def test_an_alias_with_a_title_does_not_cut_the_full_name_after_it(corpus, text, claim):
    assert verdicts(corpus, TITLED_NAMES, text)[claim] == "supports"


OWNED_ROLES = """
entities:
  weiner: {name: Jeff Weiner, aliases: [Weiner]}
  segars: {name: Simon Segars, aliases: [Segars]}
  nadella: {name: Satya Nadella, aliases: [Nadella]}
  son: {name: Masayoshi Son}
claims:
  - id: linkedin-ceo
    statement: LinkedIn's chief executive, who stayed on under Microsoft, was Jeff Weiner.
    about: [CEO, chief executive]
    expect: {person: weiner, role: [CEO, chief executive]}
  - id: arm-ceo
    statement: The chief executive of ARM, bought by SoftBank, was Simon Segars.
    about: [CEO, chief executive]
    expect: {person: segars, role: [CEO, chief executive]}
"""


@pytest.mark.parametrize(
    "text, claim, expected",
    [
        # the statement gives the role its owner: another organisation named in it is not the owner
        ("Microsoft CEO Satya Nadella called it a great day.", "linkedin-ceo", "silent"),
        ("SoftBank CEO Masayoshi Son called it a bet.", "arm-ceo", "silent"),
        # a title with no owner held by another of the fact sheet's people: a question
        ("While CEO Satya Nadella spoke, shares rose.", "linkedin-ceo", "unclear"),
        ("Chief executive Masayoshi Son said the deal was done.", "arm-ceo", "unclear"),
        ("Chief executive Simon Smith said the deal was done.", "arm-ceo", "conflicts"),  # someone unknown
        # the claim's owner
        ("LinkedIn CEO Jeff Weiner will stay on.", "linkedin-ceo", "supports"),
        ("ARM CEO Simon Smith will stay on.", "arm-ceo", "conflicts"),
    ],
)
def test_the_owner_a_claims_statement_gives_its_role(corpus, text, claim, expected):
    assert verdicts(corpus, OWNED_ROLES, text)[claim] == expected


SHARE_PRICE = """
claims:
  - id: per-share
    statement: Microsoft offered $196 for each LinkedIn share.
    about: [per share, a share]
    expect: {quantity: 196, unit: USD}
  - id: arm-per-share
    statement: SoftBank offered 1,700 pence for each ARM share.
    about: [per share, a share]
    expect: {quantity: 17, unit: GBP}
"""


@pytest.mark.parametrize(
    "text, claim, expected",
    [
        (
            "Microsoft will acquire LinkedIn for $196 per share in a deal valued at $26.2 billion.",
            "per-share",
            "supports",
        ),
        ("SoftBank will pay £17 a share, valuing ARM at £24 billion.", "arm-per-share", "supports"),
        # a market's price per share is not the offer's
        ("LinkedIn shares were trading at $135 per share before the offer.", "per-share", "unclear"),
        ("ARM's stock traded at £11.89 a share on Friday.", "arm-per-share", "unclear"),
    ],
)
def test_a_rate_is_the_topic_when_the_claim_is_a_rate(corpus, text, claim, expected):
    assert verdicts(corpus, SHARE_PRICE, text)[claim] == expected


RATES = """
claims:
  - id: fee
    statement: Murray was to be paid $150,000 a month as Jackson's physician.
    about: [doctor, physician, contract]
    expect: {quantity: 150000, unit: USD}
  - id: users
    statement: WhatsApp had about 450 million monthly users.
    about: [users]
    expect: {quantity: 450 million, unit: people, tolerance: 1%}
"""


@pytest.mark.parametrize(
    "text, claim, expected",
    [
        # the claim's statement gives its figure by the month: a monthly figure is the claim's
        ("The doctor was paid $150,000 a month to care for the singer.", "fee", "supports"),
        ("The attorney who drafted the $150,000-a-month contract testified.", "fee", "supports"),
        ("The physician was paid $150,000/month under the contract.", "fee", "supports"),
        ("The app now processes about 450 million users a month.", "users", "supports"),
        # another period is another figure
        ("The doctor had first asked for $5 million a year.", "fee", "silent"),
        ("The app counts 300 million users a day.", "users", "silent"),
    ],
)
def test_a_rate_over_the_claims_period_is_the_claims_figure(corpus, text, claim, expected):
    assert verdicts(corpus, RATES, text)[claim] == expected


NOW = """
scope: {event: the takeover, date: 2017-06-16, window_days: 30}
claims:
  - id: stores
    statement: Whole Foods had 460 stores.
    about: [stores]
    expect: {quantity: 460, tolerance: 5}
  - id: users
    statement: WhatsApp had about 450 million users.
    about: [users]
    expect: {quantity: 450 million, unit: people, tolerance: 1%}
"""


@pytest.mark.parametrize(
    "text, claim, expected",
    [
        # "now" sets the figure in the present, after the clause's earlier year
        ("Whole Foods, which opened its first store in 1980, now has 465 stores.", "stores", "supports"),
        ("WhatsApp was founded in 2009 and now processes about 450 million users a month.", "users", "supports"),
        # without it, the earlier year dates the figure
        ("Whole Foods had 12 stores in 1985.", "stores", "silent"),
    ],
)
def test_now_sets_a_figure_in_the_present_whatever_year_the_clause_names(corpus, text, claim, expected):
    assert verdicts(corpus, NOW, text, published="2017-06-17")[claim] == expected


@pytest.mark.parametrize(
    "text, claim",
    [
        ("Whole Foods currently has 460 stores across the US, Canada and the UK.", "stores"),
        ("WhatsApp has 450 million users around the world.", "users"),
    ],
)
def test_a_preposition_ends_the_noun_a_count_counts(corpus, text, claim):
    assert verdicts(corpus, NOW, text, published="2017-06-17")[claim] == "supports"


TERMS = """
claims:
  - id: scotland
    statement: Scotland voted to remain.
    about: [Scotland]
    expect: {term: remain, supports: [remain, stay], conflicts: [voted to leave, backed Brexit]}
  - id: harpoons
    statement: The harpoons failed to fire.
    about: [harpoons]
    expect: {term: failed, conflicts: [fired, anchored]}
"""


PROSPECTS = """
claims:
  - id: rejected
    statement: Voters rejected the peace agreement.
    about: [referendum, voters]
    expect: {term: rejected, conflicts: [approved, approve, ratified, ratify]}
  - id: cleared
    statement: Regulators cleared the takeover.
    about: [takeover, regulators]
    expect: {term: cleared, conflicts: [blocked, block]}
  - id: hung
    statement: The election left a hung parliament.
    about: [majority, blocs]
    expect: {term: hung parliament, conflicts: [secure a majority, secured a majority]}
  - id: withdrew
    statement: Johnson withdrew from the race for prime minister.
    about: [Johnson]
    expect: {term: withdrew, conflicts: [become prime minister, became prime minister]}
"""


@pytest.mark.parametrize(
    "text, claim, expected",
    [
        ("Colombia held a referendum to approve its recently signed deal.", "rejected", "silent"),
        # a possessive's noun of intent before "to" (Spain 2023, Brexit 2016)
        (
            "The left and right blocs were nearly neck and neck in their quest to secure a majority of 176 seats.",
            "hung",
            "silent",
        ),
        ("Johnson launched his campaign to become prime minister.", "withdrew", "silent"),
        ("Johnson went on and became prime minister.", "withdrew", "conflicts"),  # what happened
        ("Polls said voters are likely to ratify it in this weekend's referendum.", "rejected", "silent"),
        ("The agreement must be ratified by voters in a referendum.", "rejected", "silent"),
        ("The agreement needed to be ratified by voters in a referendum.", "rejected", "silent"),
        ("Regulators need to block the takeover, critics said.", "cleared", "silent"),
        ("Regulators could block the takeover.", "cleared", "silent"),
        ("Regulators blocked the takeover on Monday.", "cleared", "conflicts"),  # what happened
        ("In the referendum, voters voted to approve the deal.", "rejected", "conflicts"),
        # the "-ing" form after "over", "on", "about": the matter at issue (colombia-referendum,
        # brexit-referendum)
        (
            "Half the vote has been counted in Colombia's referendum, and the contest over ratifying the"
            " government's peace deal is a razor-thin margin.",
            "rejected",
            "silent",
        ),
        ("Respondents backed a referendum on approving the final Brexit deal.", "rejected", "silent"),
        ("In the referendum, voters ended up approving the deal.", "rejected", "conflicts"),
    ],
)
def test_what_may_must_or_is_meant_to_happen_is_no_term_evidence(corpus, text, claim, expected):
    assert verdicts(corpus, PROSPECTS, text)[claim] == expected


NOUN_MODIFIERS = """
claims:
  - id: hull
    statement: The submarine was destroyed by an implosion.
    about: [submarine]
    expect: {term: implosion, supports: [imploded], conflicts: [explosion, exploded, attack]}
  - id: cause
    statement: The miners were trapped by a cave-in.
    about: [trapped]
    expect: {term: cave-in, supports: [collapse], conflicts: [explosion]}
  - id: side
    statement: The winning campaign was the leave campaign.
    about: [campaign]
    expect: {term: leave, conflicts: [remain]}
"""


@pytest.mark.parametrize(
    "text, claim, expected",
    [
        ("The San Juan is a diesel-electric attack submarine built in Germany.", "hull", "silent"),
        ("Officials said the remain campaign lost narrowly.", "side", "silent"),
        ("The submarine imploded at depth.", "hull", "supports"),  # a past form says what happened
        ("An explosion trapped the miners.", "cause", "conflicts"),  # the noun before a topic verb is its subject
    ],
)
def test_a_term_word_modifying_the_topics_noun_names_its_kind(corpus, text, claim, expected):
    assert verdicts(corpus, NOUN_MODIFIERS, text)[claim] == expected


@pytest.mark.parametrize(
    "text, claim, expected",
    [
        ("England and Wales backed Brexit while Scotland voted to remain.", "scotland", "supports"),
        ("The north of England backed Brexit in huge numbers, while Scotland chose to stay.", "scotland", "supports"),
        ("The harpoons that would have anchored it failed.", "harpoons", "supports"),  # what did not happen
        ("The harpoons were supposed to have fired but failed.", "harpoons", "supports"),
    ],
)
def test_words_said_of_another_subject_or_of_what_did_not_happen(corpus, text, claim, expected):
    assert verdicts(corpus, TERMS, text)[claim] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The attacks killed 77 people: 8 in Oslo and 69 on Utoya.", "supports"),
        ("Of the 185 dead, 115 died in the CTV building and 18 in the PGC building.", "supports"),
        ("The avalanche killed 14 climbers, 9 from Spain and 5 from Peru.", "supports"),
    ],
)
def test_counts_listed_place_by_place_are_parts(corpus, text, expected):
    claims = TOLL.replace("quantity: 185", "quantity: 77" if "77" in text else "quantity: 185")
    if "avalanche" in text:
        claims = TOLL.replace("quantity: 185", "quantity: 14")
    assert verdicts(corpus, claims, text)["toll"] == expected


YEAR = """
claims:
  - id: founded
    statement: The pact dates from 2008.
    about: [Merida Initiative]
    expect: {year: 2008}
"""


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Ned Price said the 13-year-old Merida Initiative would be replaced.", "supports"),
        ("The Merida Initiative's director, a 54-year-old lawyer, spoke.", "silent"),  # the lawyer's age
        ("Under the Merida Initiative, Urzua, the 54-year-old foreman, led.", "silent"),
    ],
)
def test_an_age_dates_the_topic_only_when_it_is_the_topics(corpus, text, expected):
    claims = YEAR.replace("claims:", "scope: {event: talks, date: 2021-10-08, window_days: 60}\nclaims:")
    assert verdicts(corpus, claims, text)["founded"] == expected


@pytest.mark.parametrize(
    "claims, text, claim",
    [
        (TOLL, "The death toll climbed into double figures on Tuesday, police said.", "toll"),
        (TOLL, "Dozens of people were killed when the quake struck.", "toll"),
        (VALUE, "The rescue is expected to cost tens of millions of dollars.", "cost"),
        (VALUE, "Analysts said the takeover deal was worth billions of pounds.", "price"),
    ],
)
def test_an_amount_crosscheck_cannot_compare_is_said_not_silent(corpus, claims, text, claim):
    (found,) = evidence(corpus, claims, claim, text)
    assert found.stance == "unclear" and "cannot compare" in (found.note or "")


@pytest.mark.parametrize(
    "text",
    [
        # the counted noun in normal form and the toll words of the article's language
        "El incendio dejó varios centenares de víctimas en los cerros, dijo la policía.",
        "Decenas de muertos dejó el terremoto, según la policía.",
        "El sismo causó cientos de fallecidos en la ciudad.",
    ],
)
def test_a_spanish_amount_crosscheck_cannot_compare_is_said_not_silent(corpus, text):
    claims = TOLL.replace(
        "[death toll, toll, killed, dead]", "[death toll, toll, killed, dead, incendio, terremoto, sismo]"
    )
    report = corpus(claims, {"a.md": f"---\nlang: es\n---\nNoticias\n\n{text}\n"}, base=False)
    (found,) = finding(report, "toll", "a.md").evidence
    assert found.stance == "unclear" and "cannot compare" in (found.note or "")


@pytest.mark.parametrize(
    "text, stance",
    [
        # a noun for a set of a hundred or a thousand is that number, as "a hundred" and "a dozen"
        # are, its bound kept: "Más de un centenar de víctimas fatales" (valparaiso-fires-2024)
        ("El incendio dejó más de un centenar de víctimas en los cerros, dijo la policía.", "conflicts"),
        ("El terremoto dejó un millar de muertos, según la policía.", "conflicts"),
        ("El sismo causó un centenar de fallecidos en la ciudad.", "conflicts"),
    ],
)
def test_a_spanish_hundred_or_thousand_is_read_as_the_number(corpus, text, stance):
    claims = TOLL.replace(
        "[death toll, toll, killed, dead]", "[death toll, toll, killed, dead, incendio, terremoto, sismo]"
    )
    report = corpus(claims, {"a.md": f"---\nlang: es\n---\nNoticias\n\n{text}\n"}, base=False)
    assert finding(report, "toll", "a.md").verdict == stance


def test_a_vague_amount_of_something_else_stays_silent(corpus):
    assert (
        verdicts(corpus, TOLL, "The quake killed dozens of sheep and damaged hundreds of buildings.")["toll"]
        == "silent"
    )


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Another collapse occurred on Saturday, hampering the rescue.", "silent"),
        ("An earlier quake struck on 4 September 2010.", "silent"),
        ("The collapse occurred on Thursday 5 August 2010.", "supports"),
    ],
)
def test_another_occurrence_of_the_topics_kind_is_not_the_topic(corpus, text, expected):
    claims = """
scope: {event: mine collapse, date: 2010-08-05, window_days: 70}
claims:
  - id: when
    statement: The mine collapsed on 5 August 2010.
    about: [collapse, quake]
    expect: {date: 2010-08-05}
"""
    assert verdicts(corpus, claims, text)["when"] == expected


BIRTH_YEARS = """
entities:
  arevalo: {name: Bernardo Arévalo, aliases: [Arévalo]}
  kelly: {name: R. Kelly, aliases: [Kelly]}
claims:
  - id: arevalo-born
    statement: Arévalo was born in 1958.
    about: [arevalo]
    expect: {year: 1958}
  - id: kelly-born
    statement: Kelly was born in 1967.
    about: [kelly]
    expect: {year: 1967}
"""


@pytest.mark.parametrize(
    "text, claim, published, expected",
    [
        # a bare number set off after the person's name is the person's age
        ("Mr. Arévalo, 64, said he would fight corruption.", "arevalo-born", "2023-08-21", "supports"),
        ("Kelly, 54, showed no emotion as the verdict was read.", "kelly-born", "2021-09-27", "supports"),
        ("Kelly, 58, showed no emotion as the verdict was read.", "kelly-born", "2021-09-27", "conflicts"),
        # not after another name
        ("Mr. Arévalo met Jane Doe, 47, a voter.", "arevalo-born", "2023-08-21", "silent"),
    ],
)
def test_a_number_set_off_after_the_persons_name_is_an_age_for_a_birth_year(corpus, text, claim, published, expected):
    assert verdicts(corpus, BIRTH_YEARS, text, published=published)[claim] == expected


SPLIT_VERDICTS = """
claims:
  - id: rhodes
    statement: The jury found Stewart Rhodes guilty of seditious conspiracy.
    about: [Rhodes]
    expect: {term: guilty, supports: [guilty, convicted], conflicts: [acquitted, absuelto, not guilty]}
  - id: manafort
    statement: The jury found Manafort guilty of bank fraud.
    about: [Manafort]
    expect: {term: guilty, supports: [guilty, convicted], conflicts: [acquitted, absuelto, not guilty]}
"""


@pytest.mark.parametrize(
    "text, claim, lang, expected",
    [
        # the other part of a split verdict is said of other charges
        ("Rhodes was acquitted of two other conspiracy charges.", "rhodes", None, "unclear"),
        ("Manafort fue absuelto de otros diez cargos.", "manafort", "es", "unclear"),
        # the claim's own charge
        ("Rhodes was acquitted of seditious conspiracy.", "rhodes", None, "conflicts"),
    ],
)
def test_a_term_said_of_other_charges_is_a_question(corpus, text, claim, lang, expected):
    assert verdicts(corpus, SPLIT_VERDICTS, text, lang=lang)[claim] == expected


SLIPS = """
scope: {event: the landing and the verdict, date: 2023-09-24, window_days: 30}
claims:
  - id: landed
    statement: The capsule landed in Utah on 24 September 2023.
    about: [landed]
    expect: {date: 2023-09-24}
  - id: convicted
    statement: The jury convicted him on 2 October 2023.
    about: [convicted]
    expect: {date: 2023-10-02}
  - id: verdict
    statement: The jury returned its verdict on 2 October 2023.
    about: [verdict, verdicts, found guilty]
    expect: {date: 2023-10-02}
"""


@pytest.mark.parametrize(
    "text, claim, expected",
    [
        # a date on the claim's own verb is a slip about the claim's event, however far from the window
        ("The return capsule carrying the sample landed in Utah in September 2021.", "landed", "conflicts"),
        (
            "The 58-year-old, who was convicted in January 2021 of seditious conspiracy, spoke.",
            "convicted",
            "conflicts",
        ),
        ("Murray was convicted of involuntary manslaughter in 2009.", "convicted", "conflicts"),
        # not what is to come
        ("He faces life in prison when he is convicted on May 4, 2024.", "convicted", "unclear"),
        # a year outside the window off the claim's verb, in a sentence naming the topic: another
        # occurrence's (Hunter Biden verdict, Spacey acquittal, Macron's election, Hurricane Ian)
        (
            "He has been found guilty on three felony counts related to his purchase of a firearm in 2018.",
            "verdict",
            "silent",
        ),
        (
            "Tsarnaev has been found guilty on all 30 counts he faced for his role in the bombing in April 2013.",
            "verdict",
            "silent",
        ),
        ("The abstention rate was the highest since the verdict in 1969.", "verdict", "silent"),
    ],
)
def test_a_date_on_the_claims_own_verb_outside_the_window_is_a_slip(corpus, text, claim, expected):
    assert verdicts(corpus, SLIPS, text, published="2023-10-20")[claim] == expected


@pytest.mark.parametrize(
    "text",
    [
        "The toll grew as the blasts at the warehouses killed at least 114 people and displaced thousands.",
        "The toll rose as the tornado killed 74 people and injured dozens in the town.",
    ],
)
def test_a_toll_verb_before_a_count_names_its_kind_before_the_next_verb_does(corpus, text):
    """ "killed at least 114 people and displaced thousands" counts the dead (Tianjin and Amatrice
    coverage): a toll word after "and" starts another count."""
    assert verdicts(corpus, TOLL_ANY, text)["toll"] == "conflicts"


@pytest.mark.parametrize(
    "text, claim, expected",
    [
        # the topic only as the first half of a modifier: the date is the other noun's
        ("President Biden toured the fire-ravaged town Aug. 21.", "fire", "silent"),
        ("Rescuers reached the quake-hit villages on March 19.", "quake", "silent"),
        # the topic itself
        ("The fire broke out on Aug. 21.", "fire", "conflicts"),
    ],
)
def test_a_topic_that_only_describes_another_noun_dates_nothing(corpus, text, claim, expected):
    claims = """
scope: {event: the disaster, date: 2023-08-08, window_days: 60}
claims:
  - id: fire
    statement: The fire broke out on 8 August 2023.
    about: [fire]
    expect: {date: 2023-08-08}
  - id: quake
    statement: The quake struck on 8 August 2023.
    about: [quake]
    expect: {date: 2023-08-08}
"""
    assert verdicts(corpus, claims, text, published="2023-09-01")[claim] == expected


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        # a span running from now past the window: how long a term runs, not another occasion
        (
            "Con el 47% de las mesas escrutadas, López Obrador alcanzó el 53,7% de los votos y es el nuevo "
            "presidente de México hasta 2024.",
            "es",
            "conflicts",
        ),
        ("López Obrador won 49% of the vote and will be president until 2024.", None, "conflicts"),
        ("Zelensky won 67% of the run-off vote and will serve as president until 2024.", None, "conflicts"),
        # a span that ended before the window is another time
        ("López Obrador won above 58% at every election he fought until 1994.", None, "silent"),
    ],
)
def test_a_span_ending_after_the_window_is_no_other_occasion(corpus, text, lang, expected):
    claims = """
scope: {event: the election, date: 2018-07-01, window_days: 60}
claims:
  - id: share
    statement: López Obrador won 53.19% of the vote.
    about: [López Obrador, Zelensky]
    expect: {quantity: 53.19, unit: percent, tolerance: 0.5}
"""
    assert verdicts(corpus, claims, text, lang=lang)["share"] == expected


@pytest.mark.parametrize(
    "text",
    [
        "The collapse came years after the mine's 1998 opening ceremony on 3 March 1998.",
        "The Rosetta mission, whose landing was the goal, began way back on 1 January 1996.",
    ],
)
def test_a_date_far_outside_the_scope_is_unclear_not_a_conflict(corpus, text):
    claims = """
scope: {event: mine collapse, date: 2010-08-05, window_days: 70}
claims:
  - id: when
    statement: The event happened on 5 August 2010.
    about: [collapse, landing]
    expect: {date: 2010-08-05}
"""
    stances = {e.stance for e in evidence(corpus, claims, "when", text)}
    assert "conflicts" not in stances


@pytest.mark.parametrize(
    "headline",
    ["Miner Foreman Last To Be Freed", "Rescue Chief Says Foreman Is Hero"],
)
def test_a_title_case_headline_names_no_stranger(corpus, headline):
    claims = """
entities:
  urzua: {name: Luis Urzua, aliases: [Urzua]}
claims:
  - id: foreman
    statement: The shift foreman was Luis Urzua.
    about: [foreman]
    expect: {person: urzua, role: [foreman]}
"""
    report = corpus(claims, {"a.txt": headline + "\n\nThe foreman, Luis Urzua, came out last.\n"}, base=False)
    assert finding(report, "foreman").verdict == "supports"


def test_a_count_out_of_a_total_is_a_part(corpus):
    claims = """
claims:
  - id: votes
    statement: 17,410,742 votes were cast for Leave.
    about: [Leave]
    expect: {quantity: 17410742, tolerance: 0.3%}
"""
    text = "With 308 of 382 voting areas reporting, Leave led."
    assert verdicts(corpus, claims, text)["votes"] == "silent"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The 33-year-old was sentenced to 21 years in prison.", "supports"),
        ("The court gave the 54-year-old foreman's attacker 21 years.", "supports"),
    ],
)
def test_an_age_is_not_a_duration(corpus, text, expected):
    claims = """
claims:
  - id: sentence
    statement: He was sentenced to 21 years.
    about: [sentenced, years]
    expect: {quantity: 21, unit: year}
"""
    assert verdicts(corpus, claims, text)["sentence"] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The toll stands at 113 and 228 people are still listed as missing.", "conflicts"),
        ("Rescuers scrambled to reach 34 copper mine workers trapped underground.", "conflicts"),
        ("The collapse trapped him and 32 others in the mine.", "silent"),
        ("Urzua led the world that he and 32 fellow miners lived in.", "silent"),
    ],
)
def test_two_numbers_and_what_each_counts(corpus, text, expected):
    claims = """
claims:
  - id: count
    statement: The mine collapse trapped 33 people.
    about: [toll, workers, miners]
    expect: {quantity: 33, unit: people}
"""
    assert verdicts(corpus, claims, text)["count"] == expected


def test_another_occurrence_in_the_lead_is_not_read(corpus):
    claims = """
scope: {event: mine collapse, date: 2010-08-05, window_days: 70}
claims:
  - id: when
    statement: The mine collapsed on 5 August 2010.
    about: [collapse]
    expect: {date: 2010-08-05}
"""
    text = "Mine collapse traps 33\n\nA collapse trapped 33 miners. Another collapse occurred on 7 August 2010.\n"
    report = corpus(claims, {"a.txt": text}, base=False)
    assert finding(report, "when").verdict == "silent"


@pytest.mark.parametrize(
    "text, role, expected",
    [
        ("Judge Arne Lyng read part of the ruling.", "[presiding judge, judge]", "unclear"),
        ("ARM's chief Masayoshi Son spoke.", "[chief executive, chief]", "unclear"),
        ("Presiding judge Arne Lyng read the ruling.", "[presiding judge, judge]", "conflicts"),
    ],
)
def test_a_less_specific_title_of_someone_else_is_unclear(corpus, text, role, expected):
    claims = f"""
entities:
  arntzen: {{name: Wenche Arntzen, aliases: [Arntzen]}}
claims:
  - id: post
    statement: ARM's presiding judge or chief executive was Wenche Arntzen.
    about: {role}
    expect: {{person: arntzen, role: {role}}}
"""
    assert verdicts(corpus, claims, text)["post"] == expected


SENTENCE = """
claims:
  - id: sentence
    statement: He was sentenced to 22.5 years.
    about: [sentence, sentenced, prison]
    expect: {quantity: 22.5, unit: year}
"""


@pytest.mark.parametrize(
    "text",
    [
        "Minnesota's sentencing guidelines recommend about 12.5 years in prison for the charge.",
        "He faces a maximum sentence of 40 years.",
        "The sentence fell short of the 30 years that prosecutors had requested.",
        "The bidders sought a prison sentence of 10 years for the fraud.",  # another story's request
    ],
)
def test_a_requested_or_possible_figure_is_not_what_happened(corpus, text):
    assert verdicts(corpus, SENTENCE, text)["sentence"] == "silent"


PROCEEDS = """
claims:
  - id: proceeds
    statement: The offering raised $25.6 billion.
    about: [raise, raising, raised, recaudar, recaudando]
    expect: {quantity: 25.6 billion, unit: USD}
"""


# A participle clause goes on the predicate before it, modal and all: a possibility there is the
# participle's too (aramco-ipo S01, a merger's savings). A modal of the perfect guesses at a cause,
# whose effect is a fact (slim-moon-landing S10: "may have stopped ..., causing the vehicle to be
# dragged 55 meters"; here "could have").
@pytest.mark.parametrize(
    "text, lang, expected",
    [
        (
            "Sources say Aramco could offer 1%-2% of its shares, raising as much as $20 billion to $40 billion.",
            None,
            "silent",
        ),
        ("The merger might close next month, raising $40 billion for its owners.", None, "silent"),
        (
            "Fuentes dicen que Aramco podría ofrecer entre el 1% y el 2%, recaudando hasta 40.000 millones de dólares.",
            "es",
            "silent",
        ),
        ("An engine could have failed, raising $40 billion less than planned.", None, "conflicts"),
        ("Aramco sold 1.5% of its shares, raising $40 billion.", None, "conflicts"),
        # a possibility's noun is no modal (chile-referendum-2022 S08: "un rotundo rechazo a la propuesta")
        ("La junta rechazó la propuesta, recaudando 40.000 millones de dólares.", "es", "conflicts"),
    ],
)
def test_a_possibility_goes_on_into_its_participle_clause(corpus, text, lang, expected):
    assert verdicts(corpus, PROCEEDS, text, lang=lang)["proceeds"] == expected


VALUATION = """
claims:
  - id: valuation
    statement: The offering valued the company at $1.7 trillion.
    about: [valuation, valorización]
    expect: {quantity: 1.7 trillion, unit: USD}
"""


# What someone expected or hoped for before the fact, dated so by a pluperfect or a first plan's
# adverb, is not what happened: aramco-ipo S11, S12 ("had initially hoped for") and S02 ("que había
# llegado a prever"), and the same wording of a launch and a trial. A forecast in the present
# (bms-celgene S11: "are expected to own approximately 69%") and an earlier estimate (singapore-summit
# S13: "initially estimated the cost to be around $20 million") may be the figure: still read.
@pytest.mark.parametrize(
    "claims, claim, text, lang, expected",
    [
        (
            VALUATION,
            "valuation",
            "The shares rose, past the $2 trillion valuation that the prince had initially hoped for.",
            None,
            "silent",
        ),
        (
            VALUATION,
            "valuation",
            "Es menor que la valorización de 2 billones de dólares que había llegado a prever el príncipe.",
            "es",
            "silent",
        ),
        (VALUATION, "valuation", "The valuation was initially expected to reach $2 trillion.", None, "silent"),
        (SENTENCE, "sentence", "The families had hoped for a sentence of 30 years in prison.", None, "silent"),
        # ingenuity-flight S10 ("where it was expected to remain for about 40 seconds") and dart-impact S12
        (
            VALUATION,
            "valuation",
            "Before the listing, the valuation was expected to reach $2 trillion.",
            None,
            "silent",
        ),
        (VALUATION, "valuation", "Se esperaba una valorización de 2 billones de dólares.", "es", "silent"),
        (VALUATION, "valuation", "The valuation is expected to reach $2 trillion.", None, "conflicts"),
        # starship-first-flight S07 ("SpaceX hoped that, at best, the flight would last 90 minutes"),
        # and the same wording of an offering and a trial: the hope's own "that" clause
        (
            VALUATION,
            "valuation",
            "The prince hoped that, at the very least, the offering would bring a valuation of $2 trillion.",
            None,
            "silent",
        ),
        (
            VALUATION,
            "valuation",
            "El príncipe esperaba que, en el mejor de los casos, la valorización llegara a 2 billones de dólares.",
            "es",
            "silent",
        ),
        (SENTENCE, "sentence", "The families expected that the sentence would be 30 years.", None, "silent"),
        (VALUATION, "valuation", "It is expected that the valuation will reach $2 trillion.", None, "conflicts"),
        (
            VALUATION,
            "valuation",
            "Está previsto que la valorización llegue a 2 billones de dólares.",
            "es",
            "conflicts",
        ),
        (
            SENTENCE,
            "sentence",
            "The families hoped that he would get 30 years, but the sentence was 20 years.",
            None,
            "conflicts",
        ),
        (VALUATION, "valuation", "The prince initially estimated the valuation at $2 trillion.", None, "conflicts"),
        (
            VALUATION,
            "valuation",
            "The valuation had been expected to be lower and reached $2 trillion.",
            None,
            "conflicts",
        ),
    ],
)
def test_an_earlier_expectation_is_not_what_happened(corpus, claims, claim, text, lang, expected):
    assert verdicts(corpus, claims, text, lang=lang)[claim] == expected


# A choice someone had is what could have been: smollett-verdict S10 ("had the option of
# sentencing him to the jail for up to one year") and aramco-ipo ("would retain the option of an
# even bigger offering"); a choice made is what happened.
@pytest.mark.parametrize(
    "claims, claim, text, lang, expected",
    [
        (SENTENCE, "sentence", "Linn had the option of sentencing him to the jail for up to one year.", None, "silent"),
        (
            PROCEEDS,
            "proceeds",
            "Aramco conservaba la opción de recaudar 29.400 millones de dólares en una oferta mayor.",
            "es",
            "silent",
        ),
        (
            PROCEEDS,
            "proceeds",
            "Aramco would retain the option of raising $29.4 billion in an even bigger offering.",
            None,
            "silent",
        ),
        (SENTENCE, "sentence", "The judge opted to sentence him to one year in jail.", None, "conflicts"),
        (SHARE, "share", "The Leave option won 51.9% of the vote.", None, "supports"),  # a ballot's choice
    ],
)
def test_an_option_someone_had_is_not_what_happened(corpus, claims, claim, text, lang, expected):
    assert verdicts(corpus, claims, text, lang=lang)[claim] == expected


COUNTERCLAIM = """
claims:
  - id: award
    statement: On her counterclaim the jury awarded Heard $2 million.
    about: [counterclaim, countersuit, lawsuit, contrademanda, demanda]
    expect: {quantity: 2 million, unit: USD}
"""


# A suit's figure is what was asked for, even when the suit is the topic (depp-heard-verdict S04 and
# S02, a libel suit; Spanish "una demanda por"), unless the figure is awarded in it.
@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("Heard had filed a $100 million countersuit accusing Depp of a smear campaign.", None, "silent"),
        ("The case began after he filed a $50 million libel lawsuit against her.", None, "silent"),
        ("She brought a countersuit for $100 million.", None, "silent"),
        ("Heard presentó una contrademanda por 100 millones de dólares.", "es", "silent"),
        ("The jury awarded her $3 million in the countersuit.", None, "conflicts"),
    ],
)
def test_a_suits_figure_is_what_was_asked_for(corpus, text, lang, expected):
    assert verdicts(corpus, COUNTERCLAIM, text, lang=lang)["award"] == expected


ALTITUDE = """
claims:
  - id: apogee
    statement: The capsule reached an altitude of 107 km.
    about: [altitude, reached, reaches, altitud, alcanzó]
    expect: {quantity: 107, unit: km, tolerance: 1%}
"""


# A figure that defines a boundary says where a line is, not how high anything went: set off after
# the boundary's noun, or set as it by a defining verb (blue-origin-bezos-flight S01 and S04; a
# storm's and a Spanish flight's wording of our own). Without a defining verb, a boundary noun after
# a figure leaves it the flight's.
@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("Once it reaches the Kármán line, 100 kilometers above sea level, the capsule detaches.", None, "silent"),
        ("NASA and the Air Force consider an altitude of 50 miles to be the boundary of space.", None, "silent"),
        ("Forecasters define an altitude of 12 km as the edge of the storm.", None, "silent"),
        ("Los científicos consideran una altitud de 100 km como la frontera del espacio.", "es", "silent"),
        ("The capsule reached an altitude of 100 km, past the line.", None, "conflicts"),
    ],
)
def test_a_figure_that_defines_a_boundary_is_not_what_happened(corpus, text, lang, expected):
    assert verdicts(corpus, ALTITUDE, text, lang=lang)["apogee"] == expected


# A sentence hanging over someone is what they face, not what they got (maxwell-verdict S10: "Con
# una sentencia de casi 40 años sobre su cabeza"; a trial's and a fine's wording of our own).
@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("Con una sentencia de casi 40 años sobre su cabeza, Maxwell fue declarada culpable.", "es", "silent"),
        ("With a prison sentence of 40 years hanging over her, she was found guilty.", None, "silent"),
        ("He fought on, a sentence of 30 years looming over him.", None, "silent"),
        ("She received a prison sentence of 30 years over her role.", None, "conflicts"),
    ],
)
def test_a_sentence_hanging_over_someone_is_not_what_happened(corpus, text, lang, expected):
    claims = SENTENCE.replace("[sentence, sentenced, prison]", "[sentence, sentenced, prison, sentencia]")
    assert verdicts(corpus, claims, text, lang=lang)["sentence"] == expected


def test_a_possessive_name_after_a_title_is_no_holder(corpus):
    claims = """
entities:
  ellison: {name: Keith Ellison, aliases: [Ellison]}
  chauvin: {name: Derek Chauvin, aliases: [Chauvin]}
claims:
  - id: lead
    statement: Attorney General Keith Ellison led the prosecution.
    about: [prosecution, Attorney General]
    expect: {person: ellison, role: [Attorney General, whose office oversaw]}
"""
    text = "Attorney General Keith Ellison, whose office oversaw Chauvin's prosecution, spoke."
    assert verdicts(corpus, claims, text)["lead"] == "supports"


def test_last_before_a_day_of_a_later_month_is_last_year(corpus):
    claims = """
claims:
  - id: died
    statement: He died on 25 May 2020.
    about: [arrest, died]
    expect: {date: 2020-05-25}
"""
    text = "---\npublished: 2021-04-21\n---\nVerdict\n\nThe verdict came after the tragic arrest last May 25.\n"
    report = corpus(claims, {"a.txt": text}, base=False)
    assert finding(report, "died").verdict == "supports"


def test_a_long_subject_still_ties_its_verb_to_the_figure(corpus):
    text = (
        "The death toll in the partial collapse of a 12-story residential building in Surfside of US state "
        "Florida has risen to 54 on Wednesday, the mayor said."
    )
    assert verdicts(corpus, TOLL, text)["toll"] == "conflicts"


def test_a_title_case_headline_holds_no_unknown_holder(corpus):
    claims = PERSON.replace("role: [Prime Minister]", "role: [Attorney General, Prime Minister]")
    report = corpus(
        claims, {"a.txt": "Minnesota Attorney General Calls Chauvin Guilty Verdict\n\nThe body.\n"}, base=False
    )
    assert finding(report, "pm").verdict == "silent"


def test_a_figure_tied_to_the_subject_is_its_heads_not_a_word_inside_it(corpus):
    claims = """
claims:
  - id: storeys
    statement: The building had 12 storeys.
    about: [story, storeys, building]
    expect: {quantity: 12}
"""
    text = "The death toll in the partial collapse of a 12-story building in Surfside has risen to 54 on Wednesday."
    assert verdicts(corpus, claims, text)["storeys"] == "supports"


@pytest.mark.parametrize(
    "text",
    [
        "Owners of the condo would pay from $80,190 to $336,135 depending on the size of the unit.",
        "The fines run up to $5,000 depending on the offence, under the rescue rules.",
    ],
)
def test_an_amount_that_depends_on_each_item_is_no_total(corpus, text):
    claims = VALUE.replace("about: [rescue]", "about: [rescue, condo, fines]")
    assert verdicts(corpus, claims, text)["cost"] == "silent"


@pytest.mark.parametrize(
    "claims, text, expected",
    [
        (  # what a rescue chamber can do, in a sentence naming the depth
            "claims:\n  - id: depth\n    statement: The wreck lies 907 metres down.\n"
            "    about: [depth]\n    expect: {quantity: 907, unit: m, tolerance: 2%}\n",
            "The chamber can reach a bottomed submarine at depths of 850 feet.",
            "silent",
        ),
        (  # what a capsule was built for, in a sentence naming the rescue
            "claims:\n  - id: rescued\n    statement: The rescue brought up 33 people.\n"
            "    about: [rescue]\n    expect: {quantity: 33, unit: people}\n",
            "The rescue capsule, able to carry 2 people, was lowered.",
            "silent",
        ),
        (  # what happened, in the same words
            "claims:\n  - id: depth\n    statement: The wreck lies 907 metres down.\n"
            "    about: [depth]\n    expect: {quantity: 907, unit: m, tolerance: 2%}\n",
            "The wreck was found at a depth of 850 feet.",
            "conflicts",
        ),
    ],
)
def test_what_something_can_do_is_no_figure_of_what_happened(corpus, claims, text, expected):
    claim = "depth" if "depth" in claims else "rescued"
    assert verdicts(corpus, claims, text)[claim] == expected


# a length of another measure is no figure of the claims
ANOTHER_MEASURE = [
    (  # a drop is no length
        "claims:\n  - id: length\n    statement: The bridge was 1,907 feet long.\n"
        "    about: [bridge, span]\n    expect: {quantity: 1907, unit: ft, tolerance: 1%}\n",
        "length",
        "A central portion of the span fell into the river 20 meters below.",
        "silent",
    ),
    (  # a shaft's length is no depth
        "claims:\n  - id: depth\n    statement: The miners were trapped 700 metres underground.\n"
        "    about: [trapped, miners]\n    expect: {quantity: 700, unit: m, tolerance: 5%}\n",
        "depth",
        "The shaft to the trapped miners is 622 metres long.",
        "silent",
    ),
    (  # the claim's own measure still conflicts
        "claims:\n  - id: depth\n    statement: The miners were trapped 700 metres underground.\n"
        "    about: [trapped, miners]\n    expect: {quantity: 700, unit: m, tolerance: 5%}\n",
        "depth",
        "The miners were trapped 300 metres underground.",
        "conflicts",
    ),
]


QUAKE_DEPTH = """
scope: {date: 2011-02-22, window_days: 30}
claims:
  - id: depth
    statement: The quake struck at a depth of 5 km.
    about: [depth]
    expect: {quantity: 5, unit: km}
"""

SUMMIT_COST = """
scope: {date: 2018-06-12, window_days: 45}
claims:
  - id: cost
    statement: Singapore put its cost of hosting the summit at S$20 million.
    about: [cost, summit]
    expect: {quantity: 20 million, unit: SGD, tolerance: 5%}
"""


@pytest.mark.parametrize(
    "claims, claim, text",
    [
        # another occurrence, dated by a day outside the window in the clause the value hangs on
        (
            QUAKE_DEPTH,
            "depth",
            "It was shallower than the 7.1 quake on September 4, which was recorded at a depth of 33km.",
        ),
        (SUMMIT_COST, "cost", "It was dearer than the Hanoi summit on February 27, which cost S$5 million."),
        # a size is no one length
        (QUAKE_DEPTH, "depth", "The quake was smaller, with a rupture of about 15 x 15km at shallow depth."),
    ],
)
def test_another_days_value_or_a_size_is_no_figure_of_the_claims(corpus, claims, claim, text):
    assert (
        verdicts(corpus, claims, text, published="2011-02-24" if claims is QUAKE_DEPTH else "2018-06-13")[claim]
        == "silent"
    )


BRIDGE_COST = """
claims:
  - id: cost
    statement: The replacement bridge cost $234 million to build.
    about: [cost]
    expect: {quantity: 234 million, unit: USD, tolerance: 2%}
"""

DEAL_VALUE = """
claims:
  - id: value
    statement: The deal was worth $32 billion.
    about: [deal]
    expect: {quantity: 32 billion, unit: USD, tolerance: 2.5%}
"""


# an amount in a noun is that nouns
AMOUNT_IN_A_NOUN = [
    # what the money is, named after "in"
    (
        BRIDGE_COST,
        "cost",
        "The city is applying for $65 million in federal aid to cover the cost of losses.",
        "silent",
    ),
    (DEAL_VALUE, "value", "Under the deal, SoftBank will also pay $2 billion in break fees.", "silent"),
    # what else an amount measures, named after "in" and maybe a possessive: worth, takings, debt
    (
        DEAL_VALUE,
        "value",
        "The deal sparked concerns over the price tag and wiped out more than $30-billion in Adobe's market value.",
        "silent",
    ),
    (DEAL_VALUE, "value", "The deal would result in Broadcom assuming VMware's $8 billion in debt.", "silent"),
    (DEAL_VALUE, "value", "The deal follows revenues of $2 billion in 2022, but $610 million in losses.", "silent"),
    (DEAL_VALUE, "value", "The deal brought the two $41 billion in annual revenue last year.", "silent"),
    (
        DEAL_VALUE.replace("[deal]", "[deal, acuerdo]"),
        "value",
        "El acuerdo, que se anunció en septiembre, borró 30.000 millones de dólares en valor de mercado de Adobe.",
        "silent",
    ),
    (
        DEAL_VALUE.replace("[deal]", "[deal, acuerdo]"),
        "value",
        "El acuerdo, que se anunció en septiembre, estaba valorado en 30.000 millones de dólares.",
        "conflicts",
    ),
    # the amount itself, in a form of payment
    (DEAL_VALUE, "value", "Under the deal, SoftBank will pay $30 billion in cash.", "conflicts"),
    (BRIDGE_COST, "cost", "The new bridge will cost $300 million in total.", "conflicts"),
]


TOLL_13 = """
claims:
  - id: toll
    statement: The collapse killed 13 people.
    about: [death toll, killed]
    expect: {quantity: 13, unit: people}
"""

TRAPPED_33 = """
claims:
  - id: trapped
    statement: 33 miners were trapped.
    about: [trapped]
    expect: {quantity: 33, unit: people}
"""


# a number word alone counts where tied to the topic
NUMBER_WORDS = [
    # a number word alone, tied to the topic, is a figure
    (TOLL_13, "toll", "The death toll has climbed to seven.", "conflicts"),
    (TOLL_13, "toll", "Divers raised the death toll to thirteen.", "supports"),
    (TRAPPED_33, "trapped", "The men were trapped for seventeen days before thirty-three were found.", "silent"),
    # ... tied to nothing, or "one", is not
    (TOLL_13, "toll", "One of those killed was a child, and seven cars fell.", "silent"),
]


# a names possessive keeps a clause plain
POSSESSIVES = [
    (
        "claims:\n  - id: knee\n    statement: Chauvin knelt for 9 minutes and 29 seconds.\n"
        "    about: [kneeling]\n    expect: {term: 9 minutes and 29 seconds, conflicts: [nearly nine minutes]}\n",
        "knee",
        "The video shows Chauvin kneeling on Floyd's neck and back for nearly nine minutes.",
        "conflicts",
    ),
    (
        "claims:\n  - id: harpoons\n    statement: The harpoons failed to fire.\n"
        "    about: [harpoons]\n    expect: {term: failed, conflicts: [fired]}\n",
        "harpoons",
        "The harpoons on the lander's legs and on Philae's body then fired as planned.",
        "conflicts",
    ),
]


TOLL_ANY = """
claims:
  - id: toll
    statement: The quake killed 185 people.
    about: [toll]
    expect: {quantity: 185, unit: people}
"""


# a topic noun of another kind is a question
ANOTHER_KIND = [
    # another kind of the topic's noun
    (BRIDGE_COST, "cost", "The governor said the emergency response costs alone would be $8 million.", "unclear"),
    (TOLL_ANY, "toll", "Officials said the injury toll rose to 79.", "unclear"),
    # the claim's own, said plainly or with a neutral word
    (BRIDGE_COST, "cost", "The governor said the total cost would be $300 million.", "conflicts"),
    (TOLL_ANY, "toll", "Officials said the official toll rose to 7.", "conflicts"),
    # an amount right before the noun is its figure, not a kind of it
    (
        "claims:\n  - id: value\n    statement: The merger was worth $24.6 billion.\n"
        "    about: [merger]\n    expect: {quantity: 24.6 billion, unit: USD}\n",
        "value",
        "The two grocers announced a $24.6 million merger on Friday.",
        "conflicts",
    ),
    (
        "claims:\n  - id: premium\n    statement: The offer was a 27% premium.\n"
        "    about: [premium]\n    expect: {quantity: 27, unit: percent}\n",
        "premium",
        "That marks an 18 percent premium to the grocer's closing price on Thursday.",
        "conflicts",
    ),
]


PER_SHARE = """
claims:
  - id: price
    statement: The terms valued each share at $102.43.
    about: [each share, per share]
    expect: {quantity: 102.43, unit: USD}
"""


# cash paid beside shares is one part of the price
BESIDE_SHARES = [
    (
        PER_SHARE,
        "price",
        "Celgene shareholders will receive one Bristol-Myers Squibb share and $50 in cash for each share they hold.",
        "unclear",
    ),
    (
        PER_SHARE,
        "price",
        "Time Warner shareholders will receive $53.75 per share in cash and $53.75 per share in AT&T stock.",
        "unclear",
    ),
    # cash alone is the whole price, the same price put per share, or the forms the whole is paid in
    (PER_SHARE, "price", "Celgene shareholders will receive $90 in cash for each share they hold.", "conflicts"),
    (PER_SHARE, "price", "Bayer sweetened its offer per share to $129, or $56.5 billion in all.", "conflicts"),
    (PER_SHARE, "price", "Broadcom will pay $140 per share in cash and stock for VMware.", "conflicts"),
]


AWARD = """
claims:
  - id: defamation
    statement: On the defamation claim the jury awarded Carroll $2.98 million.
    about: [defamation, difamación]
    expect: {quantity: 2980000, unit: USD, tolerance: 1%}
"""
PENALTY = """
claims:
  - id: penalty
    statement: The judge fined Trump $355 million.
    about: [fine, penalty, judgment]
    expect: {quantity: 355000000, unit: USD}
"""


# sums of money each given for its own purpose beside other sums are parts of a breakdown
# (carroll-trump-verdict-2023, trump-fraud-ruling-2024)
PURPOSE_PARTS = [
    (
        AWARD,
        "defamation",
        "For defamation, the jury awarded Carroll $1.7 million for reputational repair and $1 million in"
        " compensatory damages and $280,000 in punitive damages.",
        "unclear",
    ),
    (
        PENALTY,
        "penalty",
        "The judgment included a $168 million fine for saved interest, $126 million for profits from the sale"
        " of the Old Post Office, and $60 million for profits from the sale of Ferry Point.",
        "unclear",
    ),
    (
        AWARD,
        "defamation",
        "Por difamación, el jurado otorgó 1,7 millones de dólares para reparar su reputación y un millón de"
        " dólares en daños.",
        "unclear",
    ),
    # the purpose is the claim's topic, a sum alone, or shares of the vote "for" a side
    (AWARD, "defamation", "The jury awarded $2 million for battery and $3.5 million for defamation.", "conflicts"),
    (PENALTY, "penalty", "The judge imposed a penalty of $400 million for fraud.", "conflicts"),
    (
        AWARD,
        "defamation",
        "El jurado otorgó 2 millones de dólares para la agresión y 3,5 millones de dólares para la difamación.",
        "conflicts",
    ),
]

ABOARD = """
claims:
  - id: passengers
    statement: The plane carried 144 passengers.
    about: [passengers, aboard]
    expect: {quantity: 144, unit: people}
"""


# parts of a group are not the total
PARTS_OF_A_GROUP = [
    # parts of a group, the rest besides someone, and counts of two nouns at once
    (ABOARD, "passengers", "It is thought 67 of the passengers on board were Germans.", "silent"),
    (ABOARD, "passengers", "An Airbus A320 carrying 150 passengers and crew crashed.", "silent"),
    (TOLL_13, "toll", "The club mourns Andreas and the other 12 killed in the disaster.", "silent"),
    (TRAPPED_33, "trapped", "Another 30 miners were trapped in a second shaft.", "silent"),
    # a share of a whole is the share itself
    (
        "claims:\n  - id: leave\n    statement: Leave won 51.9% of the vote.\n"
        "    about: [Leave]\n    expect: {quantity: 51.9, unit: percent}\n",
        "leave",
        "It was revealed that 52% of the public voted Leave.",
        "conflicts",
    ),
]


AGE_29 = """
entities:
  steenkamp: {name: Reeva Steenkamp, aliases: [Steenkamp]}
claims:
  - id: age
    statement: Reeva Steenkamp was 29 years old when she was killed.
    about: [steenkamp]
    expect: {quantity: 29, unit: year}
"""

AGE_46 = """
entities:
  floyd: {name: George Floyd, aliases: [Floyd]}
claims:
  - id: age
    statement: George Floyd was 46 years old.
    about: [floyd]
    expect: {quantity: 46, unit: year}
"""


@pytest.mark.parametrize(
    "claims, text, expected",
    [
        # a span of time is no age
        (AGE_29, "He was sentenced to five years' jail for killing Reeva Steenkamp.", "silent"),
        (AGE_46, "Floyd had served five years in prison in Texas.", "silent"),
        # an age is
        (AGE_29, "He shot Reeva Steenkamp, a 30-year-old model.", "conflicts"),
        (AGE_46, "George Floyd, 46 years old, died in May.", "supports"),
    ],
)
def test_a_claim_of_a_persons_age_reads_ages_only(corpus, claims, text, expected):
    """A thing's age may be a span ("the Merida Initiative has been on the books for 13 years"); a
    person's is written as an age."""
    assert verdicts(corpus, claims, text)["age"] == expected


# a span of time owned by another noun is that nouns
OWNED_SPANS = [
    # a span of time as the possessive of another noun
    (SENTENCE, "sentence", "The judge gave him five years' probation after the sentence was read.", "silent"),
    (
        "claims:\n  - id: age\n    statement: The pact is 13 years old.\n"
        "    about: [pact]\n    expect: {quantity: 13, unit: year}\n",
        "age",
        "The pact's author had ten years' experience.",
        "silent",
    ),
]


@pytest.mark.parametrize(
    "text",
    [
        "The minimum term that society will be happy with is ten years in jail, the prosecutor said.",
        "The maximum sentence a court in Minnesota could hand him for the murder is 40 years.",
    ],
)
def test_a_limit_set_in_the_figures_clause_is_no_sentence_given(corpus, text):
    assert verdicts(corpus, SENTENCE, text)["sentence"] == "silent"


ABOARD_150 = """
claims:
  - id: aboard
    statement: 150 people were aboard (144 passengers and six crew).
    about: [aboard, on board]
    expect: {quantity: 150, unit: people}
"""

TRAPPED_TOTAL = """
claims:
  - id: trapped
    statement: 33 people were trapped in the mine.
    about: [trapped]
    expect: {quantity: 33, unit: people}
"""


@pytest.mark.parametrize(
    "claims, claim, text",
    [
        (ABOARD_150, "aboard", "There were 144 passengers on board, including two babies, as well as six crew."),
        (TRAPPED_TOTAL, "trapped", "Rescuers said 20 workers and 12 miners were trapped below."),
    ],
)
def test_counts_of_two_kinds_of_people_are_groups_not_the_whole(corpus, claims, claim, text):
    assert verdicts(corpus, claims, text)[claim] == "silent"


@pytest.mark.parametrize(
    "claims, claim, text",
    [
        (ABOARD_150, "aboard", "According to French authorities, 144 passengers were aboard the plane."),
        (
            "claims:\n  - id: trapped\n    statement: 33 people were trapped (32 Chileans and one Bolivian).\n"
            "    about: [trapped]\n    expect: {quantity: 33, unit: people}\n",
            "trapped",
            "The 32 Chileans trapped in the mine wrote to their families.",
        ),
    ],
)
def test_a_count_of_a_part_the_statement_names_is_not_the_total(corpus, claims, claim, text):
    assert verdicts(corpus, claims, text)[claim] == "silent"


INJURED_BY = """
claims:
  - id: injured
    statement: The collapse injured 145 people.
    about: [injured]
    expect: {quantity: 145, unit: people}
"""


# headline capitals toll others and ages before the topic
CAPITALS_OTHERS_AGES = [
    # a title-case headline's capitals are no names
    (
        ABOARD,
        "passengers",
        "German Jetliner Crashes In Southern France, All 148 Passengers Aboard Feared Dead",
        "conflicts",
    ),
    (TOLL_ANY, "toll", "Christchurch Quake Toll Climbs To 113 As Rescuers Dig Through Rubble", "conflicts"),
    # "others" after the toll's own verb is that toll's count
    (INJURED_BY, "injured", "Authorities say the bridge collapse injured 100 others.", "conflicts"),
    (
        TOLL_ANY,
        "toll",
        "The quake killed 148 people and injured many others, and the toll rose to 148.",
        "conflicts",
    ),
    # an age before a run of nouns that ends in the topic is the topic's
    (
        AGE_29.replace("about: [steenkamp]", "about: [steenkamp, girlfriend]"),
        "age",
        "He is alleged to have shot his 30-year-old model girlfriend in the head.",
        "conflicts",
    ),
]


# a figure for the topic is the topics
FOR_THE_TOPIC = [
    (
        "claims:\n  - id: leave\n    statement: 17,410,742 votes were cast for Leave.\n"
        "    about: [Leave]\n    expect: {quantity: 17410742, tolerance: 0.3%}\n",
        "leave",
        'The number of votes cast stood at 7.8 million for "Leave", compared to 7.3 million for "Remain".',
        "conflicts",
    ),
    (
        "claims:\n  - id: cost\n    statement: Singapore spent S$20 million on the summit.\n"
        "    about: [summit]\n    expect: {quantity: 20 million, unit: SGD, tolerance: 5%}\n",
        "cost",
        "Officials said S$16 million for the summit and S$2 million for the media centre had been spent.",
        "conflicts",
    ),
]


# an ing word before the topic names its kind
ING_MODIFIERS = [
    (
        "claims:\n  - id: harpoons\n    statement: The harpoons failed to fire.\n"
        "    about: [harpoons]\n    expect: {term: failed, conflicts: [anchored, anchoring]}\n",
        "harpoons",
        "Mission controllers say the probe's anchoring harpoons failed.",
        "supports",
    ),
    (
        "claims:\n  - id: cause\n    statement: The hull imploded.\n"
        "    about: [hull]\n    expect: {term: imploded, conflicts: [exploded, exploding]}\n",
        "cause",
        "Engineers studied the exploding hull designs of older boats before the hull imploded.",
        "supports",
    ),
]


@pytest.mark.parametrize(
    "claims, claim, text, expected",
    [
        *ANOTHER_MEASURE,
        *AMOUNT_IN_A_NOUN,
        *NUMBER_WORDS,
        *POSSESSIVES,
        *ANOTHER_KIND,
        *BESIDE_SHARES,
        *PURPOSE_PARTS,
        *PARTS_OF_A_GROUP,
        *OWNED_SPANS,
        *CAPITALS_OTHERS_AGES,
        *FOR_THE_TOPIC,
        *ING_MODIFIERS,
    ],
)
def test_what_a_value_is_about(corpus, claims, claim, text, expected):
    assert verdicts(corpus, claims, text)[claim] == expected


@pytest.mark.parametrize(
    "claims, claim, text, expected",
    [
        (KINDS, "record", "Bolt has now dropped the world record from 9.74 to 9.58.", "supports"),
        (TOLL, "toll", "The death toll rose from 148 to 185 overnight.", "supports"),
        (COUNTS, "sentence", "Fraudsters were sentenced to terms ranging from 10 to 25 years.", "supports"),  # a range
    ],
)
def test_from_one_figure_to_another_is_a_change_to_the_second(corpus, claims, claim, text, expected):
    assert verdicts(corpus, claims, text)[claim] == expected


VENUES = """
scope: {event: Berlin world championships, date: 2009-08-16, window_days: 30}
claims:
  - id: venue
    statement: The record was set in Berlin.
    about: [world record, record]
    expect: {term: Berlin, conflicts: [Beijing]}
  - id: summit-venue
    statement: The leaders met in Singapore.
    about: [met, summit]
    expect: {term: Singapore, conflicts: [Hanoi]}
"""


@pytest.mark.parametrize(
    "text, claim",
    [
        ("Bolt already held the world record, set when winning gold in Beijing in 2008.", "venue"),
        ("His old record was set at the Beijing Olympics last year.", "venue"),
        ("The two leaders met again at a summit in Hanoi in 2019.", "summit-venue"),
    ],
)
def test_a_place_of_another_occurrence_is_no_conflict(corpus, text, claim):
    report = corpus(VENUES, {"a.md": "---\npublished: 2009-08-17\n---\nHeadline\n\n" + text + "\n"}, base=False)
    assert finding(report, claim, "a.md").verdict == "silent"


@pytest.mark.parametrize(
    "claims, claim, text, expected",
    [
        (KINDS, "record", "The 6ft 5in Jamaican set a world record, his third.", "silent"),
        (TOLL, "toll", "Rescuers cut through a 3 ft 6 slab, and the toll stands at 185.", "supports"),
    ],
)
def test_a_number_after_a_measure_in_another_unit_is_part_of_it(corpus, claims, claim, text, expected):
    assert verdicts(corpus, claims, text)[claim] == expected


OWNED = """
claims:
  - id: record
    statement: Bolt set a world record of 9.58.
    about: [Bolt]
    expect: {quantity: 9.58}
  - id: toll
    statement: The earthquake killed 185 people.
    about: [earthquake, toll]
    expect: {quantity: 185}
  - id: amlo-share
    statement: López Obrador won 53.19% of the vote.
    about: [López Obrador]
    expect: {quantity: 53.19, unit: percent, tolerance: 0.5}
  - id: macron-share
    statement: Macron won 66.1% of the vote.
    about: [Macron]
    expect: {quantity: 66.1, unit: percent, tolerance: 0.5}
"""


@pytest.mark.parametrize(
    "text, claim, expected",
    [
        # what the topic owns may be the very figure the claim gives of it
        ("An exit poll put López Obrador's support at 49 percent.", "amlo-share", "conflicts"),
        ("In the early count Macron's share stood at 58 percent.", "macron-share", "conflicts"),
        ("Bolt's starting speed was 0.146, the fastest of the field.", "record", "unclear"),
        ("The earthquake's aftershock count was 180 by Monday.", "toll", "unclear"),
        ("The earthquake's toll was 185 by Monday.", "toll", "supports"),  # the owned noun is a topic word
    ],
)
def test_a_figure_of_what_the_topic_owns_is_a_question(corpus, text, claim, expected):
    assert verdicts(corpus, OWNED, text)[claim] == expected


ACTORS = """
claims:
  - id: colombia
    statement: Colombians rejected the peace deal.
    about: [Colombia]
    expect: {term: rejected, conflicts: [approves, approved]}
  - id: britain
    statement: Britain rejected the deal.
    about: [Britain]
    expect: {term: rejected, conflicts: [approved]}
"""


@pytest.mark.parametrize(
    "text, claim, expected",
    [
        ("Colombia's congress approves revised deal with FARC.", "colombia", "silent"),
        ("Britain's parliament has approved the deal.", "britain", "silent"),
        ("Britain approved the deal after all.", "britain", "conflicts"),
    ],
)
def test_the_act_of_what_the_topic_owns_is_not_the_topics(corpus, text, claim, expected):
    assert verdicts(corpus, ACTORS, text)[claim] == expected


PARTS_TOTAL = """
claims:
  - id: toll
    statement: The attacks killed 77 people.
    about: [killed, killing, dead]
    expect: {quantity: 77, unit: people}
  - id: quake-toll
    statement: The earthquake killed 185 people.
    about: [killed, dead, died]
    expect: {quantity: 185, unit: people}
"""


@pytest.mark.parametrize(
    "text, claim, expected",
    [
        ("He set off a bomb that killed eight people; then he went to the camp, killing 69.", "toll", "unclear"),
        ("In the CTV building 115 people died, while 70 people died in the rest of the city.", "quake-toll", "unclear"),
        ("He set off a bomb that killed eight people; then he went to the camp, killing 60.", "toll", "conflicts"),
        ("The quake killed 181 people. Four of the dead were never named.", "quake-toll", "conflicts"),
    ],
)
def test_figures_that_add_up_to_the_claims_total_are_its_parts(corpus, text, claim, expected):
    assert verdicts(corpus, PARTS_TOTAL, text)[claim] == expected


RULINGS = """
claims:
  - id: found-sane
    statement: The court found Breivik sane.
    about: [court, judges]
    expect: {term: sane, conflicts: [insane]}
  - id: rejected
    statement: Voters rejected the peace agreement.
    about: [voters, deal]
    expect: {term: rejected, conflicts: [approve, approved]}
"""


@pytest.mark.parametrize(
    "text, claim, expected",
    [
        ("Prosecutors asked judges in Oslo to rule him insane.", "found-sane", "silent"),
        (
            "Despite prosecutors calling for the court to judge him insane, the judges found him sane.",
            "found-sane",
            "supports",
        ),
        ("The ruling paints him as a terrorist instead of an insane killer, the court said.", "found-sane", "silent"),
        ("Santos urged voters to approve the deal on Sunday.", "rejected", "silent"),
        ("The prosecution, however, wanted judges to deem him insane.", "found-sane", "silent"),
        ("Santos wanted voters to approve the deal, and he wished them to approve it soon.", "rejected", "silent"),
        ("Voters approved the deal rather than reject it.", "rejected", "conflicts"),
        ("The judges found him insane.", "found-sane", "conflicts"),
    ],
)
def test_what_is_asked_for_or_denied_is_no_term_of_what_was_decided(corpus, text, claim, expected):
    assert verdicts(corpus, RULINGS, text)[claim] == expected


BODIES = """
claims:
  - id: complainants
    statement: The counts concerned four men, the complainants.
    about: [complainants, accusers, men]
    expect: {quantity: 4, unit: people}
  - id: jury-men
    statement: The jury was seven men and five women.
    about: [men]
    expect: {quantity: 7, unit: people}
"""


@pytest.mark.parametrize(
    "text, claim, expected",
    [
        ("The case went to a 12-member jury made up of nine men and three women.", "complainants", "silent"),
        ("The jury of seven men and five women deliberated for nearly 27 hours.", "complainants", "silent"),
        ("Three men accused him of assault.", "complainants", "conflicts"),
        ("The jury of seven men and five women deliberated for nearly 27 hours.", "jury-men", "supports"),
    ],
)
def test_a_count_after_a_body_of_is_its_make_up(corpus, text, claim, expected):
    """ "The jury of nine men" counts the jury's members, not the claim's men, unless the claim
    speaks of the jury (wording from the Spacey and Weinstein coverage)."""
    assert verdicts(corpus, BODIES, text)[claim] == expected


TOLL_VERBS = """
claims:
  - id: death-toll
    statement: The floods killed about 4,350 people.
    about: [death toll, toll, killed]
    expect: {quantity: 4352, unit: people}
"""


@pytest.mark.parametrize(
    "text",
    [
        "The Libyan Red Crescent says that the death toll from floods in the eastern Libyan city of Derna has soared "
        "to 11,300.",
        "The death toll from Hurricane Ian climbed past 80 on Sunday as rescuers searched flooded homes.",
        "Officials said the toll from the storm surged to 2,000 overnight.",
        # the subject of a clause opened by "as" or "when" starts after it
        "She was pulled out of the basement of the flattened nine-storey building at 4:25pm as the death toll "
        "from the collapse reached 1,043.",
        "Rescuers were still digging through the mud of the valley after dark when the death toll from the floods "
        "rose to 2,000.",
    ],
)
def test_a_toll_that_soars_or_climbs_past_a_figure_is_the_tolls(corpus, text):
    """The subject of "has soared to", "climbed past" is the toll, however long its complements,
    and a speaker's "says that" or a clause's "as" does not count against its reach (wording from
    the Derna, Hurricane Ian and Rana Plaza coverage)."""
    assert verdicts(corpus, TOLL_VERBS, text)["death-toll"] == "conflicts"


SIDE_FIGURES = """
claims:
  - id: votes-cast
    statement: 33,551,983 votes were cast.
    about: [votes, votes cast]
    expect: {quantity: 33551983, tolerance: 1%}
"""


@pytest.mark.parametrize(
    "text, expected",
    [
        ("In the count of votes, Leave won 17,410,742 votes and Remain got 16,141,241 votes.", "silent"),
        ("The libertarian Milei received 14,476,462 votes, and Massa got 11,516,142 votes.", "silent"),
        ("In all 30,612,000 votes were cast.", "conflicts"),
    ],
)
def test_each_sides_figure_is_a_part_of_the_total(corpus, text, expected):
    """Figures won side by side ("Leave won …, Remain got …") are each side's, not the total
    (wording from the Brexit and Argentine run-off coverage)."""
    assert verdicts(corpus, SIDE_FIGURES, text)["votes-cast"] == expected


ONE_MORE = """
claims:
  - id: complainants
    statement: The counts concerned four men, the complainants.
    about: [complainants, accusers, men]
    expect: {quantity: 4, unit: people}
  - id: toll
    statement: The crash killed four people.
    about: [killed, died, dead]
    expect: {quantity: 4, unit: people}
"""


@pytest.mark.parametrize(
    "text, claim, expected",
    [
        (
            "He was accused of crotch grabs against three men, while a fourth complainant said he was drugged.",
            "complainants",
            "silent",
        ),
        ("Three people died at the scene of the crash and a fourth died later in hospital.", "toll", "unclear"),
        ("Three people died at the scene of the crash, police said.", "toll", "conflicts"),
    ],
)
def test_a_count_followed_by_one_more_ordinal_is_a_part(corpus, text, claim, expected):
    """ "Three men, while a fourth complainant" counts three of four (wording from the Spacey
    coverage and a crash report)."""
    assert verdicts(corpus, ONE_MORE, text)[claim] == expected


AGES_WITHOUT_YEARS_OLD = """
entities:
  spacey: {name: Kevin Spacey, aliases: [Spacey]}
  maxwell: {name: Ghislaine Maxwell, aliases: [Maxwell]}
  woods: {name: Tiger Woods, aliases: [Woods]}
claims:
  - id: spacey-age
    statement: Spacey was 64 when the jury acquitted him.
    about: [spacey]
    expect: {quantity: 64, unit: year}
  - id: maxwell-age
    statement: Maxwell was 60 at the verdict.
    about: [maxwell]
    expect: {quantity: 60, unit: year}
  - id: woods-age
    statement: Woods was 43 when he won the Masters.
    about: [woods]
    expect: {quantity: 43, unit: year}
"""


@pytest.mark.parametrize(
    "text, claim, expected",
    [
        ("Kevin Spacey, 63, denies all the charges against him.", "spacey-age", "conflicts"),
        ("The jury was told that Spacey had spent 12 years in London.", "spacey-age", "silent"),
        ("Maxwell (60) was found guilty on five out of the six counts.", "maxwell-age", "supports"),
        ("Leaderboard after the third round: -14: Woods (17)", "woods-age", "silent"),
    ],
)
def test_a_persons_figure_in_years_written_bare_is_an_age(corpus, text, claim, expected):
    """ "Spacey was 64" states an age though it never says "years old": ages are read in the shapes
    news gives them ("Spacey, 63,", "Maxwell (60) was"), spans of time are not (wording from the
    Spacey, Maxwell and Masters coverage)."""
    assert verdicts(corpus, AGES_WITHOUT_YEARS_OLD, text)[claim] == expected


LEADS = """
claims:
  - id: winning-margin
    statement: Duterte won by a margin of 6.6 million votes.
    about: [margin, lead, leading]
    expect: {quantity: 6600000}
  - id: points-lead
    statement: Leicester won the title by ten points.
    about: [lead, leading, margin]
    expect: {quantity: 10}
"""


@pytest.mark.parametrize(
    "text, claim, expected",
    [
        (
            "Mr Duterte held 38.65 per cent, leading the race with 5.92 million votes over his nearest rival.",
            "winning-margin",
            "conflicts",
        ),
        (
            "Leicester stayed top, leading with 12 points over rivals Arsenal and Spurs.",
            "points-lead",
            "conflicts",
        ),
    ],
)
def test_what_a_count_counts_ends_before_over_or_against(corpus, text, claim, expected):
    """ "5.92 million votes over his nearest rival" counts votes, not "his" (wording from the
    Philippine election and Leicester title coverage)."""
    assert verdicts(corpus, LEADS, text)[claim] == expected


ORDINAL_COUNTS = """
claims:
  - id: slam-count
    statement: The 2023 US Open was Djokovic's 24th Grand Slam singles title.
    about: [Grand Slam, major]
    expect: {quantity: 24}
  - id: major-count
    statement: The 2019 Masters was Woods's 15th major championship.
    about: [major, major championship]
    expect: {quantity: 15}
"""


@pytest.mark.parametrize(
    "text, claim, expected",
    [
        ("Djokovic claimed his 24th Grand Slam title with victory over Medvedev.", "slam-count", "supports"),
        ("Tiger Woods collected his 15th major win at Augusta on Sunday.", "major-count", "supports"),
        ("It also marked Woods’s 15th major championship.", "major-count", "supports"),
        # another number may name an earlier one: a question, not a conflict
        ("His 20th Grand Slam title came at Wimbledon in 2021.", "slam-count", "unclear"),
        # a rank within a frame counts something else
        ("It was his third Grand Slam of 2023 and his second major this year.", "slam-count", "silent"),
        ("He won his 14th major at Torrey Pines in 2008.", "major-count", "silent"),
        # after a determiner and a few words, the claim's rank is the count too
        ("Djokovic won a record-equalling 24th Grand Slam title in New York.", "slam-count", "supports"),
        ("Woods claimed a remarkable 15th major, his first since 2008.", "major-count", "supports"),
        # but another rank there is as often a place in a row: none
        ("Medvedev was bidding for a second Grand Slam title.", "slam-count", "silent"),
        ("The fire broke out around the 65th floor of the major tower.", "major-count", "silent"),
    ],
)
def test_an_owners_ordinal_before_the_topic_is_a_count(corpus, text, claim, expected):
    """ "his 24th Grand Slam title" counts his titles (wording from the US Open and Masters
    coverage); the same number supports, another is unclear, a rank within a frame is none."""
    assert verdicts(corpus, ORDINAL_COUNTS, text)[claim] == expected


TOLL_PAIRS = """
claims:
  - id: death-toll
    statement: The blast killed 218 people.
    about: [toll, killed, dead]
    expect: {quantity: 218, unit: people}
"""


@pytest.mark.parametrize(
    "text, expected",
    [
        ("At least 178 dead and 7,000 injured in Lebanon", "conflicts"),
        ("The explosions have left at least 44 people dead and 500 injured in the city.", "conflicts"),
        ("The explosions have left at least 500 injured and 44 people dead in the city.", "conflicts"),
    ],
)
def test_a_count_is_the_toll_its_own_words_name_not_the_next_ones(corpus, text, expected):
    """ "178 dead and 7,000 injured": the toll word right after a number names what it counts,
    whatever toll follows (wording from the Beirut and Tianjin coverage)."""
    assert verdicts(corpus, TOLL_PAIRS, text)["death-toll"] == expected


PRICES = """
entities:
  whatsapp: {name: WhatsApp}
  fox: {name: 21st Century Fox, aliases: [Fox]}
claims:
  - id: deal-value
    statement: Facebook agreed to buy WhatsApp for about $19 billion.
    about: [deal, acquisition, acquire, buy, purchase, countersue]
    expect: {quantity: 19 billion, unit: USD, tolerance: 2%}
"""


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "According to the Journal, Facebook is purchasing the popular messaging app WhatsApp for $16 billion.",
            "conflicts",
        ),
        (
            "Disney is buying a large part of the Murdoch family's 21st Century Fox for about $52.4 billion in stock.",
            "conflicts",
        ),
        ("It said it would acquire the British chip designer WhatsApp Holdings for $23.4 billion.", "conflicts"),
        ("The talks were about a plan to acquire the popular messaging app WhatsApp for $19 billion.", "supports"),
        ("Facebook once agreed to buy the photo-sharing app Instagram, in 2012, for $1 billion.", "unclear"),
        (
            "Heard had decided to countersue the messaging app WhatsApp and its chief for $16 billion.",
            "silent",
        ),
    ],
)
def test_the_amount_for_which_a_name_of_the_story_is_bought_is_its_price(corpus, text, expected):
    """However long the object's name, what a buyer pays "for" a name of the story is the price
    (wording from the Facebook–WhatsApp, Disney–Fox and SoftBank–ARM coverage); an object the fact
    sheet never names leaves the amount unclear, and a suit's verb makes it what was asked for,
    no price at all."""
    assert verdicts(corpus, PRICES, text)["deal-value"] == expected


PLEAS = """
claims:
  - id: verdict-guilty
    statement: The jury found him guilty.
    about: [jury, jurors, verdict, jurado, veredicto]
    expect: {term: guilty, supports: [culpable], conflicts: [not guilty, no culpable, inocente]}
  - id: voted-no
    statement: Voters said No.
    about: [voted, voters]
    expect: {term: said No, supports: ["No"], conflicts: ["Yes"]}
"""


@pytest.mark.parametrize(
    "text, claim, expected",
    [
        (
            "Murdaugh has pleaded not guilty, and the jury began its deliberations on Thursday.",
            "verdict-guilty",
            "silent",
        ),
        (
            "Bankman-Fried, pleading not guilty to seven counts, went before a jury in Manhattan.",
            "verdict-guilty",
            "silent",
        ),
        ("The jury was told that Trump had entered a not guilty plea.", "verdict-guilty", "silent"),
        (
            "Ante el jurado de Nueva York, Maxwell se declaró inocente de los seis cargos que le imputa la fiscalía.",
            "verdict-guilty",
            "silent",
        ),
        (
            "El jurado de Nueva York declaró a Maxwell culpable de cinco de los seis cargos que le imputa la fiscalía.",
            "verdict-guilty",
            "supports",
        ),
        (
            "The jury found him not guilty after he had pleaded guilty to a lesser charge.",
            "verdict-guilty",
            "conflicts",
        ),
        (
            "A jury slip allowed jurors to select guilty or not guilty to the two distinct charges.",
            "verdict-guilty",
            "silent",
        ),
        ("A total of 3,619,915 people voted Yes or No - a turnout of 84.5%.", "voted-no", "silent"),
        ("A total of 2,001,926 people voted No.", "voted-no", "supports"),
    ],
)
def test_a_plea_or_a_choice_offered_is_no_term_of_what_was_decided(corpus, text, claim, expected):
    """A defendant's plea answers the charge, and "guilty or not guilty" offers both: neither says
    what the jury decided (wording from the Murdaugh, Bankman-Fried, Trump, Maxwell, Tsarnaev and
    Scottish referendum coverage)."""
    assert verdicts(corpus, PLEAS, text)[claim] == expected


WHEN = """
scope: {event: The verdict, date: 2012-08-24, window_days: 60}
claims:
  - id: verdict-date
    statement: The court delivered its verdict on 24 August 2012.
    about: [verdict]
    expect: {date: 2012-08-24}
  - id: vote-date
    statement: The referendum was held on 23 June 2016.
    about: [referendum]
    expect: {date: 2016-06-23}
  - id: attacks-month
    statement: The attacks took place in July 2011.
    about: [attack, killed]
    expect: {month: 2011-07}
"""
FERRY = """
scope: {event: The first anniversary of the sinking, date: 2015-04-16, window_days: 400}
claims:
  - id: ferry-month
    statement: The ferry sank in April 2014.
    about: [sank, sinking]
    expect: {month: 2014-04}
"""


@pytest.mark.parametrize(
    "text, claim",
    [
        ("The judges are expected to announce their verdict on either July 20 or August 24.", "verdict-date"),
        ("The referendum will be held on 23 June or 30 June, officials said.", "vote-date"),
    ],
)
def test_dates_given_as_alternatives_are_a_question(corpus, text, claim):
    assert verdicts(corpus, WHEN, text)[claim] == "unclear"


@pytest.mark.parametrize(
    "text, claim, published, expected",
    [
        ("Breivik, who killed 77 people in Norway last July, should be locked up.", "attacks-month", None, "unclear"),
        (
            "The families of those who died when the ferry sank last April met on Monday.",
            "ferry-month",
            None,
            "unclear",
        ),
        (
            "Breivik, who killed 77 people in Norway last July, should be locked up.",
            "attacks-month",
            "2012-07-02",
            "supports",
        ),
        ("The families of those who died when the ferry sank last April met.", "ferry-month", "2015-04-16", "supports"),
        (
            "The families of those who died when the ferry sank last April met.",
            "ferry-month",
            "2016-04-20",
            "conflicts",
        ),
    ],
)
def test_last_month_with_no_publication_date_is_a_question(corpus, text, claim, published, expected):
    assert verdicts(corpus, FERRY if claim == "ferry-month" else WHEN, text, published)[claim] == expected


LASTING = """
scope: {event: The vote, date: 2016-10-02, window_days: 30}
claims:
  - id: war-began
    statement: The war began in 1964.
    about: [war, conflict]
    expect: {year: 1964}
"""


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Santos's plan to end the 52-year war was rejected.", "supports"),
        ("The accord would end 52 years of conflict with the FARC.", "supports"),
        ("Sri Lanka's government ended 26 years of war in 2009, he recalled.", "unclear"),
        ("The 1980 invasion began an eight-year war with Iran.", "unclear"),
    ],
)
def test_how_long_the_topic_has_lasted_gives_the_year_it_began(corpus, text, expected):
    assert verdicts(corpus, LASTING, text, published="2016-10-03")["war-began"] == expected


BESIDE_AGREEING = """
claims:
  - id: no-share
    statement: The No side won 55.3% of the vote.
    about: [No vote, No side]
    expect: {quantity: 55.3, unit: percent}
  - id: no-votes
    statement: 2,001,926 votes were cast for No.
    about: [no side, No vote]
    expect: {quantity: 2001926}
  - id: cost
    statement: The mission cost $75 million.
    about: [mission, budget]
    expect: {quantity: 75 million, unit: USD}
"""


@pytest.mark.parametrize(
    "text, claim, expected",
    [
        ('The "No" vote was 55.3% and "Yes" vote was 44.7%.', "no-share", "supports"),
        (
            "With all 32 council areas in, the no side won with 2,001,926 votes over 1,617,989 for yes.",
            "no-votes",
            "supports",
        ),
        (
            "Interstellar was filmed against a budget of $165 million, whereas the government spent $75 million "
            "on the mission.",
            "cost",
            "supports",
        ),
        ('The "No" vote was 54.9% and "Yes" vote was 45.1%.', "no-share", "conflicts"),
    ],
)
def test_a_figure_beside_the_topics_agreeing_one_is_anothers(corpus, text, claim, expected):
    assert verdicts(corpus, BESIDE_AGREEING, text)[claim] == expected


DEAL_PARTS = """
scope: {event: Facebook's acquisition of WhatsApp, date: 2014-02-19, window_days: 60}
entities:
  facebook: {name: Facebook}
  whatsapp: {name: WhatsApp}
claims:
  - id: cash
    statement: $4 billion of the price was paid in cash.
    about: [cash]
    expect: {quantity: 4 billion, unit: USD}
  - id: shares
    statement: $12 billion was paid in Facebook shares.
    about: [shares, stock]
    expect: {quantity: 12 billion, unit: USD}
  - id: price
    statement: Facebook agreed to buy WhatsApp for $19 billion.
    about: [deal, acquisition, purchase]
    expect: {quantity: 19 billion, unit: USD}
  - id: announced
    statement: The deal was announced on 19 February 2014.
    about: [deal, acquisition, purchase]
    expect: {date: 2014-02-19}
"""


@pytest.mark.parametrize(
    "text, claim, expected",
    [
        ("Facebook is paying up to $19bn in cash, stock and earnouts to acquire WhatsApp.", "cash", "silent"),
        ("Sequoia is now receiving more than $3 billion in cash and stock for its stake.", "shares", "silent"),
        ("Facebook will pay $4 billion in cash.", "cash", "supports"),
        ("The deal is worth $5 billion in cash and stock.", "price", "conflicts"),
    ],
)
def test_an_amount_in_several_forms_is_none_of_them_alone(corpus, text, claim, expected):
    assert verdicts(corpus, DEAL_PARTS, text)[claim] == expected


@pytest.mark.parametrize(
    "text, claim, expected",
    [
        (
            "It includes $4 billion in cash and approximately $12 billion (€8.7 billion) worth of shares.",
            "cash",
            "supports",
        ),
        ("Facebook paid in cash and handed over £5m worth of equipment.", "cash", "silent"),
        ("Facebook paid in shares: $12 billion worth of stock.", "shares", "supports"),
    ],
)
def test_an_amount_worth_of_a_noun_is_that_nouns(corpus, text, claim, expected):
    assert verdicts(corpus, DEAL_PARTS, text)[claim] == expected


@pytest.mark.parametrize(
    "text, claim, expected",
    [
        (
            "The deal dwarfs Facebook's purchase of Instagram and Google's acquisition of Waze, each for $1 billion.",
            "price",
            "unclear",
        ),
        (
            "The WhatsApp deal dwarfs Yahoo's purchase of blogging site Tumblr last year for $1.1bn.",
            "announced",
            "unclear",
        ),
        ("Microsoft's acquisition of Nokia cost $7.2bn, far less than this deal.", "price", "unclear"),
        ("Facebook's acquisition of WhatsApp cost $16bn.", "price", "conflicts"),
    ],
)
def test_the_topics_noun_owned_by_a_name_the_fact_sheet_never_uses_is_a_question(corpus, text, claim, expected):
    assert verdicts(corpus, DEAL_PARTS, text, published="2014-02-20")[claim] == expected


JOINED_UNITS = """
claims:
  - id: margin
    statement: No won by 383,937 votes.
    about: [margin, lead]
    expect: {quantity: 383937}
  - id: majority
    statement: The coalition's majority is 12 seats.
    about: [majority]
    expect: {quantity: 12}
"""


@pytest.mark.parametrize(
    "text, claim, expected",
    [
        ("Polls gave the No campaign a 10-point lead on Thursday.", "margin", "unclear"),
        ("The coalition now holds a 3-vote majority in the Senate.", "majority", "unclear"),
        ("No won with a 383,937-vote margin.", "margin", "supports"),
        ("No won with a 383,000-vote margin.", "margin", "conflicts"),
    ],
)
def test_a_number_joined_to_an_unknown_unit_is_counted_in_it(corpus, text, claim, expected):
    assert verdicts(corpus, JOINED_UNITS, text)[claim] == expected


HOW_SURE = """
claims:
  - id: magnitude
    statement: The earthquake had a moment magnitude of 7.8.
    about: [earthquake, quake]
    expect: {quantity: 7.8}
  - id: toll
    statement: The fire killed 72 people.
    about: [dead, toll]
    expect: {quantity: 72, unit: people}
  - id: turnout
    statement: Turnout was 84.6%.
    about: [turnout]
    expect: {quantity: 84.6, unit: percent}
"""


@pytest.mark.parametrize(
    "text, claim",
    [
        ("Police said 58 people were feared dead on Saturday.", "toll"),
        ("Nearly 300 people were presumed dead after the ferry sank.", "toll"),
        ("The vote saw an unprecedented turnout of almost 90%.", "turnout"),
        ("The referendum drew a record turnout of 72%.", "turnout"),
        ("Nepal was hit by a powerful earthquake measuring 7.9 on Saturday.", "magnitude"),
        ("Christchurch was hit by a strong quake measuring 7.1 in September.", "magnitude"),
        ("An avalanche was triggered by the 7.9-magnitude earthquake.", "magnitude"),
    ],
)
def test_how_sure_or_how_large_is_no_other_kind_of_the_topic(corpus, text, claim):
    assert verdicts(corpus, HOW_SURE, text)[claim] == "conflicts"


COUNTS_AND_PARTS = """
claims:
  - id: users
    statement: WhatsApp had 450 million monthly users.
    about: [users]
    expect: {quantity: 450 million, unit: people, tolerance: 1%}
  - id: voters
    statement: 34.9 million Colombians were registered to vote.
    about: [voters]
    expect: {quantity: 34.9 million, unit: people}
  - id: miners
    statement: 33 miners were trapped.
    about: [miners]
    expect: {quantity: 33, unit: people}
  - id: price
    statement: Facebook agreed to buy WhatsApp for $19 billion.
    about: [deal]
    expect: {quantity: 19 billion, unit: USD}
  - id: cash
    statement: $4 billion was paid in cash.
    about: [cash]
    expect: {quantity: 4 billion, unit: USD}
  - id: toll
    statement: The quake killed 185 people.
    about: [toll, bodies]
    expect: {quantity: 185, unit: people}
"""


@pytest.mark.parametrize(
    "text, claim, expected",
    [
        ("WhatsApp has more than 450 million monthly users, the company said.", "users", "supports"),
        ("The app had 300 million monthly users a year ago.", "users", "conflicts"),
        ("Colombia's 34.9 million registered voters were called to the polls.", "voters", "supports"),
        ("The acquisition gives Facebook access to WhatsApp's more than 450 million users.", "users", "supports"),
        ("The company now has 450 million users located across the globe.", "users", "supports"),
        ("Rescuers reached the 33 miners trapped underground.", "miners", "supports"),
        ("The deal to buy it includes $4bn in cash.", "price", "silent"),
        ("The deal to buy it includes $4bn in cash and $12bn in shares.", "cash", "supports"),
        ("Divers recovered an additional 12 bodies on Friday, raising the toll.", "toll", "silent"),
    ],
)
def test_counts_with_a_scale_word_and_parts_of_a_whole(corpus, text, claim, expected):
    assert verdicts(corpus, COUNTS_AND_PARTS, text)[claim] == expected


HOLDERS = """
entities:
  darling: {name: Alistair Darling}
  salmond: {name: Alex Salmond}
  weiner: {name: Jeff Weiner}
  zurbuchen: {name: Thomas Zurbuchen}
  chambers: {name: Stuart Chambers}
claims:
  - id: leader
    statement: The Better Together campaign was led by Alistair Darling.
    about: [Better Together]
    expect: {person: darling, role: [leader, led, headed]}
  - id: ceo
    statement: LinkedIn's chief executive was Jeff Weiner.
    about: [CEO]
    expect: {person: weiner, role: [CEO, chief executive]}
  - id: science-chief
    statement: NASA's science chief was Thomas Zurbuchen.
    about: [Science Mission Directorate]
    expect: {person: zurbuchen, role: [Science Mission Directorate]}
  - id: chairman
    statement: ARM's chairman was Stuart Chambers.
    about: [chairman]
    expect: {person: chambers, role: [chairman]}
"""


@pytest.mark.parametrize(
    "text, claim, expected",
    [
        ("The Better Together campaign, headed by former Chancellor Alistair Darling, won.", "leader", "supports"),
        ("The Better Together campaign, led by former Colombian President Alistair Darling.", "leader", "supports"),
        ("The Better Together campaign, headed by the Scottish Chancellor Alistair Darling.", "leader", "supports"),
        ("The Yes campaign, led by First Minister Alex Salmond, lost.", "leader", "silent"),
        ("The leader of the Better Together campaign, Alistair Darling, spoke.", "leader", "supports"),
        ("Jeff Weiner will remain CEO of LinkedIn, the companies said.", "ceo", "supports"),
        (
            "Thomas Zurbuchen, Associate Administrator for the Science Mission Directorate at NASA, said.",
            "science-chief",
            "supports",
        ),
        ("Stuart Chambers, who was chairman of ARM Holdings when it was bought, spoke.", "chairman", "supports"),
        ("The chairman of ARM Holdings, a British company, spoke.", "chairman", "silent"),
    ],
)
def test_a_role_held_in_more_shapes(corpus, text, claim, expected):
    assert verdicts(corpus, HOLDERS, text)[claim] == expected


STRANGERS = """
scope: {event: Facebook's acquisition of WhatsApp, date: 2014-02-19, window_days: 60}
entities:
  facebook: {name: Facebook}
  whatsapp: {name: WhatsApp}
claims:
  - id: price
    statement: Facebook agreed to buy WhatsApp for $19 billion.
    about: [deal, paid, invested, cost]
    expect: {quantity: 19 billion, unit: USD}
  - id: toll
    statement: The fire killed 72 people.
    about: [died, dead]
    expect: {quantity: 72, unit: people}
"""


@pytest.mark.parametrize(
    "text, claim, expected",
    [
        ("In 2011 the deal was small. Sequoia Capital invested about $8 million.", "price", "unclear"),
        ("The deal makes history. Mr Arora invested over $3 billion.", "price", "unclear"),
        ("Hollywood's Interstellar cost $165 million, far more than the deal.", "price", "unclear"),
        ("Facebook paid $16 billion for the deal.", "price", "conflicts"),
        ("Police said 58 people died in the fire.", "toll", "conflicts"),
    ],
)
def test_a_figure_of_a_subject_the_fact_sheet_never_names_is_a_question(corpus, text, claim, expected):
    assert verdicts(corpus, STRANGERS, text)[claim] == expected


NO_UNIT = """
claims:
  - id: magnitude
    statement: The earthquake had a magnitude of 7.8.
    about: [earthquake, quake]
    expect: {quantity: 7.8}
  - id: aboard
    statement: 476 people were aboard the ferry.
    about: [aboard]
    expect: {quantity: 476}
"""


@pytest.mark.parametrize(
    "text, claim, expected",
    [
        ("Almost 5 million people have been affected by the earthquake.", "magnitude", "silent"),
        ("The quake hit a region home to 600 people.", "magnitude", "silent"),
        ("The quake, a magnitude 7.9, struck at noon.", "magnitude", "conflicts"),
        ("The ferry had 459 people aboard.", "aboard", "conflicts"),
    ],
)
def test_a_count_of_people_is_no_figure_of_a_claim_that_counts_no_one(corpus, text, claim, expected):
    assert verdicts(corpus, NO_UNIT, text)[claim] == expected


ELSEWHERE = """
scope: {event: Nepal earthquake, date: 2015-04-25, window_days: 60}
entities:
  koirala: {name: Sushil Koirala}
  ranieri: {name: Claudio Ranieri}
claims:
  - id: toll
    statement: The Nepal earthquake killed 8,856 people.
    about: [deaths, killed, dead, died]
    expect: {quantity: 8856, unit: people}
  - id: ferry-toll
    statement: The ferry sinking killed 304 people.
    about: [killed, died]
    expect: {quantity: 304, unit: people}
  - id: quake-date
    statement: The earthquake struck on Saturday 25 April 2015.
    about: [earthquake]
    expect: {date: 2015-04-25}
"""
MANAGER = """
scope: {event: Leicester City's title, date: 2016-05-02, window_days: 30}
entities:
  ranieri: {name: Claudio Ranieri}
  pearson: {name: Nigel Pearson}
claims:
  - id: manager
    statement: Leicester's manager was Claudio Ranieri.
    about: [manager]
    expect: {person: ranieri, role: [manager]}
"""


@pytest.mark.parametrize(
    "text, claim, expected",
    [
        ("In Bangladesh, four deaths have been reported.", "toll", "unclear"),
        ("In Tibet, roads buckled, leading to the deaths of at least 12.", "toll", "unclear"),
        ("Three Americans died in the avalanche triggered by the Nepal earthquake.", "toll", "silent"),
        ("Four Chileans were among those killed in Nepal.", "toll", "silent"),
        ("At least 18 people died in the avalanche on Saturday, officials in Nepal said.", "toll", "unclear"),
        (
            "Two years ago 250 people were killed after a landslide, and now 304 died in the sinking.",
            "ferry-toll",
            "supports",
        ),
        ("In Nepal, 5,057 deaths have been reported.", "toll", "conflicts"),
    ],
)
def test_values_of_another_place_group_event_or_time_are_no_conflict(corpus, text, claim, expected):
    assert (
        verdicts(corpus, ELSEWHERE, text, published="2015-05-20" if claim != "manager" else "2016-05-03")[claim]
        == expected
    )


def test_a_weekday_by_the_topics_noun_is_the_nouns_whatever_the_sentences_tense(corpus):
    text = "The death toll from the original earthquake on Saturday could rise, as remote areas remain cut off."
    assert verdicts(corpus, ELSEWHERE, text, published="2015-04-27")["quake-date"] == "unclear"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Having sacked their manager Nigel Pearson in the 2015 close season, the owners hired someone new.", "silent"),
        ("Their manager Nigel Pearson watched the game at home.", "unclear"),
    ],
)
def test_a_holder_of_another_time_is_no_conflict(corpus, text, expected):
    assert verdicts(corpus, MANAGER, text, published="2016-05-03")["manager"] == expected


CARRIED = """
claims:
  - id: quake-date
    statement: The earthquake struck on Saturday 25 April 2015.
    about: [earthquake]
    expect: {date: 2015-04-25}
  - id: verdict-date
    statement: The jury returned its verdict on Monday 24 February 2020.
    about: [verdict]
    expect: {date: 2020-02-24}
"""


@pytest.mark.parametrize(
    "text, claim, published, expected",
    [
        (
            "Koirala was abroad when the earthquake struck. He returned on Sunday.",
            "quake-date",
            "2015-04-28",
            "unclear",
        ),
        (
            "The jury reached its verdict after five days. He left the court on Tuesday.",
            "verdict-date",
            "2020-02-26",
            "unclear",
        ),
        ("The jury reached its verdict on Tuesday after five days.", "verdict-date", "2020-02-26", "conflicts"),
    ],
)
def test_a_date_in_a_sentence_that_only_carries_the_topic_on_is_a_question(corpus, text, claim, published, expected):
    assert verdicts(corpus, CARRIED, text, published)[claim] == expected


TOLD = """
claims:
  - id: toll
    statement: The earthquake killed 8,856 people.
    about: [death toll, toll]
    expect: {quantity: 8856, unit: people}
  - id: ferry-toll
    statement: The sinking killed 304 people.
    about: [death toll, toll]
    expect: {quantity: 304, unit: people}
"""


@pytest.mark.parametrize(
    "text, claim",
    [
        (
            "Numerous reports say the death toll in Nepal has surpassed 4,000 and is expected to continue rising.",
            "toll",
        ),
        ("Coast guard officials told reporters that the official death toll had climbed to 36.", "ferry-toll"),
        ("The toll exceeds 5,000 and could amount to 10,000 or more, the prime minister said.", "toll"),
    ],
)
def test_what_is_told_and_a_figure_before_another_predicate_are_read(corpus, text, claim):
    assert verdicts(corpus, TOLD, text)[claim] == "conflicts"


MODIFIERS = """
claims:
  - id: height
    statement: Bolt is 1.95 m tall.
    about: [Bolt, tall, height]
    expect: {quantity: 1.95, unit: m, tolerance: 0.02}
  - id: bridge-length
    statement: The bridge is 580 m long.
    about: [bridge]
    expect: {quantity: 580, unit: m}
"""


@pytest.mark.parametrize(
    "text, claim, expected",
    [
        ("Bolt was already the 100m world record holder.", "height", "silent"),
        ("The bridge crosses the river's 50m shipping channel near the port.", "bridge-length", "silent"),
        ("The 580m bridge opened in 1967.", "bridge-length", "supports"),
        ("The bridge is a 600m span.", "bridge-length", "conflicts"),
    ],
)
def test_a_length_written_with_its_unit_before_a_noun_describes_that_noun(corpus, text, claim, expected):
    assert verdicts(corpus, MODIFIERS, text)[claim] == expected


MORE_HOLDERS = """
entities:
  lee: {name: Lee Hsien Loong}
  morgan: {name: Wes Morgan}
  ranieri: {name: Claudio Ranieri}
  cameron: {name: David Cameron}
claims:
  - id: pm
    statement: Singapore's prime minister was Lee Hsien Loong.
    about: [Prime Minister]
    expect: {person: lee, role: [Prime Minister]}
  - id: captain
    statement: Leicester's captain was Wes Morgan.
    about: [captain]
    expect: {person: morgan, role: [captain]}
  - id: manager
    statement: Leicester's manager was Claudio Ranieri.
    about: [manager]
    expect: {person: ranieri, role: [manager]}
  - id: uk-pm
    statement: The British prime minister was Theresa May.
    about: [prime minister]
    expect: {person: cameron, role: [prime minister]}
"""


@pytest.mark.parametrize(
    "text, claim, expected",
    [
        ("Prime Minister (PM) Lee Hsien Loong put the cost at S$16.3 million.", "pm", "supports"),
        ("Leicester drew thanks to captain Wes Morgan's header.", "captain", "supports"),
        ("The appointment of Claudio Ranieri as the Foxes manager raised eyebrows.", "manager", "supports"),
        ("The board named Claudio Ranieri as manager in July.", "manager", "supports"),
        ("May replaced David Cameron as prime minister in July.", "uk-pm", "silent"),
    ],
)
def test_a_role_held_in_still_more_shapes(corpus, text, claim, expected):
    assert verdicts(corpus, MORE_HOLDERS, text)[claim] == expected


COMPANIES = """
entities:
  bezos: {name: Jeff Bezos}
  mackey: {name: John Mackey}
  wholefoods: {name: Whole Foods Market}
  son: {name: Masayoshi Son}
  segars: {name: Simon Segars}
claims:
  - id: chiefs
    statement: The deal was agreed by the two chief executives, Jeff Bezos and John Mackey.
    about: [chief executive, CEO]
    expect: {people: [bezos, mackey]}
  - id: arm-chiefs
    statement: The deal was agreed by Masayoshi Son and Simon Segars.
    about: [chief executive, CEO]
    expect: {people: [son, segars]}
"""


@pytest.mark.parametrize(
    "text, claim",
    [
        ("The chief executives, Jeff Bezos and John Mackey, Whole Foods Market co-founder and CEO, agreed.", "chiefs"),
        ("The chief executives, Masayoshi Son and Simon Segars, ARM Holdings chief executive, agreed.", "arm-chiefs"),
    ],
)
def test_a_companys_name_in_a_list_of_people_is_nobody_else(corpus, text, claim):
    assert verdicts(corpus, COMPANIES, text)[claim] == "supports"


WORTH_CLAIMS = """
claims:
  - id: price
    statement: Amazon agreed to buy Whole Foods in a deal valued at $13.7 billion.
    about: [deal, worth, valued]
    expect: {quantity: 13.7 billion, unit: USD}
  - id: whatsapp-price
    statement: Facebook agreed to buy WhatsApp in a deal worth $19 billion.
    about: [deal, worth]
    expect: {quantity: 19 billion, unit: USD}
"""


@pytest.mark.parametrize(
    "text, claim, expected",
    [
        ("The company, which is worth $427 billion according to Forbes, opened eight bookstores.", "price", "silent"),
        ("After the deal, Acton is worth at least $3 billion.", "whatsapp-price", "silent"),
        ("The deal is worth $13.7 billion.", "price", "supports"),
        ("The deal is worth $16 billion.", "whatsapp-price", "conflicts"),
    ],
)
def test_what_another_subject_is_worth_is_no_figure_of_the_topic(corpus, text, claim, expected):
    assert verdicts(corpus, WORTH_CLAIMS, text)[claim] == expected


VOTES = """
claims:
  - id: votes
    statement: Macron won 20,743,128 votes.
    about: [won, votes]
    expect: {quantity: 20743128}
  - id: share
    statement: Macron won 66.1% of the vote.
    about: [won, win]
    expect: {quantity: 66.1, unit: percent, tolerance: 0.15}
  - id: majority
    statement: The coalition won 330 seats.
    about: [won]
    expect: {quantity: 330}
"""


@pytest.mark.parametrize(
    "text, claim, expected",
    [
        ("He won the French presidency at age 40.", "votes", "silent"),
        ("Cameron, who won the election aged 43, returned.", "majority", "silent"),
        ("Macron's French election win reaches 66pc.", "share", "supports"),
        ("Macron's French election win reaches 65pc.", "votes", "silent"),
    ],
)
def test_an_age_after_age_or_aged_and_a_share_in_pc(corpus, text, claim, expected):
    assert verdicts(corpus, VOTES, text)[claim] == expected


PORTIONS = """
claims:
  - id: island-toll
    statement: 69 people were killed on the island.
    about: [killed, killing, shooting]
    expect: {quantity: 69, unit: people}
  - id: quake-toll
    statement: The April quake killed 8,856 people.
    about: [killed, died]
    expect: {quantity: 8856, unit: people}
  - id: collapse-toll
    statement: The collapse killed 98 people.
    about: [death toll, killed]
    expect: {quantity: 98, unit: people}
"""


@pytest.mark.parametrize(
    "text, claim, expected",
    [
        (
            "He set off a van bomb that killed eight people and then took 69 more lives in a shooting.",
            "island-toll",
            "unclear",
        ),
        ("Eight climbers died on Saturday and 11 more died on Sunday.", "quake-toll", "unclear"),
        ("The death toll rose to 64 after crews recovered 10 more people.", "collapse-toll", "conflicts"),
        ("He went on a shooting spree on the island, killing 77 people in total.", "island-toll", "unclear"),
        ("The quakes of April and May killed 9,000 people in all.", "quake-toll", "unclear"),
        ("He went on a shooting spree on the island, killing 60 people in total.", "island-toll", "conflicts"),
        # "more" of another toll adds to that count, not to the claim's (mocoa-landslide-2017; the
        # wording of nepal-quake and surfside-collapse coverage)
        ("At least 8,100 people have died and around 14,000 more injured, officials said.", "quake-toll", "conflicts"),
        ("Crews said 90 people were killed in the collapse, with 12 more missing.", "collapse-toll", "conflicts"),
        ("Crews said 90 people were killed in the collapse and 12 more died in hospital.", "collapse-toll", "unclear"),
    ],
)
def test_a_portion_before_more_and_a_larger_total_of_several_are_questions(corpus, text, claim, expected):
    assert verdicts(corpus, PORTIONS, text)[claim] == expected


HYPHENATED = """
claims:
  - id: quake-deaths
    statement: The April quake caused 8,856 deaths.
    about: [deaths, killed]
    expect: {quantity: 8856, unit: people}
"""


@pytest.mark.parametrize(
    "text, expected",
    [
        # a number written in words over a hyphen counts the noun after it, no kind of it
        # (noto-quake-2024; the wording of nepal-quake and grenfell-fire coverage)
        ("Forty-two deaths were confirmed in Kathmandu on Saturday, officials said.", "conflicts"),
        ("Police said that seventy-nine deaths are now feared.", "conflicts"),
        # a word of another kind before the noun still makes a question
        ("Officials said that thirty-two flood deaths were confirmed on Saturday.", "unclear"),
    ],
)
def test_a_hyphenated_number_before_the_topics_noun_is_no_kind_of_it(corpus, text, expected):
    assert verdicts(corpus, HYPHENATED, text)["quake-deaths"] == expected


DIFFERENT = """
claims:
  - id: nationalities
    statement: The passengers were of 35 nationalities.
    about: [nationalities, countries]
    expect: {quantity: 35}
  - id: counts
    statement: He was charged on 12 counts.
    about: [counts]
    expect: {quantity: 12}
"""


@pytest.mark.parametrize(
    "text, claim, expected",
    [
        # how many of them differ is no kind of them (ethiopian-302-crash; the wording of
        # el-chapo-verdict-2019 and germanwings-crash coverage)
        (
            "The crash claimed the lives of all on board from 33 different countries.",
            "nationalities",
            "conflicts",
        ),
        ("The jury weighed 14 separate counts against him over six days.", "counts", "conflicts"),
        # a word of another kind still makes a question
        ("The jury weighed 14 federal counts against him over six days.", "counts", "unclear"),
    ],
)
def test_how_many_differ_is_no_kind_of_the_topic(corpus, text, claim, expected):
    assert verdicts(corpus, DIFFERENT, text)[claim] == expected


PROVINCES = """
scope: {event: Philippine presidential election won by Rodrigo Duterte, date: 2016-05-09, window_days: 60}
entities:
  duterte: {name: Rodrigo Duterte, aliases: [Duterte]}
claims:
  - id: votes
    statement: Duterte received 16,601,997 votes.
    about: [Duterte]
    expect: {quantity: 16601997}
"""


@pytest.mark.parametrize(
    "text",
    [
        "In Agusan del Sur, Roxas won with 150,613 votes against Duterte's 115,869.",
        "In Camiguin, Roxas got 35,613 against Duterte's 11,285.",
    ],
)
def test_a_fronted_place_reads_its_whole_name_and_stops_at_its_comma(corpus, text):
    assert verdicts(corpus, PROVINCES, text)["votes"] == "unclear"


LABELS = """
claims:
  - id: record-time
    statement: Bolt ran 9.58.
    about: [Bolt]
    expect: {quantity: 9.58}
  - id: aboard
    statement: 150 people were aboard the plane.
    about: [plane]
    expect: {quantity: 150}
"""


@pytest.mark.parametrize(
    "text, claim",
    [
        ("Bolt's rival Powell was on track 6.", "record-time"),
        ("The plane left from gate 12 in Barcelona.", "aboard"),
    ],
)
def test_a_number_after_a_label_noun_is_no_figure(corpus, text, claim):
    assert verdicts(corpus, LABELS, text)[claim] == "silent"


MARKED_LABELS = """
claims:
  - id: counts
    statement: Kelly was found guilty on nine counts.
    about: [counts, guilty]
    expect: {quantity: 9}
  - id: aboard
    statement: 150 people were aboard the plane.
    about: [plane]
    expect: {quantity: 150}
  - id: majors
    statement: Woods won his 15th major.
    about: [major]
    expect: {quantity: 15}
"""


@pytest.mark.parametrize(
    "text, claim, expected",
    [
        # a number right after "No.", "#" or "§" labels something, it counts nothing
        ("The jury found him guilty of the counts involving Jane Doe No. 2.", "counts", "silent"),
        ("The jury found him guilty under § 1344 on those counts.", "counts", "silent"),
        ("The plane's passenger #12 was a Canadian.", "aboard", "silent"),
        # the topic's own number is not dropped ("Miner No. 28"), and a count without a mark is read
        ("Plane No. 12 was the last to land.", "aboard", "unclear"),
        ("The jury found him guilty on 12 counts.", "counts", "conflicts"),
    ],
)
def test_a_number_after_a_label_mark_is_no_figure(corpus, text, claim, expected):
    assert verdicts(corpus, MARKED_LABELS, text)[claim] == expected


PARTS_OF_DAY = """
claims:
  - id: unveiled
    statement: The image was unveiled on 10 April 2019.
    about: [presented, unveiled]
    expect: {date: 2019-04-10}
  - id: fire-date
    statement: The fire broke out on 14 June 2017.
    about: [fire, blaze]
    expect: {date: 2017-06-14}
"""


@pytest.mark.parametrize(
    "text, claim, published, expected",
    [
        ("A team led by Heino Falcke presented the image this afternoon.", "unveiled", "2019-04-10", "supports"),
        ("The blaze broke out this morning in west London.", "fire-date", "2017-06-14", "supports"),
        ("The blaze broke out this morning in west London.", "fire-date", "2017-06-15", "conflicts"),
    ],
)
def test_this_morning_and_this_afternoon_are_the_publication_day(corpus, text, claim, published, expected):
    assert verdicts(corpus, PARTS_OF_DAY, text, published)[claim] == expected


FAR = """
claims:
  - id: price
    statement: Facebook agreed to buy WhatsApp for $19 billion.
    about: [deal, pay]
    expect: {quantity: 19 billion, unit: USD}
  - id: bayer-price
    statement: Bayer agreed to buy Monsanto for $66 billion.
    about: [deal, staking, pay]
    expect: {quantity: 66 billion, unit: USD}
  - id: age
    statement: The Merida Initiative is 13 years old.
    about: [initiative]
    expect: {quantity: 13, unit: year}
"""


@pytest.mark.parametrize(
    "text, claim, expected",
    [
        (
            "The deal is worth $19 billion.\n\nShould the deal fail, Facebook has agreed to pay WhatsApp $1bn.",
            "price",
            "supports",
        ),
        (
            "The deal is worth $66 billion.\n\nIf it fails, Bayer is staking a $2 billion payment on the deal.",
            "bayer-price",
            "supports",
        ),
        (
            "The initiative is 13 years old.\n\nThe initiative has run for around 15 years, he said.",
            "age",
            "mixed",
        ),
        # alone, a far figure no word ties to the topic is a question too; one tied to it conflicts
        ("Should the deal fail, Facebook has agreed to pay WhatsApp $1bn.", "price", "unclear"),
        ("Facebook will pay $1bn in the deal.", "price", "conflicts"),
    ],
)
def test_a_figure_far_from_the_claims_beside_support_is_a_question(corpus, text, claim, expected):
    assert verdicts(corpus, FAR, text)[claim] == expected


FAR_DATES = """
claims:
  - id: attacks-month
    statement: The attacks took place in July 2011.
    about: [attack, bombing]
    expect: {month: 2011-07}
  - id: final-date
    statement: The final was run on 16 August 2009.
    about: [final]
    expect: {date: 2009-08-16}
"""


@pytest.mark.parametrize(
    "text, claim, expected",
    [
        (
            "The bombing came in July 2011. On August 24, 2012, the man behind the bombing was sentenced.",
            "attacks-month",
            "supports",
        ),
        ("Bolt won the final on 16 August 2009, a year after the final of 16 August 2008.", "final-date", "supports"),
        ("Bolt won the final on 16 August 2009. Some reports dated the final 17 August 2009.", "final-date", "mixed"),
        ("On August 24, 2012, the man behind the bombing was sentenced.", "attacks-month", "conflicts"),
    ],
)
def test_a_date_a_year_off_beside_the_claims_own_is_a_question(corpus, text, claim, expected):
    assert verdicts(corpus, FAR_DATES, text)[claim] == expected


SPANS = """
scope: {event: the trial, date: 2011-11-29, window_days: 60}
claims:
  - id: trapped
    statement: Reshma was pulled out alive after 17 days under the rubble.
    about: [rubble, trapped]
    expect: {quantity: 17, unit: day, tolerance: 1}
  - id: lunar-day
    statement: The lander works for one lunar day, 14 Earth days.
    about: [lunar day, lifespan]
    expect: {quantity: 14, unit: day}
  - id: term
    statement: Chauvin was sentenced to 22.5 years in prison.
    about: [sentence, sentencing, sentenced]
    expect: {quantity: 22.5, unit: year}
  - id: request
    statement: The prosecution asked for 10 years.
    about: [prosecutor, prosecution]
    expect: {quantity: 10, unit: year}
"""


@pytest.mark.parametrize(
    "text, claim, expected",
    [
        # spans convert between units of time
        ("Almost 408 hours after the collapse, a rescuer heard her under the rubble.", "trapped", "supports"),
        (
            "It will study the south pole for one lunar day, a lifespan of two weeks here on Earth.",
            "lunar-day",
            "supports",
        ),
        ("She was trapped under the rubble for three weeks.", "trapped", "conflicts"),
        # a span far off in another unit is another span, not a misreport
        ("Chauvin is expected to be back in court for sentencing in eight weeks.", "term", "silent"),
        ("The prosecutor said she ate three hours before she died.", "request", "silent"),
        # in the claim's own unit a figure far off still conflicts
        ("Chauvin was sentenced to 40 years.", "term", "conflicts"),
    ],
)
def test_spans_of_time_convert_and_a_far_span_in_another_unit_is_another_span(corpus, text, claim, expected):
    assert verdicts(corpus, SPANS, text, published="2011-11-29")[claim] == expected


STATED = """
scope: {event: the final, date: 2009-08-16, window_days: 30}
claims:
  - id: record-time
    statement: Bolt won the 100 m final in a world record time of 9.58 seconds.
    about: [world record, 100m final]
    expect: {quantity: 9.58}
  - id: descent
    statement: The descent to the surface took seven minutes.
    about: [descent]
    expect: {quantity: 7}
"""


@pytest.mark.parametrize(
    "text, claim, expected",
    [
        # a claim with no unit is compared in the unit its statement writes its figure in
        ("Bolt set a world record of 9.58 seconds in the 100m final.", "record-time", "supports"),
        ("The world record now stands at 9.58.", "record-time", "supports"),
        ("Bolt set a new world record of 9.63 seconds.", "record-time", "conflicts"),
        ("The descent lasted seven minutes.", "descent", "supports"),
        ("The descent took 420 seconds.", "descent", "supports"),
        ("The descent lasted nine minutes.", "descent", "conflicts"),
    ],
)
def test_a_claim_without_a_unit_is_read_in_the_unit_its_statement_gives(corpus, text, claim, expected):
    assert verdicts(corpus, STATED, text, published="2009-08-17")[claim] == expected


CHANGES = """
scope: {event: the final, date: 2009-08-16, window_days: 30}
claims:
  - id: record-time
    statement: Bolt won the 100 m final in a world record time of 9.58 seconds.
    about: [world record, Bolt]
    expect: {quantity: 9.58}
  - id: margin
    statement: The 9.58 took 0.11 seconds off the previous world record.
    about: [previous record, lopping off]
    expect: {quantity: 0.11}
  - id: final-time
    statement: Phelps won the 200m butterfly final in 1:53.36, a time of 113.36 seconds.
    about: [Phelps]
    expect: {quantity: 113.36}
"""


@pytest.mark.parametrize(
    "text, claim, expected",
    [
        # the size of a change is not the level the claim gives
        (
            "Bolt improved the world record by lopping off 0.11sec from the time he set in Beijing.",
            "record-time",
            "silent",
        ),
        ("Bolt crossed the line 0.13 seconds clear of Gay.", "record-time", "silent"),
        ("Phelps touched 0.04 seconds ahead of Le Clos.", "final-time", "silent"),
        # unless the topic's own words or the claim's statement make the change the claim's
        ("Bolt lowered the previous record by lopping off 0.11sec.", "margin", "supports"),
        # a figure dated by a clause that opens with "when" belongs to that time
        (
            "Bolt was the world record holder, having posted 9.69 seconds when winning in Beijing in 2008.",
            "record-time",
            "silent",
        ),
    ],
)
def test_a_change_or_an_earlier_time_is_not_the_claims_figure(corpus, text, claim, expected):
    assert verdicts(corpus, CHANGES, text, published="2009-08-17")[claim] == expected


RACE_HEIGHTS = """
claims:
  - id: height
    statement: Usain Bolt is 1.95 m tall.
    about: [Bolt, tall]
    expect: {quantity: 1.95, unit: m, tolerance: 0.01}
  - id: phelps-height
    statement: Michael Phelps is 1.93 m tall.
    about: [Phelps, tall]
    expect: {quantity: 1.93, unit: m, tolerance: 0.01}
"""


@pytest.mark.parametrize(
    "text, claim",
    [
        ("Bolt scorched to world championship 100 meters gold.", "height"),
        ("Bolt won the men's 100 metres in Berlin.", "height"),
        ("Phelps won the 200m butterfly final.", "phelps-height"),
        ("Phelps took the women's 100m relay off the bill.", "phelps-height"),
        # past a word that qualifies the race's title or record
        ("Bolt blasted the 100 metres world record into the stratosphere.", "height"),
        ("Phelps defended his 100m Olympic title in London.", "phelps-height"),
        # a race the topic owns is still a race, not the topic's measure
        ("Usain Bolt's 100m world record has stood for years.", "height"),
        ("Phelps's 200m butterfly title was his first.", "phelps-height"),
    ],
)
def test_a_length_that_names_a_race_measures_nothing_in_the_story(corpus, text, claim):
    assert verdicts(corpus, RACE_HEIGHTS, text)[claim] == "silent"


SPAN_DATES = """
claims:
  - id: final-date
    statement: Bolt won the 100 m final on Sunday 16 August 2009.
    about: [Bolt]
    expect: {date: 2009-08-16}
  - id: sentencing-date
    statement: Judge Pastor sentenced Murray on Tuesday 29 November 2011.
    about: [Murray, sentencing, sentenced]
    expect: {date: 2011-11-29}
"""


@pytest.mark.parametrize(
    "text, claim, published",
    [
        # a span right before a day dates the event it measures; it is no count updated that day
        ("Bolt won gold in a mind-blowing 9.58 seconds on Sunday.", "final-date", "2009-08-17"),
        ("Murray was sentenced to four years on Tuesday.", "sentencing-date", "2011-11-30"),
    ],
)
def test_a_span_before_a_day_does_not_take_the_date_from_the_event(corpus, text, claim, published):
    assert verdicts(corpus, SPAN_DATES, text, published=published)[claim] == "supports"


NUMBERED_TOPICS = """
claims:
  - id: record-time
    statement: Bolt won the 100 m final in a world record time of 9.58 seconds.
    about: [Bolt, world record]
    expect: {quantity: 9.58}
  - id: beijing-year
    statement: Bolt's previous world record, 9.69, was set in Beijing in 2008.
    about: ["9.69", previous record]
    expect: {year: 2008}
  - id: turnout
    statement: Turnout in the referendum was 72.2%.
    about: [turnout]
    expect: {quantity: 72.2, unit: percent}
  - id: election-year
    statement: The general election of 2015, with a turnout of 66.4%, came a year before.
    about: ["66.4", general election]
    expect: {year: 2015}
"""


@pytest.mark.parametrize(
    "text, claim",
    [
        # a figure the fact sheet makes another claim's topic is that claim's, not a rival value
        ("In Beijing we all wowed as Bolt stopped the trackside clock at 9.69sec.", "record-time"),
        ("Turnout was below the 66.4 per cent of the last vote.", "turnout"),
    ],
)
def test_a_figure_the_fact_sheet_gives_to_another_claim_is_that_claims(corpus, text, claim):
    assert verdicts(corpus, NUMBERED_TOPICS, text)[claim] == "silent"


def test_the_claims_own_value_stays_its_own_when_another_claim_names_it(corpus):
    venue = """
  - id: venue
    statement: The record was set in Berlin.
    about: ["9.58"]
    expect: {term: Berlin, supports: [Berlin], conflicts: [Beijing]}
"""
    text = "Bolt set the world record of 9.58 seconds."
    assert verdicts(corpus, NUMBERED_TOPICS + venue, text)["record-time"] == "supports"


LOOSE = """
claims:
  - id: deal-value
    statement: Musk agreed to buy Twitter for about $44 billion.
    about: [takeover, deal]
    expect: {quantity: 44 billion, unit: USD, tolerance: 2%}
  - id: masters-count
    statement: Woods won his fifth Masters.
    about: [Woods]
    expect: {quantity: 5}
  - id: toll
    statement: The collapse killed 1,134 people.
    about: [collapse]
    expect: {quantity: 1134, unit: people}
"""


@pytest.mark.parametrize(
    "text, claim, expected",
    [
        # a figure no word ties to the topic, far from the claim's value: likely another figure
        (
            "Musk threatened to pull out of the takeover in a move that would cost him $1billion.",
            "deal-value",
            "unclear",
        ),
        ("Woods made it worth the wait, closing with a 2-under 70 for a one-shot victory.", "masters-count", "unclear"),
        # near the claim's value it is still a conflict
        (
            "Musk threatened to pull out of the takeover in a move that would cost him $40 billion.",
            "deal-value",
            "conflicts",
        ),
        # an early toll is often far off: a count of people stays a conflict
        ("At least 336 people died in the collapse of the factory.", "toll", "conflicts"),
    ],
)
def test_a_loose_figure_far_from_the_claims_value_is_a_question(corpus, text, claim, expected):
    assert verdicts(corpus, LOOSE, text)[claim] == expected


CONVERTED = """
claims:
  - id: epicentre-distance
    statement: The epicentre was about 72 km south-west of Marrakesh.
    about: [epicentre, epicenter, hit, southwest of Marrakesh]
    expect: {quantity: 72, unit: km, tolerance: 5%}
  - id: moonlet-size
    statement: Dimorphos is about 151 m across.
    about: [Dimorphos, moonlet]
    expect: {quantity: 151, unit: m, tolerance: 5}
  - id: sample-mass
    statement: The capsule brought back 121.6 grams of rock and dust.
    about: [sample, material]
    expect: {quantity: 121.6, tolerance: 1}
"""


@pytest.mark.parametrize(
    "text, claim",
    [
        # an amount and its conversion in brackets are one figure said twice, not two to choose
        # between (morocco-quake-2023, dart-impact, osiris-rex-return)
        (
            "On Friday, a 6.8-magnitude earthquake hit Morocco 77 kilometers (48 miles) southwest of Marrakesh.",
            "epicentre-distance",
        ),
        (
            "Known as Dimorphos, the body is just 530 feet (160 meters) wide and circles a larger,"
            " 2,560-foot (780-meter) asteroid.",
            "moonlet-size",
        ),
        # a figure in another unit than the one the claim's statement writes is weighed in that
        # unit before it is called far: 8.8 ounces are 250 grams, not 8.8 of them
        ("NASA said the capsule holds the sample, around 8.8 ounces.", "sample-mass"),
    ],
)
def test_an_amount_and_its_conversion_are_one_figure(corpus, text, claim):
    assert verdicts(corpus, CONVERTED, text)[claim] == "conflicts"


OPENING_SUBJECT = """
claims:
  - id: boric-share
    statement: Boric won 55.87% of the valid votes in the run-off.
    about: [Boric]
    expect: {quantity: 55.87, unit: percent}
  - id: union-seats
    statement: The CDU/CSU won 197 seats.
    about: [CDU/CSU, CDU]
    expect: {quantity: 197}
  - id: union-share
    statement: The CDU/CSU won 24.1% of the vote.
    about: [CDU/CSU, CDU]
    expect: {quantity: 24.1, unit: percent}
  - id: conservative-seats
    statement: The Conservatives won 365 seats.
    about: [Conservatives]
    expect: {quantity: 365}
  - id: labour-seats
    statement: Labour won 203 seats.
    about: [Labour]
    expect: {quantity: 203}
  - id: zelensky-share
    statement: Zelensky won 73.22% of the vote.
    about: [Zelensky]
    expect: {quantity: 73.22, unit: percent}
"""


@pytest.mark.parametrize(
    "text, claim, expected",
    [
        # a sentence that opens with the topic's name as its subject says its one loose figure of
        # it, however far the figure stands from the name (boric-election-2021, germany-election-2021)
        (
            "El joven diputado de izquierda Gabriel Boric, abanderado del Frente Amplio, ganó este domingo la"
            " Presidencia de Chile al obtener el 55,18 % de los votos.",
            "boric-share",
            "conflicts",
        ),
        (
            "The CDU/CSU of outgoing chancellor Angela Merkel came in second in the vote on Sunday with 196 seats.",
            "union-seats",
            "conflicts",
        ),
        # not when the sentence names a rival claim's topic (uk-election-2019), opens a relative
        # clause (zelensky-election) or another statement after a colon (germany-election-2021)
        (
            "The Conservatives were tipped for their biggest majority since Margaret Thatcher, with Labour"
            " expected to scrape above 200 seats.",
            "conservative-seats",
            "unclear",
        ),
        (
            "With half the ballots counted, Volodymyr Zelensky - who plays the president on TV - got about 30%.",
            "zelensky-share",
            "unclear",
        ),
        (
            "According to projections, however, the CDU again achieved one of the worst post-war results: 16.1%.",
            "union-share",
            "unclear",
        ),
    ],
)
def test_the_one_loose_figure_of_a_sentence_is_said_of_the_subject_it_opens_with(corpus, text, claim, expected):
    assert verdicts(corpus, OPENING_SUBJECT, text)[claim] == expected


LATER_AGES = """
claims:
  - id: woods-age
    statement: Woods was 43 years old when he won the 2019 Masters.
    about: [Woods]
    expect: {quantity: 43, unit: year}
  - id: phelps-age
    statement: Phelps was 31 years old at the Rio Games.
    about: [Phelps]
    expect: {quantity: 31, unit: year}
"""


@pytest.mark.parametrize(
    "text, claim, expected",
    [
        # an age before another person's name is that person's
        ("Woods scooped up 10-year-old Charlie after the final putt.", "woods-age", "silent"),
        ("Phelps shook hands with 24-year-old Le Clos.", "phelps-age", "silent"),
        # an age at another time of the person's life
        ("I've known Woods since he was 17 years old.", "woods-age", "silent"),
        ("Phelps made his debut in Sydney, when he was 15.", "phelps-age", "silent"),
        # a country's adjective after the age is no name
        ("The 43-year-old American superstar, Woods, won again.", "woods-age", "supports"),
        ("Phelps, the 31-year-old American swimmer, retired.", "phelps-age", "supports"),
        # an age of what the person owns is the owned one's
        ("During the hearing, Woods’s 92-year-old grandmother said he is a justice warrior.", "woods-age", "silent"),
        ("Phelps's 15-year-old daughter watched from the stands in Rio.", "phelps-age", "silent"),
    ],
)
def test_an_age_of_another_person_or_another_time_is_not_the_claims(corpus, text, claim, expected):
    assert verdicts(corpus, LATER_AGES, text)[claim] == expected


AGES_AS_WRITTEN = """
scope: {event: 2019 Masters, date: 2019-04-14, window_days: 30}
entities:
  woods: {name: Tiger Woods, aliases: [Woods]}
  funk: {name: Wally Funk, aliases: [Funk]}
  grosskreutz: {name: Gaige Grosskreutz, aliases: [Grosskreutz]}
claims:
  - id: woods-age
    statement: Woods was 43 years old when he won the 2019 Masters.
    about: [woods]
    expect: {quantity: 43, unit: year}
  - id: funk-age
    statement: Wally Funk was 82 years old when she flew.
    about: [funk]
    expect: {quantity: 82, unit: year}
  - id: grosskreutz-age
    statement: Gaige Grosskreutz was 26 years old when he was shot.
    about: [grosskreutz]
    expect: {quantity: 26, unit: year}
  - id: toll
    statement: The fires killed 89 people.
    about: [death toll]
    expect: {quantity: 89, unit: people}
"""


@pytest.mark.parametrize(
    "text, claim, expected",
    [
        # an age with no unit after an age noun, or set off after "at", "then", "who was"
        # (woods-masters, djokovic-us-open-2023, noboa-election-2023, boric-election-2021,
        # kenya-election-2022, rittenhouse-verdict, spacey-acquittal)
        ("Woods is the second oldest player to win the Masters at the age of 43.", "woods-age", "supports"),
        ("At 43, Woods looked like the Tiger of old.", "woods-age", "supports"),
        ("Wally Funk, aged 82, was the oldest person aboard.", "funk-age", "supports"),
        ("He also shot Gaige Grosskreutz, then 26.", "grosskreutz-age", "supports"),
        ("He also shot Gaige Grosskreutz, who was 26 at the time.", "grosskreutz-age", "supports"),
        # another age no word ties to the person: a question, not a conflict
        ("He also shot Gaige Grosskreutz, then 27.", "grosskreutz-age", "unclear"),
        ("At 44, he said, Woods would retire.", "woods-age", "unclear"),
        # a count after "then" or "at", not set off, is no age; nor is a toll "at 89," an age
        ("Grosskreutz was shot, then 26 people fled.", "grosskreutz-age", "silent"),
        ("The death toll is now at 89, officials said.", "toll", "supports"),
        # an age written as one is the person's when the article is written: a date later in its
        # clause dates the verb (woods-masters, lula-election)
        ("The 43-year-old Woods hadn't won a major championship since 2008.", "woods-age", "supports"),
        ("The inauguration of the 82-year-old Funk is scheduled for January 1, 2020.", "funk-age", "supports"),
        ("The 44-year-old Woods hadn't won a major championship since 2008.", "woods-age", "unclear"),
        ("In 2008, the 32-year-old Woods won the U.S. Open.", "woods-age", "silent"),
        # the words between an age and the person's name describe the person (blue-origin-bezos-flight,
        # zelensky-election, kenya-election-2022)
        ("Also in the capsule was 82-year-old aviation pioneer Wally Funk.", "funk-age", "supports"),
        ("The 43-year-old ambitious Woods has campaigned hard.", "woods-age", "supports"),
        ("The 42-year-old former champion Tiger Woods has won.", "woods-age", "conflicts"),
    ],
)
def test_an_age_as_news_writes_it_is_the_persons(corpus, text, claim, expected):
    assert verdicts(corpus, AGES_AS_WRITTEN, text, published="2019-04-15")[claim] == expected


OWNERS = """
claims:
  - id: major-count
    statement: The 2019 Masters was Woods's 15th major championship.
    about: [majors, major]
    expect: {quantity: 15}
  - id: career-medals
    statement: Phelps ended his career with 28 Olympic medals.
    about: [medals]
    expect: {quantity: 28}
"""


@pytest.mark.parametrize(
    "text, claim, expected",
    [
        # a figure of another person's noun is theirs
        ("Woods is making a run at Jack Nicklaus's record of 18 majors.", "major-count", "silent"),
        ("Phelps passed Larisa Latynina's record of 18 medals.", "career-medals", "silent"),
        # words describing the noun leave it the owner's
        ("Woods chases Jack Nicklaus's long-standing record of 18 majors.", "major-count", "silent"),
        ("Phelps overtook Larisa Latynina's previous record tally of 18 medals.", "career-medals", "silent"),
        ("Phelps's final Olympic haul of 28 medals is a record.", "career-medals", "supports"),
        # a day's is the story's own
        ("After Saturday's final haul of 28 medals, Phelps retired.", "career-medals", "supports"),
        ("After Sunday's final tally of 15 majors, Woods rested.", "major-count", "supports"),
        # the claim's own person's is the claim's
        ("Phelps's haul of 28 medals is a record.", "career-medals", "supports"),
        # "number" before a figure makes it the noun's ordinal: another noun's label is no evidence
        ("Then he'll have two feet for the green jacket, major number 15.", "major-count", "supports"),
        ("The majors were watched from the pub at number 10.", "major-count", "silent"),
    ],
)
def test_another_persons_record_and_a_numbered_label(corpus, text, claim, expected):
    assert verdicts(corpus, OWNERS, text)[claim] == expected


CAUSES = """
claims:
  - id: cause-accident
    statement: The fire was treated as an accident.
    about: [fire, blaze]
    expect: {term: accident, supports: [accident, accidental], conflicts: [arson, terror, terrorism]}
  - id: collapse-cause
    statement: The mine caved in by accident.
    about: [collapse, cave-in]
    expect: {term: accident, supports: [accident], conflicts: [sabotage, explosion]}
"""


@pytest.mark.parametrize(
    "text, claim, expected",
    [
        # a denial reaches every item of its list
        ("Officials do not currently suspect terrorism or arson in the fire.", "cause-accident", "silent"),
        ("Prosecutors ruled out arson and possible terror-related motives for the blaze.", "cause-accident", "silent"),
        ("Engineers found no sign of sabotage or explosion in the collapse.", "collapse-cause", "silent"),
        # an item after a list that was not denied still counts
        ("Police suspect arson in the fire.", "cause-accident", "conflicts"),
    ],
)
def test_a_denial_reaches_every_item_of_its_list(corpus, text, claim, expected):
    assert verdicts(corpus, CAUSES, text)[claim] == expected


RIVAL_VENUES = """
claims:
  - id: venue
    statement: The record was set in Berlin.
    about: [world record]
    expect: {term: Berlin, supports: [Berlin], conflicts: [Beijing, London]}
  - id: games
    statement: Phelps won five golds at the Rio Games.
    about: [golds]
    expect: {term: Rio, supports: [Rio], conflicts: [London, Beijing, Athens]}
"""


@pytest.mark.parametrize(
    "text, claim, expected",
    [
        # a rival place before an occasion's noun names another occasion, not the venue
        ("The Beijing Olympic champion broke the world record again.", "venue", "silent"),
        ("He broke the world record he set at the Beijing Olympics.", "venue", "silent"),
        ("He took eight golds at the Beijing Games and four at the London Olympics.", "games", "silent"),
        # said of the topic, the place is still the venue
        ("The world record was set in Beijing.", "venue", "conflicts"),
    ],
)
def test_a_rival_place_naming_another_occasion_is_no_venue(corpus, text, claim, expected):
    assert verdicts(corpus, RIVAL_VENUES, text)[claim] == expected


DONORS = """
entities:
  pinault: {name: Pinault family, aliases: [Pinault, Francois Pinault, Francois-Henri Pinault]}
  arnault: {name: Arnault family, aliases: [Arnault, Bernard Arnault]}
  duterte: {name: Rodrigo Duterte, aliases: [Duterte]}
  roxas: {name: Mar Roxas, aliases: [Roxas]}
claims:
  - id: donors
    statement: The Pinaults and the Arnaults pledged the most.
    about: [donate, pledge]
    expect: {people: [pinault, arnault]}
  - id: candidates
    statement: Duterte and Roxas were the leading candidates.
    about: [candidates, ran]
    expect: {people: [duterte, roxas]}
"""


@pytest.mark.parametrize(
    "text, claim, expected",
    [
        # a name inside an apposition between two members is no item of their list
        (
            "Francois-Henri Pinault, the chief executive of Gucci owner Kering SA, and his father, "
            "Francois Pinault, will donate 100 million euros; Bernard Arnault will pledge 200 million.",
            "donors",
            "supports",
        ),
        (
            "Duterte, the mayor of Davao City, and Roxas, a grandson of President Manuel Roxas, ran.",
            "candidates",
            "supports",
        ),
        # a name listed beside them is
        ("Pinault, Arnault and Martin Bouygues will donate.", "donors", "conflicts"),
    ],
)
def test_a_name_inside_an_apposition_is_no_member(corpus, text, claim, expected):
    assert verdicts(corpus, DONORS, text)[claim] == expected


@pytest.mark.parametrize(
    "text, claim, expected",
    [
        # a figure set off by a comma before "behind" ranks it; right before, it is a margin
        ("Zelenskiy got 13.18 million votes, behind Leonid Kuchma's 15.87 million.", "votes", "conflicts"),
        ("Zelensky is almost by 48.77 % ahead of Petro Poroshenko.", "share", "silent"),
        # "run-off" in the claim's statement states no change
        ("Zelensky won 73.2% of the vote in the run-off.", "share", "supports"),
    ],
)
def test_a_margin_is_right_after_its_figure(corpus, text, claim, expected):
    claims = """
claims:
  - id: votes
    statement: Zelensky won 13,541,528 votes in the run-off.
    about: [Zelenskiy, Zelensky]
    expect: {quantity: 13541528, tolerance: 0.5%}
  - id: share
    statement: Zelensky won 73.22% of the vote in the run-off.
    about: [Zelensky]
    expect: {quantity: 73.22, unit: percent, tolerance: 0.25}
"""
    assert verdicts(corpus, claims, text)[claim] == expected


COMPOUND_KINDS = """
claims:
  - id: form
    statement: Fox shareholders were paid in a mix of cash and Disney stock.
    about: [deal, transaction]
    expect:
      term: cash and stock
      supports: [cash and stock, cash-and-stock]
      conflicts: [all-stock, stock transaction, stock deal]
  - id: storeys
    statement: Rana Plaza was an eight-storey building.
    about: [building, complex]
    expect: {term: eight-storey, supports: [eight-storey, eight storey], conflicts: [nine-storey, five-storey]}
  - id: sub
    statement: The submarine imploded.
    about: [submarine]
    expect: {term: imploded, supports: [imploded], conflicts: [attack, exploded]}
"""


@pytest.mark.parametrize(
    "text, claim, expected",
    [
        # a compound written as the claim lists it, before the topic's noun, is the kind the claim is about
        ("Shareholders approved the cash-and-stock transaction on Friday.", "form", "supports"),
        ("The all-stock deal would leave Fox investors with shares.", "form", "conflicts"),
        ("The eight-storey building collapsed on Wednesday.", "storeys", "supports"),
        ("The nine-storey building housed five factories.", "storeys", "conflicts"),
        # a single word before the noun names its kind, not what happened
        ("The San Juan was a diesel-electric attack submarine.", "sub", "silent"),
        # a listed phrase inside a longer compound is not that phrase
        ("It is a cash-and-stock deal.", "form", "supports"),
    ],
)
def test_a_listed_compound_before_the_topics_noun_is_its_kind(corpus, text, claim, expected):
    assert verdicts(corpus, COMPOUND_KINDS, text)[claim] == expected


def test_an_unowned_title_held_by_a_stranger_may_be_another_countrys(corpus):
    claims = """
entities:
  preval: {name: René Préval, aliases: [Préval, Preval]}
  nadella: {name: Satya Nadella, aliases: [Nadella]}
claims:
  - id: president
    statement: Haiti's President at the time was René Préval.
    about: [President]
    expect: {person: preval, role: [President]}
  - id: ceo
    statement: LinkedIn's chief executive was Jeff Weiner.
    about: [chief executive]
    expect: {person: nadella, role: [chief executive]}
"""
    text = "President Barack Obama pledged $100 million; chief executive Tim Cook gave more."
    got = verdicts(corpus, claims, text)
    # a one-word title many hold may be another country's; a chief executive is one per company
    assert (got["president"], got["ceo"]) == ("unclear", "conflicts")


COUNTED_DAYS = """
claims:
  - id: launch-date
    statement: Webb was launched on Saturday 25 December 2021.
    about: [launch, launched, liftoff]
    expect: {date: 2021-12-25}
  - id: collapse-date
    statement: Rana Plaza collapsed on Wednesday 24 April 2013.
    about: [collapse, collapsed]
    expect: {date: 2013-04-24}
"""


@pytest.mark.parametrize(
    "text, claim, published, expected",
    [
        # beside the claim's own date, a weekday counted from the publication dates another event
        (
            "The launch is set for 25 December 2021. Earlier on Thursday, the launch team met.",
            "launch-date",
            "2021-12-24",
            "supports",
        ),
        (
            "The building collapsed on 24 April 2013. Workers neared the end of their search for victims of the "
            "collapse of a factory building Monday.",
            "collapse-date",
            "2013-05-14",
            "supports",
        ),
        # alone, the weekday still conflicts
        ("The building collapsed on Monday.", "collapse-date", "2013-05-14", "conflicts"),
    ],
)
def test_a_counted_day_beside_the_claims_own_date_is_a_question(corpus, text, claim, published, expected):
    assert verdicts(corpus, COUNTED_DAYS, text, published)[claim] == expected


SIDES = """
entities:
  lula: {name: Luiz Inácio Lula da Silva, aliases: [Lula, da Silva]}
  bolsonaro: {name: Jair Bolsonaro, aliases: [Bolsonaro]}
  biden: {name: Joe Biden, aliases: [Biden]}
claims:
  - id: lula-share
    statement: Lula won 50.90% of the vote in the run-off.
    about: [lula, da Silva]
    expect: {quantity: 50.9, unit: percent, tolerance: 0.05}
  - id: biden-share
    statement: Biden won 51.3% of the popular vote.
    about: [biden]
    expect: {quantity: 51.3, unit: percent, tolerance: 0.05}
"""


@pytest.mark.parametrize(
    "text, claim",
    [
        # the figure before "to <the topic>'s <figure>" is the other side's
        ("Bolsonaro lost Sunday's runoff election 49.1% to da Silva's 50.9%.", "lula-share"),
        ("Trump lost the popular vote 46.8% to Biden's 51.3% nationwide.", "biden-share"),
    ],
)
def test_the_figure_before_the_topics_own_is_the_other_sides(corpus, text, claim):
    assert verdicts(corpus, SIDES, text)[claim] != "conflicts"


@pytest.mark.parametrize(
    "text, claim, expected",
    [
        # "fails to" denies what follows
        ("Jair Bolsonaro fails to win second term as former leader Lula wins election run-off.", "term", "silent"),
        ("The harpoons failed to fire when the lander touched down.", "harpoons", "supports"),  # no "fire"
        ("Lula won a third term in the run-off.", "term", "supports"),
    ],
)
def test_fails_to_denies_what_follows(corpus, text, claim, expected):
    claims = """
claims:
  - id: term
    statement: Lula won a third term as president.
    about: [term, run-off]
    expect: {term: third, supports: [third term], conflicts: [second term, fourth term]}
  - id: harpoons
    statement: The harpoons failed to fire.
    about: [harpoons]
    expect: {term: failed, conflicts: [fired, fire, anchored]}
"""
    assert verdicts(corpus, claims, text)[claim] == expected


@pytest.mark.parametrize(
    "text, claim",
    [
        # a country's adjective before a known name is no other given name
        ("Polish Szymon Marciniak has been chosen as the referee for the final.", "referee"),
        ("French Emmanuel Macron has been chosen as the president of the council.", "president"),
    ],
)
def test_a_country_adjective_before_a_name_is_no_given_name(corpus, text, claim):
    claims = """
entities:
  marciniak: {name: Szymon Marciniak, aliases: [Marciniak]}
  macron: {name: Emmanuel Macron, aliases: [Macron]}
claims:
  - id: referee
    statement: Szymon Marciniak refereed the final.
    about: [referee]
    expect: {person: marciniak, role: [referee]}
  - id: president
    statement: Emmanuel Macron was elected president.
    about: [president]
    expect: {person: macron, role: [president]}
"""
    assert verdicts(corpus, claims, text)[claim] == "supports"


CLOSINGS = """
claims:
  - id: completion-date
    statement: Musk completed the takeover of Twitter on 27 October 2022.
    about: [completed, closed, closing, close]
    expect: {date: 2022-10-27}
  - id: linkedin-closed
    statement: Microsoft closed its purchase of LinkedIn on 8 December 2016.
    about: [closed, close, completed]
    expect: {date: 2016-12-08}
"""


@pytest.mark.parametrize(
    "text, claim, published",
    [
        # the market's close is no deal's closing
        ("On Wednesday, Twitter shares closed at $45.85.", "completion-date", "2022-04-14"),
        (
            "It represented a 38 per cent premium to Twitter's closing price on 1 April.",
            "completion-date",
            "2022-04-26",
        ),
        ("LinkedIn stock closed up 47% on Monday at $192.", "linkedin-closed", "2016-06-14"),
    ],
)
def test_the_markets_close_is_no_deals_closing(corpus, text, claim, published):
    assert verdicts(corpus, CLOSINGS, text, published)[claim] == "silent"


def test_a_deal_that_closed_is_still_its_closing(corpus):
    text = "Microsoft closed the deal on Thursday."
    assert verdicts(corpus, CLOSINGS, text, "2016-12-09")["linkedin-closed"] == "supports"


ROWS = """
claims:
  - id: zelensky-votes
    statement: Zelensky won 13,541,528 votes in the run-off.
    about: [Zelensky]
    expect: {quantity: 13541528, tolerance: 0.5%}
  - id: no-votes
    statement: The No side won 2,001,926 votes.
    about: [No side]
    expect: {quantity: 2001926, tolerance: 0.1%}
"""


@pytest.mark.parametrize(
    "text, claim",
    [
        # a results table's row belongs to its label
        (
            "Zelensky's rivals in the count:\nYulia Tymoshenko: 12,900,000\nPetro Poroshenko: 13,000,000",
            "zelensky-votes",
        ),
        ("The No side's rivals:\nYes Scotland: 1,950,000\nScottish Greens: 1,980,000", "no-votes"),
    ],
)
def test_a_results_tables_row_belongs_to_its_label(corpus, text, claim):
    assert verdicts(corpus, ROWS, text)[claim] == "silent"


def test_the_topics_own_row_is_its_figure(corpus):
    text = "Results so far\nVolodymyr Zelensky: 12,000,000\nPetro Poroshenko: 5,000,000"
    assert verdicts(corpus, ROWS, text)["zelensky-votes"] == "conflicts"


VERDICT_TERMS = """
claims:
  - id: outcome
    statement: Rittenhouse was acquitted on all counts.
    about: [jury, verdict, trial]
    expect: {term: acquitted, supports: [acquitted, not guilty], conflicts: [mistrial, convicted]}
  - id: counts
    statement: Five counts went to the jury.
    about: [counts, charges]
    expect: {quantity: 5}
"""


@pytest.mark.parametrize(
    "text, claim, expected",
    [
        # what the defence asks for is not what the jury decided
        ("The defence made a new request for mistrial as the jury deliberated.", "outcome", "silent"),
        ("Chauvin's lawyers filed a motion for a mistrial after the trial.", "outcome", "silent"),
        # a charge's number, and every number of a list after it, is a label
        ("The jury acquitted him on Count 2 of the charges.", "counts", "silent"),
        ("The verdict sheets for counts 3 and 4 were read aloud.", "counts", "silent"),
        ("The verdict sheets for counts 1, 2, 3 and 4 were read aloud.", "counts", "silent"),
        ("Five counts went to the jury.", "counts", "supports"),
        # a number after a label's, set off by a comma, with no list going on is a count of its own
        ("On page 12, 5 counts went to the jury.", "counts", "supports"),
    ],
)
def test_requests_and_numbered_counts_are_no_verdict(corpus, text, claim, expected):
    assert verdicts(corpus, VERDICT_TERMS, text)[claim] == expected


REFORMS = """
claims:
  - id: reformed
    statement: Congress amended five articles of the Constitution.
    about: [Congress, Congreso]
    expect: {quantity: 5}
"""


@pytest.mark.parametrize(
    "text, lang",
    [
        # every number of a list written with commas after a label's noun is a label
        ("Congress amended articles 75, 80, 133 and 154 of the Constitution.", None),
        ("El Congreso aprobó reformas a los artículos 75, 80, 133, 152 y 154 de la Constitución.", "es"),
    ],
)
def test_a_list_of_numbers_after_a_label_is_labels(corpus, text, lang):
    assert verdicts(corpus, REFORMS, text, lang=lang)["reformed"] == "silent"


MEASURES = """
claims:
  - id: magnitude
    statement: The earthquake had a moment magnitude of 7.1.
    about: [quake, earthquake]
    expect: {quantity: 7.1}
  - id: mass
    statement: The new particle's mass is about 125.5 GeV.
    about: [mass, GeV, gigaelectronvolts, weighing]
    expect: {quantity: 125.5, tolerance: 1.5}
"""


@pytest.mark.parametrize(
    "text, claim, expected",
    [
        # a bare whole number right before a plural noun counts it: no measure
        ("There have been 19 earthquakes in the region since the quake struck.", "magnitude", "silent"),
        ("The earthquake set off 20 aftershocks overnight.", "magnitude", "silent"),
        # a measure still conflicts, and a decimal before a unit's name is a measure
        ("The earthquake measured 7.4 on the scale.", "magnitude", "conflicts"),
        ("The particle weighs in at 125.3 gigaelectronvolts.", "mass", "supports"),
    ],
)
def test_a_count_of_a_plural_noun_is_no_measure(corpus, text, claim, expected):
    assert verdicts(corpus, MEASURES, text)[claim] == expected


@pytest.mark.parametrize(
    "statement, value, text",
    [
        # a claim whose statement counts a noun keeps its counts, however the statement words them
        ("Phelps ended his career with 28 Olympic medals.", 28, "Phelps's haul of 28 medals is a record."),
        ("Tsarnaev faced 30 counts and was convicted on all 30.", 30, "He was convicted on 30 counts."),
        ("Leicester had an unassailable seven-point lead.", 7, "Leicester held a lead of 7 points."),
    ],
)
def test_a_count_claim_is_not_taken_for_a_measure(corpus, statement, value, text):
    claims = f"""
claims:
  - id: count
    statement: {statement}
    about: [medals, counts, lead]
    expect: {{quantity: {value}}}
"""
    assert verdicts(corpus, claims, text)["count"] == "supports"


STARTS = """
scope: {event: The verdict, date: 2022-10-12, window_days: 60}
claims:
  - id: verdict-day
    statement: The jury returned its verdict on 12 October 2022.
    about: [verdict, jury, jurors]
    expect: {date: 2022-10-12}
  - id: drilling-day
    statement: Rescuers reached the miners on 13 October 2022.
    about: [rescuers, rescue]
    expect: {date: 2022-10-13}
  - id: talks-start
    statement: Deliberations began on 6 October 2022.
    about: [jury, deliberations]
    expect: {date: 2022-10-06}
"""


@pytest.mark.parametrize(
    "text, claim, expected",
    [
        # the day an activity started is not the day of the claim's event
        ("The trial began on Sept. 13 and the jury began to deliberate on Oct. 6.", "verdict-day", "unclear"),
        ("The jury began deliberations on Tuesday, Oct. 4.", "verdict-day", "unclear"),
        ("The jurors resumed their deliberations on Oct. 7.", "verdict-day", "unclear"),
        ("Rescuers started drilling on Aug. 5 to reach the men.", "drilling-day", "unclear"),
        # the topic's own day, and a claim about the start itself, are compared
        ("The jury returned its verdict on Oct. 11.", "verdict-day", "conflicts"),
        ("The jury began to deliberate on Oct. 6.", "talks-start", "supports"),
        ("The jury began to deliberate on Oct. 5.", "talks-start", "conflicts"),
    ],
)
def test_the_day_an_activity_started_is_no_day_of_the_claims_event(corpus, text, claim, expected):
    assert verdicts(corpus, STARTS, text)[claim] == expected


CONVICTED = """
scope: {event: The verdict, date: 2023-11-02, window_days: 200}
claims:
  - id: verdict-day
    statement: The jury found him guilty on 2 November 2023.
    about: [convicted, verdict]
    expect: {date: 2023-11-02}
"""


@pytest.mark.parametrize(
    "text, claim, expected",
    [
        # a month later in the year than the publication's, told as past, is last year's
        ("He was convicted in November on all seven counts.", "verdict-day", "supports"),
        ("Maxwell was convicted in November of five offences.", "verdict-day", "supports"),
    ],
)
def test_a_month_after_the_publication_told_as_past_is_last_years(corpus, text, claim, expected):
    assert verdicts(corpus, CONVICTED, text, published="2024-03-29")[claim] == expected


def test_a_month_told_as_to_come_is_this_years(corpus):
    """Told as to come, November is this year's: the retrial's verdict, still to come after the
    claim's day, which makes it another occasion rather than a conflict."""
    text = (
        "---\npublished: 2024-03-29\n---\nHeadline\n\n"
        "A verdict in the retrial will come in November, prosecutors hope.\n"
    )
    report = corpus(CONVICTED, {"a.txt": text}, base=False)
    (e,) = finding(report, "verdict-day").evidence
    assert (e.stance, str(e.found.value)) == ("unclear", "2024-11")
    assert "still to come" in (e.note or "")


FRONTED = """
scope: {event: The deal, date: 2023-12-14, window_days: 800}
claims:
  - id: closing-day
    statement: The deal closed on 14 December 2023.
    about: [closing, close]
    expect: {date: 2023-12-14}
  - id: launch-day
    statement: The rocket launched on 16 November 2022.
    about: [launch]
    expect: {date: 2022-11-16}
"""


@pytest.mark.parametrize(
    "text, claim, expected",
    [
        # a fronted date dates the main clause; a topic only named as what a noun is for is not its subject
        ("On June 23, 2023, the regulator cleared the way for the closing of the merger.", "closing-day", "unclear"),
        ("On Nov. 4, 2022, managers gave the go-ahead for the launch.", "launch-day", "unclear"),
        ("On Nov. 4, 2022, engineers rolled the rocket back for the launch.", "launch-day", "unclear"),
        # the topic as the main clause's subject is dated by it
        ("On Nov. 4, 2022, the launch took place at dawn.", "launch-day", "conflicts"),
    ],
)
def test_a_fronted_date_does_not_date_what_a_noun_is_for(corpus, text, claim, expected):
    assert verdicts(corpus, FRONTED, text)[claim] == expected


EACH_ONE = """
claims:
  - id: sentence-minimum
    statement: The judge sentenced him to three to ten years in prison, a minimum of three years.
    about: [sentenced, sentence, sentencia]
    expect: {quantity: 3, unit: year}
  - id: satellites-cost
    statement: The two satellites cost $8.2 billion.
    about: [cost, satellites]
    expect: {quantity: 8.2 billion, unit: USD}
  - id: counts
    statement: The jury convicted him on 30 counts.
    about: [counts, charges]
    expect: {quantity: 30}
  - id: price-per-share
    statement: Broadcom pays $142 per VMware share.
    about: [VMware share, shareholder]
    expect: {quantity: 142, unit: USD}
"""


@pytest.mark.parametrize(
    "text, claim, expected",
    [
        # a figure for each one of several is not their total (Cosby, Chauvin, Holmes coverage)
        (
            "The three felony counts each carry a 10-year sentence, which may be served concurrently.",
            "sentence-minimum",
            "silent",
        ),
        ("He was sentenced to 12.5 years in prison for each murder charge.", "sentence-minimum", "silent"),
        ("Fue sentenciado a 20 años de prisión por cada cargo.", "sentence-minimum", "silent"),
        ("The two satellites cost $4.1 billion each.", "satellites-cost", "silent"),
        # the total named after "each of", and a distributive word before another figure, still count
        ("The jury convicted him on each of the 17 counts.", "counts", "conflicts"),
        ("He was sentenced to five years, giving each guard one hour a day with him.", "sentence-minimum", "conflicts"),
        # a claim of a rate reads "for each share" as its own
        ("Each VMware shareholder will get $140 in cash for each VMware share.", "price-per-share", "conflicts"),
    ],
)
def test_a_figure_for_each_one_is_not_the_total(corpus, text, claim, expected):
    assert verdicts(corpus, EACH_ONE, text)[claim] == expected


WIDTHS = """
claims:
  - id: moonlet-size
    statement: Dimorphos is about 151 m across.
    about: [Dimorphos, moonlet]
    expect: {quantity: 151, unit: m, tolerance: 5}
  - id: crater-size
    statement: The crater is 12 metres wide.
    about: [crater, cráter]
    expect: {quantity: 12, unit: m}
"""


@pytest.mark.parametrize(
    "text, claim, expected",
    [
        # a diameter, or a body "broad", is its width (DART coverage; a crater from any impact story)
        (
            "Dimorphos, which scientists believed was roughly 525 feet broad, was hit on Monday.",
            "moonlet-size",
            "conflicts",
        ),
        ("The moonlet Dimorphos measures 160 metres in diameter.", "moonlet-size", "conflicts"),
        ("The blast left a crater 43 metres in diameter at the port.", "crater-size", "conflicts"),
        (
            "Según la NASA, la pequeña luna Dimorphos, que orbita otro asteroide, tiene unos 160 metros de diámetro.",
            "moonlet-size",
            "conflicts",
        ),
        # a length of another measure stays unclear
        ("The moonlet Dimorphos travelled 160 metres before it settled.", "moonlet-size", "unclear"),
    ],
)
def test_a_diameter_is_a_width(corpus, text, claim, expected):
    assert verdicts(corpus, WIDTHS, text)[claim] == expected


GRAMS = """
claims:
  - id: sample-mass
    statement: The capsule brought back 121.6 grams of asteroid material.
    about: [sample, capsule, muestra, cápsula]
    expect: {quantity: 121.6, unit: g}
  - id: towers
    statement: The network reached 5 towns.
    about: [network]
    expect: {quantity: 5}
"""


@pytest.mark.parametrize(
    "text, claim, expected",
    [
        # grams and ounces are masses, converted (OSIRIS-REx and Hayabusa2 coverage)
        ("The sample weighs 4.29 ounces, NASA said.", "sample-mass", "supports"),
        ("The capsule held a 250g sample of the asteroid.", "sample-mass", "conflicts"),
        ("Hayabusa2's capsule returned a sample of 5.4 grams.", "sample-mass", "conflicts"),
        (
            "La cápsula de la misión trajo una muestra de 121,6 gramos del asteroide Bennu, según informó la NASA "
            "este lunes desde el desierto de Utah.",
            "sample-mass",
            "supports",
        ),
        # "5G" in capitals is a network's generation, not five grams
        ("The 5G network reached 12 towns.", "towers", "conflicts"),
    ],
)
def test_grams_and_ounces_are_masses(corpus, text, claim, expected):
    assert verdicts(corpus, GRAMS, text)[claim] == expected


PRESIDED = """
entities:
  engoron: {name: Arthur Engoron}
  schroeder: {name: Bruce Schroeder}
  trump: {name: Donald Trump, aliases: [Trump]}
  biden: {name: Joe Biden, aliases: [Biden]}
claims:
  - id: judge
    statement: Justice Arthur Engoron presided over the case.
    about: [judge, justice, presided, presiding]
    expect: {person: engoron, role: [Judge, Justice, presided, presiding judge]}
  - id: trial-judge
    statement: Judge Bruce Schroeder presided over the trial.
    about: [judge, presided, presiding]
    expect: {person: schroeder, role: [Judge, presided]}
"""


@pytest.mark.parametrize(
    "text, claim, expected",
    [
        # a role written as a verb is never a title sharing its stem before a name (Trump civil fraud,
        # Rittenhouse and Chauvin coverage)
        ("President Trump was hit with another hefty verdict at New York on Friday afternoon.", "judge", "silent"),
        ("President Biden said he stood by the jury's verdict in Kenosha.", "trial-judge", "silent"),
        # the title still names the holder
        ("A state supreme court justice, Arthur Engoron, published his decision.", "judge", "supports"),
        ("The trial was presided over by Judge Bruce Schroeder.", "trial-judge", "supports"),
    ],
)
def test_a_role_written_as_a_verb_is_no_title(corpus, text, claim, expected):
    assert verdicts(corpus, PRESIDED, text)[claim] == expected


STANDINGS = """
claims:
  - id: vox-seats
    statement: Vox won 33 seats.
    about: [Vox]
    expect: {quantity: 33}
  - id: zelensky-share
    statement: Zelensky got 30.2% of the vote in the first round.
    about: [Zelensky]
    expect: {quantity: 30.2, unit: percent, tolerance: 0.5}
  - id: labour-seats
    statement: Labour won 411 seats.
    about: [Labour]
    expect: {quantity: 411}
"""


@pytest.mark.parametrize(
    "text, claim, expected",
    [
        # a figure a standing link gives another name is that name's (Spain 2023, Ukraine 2019, UK 2024)
        ("With Vox on 33 seats and his PP on 136, the right is short of a majority.", "vox-seats", "supports"),
        ("Zelensky got about 30%, with current leader Petro Poroshenko on 16%.", "zelensky-share", "supports"),
        ("Labour won a landslide, with the Conservatives on 121 seats.", "labour-seats", "silent"),
        # the topic's own standing still counts
        ("Labour on 412 seats and the Conservatives on 121 is the exit poll's forecast.", "labour-seats", "conflicts"),
    ],
)
def test_a_figure_a_name_stands_on_is_that_names(corpus, text, claim, expected):
    assert verdicts(corpus, STANDINGS, text)[claim] == expected


PLACINGS = """
entities:
  union:
    name: CDU/CSU
    aliases: [CDU, the Union, Christian Democrats, conservatives]
  spd:
    name: Social Democratic Party
    aliases: [SPD, Social Democrats]
  psoe:
    name: PSOE
claims:
  - id: record-time
    statement: Bolt won the 100 m final in a world record time of 9.58 seconds.
    about: [Bolt]
    expect: {quantity: 9.58}
  - id: union-share
    statement: The CDU/CSU won 24.1% of the second votes.
    about: [union]
    expect: {quantity: 24.1, unit: percent, tolerance: 0.5}
  - id: roxas-votes
    statement: Mar Roxas received 9,978,175 votes.
    about: [Roxas]
    expect: {quantity: 9978175, tolerance: 0.5%}
  - id: psoe-share
    statement: The PSOE won 31.7% of the vote.
    about: [psoe]
    expect: {quantity: 31.7, unit: percent, tolerance: 0.5}
"""


@pytest.mark.parametrize(
    "text, claim, expected, lang",
    [
        # a figure after a rank is the result of whoever finished in that place, not the winner's:
        # another runner's time (Berlin 2009), another party's share (Germany 2021)
        (
            "Antigua and Barbuda's Daniel Bailey, Bolt's training partner, was fourth in 9.93.",
            "record-time",
            "silent",
            None,
        ),
        ("Trinidad and Tobago's Richard Thompson was fifth in 9.93, behind Bolt.", "record-time", "silent", None),
        (
            "With the conservatives a close second and the Social Democrats a distant third on 15 per cent.",
            "union-share",
            "silent",
            None,
        ),
        ("Sumar quedó cuarto con el 12 %, muy lejos del PSOE.", "psoe-share", "silent", "es"),
        # the claim's own name in that place still holds it (Philippines 2016, Spain 2023)
        ("Trailing him, Mar Roxas came second with 9.9 million votes.", "roxas-votes", "conflicts", None),
        ("El PSOE quedó segundo con el 28 %.", "psoe-share", "conflicts", "es"),
    ],
)
def test_a_figure_after_a_rank_is_whoever_placed_there(corpus, text, claim, expected, lang):
    assert verdicts(corpus, PLACINGS, text, lang=lang)[claim] == expected


RIVALS = """
entities:
  labour:
    name: Labour Party
    aliases: [Labour]
  conservatives:
    name: Conservative Party
    aliases: [Conservatives, Tories]
  pistorius:
    name: Oscar Pistorius
    aliases: [Pistorius]
  masipa:
    name: Thokozile Masipa
    aliases: [Masipa, Judge Masipa]
claims:
  - id: labour-seats
    statement: Labour won 203 seats.
    about: [labour]
    expect: {quantity: 203, tolerance: 1}
  - id: conservative-seats
    statement: The Conservatives won 365 seats.
    about: [conservatives]
    expect: {quantity: 365}
  - id: sentence-years
    statement: Pistorius was sentenced to six years in prison.
    about: [pistorius]
    expect: {quantity: 6, unit: year}
"""


@pytest.mark.parametrize(
    "text, claim, expected",
    [
        # another of the fact sheet's actors as the sentence's subject holds the figure, the claim's
        # actor named only after it: the winner's seats on the loser's night (UK 2019, UK 2024)
        (
            "The Conservative Party have officially been declared winners of the General Election, "
            "after securing over 360 seats on a disastrous night for Labour.",
            "labour-seats",
            "unclear",
        ),
        ("Labour took 262 seats from the Conservatives.", "conservative-seats", "unclear"),
        # past a phrase fronted before the subject (Ecuador 2017, UK 2019)
        (
            "With over 94 percent of the votes counted, the Conservatives are in the lead with 365 seats "
            "compared to 190 seats gained by Labour.",
            "labour-seats",
            "unclear",
        ),
        ("On a disastrous night for Labour, the Conservatives took 190 seats.", "labour-seats", "unclear"),
        ("In Thursday's vote, the Tories won 190 seats, leaving Labour far behind.", "labour-seats", "unclear"),
        # the claim's own actor after the fronted phrase still gives its figure
        ("On a disastrous night, Labour ended up with 190 seats.", "labour-seats", "conflicts"),
        # the claim's own actor as the subject still gives its figure
        ("Labour ended up with 190 seats, a historic defeat.", "labour-seats", "conflicts"),
        # a figure given to someone after the verb is theirs (Pistorius): no rule for whose
        ("Judge Masipa sentenced him to five years, Pistorius's family said.", "sentence-years", "conflicts"),
        ("Judge Masipa gave Pistorius five years.", "sentence-years", "conflicts"),
    ],
)
def test_another_actor_as_the_subject_holds_the_figure(corpus, text, claim, expected):
    assert verdicts(corpus, RIVALS, text)[claim] == expected


PURCHASES = """
entities:
  softbank:
    name: SoftBank
  arm:
    name: ARM Holdings
    aliases: [ARM]
claims:
  - id: deal-value
    statement: SoftBank agreed to buy ARM for about $32 billion.
    about: [deal, acquisition, buy, bought, purchase]
    expect: {quantity: 32 billion, unit: USD, tolerance: 2.5%}
"""


@pytest.mark.parametrize(
    "text, expected",
    [
        # the buyer's other purchase, of what the fact sheet never names (ARM and SoftBank, Broadcom
        # and VMware, Google and Fitbit)
        ("SoftBank also bought the Japanese Vodafone branch for 15 billion dollars.", "unclear"),
        ("He bought CA Technologies for $30.9 billion later on.", "unclear"),
        ("It is its biggest deal since it bought Nest for $30bn.", "unclear"),
        # what the fact sheet names, or no name at all, is still the claim's purchase
        ("SoftBank bought ARM for $24 billion.", "conflicts"),
        ("SoftBank bought the British chip designer for $24 billion.", "conflicts"),
        ("SoftBank to buy UK chip designer for $24bn", "conflicts"),
    ],
)
def test_a_purchase_of_what_the_fact_sheet_never_names_is_a_question(corpus, text, expected):
    assert verdicts(corpus, PURCHASES, text)["deal-value"] == expected


PRONOUNS = """
claims:
  - id: search-distance
    statement: The searchers of Operación Esperanza covered 2,656 km on foot.
    about: [walked]
    expect: {quantity: 2656, unit: km, tolerance: 5%}
  - id: death-toll
    statement: The floods killed 4,352 people in Derna.
    about: [lost, killed]
    expect: {quantity: 4352}
  - id: sentence-years
    statement: Weinstein was sentenced to 23 years in prison.
    about: [sentenced]
    expect: {quantity: 23, unit: year}
"""


@pytest.mark.parametrize(
    "text, claim, expected",
    [
        # a pronoun opening the figure's sentence stands for the person the paragraph opened a sentence
        # with, every sentence since going on with the pronoun: a stranger's figure (Colombia 2023, Derna)
        (
            "Jhonatan Acosta, 30, was found safe on Feb. 25, the Guardian reports. He also drank rainwater. "
            "And in addition to his less palatable meals, he ate wild fruits, the BBC reports. "
            "He estimates he walked about 25 miles looking for help.",
            "search-distance",
            "unclear",
        ),
        (
            "Mohsen al-Sheikh, a 52-year-old actor, exemplifies the personal toll of the disaster. "
            "He lost 103 members of his extended family.",
            "death-toll",
            "unclear",
        ),
        # who the pronoun stands for is not told, or it opens what someone said: no rule (Weinstein, Rana Plaza)
        (
            "In December 2022, he was found guilty of rape involving a woman known as Jane Doe. "
            "He was sentenced to 16 years in prison.",
            "sentence-years",
            "conflicts",
        ),
        (
            "Mohsen al-Sheikh spoke to reporters. He said 103 people were killed on his street.",
            "death-toll",
            "conflicts",
        ),
    ],
)
def test_a_pronoun_that_stands_for_a_stranger_holds_the_figure(corpus, text, claim, expected):
    assert verdicts(corpus, PRONOUNS, text)[claim] == expected


WHOLES = """
claims:
  - id: pp-seats
    statement: The PP won 137 of the 350 seats in the Congress of Deputies.
    about: [PP]
    expect: {quantity: 137}
  - id: labour-seats
    statement: Labour won 411 of the 650 seats.
    about: [Labour]
    expect: {quantity: 411}
  - id: capital-counts
    statement: 17 of the 30 counts carried a possible death sentence.
    about: [death penalty, capital counts]
    expect: {quantity: 17}
"""


@pytest.mark.parametrize(
    "text, claim, expected",
    [
        # a claim given as a part of a whole counts the whole's noun (Spain 2023, UK 2024)
        ("After all the votes were counted, the PP won 136 seats.", "pp-seats", "conflicts"),
        ("Labour has won 412 seats, the exit poll suggests.", "labour-seats", "conflicts"),
        ("The PP won 137 of the 350 seats.", "pp-seats", "supports"),
        # the whole itself is a question, never a conflicting part (Tsarnaev)
        ("Jurors weighing the death penalty still have to consider 30 counts.", "capital-counts", "unclear"),
        ("The jury must weigh the death penalty on 17 of the 30 counts.", "capital-counts", "supports"),
    ],
)
def test_a_claim_given_as_a_part_of_a_whole(corpus, text, claim, expected):
    assert verdicts(corpus, WHOLES, text)[claim] == expected


APPOSITIONS = """
claims:
  - id: psoe-seats
    statement: The PSOE won 121 seats.
    about: [PSOE]
    expect: {quantity: 121}
  - id: death-toll
    statement: The explosions killed 165 people.
    about: [death toll, killed]
    expect: {quantity: 165, unit: people}
"""


@pytest.mark.parametrize(
    "text, claim, expected",
    [
        # a subject keeps its figure past a phrase set off by commas (Spain 2023; a port explosion's toll)
        (
            "The Socialist PSOE, led by current prime minister Pedro Sánchez, gained 122 seats.",
            "psoe-seats",
            "conflicts",
        ),
        ("The death toll, which officials in the port city revised on Friday, rose to 145.", "death-toll", "conflicts"),
        # a phrase set off that is not the subject's gives no subject
        ("In the end, after a night of counting in every province, Vox gained 33 seats.", "psoe-seats", "silent"),
    ],
)
def test_a_subject_keeps_its_figure_past_an_apposition(corpus, text, claim, expected):
    assert verdicts(corpus, APPOSITIONS, text)[claim] == expected


RELATIVES = """
claims:
  - id: officer-ban
    statement: Trump was barred for three years from serving as an officer of a New York company.
    about: [barred, banned, ban]
    expect: {quantity: 3, unit: year}
  - id: sentence-years
    statement: Murdaugh was sentenced to 27 years in prison.
    about: [sentenced, sentence, sentenciado]
    expect: {quantity: 27, unit: year}
  - id: sons-fine
    statement: His sons were each barred for two years.
    about: [barred, ban]
    expect: {quantity: 2, unit: year}
"""


@pytest.mark.parametrize(
    "text, claim, expected",
    [
        # a relative's figure is not the claim's person's (Trump civil fraud; a murder trial's family)
        (
            "Engoron also banned Trump for three years. His adult sons received two-year bans.",
            "officer-ban",
            "supports",
        ),
        ("Murdaugh's son was sentenced to two years on a separate charge.", "sentence-years", "unclear"),
        (
            "Su hijo fue sentenciado a dos años de prisión por otro cargo, informó la fiscalía del condado.",
            "sentence-years",
            "unclear",
        ),
        # unless the claim speaks of the relatives, or the relative is one of a list
        ("His adult sons received two-year bans.", "sons-fine", "supports"),
        ("He hugged his mother and then was sentenced to 30 years.", "sentence-years", "conflicts"),
    ],
)
def test_a_relatives_figure_is_not_the_claims_persons(corpus, text, claim, expected):
    assert verdicts(corpus, RELATIVES, text)[claim] == expected


COUNTRY_MARKS = """
claims:
  - id: price-per-share
    statement: Cisco agreed to pay $157 per share for Splunk.
    about: [Splunk]
    expect: {quantity: 157, unit: USD}
  - id: fine
    statement: Smollett was fined $25,000.
    about: [fined, ordered to pay]
    expect: {quantity: 25000, unit: USD}
"""


@pytest.mark.parametrize(
    "text, claim, expected",
    [
        # a country's letters after an amount leave its own words after it (Cisco and Splunk; Smollett)
        ("Splunk's stock ended trading on September 20 at $119.59 U.S. per share.", "price-per-share", "unclear"),
        ("Cisco will pay $157 U.S. a share for Splunk.", "price-per-share", "supports"),
        ("Smollett was ordered to pay $120,106 US in restitution to the city.", "fine", "silent"),
        # the pronoun "us" is no country's letters
        ("Smollett told us he was ordered to pay $30,000.", "fine", "conflicts"),
    ],
)
def test_a_countrys_letters_after_an_amount(corpus, text, claim, expected):
    assert verdicts(corpus, COUNTRY_MARKS, text)[claim] == expected


PURPOSES = """
claims:
  - id: collection-month
    statement: OSIRIS-REx collected its sample in October 2020.
    about: [collected, collect, retrieve]
    expect: {month: 2020-10}
  - id: launch-day
    statement: Artemis I launched on 16 November 2022.
    about: [launched, launch]
    expect: {date: 2022-11-16}
  - id: detection-month
    statement: LIGO detected the waves in September 2015.
    about: [detected, find]
    expect: {month: 2015-09}
"""


@pytest.mark.parametrize(
    "text, claim, expected",
    [
        # a date between a verb and an infinitive dates the verb, not the purpose (OSIRIS-REx, Artemis)
        ("The spacecraft set out in 2016 to retrieve material from Bennu.", "collection-month", "unclear"),
        ("NASA rolled the rocket back out on Nov. 4, 2022 to launch it again.", "launch-day", "unclear"),
        # a fronted date dates the whole clause, its infinitive too (LIGO)
        ("In January 2016, the team at LIGO were shocked to find the signal.", "detection-month", "conflicts"),
    ],
)
def test_a_date_before_an_infinitive_dates_the_verb(corpus, text, claim, expected):
    assert verdicts(corpus, PURPOSES, text)[claim] == expected


PARTICIPLES = """
claims:
  - id: ruling-date
    statement: Engoron issued his decision on Friday 16 February 2024.
    about: [decision, decisión]
    expect: {date: 2024-02-16}
  - id: quake-date
    statement: The earthquake struck on Friday 8 September 2023.
    about: [earthquake, sismo, terremoto]
    expect: {date: 2023-09-08}
"""


@pytest.mark.parametrize(
    "text, claim, published, expected",
    [
        # a Spanish past participle before a weekday tells it as past (Trump civil fraud, Morocco quake)
        (
            "Un juez de Nueva York ha determinado que Trump debe abonar una multa millonaria. Esta decisión, "
            "emitida el viernes, representa un golpe adicional para el expresidente estadounidense.",
            "ruling-date",
            "2024-02-17",
            "supports",
        ),
        (
            "Marruecos llora a sus muertos en los pueblos de montaña. El terremoto, registrado el viernes por "
            "la noche en la cordillera del Atlas, sigue sacudiendo la región con réplicas.",
            "quake-date",
            "2023-09-10",
            "supports",
        ),
        # a plan's participle keeps the future: the coming Friday, still to come after the claim's day
        (
            "Un juez de Nueva York debe decidir si Trump abonará una multa millonaria. La decisión, "
            "programada el viernes, será un golpe adicional para el expresidente estadounidense.",
            "ruling-date",
            "2024-02-17",
            "unclear",
        ),
    ],
)
def test_a_spanish_participle_tells_its_weekday_as_past(corpus, text, claim, published, expected):
    assert verdicts(corpus, PARTICIPLES, text, published=published)[claim] == expected


ACTS_ON_TOPIC = """
claims:
  - id: agreement-date
    statement: Twitter and Musk agreed the deal on Monday 25 April 2022.
    about: [deal, agreed]
    expect: {date: 2022-04-25}
  - id: announced-date
    statement: Exxon announced its acquisition of Pioneer on 11 October 2023.
    about: [acquisition, announced]
    expect: {date: 2023-10-11}
"""


@pytest.mark.parametrize(
    "text, claim, expected",
    [
        # another act on the topic's noun dates that act (Musk and Twitter; Exxon and Pioneer)
        ("Musk closed the USD 44-billion deal to buy Twitter on October 27, 2022.", "agreement-date", "unclear"),
        ("Exxon completed its acquisition of Pioneer on May 3, 2024.", "announced-date", "unclear"),
        # the claim's own act on it is its date, and a topic without an act keeps its date
        ("Exxon announced its acquisition of Pioneer on October 12, 2023.", "announced-date", "conflicts"),
        ("The deal was agreed on April 26, 2022.", "agreement-date", "conflicts"),
    ],
)
def test_another_act_on_the_topic_dates_that_act(corpus, text, claim, expected):
    assert verdicts(corpus, ACTS_ON_TOPIC, text)[claim] == expected


STATED_ACTS = """
claims:
  - id: verdict-date
    statement: The jury returned its verdicts on Wednesday 26 July 2023.
    about: [verdict, verdicts, acquitted]
    expect: {date: 2023-07-26}
  - id: announced-date
    statement: Microsoft announced the deal to buy LinkedIn on Monday 13 June 2016.
    about: [deal, acquired, agreed]
    expect: {date: 2016-06-13}
"""


@pytest.mark.parametrize(
    "text, published, claim, expected",
    [
        # the statement's own verb on the topic's noun is the claim's act: its day, even a weekday
        # with no week to count from, is the topic's (a jury's verdicts; a deal's announcement)
        ("The jury at Southwark Crown Court returned the verdicts on Thursday.", None, "verdict-date", "conflicts"),
        ("The jury returned the verdicts on Wednesday.", "2023-07-27", "verdict-date", "supports"),
        ("Microsoft announced the deal on June 4, 2016.", None, "announced-date", "conflicts"),
        ("Microsoft announced the deal on June 13, 2016.", None, "announced-date", "supports"),
        # a verb the statement never says is another act on the noun: a question
        ("The defence appealed the verdicts on Thursday.", None, "verdict-date", "unclear"),
        ("Microsoft closed the deal on December 8, 2016.", None, "announced-date", "unclear"),
    ],
)
def test_the_statements_own_act_on_the_topic_dates_it(corpus, text, published, claim, expected):
    assert verdicts(corpus, STATED_ACTS, text, published)[claim] == expected


INFINITIVES = """
claims:
  - id: completion-date
    statement: The acquisition was completed on Thursday 27 October 2022.
    about: [completed, complete, close, closed]
    expect: {date: 2022-10-27}
  - id: block-month
    statement: The competition authority sued to block the merger in December 2022.
    about: [sued, block]
    expect: {month: 2022-12}
"""


@pytest.mark.parametrize(
    "text, claim, published, expected",
    [
        # the claim's event as an infinitive after another verb: the date is that verb's (Musk and
        # Twitter; Microsoft and Activision)
        (
            "Despite the threats, he reiterated his desire to complete the acquisition last week.",
            "completion-date",
            "2022-06-21",
            "unclear",
        ),
        ("It ends a battle with the CMA, which moved to block the deal in April 2023.", "block-month", None, "unclear"),
        # after the claim's own verb, or as the verb itself, the date is the event's (AT&T and Time Warner)
        (
            "The deal lapses after the Justice Department sued to block the merger in November 2017.",
            "block-month",
            None,
            "conflicts",
        ),
        ("Musk completed the acquisition last week.", "completion-date", "2022-06-21", "conflicts"),
    ],
)
def test_an_infinitive_of_the_event_is_not_dated_by_its_verbs_date(corpus, text, claim, published, expected):
    assert verdicts(corpus, INFINITIVES, text, published=published)[claim] == expected


AGENT_ACTS = """
entities:
  iger:
    name: Robert Iger
    aliases: [Bob Iger, Iger]
  eu:
    name: European Commission
    aliases: [EU, Comisión Europea]
claims:
  - id: verdict-date
    statement: The jury returned its verdict on Wednesday 12 October 2022.
    about: [verdict, jury, veredicto, jurado]
    expect: {date: 2022-10-12}
  - id: iger-term-year
    statement: Robert Iger agreed to remain Disney's chief executive through the end of 2021.
    about: [iger]
    expect: {year: 2021}
  - id: eu-approval
    statement: The European Commission cleared the deal unconditionally in December 2021.
    about: [eu]
    expect: {month: 2021-12}
"""


@pytest.mark.parametrize(
    "text, claim, published, lang, expected",
    [
        # one who acts (a jury, a person, a commission) dates another act of theirs than the claim's
        # (Alex Jones verdict, Disney and Fox, Microsoft and Nuance)
        (
            "A Connecticut jury yesterday ended its first full day of deliberations without a decision.",
            "verdict-date",
            "2022-10-08",
            None,
            "unclear",
        ),
        (
            "Last year, Disney Chairman and CEO Bob Iger emphasized the benefits of the takeover.",
            "iger-term-year",
            "2019-03-20",
            None,
            "unclear",
        ),
        (
            "The European Commission last month asked customers and competitors to list concerns.",
            "eu-approval",
            "2021-12-14",
            None,
            "unclear",
        ),
        (
            "El jurado terminó el viernes su primera jornada de deliberaciones sin una decisión.",
            "verdict-date",
            "2022-10-08",
            "es",
            "unclear",
        ),
        # the claim's own act, or an act on the claim's topic, is the claim's date
        ("The jury returned its verdict yesterday.", "verdict-date", "2022-10-08", None, "conflicts"),
        ("The jury yesterday reached a verdict.", "verdict-date", "2022-10-08", None, "conflicts"),
        ("The European Commission last month cleared the deal.", "eu-approval", "2021-12-14", None, "conflicts"),
        ("El jurado emitió el viernes su veredicto.", "verdict-date", "2022-10-08", "es", "conflicts"),
    ],
)
def test_an_agents_other_act_dates_that_act(corpus, text, claim, published, lang, expected):
    assert verdicts(corpus, AGENT_ACTS, text, published=published, lang=lang)[claim] == expected


PROGRESS = """
claims:
  - id: macron-share
    statement: Macron won 58.55% of the vote.
    about: [Macron]
    expect: {quantity: 58.55, unit: percent, tolerance: 0.5}
  - id: petro-share
    statement: Petro won 50.44% of the valid votes.
    about: [Petro]
    expect: {quantity: 50.44, unit: percent, tolerance: 0.1}
  - id: leave-share
    statement: Leave won 51.9% of the vote.
    about: [Leave]
    expect: {quantity: 51.9, unit: percent}
"""


@pytest.mark.parametrize(
    "text, claim, expected",
    [
        # how much of the count is in is no share of the vote (France 2017, Colombia 2022, Argentina 2023)
        ("With 93% of the votes counted, Macron led the count.", "macron-share", "silent"),
        ("With 97 percent of precincts reporting, Macron led.", "macron-share", "silent"),
        (
            "Colombia eligió este domingo a su nuevo presidente en una jornada tranquila. Con el 95% de las "
            "mesas escrutadas, Petro encabeza el conteo de la Registraduría Nacional del Estado Civil.",
            "petro-share",
            "silent",
        ),
        (
            "Con el 99,95% de las mesas escrutadas, Petro se impuso en la segunda vuelta con el 50,44% de los "
            "votos válidos, según la Registraduría.",
            "petro-share",
            "supports",
        ),
        # a verb of counting before the share, or "after" with the participle after it (Peru 2021,
        # Philippines 2016, Colombia 2018)
        ("After counting 93% of the votes, Macron led the count.", "macron-share", "silent"),
        ("Macron took the lead after 93% of the votes were counted.", "macron-share", "silent"),
        (
            "Tras haber escrutado el 80,78 por ciento de los votos, Petro encabeza el conteo.",
            "petro-share",
            "silent",
        ),
        # a share of the votes counted is still a share (Brexit, Kenya 2022)
        ("Leave won 51.9% of the votes counted so far.", "leave-share", "supports"),
        ("Leave, counting on the north, won 51.9% of the votes.", "leave-share", "supports"),
        ("Leave took 48.1 percent of the total votes tallied.", "leave-share", "conflicts"),
    ],
)
def test_how_much_of_the_count_is_in_is_no_share(corpus, text, claim, expected):
    assert verdicts(corpus, PROGRESS, text)[claim] == expected


RATED_TOTALS = """
claims:
  - id: fine-total
    statement: The court fined Acosta EUR 5,400 in all (nine months at EUR 20 a day).
    about: [fine, fined, multa]
    expect: {quantity: 5400, unit: EUR, tolerance: 1%}
  - id: fee
    statement: The club pays its coach EUR 20,000 a month.
    about: [coach, entrenador]
    expect: {quantity: 20000, unit: EUR}
"""


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        # a rate the statement gives another of its figures is not the claim's total: a daily rate
        # is no fine (Rubiales 2025, and the day-fines of Spanish and German courts)
        ("The judge ordered him to pay a fine of 30 euros per day.", None, {"fine-total": "silent"}),
        ("El tribunal le impuso una multa de quince euros diarios durante un año.", "es", {"fine-total": "silent"}),
        ("The judge ordered him to pay a fine of EUR 5,400.", None, {"fine-total": "supports"}),
        # the claim's own rate is still its figure
        ("The club pays the coach EUR 20,000 a month.", None, {"fee": "supports"}),
    ],
)
def test_a_rate_is_no_total(corpus, text, lang, expected):
    got = verdicts(corpus, RATED_TOTALS, text, lang=lang)
    assert {claim: got[claim] for claim in expected} == expected


HELD_SHARES = """
entities:
  duterte: {name: Rodrigo Duterte, aliases: [Duterte]}
  poe: {name: Grace Poe, aliases: [Poe]}
claims:
  - id: turnout
    statement: Turnout was 81.95% of registered voters.
    about: [turnout, participation, participación, voted, votaron]
    expect: {quantity: 81.95, unit: percent, tolerance: 1}
  - id: duterte-share
    statement: Duterte won 39.01% of the vote.
    about: [duterte]
    expect: {quantity: 39.01, unit: percent, tolerance: 0.5}
"""


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        # a share held by a name of the fact sheet is that name's, not the turnout's, though "of
        # the vote" echoes "voted" (Peru 2021, Philippines 2016)
        ("His nearest rival Grace Poe had 22.2% of the vote.", None, {"turnout": "silent"}),
        (
            "Duterte appears to have won decisively, winning with 39% of the vote.",
            None,
            {"turnout": "silent", "duterte-share": "supports"},
        ),
        ("Poe’s 22.2% of the vote put her second.", None, {"turnout": "silent"}),
        ("Duterte obtuvo el 39,01 por ciento de los votos.", "es", {"turnout": "silent", "duterte-share": "supports"}),
        # the claim's topic between the name and the share: the turnout's own
        ("Duterte's province had a turnout of 81% of the voters who voted.", None, {"turnout": "supports"}),
    ],
)
def test_a_share_held_by_a_name_is_that_names(corpus, text, lang, expected):
    got = verdicts(corpus, HELD_SHARES, text, lang=lang)
    assert {claim: got[claim] for claim in expected} == expected


RESTATED = """
claims:
  - id: petro-share
    statement: Petro won 50.44% of the valid votes.
    about: [Petro]
    expect: {quantity: 50.44, unit: percent, tolerance: 0.1}
  - id: milei-share
    statement: Milei won 55.65% of the valid votes.
    about: [Milei]
    expect: {quantity: 55.65, unit: percent, tolerance: 0.1}
"""


@pytest.mark.parametrize(
    "text, claim, expected",
    [
        # a figure in brackets after another gives the same holder's figure in another form
        # (Colombia 2022, Argentina 2023)
        (
            "Gustavo Petro obtained 10,692,503 votes (50.69 percent), while Rodolfo Hernández reached "
            "9,923,729 votes (47.04 percent).",
            "petro-share",
            "conflicts",
        ),
        (
            "Javier Milei won 14,476,462 votes (55.69%), ahead of Sergio Massa with 11,516,142 (44.31%).",
            "milei-share",
            "supports",
        ),
        # the other side's bracket is not the topic's
        ("Rodolfo Hernández reached 9,923,729 votes (47.04 percent), behind Gustavo Petro.", "petro-share", "unclear"),
    ],
)
def test_a_bracket_after_a_figure_restates_its_holders(corpus, text, claim, expected):
    assert verdicts(corpus, RESTATED, text)[claim] == expected


COMPARED = """
scope: {event: The earthquake in Haiti, date: 2010-01-12, window_days: 60}
claims:
  - id: death-toll
    statement: The earthquake in Haiti killed about 220,000 people.
    about: [death toll, killed]
    expect: {quantity: 220000, unit: people, tolerance: 10%}
  - id: ruto-votes
    statement: Ruto won 7,176,141 votes.
    about: [Ruto]
    expect: {quantity: 7176141, tolerance: 1%}
"""


@pytest.mark.parametrize(
    "text, claim, expected",
    [
        # a figure set against the story's own is another's (Haiti 2010 against Chile 2010; the Turkey quake)
        (
            "While the death toll of 214 is only preliminary, it is a thousand times lower than that of Haiti's.",
            "death-toll",
            "unclear",
        ),
        ("The death toll of 2,000 is small compared with the toll in Haiti, officials said.", "death-toll", "unclear"),
        # a bound is no comparison, and the story named first keeps its figure
        ("Ruto won a little more than seven million votes, the IEBC said.", "ruto-votes", "conflicts"),
        ("Haiti's death toll of 150,000 is far higher than that of Chile.", "death-toll", "conflicts"),
    ],
)
def test_a_figure_set_against_the_storys_own(corpus, text, claim, expected):
    assert verdicts(corpus, COMPARED, text)[claim] == expected


ANOTHER = """
claims:
  - id: launch-date
    statement: The crew launched on 30 May 2020.
    about: [launch, launched]
    expect: {date: 2020-05-30}
  - id: quake-date
    statement: The earthquake struck on 6 February 2023.
    about: [earthquake, struck]
    expect: {date: 2023-02-06}
  - id: death-toll
    statement: The earthquakes killed about 59,500 people.
    about: [killed, death toll]
    expect: {quantity: 59500, unit: people, tolerance: 5%}
"""


@pytest.mark.parametrize(
    "text, claim, expected",
    [
        # "another" opens a phrase naming another occurrence, however long (Crew Dragon, the Turkey quake)
        (
            "The return clears the way for another SpaceX crew launch as early as September 2020.",
            "launch-date",
            "silent",
        ),
        ("Another SpaceX crew will launch on 15 November 2020.", "launch-date", "silent"),
        ("Another powerful earthquake struck the region on 20 February 2023.", "quake-date", "silent"),
        # an adverb "earlier" after the noun, and "another" before a figure, say no such thing
        ("The earthquakes earlier this month killed more than 57,300 people.", "death-toll", "supports"),
        ("The earthquake struck on 7 February 2023, and another 50 people were found dead.", "quake-date", "conflicts"),
    ],
)
def test_another_opens_another_occurrence(corpus, text, claim, expected):
    assert verdicts(corpus, ANOTHER, text)[claim] == expected


DEMONYM_NOUNS = """
claims:
  - id: alcaraz-age
    statement: Alcaraz was 20 years old when he won the final.
    about: [Alcaraz, Spaniard, year-old]
    expect: {quantity: 20, unit: year}
"""


@pytest.mark.parametrize(
    "text, claim, expected",
    [
        # a nationality standing as a noun for a person names someone else (Wimbledon 2023, Paris 2024)
        ("For his place as runner up, the 36-year-old Serbian will walk away with £1.175m.", "alcaraz-age", "silent"),
        ("The 25-year-old Brazilian, who beat Biles on floor, took gold.", "alcaraz-age", "silent"),
        # before the noun it describes it is the topic's: the sentence goes on about the champion
        ("The 21-year-old Spanish champion Alcaraz lifted the trophy.", "alcaraz-age", "conflicts"),
    ],
)
def test_a_nationality_as_a_noun_names_someone_else(corpus, text, claim, expected):
    assert verdicts(corpus, DEMONYM_NOUNS, text)[claim] == expected


TO_COME = """
claims:
  - id: election-date
    statement: Germany voted on 26 September 2021.
    about: [election, elected, vote]
    expect: {date: 2021-09-26}
  - id: verdict-date
    statement: The jury returned its verdict on 21 August 2018.
    about: [verdict]
    expect: {date: 2018-08-21}
"""


@pytest.mark.parametrize(
    "text, claim, published, expected",
    [
        # told as to come after the claim's day had passed: another occasion (Germany 2021, Manafort)
        ("The SPD candidate Olaf Scholz will be elected on December 6.", "election-date", "2021-11-24", "unclear"),
        ("A verdict in his second trial will come on 17 September.", "verdict-date", "2018-08-23", "unclear"),
        # a plan published before the day is a plan, which may have moved: a question, not a conflict
        ("Germans will vote in the election on 25 September.", "election-date", "2021-08-01", "unclear"),
        # the date's own clause tells it as to come, however near another clause's past verb stands
        # (México 2018's "quien será presidente de 2018 a 2024, recibió"; Germany 2021, Manafort)
        (
            "Scholz, who will be elected on December 6, thanked the Greens on Tuesday.",
            "election-date",
            "2021-11-24",
            "unclear",
        ),
        ("Manafort, whose verdict will come on 17 September, stood silent.", "verdict-date", "2018-08-23", "unclear"),
        # and what happened is read as ever
        ("Germans voted in the election on 25 September.", "election-date", "2021-09-30", "conflicts"),
        ("Scholz, who was elected on 25 September, thanked the Greens.", "election-date", "2021-09-30", "conflicts"),
    ],
)
def test_what_is_still_to_come_after_the_claims_day(corpus, text, claim, published, expected):
    assert verdicts(corpus, TO_COME, text, published=published)[claim] == expected


AFFILIATIONS = """
entities:
  beshear: {name: Andy Beshear}
  comer: {name: James Comer}
  rubio: {name: Marco Rubio}
  levine: {name: Daniella Levine Cava}
claims:
  - id: biden-party
    statement: Biden was accompanied by Andy Beshear and James Comer.
    about: [traveled with, accompanied, joined]
    expect: {people: [beshear, comer]}
  - id: site-visitors
    statement: Marco Rubio and Daniella Levine Cava toured the site.
    about: [toured]
    expect: {people: [rubio, levine]}
"""


@pytest.mark.parametrize(
    "text, claim, expected",
    [
        # a party's letter joined to a state is no person (Kentucky tornadoes, the Surfside collapse)
        (
            "Biden was joined by Andy Beshear and U.S. Rep. James Comer, R-Kentucky, on the trip.",
            "biden-party",
            "supports",
        ),
        ("Sen. Marco Rubio, R-Fla., and Daniella Levine Cava toured the site on Friday.", "site-visitors", "supports"),
        # someone else in the list still conflicts
        ("Biden was joined by Andy Beshear, James Comer and Rand Paul on the trip.", "biden-party", "conflicts"),
    ],
)
def test_a_partys_letter_and_state_is_no_person(corpus, text, claim, expected):
    assert verdicts(corpus, AFFILIATIONS, text)[claim] == expected


MARKET_PRICES = """
claims:
  - id: price-per-share
    statement: Google offered $7.35 in cash for each Fitbit share.
    about: [per share, a share, each share]
    expect: {quantity: 7.35, unit: USD}
"""


@pytest.mark.parametrize(
    "text, claim, expected",
    [
        # the market's price is a question even where the claim's own words name the share (Fitbit, Splunk)
        ("Its shares sunk to a low of $2.85 a share at the end of August.", "price-per-share", "unclear"),
        ("The stock closed at $5.10 a share on Thursday.", "price-per-share", "unclear"),
        # the offer itself is compared
        ("Google has agreed to pay $7.50 a share for Fitbit.", "price-per-share", "conflicts"),
    ],
)
def test_a_market_price_is_a_question_even_per_share(corpus, text, claim, expected):
    assert verdicts(corpus, MARKET_PRICES, text)[claim] == expected


JOINED = """
claims:
  - id: utoya-toll
    statement: 69 people were killed on Utøya.
    about: [Utoya, camp]
    expect: {quantity: 69, unit: people}
  - id: turkey-toll
    statement: The earthquake killed 50,783 people in Turkey.
    about: [Turkey]
    expect: {quantity: 50783, unit: people, tolerance: 2%}
  - id: both-toll
    statement: The earthquakes killed about 59,500 people in Turkey and Syria together.
    about: [Turkey]
    expect: {quantity: 59500, unit: people, tolerance: 2%}
"""


@pytest.mark.parametrize(
    "text, claim, expected",
    [
        # a toll of the topic and another place together is not the topic's alone (Breivik; Turkey-Syria)
        (
            "77 people died in the attacks in Oslo's government quarter and at a youth camp on Utoya Island.",
            "utoya-toll",
            "unclear",
        ),
        ("The earthquakes killed more than 57,300 people in Syria and Turkey.", "turkey-toll", "unclear"),
        # unless the claim names both
        ("The earthquakes killed more than 57,300 people in Syria and Turkey.", "both-toll", "conflicts"),
        ("The gunman killed 69 people at a youth camp on Utoya.", "utoya-toll", "supports"),
    ],
)
def test_a_toll_of_the_topic_and_another_together(corpus, text, claim, expected):
    assert verdicts(corpus, JOINED, text)[claim] == expected


OTHER_CLAIMS = """
claims:
  - id: penalty
    statement: Engoron fined Trump $354.9 million before interest.
    about: [fined, penalty]
    expect: {quantity: 354.9 million, unit: USD, tolerance: 1%}
  - id: with-interest
    statement: With interest, the judgment came to about $454 million.
    about: [judgment, interest]
    expect: {quantity: 454 million, unit: USD, tolerance: 1%}
  - id: spd-share
    statement: The SPD won 25.7% of the vote.
    about: [SPD, Social Democrats]
    expect: {quantity: 25.7, unit: percent, tolerance: 0.5}
  - id: union-share
    statement: The CDU/CSU won 24.1% of the vote.
    about: [CDU, Christian Democratic Union]
    expect: {quantity: 24.1, unit: percent, tolerance: 0.5}
"""


@pytest.mark.parametrize(
    "text, claim, expected",
    [
        # a figure agreeing with another claim whose topic the sentence names is that claim's: a
        # question where it stands nearer this claim's topic (Germany 2021) …
        (
            "The Social Democrats beat the Christian Democratic Union by 1.6 points to 25.7 percent.",
            "union-share",
            "unclear",
        ),
        # … and no evidence where it stands nearer the other claim's (Trump civil fraud)
        (
            "The judgment against Trump, who was fined $355 million, was made public on Friday.",
            "with-interest",
            "silent",
        ),
        # the other claim's own figure is still its own
        ("The judgment against Trump, who was fined $355 million, was made public on Friday.", "penalty", "supports"),
        # a figure agreeing with no other claim is compared as before
        ("With interest, the judgment came to $464 million.", "with-interest", "conflicts"),
    ],
)
def test_a_figure_of_another_claim_is_not_this_ones(corpus, text, claim, expected):
    assert verdicts(corpus, OTHER_CLAIMS, text)[claim] == expected


@pytest.mark.parametrize(
    "story, source, claim, figure",
    [
        # a figure agreeing with another claim, nearer where the sentence names that claim's topic
        # than this one's, is that claim's: "With 56% of the votes, Gabriel Boric handily defeated
        # … Jose Antonio Kast" for Kast's share, "declared Ruto the winner, with a margin of about
        # 233,000 votes" for Ruto's votes, "Antes de impactar con el puente, de 2.6 km de longitud,
        # el barco …" for the ship's length, "The $965 million compensatory damages verdict …
        # punitive damages" for the punitive award (real articles of four stories)
        ("boric-election-2021", "09_arkansasonline-ap-56-percent.txt", "kast-share", "56%"),
        ("kenya-election-2022", "13_newscutters-court-upheld-august-9-last-year.txt", "ruto-votes", "233,000"),
        ("key-bridge-collapse", "07_heraldodemexico-carguero-provoca-tragedia.txt", "ship-length", "2.6 km"),
        ("alex-jones-verdict", "07_sentinelsource-mcclatchy-astonishing-verdict.txt", "punitive-award", "$965 million"),
    ],
)
def test_a_figure_nearer_another_claims_topic_is_no_evidence(story, source, claim, figure):
    root = Path(__file__).parent / "corpus" / story
    report = check(root / "claims.yaml", [root / "sources" / source])
    (evidence,) = [f.evidence for f in report.findings if f.claim == claim]
    assert not any(e.found.text == figure for e in evidence)


def test_a_figure_of_another_claim_still_makes_the_sentences_figures_several(corpus):
    # "some $4 billion in cash, and another $12 billion worth of Facebook stock up front – that
    # equals $16 billion": $4 billion is the cash claim's, and $16 billion is still one of two
    # figures no word ties to the shares' topic, a question rather than the shares' conflict
    root = Path(__file__).parent / "corpus" / "facebook-whatsapp"
    report = check(root / "claims.yaml", [root / "sources" / "12_digitaltrends-16-plus-3-equals-19.txt"])
    (evidence,) = [f.evidence for f in report.findings if f.claim == "shares-usd"]
    (sixteen,) = [e for e in evidence if e.found.text == "$16 billion"]
    assert sixteen.stance == "unclear"


@pytest.mark.parametrize(
    "story, source, claim, other",
    [
        # a date agreeing with another date claim whose topic the sentence names is that claim's:
        # the launch's day beside the docking, the announcement's month beside the closing, and
        # this week's win beside the last major's year (real articles of three stories)
        ("crew-dragon-demo2", "10_aviation24-spacex-release-63-day-stay.txt", "docking-date", "launch-date"),
        ("exxon-pioneer", "12_streetsignals-ftc-founded-1997.txt", "deal-completed", "deal-announced"),
        ("woods-masters", "01_efe-makes-history-once-again.txt", "last-major-year", "win-date"),
    ],
)
def test_a_date_of_another_claim_is_not_this_ones(story, source, claim, other):
    root = Path(__file__).parent / "corpus" / story
    report = check(root / "claims.yaml", [root / "sources" / source])
    (evidence,) = [f.evidence for f in report.findings if f.claim == claim]
    assert not any(e.stance == "conflicts" for e in evidence)
    assert any(e.note == f"the date of claim '{other}', whose topic the sentence names" for e in evidence)


ELECTION_DAY = """
claims:
  - id: election-date
    statement: The election was held on Tuesday 9 August 2022.
    about: [election, vote]
    expect: {date: 2022-08-09}
"""


@pytest.mark.parametrize(
    "text, expected",
    [
        # the end of a title is no topic word: "President-elect" is a person, not the election
        ("Ruto was announced as the President-Elect on Monday after beating Raila Odinga.", "silent"),
        ("President-elect Joe Biden named his cabinet on Monday.", "silent"),
        ("Chancellor-designate Olaf Scholz met the Greens on Monday.", "silent"),
        # the election itself still is
        ("The election was held on Monday.", "conflicts"),
        ("Ruto was elected president on Tuesday.", "supports"),
    ],
)
def test_the_end_of_a_title_is_no_topic_word(corpus, text, expected):
    assert verdicts(corpus, ELECTION_DAY, text, published="2022-08-12")["election-date"] == expected


TOLD_LATER = """
claims:
  - id: detection-date
    statement: LIGO detected the waves on 14 September 2015.
    about: [detected, detection, gravitational waves]
    expect: {date: 2015-09-14}
  - id: quake-date
    statement: The earthquake struck on 8 September 2023.
    about: [earthquake, quake]
    expect: {date: 2023-09-08}
"""


@pytest.mark.parametrize(
    "text, claim, expected",
    [
        # a date opening the sentence dates what its subject then says, not what they tell of
        (
            "On February 11, 2016, major news outlets reported that for the first time, humankind had detected"
            " gravitational waves.",
            "detection-date",
            "silent",
        ),
        (
            "On September 12, 2023, witnesses told reporters that for a full minute, the earthquake shook the valley.",
            "quake-date",
            "silent",
        ),
        # the event's own date, fronted, still is
        ("On September 14, 2015, the two detectors picked up gravitational waves.", "detection-date", "supports"),
        ("On September 12, 2023, a powerful earthquake struck the High Atlas.", "quake-date", "conflicts"),
    ],
)
def test_a_fronted_date_of_a_statement_dates_the_telling(corpus, text, claim, expected):
    assert verdicts(corpus, TOLD_LATER, text)[claim] == expected


SUBSETS = """
claims:
  - id: counts
    statement: Tsarnaev was convicted on all 30 counts.
    about: [counts, charges]
    expect: {quantity: 30}
  - id: miners
    statement: 33 miners were trapped.
    about: [miners, mineros]
    expect: {quantity: 33}
  - id: mistrial-counts
    statement: The judge declared a mistrial on the other 10 counts.
    about: [mistrial]
    expect: {quantity: 10}
"""


@pytest.mark.parametrize(
    "text, claim, expected",
    [
        # a count after "first", "other", "remaining" is a subset of the whole
        ("Tsarnaev guilty on first 4 charges.", "counts", "silent"),
        ("The other 32 miners were brought up during the night.", "miners", "silent"),
        ("The remaining 12 miners waited below.", "miners", "silent"),
        # the whole itself
        ("Tsarnaev was found guilty on 29 charges.", "counts", "conflicts"),
        # a claim whose figure is itself a subset takes the subset
        ("The judge declared a mistrial on the remaining 10 counts.", "mistrial-counts", "supports"),
        ("The judge declared a mistrial on the remaining 12 counts.", "mistrial-counts", "conflicts"),
    ],
)
def test_a_count_after_a_subset_word_is_a_part(corpus, text, claim, expected):
    assert verdicts(corpus, SUBSETS, text)[claim] == expected


def test_a_spanish_count_after_a_subset_word_is_a_part(corpus):
    text = "Los otros 32 mineros salieron durante la noche. Los mineros llevaban semanas bajo tierra."
    assert verdicts(corpus, SUBSETS, text)["miners"] == "silent"


THIS_WEEKDAY = """
claims:
  - id: runoff-date
    statement: The run-off was held on Sunday 19 December 2021.
    about: [run-off, runoff, elected president]
    expect: {date: 2021-12-19}
  - id: declaration-date
    statement: Ruto was declared the winner on Monday 15 August 2022.
    about: [declared the winner, declared winner]
    expect: {date: 2022-08-15}
"""


@pytest.mark.parametrize(
    "text, published, claim, expected",
    [
        # "this <weekday>" told in the past is this week's, gone (translated news writes it so)
        (
            "Gabriel Boric became this Sunday the youngest elected president of Chile.",
            "2021-12-20",
            "runoff-date",
            "supports",
        ),
        ("Ruto was declared winner this Monday by the commission.", "2022-08-17", "declaration-date", "supports"),
        # told with no tense, it is the coming one
        ("The run-off is this Sunday.", "2021-12-15", "runoff-date", "supports"),
        ("The run-off is this Sunday.", "2021-12-20", "runoff-date", "unclear"),  # the 26th: a plan then
    ],
)
def test_this_weekday_follows_the_tense(corpus, text, published, claim, expected):
    assert verdicts(corpus, THIS_WEEKDAY, text, published=published)[claim] == expected


COUNT_LABELS = """
claims:
  - id: counts
    statement: Hunter Biden was convicted on all three counts.
    about: [counts, convicted, guilty]
    expect: {quantity: 3}
  - id: capital-counts
    statement: 17 of the 30 counts carried a possible death sentence.
    about: [death penalty]
    expect: {quantity: 17}
"""


@pytest.mark.parametrize(
    "text, claim, expected",
    [
        # a number word after a label noun labels, as digits do
        ("As to count two, the jury found him guilty.", "counts", "silent"),
        ("Count four, which carries the death penalty, was read first.", "capital-counts", "silent"),
        # a number word before the noun counts
        ("He was convicted on two counts.", "counts", "conflicts"),
    ],
)
def test_a_number_word_after_a_label_noun_is_a_label(corpus, text, claim, expected):
    assert verdicts(corpus, COUNT_LABELS, text)[claim] == expected


LEADERS = """
entities:
  bewkes: {name: Jeff Bewkes, aliases: [Bewkes]}
  stephenson: {name: Randall Stephenson, aliases: [Stephenson]}
  sheinbaum: {name: Claudia Sheinbaum, aliases: [Sheinbaum]}
  galvez: {name: Xóchitl Gálvez, aliases: [Gálvez]}
claims:
  - id: ceos
    statement: The deal was struck by the chief executives, Bewkes and Stephenson.
    about: [CEO, chief executive, chairman]
    expect: {people: [bewkes, stephenson]}
  - id: candidates
    statement: Sheinbaum and Gálvez were the leading candidates.
    about: [candidates, candidata, candidatas]
    expect: {people: [sheinbaum, galvez]}
"""


@pytest.mark.parametrize(
    "text, claim, expected",
    [
        # a name after "of", "at", "from" ("de" in Spanish) is what a member belongs to, not a member
        (
            "Joining me right now, Jeff Bewkes, the chairman and CEO of Time Warner, and Randall Stephenson, the"
            " chairman and CEO of AT&T.",
            "ceos",
            "supports",
        ),
        (
            "Al cierre de los cómputos de la elección presidencial se confirmó la amplia victoria de la candidata de"
            " Sigamos Haciendo Historia, Claudia Sheinbaum, y de Xóchitl Gálvez, que quedó en segundo lugar. Las"
            " candidatas hablaron por la noche con sus equipos.",
            "candidates",
            "supports",
        ),
        # or where it goes to
        (
            'The chief executives backed Stephenson against the return of the old guard to Time Warner, "Bewkes is'
            ' a friend", he said.',
            "ceos",
            "supports",
        ),
        # a name listed beside them is a member the fact sheet leaves out
        ("Jeff Bewkes, Kevin Tsujihara and Randall Stephenson, the chief executives, spoke.", "ceos", "conflicts"),
    ],
)
def test_a_name_after_of_in_a_list_is_no_member(corpus, text, claim, expected):
    assert verdicts(corpus, LEADERS, text)[claim] == expected


COUNSELS = """
entities:
  weiss: {name: David Weiss, aliases: [Weiss]}
  wise: {name: Leo Wise, aliases: [Wise]}
  hines: {name: Derek Hines, aliases: [Hines]}
  andres: {name: Greg Andres, aliases: [Andres]}
  asonye: {name: Uzo Asonye, aliases: [Asonye]}
claims:
  - id: prosecution-team
    statement: The case was prosecuted by Weiss, Wise and Hines.
    about: [prosecution, prosecutors, prosecuted, trial]
    expect: {people: [weiss, wise, hines]}
  - id: manafort-prosecutors
    statement: Andres and Asonye argued the case for the prosecution.
    about: [prosecution, prosecutors]
    expect: {people: [andres, asonye]}
"""


@pytest.mark.parametrize(
    "text, claim, expected",
    [
        # "Special Counsel" is a title before a name, not another person
        ("The trial, led by Special Counsel David Weiss, lasted six days.", "prosecution-team", "unclear"),
        (
            "The prosecution, from Special Counsel Robert Mueller's office, was led by Greg Andres and Uzo Asonye.",
            "manafort-prosecutors",
            "supports",
        ),
        # another person named as one of them is still a conflict
        ("The trial, led by Abbe Lowell, lasted six days.", "prosecution-team", "conflicts"),
    ],
)
def test_special_counsel_is_a_title(corpus, text, claim, expected):
    assert verdicts(corpus, COUNSELS, text)[claim] == expected


OTHER_ACTS = """
claims:
  - id: verdict-date
    statement: The jury returned its verdict on Tuesday 11 June 2024.
    about: [verdict, convicted]
    expect: {date: 2024-06-11}
  - id: title-date
    statement: Leicester won the title on 2 May 2016.
    about: [title, crowned]
    expect: {date: 2016-05-02}
"""


@pytest.mark.parametrize(
    "text, claim, expected",
    [
        # the topic as the object of another act, past a particle or after "to", dates that act
        ("The panel mulled over their verdict for one hour Monday afternoon.", "verdict-date", "unclear"),
        ("The judge sent jurors out to consider their verdicts on Monday.", "verdict-date", "unclear"),
        ("Bookmakers put them at 5,000-to-one to win the title back in August 2015.", "title-date", "unclear"),
        # the topic's own day
        ("The jury convicted him on Monday.", "verdict-date", "conflicts"),
        ("Leicester were crowned on 2 May 2016.", "title-date", "supports"),
    ],
)
def test_the_topic_as_another_acts_object_is_dated_by_it(corpus, text, claim, expected):
    assert verdicts(corpus, OTHER_ACTS, text, published="2024-06-12")[claim] == expected


SINCE_THE_PLAN = "The sale generated global buzz since Crown Prince Mohammed bin Salman first announced plans for it"
COUNTED_TOPICS = """
claims:
  - id: election-date
    statement: The presidential election was held on Sunday 2 June 2024.
    about: [election, elecciones, votar, votación]
    expect: {date: 2024-06-02}
  - id: title-year
    statement: Nadal's only previous Australian Open title came in 2009.
    about: [Australian Open title, Australian Open titles]
    expect: {year: 2009}
"""


@pytest.mark.parametrize(
    "text, published, lang, claim, expected",
    [
        # the topic's noun counted by a figure is that many things (votes, titles), not the claim's
        # one occurrence: a date or an age beside it is not the topic's (chile-referendum-2022,
        # sheinbaum-election, nadal-australian-open-2022)
        (
            "Según el análisis, los datos nuevos publicados este martes dan una diferencia de 641 votos"
            " nuevos contabilizados.",
            "2024-06-05",
            "es",
            "election-date",
            "silent",
        ),
        (
            "El 14 de agosto, los magistrados oficializaron a Claudia Sheinbaum como la próxima presidenta tras"
            " validar el cómputo final de las elecciones del 2 de junio, en las que la candidata obtuvo 35"
            " millones 924 mil 519 votos.",
            "2024-08-20",
            "es",
            "election-date",
            "supports",
        ),
        (
            "The 35-year-old Spanish player currently holds 13 French Open titles and 2 Australian Open titles.",
            "2022-01-31",
            None,
            "title-year",
            "silent",
        ),
        # the topic itself, not counted, is still dated
        (
            "Los datos de la votación publicados este martes muestran 641 votos nuevos.",
            "2024-06-05",
            "es",
            "election-date",
            "conflicts",
        ),
        (
            "The elections were held on 3 June, with 519 votes counted by noon.",
            "2024-06-05",
            None,
            "election-date",
            "conflicts",
        ),
    ],
)
def test_a_counted_topic_is_not_the_occurrence_dated(corpus, text, published, lang, claim, expected):
    assert verdicts(corpus, COUNTED_TOPICS, text, published=published, lang=lang)[claim] == expected


BOUNDED_AGES = """
claims:
  - id: announced-year
    statement: The plan to list Aramco was first announced in 2016.
    about: [first announced, announced plans, anunció por primera vez]
    expect: {year: 2016}
  - id: announced-later
    statement: The plan to list Aramco was first announced in 2018.
    about: [first announced, announced plans, anunció por primera vez]
    expect: {year: 2018}
  - id: announced-earlier
    statement: The plan to list Aramco was first announced in 2015.
    about: [first announced, announced plans, anunció por primera vez]
    expect: {year: 2015}
  - id: theory-year
    statement: Einstein theorised gravitational waves in 1915.
    about: [theorised]
    expect: {year: 1915}
"""


@pytest.mark.parametrize(
    "text, published, lang, claim, expected",
    [
        # a span ago bounded below ("more than two years ago") is whole years and some months, as an
        # age is: the year it implies or the one before (aramco-ipo, ligo-gravitational-waves)
        (
            SINCE_THE_PLAN + " more than two years ago.",
            "2019-12-07",
            None,
            "announced-year",
            "supports",
        ),
        (
            "Gravitational waves were first theorised by Albert Einstein more than 100 years ago.",
            "2016-02-11",
            None,
            "theory-year",
            "supports",
        ),
        (
            "El príncipe heredero anunció por primera vez el plan hace más de dos años.",
            "2019-12-07",
            "es",
            "announced-year",
            "supports",
        ),
        # the bound keeps its stated number: neither a later year nor one further back
        (
            SINCE_THE_PLAN + " more than two years ago.",
            "2019-12-07",
            None,
            "announced-later",
            "conflicts",
        ),
        (
            SINCE_THE_PLAN + " more than two years ago.",
            "2019-12-07",
            None,
            "announced-earlier",
            "conflicts",
        ),
        # a hedge that is no lower bound keeps its one year
        (
            SINCE_THE_PLAN + " about two years ago.",
            "2019-12-07",
            None,
            "announced-year",
            "conflicts",
        ),
    ],
)
def test_a_span_ago_bounded_below_is_whole_years(corpus, text, published, lang, claim, expected):
    assert verdicts(corpus, BOUNDED_AGES, text, published=published, lang=lang)[claim] == expected


NAME_WORDS = """
claims:
  - id: first-title
    statement: The win was Spain's first World Cup title.
    about: [title, título, Mundial]
    expect:
      term: first
      supports: [first, primer, primera]
      conflicts: [again, nuevamente, revived]
"""


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        # a name's word shares a claim word's stem, not the word: no evidence
        ("España se coronó campeona del Mundial disputado en Australia y Nueva Zelanda.", "es", "silent"),
        ("The title was celebrated at the Revival Center in Madrid.", "en", "silent"),
        # the word itself is
        ("España ganó nuevamente el título del Mundial.", "es", "conflicts"),
        ("The title revived old rivalries.", "en", "conflicts"),
    ],
)
def test_a_names_word_is_no_term_by_stem(corpus, text, lang, expected):
    assert verdicts(corpus, NAME_WORDS, text, lang=lang)["first-title"] == expected


GRAMMAR_WORDS = """
claims:
  - id: sets
    statement: The final went to five sets.
    about: [final, sets]
    exclude: [Queen's]
    expect: {quantity: 5}
  - id: spectators
    statement: The Queen watched the final.
    about: [Queen, royal box]
    expect: {term: attended, supports: [watched, presenció]}
"""


@pytest.mark.parametrize(
    "text, claim, expected",
    [
        # a grammar word ("que") shares a stem with a claim's word ("Queen"), never its meaning
        ("La final, que se jugó el domingo en Londres, duró cinco sets.", "sets", "supports"),
        ("Los aficionados, que presenció el estadio, celebraron la final.", "spectators", "silent"),
        # the word itself still counts
        ("La final del torneo de Queen's duró tres sets.", "sets", "silent"),
    ],
)
def test_a_grammar_word_never_matches_a_claim_word_by_stem(corpus, text, claim, expected):
    assert verdicts(corpus, GRAMMAR_WORDS, text, lang="es")[claim] == expected


STAMPS = """
claims:
  - id: launch-date
    statement: Starship lifted off on 20 April 2023.
    about: [launch, lifted off]
    expect: {date: 2023-04-20}
  - id: runoff-date
    statement: The run-off was held on Sunday 19 December 2021.
    about: [run-off]
    expect: {date: 2021-12-19}
"""


@pytest.mark.parametrize(
    "text, claim, published, expected",
    [
        # a day written as machines write it is a page's stamp, not what the prose says
        ("SpaceX rocket explodes minutes after launch 2023-04-21", "launch-date", "2023-04-21", "silent"),
        ("date 2021-12-20 Gabriel Boric won the run-off on Sunday.", "runoff-date", "2021-12-20", "supports"),
        # the day as prose writes it
        ("SpaceX rocket explodes minutes after launch on April 21, 2023", "launch-date", "2023-04-21", "conflicts"),
    ],
)
def test_a_machine_written_day_is_a_stamp(corpus, text, claim, published, expected):
    assert verdicts(corpus, STAMPS, text, published=published)[claim] == expected


SEVERAL_EVENTS = """
claims:
  - id: quake-toll
    statement: The earthquake killed 369 people.
    about: [killed, toll]
    expect: {quantity: 369}
  - id: shooting-toll
    statement: The shooting on Utoya killed 69 people.
    about: [killed, toll]
    expect: {quantity: 69}
  - id: both-quakes-toll
    statement: The earthquakes killed about 59,500 people in Turkey and Syria together.
    about: [killed, toll]
    expect: {quantity: 59500, tolerance: 10%}
"""


@pytest.mark.parametrize(
    "text, claim, expected",
    [
        # a toll said of several events counts them all, not the claim's one
        ("Reconstruction follows two deadly earthquakes in September that killed 465 people.", "quake-toll", "unclear"),
        ("The twin blasts killed 77 people.", "shooting-toll", "unclear"),
        # of one event, or for a claim that counts several, it is the claim's
        ("The earthquake killed 465 people.", "quake-toll", "conflicts"),
        ("The two earthquakes killed 45,000 people.", "both-quakes-toll", "conflicts"),
    ],
)
def test_a_toll_of_several_events_is_no_toll_of_one(corpus, text, claim, expected):
    assert verdicts(corpus, SEVERAL_EVENTS, text)[claim] == expected


SPANISH_COUNTS = """
claims:
  - id: florida-deaths
    statement: Ian killed 149 people in Florida.
    about: [muertos, muertes]
    expect: {quantity: 149}
  - id: missing-count
    statement: 32 people were missing after Otis.
    about: [desaparecidos]
    expect: {quantity: 32}
"""


@pytest.mark.parametrize(
    "text, claim, expected",
    [
        # in Spanish a number word before the noun is its count, never a kind of it
        ("El huracán Ian dejó al menos dos muertos en Florida, dijeron.", "florida-deaths", "conflicts"),
        ("Hasta el momento hay 27 muertos y cuatro desaparecidos en Acapulco.", "missing-count", "conflicts"),
        # a number as digits, as before
        ("El huracán dejó 149 muertos en Florida, informaron las autoridades.", "florida-deaths", "supports"),
    ],
)
def test_a_spanish_number_word_before_a_noun_is_its_count(corpus, text, claim, expected):
    assert verdicts(corpus, SPANISH_COUNTS, text, lang="es")[claim] == expected


CONDITIONS = """
claims:
  - id: cash
    statement: Facebook paid $4 billion in cash.
    about: [cash, efectivo, pagará, pay]
    expect: {quantity: 4000000000, unit: USD}
  - id: stake
    statement: Musk held a 9.2% stake.
    about: [stake, position]
    expect: {quantity: 9.2, unit: percent, tolerance: 0.5}
  - id: max-sentence
    statement: Weinstein faced up to 29 years in prison.
    about: [face, faces, years in prison]
    expect: {quantity: 29, unit: year}
"""


@pytest.mark.parametrize(
    "text, lang, claim, expected",
    [
        # a sentence that opens with a condition conditions its main clause
        (
            "En caso de que la operación no llegase a buen término, Facebook pagará a WhatsApp 1.000 millones de"
            " dólares en efectivo.",
            "es",
            "cash",
            "silent",
        ),
        (
            "If convicted of first-degree rape, Weinstein would face 5 to 25 years in prison.",
            "en",
            "max-sentence",
            "silent",
        ),
        # not past it, nor when it only grants ("si bien")
        (
            '"If it is not accepted, I would need to reconsider," said Mr. Musk, who built a 9% position in the stock.',
            "en",
            "stake",
            "supports",
        ),
        (
            "Si bien la operación tardó, Facebook pagará 4.000 millones de dólares en efectivo.",
            "es",
            "cash",
            "supports",
        ),
    ],
)
def test_a_sentence_opening_with_a_condition_conditions_its_main_clause(corpus, text, lang, claim, expected):
    assert verdicts(corpus, CONDITIONS, text, lang=lang)[claim] == expected


CONDITION_PHRASES = """
claims:
  - id: verdict
    statement: The jury found Rittenhouse not guilty on all counts.
    about: [jury, verdict, Rittenhouse]
    expect: {term: acquitted, supports: [not guilty, acquitted], conflicts: [guilty, convicted, culpable]}
  - id: guilty
    statement: The jury found Bankman-Fried guilty on all seven counts.
    about: [jury, Bankman-Fried]
    expect: {term: guilty, supports: [found guilty, convicted], conflicts: [acquitted, not guilty]}
"""


@pytest.mark.parametrize(
    "text, claim, expected, lang",
    [
        # a phrase that sets a condition mid-clause, as "if" does (Rittenhouse 2021, Bankman-Fried 2023)
        (
            "Kenosha residents are terrified that the unrest may return after the verdict and in the event that"
            " Rittenhouse is convicted.",
            "verdict",
            "silent",
            "en",
        ),
        (
            "In order for Bankman-Fried to be acquitted, the jury must doubt that he intended to defraud investors.",
            "guilty",
            "silent",
            "en",
        ),
        (
            "Los disturbios volverían en caso de que el jurado declare a Rittenhouse culpable.",
            "verdict",
            "silent",
            "es",
        ),
        # what happened
        ("The jury convicted Rittenhouse on Friday.", "verdict", "conflicts", "en"),
        ("El jurado declaró a Rittenhouse culpable el viernes.", "verdict", "conflicts", "es"),
        ("The jury acquitted Bankman-Fried on Thursday.", "guilty", "conflicts", "en"),
    ],
)
def test_a_condition_set_mid_clause_conditions_the_term(corpus, text, claim, expected, lang):
    assert verdicts(corpus, CONDITION_PHRASES, text, lang=lang)[claim] == expected


PLANNED_DATES = """
claims:
  - id: sentencing-date
    statement: Kelly was sentenced on 29 June 2022.
    about: [sentenced, sentencing, sentencia]
    expect: {date: 2022-06-29}
  - id: deal-completed
    statement: The deal was completed on 18 July 2025.
    about: [close, completed]
    expect: {date: 2025-07-18}
"""


@pytest.mark.parametrize(
    "text, lang, claim, expected, published",
    [
        # a date said to be planned is the plan when written, which the event may not have kept
        ("Kelly is scheduled to be sentenced on May 4, 2022.", "en", "sentencing-date", "unclear", "2021-09-28"),
        (
            "The deal is targeted to close in the first half of next year.",
            "en",
            "deal-completed",
            "unclear",
            "2023-10-23",
        ),
        (
            "La lectura de la sentencia está prevista para el 4 de mayo de 2022.",
            "es",
            "sentencing-date",
            "unclear",
            "2021-09-28",
        ),
        # the event's own date
        ("Kelly was sentenced on May 4, 2022.", "en", "sentencing-date", "conflicts", "2022-06-30"),
        ("The deal closed in the first half of next year.", "en", "deal-completed", "conflicts", "2023-10-23"),
    ],
)
def test_a_planned_date_is_a_question_not_a_conflict(corpus, text, lang, claim, expected, published):
    assert verdicts(corpus, PLANNED_DATES, text, published=published, lang=lang)[claim] == expected


OBJECT_MEASURES = """
claims:
  - id: flight-height
    statement: Ingenuity climbed to a height of 3 metres (10 feet).
    about: [height, lifting, climbed]
    expect: {quantity: 3, unit: m, tolerance: 2%}
  - id: refloat-distance
    statement: Tugs moved the ship 30 metres to free it.
    about: [freeing, freed]
    expect: {quantity: 30, unit: m}
  - id: ship-length
    statement: The Ever Given is 400 metres long.
    about: [Ever Given, ship]
    expect: {quantity: 400, unit: m}
"""


@pytest.mark.parametrize(
    "text, claim, expected",
    [
        # a measure joined to the noun a topic verb acts on describes that object, not the topic
        (
            "The 4-foot-wide blades whirled, lifting the 1.6-foot-high craft 10 feet off the bleak Martian surface.",
            "flight-height",
            "silent",
        ),
        ("The official described difficulties in freeing the 400-metre-long vessel.", "refloat-distance", "silent"),
        # the noun stands for the topic over a copula
        ("The ship is a 400-metre-long vessel.", "ship-length", "supports"),
        ("The ship was a 300-metre-long vessel.", "ship-length", "conflicts"),
    ],
)
def test_a_measure_of_a_topic_verbs_object_is_the_objects(corpus, text, claim, expected):
    assert verdicts(corpus, OBJECT_MEASURES, text)[claim] == expected


LATER_PREDICATE = """
scope: {event: the listing, date: 2019-12-11, window_days: 45}
claims:
  - id: proceeds
    statement: The IPO raised $25.6 billion.
    about: [raising, raised]
    expect: {quantity: 25.6 billion, unit: USD}
"""
COUNTS_2023 = """
scope: {event: the verdict, date: 2023-11-02, window_days: 30}
claims:
  - id: counts
    statement: The jury found Bankman-Fried guilty on all seven counts.
    about: [guilty]
    expect: {quantity: 7}
"""


@pytest.mark.parametrize(
    "claims, text, claim, expected",
    [
        # a year in another predicate of the clause dates what that predicate tells, not the value
        # (Saudi Aramco 2019, Bankman-Fried 2023)
        (
            LATER_PREDICATE,
            "Aramco priced the offering at 32 riyals a share, raising $25.6 billion and narrowly eclipsing"
            " Alibaba's IPO of 2014.",
            "proceeds",
            "supports",
        ),
        (
            COUNTS_2023,
            "The jury found Bankman-Fried guilty of seven charges and held him responsible for the lost"
            " customer deposits in 2022.",
            "counts",
            "supports",
        ),
        # in the value's own predicate the year still dates it
        (LATER_PREDICATE, "In 2014 Alibaba's IPO raised $25 billion.", "proceeds", "silent"),
    ],
)
def test_a_year_in_a_later_predicate_does_not_date_the_value(corpus, claims, text, claim, expected):
    assert verdicts(corpus, claims, text)[claim] == expected


QUAKE_TOLL = """
scope: {event: the quake, date: 2016-08-24, window_days: 30}
claims:
  - id: death-toll
    statement: The quake killed 299 people.
    about: [killed, dead, toll]
    expect: {quantity: 299, tolerance: 2}
"""


@pytest.mark.parametrize(
    "claims, text, claim, expected",
    [
        # a short phrase without a verb, set off at the end of its sentence, goes on the verb of the
        # clause before, and a year outside the scope there dates it: another occurrence's figure
        # (Google and Fitbit's "salió a Bolsa en 2015, 20 dólares por acción"; Saudi Aramco 2019,
        # Amatrice 2016)
        (LATER_PREDICATE, "Alibaba raised its IPO money in 2014, $25 billion.", "proceeds", "silent"),
        (QUAKE_TOLL, "A quake killed more people in L'Aquila in 2009, 309 dead.", "death-toll", "silent"),
        # a day inside the scope dates nothing else: the phrase is read as ever
        (LATER_PREDICATE, "Alibaba raised its IPO money on Wednesday, $25 billion.", "proceeds", "conflicts"),
        (QUAKE_TOLL, "The toll rose in Amatrice on Friday, 280 dead.", "death-toll", "conflicts"),
    ],
)
def test_a_verbless_phrase_is_dated_by_the_clause_before(corpus, claims, text, claim, expected):
    assert verdicts(corpus, claims, text)[claim] == expected


AHEAD_DATES = """
claims:
  - id: sentencing-date
    statement: Kelly was sentenced on 29 June 2022.
    about: [sentenced, sentencing]
    expect: {date: 2022-06-29}
  - id: launch-date
    statement: Artemis I launched on 16 November 2022.
    about: [launch, liftoff]
    expect: {date: 2022-11-16}
  - id: signing-date
    statement: The peace agreement was signed on 26 September 2016.
    about: [signed, signing]
    expect: {date: 2016-09-26}
"""


@pytest.mark.parametrize(
    "text, claim, expected, published",
    [
        # a date after the article was written can only have been a plan then, however worded
        (
            "Kelly could face up to life in prison at his sentencing on May 4, 2022.",
            "sentencing-date",
            "unclear",
            "2021-09-28",
        ),
        (
            "The next date on NASA's initial list of liftoff day options falls on Monday, Sept. 5.",
            "launch-date",
            "unclear",
            "2022-09-03",
        ),
        # told as past, a later date is the article's error
        ("The deal signed on October 26 by Mr. Santos was put to voters.", "signing-date", "conflicts", "2016-10-02"),
        # before the article was written, the date is what happened
        ("Kelly was sentenced on May 4, 2022.", "sentencing-date", "conflicts", "2022-06-30"),
    ],
)
def test_a_date_after_the_article_was_written_is_a_plan(corpus, text, claim, expected, published):
    report = corpus(AHEAD_DATES, {"a.txt": f"---\npublished: {published}\n---\nHeadline\n\n{text}\n"}, base=False)
    found = finding(report, claim)
    assert found.verdict == expected
    if expected == "unclear":
        assert "after the article was written" in (found.evidence[0].note or "")


KINDS_OF_COUNTS = """
claims:
  - id: kelly-counts
    statement: Kelly was found guilty on all nine counts.
    about: [guilty, counts]
    expect: {quantity: 9}
  - id: manafort-counts
    statement: Manafort was found guilty on eight counts.
    about: [guilty, counts]
    expect: {quantity: 8}
  - id: decision-pages
    statement: Engoron's decision runs to 92 pages.
    about: [pages]
    expect: {quantity: 92}
"""


@pytest.mark.parametrize(
    "text, claim, expected",
    [
        # a count narrowed to one kind the claim never names may be a part of its total
        ("Kelly was found guilty of racketeering and eight counts of sex trafficking.", "kelly-counts", "unclear"),
        ("Manafort was found guilty on two counts of bank fraud, among others.", "manafort-counts", "unclear"),
        # named with another noun that counts the same thing
        ("Jurors agreed that Manafort was guilty of five charges of tax fraud.", "manafort-counts", "unclear"),
        ("Kelly was found guilty of six charges of sex trafficking.", "kelly-counts", "unclear"),
        # the claim's own count, or a count of the whole case
        ("Kelly was found guilty on nine counts of the indictment.", "kelly-counts", "supports"),
        ("Manafort was found guilty on ten counts of the indictment.", "manafort-counts", "conflicts"),
        ("The ruling ran to 90 pages of reasoning.", "decision-pages", "conflicts"),
    ],
)
def test_a_count_of_one_kind_may_be_a_part(corpus, text, claim, expected):
    assert verdicts(corpus, KINDS_OF_COUNTS, text)[claim] == expected


THRESHOLDS = """
claims:
  - id: landfall-category
    statement: Harvey was a Category 4 hurricane when it made landfall.
    about: [landfall, hurricane]
    expect:
      term: Category 4
      conflicts: [Category 3, Category 5]
  - id: magnitude
    statement: The earthquake measured magnitude 7.1.
    about: [magnitude]
    expect: {quantity: 7.1}
  - id: deal-rank
    statement: The Whole Foods deal was Amazon's largest acquisition.
    about: [acquisition]
    expect: {term: largest, conflicts: [second largest]}
"""


@pytest.mark.parametrize(
    "text, claim, expected",
    [
        # a value with "or higher", "or larger" after it is a class's threshold, no value of the topic
        (
            "Harvey was the first major hurricane, category 3 or higher, to make landfall since 1961.",
            "landfall-category",
            "silent",
        ),
        ("There have been 19 earthquakes of magnitude 6.5 or larger within 250 km.", "magnitude", "silent"),
        # so is what something is compared with
        (
            "Emergency plans were not designed for a hurricane greater than a Category 3 at landfall.",
            "landfall-category",
            "silent",
        ),
        ("The price is larger than the second largest acquisition in Amazon's history.", "deal-rank", "silent"),
        # the value itself
        ("Harvey made landfall as a Category 3 hurricane.", "landfall-category", "conflicts"),
        ("The earthquake had a magnitude of 6.5.", "magnitude", "conflicts"),
    ],
)
def test_a_value_with_or_higher_is_a_threshold(corpus, text, claim, expected):
    assert verdicts(corpus, THRESHOLDS, text)[claim] == expected


ADMINISTRATORS = """
entities:
  melania: {name: Melania Trump, aliases: [Melania]}
  mcmahon: {name: Linda McMahon, aliases: [McMahon]}
  duke: {name: Elaine Duke, aliases: [Duke]}
  nelson: {name: Bill Nelson, aliases: [Nelson]}
  musk: {name: Elon Musk, aliases: [Musk]}
claims:
  - id: party
    statement: Melania Trump, Linda McMahon and Elaine Duke travelled with the president.
    about: [delegation, entourage]
    expect: {people: [melania, mcmahon, duke]}
  - id: briefing
    statement: Nelson and Musk spoke at the briefing.
    about: [briefing]
    expect: {people: [nelson, musk]}
"""


@pytest.mark.parametrize(
    "text, claim, expected",
    [
        # "Administrator" before a name is a title, not another person in the list
        (
            "The delegation included first lady Melania Trump and Small Business Administrator Linda McMahon.",
            "party",
            "unclear",
        ),
        ("The briefing heard NASA Administrator Bill Nelson and Elon Musk.", "briefing", "supports"),
        # another person in the list is a conflict
        ("The briefing heard Bill Nelson, Gwynne Shotwell and Elon Musk.", "briefing", "conflicts"),
    ],
)
def test_administrator_is_a_title(corpus, text, claim, expected):
    assert verdicts(corpus, ADMINISTRATORS, text)[claim] == expected


PLACES_WITHIN = """
claims:
  - id: texas-deaths
    statement: Harvey killed 68 people in Texas.
    about: [died, killed, deaths, murieron]
    expect: {quantity: 68}
  - id: ky-toll
    statement: The tornadoes killed 57 people in Kentucky.
    about: [killed, died]
    expect: {quantity: 57}
  - id: houston-mayor
    statement: Sylvester Turner was the mayor of Houston.
    about: [mayor]
    expect: {term: Turner}
  - id: graves-visit
    statement: Biden visited Graves County and Mayfield.
    about: [visited]
    expect: {term: Mayfield}
"""


@pytest.mark.parametrize(
    "text, claim, expected",
    [
        # a toll in a "where" clause on a place the claim never names is that place's
        ("Nederland is in a county east of Houston where four people died.", "texas-deaths", "unclear"),
        ("The storm hit western towns, including Graves County, where 24 people were killed.", "ky-toll", "unclear"),
        # on the claim's own place, it is the claim's
        ("The storm hit Kentucky, where 57 people were killed.", "ky-toll", "supports"),
        ("The storm hit Texas, where 60 people died.", "texas-deaths", "conflicts"),
    ],
)
def test_a_toll_where_a_place_is_that_places(corpus, text, claim, expected):
    assert verdicts(corpus, PLACES_WITHIN, text)[claim] == expected


def test_a_spanish_toll_donde_a_place_is_that_places(corpus):
    text = "El tornado arrasó el condado de Graves County, donde 24 personas murieron. El gobernador pidió ayuda."
    assert verdicts(corpus, PLACES_WITHIN, text, lang="es")["texas-deaths"] == "unclear"


FOUND_GUILTY = """
claims:
  - id: kelly-verdict
    statement: The jury returned its verdict on Monday 27 September 2021.
    about: [guilty, verdict]
    expect: {date: 2021-09-27}
  - id: holmes-verdict
    statement: Holmes was convicted on Monday 3 January 2022.
    about: [guilty, convicted]
    expect: {date: 2022-01-03}
"""


@pytest.mark.parametrize(
    "text, published, claim, expected",
    [
        # "found" is the past of "find": a weekday after it is the one gone
        (
            "A jury found the 54-year-old guilty of racketeering on Monday, following two days of deliberations.",
            "2021-09-28",
            "kelly-verdict",
            "supports",
        ),
        ("Jurors found Elizabeth Holmes guilty on four counts on Monday.", "2022-01-05", "holmes-verdict", "supports"),
    ],
)
def test_found_is_a_past_form(corpus, text, published, claim, expected):
    assert verdicts(corpus, FOUND_GUILTY, text, published=published)[claim] == expected


CUES = """
entities:
  melania: {name: Melania Trump, aliases: [Melania]}
  carson: {name: Ben Carson, aliases: [Carson]}
  iger: {name: Bob Iger, aliases: [Iger]}
  murdoch: {name: Rupert Murdoch, aliases: [Murdoch]}
claims:
  - id: party
    statement: Melania Trump and Ben Carson travelled with the president.
    about: [entourage, delegation, accompanied by]
    expect: {people: [melania, carson]}
  - id: principals
    statement: The deal was struck by Iger and Murdoch.
    about: [deal, acuerdo]
    expect: {people: [iger, murdoch]}
"""


@pytest.mark.parametrize(
    "text, lang, claim, expected",
    [
        # a cue ("including", "liderada por") names members of the noun right before it, not the topic's
        (
            "The president, accompanied by Melania Trump and Ben Carson, will meet top officials in Texas,"
            " including Gov. Greg Abbott.",
            "en",
            "party",
            "supports",
        ),
        (
            "El acuerdo une a Iger y Murdoch. Lo que empezó siendo una productora de dibujos animados liderada"
            " por Walt Disney se convirtió en una potencia gracias a acuerdos como este.",
            "es",
            "principals",
            "supports",
        ),
        # a cue right after the topic names its members
        ("The delegation, including Melania Trump, Ben Carson and Greg Abbott, landed.", "en", "party", "conflicts"),
    ],
)
def test_a_cue_names_members_of_the_noun_before_it(corpus, text, lang, claim, expected):
    assert verdicts(corpus, CUES, text, lang=lang)[claim] == expected


LAUNCH_PADS = """
claims:
  - id: launch-date
    statement: The rocket lifted off on 20 April 2023.
    about: [launch]
    expect: {date: 2023-04-20}
"""


@pytest.mark.parametrize(
    "text, expected",
    [
        # a topic word that only qualifies a place after it names the place, not the event
        ("A member of the public walks through a debris field at the launch pad on April 22, 2023.", "silent"),
        ("The stacked rocket made it back out to the launch pad on Nov. 4, 2022.", "silent"),
        # the event itself
        ("The launch came on April 22, 2023.", "conflicts"),
        ("The launch from the pad came on April 20, 2023.", "supports"),
    ],
)
def test_a_topic_word_before_a_place_noun_names_the_place(corpus, text, expected):
    assert verdicts(corpus, LAUNCH_PADS, text)["launch-date"] == expected


AND_ONE_MORE = """
claims:
  - id: aboard
    statement: Seven people were aboard the plane.
    about: [aboard, carrying]
    expect: {quantity: 7, unit: people}
  - id: lifted
    statement: The capsule lifted 34 people to the surface.
    about: [capsule, lifted]
    expect: {quantity: 34, unit: people}
  - id: golds
    statement: Phelps won five golds in Rio.
    about: [won, golds]
    expect: {quantity: 5}
"""


@pytest.mark.parametrize(
    "text, claim, expected",
    [
        # a count of people with one more of another kind after it is a part of their whole
        ("An engine failure caused a plane carrying six passengers and a pilot to crash.", "aboard", "silent"),
        ("The capsule lifted 33 miners and a rescuer to the surface.", "lifted", "unclear"),
        # a count alone, or a count that is not of people
        ("The plane was carrying six passengers.", "aboard", "conflicts"),
        ("Phelps won five golds and a silver in Rio.", "golds", "supports"),
    ],
)
def test_a_count_with_one_more_after_it_is_a_part(corpus, text, claim, expected):
    assert verdicts(corpus, AND_ONE_MORE, text)[claim] == expected


EXCLUDED_HEADLINES = """
claims:
  - id: milei-share
    statement: Milei won 55.65% of the votes in the run-off.
    about: [Milei]
    exclude: [first round]
    expect: {quantity: 55.65, unit: percent, tolerance: 0.1}
  - id: quake-toll
    statement: The 19 September earthquake killed 369 people.
    about: [killed, toll]
    exclude: [Chiapas]
    expect: {quantity: 369}
"""


@pytest.mark.parametrize(
    "headline, text, claim, expected",
    [
        # a headline naming what the claim excludes makes the article's conflicts questions
        (
            "Massa wins Argentina's first round",
            "Right-wing populist Milei followed with 30.31 percent.",
            "milei-share",
            "unclear",
        ),
        (
            "Chiapas quake: the strongest since 1985",
            "Authorities said the quake killed 90 people.",
            "quake-toll",
            "unclear",
        ),
        # a headline that does not
        (
            "Milei wins Argentina's run-off",
            "Right-wing populist Milei won with 50.31 percent.",
            "milei-share",
            "conflicts",
        ),
        (
            "Mexico quake: rescuers search the rubble",
            "Authorities said the quake killed 90 people.",
            "quake-toll",
            "conflicts",
        ),
    ],
)
def test_a_headline_naming_what_the_claim_excludes_makes_conflicts_questions(corpus, headline, text, claim, expected):
    report = corpus(EXCLUDED_HEADLINES, {"a.txt": f"{headline}\n\n{text}\n"}, base=False)
    assert finding(report, claim).verdict == expected


SUBJECTS = """
entities:
  labour: {name: Labour, aliases: [Labour Party]}
  psoe: {name: PSOE, aliases: [Socialist Party]}
  torres: {name: Sandra Torres, aliases: [Torres]}
  sheinbaum: {name: Claudia Sheinbaum, aliases: [Sheinbaum]}
  boric: {name: Gabriel Boric, aliases: [Boric]}
claims:
  - id: labour-share
    statement: Labour won 33.7% of the vote.
    about: [labour]
    expect: {quantity: 33.7, unit: percent, tolerance: 0.1}
  - id: psoe-seats
    statement: The PSOE won 121 seats.
    about: [psoe]
    expect: {quantity: 121}
  - id: torres-share
    statement: Sandra Torres won 38% of the vote.
    about: [torres]
    expect: {quantity: 38, unit: percent, tolerance: 0.5}
  - id: sheinbaum-share
    statement: Sheinbaum won 59.76% of the vote.
    about: [sheinbaum]
    expect: {quantity: 59.76, unit: percent, tolerance: 0.1}
  - id: boric-share
    statement: Boric won 55.87% of the vote.
    about: [boric]
    expect: {quantity: 55.87, unit: percent, tolerance: 0.1}
"""


@pytest.mark.parametrize(
    "text, claim, lang, expected",
    [
        # the name opens the clause and one plain run of words leads from it to the figure
        (
            "With 600 constituency results declared, Labour has won 395 seats with a 34.6% share.",
            "labour-share",
            None,
            "conflicts",
        ),
        (
            "Por su parte, el PSOE, que iba en cabeza en las primeras fases del recuento, obtendría 122 (31,70%).",
            "psoe-seats",
            "es",
            "conflicts",
        ),
        (
            "Su rival, la ex primera dama Sandra Torres, ha quedado lejos, con solo el 35% de los sufragios.",
            "torres-share",
            "es",
            "conflicts",
        ),
        # the phrase set off after the name may hold a bracketed acronym; the predicate may run long
        (
            "Sandra Torres, from the National Unity of Hope (UNE), won 1.3 million votes (35%) in the count.",
            "torres-share",
            None,
            "conflicts",
        ),
        (
            "El diputado Boric, abanderado del Frente Amplio (FA), ganó la segunda vuelta este domingo al obtener "
            "el 55,18 % de los votos.",
            "boric-share",
            "es",
            "conflicts",
        ),
        # a margin, a range, another name on the way, or a figure said in the apposition, is no figure of the name's
        (
            "With 56% of the votes counted, Boric won the run-off by more than 10 percentage points.",
            "boric-share",
            None,
            "silent",
        ),
        ("Boric ganó con una ventaja de 11,7 puntos porcentuales sobre Kast.", "boric-share", "es", "silent"),
        ("After the count, Sheinbaum beat Xóchitl Gálvez with a lead of about 31%.", "sheinbaum-share", None, "silent"),
        # a range with the unit at both ends is one figure, the name's, holding the claim's
        (
            "Sheinbaum logró entre un 58,3% y un 60,7%, muy por delante de su gran rival.",
            "sheinbaum-share",
            "es",
            "supports",
        ),
        # a figure said inside the phrase set off after the name stays a question
        (
            "Sandra Torres, the candidate whose party won 40% of the seats, came second.",
            "torres-share",
            None,
            "unclear",
        ),
        # one of a series is no figure of the subject's
        ("The PSOE was projected at 118, 119, 122 or 125 in the four polls.", "psoe-seats", None, "unclear"),
    ],
)
def test_a_figure_in_what_the_clause_says_of_its_named_subject_is_the_names(corpus, text, claim, lang, expected):
    assert verdicts(corpus, SUBJECTS, text, lang=lang)[claim] == expected


ELECT = """
claims:
  - id: votes
    statement: The winner received 7,176,141 votes.
    about: [President-elect]
    expect: {quantity: 7176141, tolerance: 0.5%}
"""


@pytest.mark.parametrize(
    "text",
    [
        "The commission declared the President-elect the winner, but four election officials disowned the result.",
        "The President-elect thanked voters as 12 election observers left the count.",
    ],
)
def test_a_hyphenated_titles_tail_is_no_topic_word_of_its_own(corpus, text):
    """ "President-elect" is one title: "election" in "four election officials" (Kenyan and
    Ukrainian election coverage) does not make the four a count of the president-elect's."""
    assert verdicts(corpus, ELECT, text)["votes"] == "silent"


INJURED_AND_DEAD = """
claims:
  - id: injured
    statement: About 1,200 people were injured.
    about: [injured, heridas, heridos]
    expect: {quantity: 1200, unit: people}
  - id: dead
    statement: The crash killed 296 people.
    about: [killed, died, murieron]
    expect: {quantity: 296, unit: people}
"""


@pytest.mark.parametrize(
    "text, claim, lang, expected",
    [
        # "another" beside a group of another kind counts other people: all of the topic's
        ("Two firefighters died and another 63 were injured in the port blast.", "injured", None, "conflicts"),
        ("Al menos 30 personas murieron y otras 300 resultaron heridas este viernes.", "injured", "es", "conflicts"),
        # beside the topic's own group, more of it: a part
        ("Officials said 280 people were killed and another 12 were killed later.", "dead", None, "conflicts"),
        ("Another 12 were killed in a second blast.", "dead", None, "silent"),
    ],
)
def test_another_count_beside_a_group_of_another_kind_is_the_whole(corpus, text, claim, lang, expected):
    assert verdicts(corpus, INJURED_AND_DEAD, text, lang=lang)[claim] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a noun subject, past a phrase that places it, and what it comes to
        ("The toll in the three-train crash on Friday was revised to 275 from 288 by the state.", "conflicts"),
        ("The toll in the week-long floods on Sunday was raised to 30 from 22.", "conflicts"),
        # not a figure the subject comes to: a label's count
        ("- Highest toll in a single earthquake (13)", "silent"),
    ],
)
def test_a_figure_a_noun_subject_comes_to_is_the_subjects(corpus, text, expected):
    assert verdicts(corpus, TOLL_ANY, text)["toll"] == expected


ACTS = """
entities:
  splunk: {name: Splunk, aliases: [Splunk Inc]}
  cisco: {name: Cisco, aliases: [Cisco Systems Inc]}
  keybridge: {name: Francis Scott Key Bridge, aliases: [Key Bridge]}
claims:
  - id: splunk-founded
    statement: Splunk was founded in 2003.
    about: [founded, established]
    expect: {year: 2003}
  - id: bridge-opened
    statement: The Key Bridge was opened in 1977.
    about: [opened, completed]
    expect: {year: 1977}
  - id: capsule-landed
    statement: The OSIRIS-REx sample capsule landed in Utah on 24 September 2023.
    about: [landed, parachuted]
    expect: {date: 2023-09-24}
"""


@pytest.mark.parametrize(
    "text, claim, expected",
    [
        # the act alone, and no name the statement gives it: whose act is not said
        (
            "Cisco Systems, Inc. is a networking company. Established in 1984 by Leonard Bosack, Cisco grew fast.",
            "splunk-founded",
            "unclear",
        ),
        (
            "The panels were added in a renovation which completed in 2016 at the west London tower.",
            "bridge-opened",
            "unclear",
        ),
        ("A new port terminal opened in 1980 near the Patapsco river.", "bridge-opened", "unclear"),
        # the statement's name, or a word pointing back at it, says whose
        ("Splunk was established in 2004 by Michael Baum, Rob Das and Erik Swan.", "splunk-founded", "conflicts"),
        ("The data company grew fast. It was founded in 2004 in San Francisco.", "splunk-founded", "conflicts"),
        ("Founded in 2004, it now sells software to most large companies.", "splunk-founded", "conflicts"),
        ("The Key Bridge opened in 1976, after five years of building.", "bridge-opened", "conflicts"),
        (
            "The capsule parachuted on 23 September 2023 into the desert near Salt Lake City.",
            "capsule-landed",
            "conflicts",
        ),
        (
            "“We landed on 23 September 2023 in the desert near Salt Lake City,” a NASA engineer said.",
            "capsule-landed",
            "conflicts",
        ),
    ],
)
def test_a_date_of_an_act_the_sentence_names_no_one_for_is_a_question(corpus, text, claim, expected):
    assert verdicts(corpus, ACTS, text)[claim] == expected


ENGLISH_STATEMENTS = """
entities:
  pp: {name: PP, aliases: [Partido Popular]}
  sheinbaum: {name: Claudia Sheinbaum, aliases: [Sheinbaum]}
claims:
  - id: pp-seats
    statement: The PP won 137 of the 350 seats in the Congress of Deputies.
    about: [pp]
    expect: {quantity: 137}
  - id: sheinbaum-votes
    statement: Sheinbaum received 35,924,519 votes (about 35.9 million).
    about: [sheinbaum]
    expect: {quantity: 35924519, tolerance: 1%}
"""


@pytest.mark.parametrize(
    "text, claim, expected",
    [
        # the statement read as written, in English: "137 of the 350 seats" counts seats, which a
        # Spanish article writes "escaños", "diputados" or "sillones"
        ("El PP es la lista más votada con 136 escaños y el 32,91% de los votos.", "pp-seats", "conflicts"),
        ("Con el 97% escrutado, el PP obtiene 136 diputados.", "pp-seats", "conflicts"),
        ("El PP consiguió 137 sillones en el Congreso.", "pp-seats", "supports"),
        (
            "Sheinbaum cerró con 35 millones 924 mil 519 votos, el 59.7 por ciento de la votación.",
            "sheinbaum-votes",
            "supports",
        ),
        ("Sheinbaum obtuvo 33 millones 226,602 sufragios, según el PREP.", "sheinbaum-votes", "conflicts"),
        # another noun is still another count
        ("El PP gobierna en 11 comunidades y 136 ayuntamientos.", "pp-seats", "silent"),
    ],
)
def test_a_spanish_article_is_read_against_the_statement_as_written(corpus, text, claim, expected):
    assert verdicts(corpus, ENGLISH_STATEMENTS, text, lang="es")[claim] == expected


RESTATING_PHRASES = """
entities:
  sheinbaum: {name: Claudia Sheinbaum, aliases: [Sheinbaum]}
  psoe: {name: PSOE, aliases: [Socialist Party]}
  labour: {name: Labour, aliases: [Labour Party]}
claims:
  - id: sheinbaum-share
    statement: Sheinbaum won 59.76% of the vote.
    about: [sheinbaum]
    expect: {quantity: 59.76, unit: percent, tolerance: 0.1}
  - id: sheinbaum-votes
    statement: Sheinbaum received 35,924,519 votes.
    about: [sheinbaum]
    expect: {quantity: 35924519, tolerance: 1%}
  - id: psoe-seats
    statement: The PSOE won 121 seats.
    about: [psoe]
    expect: {quantity: 121}
  - id: labour-share
    statement: Labour won 33.7% of the vote.
    about: [labour]
    expect: {quantity: 33.7, unit: percent, tolerance: 0.1}
"""


@pytest.mark.parametrize(
    "text, claim, lang, expected",
    [
        # a restating phrase gives the holder's figure in another form
        (
            "Sheinbaum recibió más de 33 millones 135 mil 80 votos, lo que representa el 59.35 por ciento.",
            "sheinbaum-share",
            "es",
            "conflicts",
        ),
        (
            "Sheinbaum alcanzó 35 millones de votos, es decir, el 59.35% del total.",
            "sheinbaum-share",
            "es",
            "conflicts",
        ),
        (
            "Prime Minister Pedro Sánchez's Socialist Party won 31.7% of the vote, or 122 seats.",
            "psoe-seats",
            None,
            "conflicts",
        ),
        ("Labour won 9.7 million votes, representing 34.6% of those cast.", "labour-share", None, "conflicts"),
        # a count of the claim's noun before "more" is a difference, restated or not
        (
            "Su estado le dio a Sheinbaum el 67.4% de los votos, es decir, 736 mil 817 votos más que a ella.",
            "sheinbaum-votes",
            "es",
            "silent",
        ),
    ],
)
def test_a_figure_restating_the_holders_figure_is_the_holders(corpus, text, claim, lang, expected):
    assert verdicts(corpus, RESTATING_PHRASES, text, lang=lang)[claim] == expected


MAKE_UP = """
claims:
  - id: complainants
    statement: The counts concerned four men, the complainants.
    about: [complainants, accusers, men]
    expect: {quantity: 4, unit: people}
  - id: jury-men
    statement: The jury was seven men and five women.
    about: [men]
    expect: {quantity: 7}
"""


@pytest.mark.parametrize(
    "text, claim, expected",
    [
        # men and women counted one after the other before a body's noun: that body's make-up
        ("Spacey mouthed “thank you” to the nine men and three women jurors.", "complainants", "silent"),
        ("The accusers, three men, watched the six-man, six-woman panel file in.", "complainants", "conflicts"),
        ("The two men and one woman officers who arrested him testified.", "complainants", "silent"),
        # the body the claim counts, or men and women counted with no body after them
        ("The jury of seven men and five women deliberated for nearly 27 hours.", "jury-men", "supports"),
    ],
)
def test_men_and_women_counted_before_a_bodys_noun_are_its_make_up(corpus, text, claim, expected):
    assert verdicts(corpus, MAKE_UP, text)[claim] == expected


JURY_SLAMS_TOLL = """
scope: {event: Christchurch earthquake, date: 2011-02-22, window_days: 30}
claims:
  - id: jury-size
    statement: The jury that convicted him had twelve members.
    about: [jury, jurors, panel, jurado]
    expect: {quantity: 12, unit: people}
  - id: toll
    statement: The earthquake killed 185 people.
    about: [death toll, toll, killed, dead]
    expect: {quantity: 185, unit: people}
  - id: slams
    statement: Wimbledon was Alcaraz's second Grand Slam title.
    about: [Grand Slam, grande]
    expect: {quantity: 2}
"""


@pytest.mark.parametrize(
    "text, claim, expected, lang",
    [
        # the second count of a make-up by sex before the claim's body is a part of it, as the first
        # (hunter-biden-gun-verdict "The six-man, six-woman panel mulled over their verdict",
        # conrad-murray-trial and smollett-verdict "a seven-man, five-woman jury")
        ("The six-man, six-woman panel mulled over their verdict for one hour.", "jury-size", "silent", None),
        ("A seven-man, five-woman jury reached the verdict on Thursday.", "jury-size", "silent", None),
        ("The jury of twelve reached its verdict on Thursday.", "jury-size", "supports", None),
        # a number word after a definite article names a group told of before, maybe not the count
        # (rittenhouse-verdict "the six jurors who were dismissed", alcaraz-wimbledon-2023 "ganar los
        # cuatro Grandes en un mismo año"); a toll said with no article stays a figure
        (
            "A reporter says the six jurors who were dismissed appear to be white, leaving the single person"
            " of color on the jury.",
            "jury-size",
            "unclear",
            None,
        ),
        ("Alcaraz privó a Nole de ganar los cuatro Grandes en un mismo año.", "slams", "unclear", "es"),
        ("The death toll rose to seven on Monday.", "toll", "conflicts", None),
        ("The earthquake killed seven people on Monday.", "toll", "conflicts", None),
    ],
)
def test_a_number_word_of_a_known_group_or_of_a_make_up(corpus, text, claim, expected, lang):
    assert verdicts(corpus, JURY_SLAMS_TOLL, text, lang=lang)[claim] == expected


TRIAL_COUNTS = """
claims:
  - id: guilty-counts
    statement: The jury found Holmes guilty on four counts.
    about: [guilty, convicted, culpable]
    expect: {quantity: 4}
  - id: mistrial-counts
    statement: The judge declared a mistrial on the other 10 counts.
    about: [mistrial, nulidad]
    expect: {quantity: 10}
"""


@pytest.mark.parametrize(
    "text, claim, lang, expected",
    [
        # a trial's counts, charges and felonies count the same ("cargos", "delitos" in Spanish)
        ("Holmes was found guilty of four charges of wire fraud and conspiracy.", "guilty-counts", None, "supports"),
        ("Manafort was convicted on eight felonies of tax and bank fraud.", "guilty-counts", None, "conflicts"),
        ("El jurado lo declaró culpable de 8 cargos de fraude y conspiración.", "guilty-counts", "es", "conflicts"),
    ],
)
def test_a_trials_counts_are_counted_by_any_of_their_names(corpus, text, claim, lang, expected):
    assert verdicts(corpus, TRIAL_COUNTS, text, lang=lang)[claim] == expected


@pytest.mark.parametrize(
    "text, lang",
    [
        ("El juez declaró la nulidad sobre 10 de 18 cargos.", "es"),
        ("The judge declared a mistrial on 10 of the 18 counts.", None),
    ],
)
def test_the_whole_of_a_part_is_not_the_part_a_claim_states(corpus, text, lang):
    assert verdicts(corpus, TRIAL_COUNTS, text, lang=lang)["mistrial-counts"] != "conflicts"


BREAKDOWNS = """
claims:
  - id: guilty-counts
    statement: The jury found Holmes guilty on five counts of wire fraud, conspiracy and lying (fraude, mentir).
    about: [charged, convicted, culpable, acusan]
    expect: {quantity: 5}
  - id: toll
    statement: The earthquake and the tsunami killed 92 people.
    about: [killed, muertos]
    expect: {quantity: 92, unit: people}
  - id: left-seats
    statement: The Left Alliance won 40 seats.
    about: [Left Alliance]
    expect: {quantity: 40}
  - id: injured
    statement: 250 people were injured in the train crash.
    about: [injured, heridas]
    expect: {quantity: 250, unit: people}
"""


@pytest.mark.parametrize(
    "text, claim, lang, expected",
    [
        # a breakdown whose later parts leave the noun out: each figure is a part, a question at most
        (
            "Holmes was charged with three counts of wire fraud, one for conspiracy and another for lying.",
            "guilty-counts",
            None,
            "unclear",
        ),
        (
            "Lo acusan de tres cargos de fraude, uno por conspirar y uno más por mentir.",
            "guilty-counts",
            "es",
            "unclear",
        ),
        ("Lo acusan de 4 cargos por fraude y uno por mentir.", "guilty-counts", "es", "unclear"),
        ("At least 80 were killed by the quake, 12 by the tsunami.", "toll", None, "unclear"),
        ("La Left Alliance obtuvo 28 escaños por Madrid y 12 por Barcelona.", "left-seats", "es", "unclear"),
        ("The Left Alliance won 28 seats from the cities and 12 from the countryside.", "left-seats", None, "unclear"),
        # … unless what the part is of is the topic itself
        ("The count gave 52 seats to the Greens, 40 for the Left Alliance.", "left-seats", None, "supports"),
        ("The count gave 52 seats to the Greens, 38 for the Left Alliance.", "left-seats", None, "conflicts"),
        # a share of the figure before, a rate, a bound: no breakdown
        ("Holmes was convicted on four counts, one of them for conspiracy.", "guilty-counts", None, "conflicts"),
        ("Lo acusan de 4 cargos, uno de ellos por mentir.", "guilty-counts", "es", "conflicts"),
        ("Holmes was convicted on four counts, one for each investor.", "guilty-counts", None, "conflicts"),
        # the noun of the figure comes right after it, or the parts count something else
        (
            "Al menos 30 personas murieron y otras 300 resultaron heridas este viernes por el choque de trenes, uno de"
            " pasajeros y otro de carga.",
            "injured",
            "es",
            "conflicts",
        ),
    ],
)
def test_a_breakdown_with_the_noun_left_out_is_parts(corpus, text, claim, lang, expected):
    assert verdicts(corpus, BREAKDOWNS, text, lang=lang)[claim] == expected


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        # the figure after "to" is the other side's, unless a link word gives it to the topic
        ("The Greens won 52% of the vote to 41% for the Left Alliance.", None, "conflicts"),
        ("Los Verdes obtuvieron 52% contra 40% para la Left Alliance.", "es", "supports"),
    ],
)
def test_the_other_sides_figure_given_to_the_topic(corpus, text, lang, expected):
    claims = BREAKDOWNS.replace("expect: {quantity: 40}", "expect: {quantity: 40, unit: percent}")
    assert verdicts(corpus, claims, text, lang=lang)["left-seats"] == expected


RATINGS_AND_LISTS = """
claims:
  - id: petro-share
    statement: Petro won 50.44% of the votes cast.
    about: [Petro]
    expect: {quantity: 50.44, unit: percent}
  - id: witnesses
    statement: The prosecution called 26 witnesses.
    about: [witnesses, testigos]
    expect: {quantity: 26, unit: people}
  - id: guilty-counts
    statement: The jury found Holmes guilty on four counts.
    about: [guilty, convicted, culpable]
    expect: {quantity: 4}
"""


@pytest.mark.parametrize(
    "text, claim, lang, expected",
    [
        # a figure beside an opinion rating may be the rating, not a share of the vote
        (
            "Petro enjoys high favorability ratings, regularly polling above 70% in surveys.",
            "petro-share",
            None,
            "unclear",
        ),
        ("Petro, with a popularity rating below 20 percent, called the vote.", "petro-share", None, "unclear"),
        ("Petro llegó con una favorabilidad del 62%.", "petro-share", "es", "unclear"),
        ("Petro won 62% of the vote.", "petro-share", None, "conflicts"),
        # a list drawn up counts those on it, not those the claim counts
        ("The prosecution has a list of more than 70 witnesses ready to testify.", "witnesses", None, "unclear"),
        ("La Fiscalía tiene una lista de 70 testigos dispuestos a declarar.", "witnesses", "es", "unclear"),
        ("The prosecution called 70 witnesses.", "witnesses", None, "conflicts"),
        # a figure with its own noun after a list's comma leaves no noun out: no breakdown
        (
            "Prosecutors presented more than 70 witnesses, 200 hours of testimony and videos.",
            "witnesses",
            None,
            "conflicts",
        ),
        # a kind of count written with capitals is still one kind
        ("The jury found Holmes guilty on 6 counts of Securities Fraud.", "guilty-counts", None, "unclear"),
        ("The jury found Holmes guilty on 6 counts.", "guilty-counts", None, "conflicts"),
    ],
)
def test_ratings_lists_and_capitalised_kinds(corpus, text, claim, lang, expected):
    assert verdicts(corpus, RATINGS_AND_LISTS, text, lang=lang)[claim] == expected


def test_a_statements_figure_counts_the_head_of_the_words_after_it(corpus):
    claims = """
claims:
  - id: rio-golds
    statement: Phelps won five gold medals at the Rio Games.
    about: [phelps]
    expect: {quantity: 5}
"""
    assert (
        verdicts(corpus, claims, "Phelps ended his Rio Olympics with 6 medals, all gold.")["rio-golds"] == "conflicts"
    )


ATTRIBUTIVE_DAYS = """
claims:
  - id: verdict-date
    statement: The jury found Rhodes guilty on 29 November 2022.
    about: [found guilty, convicted, verdict]
    expect: {date: 2022-11-29}
  - id: quake-date
    statement: The earthquake struck on 11 March 2011.
    about: [earthquake, quake]
    expect: {date: 2011-03-11}
"""


@pytest.mark.parametrize(
    "text, claim, expected",
    [
        # a day before a noun is that noun's day, unless the noun is the topic
        ("He was found guilty of conspiring as part of the Jan. 6 attack on the Capitol.", "verdict-date", "silent"),
        ("The convictions underscore that the Sept. 11 attacks changed policing.", "verdict-date", "silent"),
        ("The March 12 quake flattened the coastal towns.", "quake-date", "conflicts"),
    ],
)
def test_a_day_before_a_noun_is_that_nouns_day(corpus, text, claim, expected):
    assert verdicts(corpus, ATTRIBUTIVE_DAYS, text, published="2022-11-30")[claim] == expected


SPANISH_AGES = """
entities:
  alcaraz: {name: Carlos Alcaraz, aliases: [Alcaraz]}
  noboa: {name: Daniel Noboa, aliases: [Noboa]}
  nadal: {name: Rafael Nadal, aliases: [Nadal]}
claims:
  - id: alcaraz-age
    statement: Alcaraz was 20 years old when he won the final.
    about: [alcaraz, español, murciano]
    expect: {quantity: 20, unit: year}
  - id: noboa-age
    statement: Noboa was 35 years old when he was elected.
    about: [noboa]
    expect: {quantity: 35, unit: year}
  - id: nadal-age
    statement: Nadal was 35 years old at the Australian Open.
    about: [nadal]
    expect: {quantity: 35, unit: year}
"""


# An age as Spanish sets it off, with "con" or "de" and maybe a quantifier before the number
# (alcaraz-wimbledon-2023, noboa-election-2023, nadal-australian-open-2022); a prison term after a
# verb is no age, and an age set off after another noun ("el serbio") is that person's.
@pytest.mark.parametrize(
    "text, claim, expected",
    [
        ("Carlos Alcaraz, don Carlos. Con solo 20 años, el murciano ganó en Wimbledon.", "alcaraz-age", "supports"),
        ("El español, de solo 20 años, ganó Wimbledon.", "alcaraz-age", "supports"),
        ("Noboa se convirtió, con 35 años, en el presidente más joven.", "noboa-age", "supports"),
        ("La experiencia de Rafael Nadal, que con 34 años dudaba de jugar en Australia.", "nadal-age", "conflicts"),
        ("Alcaraz venció a Djokovic, y el serbio, con 36 años, seguirá jugando.", "alcaraz-age", "silent"),
        ("Noboa dijo que el acusado fue castigado con 25 años de prisión.", "noboa-age", "silent"),
    ],
)
def test_an_age_spanish_sets_off_with_con_or_de(corpus, text, claim, expected):
    assert verdicts(corpus, SPANISH_AGES, text, lang="es")[claim] == expected


LIMITS = """
claims:
  - id: max-prison
    statement: The three counts together carry a maximum of 25 years in prison.
    about: [prison]
    expect: {quantity: 25, unit: year}
  - id: per-count
    statement: Each count carries a maximum of four years in prison.
    about: [prison]
    expect: {quantity: 4, unit: year}
  - id: term
    statement: The judge sentenced him to 15 years in prison.
    about: [prison]
    expect: {quantity: 15, unit: year}
"""


# A limit or a prospect ("could face up to", "faces as many as", "a maximum of") is the figure of
# a claim whose statement gives a maximum (hunter-biden-gun-verdict, trump-hush-money-verdict,
# weinstein-trial); one that disagrees may be one count's, a question; for a claim of what
# happened it is still no evidence.
@pytest.mark.parametrize(
    "text, claim, expected",
    [
        ("Biden could face up to 25 years in prison.", "max-prison", "supports"),
        ("He faces a maximum sentence of 25 years in prison and a fine.", "max-prison", "supports"),
        ("Trump faces as many as four years in prison.", "per-count", "supports"),
        ("Weinstein faces up to four years in prison on the rape charge.", "max-prison", "unclear"),
        ("Biden could face up to 25 years in prison.", "term", "silent"),
    ],
)
def test_a_limit_is_the_figure_of_a_claim_that_states_one(corpus, text, claim, expected):
    assert verdicts(corpus, LIMITS, text)[claim] == expected


PERIODS = """
claims:
  - id: lula-votes
    statement: Lula received 60,345,999 votes in the second round.
    about: [Lula]
    expect: {quantity: 60345999, tolerance: 1%}
  - id: petro-votes
    statement: Petro received 11,281,013 votes in the run-off.
    about: [Petro]
    expect: {quantity: 11281013, tolerance: 1%}
  - id: noboa-votes
    statement: Noboa received 5,251,695 votes in the run-off.
    about: [Noboa]
    expect: {quantity: 5251695, tolerance: 2%}
"""


@pytest.mark.parametrize(
    "text, claim, expected",
    [
        # a range from one year to a later one is a period, not an amount (Lula 2022, Petro 2022,
        # Noboa 2023)
        (
            "Mr Lula da Silva, the country's former president from 2003-2010, has promised to restore the past.",
            "lula-votes",
            "silent",
        ),
        (
            "Gustavo Petro was sworn in as the new president of Colombia for the period of 2022-2026.",
            "petro-votes",
            "silent",
        ),
        (
            "Noboa deberá completar el periodo 2021-2025, interrumpido por la disolución del Congreso.",
            "noboa-votes",
            "silent",
        ),
        # a range of amounts is compared as before
        ("Lula received 58-62 million votes, the polls said.", "lula-votes", "supports"),
    ],
)
def test_a_range_of_years_is_a_period_not_an_amount(corpus, text, claim, expected):
    assert verdicts(corpus, PERIODS, text)[claim] == expected


ATTEMPTS = """
claims:
  - id: second-attempt
    statement: Duplantis cleared 6.21 m at his second attempt.
    about: [world record, record]
    expect: {term: second attempt, supports: [second attempt], conflicts: [first attempt, third attempt]}
  - id: third-attempt
    statement: Artemis I launched at its third attempt.
    about: [launch, Artemis I]
    expect: {term: third attempt, supports: [third attempt], conflicts: [first attempt, second attempt]}
"""


@pytest.mark.parametrize(
    "text, claim, expected",
    [
        # a try said to have failed is not the one the claim counts (duplantis-record-2022, artemis-launch)
        (
            "On his first attempt to clear the world record height, he failed, but on the second attempt, he cleared.",
            "second-attempt",
            "supports",
        ),
        ("He missed on his first attempt at the world record.", "second-attempt", "unclear"),
        (
            "On Saturday, NASA scrubbed its second attempt to launch Artemis I into lunar orbit.",
            "third-attempt",
            "unclear",
        ),
        # a try that did not fail is still the claim's: a conflict
        ("He broke the world record on his first attempt.", "second-attempt", "conflicts"),
        ("On its second attempt, NASA finally managed to launch Artemis I.", "third-attempt", "conflicts"),
    ],
)
def test_a_failed_try_is_not_the_one_the_claim_counts(corpus, text, claim, expected):
    assert verdicts(corpus, ATTEMPTS, text)[claim] == expected


RANKED = """
claims:
  - id: deal-largest
    statement: The purchase was the largest acquisition Amazon had ever made.
    about: [acquisition, purchase, deal, adquisición, compra]
    expect: {term: largest, supports: [biggest], conflicts: [second-largest, second-biggest, segunda mayor]}
"""


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        (
            "This is the second largest acquisition in Amazon's history, behind the company's purchase of Whole Foods.",
            None,
            "unclear",
        ),
        ("It became the second-biggest deal of the decade, after the purchase of LinkedIn.", None, "unclear"),
        ("Es la segunda mayor adquisición de Amazon, por detrás de la compra de Whole Foods.", "es", "unclear"),
        ("The acquisition of Nuance is the second largest, behind the purchase of LinkedIn.", None, "conflicts"),
        ("This is the second largest acquisition in Amazon's history.", None, "conflicts"),
    ],
)
def test_a_rank_set_against_the_topic_is_a_question(corpus, text, lang, expected):
    """A rank whose subject the sentence does not name as the topic, with the topic named after
    "behind" or "after", is the subject's place against the topic: a question, never a conflict."""
    assert verdicts(corpus, RANKED, text, lang=lang)["deal-largest"] == expected


SIDE_OWNERS = """
entities:
  noboa: {name: Daniel Noboa, aliases: [Noboa]}
  gonzalez: {name: Luisa González, aliases: [González, Gonzalez]}
  boric: {name: Gabriel Boric, aliases: [Boric]}
  kast: {name: José Antonio Kast, aliases: [Kast]}
  duterte: {name: Rodrigo Duterte, aliases: [Duterte]}
claims:
  - id: gonzalez-share
    statement: Luisa González won 48.17% of the valid votes in the run-off.
    about: [gonzalez]
    expect: {quantity: 48.17, unit: percent, tolerance: 0.2}
  - id: kast-share
    statement: Kast won 44.13% of the valid votes in the run-off.
    about: [kast]
    expect: {quantity: 44.13, unit: percent, tolerance: 0.05}
  - id: duterte-votes
    statement: Duterte received 16,601,997 votes in the official count.
    about: [duterte]
    expect: {quantity: 16601997, tolerance: 0.5%}
"""


@pytest.mark.parametrize(
    "text, claim, lang, expected",
    [
        # the owner named after the other side's figure ("frente al … de", "against … of") is its owner
        (
            "Contabilizados el 93,61% de los votos, Noboa obtuvo el 52,17% de los votos, frente al 47,83% de la"
            " candidata del correísta Partido de la Revolución Ciudadana, Luisa González.",
            "gonzalez-share",
            "es",
            "conflicts",
        ),
        ("Boric suma el 55,86% de los votos frente al 44,14% conseguido por Kast.", "kast-share", "es", "supports"),
        (
            "Boric got 55.87% of the valid votes, against 44.13% of the far-right candidate José Antonio Kast.",
            "kast-share",
            None,
            "supports",
        ),
        # the side's figure before the topic's is the other's
        ("Boric suma el 55,86% de los votos frente al 44,20% conseguido por Kast.", "kast-share", "es", "conflicts"),
        # a name after the figure with no lead is no owner
        ("Boric won 55.87% against 44.13%, and Kast conceded.", "kast-share", None, "unclear"),
    ],
)
def test_the_other_sides_owner_is_named_around_its_figure(corpus, text, claim, lang, expected):
    assert verdicts(corpus, SIDE_OWNERS, text, lang=lang)[claim] == expected


def test_a_bare_figure_after_against_and_a_possessive_is_the_rivals(corpus):
    text = "In the first hour, Duterte took a commanding lead, garnering 7,034,664 votes against his rival's 4,012,417."
    found = evidence(corpus, SIDE_OWNERS, "duterte-votes", text)
    assert not any(e.found is not None and e.found.value == 4012417 for e in found)


@pytest.mark.parametrize(
    "text, lang",
    [
        # the owner named after the bare figure and the noun it counts: "alcanza 4 millones 615 mil
        # 509 votos frente a los 4 millones 216 mil 273 sufragios de González" (noboa-election-2023)
        ("Duterte sumaba 7.034.664 votos frente a los 4.012.417 sufragios de Roxas.", "es"),
        ("Duterte took a commanding lead with 7,034,664 votes against the 4,012,417 votes of Roxas.", None),
        ("In the first hour Duterte had 7,034,664 votes against 4,012,417 for Roxas.", None),
    ],
)
def test_a_bare_figure_after_against_with_its_owner_named_after_it_is_the_rivals(corpus, text, lang):
    front = f"---\nlang: {lang}\n---\n" if lang else ""
    report = corpus(SIDE_OWNERS, {"a.txt": f"{front}Headline\n\n{text}\n"}, base=False)
    found = finding(report, "duterte-votes").evidence
    assert [e.found.value for e in found if e.found is not None] == [7034664]
    assert found[0].stance == "conflicts"


DIVISIONS_RESULTS = """
entities:
  duterte: {name: Rodrigo Duterte, aliases: [Duterte]}
  sheinbaum: {name: Claudia Sheinbaum, aliases: [Sheinbaum]}
claims:
  - id: duterte-votes
    statement: Duterte received 16,601,997 votes in the official count.
    about: [duterte]
    expect: {quantity: 16601997, tolerance: 0.5%}
  - id: sheinbaum-share
    statement: Sheinbaum won 59.76% of the votes cast.
    about: [sheinbaum]
    expect: {quantity: 59.76, unit: percent, tolerance: 0.1}
  - id: rechazo-share
    statement: The Rechazo option won 61.86% of the valid votes.
    about: [Rechazo, rechazar]
    expect: {quantity: 61.86, unit: percent, tolerance: 0.15}
"""


@pytest.mark.parametrize(
    "text, claim, lang, expected",
    [
        # a part of the country the sentence ties its figures to: that part's result, maybe
        (
            "In a tight race, Duterte got 174,548 votes in Zamboanga del Norte province.",
            "duterte-votes",
            None,
            "unclear",
        ),
        (
            "Among the four provinces that voted for Roxas, Duterte got 174,548 votes in the closest.",
            "duterte-votes",
            None,
            "unclear",
        ),
        ("Duterte got 174,548 votes in the province of Zamboanga del Norte.", "duterte-votes", None, "unclear"),
        ("Her home state gave Sheinbaum 67.4% of the votes.", "sheinbaum-share", None, "unclear"),
        (
            "Su mismo estado de origen le dio la victoria a Claudia Sheinbaum con 67.4% de los votos.",
            "sheinbaum-share",
            "es",
            "unclear",
        ),
        ("Se celebró el triunfo del Rechazo, con 56%, en la comuna de Petorca.", "rechazo-share", "es", "unclear"),
        ("En el estado de Oaxaca, Sheinbaum obtuvo 61% de los votos.", "sheinbaum-share", "es", "unclear"),
        (
            "Entre las cuatro provincias del norte, el Rechazo ganó con 56% de los votos.",
            "rechazo-share",
            "es",
            "unclear",
        ),
        # the noun alone ties no figure to a part: the whole's
        ("State media said Duterte received 14,548,000 votes.", "duterte-votes", None, "conflicts"),
        # a name before the noun outside a place phrase, or an office after it: no place
        (
            "Zamboanga del Norte province officials said Duterte received 14,548,000 votes.",
            "duterte-votes",
            None,
            "conflicts",
        ),
        ("The Manila district attorney said Duterte received 14,548,000 votes.", "duterte-votes", None, "conflicts"),
        ("Sheinbaum won 67.4% of the votes, winning in 31 states.", "sheinbaum-share", None, "conflicts"),
        ("The head of state said Sheinbaum won 67.4% of the votes.", "sheinbaum-share", None, "conflicts"),
        ("Sheinbaum ha estado al frente con 67.4% de los votos.", "sheinbaum-share", "es", "conflicts"),
        ("Sheinbaum won 59.8% of the votes in every state.", "sheinbaum-share", None, "supports"),
    ],
)
def test_a_share_or_a_count_in_a_sentence_about_a_part_of_the_country_is_maybe_the_parts(
    corpus, text, claim, lang, expected
):
    assert verdicts(corpus, DIVISIONS_RESULTS, text, lang=lang)[claim] == expected


SAID_BEFORE = """
entities:
  aramco: {name: Saudi Aramco, aliases: [Aramco]}
claims:
  - id: valuation
    statement: The IPO valued Aramco at $1.7 trillion.
    about: [valuation, valued]
    expect: {quantity: 1.7 trillion, unit: USD, tolerance: 2%}
  - id: toll
    statement: The explosion killed 218 people.
    about: [deaths, killed, died, muertos]
    expect: {quantity: 218, unit: people}
"""


@pytest.mark.parametrize(
    "text, claim, lang, expected",
    [
        # the past perfect with a word of an earlier time: said before the news, maybe since revised
        ("He'd previously talked about a valuation for Aramco of $2 trillion.", "valuation", None, "unclear"),
        ("Health Minister Hassan Hamad had earlier reported at least 70 deaths.", "toll", None, "unclear"),
        ("Authorities had previously announced that the death toll was 150.", "toll", None, "unclear"),
        ("Las autoridades habían informado previamente de 70 muertos.", "toll", "es", "unclear"),
        # the past perfect alone, or an earlier word with another tense: the figure stands
        ("The blast had killed 150 people, the minister said.", "toll", None, "conflicts"),
        ("The minister earlier reported 150 deaths.", "toll", None, "conflicts"),
        ("Authorities had previously announced that the death toll was 218.", "toll", None, "supports"),
    ],
)
def test_a_figure_said_in_the_past_perfect_with_an_earlier_word_is_maybe_revised(corpus, text, claim, lang, expected):
    assert verdicts(corpus, SAID_BEFORE, text, lang=lang)[claim] == expected


TENURES = """
claims:
  - id: sentence-years
    statement: Bankman-Fried was sentenced to 25 years in prison.
    about: [sentenced, sentence, prison, prisión, condenado, sentencia]
    expect: {quantity: 25, unit: year}
"""


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        # a span a possessive owns and a role follows: how long someone has held the role
        (
            "Kaplan had never seen as evasive a performance as Bankman-Fried's in his virtually 30 years as a"
            " judge, before the sentence.",
            None,
            "unclear",
        ),
        ("Judge Davila, in his 15 years as a federal judge, handed down the sentence.", None, "unclear"),
        ("Kaplan nunca había visto algo así en sus 30 años como juez, antes de la sentencia.", "es", "unclear"),
        # no owner: the span is the sentence's
        ("Bankman-Fried was sentenced to 30 years as a first-time offender.", None, "conflicts"),
        ("Bankman-Fried was sentenced to 25 years as a first-time offender.", None, "supports"),
    ],
)
def test_a_span_someone_has_held_a_role_is_no_span_of_the_story(corpus, text, lang, expected):
    assert verdicts(corpus, TENURES, text, lang=lang)["sentence-years"] == expected


LAUNCH_MONTH = """
scope: {event: the launch, date: 2021-12-25, window_days: 60}
claims:
  - id: launch-month
    statement: Webb was launched in December 2021.
    about: [launch, launched, launching, lanzamiento, lanzó, lanzar]
    expect: {month: 2021-12}
"""
VOTE_YEAR = """
scope: {event: the referendum, date: 2016-06-23, window_days: 60}
claims:
  - id: vote-year
    statement: Britain voted to leave the EU in 2016.
    about: [voted, voting, referendum]
    expect: {year: 2016}
"""
CMA_MONTH = """
scope: {event: the ruling, date: 2023-04-26, window_days: 150}
claims:
  - id: cma-block
    statement: The CMA blocked the deal in April 2023.
    about: [block, blocked]
    expect: {month: 2023-04}
"""


@pytest.mark.parametrize(
    "claims, text, expected, lang",
    [
        # a year outside the scope window, for a month's or a year's claim inside it, not on the
        # claim's own verb, is another occurrence's, as for a day's claim (Chang'e-4's "Since
        # launching its first astronaut into space in 2003, China has …"; Webb, Brexit)
        (LAUNCH_MONTH, "Desde que lanzó el Hubble en 1990, la NASA esperaba un sucesor.", "silent", "es"),
        (VOTE_YEAR, "Since voting to join the common market in 1975, Britain has argued about Europe.", "silent", None),
        # on the claim's own verb, or opening its sentence before it, the date is the claim's
        (LAUNCH_MONTH, "The telescope was launched in December 2020.", "conflicts", None),
        (VOTE_YEAR, "Having voted to stay in 1975, Britain changed its mind.", "conflicts", None),
        (CMA_MONTH, "In April 2022, the CMA blocked the deal.", "conflicts", None),
    ],
)
def test_a_year_outside_the_window_for_a_month_or_year_claim(corpus, claims, text, expected, lang):
    assert next(iter(verdicts(corpus, claims, text, lang=lang).values())) == expected


PLACES_PEOPLE = """
claims:
  - id: haiti-toll
    statement: The earthquake killed about 222,570 people, the Haitian government's count.
    about: [death toll, killed, dead, died]
    expect: {quantity: 222570, unit: people, tolerance: 5%}
  - id: kentucky-toll
    statement: The tornadoes killed 81 people in Kentucky.
    about: [tornadoes, lost]
    expect: {quantity: 81, unit: people}
  - id: people-aboard
    statement: The plane carried 228 people, all of whom died.
    about: [passengers, aboard]
    expect: {quantity: 228, unit: people}
"""


@pytest.mark.parametrize(
    "text, claim, expected",
    [
        # a figure before the people of the place the claim's statement names counts the claim's people
        ("At least 112,000 Haitians are confirmed dead, and the toll could rise.", "haiti-toll", "conflicts"),
        ("At least 222,000 Haitians are confirmed dead.", "haiti-toll", "supports"),
        ("The tornadoes killed 75 Kentuckians.", "kentucky-toll", "conflicts"),
        ("We've lost 81 Kentuckians to the tornadoes.", "kentucky-toll", "supports"),
        # a people the statement never names, or one set among others, is a group of the whole
        ("58 Brazilians were among the passengers aboard.", "people-aboard", "silent"),
        ("The passengers aboard were 61 French people and 58 Brazilians.", "people-aboard", "unclear"),
        ("The tornadoes killed 12 Tennesseans.", "kentucky-toll", "silent"),
    ],
)
def test_a_figure_before_the_people_of_the_claims_place_counts_its_people(corpus, text, claim, expected):
    assert verdicts(corpus, PLACES_PEOPLE, text)[claim] == expected
