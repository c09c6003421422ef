"""API benchmark: latency and throughput of the incident list and detail under gunicorn.

Run against PostgreSQL with data already loaded (e.g. by `manage.py generate_dataset`):

    DATABASE_URL=postgres://... .venv/bin/python bench/api.py [--generate 20000]

--generate N bulk-inserts N incidents with 5 figures each first (a modest stand-in when no
dataset exists). Serves with gunicorn (2 workers) on 127.0.0.1, throttling off, with the
bench-only floor view (/bench/floor/incidents/: the same page as bare .values() JSON) mounted,
and persistent database connections (DB_CONN_MAX_AGE=60 unless set) as in production.
Load comes from wrk if installed, else from a bounded Python thread loop.
"""

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
HOST = f"127.0.0.1:{os.environ.get('API_BENCH_PORT', '18765')}"


def main() -> None:
    args = _arguments()
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    if args.generate:
        _generate(args.generate)
    if not args.skip_representation:
        _compare_serializers(args.country)
    detail = f"/api/v1/incidents/{_an_incident_with_figures()}/"
    listing = f"/api/v1/incidents/?country={args.country}&page_size=50"
    floor = f"/bench/floor/incidents/?country={args.country}"
    with _gunicorn():
        for label, path in (
            (f"list ({args.country}, 50)", listing),
            ("floor (.values)", floor),
            ("detail", detail),
        ):
            _report(label, path, args.samples, args.seconds)
        if args.rounds:
            _report_share_of_floor(listing, floor, args.rounds)


def _arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--generate", type=int, default=0, help="incidents to insert first")
    parser.add_argument("--samples", type=int, default=300, help="sequential latency samples")
    parser.add_argument("--seconds", type=int, default=10, help="load duration per endpoint")
    parser.add_argument("--country", default="IQ", help="the list's filter (?country=)")
    parser.add_argument(
        "--skip-representation", action="store_true", help="skip the in-process comparison"
    )
    parser.add_argument(
        "--rounds", type=int, default=6, help="list/floor alternations (3 s each) for the ratio"
    )
    return parser.parse_args()


def _generate(count: int) -> None:
    import datetime as dt

    from incidents.models import CasualtyFigure, Incident

    stamp = int(time.time())
    incidents = Incident.objects.bulk_create(
        Incident(
            name=f"Bench incident {i}",
            slug=f"bench-{stamp}-{i}",
            start_date=dt.date(1970, 1, 1) + dt.timedelta(days=i % 20000),
            country=("RU", "FR", "IQ", "NG")[i % 4],
            city="Bench city",
            killed_best=i % 300,
        )
        for i in range(count)
    )
    CasualtyFigure.objects.bulk_create(
        CasualtyFigure(incident=incident, kind="killed", value=k, review_status="accepted")
        for incident in incidents
        for k in range(5)
    )
    print(f"generated {count} incidents, {count * 5} figures")


def _an_incident_with_figures() -> int:
    from incidents.models import CasualtyFigure

    return CasualtyFigure.objects.filter(review_status="accepted").values_list(
        "incident_id", flat=True
    )[0]


def _compare_serializers(country: str) -> None:
    """Per-row cost of three ways to represent the same incident list fields, like for like:
    a ModelSerializer and a declared Serializer (both over prefetched instances, the same two
    method fields for attack types and perpetrators) and the dict rows the API uses (over
    .values() rows, codes and names already fetched). Queries are done beforehand: this is
    the representation alone. Then a whole 50-row page, queries included, both ways."""
    from incidents.api.rows import incident_rows
    from incidents.selectors import querysets

    shape = incident_rows()
    instances = list(_prefetched_incidents().order_by("-start_date", "-id")[:500])
    rows = list(shape.rows_of(querysets.incident_list().order_by("-start_date", "-id"))[:500])
    fetched = shape.fetch_related(rows)
    for label, represent in (
        ("ModelSerializer", lambda: _model_list_serializer()(instances, many=True).data),
        ("Serializer", lambda: _plain_list_serializer()(instances, many=True).data),
        ("dict rows", lambda: shape.shape(rows, fetched)),
    ):
        per_row = _best_of(represent) / len(rows) * 1e6
        print(f"representation, {label:<15}: {per_row:6.1f} µs per row")
    _compare_pages(country)


def _compare_pages(country: str) -> None:
    from incidents.api.rows import incident_rows
    from incidents.selectors import querysets

    def instances_page() -> list:
        page = _prefetched_incidents().order_by("-start_date", "-id").filter(country=country)
        return _plain_list_serializer()(page[:50], many=True).data

    def rows_page() -> list:
        page = querysets.incident_list().order_by("-start_date", "-id").filter(country=country)
        return incident_rows().represent(list(incident_rows().rows_of(page)[:50]))

    for label, build in (("instances+prefetch+Serializer", instances_page), ("rows", rows_page)):
        print(f"page of 50 (queries included), {label}: {_best_of(build) * 1000:5.2f} ms")


def _prefetched_incidents():
    """The list's model instances as the API built them before it used .values() rows."""
    from django.db.models import Prefetch

    from incidents.models import Incident, IncidentAttackType, IncidentPerpetrator
    from incidents.selectors import querysets

    perpetrators = IncidentPerpetrator.objects.select_related("actor").order_by("actor__name")
    return Incident.objects.only(*querysets.INCIDENT_LIST_FIELDS).prefetch_related(
        Prefetch("attack_types", queryset=IncidentAttackType.objects.order_by("code")),
        Prefetch("perpetrator_links", queryset=perpetrators),
    )


