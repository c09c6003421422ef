"""Keyset (cursor) pagination: every page costs one indexed range scan, however deep.

DRF's CursorPagination keys on the first ordering field plus an offset, which breaks on
NULLs and degrades on long runs of equal values (many incidents share a date). Here the
cursor carries the last row's (sort value, id), and the next page starts strictly after it.
Descending orders put NULLs first and ascending ones last, PostgreSQL's own defaults, so a
plain b-tree index serves both directions.
"""

import base64
import binascii
import json
from collections import OrderedDict
from dataclasses import dataclass
from typing import Any

from django.core.exceptions import ValidationError as DjangoValidationError
from django.db.models import F, Q, QuerySet
from rest_framework.exceptions import ValidationError
from rest_framework.pagination import BasePagination
from rest_framework.response import Response
from rest_framework.utils.urls import replace_query_param

DEFAULT_PAGE_SIZE = 50
MAX_PAGE_SIZE = 500


@dataclass(frozen=True)
class SortKey:
    """One user-facing ordering: a model field, its direction, and `id` as the tiebreaker."""

    field: str
    descending: bool

    @classmethod
    def parse(cls, value: str) -> "SortKey":
        return cls(field=value.lstrip("-"), descending=value.startswith("-"))

    @property
    def name(self) -> str:
        return f"-{self.field}" if self.descending else self.field

    def order_by(self) -> list:
        if self.field == "id":
            return [F("id").desc() if self.descending else F("id").asc()]
        column = F(self.field)
        tiebreak = F("id")
        if self.descending:
            return [column.desc(nulls_first=True), tiebreak.desc()]
        return [column.asc(nulls_last=True), tiebreak.asc()]

    def after(self, value: Any, last_id: int) -> Q:
        """Rows strictly after (value, last_id) in this order."""
        id_after = Q(id__lt=last_id) if self.descending else Q(id__gt=last_id)
        if self.field == "id":
            return id_after
        null = Q(**{f"{self.field}__isnull": True})
        if value is None:
            return (null & id_after) | ~null if self.descending else null & id_after
        before, strictly = ("lte", "lt") if self.descending else ("gte", "gt")
        # The redundant `field <= value` lets the planner start the index scan at the cursor.
        bounded = Q(**{f"{self.field}__{before}": value}) & (
            Q(**{f"{self.field}__{strictly}": value}) | (Q(**{self.field: value}) & id_after)
        )
        return bounded if self.descending else bounded | null


class KeysetPagination(BasePagination):
    cursor_query_param = "cursor"
    page_size_query_param = "page_size"

    def paginate_queryset(self, queryset: QuerySet, request, view=None) -> list:
        self.request = request
        self.page_size = self.get_page_size(request)
        self.sort_key = SortKey.parse(view.get_ordering())
        queryset = queryset.order_by(*self.sort_key.order_by())
        position = self.decode_cursor(request, queryset.model)
        if position is not None:
            queryset = queryset.filter(self.sort_key.after(*position))
        rows = list(queryset[: self.page_size + 1])
        self.has_next = len(rows) > self.page_size
        self.page = rows[: self.page_size]
        return self.page

    def get_page_size(self, request) -> int:
        raw = request.query_params.get(self.page_size_query_param)
        if raw is None:
            return DEFAULT_PAGE_SIZE
        if not raw.isdecimal() or not 1 <= int(raw) <= MAX_PAGE_SIZE:
            raise ValidationError(
                {
                    self.page_size_query_param: (
                        f"page_size must be an integer from 1 to {MAX_PAGE_SIZE}, not {raw!r}."
                    )
                }
            )
        return int(raw)

    def decode_cursor(self, request, model) -> tuple[Any, int] | None:
        encoded = request.query_params.get(self.cursor_query_param)
        if encoded is None:
            return None
        try:
            state = json.loads(base64.urlsafe_b64decode(encoded.encode("ascii")))
            if state["o"] != self.sort_key.name or not _is_row_id(state["id"]):
                raise ValueError("the cursor belongs to another ordering")
            value = state["v"]
            if not _is_safe_value(value):
                raise ValueError("the cursor's value cannot be a sort value")
            if value is not None and self.sort_key.field != "id":
                value = model._meta.get_field(self.sort_key.field).to_python(value)
            return value, state["id"]
        except (
            ValueError,
            TypeError,
            KeyError,
            UnicodeError,
            binascii.Error,
            DjangoValidationError,
        ):
            raise ValidationError(
                {
                    self.cursor_query_param: (
                        "cursor is malformed: use the `next` link of a previous page unchanged."
                    )
                }
            ) from None

    def encode_cursor(self, row: Any) -> str:
        value = _field_value(row, self.sort_key.field)
        state = {
            "o": self.sort_key.name,
            "v": None if value is None else _jsonable(value),
            "id": _field_value(row, "id"),
        }
        return base64.urlsafe_b64encode(json.dumps(state).encode()).decode("ascii")

    def get_next_link(self) -> str | None:
        if not self.has_next:
            return None
        url = self.request.build_absolute_uri()
        return replace_query_param(url, self.cursor_query_param, self.encode_cursor(self.page[-1]))

    def get_paginated_response(self, data) -> Response:
        next_link = self.get_next_link()
        headers = {"Link": f'<{next_link}>; rel="next"'} if next_link else {}
        return Response(OrderedDict([("next", next_link), ("results", data)]), headers=headers)

    def get_paginated_response_schema(self, schema: dict) -> dict:
        return {
            "type": "object",
            "required": ["next", "results"],
            "properties": {
                "next": {
                    "type": "string",
                    "nullable": True,
                    "format": "uri",
                    "description": "The next page, or null on the last page.",
                },
                "results": schema,
            },
        }

    def get_schema_operation_parameters(self, view) -> list[dict]:
        return [
            {
                "name": self.cursor_query_param,
                "required": False,
                "in": "query",
                "description": "Opaque position from the `next` link of the previous page.",
                "schema": {"type": "string"},
            },
            {
                "name": self.page_size_query_param,
                "required": False,
                "in": "query",
                "description": f"Rows per page, 1 to {MAX_PAGE_SIZE}; default {DEFAULT_PAGE_SIZE}.",
                "schema": {"type": "integer", "minimum": 1, "maximum": MAX_PAGE_SIZE},
            },
        ]


def _is_row_id(value: Any) -> bool:
    return type(value) is int and 0 <= value < 2**63


def _is_safe_value(value: Any) -> bool:
    """What a database accepts as a sort value: no NUL in text, integers in 32 bits."""
    if isinstance(value, str):
        return "\x00" not in value
    return value is None or (type(value) is int and 0 <= value < 2**31)


def _field_value(row: Any, field: str) -> Any:
    return row[field] if isinstance(row, dict) else getattr(row, field)


def _jsonable(value: Any) -> Any:
    return value if isinstance(value, int | str) else value.isoformat()
