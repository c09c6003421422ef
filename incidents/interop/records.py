"""The layout-neutral form of one imported incident, shared by every dataset layout.

Parsers turn a file row into an `IncidentRecord`; exporters turn the database back into one
and format it. The record holds exactly what the database keeps, so its fingerprint tells
whether a re-imported row would change anything.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from functools import cached_property


@dataclass(frozen=True)
class Estimate:
    low: int | None = None
    best: int | None = None
    high: int | None = None


@dataclass(frozen=True)
class FigureRecord:
    """One reported figure; `kind` and `subgroup` take the FigureKind / Subgroup values."""

    kind: str
    value: int
    value_max: int | None = None
    subgroup: str = ""


@dataclass(frozen=True)
class Citation:
    """A cited text, the dataset column it came from (scite1, source_article, ...) and what it
    is (a SourceKind value)."""

    column: str
    text: str
    kind: str = "news_article"


@dataclass(frozen=True)
class SideRecord:
    """One side of a UCDP event; `role` and `kind` take the SideRole / SideKind values."""

    role: str
    kind: str
    name: str
    ucdp_actor_id: int | None = None


@dataclass(frozen=True)
class Named:
    """A dataset's numbered entity (a UCDP conflict or dyad): its id and its name."""

    id: int | None = None
    name: str = ""


@dataclass(frozen=True)
class PropertyDamage:
    """GTD property / propextent / propvalue; None where the codebook's marker says unknown."""

    damaged: bool | None = None
    extent: int | None = None
    value: int | None = None


@dataclass(frozen=True)
class IncidentRecord:
    system: str
    external_id: str
    name: str
    start_date: date | None = None
    end_date: date | None = None
    date_precision: str = "day"
    approximate_date: str = ""
    country: str = ""
    region: str = ""
    city: str = ""
    latitude: Decimal | None = None
    longitude: Decimal | None = None
    location_precision: int | None = None
    attack_types: tuple[int, ...] = ()
    weapon_types: tuple[int, ...] = ()
    target_types: tuple[int, ...] = ()
    perpetrators: tuple[str, ...] = ()
    perpetrator_role: str = "suspected"
    claimed: bool | None = None
    claim_mode: str = ""
    summary: str = ""
    motive: str = ""
    criteria: tuple[bool | None, bool | None, bool | None] = (None, None, None)
    doubt_terrorism_proper: bool | None = None
    killed: Estimate = field(default_factory=Estimate)
    injured: Estimate = field(default_factory=Estimate)
    figures: tuple[FigureRecord, ...] = ()
    related: tuple[str, ...] = ()
    citations: tuple[Citation, ...] = ()
    successful: bool | None = None
    suicide: bool | None = None
    property_damage: PropertyDamage = field(default_factory=PropertyDamage)
    violence_type: int | None = None
    conflict: Named = field(default_factory=Named)
    dyad: Named = field(default_factory=Named)
    sides: tuple[SideRecord, ...] = ()

    @property
    def slug(self) -> str:
        return re.sub(r"[^a-z0-9_-]+", "-", f"{self.system}-{self.external_id}".lower())

    @cached_property
    def fingerprint(self) -> str:
        """A digest of everything the database keeps from the row.

        The dataclass repr names every field and nests the value types' own reprs
        (Decimal('1.500000'), datetime.date(...)), so equal records give equal digests.
        """
        return hashlib.sha256(repr(self).encode("utf-8")).hexdigest()
