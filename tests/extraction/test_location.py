"""Where the attack happened: city and country from the sentences about it, then the text."""

import pytest

from incidents.extraction.incident.location import extract_location
from tests.extraction.helpers import parsed


@pytest.mark.parametrize(
    ("text", "city", "country"),
    [
        (
            "The United States condemns today's bombing in Dakar in Senegal, which killed four.",
            "Dakar",
            "SN",
        ),
        (
            "A gunman opened fire in the Schwabing district of Munich, Germany, killing two.",
            "Munich",
            "DE",
        ),
        (
            "A gunman killed four people at a warehouse in Tulsa. Police in Atlanta, Georgia "
            "said they were not involved.",
            "Tulsa",
            "US",
        ),
        # The country from a known city, not from the countries that speak of the attack.
        ("Israel and France condemned the shooting in Ottawa that killed two.", "Ottawa", "CA"),
        # Only sentences that do not speak of the attack name the city; only an adjective
        # names the country.
        (
            "Two years ago, three teachers were killed in their classrooms. The families in "
            "Tulsa still wait for answers. American schools have changed since.",
            "Tulsa",
            "US",
        ),
        ("Indian police said a bomb killed twelve people at a temple.", "", "IN"),
        # A group's base is not the place of the attack; a lead's opening sentence places it.
        (
            "On 3 March 2014, three men forced their way into a newsroom in Lyon. The gunmen "
            "said they belonged to al-Qaeda's branch in Yemen, which claimed the attack.",
            "Lyon",
            "FR",
        ),
        # A province named with its town is the region.
        (
            "Indonesia's minister, visiting the town of Tangerang in the province of Banten, "
            "was stabbed in the attack.",
            "Tangerang",
            "ID",
        ),
    ],
)
def test_it_places_the_attack(text, city, country):
    location = extract_location(parsed(text))

    assert (location.city, location.country) == (city, country)


def test_a_city_named_after_the_event_loses_the_event_noun():
    text = "A statement marking five years since the Denver shooting, which killed nine people."

    assert extract_location(parsed(text)).city == "Denver"


def test_as_a_last_resort_the_city_is_the_place_the_event_is_named_after():
    text = (
        "2019 Kotli attack\n\nThe 2019 Kotli attack was an assault on the Kotli Army Camp "
        "by four gunmen. Seven soldiers were killed."
    )

    assert extract_location(parsed(text)).city == "Kotli"


@pytest.mark.parametrize(
    ("text", "city"),
    [
        # Attacks at sites in two towns: both, in the order the text tells of each.
        (
            "Two bombings struck markets in Tulsa and Enid on Sunday. In the town of Enid, a "
            "bomb killed four shoppers. In Tulsa, three more people were killed.",
            "Enid; Tulsa",
        ),
        # One shooting mourned in two towns is in one of them.
        (
            "A gunman killed four people at a bar in Tulsa. The shooting was mourned in Tulsa "
            "and Enid alike.",
            "Tulsa",
        ),
        # Attacks in two other towns, named for comparison, are not this one's sites.
        (
            "A gunman killed four people at a bar in Tulsa. It was the worst violence since "
            "the bombings in Denver and Boulder.",
            "Tulsa",
        ),
    ],
)
def test_it_names_every_town_of_an_attack_on_several_sites(text, city):
    assert extract_location(parsed(text)).city == city
