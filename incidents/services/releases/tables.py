"""The tables of a release, in the order the package lists them: one CSV resource each.

Ids are the database's, so they stay the same from one release to the next and the
changelog can follow a record by its id.
"""

from __future__ import annotations

from collections import defaultdict

from django.db import models

from incidents.models import (
    Actor,
    ActorAlias,
    CasualtyFigure,
    Evidence,
    Incident,
    IncidentAttackType,
    IncidentPerpetrator,
    IncidentSide,
    IncidentTargetType,
    IncidentWeaponType,
    Source,
    Statement,
    Suspect,
    SuspectCitizenship,
    SuspectNameVariant,
    SuspectStatusEvent,
)
from incidents.services.releases.columns import Column, Lookup, Table, joined, model_column


def _grouped(model: type[models.Model], key: str, value: str) -> Lookup:
    """A column joining the values of a child table (aliases, codes, ...) per record."""

    def lookup(records: models.QuerySet) -> dict[int, object]:
        grouped: dict[int, list] = defaultdict(list)
        rows = model.objects.filter(**{f"{key}__in": records.values("id")}).order_by()
        for record_id, item in rows.values_list(f"{key}_id", value).iterator(chunk_size=5000):
            grouped[record_id].append(item)
        return {record_id: joined(items) for record_id, items in grouped.items()}

    return lookup


def _codes(model: type[models.Model], name: str, description: str) -> Column:
    choices = tuple((str(value), str(label)) for value, label in model.code.field.choices)
    return Column(
        name,
        "string",
        f"{description} GTD codebook codes, separated by '; '.",
        choices=choices,
        joined=True,
        lookup=_grouped(model, "incident", "code"),
    )


def _id(description: str) -> Column:
    return Column("id", "integer", description, required=True)


def _columns(model: type[models.Model], *specs: str | tuple[str, str] | Column) -> tuple:
    """Columns from model fields by name (or (name, description)), or given outright."""
    columns = []
    for spec in specs:
        if isinstance(spec, Column):
            columns.append(spec)
        elif isinstance(spec, tuple):
            columns.append(model_column(model, *spec))
        else:
            columns.append(model_column(model, spec))
    return tuple(columns)


INCIDENTS = Table(
    name="incidents",
    title="Incidents",
    description=(
        "One violent event each, with its curated attributes and its casualty estimate "
        "(low / best / high killed and injured), derived from the accepted figures by the "
        "documented rule unless a curator set it."
    ),
    queryset=lambda selection: selection.incidents,
    columns=_columns(
        Incident,
        _id("The incident's id."),
        ("slug", "Stable, readable identifier."),
        ("name", "Name of the incident."),
        ("summary", "Short description."),
        ("start_date", "First day of the incident (to the precision of date_precision)."),
        ("start_time", "Local time it began, where known."),
        ("end_date", "Last day, for incidents longer than a day."),
        ("end_time", "Local time it ended, where known."),
        "timezone",
        ("date_precision", "How precisely start_date is known."),
        ("approximate_date", "The date as the sources give it, when it is not precise."),
        ("venue", "Building or place."),
        ("city", "City or town."),
        ("region", "Region, province or state."),
        "country",
        ("latitude", "WGS 84 latitude."),
        ("longitude", "WGS 84 longitude."),
        ("location_precision", "How precisely the coordinates place it (UCDP where_prec)."),
        _codes(IncidentAttackType, "attack_types", "Attack types:"),
        _codes(IncidentWeaponType, "weapon_types", "Weapon types:"),
        _codes(IncidentTargetType, "target_types", "Target types:"),
        ("motive", "The motive as the sources state it."),
        ("claimed", "Whether a group claimed responsibility."),
        ("claim_mode", "How the claim was made."),
        ("competing_claims", "Whether several groups claimed it."),
        ("attribution_uncertain", "Whether the attribution to its perpetrators is doubtful."),
        (
            "criterion_political_goal",
            "GTD criterion 1: a political, economic, religious or social goal.",
        ),
        (
            "criterion_coerce_audience",
            "GTD criterion 2: intent to coerce, intimidate or "
            "convey a message to a larger audience.",
        ),
        ("criterion_outside_ihl", "GTD criterion 3: outside international humanitarian law."),
        ("doubt_terrorism_proper", "GTD doubtterr: doubt that it is terrorism proper."),
        ("killed_low", "Lowest credible number killed."),
        ("killed_best", "Best estimate of the number killed."),
        ("killed_high", "Highest credible number killed."),
        ("injured_low", "Lowest credible number injured."),
        ("injured_best", "Best estimate of the number injured."),
        ("injured_high", "Highest credible number injured."),
        "estimate_is_curated",
        ("external_system", "Reference dataset the incident was imported from."),
        ("external_id", "Its id there (GTD eventid, UCDP id)."),
    ),
)

