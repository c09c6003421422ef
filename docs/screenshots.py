"""Screenshots of the main screens for docs/admin.md: `make screenshots` writes docs/img/*.png.

What a curator sees after `make run`: a temporary SQLite database gets the migrations and
the five seed documents, the development server serves it, and Debian's Chromium
(Playwright) opens each screen at 1400 px wide, then accepts one figure and shows its
history, then opens a page a Viewer may not. The PNGs are reduced to 256 colours, which
keeps each one small enough to commit. Nothing outside the temporary directory and the
images is touched; the server is stopped at the end. The start page, the review queue,
the statement and source lists, the source page and the timeline are shot by hand, after
the curation steps their captions in docs/admin.md describe.
"""

import argparse
import io
import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = Path("/usr/bin/chromium")
WIDTH, HEIGHT = 1400, 900
PASSWORD = "screenshots-only-password"
SERVER_START_SECONDS = 60


@dataclass(frozen=True)
class Screen:
    name: str
    path: str
    wait_for: str | None = None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "img")
    arguments = parser.parse_args()
    if not CHROMIUM.exists():
        sys.exit(f"{CHROMIUM} is missing: apt-get install chromium")
    arguments.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="screenshots-") as directory:
        os.environ["DATABASE_URL"] = f"sqlite:///{directory}/screenshots.sqlite3"
        # The development server serves the static files itself only with DEBUG on.
        os.environ["DEBUG"] = "on"
        # Playwright's sync API runs an event loop in this thread; the ORM calls between
        # screens are plain synchronous code all the same.
        os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
        seed_database()
        with development_server() as base_url, browser() as new_page:
            curator, viewer = new_page(base_url, "curator"), new_page(base_url, "viewer")
            shoot(curator, base_url, as_imported(), arguments.out)
            shoot(curator, base_url, after_a_decision(), arguments.out)
            shoot(viewer, base_url, refused(), arguments.out)


def seed_database() -> None:
    """Migrate, import the seeds as `make run` does, and add a Curator and a Viewer."""
    import django

    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    django.setup()
    from django.core.management import call_command

    call_command("migrate", "--no-input", verbosity=0)
    call_command("import_documents", str(ROOT / "fixtures" / "documents"), verbosity=0)
    _account("curator", "Curator")
    _account("viewer", "Viewer")


def _account(username: str, group: str):
    from django.contrib.auth.models import Group, User

    user = User.objects.create_user(username, password=PASSWORD, is_staff=True)
    user.groups.add(Group.objects.get(name=group))
    return user


def as_imported() -> list[Screen]:
    """The screens as `make run` leaves them: every fact proposed."""
    from django.urls import reverse

    from incidents.models import Incident

    incident = Incident.objects.get()
    figure = _first_figure()
    return [
        Screen("incident", reverse("admin:incidents_incident_change", args=[incident.pk])),
        Screen(
            "figure-list",
            reverse("admin:incidents_casualtyfigure_changelist") + f"?incident={incident.pk}",
        ),
        Screen("figure", reverse("admin:incidents_casualtyfigure_change", args=[figure.pk])),
        Screen("import-documents", reverse("admin:incidents_source_import_documents")),
        Screen("api-list", reverse("api:incident-list")),
        Screen("api-swagger", reverse("api:docs"), wait_for=".swagger-ui .opblock"),
        Screen("api-redoc", reverse("api:redoc"), wait_for="text=API docs by Redocly"),
    ]


def after_a_decision() -> list[Screen]:
    """A Curator accepts a figure (as the review queue does): its history shows the decision."""
    from django.contrib.auth.models import User
    from django.urls import reverse

    from incidents.models import CasualtyFigure
    from incidents.models.vocabularies import ReviewStatus
    from incidents.services.curation.review import fact_review

    figure = _first_figure()
    fact_review(
        model=CasualtyFigure,
        seen_versions={figure.pk: figure.version},
        status=ReviewStatus.ACCEPTED,
        user=User.objects.get(username="curator"),
    )
    return [Screen("history", reverse("admin:incidents_casualtyfigure_history", args=[figure.pk]))]


def refused() -> list[Screen]:
    from django.urls import reverse

    return [Screen("forbidden", reverse("admin:incidents_casualtyfigure_add"))]


def _first_figure():
    from incidents.models import CasualtyFigure

    return CasualtyFigure.objects.order_by("pk").first()


@contextmanager
def development_server() -> Iterator[str]:
    port = _free_port()
    server = subprocess.Popen(
        [sys.executable, "manage.py", "runserver", "--noreload", f"127.0.0.1:{port}"],
        cwd=ROOT,
        env=os.environ.copy(),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        base_url = f"http://127.0.0.1:{port}"
        _wait_until_up(f"{base_url}/admin/login/")
        yield base_url
    finally:
        server.terminate()
        server.wait(timeout=10)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _wait_until_up(url: str) -> None:
    deadline = time.monotonic() + SERVER_START_SECONDS
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except OSError:
            time.sleep(0.5)
    sys.exit(f"The development server did not answer {url} within {SERVER_START_SECONDS} s.")


@contextmanager
def browser() -> Iterator[Callable]:
    """new_page(base_url, username): a logged-in Chromium page 1400 px wide."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True)

        def new_page(base_url: str, username: str):
            page = chromium.new_page(viewport={"width": WIDTH, "height": HEIGHT})
            page.goto(f"{base_url}/admin/login/")
            page.fill("#id_username", username)
            page.fill("#id_password", PASSWORD)
            page.click("input[type=submit]")
            page.wait_for_selector("#site-name")
            return page

        yield new_page
        chromium.close()


def shoot(page, base_url: str, screens: list[Screen], out: Path) -> None:
    for screen in screens:
        page.goto(f"{base_url}{screen.path}", wait_until="networkidle")
        if screen.wait_for:
            page.wait_for_selector(screen.wait_for)
        path = out / f"{screen.name}.png"
        path.write_bytes(compressed(page.screenshot()))
        print(f"{path}: {path.stat().st_size // 1024} KB")


def compressed(png: bytes) -> bytes:
    """The screenshot in 256 colours: a third of the size or less, text still crisp."""
    from PIL import Image

    image = Image.open(io.BytesIO(png)).convert("RGB")
    reduced = image.quantize(colors=256, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE)
    buffer = io.BytesIO()
    reduced.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()


if __name__ == "__main__":
    main()
