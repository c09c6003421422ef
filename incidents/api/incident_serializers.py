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
