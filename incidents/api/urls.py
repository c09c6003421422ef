"""/api/v1/: the read-only resources, the change feed, and the OpenAPI schema with its UIs."""

from django.urls import include, path
from rest_framework import routers
from rest_framework.renderers import JSONRenderer

from incidents.api import docs, views
from incidents.api.permissions import PublicReadOnly
from incidents.api.renderers import BrowsableRenderer


class APIRootView(views.ReadMethodsOnly, routers.APIRootView):
    permission_classes = [PublicReadOnly]
    renderer_classes = [JSONRenderer, BrowsableRenderer]


class Router(routers.DefaultRouter):
    APIRootView = APIRootView


router = Router()
router.register("incidents", views.IncidentViewSet, basename="incident")
router.register("casualty-figures", views.CasualtyFigureViewSet, basename="casualty-figure")
router.register("statements", views.StatementViewSet, basename="statement")
router.register("suspects", views.SuspectViewSet, basename="suspect")
router.register("sources", views.SourceViewSet, basename="source")
router.register("actors", views.ActorViewSet, basename="actor")
router.register("changes", views.ChangeViewSet, basename="change")
router.register("releases", views.ReleaseViewSet, basename="release")

app_name = "api"
urlpatterns = [
    path("schema/", docs.SchemaView.as_view(), name="schema"),
    path("docs/", docs.SwaggerView.as_view(url_name="api:schema"), name="docs"),
    path("redoc/", docs.RedocView.as_view(url_name="api:schema"), name="redoc"),
    path("redoc/redoc.standalone.js", docs.redoc_bundle, name="redoc-bundle"),
    path("", include(router.urls)),
]
