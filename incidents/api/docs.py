"""The OpenAPI schema and its readers (Swagger UI, ReDoc), every asset served from here.

The readers come from drf-spectacular-sidecar, installed with the app. ReDoc's bundle
hard-codes one outside address, the logo beside "API docs by Redocly" in its sidebar,
which a browser would fetch on every visit: the bundle is served by a view that points
it at an empty image instead, so reading the docs sends nothing to another host.
"""

from functools import cache

from django.contrib.staticfiles import finders
from django.http import HttpRequest, HttpResponse
from django.templatetags.static import static
from django.urls import reverse
from django.views.decorators.gzip import gzip_page
from django.views.decorators.http import require_safe
from drf_spectacular.views import SpectacularAPIView, SpectacularRedocView, SpectacularSwaggerView

from incidents.api.views import ReadMethodsOnly

FAVICON = "incidents/favicon.svg"
REDOC_BUNDLE = "drf_spectacular_sidecar/redoc/bundles/redoc.standalone.js"
REDOC_LOGO = "https://cdn.redoc.ly/redoc/logo-mini.svg"
# An empty data URL fails to decode, and ReDoc drops an image that fails (its onError).
NO_IMAGE = "data:,"


class SchemaView(ReadMethodsOnly, SpectacularAPIView):
    pass


class SwaggerView(ReadMethodsOnly, SpectacularSwaggerView):
    @staticmethod
    def _swagger_ui_favicon() -> str:
        return static(FAVICON)


class RedocView(ReadMethodsOnly, SpectacularRedocView):
    template_name = "api/redoc.html"

    @staticmethod
    def _redoc_standalone() -> str:
        return reverse("api:redoc-bundle")


@require_safe
@gzip_page
def redoc_bundle(request: HttpRequest) -> HttpResponse:
    """ReDoc's standalone bundle as installed, its one outside address replaced.

    Served by Django rather than the static files' server, so compressed here: 1.1 MB
    becomes 0.3 MB, and browsers keep it for a day.
    """
    response = HttpResponse(_local_redoc_bundle(), content_type="text/javascript; charset=utf-8")
    response["Cache-Control"] = "public, max-age=86400"
    return response


@cache
def _local_redoc_bundle() -> bytes:
    with open(finders.find(REDOC_BUNDLE), encoding="utf-8") as bundle:
        return bundle.read().replace(REDOC_LOGO, NO_IMAGE).encode()
