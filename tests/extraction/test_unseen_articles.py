"""Incident attributes and suspects on articles about attacks the rules were not written for.

The issue checks the extraction targets on articles outside the repository;
these articles (see `unseen_articles`) stand in for them. Each attribute and
each suspect is its own assertion message, so a failure names what was missed.
"""

from __future__ import annotations

import pytest

from incidents.extraction.incident.attributes import extract_incident
from incidents.extraction.suspects.suspects import extract_suspects
from tests.extraction.helpers import parsed
from tests.extraction.unseen_articles import ARTICLES, Article, Event, Suspect

_SET_VALUED = ("attack_types", "weapon_types", "perpetrator_groups")


def _ids(articles):
    return [a.key for a in articles]


@pytest.mark.parametrize("article", ARTICLES, ids=_ids(ARTICLES))
def test_it_reads_the_incident_attributes(article: Article):
    incident = extract_incident(parsed(article.text, published=article.published))
    wrong = {}
    for attribute, expected in article.incident.items():
        found = getattr(incident, attribute)
        found = set(found) if attribute in _SET_VALUED else found
        if found != expected and not (isinstance(expected, tuple) and found in expected):
            wrong[attribute] = (found, expected)
    assert wrong == {}, "(found, expected) per attribute"


@pytest.mark.parametrize("article", ARTICLES, ids=_ids(ARTICLES))
def test_it_finds_the_suspects_and_nobody_else(article: Article):
    found = _suspects_of(article)
    assert sorted(found) == sorted(s.name for s in article.suspects)
    assert not set(found) & set(article.not_suspects)


@pytest.mark.parametrize(
    ("article", "expected"),
    [(a, s) for a in ARTICLES for s in a.suspects],
    ids=[f"{a.key}:{s.name}" for a in ARTICLES for s in a.suspects],
)
def test_it_reads_each_suspects_details(article: Article, expected: Suspect):
    suspect = _suspects_of(article).get(expected.name)
    assert suspect is not None, f"{expected.name} not found"
    details = (suspect.age, suspect.nationality, suspect.role, suspect.status)
    assert details == (expected.age, expected.nationality, expected.role, expected.status)
    assert set(expected.variants) <= set(suspect.variants)
    missing = [
        e for e in expected.events if not any(_same_event(e, f) for f in suspect.status_events)
    ]
    assert missing == [], [(f.status, f.date, f.until, f.charge) for f in suspect.status_events]


def _suspects_of(article: Article):
    document = parsed(article.text, published=article.published)
    incident = extract_incident(document)
    return {s.name: s for s in extract_suspects(document, incident)}


def _same_event(expected: Event, found) -> bool:
    return (
        expected.status == found.status
        and expected.date in (None, found.date)
        and expected.until in (None, found.until)
        and expected.charge in (None, found.charge)
    )
