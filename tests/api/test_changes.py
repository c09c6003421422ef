import datetime as dt

from django.utils import timezone

from incidents.models import RecordRemoval
from tests import factories


def test_it_lists_removals_since_a_time_oldest_first(api):
    old, recent, newest = factories.RecordRemovalFactory.create_batch(3)
    RecordRemoval.objects.filter(pk=old.pk).update(removed_at=timezone.now() - dt.timedelta(days=9))
    since = (timezone.now() - dt.timedelta(days=1)).isoformat()
    rows = api.get("/api/v1/changes/", {"since": since}).json()["results"]
    assert [row["id"] for row in rows] == [recent.object_id, newest.object_id]
    assert rows[0]["resource"] == "casualty-figures"
    assert rows[0]["reason"] == "rejected"


def test_it_tells_where_a_merged_record_went(api):
    factories.RecordRemovalFactory(model="actors", reason="merged", merged_into=7)
    [row] = api.get("/api/v1/changes/", {"resource": "actors"}).json()["results"]
    assert (row["reason"], row["merged_into"]) == ("merged", 7)


def test_it_has_no_detail_route_for_changes(api):
    removal = factories.RecordRemovalFactory()
    assert api.get(f"/api/v1/changes/{removal.pk}/").status_code == 404
