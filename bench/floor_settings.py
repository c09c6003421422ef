"""The project's settings with the benchmark floor view mounted (see bench/floor.py)."""

from config.settings import *  # noqa: F403

ROOT_URLCONF = "bench.floor"
