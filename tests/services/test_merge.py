import pytest
from django.core.exceptions import ValidationError

from incidents.models import (
    Actor,
    Evidence,
    IncidentPerpetrator,
    RecordRemoval,
    Suspect,
)
from incidents.services.curation.locking import StaleVersionError
from incidents.services.curation.suspect_actor_merge import actor_merge, suspect_merge
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def suspects():
    incident = factories.IncidentFactory()
    keep = factories.SuspectFactory(incident=incident, full_name="Dalerdzhon Mirzoyev", age=None)
    merged = factories.SuspectFactory(incident=incident, full_name="Dalerjon Mirzoev", age=32)
    factories.SuspectNameVariantFactory(suspect=merged, name="Далерджон Мирзоев")
    factories.SuspectCitizenshipFactory(suspect=merged, country="TJ")
    factories.SuspectStatusEventFactory(suspect=merged)
    source = factories.SourceFactory()
    factories.EvidenceFactory(source=source, figure=None, suspect=merged)
    return keep, merged


def test_suspect_merge_moves_names_events_evidence_and_fills_blanks(suspects, user):
    keep, merged = suspects
    merged_pk = merged.pk

    suspect_merge(keep=keep, merged=merged, user=user)

    keep.refresh_from_db()
    assert set(keep.name_variants.values_list("name", flat=True)) == {
        "Dalerjon Mirzoev",
        "Далерджон Мирзоев",
    }
    assert list(keep.citizenships.values_list("country", flat=True)) == ["TJ"]
    assert keep.status_events.count() == 1
    assert Evidence.objects.filter(suspect=keep).count() == 1
    assert keep.age == 32
    assert not Suspect.objects.filter(pk=merged_pk).exists()


def test_suspect_merge_is_in_the_history_and_leaves_a_tombstone(suspects, user):
    keep, merged = suspects
    merged_pk = merged.pk

    suspect_merge(keep=keep, merged=merged, user=user)

    last_of_merged = Suspect.history.filter(id=merged_pk).first()
    assert last_of_merged.history_type == "-"
    assert last_of_merged.full_name == "Dalerjon Mirzoev"
    assert f"into {keep.pk}" in last_of_merged.history_change_reason
    assert keep.history.first().history_user == user
    event = keep.status_events.get()
    assert event.history.first().history_change_reason.startswith("merged suspect")
    removal = RecordRemoval.objects.get()
    assert (removal.reason, removal.object_id, removal.merged_into) == (
        "merged",
        merged_pk,
        keep.pk,
    )


def test_suspects_of_different_incidents_are_not_merged(user):
    keep, merged = factories.SuspectFactory.create_batch(2)
    with pytest.raises(ValidationError, match="same incident"):
        suspect_merge(keep=keep, merged=merged, user=user)


def test_a_merge_from_a_stale_page_is_refused(suspects, user):
    keep, merged = suspects
    Suspect.objects.filter(pk=merged.pk).update(version=5)
    with pytest.raises(StaleVersionError):
        suspect_merge(keep=keep, merged=merged, user=user)
    assert Suspect.objects.filter(pk=merged.pk).exists()


def test_actor_merge_moves_aliases_references_and_links(user):
    keep = factories.ActorFactory(name="Islamic State")
    merged = factories.ActorFactory(name="ISIS", description="Also known as ISIL.")
    factories.ActorAliasFactory(actor=merged, alias="Daesh")
    figure = factories.CasualtyFigureFactory(attributed_to=merged)
    statement = factories.StatementFactory(speaker=merged, concerns=merged)
    suspect = factories.SuspectFactory(affiliation=merged)
    shared_incident = factories.IncidentFactory()
    factories.IncidentPerpetratorFactory(incident=shared_incident, actor=keep)
    factories.IncidentPerpetratorFactory(incident=shared_incident, actor=merged)
    own_link = factories.IncidentPerpetratorFactory(actor=merged)

    actor_merge(keep=keep, merged=merged, user=user)

    assert set(keep.aliases.values_list("alias", flat=True)) == {"ISIS", "Daesh"}
    assert Actor.objects.resolve("isis") == keep
    figure.refresh_from_db()
    statement.refresh_from_db()
    suspect.refresh_from_db()
    assert figure.attributed_to == keep
    assert (statement.speaker, statement.concerns) == (keep, keep)
    assert suspect.affiliation == keep
    assert figure.history.first().history_user == user
    assert IncidentPerpetrator.objects.filter(actor=keep).count() == 2
    assert IncidentPerpetrator.objects.get(pk=own_link.pk).actor == keep
    keep.refresh_from_db()
    assert "ISIL" in keep.description
    assert RecordRemoval.objects.get().merged_into == keep.pk


def test_an_actor_is_not_merged_into_itself(user):
    actor = factories.ActorFactory()
    with pytest.raises(ValidationError, match="itself"):
        actor_merge(keep=actor, merged=actor, user=user)
