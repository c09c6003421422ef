"""Benchmark floor: the incident page as bare `.values()` JSON. Mounted only if API_BENCH_FLOOR.

The same rows and columns as /api/v1/incidents/?country=..., without what the API adds
(filter validation, cursor, attack types and perpetrators, errors naming parameters).
"""

from django.http import JsonResponse

from incidents.models import Incident
from incidents.selectors.querysets import INCIDENT_LIST_FIELDS


def incident_page_floor(request) -> JsonResponse:
    incidents = Incident.objects.order_by("-start_date", "-id")
    country = request.GET.get("country")
    if country:
        incidents = incidents.filter(country=country)
    return JsonResponse({"results": list(incidents.values(*INCIDENT_LIST_FIELDS)[:50])})
