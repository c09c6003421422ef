"""An incident with hundreds of facts, for bench/admin.py --big-incident N.

Built once per database (found again by its slug): N casualty figures and N statements, each
quoted from one of 25 sources, reviewed as a real incident would be part-way through (six in
ten accepted, three proposed, one rejected), and a dozen suspects with their legal history.
"""

import datetime as dt
from dataclasses import dataclass
from html.parser import HTMLParser

from django.db import transaction
from django.test import Client
from django.urls import reverse

from incidents.models import (
    CasualtyFigure,
    Evidence,
    Incident,
    Source,
    Statement,
    Suspect,
    SuspectStatusEvent,
    content_sha256,
)
from incidents.models.vocabularies import (
    FigureKind,
    LegalStatus,
    Qualifier,
    ReviewStatus,
    StatementKind,
)
from incidents.services.curation.estimates import incident_estimate_refresh

SOURCES = 25
SUSPECTS = 12
STATUS_CYCLE = [ReviewStatus.ACCEPTED] * 6 + [ReviewStatus.PROPOSED] * 3 + [ReviewStatus.REJECTED]
KIND_CYCLE = [FigureKind.KILLED, FigureKind.INJURED, FigureKind.KILLED, FigureKind.DETAINED]


@dataclass(frozen=True)
class Budget:
    ms: int
    kilobytes: int


BIG_INCIDENT_BUDGET = Budget(ms=300, kilobytes=200)


def big_incident(size: int) -> Incident:
    slug = f"bench-big-incident-{size}"
    found = Incident.objects.filter(slug=slug).first()
    return found if found is not None else _build(size, slug)


def big_incident_pages(client: Client, incident: Incident) -> list[tuple[str, str]]:
    url = reverse("admin:incidents_incident_change", args=[incident.pk])
    fields = posted_fields(client.get(url).content.decode())
    print(f"incident {incident.pk}: the change form posts {fields} fields (Django's limit: 1,000)")
    return [
        ("incident page", url),
        ("incident page, figures page 10", f"{url}?figures_page=10"),
        ("incident page, proposed figures", f"{url}?figures_status=proposed"),
        ("incident page + proposed on the timeline", f"{url}?proposed=1"),
    ]


def posted_fields(html: str) -> int:
    """At most how many fields the change form posts: its named controls, buttons aside."""
    parser = _FormFields()
    parser.feed(html)
    return parser.count


class _FormFields(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.in_form = False
        self.count = 0

    def handle_starttag(self, tag: str, attrs: list) -> None:
        found = dict(attrs)
        if tag == "form":
            self.in_form = found.get("id") == "incident_form"
        elif self.in_form and tag in ("input", "select", "textarea") and "name" in found:
            # Controls of another form (form="...") and submit buttons are not posted by Save.
            self.count += "form" not in found and found.get("type") != "submit"

    def handle_endtag(self, tag: str) -> None:
        if tag == "form":
            self.in_form = False


@transaction.atomic
def _build(size: int, slug: str) -> Incident:
    incident = Incident.objects.create(
        name=f"Bench incident with {size} figures and {size} statements",
        slug=slug,
        # Nowhere an imported document would place an incident, so imports never join it.
        start_date=dt.date(1990, 1, 1),
        country="AQ",
        city="Bench",
    )
    sources = _sources(size)
    _figures(incident, sources, size)
    _statements(incident, sources, size)
    _suspects(incident, sources)
    incident_estimate_refresh(incident=incident)
    return incident


Span = tuple[Source, int, int]


def _sentence(number: int) -> str:
    return (
        f"Officials said on day {number} that at least {40 + number} people were killed and "
        f"{100 + number} injured, and a spokesman told reporters the search would go on."
    )


def _sources(size: int) -> list[Span]:
    """The sources, and every sentence of theirs as a span a fact can quote."""
    per_source = size // SOURCES + 1
    texts = [
        " ".join(_sentence(index * per_source + n) for n in range(per_source))
        for index in range(SOURCES)
    ]
    sources = Source.objects.bulk_create(
        Source(
            title=f"Bench report {index}",
            # One source in five is undated, as imports without a dateline are.
            published_on=_day(index) if index % 5 else None,
            raw_text=text,
            cleaned_text=text,
            sha256=content_sha256(f"bench-big-incident {size} {index}"),
        )
        for index, text in enumerate(texts)
    )
    spans = []
    for source in sources:
        start = 0
        while start < len(source.cleaned_text):
            end = source.cleaned_text.index(".", start) + 1
            spans.append((source, start, end))
            start = end + 1
    return spans


def _day(index: int) -> dt.date:
    return dt.date(2024, 3, 22) + dt.timedelta(days=index % 10)


def _evidence(span: Span, **fact) -> Evidence:
    source, start, end = span
    quote = source.cleaned_text[start:end]
    return Evidence(source=source, start=start, end=end, quote=quote, **fact)


def _figures(incident: Incident, sources: list[Span], size: int) -> None:
    figures = CasualtyFigure.objects.bulk_create(
        CasualtyFigure(
            incident=incident,
            kind=KIND_CYCLE[n % len(KIND_CYCLE)],
            value=40 + n,
            qualifier=Qualifier.AT_LEAST if n % 3 else Qualifier.EXACT,
            review_status=STATUS_CYCLE[n % len(STATUS_CYCLE)],
            extractor="bench",
        )
        for n in range(size)
    )
    Evidence.objects.bulk_create(
        _evidence(sources[n % len(sources)], figure=figure) for n, figure in enumerate(figures)
    )


def _statements(incident: Incident, sources: list[Span], size: int) -> None:
    statements = Statement.objects.bulk_create(
        Statement(
            incident=incident,
            kind=StatementKind.OFFICIAL,
            text=f"The search would go on (statement {n}).",
            review_status=STATUS_CYCLE[n % len(STATUS_CYCLE)],
            extractor="bench",
        )
        for n in range(size)
    )
    Evidence.objects.bulk_create(
        _evidence(sources[n % len(sources)], statement=statement)
        for n, statement in enumerate(statements)
    )


def _suspects(incident: Incident, sources: list[Span]) -> None:
    suspects = Suspect.objects.bulk_create(
        Suspect(
            incident=incident,
            full_name=f"Bench Suspect {n}",
            name_key=f"bench suspect {n}",
            extractor="bench",
        )
        for n in range(SUSPECTS)
    )
    SuspectStatusEvent.objects.bulk_create(
        SuspectStatusEvent(suspect=suspect, status=status, extractor="bench")
        for suspect in suspects
        for status in (LegalStatus.DETAINED, LegalStatus.CHARGED)
    )
    Evidence.objects.bulk_create(
        _evidence(sources[n % len(sources)], suspect=suspect) for n, suspect in enumerate(suspects)
    )
