"""Benchmark: import_gtd over a generated GTD file into PostgreSQL, against a same-schema floor.

    python bench/import.py [--rows 200000] [--database postgres://postgres@127.0.0.1:5432/bench_import]

Writes a deterministic GTD-layout CSV, recreates and migrates the benchmark database and
runs `manage.py import_gtd` as a subprocess (its peak memory is the child's maxrss). The
floor is then the cost of writing exactly what the import wrote, with no parsing at all:
every table the import filled is dumped (untimed), emptied, and loaded back with psql's
\\copy in one transaction, into the same tables with the same indexes, constraints and
deferred foreign-key checks. A plain one-table \\copy of the CSV would measure a tenth of
the rows and none of the indexes, so it is printed for reference only. Prints one Markdown
table row.
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
        empty = _row_counts(options.database)
        importer = _timed([sys.executable, "manage.py", "import_gtd", str(path)], options.database)
        peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        written = _tables_written(empty, _row_counts(options.database))
        floor = _same_schema_floor(options.database, written, Path(folder))
        one_table = _timed(_psql_copy(options.database, path), options.database)
    rows_written = sum(written.values())
    print(
        "| rows | file | rows written | import_gtd | same-schema COPY (floor) | ratio "
        "| one-table \\copy of the file | import peak RSS |"
    )
    print("|---|---|---|---|---|---|---|---|")
    print(
        f"| {options.rows:,} | {size_mb:.0f} MB | {rows_written:,} in {len(written)} tables "
        f"| {importer:.1f} s ({options.rows / importer:,.0f} rows/s) "
        f"| {floor:.1f} s ({rows_written / floor:,.0f} table rows/s) | {importer / floor:.2f}x "
        f"| {one_table:.1f} s | {peak_mb:.0f} MB |"
    )
    for table, count in sorted(written.items(), key=lambda item: -item[1]):
        print(f"    {table}: {count:,}")


def _row_counts(url: str) -> dict[str, int]:
    """Exact row counts of every table in the public schema."""
    tables = _psql_lines(url, "SELECT tablename FROM pg_tables WHERE schemaname = 'public'")
    union = " UNION ALL ".join(f"SELECT '{table}', count(*) FROM \"{table}\"" for table in tables)
    return {
        table: int(count) for table, count in (line.split("|") for line in _psql_lines(url, union))
    }


def _tables_written(before: dict[str, int], after: dict[str, int]) -> dict[str, int]:
    """The tables the import filled; it must only add rows to tables the migration left empty."""
    changed = {table: count for table, count in after.items() if count != before.get(table, 0)}
    touched_filled = [table for table in changed if before.get(table, 0)]
    if touched_filled:
        sys.exit(f"the import changed tables that were not empty before it: {touched_filled}")
    return changed


def _same_schema_floor(url: str, written: dict[str, int], folder: Path) -> float:
    """Dump what the import wrote, empty those tables, and time loading it back by COPY."""
    dumps = {table: folder / f"{table}.copy" for table in written}
    dump = [f"\\copy \"{table}\" TO '{path}'" for table, path in dumps.items()]
    subprocess.run(_psql_commands(url, dump), check=True)
    truncate = "TRUNCATE " + ", ".join(f'"{table}"' for table in written)
    quiet = "SET client_min_messages = warning"
    subprocess.run([*_psql_base(url), "-c", quiet, "-c", f"{truncate} CASCADE"], check=True)
    load = [f"\\copy \"{table}\" FROM '{path}'" for table, path in dumps.items()]
    return _timed([*_psql_commands(url, load), "-1"], url)


def _psql_commands(url: str, commands: list[str]) -> list[str]:
    arguments = [*_psql_base(url)]
    for command in commands:
        arguments += ["-c", command]
    return arguments


def _psql_lines(url: str, query: str) -> list[str]:
    result = subprocess.run(
        [*_psql_base(url), "-A", "-t", "-c", query], check=True, capture_output=True, text=True
    )
    return [line for line in result.stdout.splitlines() if line]


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
