"""Names meet across spellings: actors by alias, suspects by transliteration."""

import pytest

from incidents.models import Actor, Suspect
from incidents.models.vocabularies import ActorKind
from tests import factories


@pytest.fixture
def islamic_state(db):
    actor = factories.ActorFactory(name="Islamic State", kind=ActorKind.ARMED_GROUP)
    for alias in ("ISIS", "IS", "ISIL", "Daesh"):
        factories.ActorAliasFactory(actor=actor, alias=alias)
    return actor


@pytest.fixture
def isis_k(islamic_state):
    branch = factories.ActorFactory(
        name="Islamic State – Khorasan Province", kind=ActorKind.ARMED_GROUP, parent=islamic_state
    )
    for alias in ("ISIS-K", "IS-KP"):
        factories.ActorAliasFactory(actor=branch, alias=alias)
    return branch


@pytest.mark.parametrize(
    "name", ["ISIS", "Isis", "IS", "Islamic State", "islamic state", "  Islamic   State ", "DAESH"]
)
def test_it_resolves_every_spelling_of_the_islamic_state_to_one_actor(islamic_state, name):
    assert Actor.objects.resolve(name) == islamic_state


@pytest.mark.parametrize(
    "name",
    [
        "Islamic State - Khorasan Province",
        "Islamic State—Khorasan Province",
        "islamic state-khorasan province",
        "ISIS–K",
        "isis‐k",
        "IS - KP",
    ],
)
def test_it_resolves_a_branch_across_dashes_and_case(isis_k, name):
    assert Actor.objects.resolve(name) == isis_k


@pytest.mark.parametrize("name", ["Federal Security Service", "federal security service"])
def test_it_resolves_across_accents(db, name):
    fsb = factories.ActorFactory(name="Federal Security Sérvice", kind=ActorKind.STATE_BODY)

    assert Actor.objects.resolve(name) == fsb


@pytest.mark.parametrize("name", ["ISIS-KP", "Islamic", "Isis Khorasan", ""])
def test_it_resolves_an_unknown_name_to_nobody(isis_k, name):
    assert Actor.objects.resolve(name) is None


def test_it_returns_one_actor_when_name_and_alias_both_match(islamic_state):
    factories.ActorAliasFactory(actor=islamic_state, alias="islamic state ")

    assert Actor.objects.resolve("Islamic State") == islamic_state


def test_it_keeps_the_name_key_in_step_with_a_renamed_actor(islamic_state):
    islamic_state.name = "Islamic State of Iraq and the Levant"
    islamic_state.save()

    assert Actor.objects.resolve("islamic state of iraq and the levant") == islamic_state
    assert Actor.objects.resolve("Islamic State") is None


def test_it_knows_a_branch_by_its_parent(isis_k, islamic_state):
    assert isis_k.parent == islamic_state
    assert list(islamic_state.branches.all()) == [isis_k]


SAME_PERSON = [
    ("Dalerdzhon Mirzoyev", "Dalerjon Mirzoev"),
    ("Dalerjon Barotovich Mirzoyev", "Dalerjon Mirzoyev"),
    ("Muhammadsobir Fayzov", "Mukhammadsobir Faizov"),
    ("Saidakrami Rachabalizoda", "Saidakrami Rachabalizade"),
    ("Shamsidin Fariduni", "SHAMSIDIN FARIDUNI"),
]
DIFFERENT_PEOPLE = [
    ("Dalerjon Mirzoyev", "Dalerjon Islomov"),
    ("Islomov", "Kasimov"),
]


@pytest.mark.django_db
@pytest.mark.parametrize(("spelled", "respelled"), SAME_PERSON)
def test_it_gives_a_suspect_spelled_two_ways_one_name_key(spelled, respelled):
    first = factories.SuspectFactory(full_name=spelled)
    second = factories.SuspectFactory(full_name=respelled, incident=first.incident)

    assert set(Suspect.objects.filter(name_key=first.name_key)) == {first, second}


@pytest.mark.django_db
@pytest.mark.parametrize(("one", "other"), DIFFERENT_PEOPLE)
def test_it_keeps_different_people_apart(one, other):
    first = factories.SuspectFactory(full_name=one)
    second = factories.SuspectFactory(full_name=other, incident=first.incident)

    assert first.name_key != second.name_key


@pytest.mark.django_db
def test_it_recomputes_the_name_key_when_a_name_is_corrected():
    suspect = factories.SuspectFactory(full_name="Dalerjon Islomov")
    suspect.full_name = "Dalerdzhon Mirzoyev"
    suspect.save()

    assert suspect.name_key == factories.SuspectFactory(full_name="Dalerjon Mirzoev").name_key
