"""CSV and GeoJSON renderings of list pages, and the HTML page for browsers; JSON is DRF's own."""

import csv
import io
import json
from collections.abc import Iterator, Mapping
from typing import Any

from rest_framework.renderers import BaseRenderer, BrowsableAPIRenderer, JSONRenderer
from rest_framework.utils.encoders import JSONEncoder

from incidents.spreadsheets import neutralise_formula

LIST_SEPARATOR = "; "


def rows_of(data: Any) -> list:
    """The records of a response: a page's results, a single object, or an error body."""
    if isinstance(data, Mapping) and "results" in data:
        return list(data["results"])
    return list(data) if isinstance(data, list) else [data]


def flatten(record: Mapping, prefix: str = "") -> dict[str, Any]:
    """Nested objects become `parent.child` columns; lists become one `; `-joined cell."""
    flat: dict[str, Any] = {}
    for key, value in record.items():
        column = f"{prefix}{key}"
        if isinstance(value, Mapping):
            flat.update(flatten(value, prefix=f"{column}."))
        elif isinstance(value, list | tuple):
            flat[column] = LIST_SEPARATOR.join(_cell_text(item) for item in value)
        else:
            flat[column] = value
    return flat


def _cell_text(item: Any) -> str:
    if isinstance(item, Mapping):
        return " ".join(str(v) for v in item.values() if v not in (None, ""))
    return str(item)


class CSVRenderer(BaseRenderer):
    """Flat columns, one row per record; the next page's URL is in the `Link` header."""

    media_type = "text/csv"
    format = "csv"
    charset = "utf-8"

    def render(self, data, accepted_media_type=None, renderer_context=None) -> bytes:
        if data is None:
            return b""
        rows = [flatten(row) for row in rows_of(data)]
        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, fieldnames=_columns(rows), extrasaction="ignore")
        writer.writeheader()
        for row in rows:
            writer.writerow({key: neutralise_formula(value) for key, value in row.items()})
        return buffer.getvalue().encode(self.charset)


def _columns(rows: list[dict]) -> list[str]:
    columns: dict[str, None] = {}
    for row in rows:
        columns.update(dict.fromkeys(row))
    return list(columns)


class GeoJSONRenderer(JSONRenderer):
    """A FeatureCollection of the records that have coordinates (RFC 7946: lon, lat)."""

    media_type = "application/geo+json"
    format = "geojson"

    def render(self, data, accepted_media_type=None, renderer_context=None) -> bytes:
        if data is None:
            return b""
        if isinstance(data, Mapping) and "results" not in data and "id" not in data:
            return super().render(data, accepted_media_type, renderer_context)  # an error
        collection = {
            "type": "FeatureCollection",
            "features": list(_features(rows_of(data))),
        }
        if isinstance(data, Mapping) and data.get("next"):
            collection["next"] = data["next"]
        return json.dumps(collection, cls=JSONEncoder, ensure_ascii=False).encode()


def _features(records: list[Mapping]) -> Iterator[dict]:
    for record in records:
        # A list row carries its coordinates at the top, the incident dossier in `location`.
        located = record["location"] if isinstance(record.get("location"), Mapping) else record
        latitude, longitude = located.get("latitude"), located.get("longitude")
        if latitude is None or longitude is None:
            continue
        properties = {k: v for k, v in record.items() if k not in ("latitude", "longitude")}
        yield {
            "type": "Feature",
            "id": record.get("id"),
            "geometry": {"type": "Point", "coordinates": [float(longitude), float(latitude)]},
            "properties": properties,
        }


class BrowsableRenderer(BrowsableAPIRenderer):
    """DRF's HTML page, for browsers (they ask for text/html); other clients get JSON.

    Never a documented format: the schema lists what scripts may ask for.
    """

    template = "api/browsable.html"


class ZipRenderer(BaseRenderer):
    """Names the media type of a zipped file that the view serves itself (a FileResponse)."""

    media_type = "application/zip"
    format = "zip"
    charset = None

    def render(self, data, accepted_media_type=None, renderer_context=None) -> bytes:
        return data if isinstance(data, bytes) else b""
