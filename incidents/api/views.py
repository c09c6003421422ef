"""Read-only endpoints: thin; querysets come from incidents.selectors."""

import hashlib
import json
from collections.abc import Callable

from django.db.models import QuerySet
from django.http import FileResponse, Http404, HttpResponse, JsonResponse
from django.views.defaults import page_not_found
from django_filters.rest_framework import DjangoFilterBackend
from rest_framework import mixins, viewsets
from rest_framework.decorators import action
from rest_framework.exceptions import MethodNotAllowed, NotFound, ValidationError
from rest_framework.negotiation import BaseContentNegotiation, DefaultContentNegotiation
from rest_framework.renderers import JSONRenderer
from rest_framework.response import Response
from rest_framework.utils.encoders import JSONEncoder

from incidents import models
from incidents.api import filters, schema
from incidents.api import serializers as s
from incidents.api.incident_serializers import IncidentDetailSerializer, IncidentListSerializer
from incidents.api.pagination import KeysetPagination
from incidents.api.permissions import AnonymousRateThrottle, PublicReadOnly, review_statuses
from incidents.api.renderers import BrowsableRenderer, CSVRenderer, GeoJSONRenderer, ZipRenderer
from incidents.api.rows import (
    ACTOR_ROWS,
    FIGURE_ROWS,
    SOURCE_ROWS,
    STATEMENT_ROWS,
    SUSPECT_ROWS,
    RowShape,
    incident_rows,
)
from incidents.selectors import querysets, releases

READ_METHODS = ("GET", "HEAD", "OPTIONS")
BLANK_REFUSED = {"format", "status", "ordering", "cursor", "page_size"}
RECORD_PARAMETERS = {"format", "status"}


class ParameterNamingNegotiation(DefaultContentNegotiation):
    """An unknown ?format= is a bad parameter (400), not a missing page (DRF's 404)."""

    def select_renderer(self, request, renderers, format_suffix=None):
        try:
            return super().select_renderer(request, renderers, format_suffix)
        except Http404:
            known = ", ".join(renderer.format for renderer in renderers)
            raise ValidationError({"format": f"format must be one of {known}."}) from None


class FirstRendererNegotiation(BaseContentNegotiation):
    """A file is served as what it is, whatever the client's Accept header prefers."""

    def select_parser(self, request, parsers):
        return parsers[0] if parsers else None

    def select_renderer(self, request, renderers, format_suffix=None):
        return renderers[0], renderers[0].media_type


def refuse_writes(request) -> None:
    # Before authentication, so a logged-in write gets 405 too rather than a CSRF 403.
    if request.method not in READ_METHODS:
        raise MethodNotAllowed(request.method)


class ReadMethodsOnly:
    """What every API view shares, the root and the docs too: reads only, errors in JSON."""

    def initial(self, request, *args, **kwargs) -> None:
        refuse_writes(request)
        self.refuse_bad_parameters(request)
        super().initial(request, *args, **kwargs)

    def refuse_bad_parameters(self, request) -> None:
        """Raise ValidationError for a query parameter this view cannot take."""

    def handle_exception(self, exc) -> Response:
        # Errors are JSON whatever format was asked for: a CSV of an error helps nobody, and
        # an HTML page of one would authenticate the request (CSRF) while rendering it.
        self.request.accepted_renderer = JSONRenderer()
        self.request.accepted_media_type = JSONRenderer.media_type
        return super().handle_exception(exc)


class PublicReadView(ReadMethodsOnly, viewsets.GenericViewSet):
    """What every endpoint shares: reads only, explicit permission, throttle, keyset pages."""

    permission_classes = [PublicReadOnly]
    throttle_classes = [AnonymousRateThrottle]
    pagination_class = KeysetPagination
    filter_backends = [DjangoFilterBackend]
    # JSON first: the answer for clients that ask for nothing in particular.
    renderer_classes = [JSONRenderer, CSVRenderer, BrowsableRenderer]
    content_negotiation_class = ParameterNamingNegotiation
    lookup_value_regex = r"[0-9]{1,18}"
    ordering_fields: tuple[str, ...] = ("id", "updated_at")
    default_ordering = "id"
    # Replaced per request in initial(); this default serves schema generation.
    review_statuses = querysets.ACCEPTED_ONLY

    def initial(self, request, *args, **kwargs) -> None:
        super().initial(request, *args, **kwargs)
        self.review_statuses = review_statuses(request)

    def refuse_bad_parameters(self, request) -> None:
        _refuse_repeated_parameters(request)
        _refuse_nul_bytes(request)
        _refuse_long_values(request)
        _refuse_unknown_parameters(request, self._known_parameters())
        _refuse_blank_values(
            request, filters.typed_parameters(self.filterset_class) | BLANK_REFUSED
        )

    def _known_parameters(self) -> set[str]:
        if self.action == "list":
            return set(self.filterset_class.base_filters) | BLANK_REFUSED
        return RECORD_PARAMETERS

    def get_ordering(self) -> str:
        ordering = self.request.query_params.get("ordering", self.default_ordering)
        if ordering.removeprefix("-") not in self.ordering_fields:
            choices = ", ".join(self.ordering_fields)
            raise ValidationError(
                {"ordering": f"ordering must be one of {choices}, each optionally with '-'."}
            )
        return ordering


