"""API benchmark: latency and throughput of the incident list and detail under gunicorn.

Run against PostgreSQL with data already loaded (e.g. by `manage.py generate_dataset`):

    DATABASE_URL=postgres://... .venv/bin/python bench/api.py [--generate 20000]

--generate N bulk-inserts N incidents with 5 figures each first (a modest stand-in when no
dataset exists). Serves with gunicorn (2 workers) on 127.0.0.1, throttling off, with the
bench-only floor view (/bench/floor/incidents/: the same page as bare .values() JSON) mounted.
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
HOST = "127.0.0.1:8765"
LIST = "/api/v1/incidents/?country=RU&page_size=50"
FLOOR = "/bench/floor/incidents/?country=RU"


def main() -> None:
    args = _arguments()
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    if args.generate:
        _generate(args.generate)
    _compare_serializers()
    detail = f"/api/v1/incidents/{_an_incident_with_figures()}/"
    with _gunicorn():
        for label, path in (
            ("list (RU, 50)", LIST),
            ("floor (.values)", FLOOR),
            ("detail", detail),
        ):
            _report(label, path, args.samples, args.seconds)


def _arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--generate", type=int, default=0, help="incidents to insert first")
    parser.add_argument("--samples", type=int, default=300, help="sequential latency samples")
    parser.add_argument("--seconds", type=int, default=10, help="load duration per endpoint")
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


def _compare_serializers() -> None:
    """Per-row cost of the declared list serializer against a ModelSerializer of the same fields."""
    from rest_framework import serializers

    from incidents import selectors
    from incidents.api.incident_serializers import IncidentListSerializer
    from incidents.models import Incident

    class IncidentModelSerializer(serializers.ModelSerializer):
        class Meta:
            model = Incident
            fields = selectors.INCIDENT_LIST_FIELDS

    rows = list(selectors.incident_list()[:500])
    for label, serializer in (
        ("plain", IncidentListSerializer),
        ("model", IncidentModelSerializer),
    ):
        started = time.perf_counter()
        for _ in range(5):
            serializer(rows, many=True).data  # noqa: B018 (the evaluation is the work)
        per_row = (time.perf_counter() - started) / (5 * len(rows)) * 1e6
        print(f"serializer {label:>5}: {per_row:6.1f} µs per row")


class _gunicorn:
    def __enter__(self):
        env = os.environ | {
            "API_ANON_RATE": "",
            "API_BENCH_FLOOR": "on",
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
            try:
                httpx.get(f"http://{HOST}/api/v1/", timeout=1)
                return self
            except httpx.TransportError:
                time.sleep(0.1)
        raise RuntimeError("gunicorn did not start")

    def __exit__(self, *exc):
        self.server.terminate()
        self.server.wait(timeout=10)


def _report(label: str, path: str, samples: int, seconds: int) -> None:
    latencies = _latencies(path, samples)
    rps = _throughput(path, seconds)
    p95 = statistics.quantiles(latencies, n=20)[-1]
    print(
        f"{label:<16} median {statistics.median(latencies):6.1f} ms  "
        f"p95 {p95:6.1f} ms  {rps:7.0f} req/s"
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
