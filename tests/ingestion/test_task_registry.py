"""A process that is not a worker (a command, a web request) finds the tasks it queues."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FRESH_PROCESS = """
import django
django.setup()
from incidents.services.ingestion.jobs import registered_tasks
print("incidents.tasks.document_import" in registered_tasks())
"""


def test_a_fresh_process_finds_the_document_task_it_queues():
    found = subprocess.run(
        [sys.executable, "-c", FRESH_PROCESS],
        cwd=ROOT,
        env={"DJANGO_SETTINGS_MODULE": "config.settings", "PATH": ""},
        capture_output=True,
        text=True,
        check=True,
    )
    assert found.stdout.strip() == "True"
