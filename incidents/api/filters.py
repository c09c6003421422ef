"""Query-string filters. A value that does not parse answers 400 naming the parameter."""

import copy
import datetime as dt

from django import forms
from django.db.models import Exists, OuterRef, QuerySet
from django.http import QueryDict
from django_filters import rest_framework as filters
from django_filters.fields import IsoDateTimeField
from drf_spectacular.utils import extend_schema_field

from incidents.models import (
    Actor,
    CasualtyFigure,
    DatasetRowFlag,
    Evidence,
    FlagKind,
    Incident,
    IncidentAttackType,
    IncidentSide,
    IncidentTargetType,
    IncidentWeaponType,
    RecordRemoval,
    RemovalReason,
    Source,
    Statement,
    Suspect,
    SuspectCitizenship,
    SuspectStatusEvent,
)
from incidents.models import vocabularies as v
from incidents.selectors import search as text_search

MAX_INT = 2**31 - 1
MAX_ID = 2**63 - 1
# Longer values are refused (views.py) and documented (schema.py): SQLite refuses LIKE
# patterns past 50,000 characters, and no name, place or search needs more than this.
PARAMETER_MAX_LENGTH = 500

_FORM_CLASSES: dict[type, type] = {}


class FilterSet(filters.FilterSet):
    """A FilterSet that does per request only what depends on the request.

    django-filter deep-copies every filter (choices and all) and derives a new form class
    from them on each request: most of a millisecond of a list request. Ours depend on
    nothing in the request (no request-dependent querysets), so one form class per
    FilterSet serves all, its forms share its fields, and a shallow copy of each filter
    is enough to bind it.
    """

    def __init__(self, data=None, queryset=None, *, request=None, prefix=None) -> None:
        # django-filter's own __init__, with copy.copy where it has copy.deepcopy.
        if queryset is None:
            queryset = self._meta.model._default_manager.all()
        self.is_bound = data is not None
        self.data = data or QueryDict()
        self.queryset = queryset
        self.request = request
        self.form_prefix = prefix
        self.filters = {
            name: self._bound(declared, queryset.model)
            for name, declared in self.base_filters.items()
        }

    def _bound(self, declared: filters.Filter, model: type) -> filters.Filter:
        bound = copy.copy(declared)
        bound.method = declared.method  # a FilterMethod of the copy, resolved on this FilterSet
        bound.model, bound.parent = model, self
        return bound

    def get_form_class(self) -> type:
        form_class = _FORM_CLASSES.get(type(self))
        if form_class is None:
            form_class = _FORM_CLASSES[type(self)] = super().get_form_class()
            form_class.base_fields = SharedFormFields(form_class.base_fields)
        return form_class


class SharedFormFields(dict):
    """Form fields every bound form uses as they are, instead of a deep copy of its own.

    A Django form deep-copies its fields (widgets, choices, validators) when it is created,
    in case a view alters them per request: two thirds of filtering's cost. A filter form is
    only cleaned, never altered or rendered, so sharing the fields is safe.
    """

    def __deepcopy__(self, memo: dict) -> dict:
        return dict(self)


class UtcDateTimeField(IsoDateTimeField):
    """An ISO 8601 time in any UTC offset Python reads, compared in UTC.

    PostgreSQL refuses offsets of 16 hours or more, which Python accepts up to 23:59.
    """

    def to_python(self, value):
        parsed = super().to_python(value)
        try:
            return parsed and parsed.astimezone(dt.UTC)
        except OverflowError:
            # Hours from the calendar's first or last instant, UTC falls outside it; the
            # nearest instant it has orders every row the same way, so the value is valid.
            edge = dt.datetime.min if parsed.year == 1 else dt.datetime.max
            return edge.replace(tzinfo=dt.UTC)


class UtcDateTimeFilter(filters.IsoDateTimeFilter):
    field_class = UtcDateTimeField


class IntegerFilter(filters.NumberFilter):
    field_class = forms.IntegerField

    def __init__(self, *, min_value: int, max_value: int, **kwargs) -> None:
        super().__init__(min_value=min_value, max_value=max_value, **kwargs)
        # drf-spectacular documents a number filter without its bounds; these are enforced.
        bounded = {"type": "integer", "minimum": min_value, "maximum": max_value}
        extend_schema_field({**bounded, "description": kwargs.get("help_text", "")})(self)


class StrictBooleanFilter(filters.ChoiceFilter):
    """true or false; anything else is a 400 (django-filter's BooleanFilter ignores it)."""

    def __init__(self, **kwargs) -> None:
        super().__init__(choices=(("true", "true"), ("false", "false")), **kwargs)


def typed_parameters(filterset_class: type[filters.FilterSet]) -> set[str]:
    """Parameters whose empty value is an error: dates, numbers, choices (text may be empty)."""
    return {
        name
        for name, declared in filterset_class.base_filters.items()
        if not isinstance(declared, filters.CharFilter)
    }


def _id_filter(field_name: str, help_text: str) -> IntegerFilter:
    return IntegerFilter(field_name=field_name, min_value=1, max_value=MAX_ID, help_text=help_text)


