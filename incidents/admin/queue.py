"""The one-at-a-time review queue: a proposed fact, its sentence, its source, and four keys.

The page shows the first proposed fact the filter selects (figures first), the curator
accepts (a), rejects (r), edits (e) or skips (s) it, and the next one comes. Decisions go
through `review_decide` (the review service, with the version the page showed); skipped
facts are remembered in the session until the curator asks for them again.
"""

from urllib.parse import urlencode

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.http import HttpResponseBadRequest, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_POST

from incidents.admin.decisions import decision_message, refusal_message, review_decide
from incidents.admin.queue_card import fact_card
from incidents.models.fact_types import REVIEWED_FACT_TYPES, FactType
from incidents.models.vocabularies import ReviewStatus
from incidents.selectors.review import QueueFilter, next_proposed_fact

SKIPPED = "review_skipped"
VERDICTS = {"accept": ReviewStatus.ACCEPTED, "reject": ReviewStatus.REJECTED}
TYPES = {fact_type.evidence_field: fact_type for fact_type in REVIEWED_FACT_TYPES}


class BadQueueRequest(ValueError):
    """A filter or decision the queue cannot read; its message says which and why."""


def review_queue_view(request):
    try:
        queue = queue_filter(request.GET)
    except BadQueueRequest as error:
        return HttpResponseBadRequest(str(error))
    _require(request, "view", queue.fact_type or TYPES["figure"])
    skipped = _skipped(request)
    found = next_proposed_fact(queue, skipped=skipped)
    card = None
    if found is not None:
        fact_type, fact = found
        card = fact_card(
            fact_type,
            fact,
            queue=queue,
            back=request.get_full_path(),
            may_change=request.user.has_perm(_perm("change", fact_type)),
        )
    context = {
        **admin.site.each_context(request),
        "title": "Review queue",
        "queue": queue,
        "card": card,
        "skipped": len(skipped),
        "types": REVIEWED_FACT_TYPES,
        "kinds": kind_choices(),
        "decide_url": decide_url(request.get_full_path()),
    }
    return TemplateResponse(request, "admin/incidents/review/queue.html", context)


@require_POST
def review_decide_view(request):
    """Accept, reject or skip one fact ("accept:figure:12:3"), then back where it came from."""
    back = _back(request)
    if request.POST.get("decision") == "unskip":
        request.session.pop(SKIPPED, None)
        return HttpResponseRedirect(back)
    try:
        verdict, fact_type, pk, version = parse_decision(request.POST.get("decision", ""))
    except BadQueueRequest as error:
        return HttpResponseBadRequest(str(error))
    _require(request, "change", fact_type)
    fact = get_object_or_404(fact_type.model, pk=pk)
    if verdict == "skip":
        skipped = request.session.get(SKIPPED, [])
        request.session[SKIPPED] = [*skipped, [fact_type.evidence_field, pk]]
        return HttpResponseRedirect(back)
    _decide(request, fact_type, fact, VERDICTS[verdict], version)
    return HttpResponseRedirect(back)


def queue_filter(params) -> QueueFilter:
    """The queue's filter from its query string: type (figure, ...), incident (an id), kind."""
    type_name = params.get("type", "")
    if type_name and type_name not in TYPES:
        raise BadQueueRequest(f"Unknown fact type “{type_name}”: use one of {', '.join(TYPES)}.")
    incident = params.get("incident", "").strip()
    if incident and not incident.isdecimal():
        raise BadQueueRequest(f"The incident is an id (a whole number), not “{incident}”.")
    return QueueFilter(
        fact_type=TYPES.get(type_name),
        incident_id=int(incident) if incident else None,
        kind=params.get("kind", "").strip(),
    )


def parse_decision(value: str) -> tuple[str, FactType, int, int]:
    """ "accept:figure:12:3" -> accept figure #12 as the page showed it, at version 3."""
    parts = value.split(":")
    if len(parts) != 4 or parts[0] not in (*VERDICTS, "skip") or parts[1] not in TYPES:
        raise BadQueueRequest(
            f"“{value}” is not a decision: expected accept, reject or skip, a fact type, "
            "the fact's id and the version shown, as in accept:figure:12:3."
        )
    if not (parts[2].isdecimal() and parts[3].isdecimal()):
        raise BadQueueRequest(f"“{value}”: the fact's id and version are whole numbers.")
    return parts[0], TYPES[parts[1]], int(parts[2]), int(parts[3])


def kind_choices() -> list[tuple[str, list[tuple[str, str]]]]:
    """(fact type label, its kinds' choices) for the fact types that have kinds."""
    return [
        (f"{fact_type.label}s", list(field.choices))
        for fact_type in REVIEWED_FACT_TYPES
        for field in fact_type.model._meta.fields
        if field.name == "kind"
    ]


def decide_url(back: str) -> str:
    return f"{reverse('incidents_review_decide')}?{urlencode({'next': back})}"


def _decide(request, fact_type: FactType, fact, status: ReviewStatus, version: int) -> None:
    decision = review_decide(
        model=fact_type.model, seen_versions={fact.pk: version}, status=status, user=request.user
    )
    if decision.outcome.changed:
        noun = f"{fact_type.label} #{fact.pk} ({fact})"
        messages.success(request, decision_message(decision, noun))
    else:
        messages.warning(request, refusal_message(decision))


def is_local_url(request, url: str) -> bool:
    """Whether `url` stays on this site: a `next` parameter never sends the curator away."""
    return url_has_allowed_host_and_scheme(
        url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    )


def _back(request) -> str:
    back = request.GET.get("next", "")
    return back if back and is_local_url(request, back) else reverse("incidents_review_queue")


def _skipped(request) -> set[tuple[str, int]]:
    return {(label, pk) for label, pk in request.session.get(SKIPPED, [])}


def _perm(action: str, fact_type: FactType) -> str:
    return f"incidents.{action}_{fact_type.model_name}"


def _require(request, action: str, fact_type: FactType) -> None:
    if not request.user.has_perm(_perm(action, fact_type)):
        raise PermissionDenied(f"Your role may not {action} {fact_type.label}s.")
