"""The Celery application: settings from Django's (CELERY_*), tasks from incidents/tasks.py.

Start workers with `celery -A config worker`, the scheduler with `celery -A config beat`.
Without CELERY_BROKER_URL no worker is needed: every task runs in the calling process.
"""

import os

from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")

app = Celery("incidents")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()