def _best_of(work, repeat: int = 7) -> float:
    """Seconds for one run: the best of several, the least disturbed by other load."""
    timings = []
    for _ in range(repeat):
        started = time.perf_counter()
        work()
        timings.append(time.perf_counter() - started)
    return min(timings)


def _plain_list_serializer() -> type:
    from incidents.api.incident_serializers import IncidentListSerializer

    return IncidentListSerializer


def _model_list_serializer() -> type:
    from rest_framework import serializers

    from incidents.api.incident_serializers import IncidentListSerializer
    from incidents.models import Incident
    from incidents.selectors import querysets

    class IncidentModelSerializer(serializers.ModelSerializer):
        attack_types = serializers.SerializerMethodField()
        perpetrators = serializers.SerializerMethodField()
        get_attack_types = IncidentListSerializer.get_attack_types
        get_perpetrators = IncidentListSerializer.get_perpetrators

        class Meta:
            model = Incident
            fields = (*querysets.INCIDENT_LIST_FIELDS, "attack_types", "perpetrators")

    return IncidentModelSerializer


class _gunicorn:
    def __enter__(self):
        if _status(f"http://{HOST}/") is not None:
            raise RuntimeError(f"{HOST} is taken by another server: set API_BENCH_PORT")
        env = os.environ | {
            "API_ANON_RATE": "",
            # Persistent connections, as production runs (docker-compose.yml); the settings'
            # default of 0 would time a connect per request for the API and floor alike.
            "DB_CONN_MAX_AGE": os.environ.get("DB_CONN_MAX_AGE", "60"),
            # The project's settings plus the floor view (bench/floor.py).
            "DJANGO_SETTINGS_MODULE": "bench.floor_settings",
            "DEBUG": "off",
            "SECRET_KEY": "bench-only",
            "ALLOWED_HOSTS": "127.0.0.1",
        }
        self.server = subprocess.Popen(
            [sys.executable, "-m", "gunicorn", "-w", "2", "-b", HOST, "config.wsgi"],
            cwd=ROOT,
            env=env,
            stderr=subprocess.DEVNULL,
        )
        for _ in range(100):
            floor = _status(f"http://{HOST}/bench/floor/incidents/")
            if self.server.poll() is None and floor == 200:
                return self
            time.sleep(0.1)
        self.server.terminate()
        raise RuntimeError("gunicorn did not start")

    def __exit__(self, *exc):
        self.server.terminate()
        self.server.wait(timeout=10)


def _status(url: str) -> int | None:
    try:
        return httpx.get(url, timeout=1).status_code
    except httpx.TransportError:
        return None


def _report(label: str, path: str, samples: int, seconds: int) -> None:
    latencies = _latencies(path, samples)
    rps = _throughput(path, seconds)
    p95 = statistics.quantiles(latencies, n=20)[-1]
    print(
        f"{label:<16} median {statistics.median(latencies):6.1f} ms  "
        f"p95 {p95:6.1f} ms  {rps:7.0f} req/s"
    )


def _report_share_of_floor(listing: str, floor: str, rounds: int, seconds: int = 3) -> None:
    """List throughput over floor throughput, the two alternated in short slices.

    On a shared machine the load changes between one 10 s run and the next by more than
    the difference being measured; slices a few seconds apart see nearly the same load.
    """
    shares = []
    for _ in range(rounds):
        list_rps, floor_rps = _throughput(listing, seconds), _throughput(floor, seconds)
        shares.append(list_rps / floor_rps)
        print(f"  alternated: list {list_rps:5.0f} req/s, floor {floor_rps:5.0f} req/s")
    low, high = min(shares), max(shares)
    print(
        f"list share of floor, alternated: median {statistics.median(shares):.2f} "
        f"(range {low:.2f}-{high:.2f}, {rounds} rounds)"
    )


def _latencies(path: str, samples: int) -> list[float]:
    with httpx.Client(base_url=f"http://{HOST}") as client:
        assert client.get(path).status_code == 200, path
        timings = []
        for _ in range(samples):
            started = time.perf_counter()
            client.get(path)
            timings.append((time.perf_counter() - started) * 1000)
    return timings


def _throughput(path: str, seconds: int) -> float:
    if shutil.which("wrk"):
        out = subprocess.run(
            ["wrk", "-t2", "-c8", f"-d{seconds}s", f"http://{HOST}{path}"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        if "Non-2xx" in out or "Socket errors" in out:
            raise RuntimeError(f"{path} answered errors under load:\n{out}")
        return float(out.split("Requests/sec:")[1].split()[0])
    return _thread_throughput(path, seconds)


def _thread_throughput(path: str, seconds: int, threads: int = 8) -> float:
    deadline = time.monotonic() + seconds

    def hammer() -> int:
        done = 0
        with httpx.Client(base_url=f"http://{HOST}") as client:
            while time.monotonic() < deadline:
                client.get(path)
                done += 1
        return done

    with ThreadPoolExecutor(threads) as pool:
        total = sum(pool.map(lambda _: hammer(), range(threads)))
    return total / seconds


if __name__ == "__main__":
    main()
