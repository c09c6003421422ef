"""A review decision as the curator sees it: what was decided and what it did to the estimate.

Every accept and reject of the admin (bulk actions, the one-at-a-time queue, a row's
button) goes through `review_decide`, so each says the same thing the same way:
"Accepted 6 casualty figures. Estimate: killed best 40 -> 149."
"""

from collections.abc import Mapping
from dataclasses import dataclass

from django.db import models

from incidents.models import CasualtyFigure
from incidents.models.vocabularies import ReviewStatus
from incidents.selectors.estimate_rule import ESTIMATE_FIELDS, ESTIMATED_KINDS
from incidents.selectors.review import incident_estimates
from incidents.services.curation.review import ReviewOutcome, fact_review

VERBS = {ReviewStatus.ACCEPTED: "Accepted", ReviewStatus.REJECTED: "Rejected"}
# The headline number first: "killed best 40 -> 149, high 150 -> 609".
PARTS = ("best", "low", "high")


@dataclass(frozen=True)
class Decision:
    status: ReviewStatus
    outcome: ReviewOutcome
    estimate_changes: tuple[str, ...]  # one line per incident whose estimate moved

    @property
    def verb(self) -> str:
        return VERBS[self.status]


def review_decide(
    *, model: type[models.Model], seen_versions: Mapping[int, int], status: ReviewStatus, user
) -> Decision:
    """Decide through the review service, noting each affected incident's estimate around it."""
    incident_ids = _estimated_incidents(model, seen_versions)
    before = incident_estimates(incident_ids, ESTIMATE_FIELDS)
    outcome = fact_review(model=model, seen_versions=seen_versions, status=status, user=user)
    after = incident_estimates(incident_ids, ESTIMATE_FIELDS)
    changes = []
    for pk, now in after.items():
        change = estimate_change_text(before.get(pk, {}), now)
        if change:
            changes.append(change if len(after) == 1 else f"incident #{pk}: {change}")
    return Decision(status=status, outcome=outcome, estimate_changes=tuple(changes))


def estimate_change_text(before: Mapping, after: Mapping) -> str:
    """ "killed best 40 -> 149, low 40 -> 115; injured best none -> 609", or "" if none."""
    kinds = []
    for kind in ESTIMATED_KINDS:
        moved = [
            f"{part} {_shown(before.get(field))} -> {_shown(after.get(field))}"
            for part in PARTS
            if before.get(field := f"{kind}_{part}") != after.get(field)
        ]
        if moved:
            kinds.append(f"{kind} " + ", ".join(moved))
    return "; ".join(kinds)


def decision_message(decision: Decision, noun: str) -> str:
    """ "Accepted 6 casualty figures. Estimate: killed best 40 -> 149." with `noun` counted."""
    text = f"{decision.verb} {noun}."
    if decision.estimate_changes:
        text += " Estimate: " + " | ".join(decision.estimate_changes) + "."
    return text


def refusal_message(decision: Decision) -> str:
    ids = ", ".join(f"#{pk}" for pk in decision.outcome.refused)
    return (
        f"Not {decision.verb.lower()}: {ids} changed by someone else since you loaded the page; "
        "reload and review them again."
    )


def _estimated_incidents(model, seen_versions: Mapping[int, int]) -> set[int]:
    # Only casualty figures move an estimate.
    if model is not CasualtyFigure:
        return set()
    figures = CasualtyFigure.objects.filter(pk__in=list(seen_versions))
    return set(figures.values_list("incident_id", flat=True))


def _shown(value) -> str:
    return "none" if value is None else str(value)
