from django.core.management.base import BaseCommand, CommandError

from incidents.management.commands._job_progress import job_report
from incidents.services.ingestion.feeds import feed_poll, feed_register
from incidents.services.ingestion.fetching import PageRefused, PageUnavailable, url_check


class Command(BaseCommand):
    help = (
        "Read an RSS or Atom feed (registering it for scheduled polls) and queue the entries "
        "not seen before, remembered by entry id and URL."
    )

    def add_arguments(self, parser):
        parser.add_argument("url", metavar="URL")
        parser.add_argument("--wait", action="store_true", help="Wait for the job to end.")

    def handle(self, *args, **options):
        try:
            url_check(options["url"])
            feed = feed_register(url=options["url"])
            poll = feed_poll(feed=feed)
        except (PageRefused, PageUnavailable) as error:
            raise CommandError(str(error)) from None
        self.stdout.write(f"{feed.url}: {poll.new} new entries queued.")
        if poll.job is not None:
            job_report(self, poll.job, wait=options["wait"], verbosity=options["verbosity"])
