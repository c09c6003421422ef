from django.conf import settings
from django.contrib import admin
from django.urls import include, path
from django.views.generic import RedirectView

urlpatterns = [
    path("", RedirectView.as_view(url="/admin/", permanent=False)),
    path("admin/", admin.site.urls),
    path("api/v1/", include("incidents.api.urls")),
]

handler404 = "incidents.api.views.not_found"

if settings.API_BENCH_FLOOR:
    from incidents.api.floor import incident_page_floor

    urlpatterns.append(path("bench/floor/incidents/", incident_page_floor))