def actors_matching(value: str) -> QuerySet[Actor]:
    """An actor id, or a name or alias (case, accents and dashes ignored)."""
    if value.isdecimal() and len(value) < 19:
        return Actor.objects.filter(pk=int(value))
    return text_search.actors_named(value)


def _gtd_code_filter(label: str, vocabulary, code_model: type) -> filters.TypedChoiceFilter:
    """Incidents carrying one code of a GTD vocabulary, documented with every code."""

    def with_code(queryset: QuerySet, name: str, code: int) -> QuerySet:
        # Exists, not a join: an incident with two matching rows must not appear twice.
        codes = code_model.objects.filter(incident=OuterRef("pk"), code=code)
        return queryset.filter(Exists(codes))

    return filters.TypedChoiceFilter(
        choices=vocabulary.choices,
        coerce=int,
        method=with_code,
        # Names the integer model field, which is where the schema takes the type from.
        field_name=f"{code_model._meta.default_related_name}__code",
        help_text=f"GTD {label} code: " + "; ".join(f"{c} {lbl}" for c, lbl in vocabulary.choices),
    )


class UpdatedSinceFilterSet(FilterSet):
    updated_since = UtcDateTimeFilter(
        field_name="updated_at",
        lookup_expr="gte",
        help_text="ISO 8601 timestamp: only records changed at or after it (incremental sync).",
    )


class IncidentFilter(UpdatedSinceFilterSet):
    date_from = filters.DateFilter(
        field_name="start_date", lookup_expr="gte", help_text="Start date on or after (ISO date)."
    )
    date_to = filters.DateFilter(
        field_name="start_date", lookup_expr="lte", help_text="Start date on or before (ISO date)."
    )
    country = filters.CharFilter(
        method="filter_country", help_text="ISO 3166-1 alpha-2 country code, e.g. RU."
    )
    city = filters.CharFilter(field_name="city", lookup_expr="iexact", help_text="City name.")
    attack_type = _gtd_code_filter("attack type", v.AttackType, IncidentAttackType)
    weapon_type = _gtd_code_filter("weapon type", v.WeaponType, IncidentWeaponType)
    target_type = _gtd_code_filter("target type", v.TargetType, IncidentTargetType)
    perpetrator = filters.CharFilter(
        method="filter_perpetrator",
        help_text="Perpetrator actor: id, name or any alias (e.g. 'ISIS' finds Islamic State).",
    )
    violence_type = filters.TypedChoiceFilter(
        choices=v.ViolenceType.choices,
        coerce=int,
        help_text="UCDP type of violence: 1 state-based, 2 non-state, 3 one-sided.",
    )
    side = filters.ChoiceFilter(
        choices=v.SideKind.choices,
        method="filter_side",
        help_text="Events with a side of this kind (UCDP sides, not perpetrators).",
    )
    side_actor = filters.CharFilter(
        method="filter_side_actor",
        help_text="Events where this actor (id, name or alias) is side A or side B.",
    )
    killed_min = IntegerFilter(
        field_name="killed_best",
        lookup_expr="gte",
        min_value=0,
        max_value=MAX_INT,
        help_text="Best estimate of people killed, at least.",
    )
    killed_max = IntegerFilter(
        field_name="killed_best",
        lookup_expr="lte",
        min_value=0,
        max_value=MAX_INT,
        help_text="Best estimate of people killed, at most.",
    )
    claimed = StrictBooleanFilter(
        method="filter_claimed",
        help_text="Whether responsibility was claimed.",
    )
    search = filters.CharFilter(
        method="filter_search",
        help_text="Full text over names and summaries (PostgreSQL web-search syntax).",
    )
    dataset_flag = filters.ChoiceFilter(
        choices=FlagKind.choices,
        method="filter_dataset_flag",
        help_text="Imported from a dataset row with this inconsistency: "
        + "; ".join(f"{kind} ({label})" for kind, label in FlagKind.choices),
    )

    class Meta:
        model = Incident
        fields: list[str] = []

    def filter_country(self, queryset, name, value):
        return queryset.filter(country=value.upper())

    def filter_perpetrator(self, queryset, name, value):
        return text_search.incidents_perpetrated_by(queryset, actors_matching(value))

    def filter_side(self, queryset, name, value):
        return queryset.filter(
            Exists(IncidentSide.objects.filter(incident=OuterRef("pk"), kind=value))
        )

    def filter_side_actor(self, queryset, name, value):
        sides = IncidentSide.objects.filter(
            incident=OuterRef("pk"), actor__in=actors_matching(value)
        )
        return queryset.filter(Exists(sides))

    @extend_schema_field({"type": "boolean", "description": "Whether responsibility was claimed."})
    def filter_claimed(self, queryset, name, value):
        return queryset.filter(claimed=value == "true")

    def filter_search(self, queryset, name, value):
        return text_search.incidents_matching(queryset, value)

    def filter_dataset_flag(self, queryset, name, value):
        flagged = DatasetRowFlag.objects.filter(row__incident=OuterRef("pk"), kind=value)
        return queryset.filter(Exists(flagged))


