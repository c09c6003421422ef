from django.db import models
from simple_history.models import HistoricalRecords

from incidents.models.actors import Actor
from incidents.models.base import TimestampedModel
from incidents.models.sources import Source
from incidents.models.vocabularies import (
    AttackType,
    ClaimMode,
    DatePrecision,
    ExternalSystem,
    LocationPrecision,
    PerpetratorRole,
    PropertyDamageExtent,
    RelationKind,
    TargetType,
    ViolenceType,
    WeaponType,
)


def _ordered_triple(kind: str) -> models.CheckConstraint:
    """low <= best <= high wherever both sides are known."""
    low, best, high = (f"{kind}_{part}" for part in ("low", "best", "high"))
    return models.CheckConstraint(
        condition=(
            (
                models.Q(**{f"{low}__isnull": True})
                | models.Q(**{f"{best}__isnull": True})
                | models.Q(**{f"{low}__lte": models.F(best)})
            )
            & (
                models.Q(**{f"{best}__isnull": True})
                | models.Q(**{f"{high}__isnull": True})
                | models.Q(**{f"{best}__lte": models.F(high)})
            )
        ),
        name=f"incident_{kind}_low_best_high_ordered",
    )


class Incident(TimestampedModel):
    """One violent event, with its curated attributes and casualty estimate."""

    name = models.CharField(max_length=300)
    slug = models.SlugField(max_length=300, unique=True)
    summary = models.TextField(blank=True)

    start_date = models.DateField(null=True, blank=True, db_index=True)
    start_time = models.TimeField(null=True, blank=True)
    timezone = models.CharField(max_length=50, blank=True, help_text="IANA name or UTC offset.")
    end_date = models.DateField(null=True, blank=True)
    end_time = models.TimeField(null=True, blank=True)
    date_precision = models.CharField(
        max_length=5, choices=DatePrecision.choices, default=DatePrecision.DAY
    )
    approximate_date = models.CharField(max_length=100, blank=True)

    venue = models.CharField(max_length=200, blank=True)
    city = models.CharField(max_length=200, blank=True, db_index=True)
    region = models.CharField(max_length=200, blank=True)
    country = models.CharField(
        max_length=2, blank=True, db_index=True, help_text="ISO 3166-1 alpha-2."
    )
    latitude = models.DecimalField(max_digits=9, decimal_places=6, null=True, blank=True)
    longitude = models.DecimalField(max_digits=9, decimal_places=6, null=True, blank=True)
    location_precision = models.PositiveSmallIntegerField(
        choices=LocationPrecision.choices, null=True, blank=True
    )

    perpetrators = models.ManyToManyField(
        Actor, through="IncidentPerpetrator", related_name="incidents", blank=True
    )
    motive = models.TextField(blank=True)
    claimed = models.BooleanField(null=True, blank=True)
    claim_mode = models.CharField(max_length=10, choices=ClaimMode.choices, blank=True)
    competing_claims = models.BooleanField(null=True, blank=True)
    attribution_uncertain = models.BooleanField(null=True, blank=True)

    # GTD inclusion criteria: political/economic/religious/social goal; intent to coerce or
    # intimidate a larger audience; outside international humanitarian law.
    criterion_political_goal = models.BooleanField(null=True, blank=True)
    criterion_coerce_audience = models.BooleanField(null=True, blank=True)
    criterion_outside_ihl = models.BooleanField(null=True, blank=True)
    doubt_terrorism_proper = models.BooleanField(null=True, blank=True)

    # GTD outcome: success is judged by the attack's tangible effects, not the perpetrators'
    # larger goals; suicide means a perpetrator did not intend to escape alive.
    successful = models.BooleanField(null=True, blank=True)
    suicide = models.BooleanField(null=True, blank=True)
    property_damaged = models.BooleanField(null=True, blank=True)
    property_damage_extent = models.PositiveSmallIntegerField(
        choices=PropertyDamageExtent.choices, null=True, blank=True
    )
    property_damage_value = models.PositiveBigIntegerField(
        null=True, blank=True, help_text="Direct damage in US dollars, when known (GTD propvalue)."
    )

    # UCDP GED: the kind of organised violence and the conflict and dyad it belongs to.
    violence_type = models.PositiveSmallIntegerField(
        choices=ViolenceType.choices, null=True, blank=True, db_index=True
    )
    conflict_new_id = models.PositiveIntegerField(
        null=True, blank=True, db_index=True, help_text="UCDP conflict id (conflict_new_id)."
    )
    conflict_name = models.CharField(max_length=500, blank=True)
    dyad_new_id = models.PositiveIntegerField(
        null=True, blank=True, help_text="UCDP dyad id (dyad_new_id)."
    )
    dyad_name = models.CharField(max_length=500, blank=True)

    killed_low = models.PositiveIntegerField(null=True, blank=True)
    killed_best = models.PositiveIntegerField(null=True, blank=True, db_index=True)
    killed_high = models.PositiveIntegerField(null=True, blank=True)
    injured_low = models.PositiveIntegerField(null=True, blank=True)
    injured_best = models.PositiveIntegerField(null=True, blank=True)
    injured_high = models.PositiveIntegerField(null=True, blank=True)
    estimate_is_curated = models.BooleanField(
        default=False,
        help_text="Set by a curator; otherwise derived from the accepted figures.",
    )

    # Identity in a reference dataset, so that re-importing a release updates, never duplicates.
    external_system = models.CharField(max_length=10, choices=ExternalSystem.choices, blank=True)
    external_id = models.CharField(max_length=40, blank=True)
    imported_from = models.ForeignKey(
        Source,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="imported_incidents",
        help_text="The dataset file this incident was last written from.",
    )
    # Hash of the normalised imported row: an unchanged row is skipped, keeping curators' edits.
    import_fingerprint = models.CharField(max_length=64, blank=True, editable=False)

    history = HistoricalRecords(m2m_fields=[])

    class Meta:
        ordering = ["-start_date", "-id"]
        indexes = [
            models.Index(fields=["country", "start_date"]),
            models.Index(fields=["estimate_is_curated", "id"]),
            models.Index(fields=["date_precision", "id"]),
        ]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(date_precision__in=DatePrecision.values),
                name="incident_date_precision_valid",
            ),
            models.CheckConstraint(
                condition=models.Q(end_date__isnull=True)
                | models.Q(start_date__isnull=True)
                | models.Q(end_date__gte=models.F("start_date")),
                name="incident_ends_after_start",
            ),
            models.CheckConstraint(
                condition=models.Q(latitude__isnull=True)
                | models.Q(latitude__gte=-90, latitude__lte=90),
                name="incident_latitude_range",
            ),
            models.CheckConstraint(
                condition=models.Q(longitude__isnull=True)
                | models.Q(longitude__gte=-180, longitude__lte=180),
                name="incident_longitude_range",
            ),
            _ordered_triple("killed"),
            _ordered_triple("injured"),
            models.UniqueConstraint(
                fields=["external_system", "external_id"],
                condition=~models.Q(external_id=""),
                name="incident_external_id_unique",
            ),
            models.CheckConstraint(
                condition=models.Q(external_system__in=[*ExternalSystem.values, ""]),
                name="incident_external_system_valid",
            ),
            models.CheckConstraint(
                condition=models.Q(violence_type__isnull=True)
                | models.Q(violence_type__in=ViolenceType.values),
                name="incident_violence_type_valid",
            ),
            models.CheckConstraint(
                condition=models.Q(property_damage_extent__isnull=True)
                | models.Q(property_damage_extent__in=PropertyDamageExtent.values),
                name="incident_property_damage_extent_valid",
            ),
        ]

    def __str__(self) -> str:
        return self.name


