import pytest
from django.core.management import CommandError, call_command

from incidents import models
from incidents.services.synthetic.generate import dataset_generate

pytestmark = pytest.mark.django_db


def content() -> list[tuple]:
    """What a seed determines: everything but ids and timestamps."""
    return [
        (
            incident.slug,
            incident.start_date,
            incident.country,
            incident.killed_best,
            sorted(incident.casualty_figures.values_list("kind", "value", "review_status")),
            sorted(incident.suspects.values_list("full_name", "age")),
        )
        for incident in models.Incident.objects.order_by("slug")
    ]


def test_it_generates_the_same_data_for_the_same_seed():
    dataset_generate(incidents=30, seed=5, chunk_size=7)
    first = content()
    models.Incident.objects.all().delete()
    models.Evidence.objects.all().delete()
    models.Source.objects.all().delete()
    dataset_generate(incidents=30, seed=5, chunk_size=11)
    assert content() == first


def test_it_generates_incidents_with_sources_figures_statements_and_suspects():
    dataset_generate(incidents=50, seed=2)
    assert models.Incident.objects.count() == 50
    assert models.CasualtyFigure.objects.count() == 5 * 50
    assert models.Source.objects.count() == 3 * 50
    assert models.Statement.objects.count() == 50
    assert models.SuspectStatusEvent.objects.count() == 2 * models.Suspect.objects.count() > 0
    assert models.Incident.objects.filter(attack_types__isnull=True).count() == 0


def test_every_generated_row_passes_model_validation_and_quotes_its_source():
    dataset_generate(incidents=20, seed=3)
    for model in (models.Incident, models.Source, models.CasualtyFigure, models.Statement,
                  models.Suspect, models.SuspectStatusEvent, models.Evidence):  # fmt: skip
        for row in model.objects.all()[:40]:
            row.full_clean()
    for evidence in models.Evidence.objects.select_related("source"):
        assert evidence.source.cleaned_text[evidence.start : evidence.end] == evidence.quote


def test_it_keeps_estimates_ordered():
    dataset_generate(incidents=100, seed=4)
    for low, best, high in models.Incident.objects.values_list(
        "killed_low", "killed_best", "killed_high"
    ):
        assert low <= best <= high


def test_the_command_refuses_a_seed_already_generated():
    call_command("generate_dataset", "--incidents", "3", "--seed", "9")
    with pytest.raises(CommandError, match="seed 9 is already"):
        call_command("generate_dataset", "--incidents", "3", "--seed", "9")
    assert models.Incident.objects.count() == 3
