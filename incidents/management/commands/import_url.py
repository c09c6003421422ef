from django.core.management.base import BaseCommand, CommandError

from incidents.documents.inputs import DocumentMeta
from incidents.management.commands._job_progress import job_report
from incidents.models import JobOrigin
from incidents.services.ingestion.fetching import PageRefused, url_check
from incidents.services.ingestion.jobs import job_create


class Command(BaseCommand):
    help = (
        "Fetch web pages (news articles) and import them as sources with proposed facts, "
        "through the import queue (in this process when no broker is configured)."
    )

    def add_arguments(self, parser):
        parser.add_argument("urls", nargs="+", metavar="URL")
        parser.add_argument("--wait", action="store_true", help="Wait for the job to end.")

    def handle(self, *args, **options):
        try:
            for url in options["urls"]:
                url_check(url)
        except PageRefused as error:
            raise CommandError(str(error)) from None
        job = job_create(
            origin=JobOrigin.URLS,
            pages=[DocumentMeta(url=url) for url in options["urls"]],
            description=" ".join(options["urls"]),
        )
        job_report(self, job, wait=options["wait"], verbosity=options["verbosity"])
