"""django-import-export resources: CSV, XLSX and JSON in and out of the admin.

Every resource is idempotent on a natural key (see docs/import-export.md), names related
records by their natural keys (incident slug, actor name), rolls the whole file back when
one row is invalid, and neutralises spreadsheet formulas in every exported text cell.
"""

from django.core.exceptions import ValidationError
from django.db.models import TextField
from import_export import fields, resources, widgets

from incidents import models
from incidents.services.curation.locking import version_claim
from incidents.services.curation.source_dates import source_estimates_refresh
from incidents.spreadsheets import neutralise_formula, restore_formula

# Cells of these widgets are numbers, dates or booleans: never formulas, never quoted.
_TYPED_WIDGETS = (
    widgets.NumberWidget,
    widgets.DateWidget,
    widgets.DateTimeWidget,
    widgets.TimeWidget,
    widgets.BooleanWidget,
)


class NaturalKeyWidget(widgets.ForeignKeyWidget):
    """A foreign key written as the related record's natural key; unknown keys are row errors."""

    def clean(self, value, row=None, **kwargs):
        try:
            return super().clean(value, row=row, **kwargs)
        except self.model.DoesNotExist:
            name = self.model._meta.verbose_name
            raise ValueError(f"No {name} with {self.field} {value!r}.") from None


def natural_key_field(attribute: str, model, key: str) -> fields.Field:
    return fields.Field(
        attribute=attribute, column_name=attribute, widget=NaturalKeyWidget(model, key)
    )


class CuratedResource(resources.ModelResource):
    """What every resource shares: all-or-nothing imports, validation, formula neutralising."""

    class Meta:
        use_transactions = True
        skip_unchanged = True
        report_skipped = True
        clean_model_instances = True

    @classmethod
    def widget_from_django_field(cls, f, default=widgets.Widget):
        # Empty XLSX cells come back as None; a text column stores "" for them, as CharField.
        if isinstance(f, TextField):
            return widgets.CharWidget
        return super().widget_from_django_field(f, default)

    def import_data(self, dataset, *args, rollback_on_validation_errors=True, **kwargs):
        # django-import-export keeps the valid rows of a file with invalid ones by default.
        return super().import_data(dataset, *args, rollback_on_validation_errors=True, **kwargs)

    def filter_export(self, queryset, **kwargs):
        named = [
            f.attribute for f in self.get_export_fields() if isinstance(f.widget, NaturalKeyWidget)
        ]
        return queryset.select_related(*named)

    def export_field(self, field, instance, **kwargs):
        value = super().export_field(field, instance, **kwargs)
        if isinstance(field.widget, _TYPED_WIDGETS):
            return value
        return neutralise_formula(value)

    def before_import_row(self, row, **kwargs):
        for field in self.get_import_fields():
            name = field.column_name
            if name in row and not isinstance(field.widget, _TYPED_WIDGETS):
                row[name] = restore_formula(row[name])

    def before_save_instance(self, instance, row, **kwargs):
        # An import that changes a record must refuse a change form opened before it, and
        # a record changed since the file was read must fail its row (and so the file).
        if instance.pk is not None:
            version_claim(obj=instance, seen=instance.version)


class ActorResource(CuratedResource):
    parent = natural_key_field("parent", models.Actor, "name")

    class Meta(CuratedResource.Meta):
        model = models.Actor
        import_id_fields = ("name",)
        fields = ("name", "kind", "parent", "description")

    def after_init_instance(self, instance, new, row, **kwargs):
        # Model validation runs before save(), which is where the match key is set.
        instance.name_key = models.alias_key(str(row.get("name") or ""))


class IncidentResource(CuratedResource):
    class Meta(CuratedResource.Meta):
        model = models.Incident
        import_id_fields = ("slug",)
        exclude = ("id", "created_at", "updated_at", "version", "perpetrators")


