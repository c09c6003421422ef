"""Benchmark: import_gtd over a generated GTD file into PostgreSQL, against psql's \\copy.

    python bench/import.py [--rows 200000] [--database postgres://postgres@127.0.0.1:5432/bench_import]

Writes a deterministic GTD-layout CSV, recreates and migrates the benchmark database, runs
`manage.py import_gtd` as a subprocess (its peak memory is the child's maxrss), then loads
the same file with psql's \\copy into a plain all-text staging table: the floor, the cost of
just getting the bytes into PostgreSQL. Prints one Markdown table row per measurement.
"""

from __future__ import annotations

import argparse
import csv
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlparse

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")

DEFAULT_DATABASE = "postgres://postgres@127.0.0.1:5432/bench_import"


def main() -> None:
    options = _arguments()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "gtd_bench.csv"
        write_gtd_file(path, options.rows, seed=options.seed)
        size_mb = path.stat().st_size / 1e6
        _recreate_database(options.database)
        importer = _timed([sys.executable, "manage.py", "import_gtd", str(path)], options.database)
        peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        floor = _timed(_psql_copy(options.database, path), options.database)
    importer_rate, floor_rate = options.rows / importer, options.rows / floor
    print("| rows | file | import_gtd | psql \\copy (floor) | ratio | import peak RSS |")
    print("|---|---|---|---|---|---|")
    print(
        f"| {options.rows:,} | {size_mb:.0f} MB | {importer:.1f} s ({importer_rate:,.0f} rows/s) "
        f"| {floor:.1f} s ({floor_rate:,.0f} rows/s) | {importer / floor:.1f}x | {peak_mb:.0f} MB |"
    )


def write_gtd_file(path: Path, rows: int, *, seed: int) -> None:
    """A GTD-layout file with the variety of the real one: unknown parts, -99, several types."""
    import django

    django.setup()
    from incidents.interop import gtd
    from incidents.services.synthetic.world import PLACES

    rng = random.Random(seed)
    groups = [f"Bench Group {n}" for n in range(300)] + ["Unknown"] * 100
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=gtd.COLUMNS)
        writer.writeheader()
        for number in range(rows):
            writer.writerow(_gtd_row(rng, number, groups, PLACES))


_COUNTRIES = {"IQ": "Iraq", "AF": "Afghanistan", "PK": "Pakistan", "IN": "India", "NG": "Nigeria",
              "SO": "Somalia", "SY": "Syria", "YE": "Yemen", "LY": "Libya", "EG": "Egypt",
              "TR": "Turkey", "RU": "Russia", "GB": "United Kingdom", "ES": "Spain",
              "FR": "France", "US": "United States", "CO": "Colombia", "PE": "Peru",
              "PH": "Philippines", "TH": "Thailand", "ML": "Mali", "BF": "Burkina Faso",
              "CD": "Democratic Republic of the Congo", "KE": "Kenya",
              "LK": "Sri Lanka"}  # fmt: skip
_ATTACKS = ("Bombing/Explosion", "Armed Assault", "Assassination", "Hostage Taking (Kidnapping)",
            "Facility/Infrastructure Attack", "Unknown")  # fmt: skip
_WEAPONS = ("Explosives", "Firearms", "Incendiary", "Melee", "Unknown")
_TARGETS = ("Private Citizens & Property", "Military", "Police", "Government (General)",
            "Business", "Religious Figures/Institutions")  # fmt: skip


