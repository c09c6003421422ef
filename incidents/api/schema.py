"""OpenAPI documentation of what the views take and answer beyond what DRF infers."""

from collections.abc import Callable

from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema, extend_schema_view

from incidents.api.permissions import REVIEW_SCOPES, STATUS_PARAM

ERROR_RESPONSES = {
    "400": 'A bad parameter: the body names it, e.g. {"page_size": ["..."]}.',
    "403": "Credentials were sent but are invalid.",
    "429": "Too many requests from this address (anonymous rate limit).",
}
DETAIL_ERROR_RESPONSES = {"404": "No such record (or not visible to you)."}
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
            "Default accepted. Other values are for staff only: anyone else gets 400."
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
    renderer_classes, so the schema cannot promise what the view does not accept.
    """
    formats = tuple(renderer.format for renderer in view.renderer_classes)
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
            if "{id}" in path:
                errors.update(DETAIL_ERROR_RESPONSES)
            for code, description in errors.items():
                documented.setdefault(code, {"description": description, "content": ERROR_BODY})
    return result
