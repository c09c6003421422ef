"""python manage.py generate_dataset --incidents N --seed S: a synthetic benchmark dataset."""

from django.core.management.base import BaseCommand, CommandError

from incidents.services.synthetic.generate import DatasetExistsError, dataset_generate


class Command(BaseCommand):
    help = (
        "Generate N synthetic incidents with sources, revised figures, evidence, statements "
        "and suspects (deterministic for a seed; no edit history is written)."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument("--incidents", type=int, required=True)
        parser.add_argument("--seed", type=int, default=1)

    def handle(self, *args, incidents: int, seed: int, **options) -> None:
        if incidents < 1:
            raise CommandError("--incidents must be at least 1.")
        try:
            rows = dataset_generate(incidents=incidents, seed=seed)
        except DatasetExistsError as error:
            raise CommandError(str(error)) from None
        self.stdout.write(f"{incidents} synthetic incidents generated (seed {seed}, {rows} rows)")
