"""Casualty figures, rule by rule, on sentences about attacks other than the seeds'."""

from __future__ import annotations

import datetime as dt

import pytest

from incidents.extraction.casualties.figures import extract_casualty_figures
from incidents.extraction.document import ParsedDocument
from incidents.extraction.nlp import english
from incidents.extraction.results import DocumentMeta, IncidentCandidate
from incidents.extraction.text.cleaning import clean

BATACLAN = IncidentCandidate(
    name="November 2015 Paris attacks", date=dt.date(2015, 11, 13), country="FR", city="Paris"
)
CHRISTCHURCH = IncidentCandidate(
    name="Christchurch mosque shootings", date=dt.date(2019, 3, 15), country="NZ"
)
MANCHESTER = IncidentCandidate(
    name="Manchester Arena bombing", date=dt.date(2017, 5, 22), country="GB"
)
LAS_VEGAS = IncidentCandidate(name="Las Vegas shooting", date=dt.date(2017, 10, 1), country="US")


def figures_of(text: str, incident: IncidentCandidate = BATACLAN, published: dt.date | None = None):
    cleaned = clean(text)
    parsed = ParsedDocument(
        cleaned=cleaned, doc=english()(cleaned.text), meta=DocumentMeta(), reference_date=published
    )
    return extract_casualty_figures(parsed, incident)


def summary(figures) -> list[tuple]:
    return [(f.kind, f.value, f.value_max, f.qualifier, f.subgroup) for f in figures]


@pytest.mark.parametrize(
    ("sentence", "incident", "expected"),
    [
        (
            "Gunmen and suicide bombers killed 130 people and wounded more than 400 in Paris.",
            BATACLAN,
            [("killed", 130, None, "exact", ""), ("injured", 400, None, "more_than", "")],
        ),
        (
            "Fifty-one people were killed and 40 injured in the attacks on two mosques.",
            CHRISTCHURCH,
            [("killed", 51, None, "exact", ""), ("injured", 40, None, "exact", "")],
        ),
        (
            "Twenty-two people, including ten children, died in the bombing.",
            MANCHESTER,
            [("killed", 22, None, "exact", ""), ("killed", 10, None, "exact", "children")],
        ),
        (
            "Six children were killed and seven more injured in the attack.",
            MANCHESTER,
            [("killed", 6, None, "exact", "children"), ("injured", 7, None, "exact", "children")],
        ),
        (
            "Police said three attackers were shot dead by officers.",
            BATACLAN,
            [("killed", 3, None, "exact", "attackers")],
        ),
        (
            "At least 40 individuals were fatally shot.",
            LAS_VEGAS,
            [("killed", 40, None, "at_least", "")],
        ),
        (
            "The death toll of the attack rose to 58 on Monday.",
            LAS_VEGAS,
            [("killed", 58, None, "exact", "")],
        ),
        (
            "The shooting resulted in the death of 40 individuals.",
            LAS_VEGAS,
            [("killed", 40, None, "exact", "")],
        ),
        (
            "The attack left 150 dead and 609 injured.",
            LAS_VEGAS,
            [("killed", 150, None, "exact", ""), ("injured", 609, None, "exact", "")],
        ),
        (
            "There were reportedly over 120 injured people.",
            LAS_VEGAS,
            [("injured", 120, None, "more_than", "")],
        ),
        ("As many as 20 people are still missing.", BATACLAN, [("missing", 20, None, "up_to", "")]),
        (
            "The gunmen held about 100 people hostage inside the theatre.",
            BATACLAN,
            [("hostages", 100, None, "about", "")],
        ),
        (
            "Police arrested 12 people in raids across Brussels.",
            BATACLAN,
            [("detained", 12, None, "exact", "")],
        ),
        (
            "Paramedics evacuated around 200 concertgoers from the venue.",
            MANCHESTER,
            [("rescued", 200, None, "about", "")],
        ),
        (
            "The attack was carried out by three gunmen.",
            BATACLAN,
            [("perpetrators", 3, None, "exact", "")],
        ),
        (
            "Authorities said between 40 and 60 people were wounded.",
            LAS_VEGAS,
            [("injured", 40, 60, "exact", "")],
        ),
        (
            "Gunman Kills 58 And Injures Over 500 At Las Vegas Concert",
            LAS_VEGAS,
            [("killed", 58, None, "exact", ""), ("injured", 500, None, "more_than", "")],
        ),
        (
            "Police detained 11 people, including four men suspected of taking part in the attack.",
            BATACLAN,
            [("detained", 11, None, "exact", ""), ("detained", 4, None, "exact", "attackers")],
        ),
        (
            "Two citizens of Belgium and one each from Spain and Chile were among those killed.",
            BATACLAN,
            [
                ("killed", 2, None, "exact", "foreigners"),
                ("killed", 1, None, "exact", "foreigners"),
                ("killed", 1, None, "exact", "foreigners"),
            ],
        ),
    ],
)
def test_it_reads_each_figure_with_qualifier_and_subgroup(sentence, incident, expected):
    assert summary(figures_of(sentence, incident)) == expected


