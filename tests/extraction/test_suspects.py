import datetime as dt

from incidents.extraction.results import IncidentCandidate
from incidents.extraction.suspects import extract_suspects
from tests.extraction.helpers import parsed

INCIDENT = IncidentCandidate(date=dt.date(2017, 5, 22))


def _suspects(text):
    return {s.name: s for s in extract_suspects(parsed(text), INCIDENT)}


def test_it_reads_names_ages_and_charges():
    text = (
        "On 24 May, two suspects, Hashem Abedi, 20; and Ahmed Karim, 31, appeared in court "
        "and were "
        "charged with murder. They were remanded in custody until 2 June."
    )
    found = _suspects(text)
    assert set(found) == {"Hashem Abedi", "Ahmed Karim"}
    assert found["Hashem Abedi"].age == 20
    assert found["Hashem Abedi"].status == "charged"
    assert found["Ahmed Karim"].role == "attacker"


def test_it_gives_roles_from_the_paragraph():
    text = (
        "On 26 May, another suspect, identified as Omar Haddad, appeared in court. "
        "He rented out his flat to the bomber and was placed in pre-trial detention "
        "until 30 June.\n\n"
        "On 28 May, police detained Karim Nasser, a 23-year-old citizen of Libya, suspected of "
        "financing the attack."
    )
    found = _suspects(text)
    assert found["Omar Haddad"].role == "accomplice"
    assert found["Omar Haddad"].status == "detained"
    (event,) = found["Omar Haddad"].status_events
    assert event.until == dt.date(2017, 6, 30)
    assert found["Karim Nasser"].role == "financier"
    assert (found["Karim Nasser"].age, found["Karim Nasser"].nationality) == (23, "LY")


def test_it_leaves_out_officials_and_relatives():
    text = (
        "Prime Minister Theresa May said the suspects would face justice. "
        "His brother, Ismail Abedi, was questioned as a witness. "
        "Police chief Ian Hopkins said 22 people were killed."
    )
    assert _suspects(text) == {}


def test_it_merges_spellings_of_one_suspect():
    text = (
        "Four suspects were detained, including Dalerjon Mirzoyev, 32. "
        "- Dalerdzhon Barotovich Mirzoev was charged with terrorism on 24 March."
    )
    (suspect,) = extract_suspects(parsed(text), INCIDENT)
    assert suspect.name == "Dalerjon Mirzoyev"
    assert "Dalerdzhon Barotovich Mirzoev" in suspect.variants
