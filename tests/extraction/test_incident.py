import datetime as dt

import pytest

from incidents.extraction.incident.attributes import extract_incident
from incidents.extraction.lexicons.vocabularies import VEHICLE, find_cues
from tests.extraction.helpers import parsed


@pytest.mark.parametrize(
    ("sentence", "attack_types", "weapon_types"),
    [
        ("Gunmen opened fire on diners.", {"Armed Assault"}, {"Firearms"}),
        ("The attackers threw petrol bombs and a Molotov cocktail.", set(), {"Incendiary"}),
        ("They set the auditorium on fire.", {"Facility/Infrastructure Attack"}, {"Incendiary"}),
        ("A man slashed passers-by with knives.", {"Armed Assault"}, {"Melee"}),
        (
            "A suicide bomber detonated a device in the foyer.",
            {"Bombing/Explosion"},
            {"Explosives"},
        ),
        ("A truck rammed into the crowd.", {"Unarmed Assault"}, {VEHICLE}),
        (
            "Militants took dozens of shoppers hostage.",
            {"Hostage Taking (Barricade Incident)"},
            set(),
        ),
        ("The mall reopened and shoppers returned.", set(), set()),
    ],
)
def test_it_maps_cues_to_gtd_labels(sentence, attack_types, weapon_types):
    cues = find_cues(sentence)
    assert {c.attack_type for c in cues if c.attack_type} == attack_types
    assert {c.weapon_type for c in cues if c.weapon_type} == weapon_types


def test_it_extracts_a_news_report_of_a_shooting():
    text = (
        "On Friday, March 15, a gunman opened fire at the Al Noor Mosque in Christchurch, "
        "New Zealand, "
        "killing 51 people. The attack began at around 1:40 pm local time.\n\n"
        "In 2011 an earthquake struck the city."
    )
    incident = extract_incident(parsed(text, published=dt.date(2019, 3, 16)))
    assert incident.date == dt.date(2019, 3, 15)
    assert (incident.city, incident.country) == ("Christchurch", "NZ")
    assert incident.venue == "Al Noor Mosque"
    assert incident.time == dt.time(13, 40)
    assert incident.attack_types == ("Armed Assault",)


def test_it_takes_the_claiming_group_and_its_parent():
    text = (
        "A suicide bomber detonated a device at the Manchester Arena on 22 May 2017. "
        "ISIS-K claimed responsibility for the bombing in a statement on Telegram. "
        "Al-Shabaab has claimed numerous attacks in the past."
    )
    incident = extract_incident(parsed(text))
    assert incident.perpetrator_groups == ("Islamic State – Khorasan Province", "Islamic State")
    assert incident.claimed is True
    assert incident.claim_mode == "Posted to website, blog, etc."
    assert incident.date == dt.date(2017, 5, 22)


def test_it_prefers_the_attack_day_over_later_dates():
    text = (
        "Al-Shabaab gunmen stormed the Westgate mall in Nairobi on 21 September 2013. "
        "The attack lasted four days. On 24 September 2013 the president said the siege had ended."
    )
    incident = extract_incident(parsed(text))
    assert incident.date == dt.date(2013, 9, 21)
    assert incident.country == "KE"
    assert incident.perpetrator_groups == ("al-Shabaab",)


def test_it_reads_the_place_from_a_wire_dateline():
    text = (
        "SPRINGFIELD, Ohio - A student opened fire inside Lincoln High School on Tuesday, "
        "killing two classmates."
    )
    incident = extract_incident(parsed(text, published=dt.date(2024, 2, 14)))
    assert (incident.city, incident.region, incident.country) == ("Springfield", "Ohio", "US")
    assert incident.date == dt.date(2024, 2, 13)


def test_it_does_not_date_the_attack_by_its_sentencing():
    text = (
        "A court on Friday sentenced two men for helping the gunmen who attacked the mall in "
        "September 2013. The gunmen stormed the mall on 21 September 2013, firing on shoppers."
    )
    incident = extract_incident(parsed(text, published=dt.date(2020, 10, 31)))
    assert incident.date == dt.date(2013, 9, 21)
    assert incident.attack_types == ("Armed Assault",)


@pytest.mark.parametrize(
    ("text", "groups"),
    [
        (
            "Eleven worshippers were massacred at the shrine by the militant group Boko Haram.",
            {"Boko Haram"},
        ),
        (
            "Officials attributed the bombing of the bus station to Abu Sayyaf.",
            {"Abu Sayyaf"},
        ),
        (
            "Police said the suspects were linked to the Jemaah Islamiyah network.",
            {"Jemaah Islamiyah"},
        ),
        ("A Hamas gunman opened fire at a bus stop, killing three.", {"Hamas"}),
        # Distractors: released by a group, a group's history, a group that denies it.
        (
            "One of the prisoners set free by the Taliban detonated a bomb at the gate.",
            set(),
        ),
        ("The Tamil Tigers were defeated years ago; yesterday a bomb killed four.", set()),
    ],
)
def test_it_names_the_groups_the_text_blames(text, groups):
    incident = extract_incident(parsed(text))

    assert set(incident.perpetrator_groups) == groups