ACTORS = Table(
    name="actors",
    title="Actors",
    description=(
        "Organisations, state bodies, media and people that the released records name: "
        "perpetrators, speakers, those a figure is attributed to, suspects' affiliations."
    ),
    queryset=lambda selection: selection.actors,
    columns=_columns(
        Actor,
        _id("The actor's id."),
        ("name", "Canonical name."),
        ("kind", "What kind of actor it is."),
        ("parent_id", "The actor it is a branch of (e.g. ISIS-K of the Islamic State)."),
        ("description", "Notes on the actor."),
        Column(
            "aliases",
            "string",
            "Other names it goes by, separated by '; '.",
            joined=True,
            lookup=_grouped(ActorAlias, "actor", "alias"),
        ),
    ),
    foreign_keys=(("parent_id", "actors"),),
)

INCIDENT_PERPETRATORS = Table(
    name="incident_perpetrators",
    title="Perpetrators",
    description="Who claimed, is suspected of, was confirmed as or denied an incident.",
    queryset=lambda selection: selection.perpetrators,
    columns=_columns(
        IncidentPerpetrator,
        _id("The link's id."),
        ("incident_id", "The incident."),
        ("actor_id", "The actor."),
        ("role", "The actor's part in it."),
    ),
    foreign_keys=(("incident_id", "incidents"), ("actor_id", "actors")),
)

INCIDENT_SIDES = Table(
    name="incident_sides",
    title="Sides",
    description=(
        "The sides of an event as its reference dataset gives them (UCDP side A and B, ACLED "
        "actor 1 and 2): who fought or acted on whom, apart from who perpetrated it."
    ),
    queryset=lambda selection: selection.sides,
    columns=_columns(
        IncidentSide,
        _id("The side's id."),
        ("incident_id", "The incident."),
        ("role", "Side A or side B."),
        ("kind", "A state, a non-state group or civilians."),
        ("name", "The side as the dataset names it."),
        ("actor_id", "Who that is in this database (none for civilians)."),
        "ucdp_actor_id",
    ),
    foreign_keys=(("incident_id", "incidents"), ("actor_id", "actors")),
)

CASUALTY_FIGURES = Table(
    name="casualty_figures",
    title="Casualty figures",
    description=(
        "Each figure as one source reported it (kind, value or range, qualifier, subgroup, "
        "who gave it, when): conflicting and revised figures are all kept."
    ),
    queryset=lambda selection: selection.figures,
    columns=_columns(
        CasualtyFigure,
        _id("The figure's id."),
        ("incident_id", "The incident it counts."),
        ("kind", "What is counted."),
        ("value", "The number, or the low end of a range."),
        ("value_max", "The high end of a range."),
        ("qualifier", "How the source qualified the number."),
        ("subgroup", "Part of the casualties counted (blank: all)."),
        ("attributed_to_id", "The actor the source gives the figure on the authority of."),
        "reported_on",
        "as_of",
    ),
    foreign_keys=(("incident_id", "incidents"), ("attributed_to_id", "actors")),
)

STATEMENTS = Table(
    name="statements",
    title="Statements",
    description="Claims, denials, accusations and other statements made about an incident.",
    queryset=lambda selection: selection.statements,
    columns=_columns(
        Statement,
        _id("The statement's id."),
        ("incident_id", "The incident it is about."),
        ("speaker_id", "Who made it."),
        ("kind", "What kind of statement it is."),
        ("channel", "How it was made public."),
        ("made_on", "When it was made."),
        "text",
        "concerns_id",
    ),
    foreign_keys=(
        ("incident_id", "incidents"),
        ("speaker_id", "actors"),
        ("concerns_id", "actors"),
    ),
)

