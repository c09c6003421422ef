"""Casualty figures by class of wording (issue 9): a toll as subject or object, label
lines, parts of a whole, counts without numerals, vague words and other events.

Each table gives sentences in, (kind, value, subgroup) out; the distractor tables must
give nothing. The sentences are made up for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from incidents.extraction.casualties.figures import extract_casualty_figures
from incidents.extraction.document import ParsedDocument
from incidents.extraction.nlp import english
from incidents.extraction.results import DocumentMeta, IncidentCandidate
from incidents.extraction.text.cleaning import clean

MARKET = IncidentCandidate(
    name="Harbour market bombing", date=dt.date(2021, 6, 4), country="KE", city="Mombasa"
)


def figures_of(text: str, published: dt.date | None = None):
    cleaned = clean(text)
    parsed = ParsedDocument(
        cleaned=cleaned, doc=english()(cleaned.text), meta=DocumentMeta(), reference_date=published
    )
    return extract_casualty_figures(parsed, MARKET)


def kinds_and_values(text: str, published: dt.date | None = None) -> list[tuple[str, int, str]]:
    return [(f.kind, f.value, f.subgroup) for f in figures_of(text, published)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("By the evening the toll stood at 27.", [("killed", 27, "")]),
        ("The number of dead rose to 41 on Saturday.", [("killed", 41, "")]),
        ("Officials now put the wounded at 130.", [("injured", 130, "")]),
        ("Fatalities: 18", [("killed", 18, "")]),
        ("The number of people killed has risen to 33.", [("killed", 33, "")]),
        ("The toll climbed overnight to 61.", [("killed", 61, "")]),
        ("Rescuers brought the injury total to 212.", [("injured", 212, "")]),
        ("Unofficial death tolls exceeded 90.", [("killed", 90, "")]),
        ("The confirmed deaths are eleven traders.", [("killed", 11, "")]),
        ("The blast left a death toll of 19.", [("killed", 19, "")]),
    ],
)
def test_it_reads_a_toll_as_subject_or_object(sentence, expected):
    assert kinds_and_values(sentence) == expected


def test_it_keeps_both_figures_of_a_revised_toll_and_marks_the_earlier_superseded():
    figures = figures_of("The ministry later revised the toll from 52 to 47.")
    assert [(f.kind, f.value, f.status) for f in figures] == [
        ("killed", 52, "superseded"),
        ("killed", 47, ""),
    ]
    assert {f.span.quote for f in figures} == {"The ministry later revised the toll from 52 to 47."}


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Deaths 27[3]", ("killed", 27, "exact", "Deaths 27[3]")),
        ("Deaths27[3]", ("killed", 27, "exact", "Deaths27[3]")),
        ("Wounded c. 300", ("injured", 300, "about", "Wounded c. 300")),
        ("Injured 1,017+ [a][4]", ("injured", 1017, "at_least", "Injured 1,017+ [a][4]")),
    ],
)
def test_it_reads_label_lines_with_glued_numbers_and_reference_markers(line, expected):
    text = f"Harbour market bombing\n\n{line}\n\nA bomb went off in the market."
    cleaned = clean(text)
    (figure,) = figures_of(text)
    assert (figure.kind, figure.value, figure.qualifier, figure.span.quote) == expected
    assert cleaned.text[figure.span.start : figure.span.end] == figure.span.quote


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Deaths 11 (+1 perpetrator)", [("killed", 11, ""), ("killed", 1, "attackers")]),
        (
            "Deaths 27 (including the perpetrator)[3]",
            [("killed", 27, ""), ("killed", 1, "attackers")],
        ),
        ("Deaths 5 (including both gunmen)", [("killed", 5, ""), ("killed", 2, "attackers")]),
        ("Deaths 27 civilians[3]", [("killed", 27, "")]),
        ("Injured 300 (estimated)[4]", [("injured", 300, "")]),
    ],
)
def test_a_label_line_gives_the_attackers_dead_it_adds(line, expected):
    assert kinds_and_values(f"Harbour market bombing\n\n{line}\n\nA bomb went off.") == expected


def test_it_reads_a_label_line_written_as_prose():
    assert kinds_and_values("Casualties: 12 killed, 40 wounded") == [
        ("killed", 12, ""),
        ("injured", 40, ""),
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Twenty people died, nine of them children.",
            [("killed", 20, ""), ("killed", 9, "children")],
        ),
        (
            "The blast killed 30 people, among them 6 foreign tourists.",
            [("killed", 30, ""), ("killed", 6, "foreigners")],
        ),
        ("Later, 12 militants died as well.", [("killed", 12, "attackers")]),
        (
            "More than 60 were hurt, 25 of them critically.",
            [("injured", 60, ""), ("injured", 25, "")],
        ),
        (
            "The bombs killed 30 people: 21 at the hotel and 9 in the church.",
            [("killed", 30, ""), ("killed", 21, "hotel"), ("killed", 9, "church")],
        ),
        (
            "Forty people were hurt, four of whom were wounded by gunfire.",
            [("injured", 40, ""), ("injured", 4, "")],
        ),
        ("One of the injured died in hospital on Monday.", [("killed", 1, "")]),
        (
            "Ten porters were killed. Three of them were teenagers.",
            [("killed", 10, ""), ("killed", 3, "children")],
        ),
        ("Three of the dead were police officers.", [("killed", 3, "police")]),
        (
            "Twenty-two people were killed, including the gunman.",
            [("killed", 22, ""), ("killed", 1, "attackers")],
        ),
        (
            "Four people (including the perpetrator) were injured.",
            [("injured", 4, ""), ("injured", 1, "attackers")],
        ),
        (
            "Eleven people died. Two of the victims were children.",
            [("killed", 11, ""), ("killed", 2, "children")],
        ),
    ],
)
def test_it_reads_parts_of_a_whole(sentence, expected):
    assert kinds_and_values(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Police shot the two brothers dead.", [("killed", 2, "attackers")]),
        ("The gunman then killed himself.", [("killed", 1, "attackers")]),
        ("A police officer was killed.", [("killed", 1, "police")]),
        ("Soldiers arrived and shot him dead.", [("killed", 1, "attackers")]),
        ("The attacker later took his own life.", [("killed", 1, "attackers")]),
        ("A suicide bomber detonated his vest at the gate.", [("killed", 1, "attackers")]),
        ("Another guard died of his wounds.", [("killed", 1, "security_personnel")]),
        ("Another victim died in hospital a week later.", []),
        (
            "14 civilians, five soldiers and a guard were killed.",
            [
                ("killed", 14, ""),
                ("killed", 5, "security_personnel"),
                ("killed", 1, "security_personnel"),
            ],
        ),
        ("No one was killed in the blast.", [("killed", 0, "")]),
        ("There were no fatalities.", [("killed", 0, "")]),
        ("We lost 23 souls that morning.", [("killed", 23, "")]),
        ("He met the families of ten people whose lives were taken.", [("killed", 10, "")]),
    ],
)
def test_it_counts_people_the_text_writes_without_numerals(sentence, expected):
    assert kinds_and_values(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Twelve people were taken to hospital.", [("injured", 12, "")]),
        ("Four people remain in critical condition.", [("injured", 4, "")]),
        ("Six were treated in hospital for burns.", [("injured", 6, "")]),
        ("Two officers were rushed to hospital.", [("injured", 2, "police")]),
        ("Twelve people were hospitalised.", [("injured", 12, "")]),
        ("A fifth person was hospitalized in critical condition.", [("injured", 1, "")]),
    ],
)
def test_it_reads_the_injured_from_what_was_done_for_them(sentence, expected):
    assert kinds_and_values(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Dozens were killed in the blast.",
        "Scores of traders were wounded.",
        "The bomb injured hundreds of shoppers.",
        "The attack killed and wounded dozens, police said.",
    ],
)
def test_vague_words_are_no_figures(sentence):
    assert figures_of(sentence) == []


def test_a_dozen_is_about_twelve():
    (figure,) = figures_of("A dozen traders were injured.")
    assert (figure.kind, figure.value, figure.qualifier) == ("injured", 12, "about")


def test_a_perpetrators_vague_boast_is_kept_as_their_claim():
    figures = figures_of('"Our soldiers killed and wounded dozens," al-Shabaab said.')
    assert [(f.kind, f.value, f.value_max, f.status) for f in figures] == [
        ("killed", 24, 99, "claimed"),
        ("injured", 24, 99, "claimed"),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "It was the deadliest attack on the city since a gunman killed 19 people in 1996.",
        "It was the second attack this year after the bus bombing in which nine people died.",
        "Mourners said it was the worst since the ferry attack that killed 40 people.",
        "Events where four or more people are killed are counted as mass attacks.",
        "The list of the wounded included Amina Yusuf, 34.",
        "By the end, 16 victims had been identified.",
        "The dead were buried on Friday; 12 bodies were repatriated.",
        "No group claimed responsibility.",
        "The injured were taken to 3 hospitals.",
        "Police are searching for the gunman, including at his home.",
    ],
)
def test_tolls_of_other_events_thresholds_and_ages_are_no_figures(sentence):
    assert figures_of(sentence, published=dt.date(2021, 6, 5)) == []


def test_a_town_named_only_once_is_another_event():
    text = (
        "A bomb killed 20 people in Mombasa on Friday.\n\n"
        "Hours later a gunman killed seven people in Lamuville.\n\n"
        "Mombasa police closed the market."
    )
    assert kinds_and_values(text) == [("killed", 20, "")]


def test_an_anniversary_statement_gives_its_toll_years_ago():
    opening = "Three years ago, a bomber killed 20 people at the harbour market."
    assert kinds_and_values(opening) == [("killed", 20, "")]
    later = "A bomb killed 20 people in Mombasa.\n\nThree years ago, a bomber killed 11 people."
    assert kinds_and_values(later) == [("killed", 20, "")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Mourners gathered after the attack in which 22 people died.", [("killed", 22, "")]),
        (
            "Two days after the attack that killed 22 people, police arrested a suspect.",
            [("killed", 22, "")],
        ),
        ("A terror attack killed 13 traders in Mombasa.", [("killed", 13, "")]),
    ],
)
def test_time_clauses_and_indefinite_events_keep_the_incidents_figures(sentence, expected):
    assert kinds_and_values(sentence, published=dt.date(2021, 6, 5)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A later killing in another village, named through "the village of", is not ours.
        (
            "A bomb killed six shoppers at the market in Mombasa. Three days later, in the "
            "village of Kwale Ndogo, another nine people were killed.",
            [("killed", 6, "")],
        ),
        # The incident's own town named the same way keeps its figure.
        (
            "A bomb went off in the city of Mombasa, where nine shoppers were killed.",
            [("killed", 9, "")],
        ),
    ],
)
def test_a_toll_placed_in_another_settlement_is_another_event(text, expected):
    assert kinds_and_values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "police killed them" after the text counted the attackers.
        (
            "Two gunmen opened fire at the market in Mombasa, killing six shoppers. Four hours "
            "later, police pursued their car and killed them in a shootout.",
            [("perpetrators", 2, ""), ("killed", 6, ""), ("killed", 2, "attackers")],
        ),
        (
            "The attackers, John Roe and Jane Roe, a married couple, opened fire at the market, "
            "killing six shoppers. Police chased the car and killed them.",
            [("killed", 6, ""), ("killed", 2, "attackers")],
        ),
        # Without a count of the attackers, "them" has no value.
        (
            "A gunman opened fire at the market, killing six shoppers. Police later cornered "
            "his friends and killed them.",
            [("killed", 6, "")],
        ),
    ],
)
def test_attackers_killed_as_them_take_the_count_given_before(text, expected):
    assert kinds_and_values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A named person wounded is one injured.
        (
            "The country's security minister John Roe was stabbed in the attack at the market.",
            [("injured", 1, "")],
        ),
        ("Jane Roe was wounded in the leg when the bomb went off.", [("injured", 1, "")]),
        # Killed by name, arrested, or one of a count already given: no figure of one.
        ("Jane Roe was shot dead at the market.", []),
        ("John Roe was arrested at the scene.", []),
        (
            "All three are injured: Jane Roe, 20, shot in the neck, and two others.",
            [("injured", 3, "")],
        ),
    ],
)
def test_a_named_person_wounded_counts_one_injured(text, expected):
    assert kinds_and_values(text) == expected