class ReadOnlyViewSet(mixins.ListModelMixin, PublicReadView):
    # Lists are pages of .values() rows shaped like the serializer (rows.py); a record is
    # serialized. No docstring: drf-spectacular would publish it as every list's description
    # (it reads docstrings up to the first DRF class in the MRO, here ListModelMixin).
    list_rows: RowShape

    def list(self, request, *args, **kwargs) -> Response:
        shape = self.get_list_rows()
        rows = self.paginate_queryset(shape.rows_of(self.filter_queryset(self.get_queryset())))
        return self.get_paginated_response(shape.represent(rows, statuses=self.review_statuses))

    def get_list_rows(self) -> RowShape:
        return self.list_rows

    def retrieve(self, request, *args, **kwargs) -> Response:
        """The record with an ETag of its representation; a matching If-None-Match answers 304."""
        data = self.get_serializer(self.get_object()).data
        etag = _etag(data, request.accepted_renderer.format)
        headers = {"ETag": etag, "Vary": "Accept, Cookie"}
        requested = _requested_etags(request)
        # "*" matches any current representation (RFC 9110, 13.1.2): the record exists.
        if etag in requested or "*" in requested:
            return Response(status=304, headers=headers)
        return Response(data, headers=headers)


class FactViewSet(ReadOnlyViewSet):
    # Facts carry a review status: their selectors keep the statuses this request may see.
    # (A comment, not a docstring, for the reason given on ReadOnlyViewSet.)
    list_selector: Callable[..., QuerySet]
    detail_selector: Callable[..., QuerySet]

    def get_queryset(self) -> QuerySet:
        select = self.detail_selector if self.action == "retrieve" else self.list_selector
        return select(statuses=self.review_statuses)


def _refuse_repeated_parameters(request) -> None:
    # Every parameter takes one value; with two, a filter would silently use one of them.
    for name, values in request.query_params.lists():
        if len(values) > 1:
            raise ValidationError({name: f"{name} is given {len(values)} times; give it once."})


def _refuse_nul_bytes(request) -> None:
    for name, values in request.query_params.lists():
        if any("\x00" in value for value in values) or "\x00" in name:
            raise ValidationError({name: f"{name!r} contains a NUL byte."})


def _refuse_long_values(request) -> None:
    # The cursor is exempt: it is ours, and carries a sort value that may be a long name.
    limit = filters.PARAMETER_MAX_LENGTH
    for name, values in request.query_params.lists():
        if name != "cursor" and any(len(value) > limit for value in values):
            raise ValidationError({name: f"{name} must be at most {limit} characters long."})


def _refuse_unknown_parameters(request, known: set[str]) -> None:
    # A misspelt filter (?country_code=RU) would otherwise be ignored silently, and the
    # client would take the unfiltered list for the filtered one.
    unknown = sorted(set(request.query_params) - known)
    if unknown:
        raise ValidationError(
            {name: f"{name} is not a parameter here; see /api/v1/docs/." for name in unknown}
        )


def _refuse_blank_values(request, names: set[str]) -> None:
    # django-filter reads `?date_from=` as no filter; a client that sent it meant something.
    for name in names:
        if request.query_params.get(name) == "":
            raise ValidationError({name: f"{name} is empty; give a value or leave it out."})


def _etag(data, renderer_format: str) -> str:
    body = json.dumps(data, cls=JSONEncoder, sort_keys=True, ensure_ascii=False)
    digest = hashlib.blake2b(f"{renderer_format}\n{body}".encode(), digest_size=16)
    return f'"{digest.hexdigest()}"'


def _requested_etags(request) -> set[str]:
    header = request.headers.get("If-None-Match", "")
    return {tag.strip().removeprefix("W/") for tag in header.split(",") if tag.strip()}


@schema.read_only_resource
class IncidentViewSet(ReadOnlyViewSet):
    queryset = models.Incident.objects.none()  # for schema introspection only
    filterset_class = filters.IncidentFilter
    renderer_classes = [JSONRenderer, CSVRenderer, GeoJSONRenderer, BrowsableRenderer]
    ordering_fields = ("start_date", "killed_best", "updated_at", "id")
    default_ordering = "-start_date"

    def get_list_rows(self) -> RowShape:
        return incident_rows()

    def get_queryset(self):
        if self.action == "retrieve":
            return querysets.incident_detail(statuses=self.review_statuses)
        incidents = querysets.incident_list()
        renderer = getattr(self.request, "accepted_renderer", None)
        if renderer and renderer.format == GeoJSONRenderer.format:
            incidents = incidents.filter(latitude__isnull=False, longitude__isnull=False)
        return incidents

    def get_serializer_class(self):
        if self.action == "retrieve":
            return IncidentDetailSerializer
        return IncidentListSerializer


