"""Benchmark floor: the incident page as bare `.values()` JSON, for bench/api.py only.

The same rows and columns as /api/v1/incidents/?country=..., without what the API adds
(filter validation, cursor, attack types and perpetrators, errors naming parameters).
Mounted at /bench/floor/incidents/ beside the project's URLs by bench/floor_settings.py,
which the benchmark's gunicorn runs with; the application never serves it.
"""

from django.http import JsonResponse
from django.urls import path

from config import urls as project_urls
from incidents.models import Incident
from incidents.selectors.querysets import INCIDENT_LIST_FIELDS


def incident_page_floor(request) -> JsonResponse:
    incidents = Incident.objects.order_by("-start_date", "-id")
    country = request.GET.get("country")
    if country:
        incidents = incidents.filter(country=country)
    return JsonResponse({"results": list(incidents.values(*INCIDENT_LIST_FIELDS)[:50])})


handler404 = project_urls.handler404
urlpatterns = [
    *project_urls.urlpatterns,
    path("bench/floor/incidents/", incident_page_floor),
]
