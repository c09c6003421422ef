"""Server time of the curation admin's pages on the data already in DATABASE_URL.

    DATABASE_URL=postgres://... python bench/admin.py [--runs 5]
    DATABASE_URL=postgres://... python bench/admin.py --big-incident 500 [--runs 5]

Generate the data first (e.g. `manage.py generate_dataset --incidents 200000`). Each page is
requested in-process through Django's test client as a superuser (no network, no browser),
once to warm caches and then --runs times; the median and worst time, the query count and
the size of the HTML are printed. Budget: every page under 500 ms.

--big-incident N builds (once) an incident with N casualty figures and N statements, each
quoted from one of 25 sources, and measures only its page: the incident page's own budget
is 300 ms and 200 KB at N = 500, and its change form must post fewer than 1,000 fields.
"""

import argparse
import os
import statistics
import sys
import time
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")

import django

django.setup()

from django.contrib.auth import get_user_model  # noqa: E402
from django.db import connection, reset_queries  # noqa: E402
from django.db.models import Count  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from django.urls import reverse  # noqa: E402

from bench.big_incident import BIG_INCIDENT_BUDGET, big_incident, big_incident_pages  # noqa: E402
from incidents.models import CasualtyFigure, Incident, Source  # noqa: E402

BUDGET_MS = 500


@dataclass(frozen=True)
class Timing:
    label: str
    url: str
    median_ms: float
    worst_ms: float
    queries: int
    status: int
    kilobytes: float
    # This process's CPU time: steadier than wall time when other jobs share the cores.
    cpu_ms: float


def pages() -> list[tuple[str, str]]:
    """The changelists (plain, filtered, searched, deep pages) and the heaviest detail pages."""
    busiest = (
        CasualtyFigure.objects.values("incident_id")
        .annotate(figures=Count("id"))
        .order_by("-figures")
        .values_list("incident_id", flat=True)[:1]
    )
    incident_id = (
        busiest[0]
        if busiest
        else Incident.objects.order_by("-pk").values_list("pk", flat=True).first()
    )
    source_id = Source.objects.order_by("-pk").values_list("pk", flat=True).first()
    figure_id = CasualtyFigure.objects.order_by("-pk").values_list("pk", flat=True).first()
    listed = [
        "casualtyfigure",
        "statement",
        "suspect",
        "suspectstatusevent",
        "incident",
        "source",
        "actor",
        "evidence",
        "recordremoval",
    ]
    result = [(f"{name} list", reverse(f"admin:incidents_{name}_changelist")) for name in listed]
    figures = reverse("admin:incidents_casualtyfigure_changelist")
    incidents = reverse("admin:incidents_incident_changelist")
    result += [
        ("figures, all statuses", f"{figures}?status=all"),
        ("figures, accepted killed", f"{figures}?status=accepted&kind__exact=killed"),
        ("figures, page 200", f"{figures}?status=all&p=200"),
        ("figures of one incident", f"{figures}?status=all&incident={incident_id}"),
        ("figures cited by one source", f"{figures}?status=all&source={source_id}"),
        ("figures by extractor", f"{figures}?status=all&extractor=synthetic"),
        ("figures, search incident name", f"{figures}?status=all&q=attack"),
        ("incidents, search", f"{incidents}?q=bomb"),
        ("incidents, curated estimate", f"{incidents}?estimate_is_curated__exact=1"),
        ("incidents, attack type", f"{incidents}?attack_types__code=3"),
        ("sources, search", f"{reverse('admin:incidents_source_changelist')}?q=reuters"),
        ("actors, search", f"{reverse('admin:incidents_actor_changelist')}?q=state"),
        ("incident page", reverse("admin:incidents_incident_change", args=[incident_id])),
        (
            "incident page + proposed",
            reverse("admin:incidents_incident_change", args=[incident_id]) + "?proposed=1",
        ),
        ("figure page", reverse("admin:incidents_casualtyfigure_change", args=[figure_id])),
        ("source page", reverse("admin:incidents_source_change", args=[source_id])),
    ]
    return result


def bench_client() -> Client:
    user, _ = get_user_model().objects.get_or_create(
        username="bench-admin", defaults={"is_staff": True, "is_superuser": True}
    )
    client = Client(HTTP_HOST="localhost")
    client.force_login(user)
    return client


def measure(client: Client, label: str, url: str, runs: int) -> Timing:
    client.get(url)  # warm-up: template loading, connection, plan caches
    times, cpu_times = [], []
    for _ in range(runs):
        reset_queries()
        with CaptureQueriesContext(connection) as queries:
            started, cpu_started = time.perf_counter(), time.process_time()
            response = client.get(url)
            times.append((time.perf_counter() - started) * 1000)
            cpu_times.append((time.process_time() - cpu_started) * 1000)
    return Timing(
        label,
        url,
        statistics.median(times),
        max(times),
        len(queries),
        response.status_code,
        len(response.content) / 1024,
        statistics.median(cpu_times),
    )


def table(timings: list[Timing], budget_ms: int = BUDGET_MS, budget_kb: float | None = None) -> str:
    lines = [
        "| page | median ms | worst ms | median CPU ms | queries | KB | status |",
        "|---|---:|---:|---:|---:|---:|---|",
    ]
    for t in timings:
        within = t.worst_ms < budget_ms and t.status == 200
        within = within and (budget_kb is None or t.kilobytes < budget_kb)
        flag = "" if within else " **over budget**"
        lines.append(
            f"| {t.label} | {t.median_ms:.0f} | {t.worst_ms:.0f} | {t.cpu_ms:.0f} | {t.queries} "
            f"| {t.kilobytes:.0f} | {t.status}{flag} |"
        )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument(
        "--big-incident",
        type=int,
        metavar="N",
        help="measure only the page of an incident with N figures and N statements",
    )
    args = parser.parse_args()
    counts = {m.__name__: m.objects.order_by().count() for m in (Incident, CasualtyFigure, Source)}
    print(f"database: {connection.vendor}; rows: {counts}")
    client = bench_client()
    if args.big_incident:
        incident = big_incident(args.big_incident)
        pages_of_it = big_incident_pages(client, incident)
        timings = [measure(client, label, url, args.runs) for label, url in pages_of_it]
        print(table(timings, BIG_INCIDENT_BUDGET.ms, BIG_INCIDENT_BUDGET.kilobytes))
        return
    timings = [measure(client, label, url, args.runs) for label, url in pages()]
    print(table(timings))


if __name__ == "__main__":
    main()
