"""Curators find the incidents whose dataset rows were imported with an inconsistency."""

from pathlib import Path

from django.urls import reverse

from incidents.interop import layouts
from incidents.services.datasets.importing import dataset_import

GED_231 = Path(__file__).parent.parent / "data" / "ged_231_edge_cases.csv"


def test_the_incident_list_filters_by_dataset_flag(curator_client, django_assert_max_num_queries):
    dataset_import(layout=layouts.UCDP, path=GED_231)
    url = reverse("admin:incidents_incident_changelist")
    with django_assert_max_num_queries(20):
        response = curator_client.get(url, {"dataset_row__flags__kind__exact": "out_of_order"})
    assert response.status_code == 200
    listed = [incident.external_id for incident in response.context["cl"].result_list]
    assert listed == ["100002"]
    assert "Values out of order" in response.content.decode()
