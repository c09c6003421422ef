import pytest

from incidents.models import CasualtyFigure, RecordRemoval, Statement, SuspectStatusEvent
from incidents.models.vocabularies import FigureKind, ReviewStatus
from incidents.services.curation.review import fact_review
from tests import factories
from tests.reviewing import figures_review

pytestmark = pytest.mark.django_db

FACT_FACTORIES = [
    (CasualtyFigure, factories.CasualtyFigureFactory),
    (Statement, factories.StatementFactory),
    (SuspectStatusEvent, factories.SuspectStatusEventFactory),
]


@pytest.mark.parametrize(("model", "factory"), FACT_FACTORIES)
@pytest.mark.parametrize("status", [ReviewStatus.ACCEPTED, ReviewStatus.REJECTED])
def test_it_records_the_decision_reviewer_time_and_history(model, factory, status, user):
    fact = factory()

    outcome = fact_review(
        model=model, seen_versions={fact.pk: fact.version}, status=status, user=user
    )

    fact.refresh_from_db()
    assert outcome.changed == (fact.pk,)
    assert (fact.review_status, fact.reviewed_by, fact.version) == (status, user, 2)
    assert fact.reviewed_at is not None
    latest = fact.history.first()
    assert (latest.review_status, latest.history_user, latest.history_type) == (
        status,
        user,
        "~",
    )
    assert latest.history_change_reason == f"review: {status}"


def test_it_keeps_a_rejected_fact_and_writes_a_tombstone(user):
    figure = factories.CasualtyFigureFactory()

    figures_review([figure], ReviewStatus.REJECTED, user)

    assert CasualtyFigure.objects.rejected().filter(pk=figure.pk).exists()
    removal = RecordRemoval.objects.get()
    assert (removal.model, removal.object_id, removal.reason) == (
        "casualty-figures",
        figure.pk,
        "rejected",
    )


def test_it_refuses_a_decision_taken_on_a_stale_version(user):
    figure, untouched = factories.CasualtyFigureFactory.create_batch(2)
    stale = CasualtyFigure.objects.get(pk=figure.pk)
    # Someone else edits the figure after the curator loaded the queue.
    figure.value = 41
    figure.version += 1
    figure.save()

    outcome = figures_review([stale, untouched], ReviewStatus.ACCEPTED, user)

    assert outcome.refused == (figure.pk,)
    assert outcome.changed == (untouched.pk,)
    figure.refresh_from_db()
    assert (figure.review_status, figure.value) == (ReviewStatus.PROPOSED, 41)


def test_two_concurrent_reviews_of_one_figure_let_only_the_first_win(user):
    figure = factories.CasualtyFigureFactory()
    first_view = CasualtyFigure.objects.get(pk=figure.pk)
    second_view = CasualtyFigure.objects.get(pk=figure.pk)

    first = figures_review([first_view], ReviewStatus.ACCEPTED, user)
    second = figures_review([second_view], ReviewStatus.REJECTED, factories.UserFactory())

    figure.refresh_from_db()
    assert (first.changed, second.refused) == ((figure.pk,), (figure.pk,))
    assert figure.review_status == ReviewStatus.ACCEPTED
    assert not RecordRemoval.objects.exists()


def test_accepting_killed_figures_refreshes_the_derived_estimate(user):
    incident = factories.IncidentFactory()
    figures = [
        factories.CasualtyFigureFactory(incident=incident, value=value, kind=FigureKind.KILLED)
        for value in (40, 137)
    ]

    figures_review(figures, ReviewStatus.ACCEPTED, user)

    incident.refresh_from_db()
    assert (incident.killed_low, incident.killed_high) == (40, 137)


def test_it_refuses_a_status_that_is_not_a_decision(user):
    figure = factories.CasualtyFigureFactory()
    with pytest.raises(ValueError, match="proposed"):
        fact_review(
            model=CasualtyFigure,
            seen_versions={figure.pk: 1},
            status=ReviewStatus.PROPOSED,
            user=user,
        )