@pytest.mark.parametrize(
    ("sentence", "incident"),
    [
        ("The arena has a capacity of 21,000 people.", MANCHESTER),
        ("The bombing caused dozens of casualties.", MANCHESTER),
        ("More than 5,000 people donated blood the next day.", MANCHESTER),
        ("Some 70 ambulance crews were sent to the scene.", MANCHESTER),
        ("Leaders of 40 countries condemned the attack.", MANCHESTER),
        ("About 60% of respondents said they felt less safe.", MANCHESTER),
        ("The suspect, 22, was born in Manchester.", MANCHESTER),
        ("In 2005, bombings on the London transport network killed 52 people.", MANCHESTER),
        (
            "In October 2015, militants downed an airliner, killing all 224 people on board.",
            MANCHESTER,
        ),
        ("Last year, a similar attack in Nice killed 86 people.", MANCHESTER),
        (
            "The group conducted bombings in Kerman, Iran that killed at least 103 people.",
            MANCHESTER,
        ),
        ("The strikes left over one million people without electricity.", MANCHESTER),
        ("He received 1 million rubles ($10,785) from a rapper.", MANCHESTER),
        ("The fire covered 12,900 square metres.", MANCHESTER),
        (
            "Around 16,000 citizens signed contracts to avenge those killed in the attack.",
            MANCHESTER,
        ),
        ("One of the attackers was filmed by a passer-by.", BATACLAN),
        ("The four attackers fled in a white car.", BATACLAN),
        ("The hall was built in 2009 and the concert began at 20:00.", BATACLAN),
        ("On 2 November 2015, six militants were killed in a shootout.", BATACLAN),
    ],
)
def test_it_finds_no_figure_in_distractors(sentence, incident):
    assert figures_of(sentence, incident) == []


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        (
            "The attack killed 40 and wounded more than 100, TASS claimed, citing the FSB.",
            "Federal Security Service",
        ),
        (
            "According to the Investigative Committee, the death toll rose to 115.",
            "Investigative Committee of Russia",
        ),
        ("Fifty people were killed, the New York Times reported.", "The New York Times"),
        ("Investigators said 149 people had been killed.", "Investigators"),
        (
            '"Soldiers of the caliphate killed and wounded dozens," the Islamic State said.',
            "Islamic State",
        ),
        ("Twenty people were killed in the attack.", ""),
    ],
)
def test_it_attributes_each_figure_to_its_most_original_source(sentence, source):
    figures = figures_of(sentence, LAS_VEGAS)
    assert figures
    assert {f.attributed_to for f in figures} == {source}


@pytest.mark.parametrize(
    ("sentence", "as_of"),
    [
        ("As of 16 November, 129 people had been killed.", dt.date(2015, 11, 16)),
        (
            "The prosecutor's office reported on 14 November that 127 people were killed.",
            dt.date(2015, 11, 14),
        ),
        ("On 14 November, 127 people were reported killed.", None),
    ],
)
def test_it_dates_a_figure_as_of_when_the_text_says(sentence, as_of):
    (figure,) = figures_of(sentence, BATACLAN, published=dt.date(2015, 11, 20))
    assert figure.as_of == as_of