class FigureFilter(UpdatedSinceFilterSet):
    incident = _id_filter("incident", "Incident id.")
    kind = filters.ChoiceFilter(choices=v.FigureKind.choices, help_text="What was counted.")
    source = IntegerFilter(
        field_name="evidence__source",
        method="filter_source",
        min_value=1,
        max_value=MAX_ID,
        help_text="Source id: figures quoted from this source.",
    )
    attributed_to = filters.CharFilter(
        method="filter_attributed_to", help_text="Who gave the figure: actor id, name or alias."
    )
    reported_from = filters.DateFilter(
        field_name="reported_on", lookup_expr="gte", help_text="Reported on or after (ISO date)."
    )
    reported_to = filters.DateFilter(
        field_name="reported_on", lookup_expr="lte", help_text="Reported on or before (ISO date)."
    )
    search = filters.CharFilter(method="filter_search", help_text="Full text over the quotes.")

    class Meta:
        model = CasualtyFigure
        fields: list[str] = []

    def filter_source(self, queryset, name, value):
        quoted = Evidence.objects.filter(figure=OuterRef("pk"), source_id=value)
        return queryset.filter(Exists(quoted))

    def filter_attributed_to(self, queryset, name, value):
        return queryset.filter(attributed_to__in=actors_matching(value))

    def filter_search(self, queryset, name, value):
        return text_search.figures_matching(queryset, value)


class StatementFilter(UpdatedSinceFilterSet):
    incident = _id_filter("incident", "Incident id.")
    kind = filters.ChoiceFilter(choices=v.StatementKind.choices, help_text="Kind of statement.")
    speaker = filters.CharFilter(
        method="filter_speaker", help_text="Who spoke: actor id, name or alias."
    )
    search = filters.CharFilter(
        method="filter_search", help_text="Full text over the statement and its quotes."
    )

    class Meta:
        model = Statement
        fields: list[str] = []

    def filter_speaker(self, queryset, name, value):
        return queryset.filter(speaker__in=actors_matching(value))

    def filter_search(self, queryset, name, value):
        return text_search.statements_matching(queryset, value)


class SuspectFilter(UpdatedSinceFilterSet):
    incident = _id_filter("incident", "Incident id.")
    role = filters.ChoiceFilter(choices=v.SuspectRole.choices, help_text="Role in the incident.")
    legal_status = filters.ChoiceFilter(
        choices=v.LegalStatus.choices,
        method="filter_legal_status",
        help_text="Suspects whose legal history includes this status.",
    )
    nationality = filters.CharFilter(
        method="filter_nationality", help_text="ISO 3166-1 alpha-2 citizenship, e.g. TJ."
    )
    search = filters.CharFilter(method="filter_search", help_text="Name or name variant contains.")

    class Meta:
        model = Suspect
        fields: list[str] = []

    def filter_legal_status(self, queryset, name, value):
        events = SuspectStatusEvent.objects.filter(suspect=OuterRef("pk"), status=value)
        return queryset.filter(Exists(events))

    def filter_nationality(self, queryset, name, value):
        held = SuspectCitizenship.objects.filter(suspect=OuterRef("pk"), country=value.upper())
        return queryset.filter(Exists(held))

    def filter_search(self, queryset, name, value):
        return text_search.suspects_matching(queryset, value)


class SourceFilter(UpdatedSinceFilterSet):
    kind = filters.ChoiceFilter(choices=v.SourceKind.choices, help_text="Kind of document.")
    reliability = filters.ChoiceFilter(
        choices=v.ReliabilityGrade.choices, help_text="Admiralty source reliability grade."
    )
    publisher = filters.CharFilter(lookup_expr="iexact", help_text="Publisher name.")
    published_from = filters.DateFilter(
        field_name="published_on", lookup_expr="gte", help_text="Published on or after."
    )
    published_to = filters.DateFilter(
        field_name="published_on", lookup_expr="lte", help_text="Published on or before."
    )
    search = filters.CharFilter(
        field_name="title", lookup_expr="icontains", help_text="Title contains."
    )

    class Meta:
        model = Source
        fields: list[str] = []


class ActorFilter(UpdatedSinceFilterSet):
    kind = filters.ChoiceFilter(choices=v.ActorKind.choices, help_text="Kind of actor.")
    name = filters.CharFilter(
        method="filter_name", help_text="Name or alias (case, accents and dashes ignored)."
    )

    class Meta:
        model = Actor
        fields: list[str] = []

    def filter_name(self, queryset, name, value):
        return queryset.filter(pk__in=text_search.actors_named(value).values("pk"))


class RemovalFilter(FilterSet):
    since = UtcDateTimeFilter(
        field_name="removed_at",
        lookup_expr="gte",
        help_text="ISO 8601 timestamp: removals at or after it.",
    )
    resource = filters.CharFilter(
        field_name="model", help_text="API resource name, e.g. incidents or casualty-figures."
    )
    reason = filters.ChoiceFilter(choices=RemovalReason.choices, help_text="Why it was removed.")

    class Meta:
        model = RecordRemoval
        fields: list[str] = []
