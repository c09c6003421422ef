import threading

import pytest
from django.db import connection, connections, transaction

from incidents.models import CasualtyFigure
from incidents.services.curation.locking import StaleVersionError, version_claim
from tests import factories


@pytest.mark.django_db
def test_a_claim_on_the_current_version_bumps_it():
    figure = factories.CasualtyFigureFactory()
    version_claim(obj=figure, seen=1)
    assert CasualtyFigure.objects.get(pk=figure.pk).version == figure.version == 2


@pytest.mark.django_db
def test_a_claim_on_an_old_version_is_refused():
    figure = factories.CasualtyFigureFactory(version=3)
    with pytest.raises(StaleVersionError, match="changed by someone else"):
        version_claim(obj=figure, seen=2)


@pytest.mark.django_db(transaction=True)
@pytest.mark.skipif(
    connection.vendor != "postgresql", reason="needs concurrent transactions (PostgreSQL)"
)
def test_of_two_simultaneous_saves_from_one_version_exactly_one_wins():
    figure = factories.CasualtyFigureFactory()
    both_claimed_or_waiting = threading.Barrier(2, timeout=10)
    results = []

    def save_as(value: int) -> None:
        stale_copy = CasualtyFigure.objects.get(pk=figure.pk)
        try:
            with transaction.atomic():
                both_claimed_or_waiting.wait()
                version_claim(obj=stale_copy, seen=1)
                stale_copy.value = value
                stale_copy.save()
            results.append(value)
        except StaleVersionError:
            results.append("refused")
        finally:
            connections.close_all()

    threads = [threading.Thread(target=save_as, args=(value,)) for value in (60, 115)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    saved = CasualtyFigure.objects.get(pk=figure.pk)
    assert sorted(results, key=str) == sorted([saved.value, "refused"], key=str)
    assert saved.version == 2