class IncidentPerpetrator(models.Model):
    incident = models.ForeignKey(
        Incident, on_delete=models.CASCADE, related_name="perpetrator_links"
    )
    actor = models.ForeignKey(Actor, on_delete=models.PROTECT, related_name="perpetrator_links")
    role = models.CharField(max_length=10, choices=PerpetratorRole.choices)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["incident", "actor"], name="incident_perpetrator_unique"
            ),
            models.CheckConstraint(
                condition=models.Q(role__in=PerpetratorRole.values),
                name="perpetrator_role_valid",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.actor} ({self.get_role_display()})"


class IncidentRelation(models.Model):
    from_incident = models.ForeignKey(Incident, on_delete=models.CASCADE, related_name="relations")
    to_incident = models.ForeignKey(Incident, on_delete=models.CASCADE, related_name="+")
    kind = models.CharField(max_length=20, choices=RelationKind.choices)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["from_incident", "to_incident", "kind"],
                name="incident_relation_unique",
            ),
            models.CheckConstraint(
                condition=~models.Q(from_incident=models.F("to_incident")),
                name="incident_relation_not_self",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.from_incident} → {self.to_incident} ({self.get_kind_display()})"


class _IncidentCode(models.Model):
    """One GTD code on an incident; an incident may carry several of each vocabulary."""

    incident = models.ForeignKey(Incident, on_delete=models.CASCADE)

    class Meta:
        abstract = True


class IncidentAttackType(_IncidentCode):
    code = models.PositiveSmallIntegerField(choices=AttackType.choices, db_index=True)

    class Meta:
        default_related_name = "attack_types"
        constraints = [
            models.UniqueConstraint(
                fields=["incident", "code"], name="incident_attack_type_unique"
            ),
            models.CheckConstraint(
                condition=models.Q(code__in=AttackType.values), name="attack_type_valid"
            ),
        ]

    def __str__(self) -> str:
        return self.get_code_display()


class IncidentWeaponType(_IncidentCode):
    code = models.PositiveSmallIntegerField(choices=WeaponType.choices, db_index=True)

    class Meta:
        default_related_name = "weapon_types"
        constraints = [
            models.UniqueConstraint(
                fields=["incident", "code"], name="incident_weapon_type_unique"
            ),
            models.CheckConstraint(
                condition=models.Q(code__in=WeaponType.values), name="weapon_type_valid"
            ),
        ]

    def __str__(self) -> str:
        return self.get_code_display()


class IncidentTargetType(_IncidentCode):
    code = models.PositiveSmallIntegerField(choices=TargetType.choices, db_index=True)

    class Meta:
        default_related_name = "target_types"
        constraints = [
            models.UniqueConstraint(
                fields=["incident", "code"], name="incident_target_type_unique"
            ),
            models.CheckConstraint(
                condition=models.Q(code__in=TargetType.values), name="target_type_valid"
            ),
        ]

    def __str__(self) -> str:
        return self.get_code_display()
