import pytest

from incidents.admin import pagination
from incidents.models import Actor
from tests import factories

pytestmark = pytest.mark.django_db


def test_it_counts_exactly_below_the_cap(monkeypatch):
    monkeypatch.setattr(pagination, "COUNT_CAP", 5)
    factories.ActorFactory.create_batch(4)
    assert pagination.EstimatedCountPaginator(Actor.objects.all(), 2).count == 4


def test_it_stops_counting_at_the_cap(monkeypatch):
    monkeypatch.setattr(pagination, "COUNT_CAP", 5)
    factories.ActorFactory.create_batch(9)
    paginator = pagination.EstimatedCountPaginator(Actor.objects.all(), 2)
    # At least the capped count; on PostgreSQL the planner's estimate when that is larger.
    count = paginator.count
    assert count >= 6
    assert paginator.num_pages >= 3
