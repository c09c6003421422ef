"""A pool of real Celery workers (`celery worker` subprocesses) for tests and the benchmark."""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from celery import current_app

ROOT = Path(__file__).resolve().parents[2]
READY = " ready."
PR_SET_PDEATHSIG = 1


class WorkerPool:
    """`size` single-process workers (solo pool), each a `celery worker` of its own."""

    def __init__(self, *, size: int, environment: dict[str, str], log_dir: Path) -> None:
        self.size = size
        self.environment = environment
        self.log_dir = log_dir
        self.workers: dict[int, subprocess.Popen] = {}
        self._started = 0

    def start(self, timeout: float = 180) -> None:
        for _ in range(self.size):
            self._spawn()
        try:
            self.wait_ready(timeout)
        except RuntimeError:
            self.stop()
            raise

    def wait_ready(self, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        while not all(self._ready(n) for n in self.workers):
            dead = [n for n, p in self.workers.items() if p.poll() is not None]
            if dead or time.monotonic() > deadline:
                raise RuntimeError(f"workers did not start; logs: {self.logs()}")
            time.sleep(0.2)

    def kill(self, pid: int) -> None:
        """SIGKILL the worker with this pid (no warm shutdown), and start another in its place."""
        number = next(n for n, p in self.workers.items() if p.pid == pid)
        os.kill(pid, signal.SIGKILL)
        self.workers.pop(number).wait()
        self._spawn()

    @property
    def pids(self) -> set[int]:
        return {p.pid for p in self.workers.values()}

    def cpu_seconds(self) -> float:
        """User and system CPU time the running workers have used so far (Linux /proc)."""
        ticks = os.sysconf("SC_CLK_TCK")
        total = 0
        for pid in self.pids:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
            total += int(fields[11]) + int(fields[12])  # utime, stime
        return total / ticks

    def peak_memory_mb(self) -> float:
        """The largest peak resident memory among the running workers (Linux /proc)."""
        peaks = []
        for pid in self.pids:
            status = Path(f"/proc/{pid}/status").read_text()
            line = next(x for x in status.splitlines() if x.startswith("VmHWM:"))
            peaks.append(int(line.split()[1]) / 1024)
        return max(peaks)

    def stop(self) -> None:
        for process in self.workers.values():
            process.send_signal(signal.SIGTERM)
        for process in self.workers.values():
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        self.workers.clear()

    def logs(self) -> str:
        return "\n".join(self._log(n).read_text()[-3000:] for n in self.workers)

    def _spawn(self) -> None:
        number = self._started = self._started + 1
        command = [
            *(sys.executable, "-m", "celery", "-A", "config", "worker"),
            *("--pool=solo", "--loglevel=INFO", f"--hostname=w{number}@%h"),
            *("--without-gossip", "--without-mingle"),
        ]
        with self._log(number).open("wb") as log:
            self.workers[number] = subprocess.Popen(
                command,
                cwd=ROOT,
                env=self.environment,
                stdout=log,
                stderr=subprocess.STDOUT,
                preexec_fn=_end_with_parent,
            )

    def _log(self, number: int) -> Path:
        return self.log_dir / f"worker-{number}.log"

    def _ready(self, number: int) -> bool:
        log = self._log(number)
        return log.exists() and READY in log.read_text()


def _end_with_parent() -> None:
    """Linux: the worker gets SIGTERM when the process that started it dies, however it dies."""
    libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
    libc.prctl(PR_SET_PDEATHSIG, signal.SIGTERM)


@contextmanager
def queue_through(broker_url: str, queue: str) -> Iterator[None]:
    """Send this process's tasks to `queue` on `broker_url` instead of running them in place."""
    conf = current_app.conf
    saved = conf.broker_url, conf.task_always_eager, conf.task_default_queue
    _forget_broker_connections()
    conf.update(broker_url=broker_url, task_always_eager=False, task_default_queue=queue)
    try:
        yield
    finally:
        _forget_broker_connections()
        conf.update(broker_url=saved[0], task_always_eager=saved[1], task_default_queue=saved[2])


def _forget_broker_connections() -> None:
    # Celery keeps its connection and producer pools for the broker of its first message;
    # these are what it drops in a forked child (Celery.close() leaves the producers).
    current_app._after_fork()


def worker_environment(
    *, database_url: str, broker_url: str, queue: str, **extra: str
) -> dict[str, str]:
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings",
        "DATABASE_URL": database_url,
        "CELERY_BROKER_URL": broker_url,
        "CELERY_QUEUE": queue,
        **extra,
    }


def database_url(settings_dict: dict) -> str:
    """A DATABASE_URL for the database Django is connected to (e.g. pytest's test database)."""
    user, password = settings_dict.get("USER") or "", settings_dict.get("PASSWORD") or ""
    credentials = f"{user}:{password}@" if password else f"{user}@" if user else ""
    host, port = settings_dict.get("HOST") or "127.0.0.1", settings_dict.get("PORT") or 5432
    return f"postgres://{credentials}{host}:{port}/{settings_dict['NAME']}"
