"""The incident: a lean row for lists, the full dossier with provenance for the detail."""

from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from incidents.api.serializers import (
    ActorRefSerializer,
    EvidenceSerializer,
    FigureSerializer,
    StatementSerializer,
    SuspectSerializer,
)
from incidents.models import vocabularies as v
from incidents.selectors.estimate_rule import (
    BestStep,
    DateBasis,
    EstimateExplanation,
    LeftOutReason,
    counted_as,
)
from incidents.selectors.estimates import incident_estimate_explanation


class IncidentListSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    slug = serializers.CharField()
    name = serializers.CharField()
    start_date = serializers.DateField(allow_null=True)
    end_date = serializers.DateField(allow_null=True)
    date_precision = serializers.ChoiceField(choices=v.DatePrecision.choices)
    city = serializers.CharField()
    region = serializers.CharField()
    country = serializers.CharField(help_text="ISO 3166-1 alpha-2.")
    latitude = serializers.FloatField(allow_null=True)
    longitude = serializers.FloatField(allow_null=True)
    location_precision = serializers.ChoiceField(
        choices=v.LocationPrecision.choices, allow_null=True, help_text="UCDP where_prec, 1-7."
    )
    claimed = serializers.BooleanField(allow_null=True)
    violence_type = serializers.ChoiceField(
        choices=v.ViolenceType.choices, allow_null=True, help_text="UCDP type_of_violence."
    )
    attack_types = serializers.SerializerMethodField(help_text="GTD attack type codes.")
    perpetrators = serializers.SerializerMethodField(help_text="Perpetrator names.")
    killed_low = serializers.IntegerField(allow_null=True)
    killed_best = serializers.IntegerField(allow_null=True)
    killed_high = serializers.IntegerField(allow_null=True)
    injured_low = serializers.IntegerField(allow_null=True)
    injured_best = serializers.IntegerField(allow_null=True)
    injured_high = serializers.IntegerField(allow_null=True)
    estimate_is_curated = serializers.BooleanField(
        help_text="True if a curator set the estimate; false if derived from accepted figures."
    )
    updated_at = serializers.DateTimeField()

    def get_attack_types(self, incident) -> list[int]:
        return [row.code for row in incident.attack_types.all()]

    def get_perpetrators(self, incident) -> list[str]:
        return [link.actor.name for link in incident.perpetrator_links.all()]


class CodeSerializer(serializers.Serializer):
    """A GTD code with its codebook label."""

    code = serializers.IntegerField()
    label = serializers.CharField(source="get_code_display")


class PerpetratorSerializer(serializers.Serializer):
    id = serializers.IntegerField(source="actor.id")
    name = serializers.CharField(source="actor.name")
    role = serializers.ChoiceField(choices=v.PerpetratorRole.choices)


class SideSerializer(serializers.Serializer):
    role = serializers.ChoiceField(choices=v.SideRole.choices)
    kind = serializers.ChoiceField(choices=v.SideKind.choices)
    name = serializers.CharField(help_text="The side as the dataset names it.")
    actor = ActorRefSerializer(allow_null=True, help_text="The actor; none for civilians.")
    ucdp_actor_id = serializers.IntegerField(allow_null=True, help_text="UCDP side_*_new_id.")


class UcdpUnitSerializer(serializers.Serializer):
    """A UCDP conflict or dyad."""

    ucdp_id = serializers.IntegerField(allow_null=True)
    name = serializers.CharField()


class PropertyDamageSerializer(serializers.Serializer):
    damaged = serializers.BooleanField(source="property_damaged", allow_null=True)
    extent = serializers.ChoiceField(
        source="property_damage_extent",
        choices=v.PropertyDamageExtent.choices,
        allow_null=True,
        help_text="GTD propextent: 1 catastrophic, 2 major, 3 minor, 4 unknown.",
    )
    value_usd = serializers.IntegerField(
        source="property_damage_value", allow_null=True, help_text="GTD propvalue, US dollars."
    )


class RangeSerializer(serializers.Serializer):
    low = serializers.IntegerField(allow_null=True)
    best = serializers.IntegerField(allow_null=True)
    high = serializers.IntegerField(allow_null=True)