def _gtd_row(rng: random.Random, number: int, groups: list[str], places) -> dict[str, str]:
    code, province, city, lat, lon, _ = rng.choice(places)
    year = rng.randint(1970, 2020)
    eventid = f"{year}{number:08d}"
    has_coordinates = rng.random() < 0.9
    return {
        "eventid": eventid, "iyear": str(year),
        "imonth": str(rng.choice([0] + [*range(1, 13)] * 20)),
        "iday": str(rng.choice([0] + [*range(1, 29)] * 10)), "approxdate": "",
        "country_txt": _COUNTRIES.get(code, "Iraq"), "region_txt": "", "provstate": province,
        "city": city, "latitude": f"{lat + rng.uniform(-0.3, 0.3):.6f}" if has_coordinates else "",
        "longitude": f"{lon + rng.uniform(-0.3, 0.3):.6f}" if has_coordinates else "",
        "specificity": str(rng.choice((1, 1, 1, 2, 3, 4, 5))),
        "attacktype1_txt": rng.choice(_ATTACKS),
        "attacktype2_txt": rng.choice(_ATTACKS[:2]) if rng.random() < 0.1 else "",
        "weaptype1_txt": rng.choice(_WEAPONS),
        "weaptype2_txt": rng.choice(_WEAPONS[:3]) if rng.random() < 0.2 else "",
        "targtype1_txt": rng.choice(_TARGETS),
        "gname": rng.choice(groups),
        "gname2": rng.choice(groups[:300]) if rng.random() < 0.05 else "",
        "claimed": rng.choice(("0", "1", "-9", "")), "claimmode_txt": "",
        "nkill": rng.choice(("0", "1", "2", "5", "12", "-99", "")),
        "nkillter": rng.choice(("0", "1", "")), "nwound": rng.choice(("0", "3", "10", "")),
        "nperps": rng.choice(("-99", "1", "2", "4")), "nperpcap": rng.choice(("0", "-99", "1")),
        "summary": f"{year}: an attack in {city} (benchmark row {number}).", "motive": "",
        "crit1": "1", "crit2": "1", "crit3": rng.choice(("0", "1")), "doubtterr": "0",
        "related": f"{year}{number - 1:08d}" if number and rng.random() < 0.05 else "",
        "scite1": f"Bench Wire report {rng.randrange(60000)}, {year}."
        if rng.random() < 0.7 else "",
        "scite2": "", "scite3": "", "dbsource": "BENCH",
    }  # fmt: skip


def _recreate_database(url: str) -> None:
    name = urlparse(url).path.lstrip("/")
    admin = _psql_base(url, "postgres")
    subprocess.run([*admin, "-c", f'DROP DATABASE IF EXISTS "{name}"'], check=True)
    subprocess.run([*admin, "-c", f'CREATE DATABASE "{name}"'], check=True)
    subprocess.run(
        [sys.executable, "manage.py", "migrate", "--no-input", "-v0"],
        cwd=ROOT, env={**os.environ, "DATABASE_URL": url}, check=True,
    )  # fmt: skip


def _psql_copy(url: str, path: Path) -> list[str]:
    from incidents.interop import gtd

    columns = ", ".join(f"{column} text" for column in gtd.COLUMNS)
    return [
        *_psql_base(url),
        "-c", f"CREATE TABLE IF NOT EXISTS gtd_floor ({columns}); TRUNCATE gtd_floor",
        "-c", f"\\copy gtd_floor FROM '{path}' WITH (FORMAT csv, HEADER true)",
    ]  # fmt: skip


def _psql_base(url: str, database: str | None = None) -> list[str]:
    parts = urlparse(url)
    return ["psql", "-q", "-v", "ON_ERROR_STOP=1", "-h", parts.hostname or "127.0.0.1",
            "-p", str(parts.port or 5432), "-U", parts.username or "postgres",
            "-d", database or parts.path.lstrip("/")]  # fmt: skip


def _timed(command: list[str], url: str) -> float:
    started = time.perf_counter()
    subprocess.run(command, cwd=ROOT, env={**os.environ, "DATABASE_URL": url}, check=True,
                   stdout=subprocess.DEVNULL)  # fmt: skip
    return time.perf_counter() - started


def _arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=200_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--database", default=DEFAULT_DATABASE)
    return parser.parse_args()


if __name__ == "__main__":
    main()
