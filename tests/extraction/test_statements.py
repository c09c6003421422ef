import datetime as dt

import pytest

from incidents.extraction.results import IncidentCandidate
from incidents.extraction.statements import extract_statements
from tests.extraction.helpers import parsed

INCIDENT = IncidentCandidate(date=dt.date(2015, 11, 13))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Islamic State claimed responsibility for the Paris attacks "
            "in a statement on Telegram.",
            [("Islamic State", "claim_of_responsibility", "telegram")],
        ),
        (
            "Al-Shabaab claimed the attack on the Westgate mall.",
            [("al-Shabaab", "claim_of_responsibility", "")],
        ),
        (
            "Emmanuel Macron condemned the attack as an act of war.",
            [("Emmanuel Macron", "condemnation", "")],
        ),
        ("The Taliban denied any involvement in the bombing.", [("Taliban", "denial", "")]),
        (
            "Canada and the UK issued warnings about possible terrorist attacks.",
            [("Canada", "warning", ""), ("United Kingdom", "warning", "")],
        ),
        ("The weather was cold in Paris that night.", []),
        ("Islamic State has claimed numerous attacks in the past.", []),
    ],
)
def test_it_finds_speaker_kind_and_channel(text, expected):
    found = extract_statements(parsed(text), INCIDENT)
    assert [(s.speaker, s.kind, s.channel) for s in found] == expected


def test_it_keeps_the_speaker_for_a_following_he():
    text = (
        "Mykhailo Podolyak denied Ukraine's involvement in the attack. "
        'On X, he wrote, "Ukraine has never employed terrorist tactics."'
    )
    found = extract_statements(parsed(text), INCIDENT)
    assert [(s.speaker, s.kind, s.channel) for s in found] == [
        ("Mykhailo Podolyak", "denial", ""),
        ("Mykhailo Podolyak", "denial", "x"),
    ]


def test_it_dates_a_statement_from_its_sentence():
    text = "On 14 November, President Emmanuel Macron condemned the attacks on Paris."
    (statement,) = extract_statements(parsed(text), INCIDENT)
    assert statement.date == dt.date(2015, 11, 14)
    assert statement.span.quote == text