SUSPECTS = Table(
    name="suspects",
    title="Suspects",
    description="People suspected of, charged with or convicted of taking part in an incident.",
    queryset=lambda selection: selection.suspects,
    columns=_columns(
        Suspect,
        _id("The suspect's id."),
        ("incident_id", "The incident."),
        ("full_name", "Full name, in the most common transliteration."),
        Column(
            "name_variants",
            "string",
            "Other spellings and transliterations, separated by '; '.",
            joined=True,
            lookup=_grouped(SuspectNameVariant, "suspect", "name"),
        ),
        Column(
            "citizenships",
            "string",
            "ISO 3166-1 alpha-2 codes of the suspect's citizenships, separated by '; '.",
            joined=True,
            lookup=_grouped(SuspectCitizenship, "suspect", "country"),
        ),
        ("age", "Age as reported."),
        ("age_reported_on", "When that age was reported."),
        "birth_date",
        ("role", "The suspect's part in the incident."),
        ("affiliation_id", "The group the suspect belongs to."),
    ),
    foreign_keys=(("incident_id", "incidents"), ("affiliation_id", "actors")),
)

SUSPECT_STATUS_EVENTS = Table(
    name="suspect_status_events",
    title="Suspects' legal history",
    description="Dated steps of each suspect's legal history: detained, charged, convicted, ...",
    queryset=lambda selection: selection.status_events,
    columns=_columns(
        SuspectStatusEvent,
        _id("The event's id."),
        ("suspect_id", "The suspect."),
        ("status", "What happened."),
        ("occurred_on", "When."),
        "until",
        ("charge", "The charge, for charges, trials and convictions."),
        ("detail", "More about it (sentence, court, ...)."),
    ),
    foreign_keys=(("suspect_id", "suspects"),),
)

SOURCES = Table(
    name="sources",
    title="Sources",
    description=(
        "The documents the released records are taken from, as citations: never their text."
    ),
    queryset=lambda selection: selection.sources,
    columns=_columns(
        Source,
        _id("The source's id."),
        "title",
        "author",
        "publisher",
        ("url", "Where it was published."),
        ("published_on", "Publication date."),
        ("kind", "What kind of document it is."),
        ("language", "Language (ISO 639-1)."),
        ("reliability", "Admiralty reliability grade of the source."),
    ),
)

EVIDENCE = Table(
    name="evidence",
    title="Evidence",
    description=(
        "The quotes that support each released record: which source says it, in which "
        "words, at which characters of the source's cleaned text. Exactly one of the "
        "record columns is set; for an incident, `attribute` names what the quote supports."
    ),
    queryset=lambda selection: selection.evidence,
    columns=_columns(
        Evidence,
        _id("The quote's id."),
        ("source_id", "The source quoted."),
        ("figure_id", "The casualty figure it supports."),
        ("statement_id", "The statement it supports."),
        ("suspect_id", "The suspect it supports."),
        ("status_event_id", "The legal-history event it supports."),
        ("incident_id", "The incident whose attribute it supports."),
        ("attribute", "For an incident: the attribute it supports (date, city, ...)."),
        ("quote", "The source's exact words."),
        ("start", "Offset of the quote's first character in the source's cleaned text."),
        ("end", "Offset just after its last character."),
    ),
    foreign_keys=(
        ("source_id", "sources"),
        ("figure_id", "casualty_figures"),
        ("statement_id", "statements"),
        ("suspect_id", "suspects"),
        ("status_event_id", "suspect_status_events"),
        ("incident_id", "incidents"),
    ),
)

TABLES: tuple[Table, ...] = (
    INCIDENTS,
    INCIDENT_PERPETRATORS,
    INCIDENT_SIDES,
    CASUALTY_FIGURES,
    STATEMENTS,
    SUSPECTS,
    SUSPECT_STATUS_EVENTS,
    ACTORS,
    SOURCES,
    EVIDENCE,
)
