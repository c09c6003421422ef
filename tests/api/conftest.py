import pytest
from django.core.cache import cache
from rest_framework.test import APIClient


@pytest.fixture(autouse=True)
def _fresh_throttle_counters(settings):
    # Throttle counters live in the cache, which outlives a test.
    settings.API_ANON_RATE = ""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def api(db):
    return APIClient()


@pytest.fixture
def staff_api(db, superuser):
    client = APIClient()
    client.force_authenticate(superuser)
    return client


def ids(response) -> list[int]:
    assert response.status_code == 200, response.content
    return [row["id"] for row in response.json()["results"]]
