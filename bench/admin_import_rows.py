"""An admin import of a large XLSX of bad rows: seconds and peak memory until the page answers.

    .venv/bin/python bench/admin_import_rows.py [--rows 200000]

Writes an XLSX of casualty figures naming an incident that does not exist (every row bad),
posts it to the admin's import page as a superuser against a throwaway SQLite database,
and prints the status, the seconds and the process's peak RSS.
"""

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=200_000)
    rows = parser.parse_args().rows
    with tempfile.TemporaryDirectory() as folder:
        os.environ["DATABASE_URL"] = f"sqlite:///{folder}/bench.sqlite3"
        os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
        os.environ["ALLOWED_HOSTS"] = "testserver"
        subprocess.run([sys.executable, "manage.py", "migrate", "-v0"], cwd=ROOT, check=True)
        sys.path.insert(0, str(ROOT))
        import django

        django.setup()
        _measure(rows)


def _measure(rows: int) -> None:
    from django.contrib.auth.models import User
    from django.core.files.uploadedfile import SimpleUploadedFile
    from django.test import Client
    from django.urls import reverse
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet()
    sheet.append(["incident", "kind", "value", "qualifier", "reported_on"])
    for n in range(rows):
        sheet.append(["no-such-incident", "killed", n, "exact", "2024-03-22"])
    with tempfile.NamedTemporaryFile(suffix=".xlsx") as handle:
        workbook.save(handle.name)
        content = Path(handle.name).read_bytes()
    client = Client()
    client.force_login(User.objects.create_superuser("bench", "", "bench"))
    upload = SimpleUploadedFile("figures.xlsx", content)
    started = time.perf_counter()
    response = client.post(
        reverse("admin:incidents_casualtyfigure_import"),
        {"format": "1", "resource": "0", "import_file": upload},
    )
    seconds = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    refused = "the most one import here takes" in response.content.decode()
    print(
        f"{rows:,} rows, {len(content) / 1e6:.1f} MB XLSX: HTTP {response.status_code}, "
        f"{'refused' if refused else 'read'}, {seconds:.1f} s, peak RSS {peak:.0f} MB"
    )


if __name__ == "__main__":
    main()
