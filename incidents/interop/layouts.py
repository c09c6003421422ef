"""What differs between the reference datasets, in one value per dataset, and their registry.

A new dataset (ACLED, say) is one module beside gtd.py and ucdp.py, with its columns and
its parse_row / format_row, and one Layout registered in LAYOUTS below: the import and
export services and commands take a layout by its name.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from incidents.interop import acled, gtd, headers, ucdp
from incidents.interop.records import IncidentRecord


@dataclass(frozen=True)
class Layout:
    system: str
    title: str
    publisher: str
    columns: tuple[str, ...]
    required_columns: tuple[str, ...]
    parse_row: Callable[[dict], IncidentRecord]
    format_row: Callable[[IncidentRecord], dict[str, str]]

    @property
    def extractor(self) -> str:
        """Marks the figures an import wrote, so a re-import replaces only those."""
        return f"import_{self.system}"

    @property
    def id_column(self) -> str:
        """The column of a row's id in its dataset: the first required column."""
        return self.required_columns[0]


GTD = Layout(
    system=gtd.SYSTEM,
    title="Global Terrorism Database",
    publisher="START, University of Maryland",
    columns=headers.GTD_0919,
    required_columns=gtd.REQUIRED_COLUMNS,
    parse_row=gtd.parse_row,
    format_row=gtd.format_row,
)

UCDP = Layout(
    system=ucdp.SYSTEM,
    title="UCDP Georeferenced Event Dataset",
    publisher="Uppsala Conflict Data Program",
    columns=headers.GED_231,
    required_columns=ucdp.REQUIRED_COLUMNS,
    parse_row=ucdp.parse_row,
    format_row=ucdp.format_row,
)

ACLED = Layout(
    system=acled.SYSTEM,
    title="Armed Conflict Location & Event Data",
    publisher="ACLED",
    columns=acled.COLUMNS,
    required_columns=acled.REQUIRED_COLUMNS,
    parse_row=acled.parse_row,
    format_row=acled.format_row,
)

LAYOUTS: dict[str, Layout] = {layout.system: layout for layout in (GTD, UCDP, ACLED)}
