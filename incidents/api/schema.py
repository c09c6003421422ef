"""OpenAPI documentation of what the views take and answer beyond what DRF infers."""

from collections.abc import Callable

from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema, extend_schema_view
from rest_framework.renderers import BrowsableAPIRenderer

from incidents.api.filters import PARAMETER_MAX_LENGTH
from incidents.api.permissions import REVIEW_SCOPES, STATUS_PARAM
from incidents.api.renderers import ZipRenderer
from incidents.api.serializers import ReleaseSerializer

ERROR_RESPONSES = {
    "400": 'A bad parameter: the body names it, e.g. {"page_size": ["..."]}.',
    "403": "Credentials were sent but are invalid.",
    "429": "Too many requests from this address (anonymous rate limit).",
}
DETAIL_ERROR_RESPONSES = {"404": "No such record (or not visible to you)."}
# What GeoJSONRenderer writes: RFC 7946 points (longitude, latitude) of the records'
# fields, and the next page's URL on a list.
GEOJSON_FEATURE_COLLECTION = {
    "type": "object",
    "required": ["type", "features"],
    "properties": {
        "type": {"type": "string", "enum": ["FeatureCollection"]},
        "next": {"type": "string", "format": "uri"},
        "features": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["type", "id", "geometry", "properties"],
                "properties": {
                    "type": {"type": "string", "enum": ["Feature"]},
                    "id": {"type": "integer"},
                    "geometry": {
                        "type": "object",
                        "required": ["type", "coordinates"],
                        "properties": {
                            "type": {"type": "string", "enum": ["Point"]},
                            "coordinates": {
                                "type": "array",
                                "items": {"type": "number"},
                                "minItems": 2,
                                "maxItems": 2,
                            },
                        },
                    },
                    "properties": {"type": "object", "additionalProperties": True},
                },
            },
        },
    },
}
GEOJSON_MEDIA_TYPE = "application/geo+json"
# The views refuse a NUL byte in any parameter (views._refuse_nul_bytes).
NO_NUL_BYTE = "^[^\\x00]*$"
ERROR_BODY = {
    "application/json": {
        "schema": {"type": "object", "additionalProperties": True},
    }
}


def _status_parameter() -> OpenApiParameter:
    return OpenApiParameter(
        STATUS_PARAM,
        OpenApiTypes.STR,
        enum=list(REVIEW_SCOPES),
        description=(
            "Review status of the facts shown (figures, statements, suspects, legal history). "
            "Default accepted. The other values are for staff, and listed only in the schema "
            "staff are served: anyone else gets 400 for them."
        ),
    )


def _ordering_parameter(fields: tuple[str, ...], default: str) -> OpenApiParameter:
    return OpenApiParameter(
        "ordering",
        OpenApiTypes.STR,
        enum=[name for field in fields for name in (field, f"-{field}")],
        description=(
            f"Sort order (default {default}); '-' descends. Ties are broken by id, in the "
            "same direction. Descending puts unknown values first, ascending last."
        ),
    )


def _format_parameter(formats: tuple[str, ...]) -> OpenApiParameter:
    return OpenApiParameter(
        "format",
        OpenApiTypes.STR,
        enum=list(formats),
        description="Response format (default json). csv: flat columns, lists joined by '; '.",
    )


def read_only_resource(view: type) -> type:
    """Document a read-only viewset's parameters from the viewset itself.

    The orderings and formats come from its ordering_fields, default_ordering and
    renderer_classes (less the HTML page for browsers), so the schema cannot promise what
    the view does not accept.
    """
    formats = tuple(
        renderer.format
        for renderer in view.renderer_classes
        if not issubclass(renderer, BrowsableAPIRenderer)
    )
    list_parameters = [
        _status_parameter(),
        _ordering_parameter(view.ordering_fields, view.default_ordering),
        _format_parameter(formats),
    ]
    return extend_schema_view(
        list=extend_schema(parameters=list_parameters),
        retrieve=extend_schema(parameters=[_status_parameter(), _format_parameter(formats)]),
    )(view)


def removal_feed() -> Callable:
    return extend_schema_view(
        list=extend_schema(
            summary="Records removed from the published data since a time",
            description=(
                "Tombstones for incremental sync: delete these ids from your mirror, then fetch "
                "the lists with ?updated_since= for additions and changes."
            ),
            parameters=[
                _ordering_parameter(("removed_at", "id"), "removed_at"),
                _format_parameter(("json", "csv")),
            ],
        )
    )


def release_catalogue() -> Callable:
    return extend_schema_view(
        list=extend_schema(
            summary="The published data releases, newest first",
            responses=ReleaseSerializer(many=True),
        ),
        retrieve=extend_schema(summary="One data release", responses=ReleaseSerializer),
        download=extend_schema(
            summary="The zipped Frictionless Data Package of one release",
            description=(
                "Tables as CSV with their schemas (datapackage.json), a codebook (README.md), "
                "CHANGELOG.md, CITATION.cff and SHA256SUMS. Its SHA-256 is the release's sha256."
            ),
            responses={(200, ZipRenderer.media_type): OpenApiTypes.BINARY},
        ),
    )


def document_public_reads(result: dict, generator, request, public) -> dict:
    """Postprocessing hook: every operation is open to anonymous users (PublicReadOnly, which
    drf-spectacular does not recognise) and documents its error responses."""
    for path, operations in result.get("paths", {}).items():
        for operation in operations.values():
            security = operation.setdefault("security", [])
            if {} not in security:
                security.append({})
            documented = operation.setdefault("responses", {})
            errors = dict(ERROR_RESPONSES)
            if "{" in path:  # a record by its id or a release by its version
                errors.update(DETAIL_ERROR_RESPONSES)
            for code, description in errors.items():
                documented.setdefault(code, {"description": description, "content": ERROR_BODY})
    return result


def document_what_the_views_enforce(result: dict, generator, request, public) -> dict:
    """Postprocessing hook: the parameter limits the views enforce, stated in the schema.

    Text parameters are at most PARAMETER_MAX_LENGTH characters without a NUL byte, the
    cursor is never empty, and `status` offers its staff-only values only to staff.
    """
    staff = request is None or request.user.is_staff  # None: `manage.py spectacular`
    for operations in result.get("paths", {}).values():
        for operation in operations.values():
            for parameter in operation.get("parameters", []):
                if parameter["in"] == "query":
                    _limit_query_parameter(parameter, staff=staff)
            _document_geojson(operation)
    return result


def _limit_query_parameter(parameter: dict, *, staff: bool) -> None:
    schema = parameter["schema"]
    if parameter["name"] == STATUS_PARAM and not staff:
        schema["enum"] = ["accepted"]
    if schema.get("type") != "string" or "enum" in schema or "format" in schema:
        return
    schema["pattern"] = NO_NUL_BYTE
    if parameter["name"] == "cursor":
        schema["minLength"] = 1
    else:
        schema["maxLength"] = PARAMETER_MAX_LENGTH


def _document_geojson(operation: dict) -> None:
    content = operation.get("responses", {}).get("200", {}).get("content", {})
    if GEOJSON_MEDIA_TYPE in content:
        content[GEOJSON_MEDIA_TYPE] = {"schema": GEOJSON_FEATURE_COLLECTION}
