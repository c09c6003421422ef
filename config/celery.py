"""The Celery application: settings from Django's (CELERY_*), tasks from incidents/tasks.py.

Start workers with `celery -A config worker`, the scheduler with `celery -A config beat`.
Without CELERY_BROKER_URL no worker is needed: every task runs in the calling process.
"""

import os

from celery import Celery
from celery.signals import worker_init

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")

app = Celery("incidents")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()


@worker_init.connect
def load_extractor(**kwargs) -> None:
    """Load spaCy once as the worker starts (prefork children inherit it), not in a task."""
    from incidents.extraction.nlp import english

    english()
