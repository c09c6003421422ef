import contextlib
import os
import threading
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from celery import current_app
from django.db import connection
from kombu import Connection
from kombu.exceptions import OperationalError

from tests.ingestion.workers import WorkerPool, database_url, queue_through, worker_environment

# Redis by default; TEST_CELERY_BROKER_URL=amqp://... runs the same tests on RabbitMQ.
BROKER_URL = os.environ.get("TEST_CELERY_BROKER_URL", "redis://127.0.0.1:6379/5")
QUEUE = "incidents-tests"  # not the default queue: a benchmark may share the broker
LOOPBACK = ["127.0.0.0/8", "::1/128"]


@pytest.fixture(autouse=True)
def allow_loopback(settings):
    # The local test server is on 127.0.0.1; private and link-local stay refused.
    settings.FETCH_ALLOWED_NETWORKS = LOOPBACK


class Site:
    """Pages served on 127.0.0.1: path -> (status, headers, body or a function writing it)."""

    def __init__(self, port: int) -> None:
        self.port = port
        self.pages: dict[str, tuple[int, dict[str, str], bytes | Callable]] = {}

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def add(self, path: str, body, content_type="text/html; charset=utf-8", status=200, **headers):
        self.pages[path] = (status, {"Content-Type": content_type, **headers}, body)


def _handler(site: Site):
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):
            status, headers, body = site.pages.get(self.path, (404, {}, b"not found"))
            self.send_response(status)
            for name, value in headers.items():
                self.send_header(name, value)
            if isinstance(body, bytes):
                self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            # A client that stops reading (a size limit) closes the connection.
            with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                body(self.wfile) if callable(body) else self.wfile.write(body)

        def log_message(self, *args):
            pass

    return Handler


@pytest.fixture
def site():
    server = ThreadingHTTPServer(("127.0.0.1", 0), None)
    served = Site(server.server_address[1])
    server.RequestHandlerClass = _handler(served)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield served
    server.shutdown()
    server.server_close()


def _broker_purged() -> bool:
    """Empty the test queue; False if the broker does not answer."""
    try:
        with (
            queue_through(BROKER_URL, QUEUE),
            Connection(BROKER_URL, connect_timeout=2) as connection,
        ):
            connection.ensure_connection(max_retries=1)
            current_app.control.purge(connection=connection)
    except (OperationalError, OSError):
        return False
    return True


@pytest.fixture(scope="module")
def worker_pool(django_db_setup, django_db_blocker, tmp_path_factory):
    """Two `celery worker` processes on Redis and the test database, for this module."""
    if connection.vendor != "postgresql":
        pytest.skip("the worker tests need PostgreSQL (SQLite lets one process write at a time)")
    if not _broker_purged():
        pytest.skip(f"the worker tests need a broker at {BROKER_URL}, which does not answer")
    environment = worker_environment(
        database_url=database_url(connection.settings_dict),
        broker_url=BROKER_URL,
        queue=QUEUE,
        # A message taken by a killed worker is delivered again after this many seconds.
        CELERY_VISIBILITY_TIMEOUT="8",
        FETCH_ALLOWED_NETWORKS=",".join(LOOPBACK),
    )
    pool = WorkerPool(size=2, environment=environment, log_dir=tmp_path_factory.mktemp("workers"))
    pool.start()
    yield pool
    pool.stop()
    _broker_purged()