class EstimateSerializer(serializers.Serializer):
    killed = RangeSerializer()
    injured = RangeSerializer()
    is_curated = serializers.BooleanField(
        help_text="True if a curator set it; false if derived from the accepted figures."
    )


class ExplainedSourceSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    title = serializers.CharField()
    published_on = serializers.DateField(allow_null=True)
    published_after = serializers.DateField(
        allow_null=True, help_text="With no published date: it was written on or after this."
    )
    reliability = serializers.ChoiceField(choices=v.ReliabilityGrade.choices)


class ExplainedFigureSerializer(serializers.Serializer):
    id = serializers.IntegerField(source="figure_id", allow_null=True)
    value = serializers.IntegerField()
    value_max = serializers.IntegerField(allow_null=True)
    qualifier = serializers.ChoiceField(choices=v.Qualifier.choices)
    counts_as = serializers.SerializerMethodField(help_text="What it contributes to best.")
    source_id = serializers.IntegerField(source="source.id", allow_null=True, default=None)
    date = serializers.DateField(
        source="reported_on", allow_null=True, help_text="The date the rule orders it by."
    )
    date_basis = serializers.ChoiceField(choices=DateBasis.choices)

    def get_counts_as(self, figure) -> int:
        return counted_as(figure)


class SourceStandingSerializer(serializers.Serializer):
    source = ExplainedSourceSerializer(allow_null=True, help_text="Null: no source quotes it.")
    date = serializers.DateField(source="reported_on", allow_null=True)
    date_basis = serializers.ChoiceField(choices=DateBasis.choices)
    figures = ExplainedFigureSerializer(many=True, help_text="The source's latest figures.")
    counts_as = serializers.IntegerField(
        source="point", help_text="The source's vote for best: its lowest latest figure."
    )
    questionable = serializers.BooleanField(
        source="is_questionable", help_text="Grade D or E: widens the range, never sets best."
    )
    sets_best = serializers.BooleanField()


class LeftOutFigureSerializer(serializers.Serializer):
    figure = ExplainedFigureSerializer()
    reason = serializers.ChoiceField(choices=LeftOutReason.choices)


class KindExplanationSerializer(serializers.Serializer):
    low = serializers.IntegerField(source="range.low", allow_null=True)
    best = serializers.IntegerField(source="range.best", allow_null=True)
    high = serializers.IntegerField(source="range.high", allow_null=True)
    best_step = serializers.ChoiceField(choices=BestStep.choices)
    best_sentence = serializers.CharField()
    range_sentence = serializers.CharField()
    most_recent = serializers.DateField(
        allow_null=True, help_text="The date of the sources that chose best; null: undated."
    )
    sources = SourceStandingSerializer(
        source="standing", many=True, help_text="Each counted source, most recent first."
    )
    left_out = LeftOutFigureSerializer(many=True)


class EstimateExplanationSerializer(serializers.Serializer):
    """Why the derived estimate is what it is: the rule of docs/estimate.md, step by step."""

    killed = KindExplanationSerializer()
    injured = KindExplanationSerializer()
    undated_sources = ExplainedSourceSerializer(
        many=True, help_text="Counted sources without a published date."
    )


class LocationSerializer(serializers.Serializer):
    venue = serializers.CharField()
    city = serializers.CharField()
    region = serializers.CharField()
    country = serializers.CharField(help_text="ISO 3166-1 alpha-2.")
    latitude = serializers.FloatField(allow_null=True)
    longitude = serializers.FloatField(allow_null=True)
    precision = serializers.ChoiceField(
        source="location_precision", choices=v.LocationPrecision.choices, allow_null=True
    )


class CitedSourceSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    title = serializers.CharField()
    publisher = serializers.CharField()
    url = serializers.CharField()
    published_on = serializers.DateField(allow_null=True)
    reliability = serializers.ChoiceField(choices=v.ReliabilityGrade.choices)


class IncidentEvidenceSerializer(EvidenceSerializer):
    attribute = serializers.CharField(help_text="The incident attribute the quote supports.")


class IncidentDetailSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    slug = serializers.CharField()
    name = serializers.CharField()
    summary = serializers.CharField()
    start_date = serializers.DateField(allow_null=True)
    start_time = serializers.TimeField(allow_null=True)
    end_date = serializers.DateField(allow_null=True)
    end_time = serializers.TimeField(allow_null=True)
    timezone = serializers.CharField()
    date_precision = serializers.ChoiceField(choices=v.DatePrecision.choices)
    approximate_date = serializers.CharField()
    location = LocationSerializer(source="*")
    attack_types = CodeSerializer(many=True)
    weapon_types = CodeSerializer(many=True)
    target_types = CodeSerializer(many=True)
    perpetrators = PerpetratorSerializer(source="perpetrator_links", many=True)
    motive = serializers.CharField()
    claimed = serializers.BooleanField(allow_null=True)
    claim_mode = serializers.ChoiceField(choices=v.ClaimMode.choices, allow_blank=True)
    competing_claims = serializers.BooleanField(allow_null=True)
    attribution_uncertain = serializers.BooleanField(allow_null=True)
    successful = serializers.BooleanField(allow_null=True, help_text="GTD success.")
    suicide = serializers.BooleanField(allow_null=True, help_text="GTD suicide attack.")
    property_damage = PropertyDamageSerializer(source="*")
    violence_type = serializers.ChoiceField(
        choices=v.ViolenceType.choices, allow_null=True, help_text="UCDP type_of_violence."
    )
    conflict = serializers.SerializerMethodField()
    dyad = serializers.SerializerMethodField()
    sides = SideSerializer(many=True, help_text="UCDP sides: who fought whom (not perpetrators).")
    estimate = serializers.SerializerMethodField()
    estimate_explanation = serializers.SerializerMethodField(
        help_text="How the accepted figures give the derived estimate (also when a curator "
        "set the stored one). Figures of other review statuses appear, as left out, only "
        "where they are shown (?status= for staff)."
    )
    figures = FigureSerializer(source="casualty_figures", many=True, help_text="Timeline.")
    statements = StatementSerializer(many=True)
    suspects = SuspectSerializer(many=True)
    evidence = IncidentEvidenceSerializer(many=True)
    sources = serializers.SerializerMethodField()
    updated_at = serializers.DateTimeField()

    @extend_schema_field(EstimateSerializer)
    def get_estimate(self, incident) -> dict:
        return EstimateSerializer(
            {
                "killed": _triple(incident, "killed"),
                "injured": _triple(incident, "injured"),
                "is_curated": incident.estimate_is_curated,
            }
        ).data

    @extend_schema_field(EstimateExplanationSerializer)
    def get_estimate_explanation(self, incident) -> dict:
        return EstimateExplanationSerializer(self._explanation(incident)).data

    def _explanation(self, incident) -> EstimateExplanation:
        view = self.context.get("view")
        shown = getattr(view, "review_statuses", ())
        statuses = {v.ReviewStatus.ACCEPTED, *shown}
        return incident_estimate_explanation(incident=incident, statuses=statuses)

    @extend_schema_field(UcdpUnitSerializer(allow_null=True))
    def get_conflict(self, incident) -> dict | None:
        return _ucdp_unit(incident.conflict_new_id, incident.conflict_name)

    @extend_schema_field(UcdpUnitSerializer(allow_null=True))
    def get_dyad(self, incident) -> dict | None:
        return _ucdp_unit(incident.dyad_new_id, incident.dyad_name)

    @extend_schema_field(CitedSourceSerializer(many=True))
    def get_sources(self, incident) -> list:
        return CitedSourceSerializer(_cited_sources(incident), many=True).data


def _ucdp_unit(ucdp_id: int | None, name: str) -> dict | None:
    if ucdp_id is None and not name:
        return None
    return {"ucdp_id": ucdp_id, "name": name}


def _triple(incident, kind: str) -> dict:
    return {part: getattr(incident, f"{kind}_{part}") for part in ("low", "best", "high")}


def _cited_sources(incident) -> list:
    """Every source quoted anywhere in the dossier, once, from the prefetched evidence."""
    quoted = list(incident.evidence.all())
    for figure in incident.casualty_figures.all():
        quoted.extend(figure.evidence.all())
    for statement in incident.statements.all():
        quoted.extend(statement.evidence.all())
    for suspect in incident.suspects.all():
        quoted.extend(suspect.evidence.all())
        for event in suspect.status_events.all():
            quoted.extend(event.evidence.all())
    by_id = {evidence.source_id: evidence.source for evidence in quoted}
    return sorted(by_id.values(), key=lambda source: source.id)
