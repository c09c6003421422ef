"""The incident page's facts: read-only, compact rows, one page of each kind at a time.

Figures, statements, suspects and their legal history are shown, not posted: the change
form carries only the incident's own fields, so it saves whatever the number of facts
(Django refuses a POST of more than 1,000 fields). Each row has its quote, its source with
date and grade, its review status and buttons that accept or reject that one fact in place.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from django.core.paginator import Paginator
from django.db.models import Case, Count, F, Prefetch, QuerySet, Value, When
from django.http import QueryDict
from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString, mark_safe

from incidents.admin.quotes import marked_quote, number_span
from incidents.admin.record_urls import admin_url
from incidents.models import (
    CasualtyFigure,
    Evidence,
    Incident,
    Statement,
    Suspect,
    SuspectStatusEvent,
)
from incidents.models.fact_types import FIGURE, STATEMENT, STATUS_EVENT, SUSPECT, FactType
from incidents.models.vocabularies import FigureKind, Qualifier, ReviewStatus
from incidents.services.curation.review import REVIEW_DECISIONS

# About a screenful of compact rows.
ROWS_PER_PAGE = 15
STATUS_SCOPES = ("all", *ReviewStatus.values)


@dataclass(frozen=True)
class FactRow:
    anchor: str
    summary: SafeString
    quote: SafeString
    cited_by: SafeString
    status: str
    status_label: str
    change_url: str
    review_urls: dict[str, str]  # decision -> URL, for the decisions other than its status
    version: int
    pk: int


@dataclass(frozen=True)
class FactGroup:
    key: str
    title: str
    counts: dict[str, int]
    scope: str
    scope_links: list[tuple[str, str, int, bool]]  # label, URL, count, current
    rows: list[FactRow]
    page_links: list[tuple[str, str | None]]  # label, URL (None: the current page)
    first_row: int
    last_row: int
    shown_total: int


def fact_groups(
    *, incident: Incident, query: QueryDict, may_review: Callable[[FactType], bool]
) -> list[FactGroup]:
    """One group per kind of fact, each paged and filtered by its own query parameters."""
    return [
        _group(spec, incident=incident, query=query, may_review=may_review(spec.fact_type))
        for spec in GROUPS
    ]


def review_url(*, incident: Incident, fact_type: FactType, pk: int, decision: str) -> str:
    return admin_url(
        "admin:incidents_incident_fact_review", incident.pk, fact_type.evidence_field, pk, decision
    )


# The kinds of fact and how a row of each reads.


@dataclass(frozen=True)
class _GroupSpec:
    key: str
    title: str
    fact_type: FactType
    queryset: Callable[[Incident], QuerySet]
    summary: Callable[[object], SafeString]
    numbers: Callable[[object], tuple[int, ...]]


def _evidence() -> Prefetch:
    return Prefetch(
        "evidence",
        queryset=Evidence.objects.select_related("source")
        .only(
            "quote",
            "start",
            "figure_id",
            "statement_id",
            "suspect_id",
            "status_event_id",
            "source__title",
            "source__file_name",
            "source__published_on",
            "source__published_after",
            "source__reliability",
        )
        .order_by("source_id", "start"),
    )


# Killed and injured first, as the vocabulary lists the kinds: they make the estimate.
_KIND_ORDER = Case(
    *(When(kind=kind, then=Value(rank)) for rank, kind in enumerate(FigureKind.values)),
    default=Value(len(FigureKind.values)),
)


def _figures(incident: Incident) -> QuerySet:
    return (
        CasualtyFigure.objects.filter(incident=incident)
        .select_related("attributed_to")
        .prefetch_related(_evidence())
        .order_by(_KIND_ORDER, "reported_on", "pk")
    )


def _statements(incident: Incident) -> QuerySet:
    return (
        Statement.objects.filter(incident=incident)
        .select_related("speaker")
        .prefetch_related(_evidence())
        .order_by("made_on", "pk")
    )


def _suspects(incident: Incident) -> QuerySet:
    return (
        Suspect.objects.filter(incident=incident)
        .prefetch_related(_evidence(), "status_events")
        .order_by("full_name", "pk")
    )


def _status_events(incident: Incident) -> QuerySet:
    return (
        SuspectStatusEvent.objects.filter(suspect__incident=incident)
        .select_related("suspect")
        .prefetch_related(_evidence())
        .order_by("suspect__full_name", F("occurred_on").asc(nulls_last=True), "pk")
    )


def _figure_summary(figure: CasualtyFigure) -> SafeString:
    shown = str(figure.value)
    if figure.value_max is not None:
        shown = f"{figure.value}–{figure.value_max}"
    if figure.qualifier != Qualifier.EXACT:
        shown = f"{figure.get_qualifier_display().lower()} {shown}"
    return format_html(
        "<strong>{}</strong> {}{}{}{}",
        shown,
        figure.get_kind_display().lower(),
        _tag(figure.get_subgroup_display().lower() if figure.subgroup else ""),
        _aside("according to", figure.attributed_to),
        _aside("reported", figure.reported_on),
    )


def _statement_summary(statement: Statement) -> SafeString:
    return format_html(
        "<strong>{}</strong>{}{}",
        statement.get_kind_display(),
        _aside("by", statement.speaker),
        _aside("on", statement.made_on),
    )


def _suspect_summary(suspect: Suspect) -> SafeString:
    events = sorted(
        suspect.status_events.all(), key=lambda e: (e.occurred_on is None, e.occurred_on, e.pk)
    )
    history = format_html_join(
        ", ",
        '<a href="{}">{}</a> <small>({})</small>',
        (
            (admin_url("admin:incidents_suspectstatusevent_change", e.pk), e, e.review_status)
            for e in events
        ),
    )
    return format_html(
        "<strong>{}</strong>{}{}{}",
        suspect.full_name,
        _aside("age", suspect.age),
        _tag(suspect.get_role_display().lower() if suspect.role else ""),
        format_html("<br><small>legal history: {}</small>", history) if events else "",
    )


def _status_event_summary(event: SuspectStatusEvent) -> SafeString:
    return format_html(
        "<strong>{}</strong>{}{}{}",
        event.get_status_display(),
        _aside("of", event.suspect.full_name),
        _tag(event.charge),
        _aside("on", event.occurred_on),
    )


def _figure_numbers(figure: CasualtyFigure) -> tuple[int, ...]:
    return tuple(n for n in (figure.value, figure.value_max) if n is not None)


def _no_numbers(fact) -> tuple[int, ...]:
    return ()


GROUPS = (
    _GroupSpec("figures", "Casualty figures", FIGURE, _figures, _figure_summary, _figure_numbers),
    _GroupSpec("statements", "Statements", STATEMENT, _statements, _statement_summary, _no_numbers),
    _GroupSpec("suspects", "Suspects", SUSPECT, _suspects, _suspect_summary, _no_numbers),
    _GroupSpec(
        "status_events",
        "Legal history",
        STATUS_EVENT,
        _status_events,
        _status_event_summary,
        _no_numbers,
    ),
)


def _group(spec: _GroupSpec, *, incident: Incident, query: QueryDict, may_review: bool):
    counts = _status_counts(spec.queryset(incident))
    scope = query.get(f"{spec.key}_status", "all")
    scope = scope if scope in STATUS_SCOPES else "all"
    facts = spec.queryset(incident)
    if scope != "all":
        facts = facts.filter(review_status=scope)
    total = counts["all"] if scope == "all" else counts.get(scope, 0)
    paginator = Paginator(facts, ROWS_PER_PAGE)
    paginator.count = total  # known from the status counts: no COUNT(*) of its own
    page = paginator.get_page(query.get(f"{spec.key}_page"))
    return FactGroup(
        key=spec.key,
        title=spec.title,
        counts=counts,
        scope=scope,
        scope_links=[
            (
                label,
                _query_url(query, {f"{spec.key}_status": key, f"{spec.key}_page": None}),
                counts.get(key, 0),
                key == scope,
            )
            for key, label in (("all", "all"), *ReviewStatus.choices)
        ],
        rows=[_row(spec, incident, fact, may_review) for fact in page.object_list],
        page_links=_page_links(page, query, spec.key),
        first_row=page.start_index(),
        last_row=page.end_index(),
        shown_total=total,
    )


def _status_counts(facts: QuerySet) -> dict[str, int]:
    counted = facts.order_by().values_list("review_status").annotate(n=Count("pk"))
    counts = dict(counted)
    return {"all": sum(counts.values()), **counts}


def _row(spec: _GroupSpec, incident: Incident, fact, may_review: bool) -> FactRow:
    cited = list(fact.evidence.all())
    decisions = [d for d in REVIEW_DECISIONS if d != fact.review_status]
    return FactRow(
        anchor=f"{spec.fact_type.evidence_field}-{fact.pk}",
        summary=spec.summary(fact),
        quote=_quote(cited, spec.numbers(fact), fallback=getattr(fact, "text", "")),
        cited_by=_cited_by(cited),
        status=fact.review_status,
        status_label=fact.get_review_status_display(),
        change_url=admin_url(f"admin:incidents_{spec.fact_type.model_name}_change", fact.pk),
        review_urls={
            decision: review_url(
                incident=incident, fact_type=spec.fact_type, pk=fact.pk, decision=decision
            )
            for decision in (decisions if may_review else ())
        },
        version=fact.version,
        pk=fact.pk,
    )


def _quote(cited: list[Evidence], numbers: tuple[int, ...], *, fallback: str) -> SafeString:
    if not cited:
        return format_html("<q>{}</q>", fallback) if fallback else mark_safe("—")
    quote = cited[0].quote
    return format_html("<q>{}</q>", marked_quote(quote, number_span(quote, numbers)))


def _cited_by(cited: list[Evidence]) -> SafeString:
    if not cited:
        return mark_safe("<small>no source quoted</small>")
    source = cited[0].source
    more = len({e.source_id for e in cited}) - 1
    return format_html(
        '<small><a href="{}">{}</a> · {} · grade {}{}</small>',
        admin_url("admin:incidents_source_change", source.pk),
        source,
        source_date_label(source.published_on, source.published_after),
        source.reliability,
        f" · +{more} more" if more > 0 else "",
    )


def source_date_label(published_on, published_after) -> str:
    if published_on:
        return f"published {_day(published_on)}"
    if published_after:
        return f"undated, on or after {_day(published_after)}"
    return "undated"


def _day(day) -> str:
    return f"{day.day} {day:%b %Y}"


# Links that keep the page's other parameters.


def _query_url(query: QueryDict, changes: dict[str, str | None]) -> str:
    updated = query.copy()
    for name, value in changes.items():
        if value is None or value == "all":
            updated.pop(name, None)
        else:
            updated[name] = value
    encoded = updated.urlencode()
    return f"?{encoded}" if encoded else "?"


def _page_links(page, query: QueryDict, key: str) -> list[tuple[str, str | None]]:
    if page.paginator.num_pages <= 1:
        return []
    links = []
    for number in page.paginator.get_elided_page_range(page.number, on_each_side=2, on_ends=1):
        if number in (page.paginator.ELLIPSIS, page.number):
            links.append((str(number), None))
        else:
            links.append((str(number), _query_url(query, {f"{key}_page": str(number)})))
    return links


def _tag(text: str) -> SafeString:
    return format_html(' <span class="fact-tag">{}</span>', text) if text else mark_safe("")


def _aside(label: str, value) -> SafeString:
    if value in (None, ""):
        return mark_safe("")
    return format_html(" <small>{} {}</small>", label, value)
