"""The settings rules, each checked in a fresh interpreter with its own environment."""

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

PROJECT_ROOT = Path(__file__).resolve().parent.parent
SETTINGS_VARIABLES = (
    "DATABASE_URL",
    "SECRET_KEY",
    "DEBUG",
    "ALLOWED_HOSTS",
    "SECURE_SSL",
    "SECURE_HSTS_SECONDS",
    "DJANGO_SETTINGS_MODULE",
)
SHOW_SETTINGS = """
import json
import re
from config import settings as s
db = s.DATABASES["default"]
print(json.dumps({
    "engine": db["ENGINE"], "name": str(db["NAME"]), "host": db.get("HOST", ""),
    "debug": s.DEBUG, "secret_key": s.SECRET_KEY, "allowed_hosts": s.ALLOWED_HOSTS,
    "ssl_redirect": s.SECURE_SSL_REDIRECT, "hsts": s.SECURE_HSTS_SECONDS,
    "secure_cookies": s.SESSION_COOKIE_SECURE and s.CSRF_COOKIE_SECURE,
}))
"""
REAL_KEY = "test-only-" + "0123456789abcdefghijklmnopqrstuvwxyz" * 2


def load_settings(**environment: str) -> subprocess.CompletedProcess:
    """Import config.settings in a new interpreter, with only `environment` configured."""
    env = {k: v for k, v in os.environ.items() if k not in SETTINGS_VARIABLES}
    env.update(environment)
    return subprocess.run(
        [sys.executable, "-c", SHOW_SETTINGS],
        cwd=PROJECT_ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def manage(*args: str, **environment: str) -> subprocess.CompletedProcess:
    """Run manage.py in a new process, with only `environment` configured."""
    env = {k: v for k, v in os.environ.items() if k not in SETTINGS_VARIABLES}
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=PROJECT_ROOT,
        env={**env, **environment},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def settings_with(**environment: str) -> dict:
    loaded = load_settings(**environment)
    assert loaded.returncode == 0, loaded.stderr
    return json.loads(loaded.stdout)


def test_it_uses_an_sqlite_file_in_the_project_root_without_database_url():
    shown = settings_with()

    assert shown["engine"] == "django.db.backends.sqlite3"
    assert Path(shown["name"]) == PROJECT_ROOT / "db.sqlite3"


@pytest.mark.parametrize("scheme", ["postgres", "postgresql"])
def test_it_uses_postgresql_for_a_postgres_database_url(scheme):
    shown = settings_with(DATABASE_URL=f"{scheme}://incidents:secret@db:5432/incidents")

    assert shown["engine"] == "django.db.backends.postgresql"
    assert (shown["name"], shown["host"]) == ("incidents", "db")


def test_it_refuses_to_start_without_a_secret_key_when_debug_is_off():
    loaded = load_settings(DEBUG="off")

    assert loaded.returncode != 0
    assert "SECRET_KEY is not set. Set the SECRET_KEY environment variable" in loaded.stderr


@pytest.mark.parametrize(
    "command", [["check"], ["migrate"], ["runserver", "--noreload"], ["import_documents", "x"]]
)
def test_it_refuses_to_start_through_manage_py_with_the_message_alone(command):
    refused = manage(*command, DEBUG="false")

    assert refused.returncode == 1
    assert refused.stderr.splitlines() == [
        "SECRET_KEY is not set. Set the SECRET_KEY environment variable "
        "(a long random string) or turn DEBUG on for local development."
    ]


def test_it_names_a_bad_setting_through_manage_py_in_one_line():
    refused = manage("check", DEBUG="maybe")

    assert refused.returncode == 1
    assert refused.stderr.splitlines() == [
        "DEBUG must be on or off (1/0, true/false), not 'maybe'."
    ]


def test_it_uses_the_given_secret_key_when_debug_is_off():
    shown = settings_with(DEBUG="off", SECRET_KEY=REAL_KEY)

    assert (shown["debug"], shown["secret_key"]) == (False, REAL_KEY)


@pytest.mark.parametrize("debug", [None, "on", "1", "true", "YES"])
def test_it_uses_a_development_key_while_debug_is_on(debug):
    shown = settings_with(**({"DEBUG": debug} if debug else {}))

    assert shown["debug"] is True
    assert shown["secret_key"].startswith("django-insecure-")


@pytest.mark.parametrize("debug", ["maybe", "2", "enabled"])
def test_it_names_a_bad_debug_value(debug):
    loaded = load_settings(DEBUG=debug, SECRET_KEY=REAL_KEY)

    assert loaded.returncode != 0
    assert f"DEBUG must be on or off (1/0, true/false), not '{debug}'." in loaded.stderr


def test_it_reads_allowed_hosts_as_a_comma_separated_list():
    shown = settings_with(ALLOWED_HOSTS="incidents.example.org, localhost ,")

    assert shown["allowed_hosts"] == ["incidents.example.org", "localhost"]


@pytest.mark.parametrize(("secure_ssl", "hsts"), [("on", 31536000), (None, 0)])
def test_it_turns_the_https_settings_on_together(secure_ssl, hsts):
    shown = settings_with(**({"SECURE_SSL": secure_ssl} if secure_ssl else {}))

    assert (shown["ssl_redirect"], shown["hsts"], shown["secure_cookies"]) == (
        secure_ssl is not None,
        hsts,
        secure_ssl is not None,
    )


def test_it_passes_the_deployment_checklist_with_production_settings():
    checked = manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        DEBUG="off",
        SECRET_KEY=REAL_KEY,
        SECURE_SSL="on",
        ALLOWED_HOSTS="incidents.example.org",
    )

    assert checked.returncode == 0, checked.stderr


def test_it_names_a_negative_number_of_trusted_proxies():
    loaded = load_settings(TRUSTED_PROXIES="-1")

    assert loaded.returncode != 0
    assert "TRUSTED_PROXIES must be 0 or more, not -1." in loaded.stderr


def test_every_variable_the_settings_read_is_in_the_readme_table():
    settings_source = (PROJECT_ROOT / "config" / "settings.py").read_text()
    readme = (PROJECT_ROOT / "README.md").read_text()

    read = set(re.findall(r'env_\w+\("([A-Z_]+)"', settings_source))
    documented = set(re.findall(r"^\| `([A-Z_]+)` \|", readme, re.MULTILINE))

    assert read - documented == set()
