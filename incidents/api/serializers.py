"""Representations only. Plain serializers over prefetched rows: no query runs in here.

They are the documented schema of every endpoint and the representation of single records.
Lists do not run them per row: incidents/api/rows.py builds the same JSON from .values()
rows, about six times cheaper per row (bench/api.py measures it; a ModelSerializer of the
same fields costs 10 to 20 % more than a declared Serializer, not several times).
"""

from django.urls import reverse
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from incidents.models import vocabularies as v
from incidents.models.changes import RemovalReason


class ActorRefSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    name = serializers.CharField()


class EvidenceSerializer(serializers.Serializer):
    source = serializers.IntegerField(source="source_id", help_text="Source id.")
    source_title = serializers.CharField(source="source.title")
    quote = serializers.CharField(help_text="Exact words of the source.")
    start = serializers.IntegerField(help_text="Offset of the quote in the source's cleaned text.")
    end = serializers.IntegerField(help_text="End offset (exclusive): quote == text[start:end].")


class FactSerializer(serializers.Serializer):
    """Provenance every reviewable fact carries."""

    review_status = serializers.ChoiceField(choices=v.ReviewStatus.choices)
    extractor = serializers.CharField(help_text="Extractor name/version, empty if made by hand.")
    updated_at = serializers.DateTimeField()
    evidence = EvidenceSerializer(many=True)


class FigureSerializer(FactSerializer):
    id = serializers.IntegerField()
    incident = serializers.IntegerField(source="incident_id")
    kind = serializers.ChoiceField(choices=v.FigureKind.choices)
    value = serializers.IntegerField(help_text="The figure, or the lower end of a range.")
    value_max = serializers.IntegerField(allow_null=True, help_text="Upper end of a range.")
    qualifier = serializers.ChoiceField(choices=v.Qualifier.choices)
    subgroup = serializers.ChoiceField(choices=v.Subgroup.choices, allow_blank=True)
    attributed_to = ActorRefSerializer(allow_null=True, help_text="Who gave the figure.")
    reported_on = serializers.DateField(allow_null=True)
    as_of = serializers.DateField(allow_null=True, help_text="The date the figure describes.")


class StatementSerializer(FactSerializer):
    id = serializers.IntegerField()
    incident = serializers.IntegerField(source="incident_id")
    kind = serializers.ChoiceField(choices=v.StatementKind.choices)
    channel = serializers.ChoiceField(choices=v.Channel.choices, allow_blank=True)
    made_on = serializers.DateField(allow_null=True)
    text = serializers.CharField()
    speaker = ActorRefSerializer(allow_null=True)
    concerns = ActorRefSerializer(allow_null=True, help_text="Actor the statement concerns.")


class StatusEventSerializer(FactSerializer):
    status = serializers.ChoiceField(choices=v.LegalStatus.choices)
    occurred_on = serializers.DateField(allow_null=True)
    until = serializers.DateField(allow_null=True, help_text="E.g. pre-trial detention until.")
    charge = serializers.CharField()
    detail = serializers.CharField()


class SuspectSerializer(FactSerializer):
    id = serializers.IntegerField()
    incident = serializers.IntegerField(source="incident_id")
    full_name = serializers.CharField()
    name_variants = serializers.SerializerMethodField()
    age = serializers.IntegerField(allow_null=True)
    role = serializers.ChoiceField(choices=v.SuspectRole.choices)
    nationalities = serializers.SerializerMethodField()
    affiliation = ActorRefSerializer(allow_null=True)
    current_status = serializers.SerializerMethodField()
    status_history = StatusEventSerializer(source="status_events", many=True)

    def get_name_variants(self, suspect) -> list[str]:
        return [variant.name for variant in suspect.name_variants.all()]

    def get_nationalities(self, suspect) -> list[str]:
        return [held.country for held in suspect.citizenships.all()]

    def get_current_status(self, suspect) -> str | None:
        # The prefetched history is ordered by date, so its last step is the current one.
        history = list(suspect.status_events.all())
        return history[-1].status if history else None


class SourceSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    title = serializers.CharField()
    publisher = serializers.CharField()
    author = serializers.CharField()
    url = serializers.CharField()
    published_on = serializers.DateField(allow_null=True)
    published_after = serializers.DateField(
        allow_null=True,
        help_text="With no published_on: a lower bound, the latest date the text mentions.",
    )
    kind = serializers.ChoiceField(choices=v.SourceKind.choices)
    language = serializers.CharField()
    reliability = serializers.ChoiceField(choices=v.ReliabilityGrade.choices)
    updated_at = serializers.DateTimeField()


class SourceDetailSerializer(SourceSerializer):
    cleaned_text = serializers.CharField(help_text="The text evidence offsets point into.")


class ActorSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    name = serializers.CharField()
    kind = serializers.ChoiceField(choices=v.ActorKind.choices)
    parent = serializers.IntegerField(source="parent_id", allow_null=True)
    aliases = serializers.SerializerMethodField()
    description = serializers.CharField()
    updated_at = serializers.DateTimeField()

    def get_aliases(self, actor) -> list[str]:
        return [alias.alias for alias in actor.aliases.all()]


class RemovalSerializer(serializers.Serializer):
    resource = serializers.CharField(source="model", help_text="API resource, e.g. incidents.")
    id = serializers.IntegerField(source="object_id", help_text="Id of the removed record.")
    reason = serializers.ChoiceField(choices=RemovalReason.choices)
    merged_into = serializers.IntegerField(
        allow_null=True, help_text="For merges: id of the record that absorbed it."
    )
    removed_at = serializers.DateTimeField()


class ErrorSerializer(serializers.Serializer):
    """400: {parameter: [message]}; other errors: {detail: message}."""

    detail = serializers.CharField(required=False)


class ReleaseSerializer(serializers.Serializer):
    """A published data release (a Release of incidents.selectors.releases)."""

    version = serializers.CharField(help_text="MAJOR.MINOR.PATCH.")
    date = serializers.DateField(help_text="Release date.")
    counts = serializers.DictField(
        child=serializers.IntegerField(), help_text="Records per table of the package."
    )
    sha256 = serializers.CharField(help_text="SHA-256 of the zip that `download` serves.")
    bytes = serializers.IntegerField(help_text="Size of the zip.")
    download = serializers.SerializerMethodField(help_text="URL of the zipped Data Package.")

    @extend_schema_field(OpenApiTypes.URI)
    def get_download(self, release) -> str:
        path = reverse("api:release-download", args=[release.version])
        request = self.context.get("request")
        return request.build_absolute_uri(path) if request else path
