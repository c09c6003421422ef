"""/api/v1/: the read-only resources, the change feed, and the OpenAPI schema with its UIs."""

from django.urls import include, path
from drf_spectacular.views import SpectacularAPIView, SpectacularRedocView, SpectacularSwaggerView
from rest_framework import routers

from incidents.api import views
from incidents.api.permissions import PublicReadOnly


class APIRootView(views.ReadMethodsOnly, routers.APIRootView):
    permission_classes = [PublicReadOnly]


class SchemaView(views.ReadMethodsOnly, SpectacularAPIView):
    pass


class SwaggerView(views.ReadMethodsOnly, SpectacularSwaggerView):
    pass


class RedocView(views.ReadMethodsOnly, SpectacularRedocView):
    pass


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
    path("schema/", SchemaView.as_view(), name="schema"),
    path("docs/", SwaggerView.as_view(url_name="api:schema"), name="docs"),
    path(
        "redoc/",
        RedocView.as_view(url_name="api:schema", template_name="api/redoc.html"),
        name="redoc",
    ),
    path("", include(router.urls)),
]
