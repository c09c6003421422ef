"""First-person documents: the author named by the title speaks every sentence."""

import datetime as dt

import pytest

from incidents.extraction.results import IncidentCandidate
from incidents.extraction.statements.authors import (
    Author,
    document_authors,
    speaker_at,
    speaker_turns,
)
from incidents.extraction.statements.kinds import voiced_kinds
from incidents.extraction.statements.statements import extract_statements
from tests.extraction.helpers import parsed

INCIDENT = IncidentCandidate(date=dt.date(2021, 6, 2))


@pytest.mark.parametrize(
    ("title", "authors"),
    [
        (
            "Statement from Governor Maria Lindqvist on the Bombing in Harbor City",
            [("Maria Lindqvist", "governor")],
        ),
        (
            "Remarks by Prime Minister Okafor and Foreign Secretary Dale at the Memorial",
            [
                ("Prime Minister Okafor", "prime minister"),
                ("Foreign Secretary Dale", "foreign secretary"),
            ],
        ),
        (
            "Statement by Mayor Tom Reyes Marking Two Years Since the Riverside Shooting",
            [("Tom Reyes", "mayor")],
        ),
        (
            "Statement of the Press Secretary on the Attack in Lagos",
            [("Press Secretary", "press secretary")],
        ),
        ("Gunman kills four at a bus station in the capital", []),
        ("Statements made after the attack were contradictory", []),
    ],
)
def test_it_names_the_author_from_the_title(title, authors):
    found = document_authors(title, "")
    assert [(a.name, a.role) for a in found] == authors


def test_a_proclamation_names_its_author_in_the_text():
    text = "NOW, THEREFORE, I, ANNA K. MOREAU, Governor of the State, do hereby proclaim a day."
    assert document_authors("A Day of Remembrance", text) == (Author("Anna K. Moreau", "governor"),)


def test_a_transcript_label_hands_the_floor_to_the_author_it_names_by_role():
    authors = (Author("Mayor Reyes", "mayor"), Author("Chief Ama Mensah", "police chief"))
    text = "Town Hall\nTHE MAYOR:  We mourn.\nQ    Any arrests?\nTHE POLICE CHIEF: None yet.\n"
    turns = speaker_turns(text, authors)
    speakers = [speaker_at(text.index(s), turns, authors) for s in ("Town", "We", "Any", "None")]
    assert speakers == ["", "Mayor Reyes", "", "Chief Ama Mensah"]


@pytest.mark.parametrize(
    ("sentence", "kinds"),
    [
        ("Our family is praying for everyone hurt in the blast.", ["condolence"]),
        ("We send our heartfelt condolences to the people of the city.", ["condolence"]),
        ("I condemn this cowardly act in the strongest terms.", ["condemnation"]),
        ("Violence of this kind has no place in our country.", ["condemnation"]),
        ("I have directed the agency to offer every resource it has.", ["official_statement"]),
        ("We will hold those responsible accountable.", ["official_statement"]),
        ("I am grateful to the nurses who worked through the night.", ["other"]),
        ("Thank you for coming out on such a cold evening.", []),
        ("The nurses and paramedics were heroes that night.", ["other"]),
        ("The market reopened on Monday morning.", []),
        ("Families have been devastated by the loss.", []),
        ("Sending thoughts and prayers is not enough.", []),
    ],
)
def test_an_authors_sentence_takes_its_kind_from_its_words(sentence, kinds):
    assert voiced_kinds(sentence) == kinds


def test_in_a_statement_document_the_author_speaks_and_a_reported_claim_keeps_its_group():
    text = (
        "Statement by Foreign Minister Lena Holt on the Attack in Port Vale\n"
        "June 3, 2021\n\n"
        "I strongly condemn yesterday's attack on the ferry terminal. "
        "Al-Shabaab has claimed responsibility for the attack. "
        "The terminal handles ten ferries a day. "
        "My thoughts are with the families of the victims."
    )
    found = extract_statements(parsed(text), INCIDENT)
    assert [(s.speaker, s.kind) for s in found] == [
        ("Lena Holt", "condemnation"),
        ("al-Shabaab", "claim_of_responsibility"),
        ("Lena Holt", "condolence"),
    ]
    assert all(text[s.span.start : s.span.end] == s.span.quote for s in found)


def test_the_author_does_not_speak_words_quoted_from_someone_else():
    text = (
        "Remarks by Governor Ruth Palmer at the Vigil\n\n"
        'A nurse told me she said, "I condemn nobody." '
        "We grieve with every family here tonight."
    )
    found = extract_statements(parsed(text), INCIDENT)
    assert [(s.speaker, s.kind) for s in found] == [("Ruth Palmer", "condolence")]


@pytest.mark.parametrize(
    ("sentence", "kinds"),
    [
        ("Today we are thinking of the families who lost a parent.", ["condolence"]),
        ("We were horrified to hear of the raid on the school.", ["condemnation"]),
        ("I've directed my staff to stay in close touch with the city.", ["official_statement"]),
        ("The bureau offered all available assistance to the county.", ["official_statement"]),
        ("The town declared a day of mourning for the victims.", ["condolence"]),
        ("The bus was late because of the storm.", []),
    ],
)
def test_more_of_what_an_author_says(sentence, kinds):
    assert voiced_kinds(sentence) == kinds
