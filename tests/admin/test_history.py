"""The history pages of every model with history: Viewers read them, only Curators revert."""

import pytest
from django.contrib import admin
from django.urls import reverse
from simple_history.admin import SimpleHistoryAdmin

from tests import factories
from tests.admin.formdata import change_form_data

pytestmark = pytest.mark.django_db

# From the admin registry, so a model that gains a history admin is tested without an edit here.
HISTORY_MODELS = sorted(
    (
        model
        for model, model_admin in admin.site._registry.items()
        if isinstance(model_admin, SimpleHistoryAdmin)
    ),
    key=lambda model: model._meta.model_name,
)


def test_the_registry_lists_the_models_with_history():
    assert len(HISTORY_MODELS) >= 7


def saved_twice(model):
    """A record with two versions in its history: as created, and as saved again."""
    obj = getattr(factories, f"{model.__name__}Factory")()
    obj.save()
    return type(obj)._default_manager.get(pk=obj.pk)


def history_urls(obj) -> tuple[str, str]:
    name = obj._meta.model_name
    first = obj.history.earliest("history_date")
    return (
        reverse(f"admin:incidents_{name}_history", args=[obj.pk]),
        reverse(f"admin:incidents_{name}_simple_history", args=[obj.pk, first.history_id]),
    )


@pytest.mark.parametrize("model", HISTORY_MODELS, ids=lambda model: model._meta.model_name)
def test_a_viewer_reads_the_history_pages(viewer_client, model):
    history_url, version_url = history_urls(saved_twice(model))

    listed = viewer_client.get(history_url)
    version = viewer_client.get(version_url)

    assert (listed.status_code, version.status_code) == (200, 200)
    assert version.context["revert_disabled"] is True


@pytest.mark.parametrize("model", HISTORY_MODELS, ids=lambda model: model._meta.model_name)
def test_a_viewer_cannot_revert_to_an_earlier_version(viewer_client, curator_client, model):
    obj = saved_twice(model)
    _, version_url = history_urls(obj)
    data = change_form_data(curator_client, version_url, seen_version=obj.version)
    versions_before = obj.history.count()

    response = viewer_client.post(version_url, data)

    assert response.status_code == 403
    assert obj.history.count() == versions_before
    assert type(obj)._default_manager.get(pk=obj.pk).version == obj.version


def test_a_curator_reverts_a_figure_to_its_earlier_value(curator_client):
    figure = factories.CasualtyFigureFactory(value=40)
    change_url = reverse("admin:incidents_casualtyfigure_change", args=[figure.pk])
    curator_client.post(change_url, change_form_data(curator_client, change_url, value=999))
    _, version_url = history_urls(figure)

    response = curator_client.post(version_url, change_form_data(curator_client, version_url))

    assert response.status_code == 302
    assert type(figure).objects.get(pk=figure.pk).value == 40
