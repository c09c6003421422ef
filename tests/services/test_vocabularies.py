"""Extraction keeps its own words for GTD types; each must be a label the models can store.

Proposals look a label up among the models' choices and drop one that is not there, so a
label that drifted from the codebook's would vanish without a word.
"""

import datetime as dt

import pytest

from incidents.extraction.lexicons import vocabularies as words
from incidents.extraction.results import IncidentCandidate
from incidents.models.vocabularies import AttackType, ClaimMode, WeaponType
from incidents.services.documents.proposals import incident_from_candidate
from tests import factories

# The claim mode extraction gives a claim through a channel it does not know.
UNKNOWN_CLAIM_MODE = "Unknown"


def test_every_attack_and_weapon_label_extraction_uses_is_a_models_choice():
    attacks = set(words.ATTACK_TYPES) | {cue.attack_type for cue in words.CUES if cue.attack_type}
    weapons = set(words.WEAPON_TYPES) | {cue.weapon_type for cue in words.CUES if cue.weapon_type}

    assert attacks - set(AttackType.labels) == set()
    assert weapons - set(WeaponType.labels) == set()


def test_every_claim_mode_extraction_gives_is_a_models_choice():
    modes = {*words.CLAIM_MODES.values(), UNKNOWN_CLAIM_MODE}

    assert modes - set(ClaimMode.labels) == set()


@pytest.mark.django_db
def test_an_incident_keeps_every_attack_and_weapon_type_extraction_can_name():
    candidate = IncidentCandidate(
        name="Test incident",
        date=dt.date(2024, 5, 1),
        country="FR",
        attack_types=words.ATTACK_TYPES,
        weapon_types=words.WEAPON_TYPES,
    )

    incident = incident_from_candidate(candidate=candidate, source=factories.SourceFactory())

    assert incident.attack_types.count() == len(words.ATTACK_TYPES)
    assert incident.weapon_types.count() == len(words.WEAPON_TYPES)
