import re
import unicodedata

from django.db import models
from simple_history.models import HistoricalRecords

from incidents.models.base import TimestampedModel
from incidents.models.vocabularies import ActorKind


def alias_key(name: str) -> str:
    """The form aliases are matched on: case, accents, dashes and spacing ignored."""
    decomposed = unicodedata.normalize("NFKD", name)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    plain = re.sub(r"[\u2010-\u2015\-]+", "-", plain.strip())
    plain = re.sub(r"\s*-\s*", "-", plain)
    return re.sub(r"\s+", " ", plain).casefold()


class ActorQuerySet(models.QuerySet):
    def resolve(self, name: str) -> "Actor | None":
        """The actor that `name` names, by canonical name or alias."""
        key = alias_key(name)
        return (
            self.filter(models.Q(name_key=key) | models.Q(aliases__alias_key=key))
            .distinct()
            .first()
        )


class Actor(TimestampedModel):
    """An organisation, state body, media outlet or person that acts or speaks."""

    kind = models.CharField(
        max_length=20, choices=ActorKind.choices, default=ActorKind.OTHER
    )
    name = models.CharField(max_length=200, unique=True)
    name_key = models.CharField(max_length=200, unique=True, editable=False)
    parent = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="branches",
    )
    description = models.TextField(blank=True)

    objects = ActorQuerySet.as_manager()
    history = HistoricalRecords()

    class Meta:
        ordering = ["name"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(kind__in=ActorKind.values), name="actor_kind_valid"
            ),
        ]

    def __str__(self) -> str:
        return self.name

    def save(self, *args, **kwargs) -> None:
        self.name_key = alias_key(self.name)
        super().save(*args, **kwargs)


class ActorAlias(models.Model):
    actor = models.ForeignKey(Actor, on_delete=models.CASCADE, related_name="aliases")
    alias = models.CharField(max_length=200)
    # Unique across actors, so that an alias always resolves to one actor.
    alias_key = models.CharField(max_length=200, unique=True, editable=False)

    class Meta:
        verbose_name_plural = "actor aliases"

    def __str__(self) -> str:
        return self.alias

    def save(self, *args, **kwargs) -> None:
        self.alias_key = alias_key(self.alias)
        super().save(*args, **kwargs)
