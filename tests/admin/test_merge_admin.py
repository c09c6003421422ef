import pytest
from django.urls import reverse

from incidents.models import Suspect
from tests import factories

pytestmark = pytest.mark.django_db

SUSPECTS = reverse("admin:incidents_suspect_changelist")


def test_merging_asks_which_suspect_to_keep_then_merges(curator_client):
    incident = factories.IncidentFactory()
    keep = factories.SuspectFactory(incident=incident, full_name="Dalerdzhon Mirzoyev")
    merged = factories.SuspectFactory(incident=incident, full_name="Dalerjon Mirzoev")
    selection = {"action": "merge_selected", "_selected_action": [keep.pk, merged.pk]}

    confirm = curator_client.post(SUSPECTS, selection)
    assert "Choose the suspect to keep" in confirm.content.decode()

    done = curator_client.post(
        SUSPECTS, {**selection, "keep": keep.pk, "confirm": "yes"}, follow=True
    )

    assert "Merged “Dalerjon Mirzoev” into" in done.content.decode()
    assert list(Suspect.objects.values_list("pk", flat=True)) == [keep.pk]
    assert keep.name_variants.get().name == "Dalerjon Mirzoev"


def test_merging_needs_exactly_two(curator_client):
    suspects = factories.SuspectFactory.create_batch(3)
    response = curator_client.post(
        SUSPECTS,
        {"action": "merge_selected", "_selected_action": [s.pk for s in suspects]},
        follow=True,
    )
    assert "Select exactly two suspects" in response.content.decode()
    assert Suspect.objects.count() == 3