@schema.read_only_resource
class CasualtyFigureViewSet(FactViewSet):
    queryset = models.CasualtyFigure.objects.none()  # for schema introspection only
    serializer_class = s.FigureSerializer
    filterset_class = filters.FigureFilter
    ordering_fields = ("reported_on", "updated_at", "id")
    list_rows = FIGURE_ROWS
    list_selector = staticmethod(querysets.figure_list)
    detail_selector = staticmethod(querysets.figure_detail)


@schema.read_only_resource
class StatementViewSet(FactViewSet):
    queryset = models.Statement.objects.none()  # for schema introspection only
    serializer_class = s.StatementSerializer
    filterset_class = filters.StatementFilter
    ordering_fields = ("made_on", "updated_at", "id")
    list_rows = STATEMENT_ROWS
    list_selector = staticmethod(querysets.statement_list)
    detail_selector = staticmethod(querysets.statement_detail)


@schema.read_only_resource
class SuspectViewSet(FactViewSet):
    queryset = models.Suspect.objects.none()  # for schema introspection only
    serializer_class = s.SuspectSerializer
    filterset_class = filters.SuspectFilter
    ordering_fields = ("updated_at", "id")
    list_rows = SUSPECT_ROWS
    list_selector = staticmethod(querysets.suspect_list)
    detail_selector = staticmethod(querysets.suspect_detail)


@schema.read_only_resource
class SourceViewSet(ReadOnlyViewSet):
    queryset = models.Source.objects.none()  # for schema introspection only
    filterset_class = filters.SourceFilter
    ordering_fields = ("published_on", "updated_at", "id")
    list_rows = SOURCE_ROWS

    def get_queryset(self):
        return querysets.source_detail() if self.action == "retrieve" else querysets.source_list()

    def get_serializer_class(self):
        return s.SourceDetailSerializer if self.action == "retrieve" else s.SourceSerializer


@schema.read_only_resource
class ActorViewSet(ReadOnlyViewSet):
    queryset = models.Actor.objects.none()  # for schema introspection only
    serializer_class = s.ActorSerializer
    filterset_class = filters.ActorFilter
    ordering_fields = ("name", "updated_at", "id")
    list_rows = ACTOR_ROWS

    def get_queryset(self):
        return querysets.actor_detail() if self.action == "retrieve" else querysets.actor_list()


@schema.removal_feed()
class ChangeViewSet(mixins.ListModelMixin, PublicReadView):
    """Records that left the published data: rejected, merged away or deleted."""

    serializer_class = s.RemovalSerializer
    filterset_class = filters.RemovalFilter
    ordering_fields = ("removed_at", "id")
    default_ordering = "removed_at"

    def get_queryset(self):
        return querysets.removal_list()


@schema.release_catalogue()
class ReleaseViewSet(ReadMethodsOnly, viewsets.ViewSet):
    """Versioned data releases: each a Frictionless Data Package of the accepted data."""

    permission_classes = [PublicReadOnly]
    throttle_classes = [AnonymousRateThrottle]
    renderer_classes = [JSONRenderer, BrowsableRenderer]
    lookup_field = "version"
    lookup_value_regex = releases.VERSION_PATTERN

    def refuse_bad_parameters(self, request) -> None:
        _refuse_unknown_parameters(request, set())

    def list(self, request) -> Response:
        found = releases.release_list()
        return Response(s.ReleaseSerializer(found, many=True, context={"request": request}).data)

    def retrieve(self, request, version: str) -> Response:
        release = self._release(version)
        return Response(s.ReleaseSerializer(release, context={"request": request}).data)

    @action(
        detail=True,
        renderer_classes=[ZipRenderer],
        content_negotiation_class=FirstRendererNegotiation,
    )
    def download(self, request, version: str) -> FileResponse:
        release = self._release(version)
        return FileResponse(
            release.archive.open("rb"),
            as_attachment=True,
            filename=release.archive.name,
            content_type=ZipRenderer.media_type,
        )

    def _release(self, version: str) -> releases.Release:
        release = releases.release_find(version)
        if release is None:
            raise NotFound(f"No release {version}; /api/v1/releases/ lists them.")
        return release


def not_found(request, exception=None) -> HttpResponse:
    """404 for URLs no route matches: JSON under /api/, Django's page elsewhere."""
    if request.path.startswith("/api/"):
        return JsonResponse({"detail": "Not found."}, status=404)
    return page_not_found(request, exception)
