"""Benchmark floor: the incident page as bare `.values()` JSON. Mounted only if API_BENCH_FLOOR."""

from django.http import JsonResponse

from incidents.models import Incident

FLOOR_FIELDS = ("id", "slug", "name", "start_date", "country", "city", "killed_best")


def incident_page_floor(request) -> JsonResponse:
    incidents = Incident.objects.order_by("-start_date", "-id")
    country = request.GET.get("country")
    if country:
        incidents = incidents.filter(country=country)
    return JsonResponse({"results": list(incidents.values(*FLOOR_FIELDS)[:50])})