def test_it_quotes_the_sentence_with_offsets_into_the_cleaned_text():
    text = (
        "Headline About Paris\n\nThe police said 130 people were killed. Officials met on Monday."
    )
    cleaned = clean(text)
    (figure,) = figures_of(text)
    assert figure.span.quote == "The police said 130 people were killed."
    assert cleaned.text[figure.span.start : figure.span.end] == figure.span.quote


def test_it_skips_sections_about_other_events():
    text = (
        "= Manchester Arena bombing =\n\nTwenty-two people were killed.\n\n== Background ==\n\n"
        "Earlier bombings killed 52 people.\n\n=== Threat level ===\nFour people were injured.\n\n"
        "== Victims ==\nThe attack injured 1,017 people."
    )
    assert summary(figures_of(text, MANCHESTER)) == [
        ("killed", 22, None, "exact", ""),
        ("injured", 1017, None, "exact", ""),
    ]


def test_it_reads_infobox_fields_and_table_totals():
    text = (
        "= Manchester Arena bombing =\n\nInfobox\n- Date: 22 May 2017\n"
        "- Fatalities: 22 (+1 perpetrator)\n"
        "- Injuries: 1,017+\n\nA suicide bomber attacked the arena.\n\n== Victims ==\n"
        "| Nationality | Deaths |\n| British | 20 |\n| Polish | 2 |\n| Total | 22 |\n"
    )
    figures = figures_of(text, MANCHESTER)
    assert [(f.kind, f.value, f.qualifier, f.span.quote) for f in figures] == [
        ("killed", 22, "exact", "Fatalities: 22 (+1 perpetrator)"),
        ("killed", 1, "exact", "Fatalities: 22 (+1 perpetrator)"),
        ("injured", 1017, "at_least", "Injuries: 1,017+"),
        ("killed", 22, "exact", "Total | 22"),
        ("killed", 1, "exact", "A suicide bomber attacked the arena."),
    ]


def test_it_reads_a_repeated_sentence_once_but_keeps_separate_mentions():
    text = (
        "Gunmen killed 130 people in Paris.\n\nThe victims were mourned.\n\n"
        "Gunmen killed 130 people in Paris. Officials said 130 people were killed."
    )
    assert [f.value for f in figures_of(text)] == [130, 130]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "A gunman killed 19 children and two adults at the school.",
            [("killed", 19, None, "exact", "children"), ("killed", 2, None, "exact", "")],
        ),
        (
            "School shooting: 19 children and two teachers killed",
            [("killed", 19, None, "exact", "children"), ("killed", 2, None, "exact", "")],
        ),
        (
            "Three men and one woman were arrested.",
            [("detained", 3, None, "exact", ""), ("detained", 1, None, "exact", "women")],
        ),
        (
            "Officials said 48 people, including children, were being treated for gunshot wounds.",
            [("injured", 48, None, "exact", "")],
        ),
        (
            "It was the deadliest shooting since the 2012 attack in Newtown, where 26 died.",
            [],
        ),
        (
            "It was the deadliest attack since 2004, with 51 people killed.",
            [("killed", 51, None, "exact", "")],
        ),
        ("The death toll rose to 50 on Sunday.", [("killed", 50, None, "exact", "")]),
    ],
)
def test_it_reads_coordinated_counts_clauses_and_dates(sentence, expected):
    assert summary(figures_of(sentence, LAS_VEGAS, published=dt.date(2017, 10, 2))) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("A student opened fire, killing two classmates.", [("killed", 2, None, "exact", "")]),
        (
            "Two people were stabbed to death and three others injured.",
            [("killed", 2, None, "exact", ""), ("injured", 3, None, "exact", "")],
        ),
        (
            "Militants abducted 276 schoolgirls from the school.",
            [("hostages", 276, None, "exact", "")],
        ),
        ("The prosecutor said one attacker had been identified as a French citizen.", []),
        ("Three coordinated suicide bombings were carried out.", []),
        (
            "Three suicide bombers opened fire at the airport.",
            [("perpetrators", 3, None, "exact", "")],
        ),
    ],
)
def test_it_reads_other_ways_of_counting_victims_and_attackers(sentence, expected):
    assert summary(figures_of(sentence, LAS_VEGAS)) == expected
