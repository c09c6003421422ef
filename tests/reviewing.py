"""Reviewing figures as a curator's page does: with the versions the curator saw."""

from collections.abc import Iterable

from incidents.models import CasualtyFigure
from incidents.services.curation.review import ReviewOutcome, fact_review


def figures_review(figures: Iterable[CasualtyFigure], status: str, user) -> ReviewOutcome:
    seen_versions = {figure.pk: figure.version for figure in figures}
    return fact_review(model=CasualtyFigure, seen_versions=seen_versions, status=status, user=user)
