import datetime as dt

from incidents.extraction.results import IncidentCandidate
from incidents.extraction.suspects.suspects import extract_suspects
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


def test_it_dates_each_status_event_by_the_mention_nearest_its_cue():
    text = (
        "After a trial that began on 5 December 2022, a jury found Mohamed Abrini guilty of "
        "terrorist murder on 25 July 2023."
    )
    (suspect,) = extract_suspects(parsed(text), INCIDENT)
    dates = {e.status: e.date for e in suspect.status_events}
    assert dates == {"trial": dt.date(2022, 12, 5), "convicted": dt.date(2023, 7, 25)}


def test_it_resolves_weekdays_against_the_publication_date():
    text = "Police detained Dalerdzhon Mirzoyev, 32, on Thursday in a flat near the city."
    document = parsed(text, published=dt.date(2023, 5, 6))
    (suspect,) = extract_suspects(document, IncidentCandidate(date=dt.date(2023, 5, 3)))
    assert [(e.status, e.date) for e in suspect.status_events] == [
        ("detained", dt.date(2023, 5, 4))
    ]


def test_it_tells_brothers_apart_by_given_name():
    text = (
        "Hashem Abedi, 23, was found guilty of murder. The bomber, Salman Abedi, 22, died in "
        "the blast."
    )
    found = _suspects(text)
    assert (found["Hashem Abedi"].status, found["Salman Abedi"].status) == ("convicted", "dead")
