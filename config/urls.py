from django.contrib import admin
from django.http import HttpRequest, HttpResponseRedirect
from django.templatetags.static import static
from django.urls import include, path
from django.views.generic import RedirectView


def favicon(request: HttpRequest) -> HttpResponseRedirect:
    # Browsers ask for /favicon.ico on pages that link none (JSON, the schema's YAML).
    return HttpResponseRedirect(static("incidents/favicon.svg"))


urlpatterns = [
    path("", RedirectView.as_view(url="/admin/", permanent=False)),
    path("favicon.ico", favicon),
    # The start page and the review queue, ahead of the admin site's own pages.
    path("admin/", include("incidents.admin.urls")),
    path("admin/", admin.site.urls),
    path("api/v1/", include("incidents.api.urls")),
]

handler404 = "incidents.api.views.not_found"
handler403 = "incidents.admin.forbidden.permission_denied"