class SourceResource(CuratedResource):
    """Source metadata only: texts come in through the document import, which checks them."""

    TEXTS = ("raw_text", "cleaned_text", "offset_map")

    class Meta(CuratedResource.Meta):
        model = models.Source
        import_id_fields = ("sha256",)
        fields = (
            "sha256",
            "title",
            "publisher",
            "author",
            "url",
            "published_on",
            "kind",
            "language",
            "file_name",
            "reliability",
            "notes",
        )

    def filter_export(self, queryset, **kwargs):
        return super().filter_export(queryset, **kwargs).defer(*self.TEXTS)

    def after_save_instance(self, instance, row, **kwargs):
        # A row may date the source or grade it: either can change its incidents' estimates.
        source_estimates_refresh(source=instance)

    def init_instance(self, row=None):
        sha256 = (row or {}).get("sha256")
        raise ValidationError(
            f"No source with SHA-256 {sha256!r}: import the document itself first."
        )


class FactResource(CuratedResource):
    """A reviewable fact: found by id when it is this database's, else by its natural key.

    Imports never accept or reject: `review_status` is exported for reading only, new facts
    arrive proposed and go through the review queue like any other proposal.
    """

    id = fields.Field(
        attribute="id", column_name="id", readonly=True, widget=widgets.IntegerWidget()
    )
    incident = natural_key_field("incident", models.Incident, "slug")
    review_status = fields.Field(
        attribute="review_status", column_name="review_status", readonly=True
    )
    sources = fields.Field(column_name="sources", readonly=True)

    def get_instance(self, instance_loader, row):
        try:
            key = {name: self.fields[name].clean(row) for name in self.get_import_id_fields()}
        except ValueError:
            return None  # the row's own validation names the bad cell
        queryset = self._meta.model.objects.all()
        same_id = self._row_id(row)
        if same_id is not None:
            found = queryset.filter(pk=same_id, incident=key["incident"]).first()
            if found is not None:
                return found
        return queryset.filter(**key).order_by("pk").first()

    def _row_id(self, row) -> int | None:
        if "id" not in row:
            return None
        try:
            return self.fields["id"].clean(row)
        except ValueError:
            return None

    def before_save_instance(self, instance, row, **kwargs):
        super().before_save_instance(instance, row, **kwargs)
        user = kwargs.get("user")
        if instance.pk is None and user is not None and user.is_authenticated:
            instance.created_by = user

    def filter_export(self, queryset, **kwargs):
        return super().filter_export(queryset, **kwargs).prefetch_related("evidence__source")

    def dehydrate_sources(self, fact) -> str:
        return " ".join(sorted({evidence.source.sha256 for evidence in fact.evidence.all()}))


_FACT_FIELDS = ("id", "incident")
_REVIEW_FIELDS = ("review_status", "extractor", "sources")


class CasualtyFigureResource(FactResource):
    attributed_to = natural_key_field("attributed_to", models.Actor, "name")

    class Meta(CuratedResource.Meta):
        model = models.CasualtyFigure
        # The same number of the same kind, qualified alike, attributed to the same actor
        # and reported the same day is one figure, however many sources repeat it.
        import_id_fields = ("incident", "kind", "value", "value_max", "qualifier")
        import_id_fields += ("subgroup", "attributed_to", "reported_on", "as_of")
        fields = (*_FACT_FIELDS, "kind", "value", "value_max", "qualifier", "subgroup")
        fields += ("attributed_to", "reported_on", "as_of", *_REVIEW_FIELDS)


class StatementResource(FactResource):
    speaker = natural_key_field("speaker", models.Actor, "name")
    concerns = natural_key_field("concerns", models.Actor, "name")

    class Meta(CuratedResource.Meta):
        model = models.Statement
        import_id_fields = ("incident", "kind", "speaker", "made_on", "text")
        fields = (*_FACT_FIELDS, "kind", "speaker", "concerns", "channel", "made_on", "text")
        fields += _REVIEW_FIELDS


class SuspectResource(FactResource):
    affiliation = natural_key_field("affiliation", models.Actor, "name")

    class Meta(CuratedResource.Meta):
        model = models.Suspect
        import_id_fields = ("incident", "full_name")
        fields = (*_FACT_FIELDS, "full_name", "age", "age_reported_on", "birth_date", "role")
        fields += ("affiliation", *_REVIEW_FIELDS)


RESOURCES_BY_MODEL: dict[type, type[CuratedResource]] = {
    models.Actor: ActorResource,
    models.Incident: IncidentResource,
    models.Source: SourceResource,
    models.CasualtyFigure: CasualtyFigureResource,
    models.Statement: StatementResource,
    models.Suspect: SuspectResource,
}
