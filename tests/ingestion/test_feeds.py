"""News feeds: entries not seen before are queued, by entry id and by URL."""

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from incidents.models import Feed, FeedEntry, JobDocument, Source
from tests.ingestion import articles

pytestmark = pytest.mark.django_db(transaction=True)


def _article_html(report: articles.Report) -> bytes:
    title, *paragraphs = [p for p in report.text.split("\n\n") if p.strip()]
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    page = (
        f"<html><head><title>{title}</title></head><body><nav>Home | World | Sport</nav>"
        f"<article><h1>{title}</h1>{body}</article><footer>Contact us</footer></body></html>"
    )
    return page.encode()


def _rss(site, entries: list[tuple[str, str]]) -> bytes:
    items = "".join(
        f"<item><title>Report {guid}</title><link>{site.url(path)}</link><guid>{guid}</guid>"
        "<pubDate>Tue, 07 Jan 2025 10:00:00 GMT</pubDate></item>"
        for guid, path in entries
    )
    return (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Wire: world news</title>'
        f"<link>{site.url('/')}</link><description>News</description>{items}</channel></rss>"
    ).encode()


def _publish(site, numbers: range) -> list[tuple[str, str]]:
    entries = []
    for n in numbers:
        path = f"/world/{n}.html"
        site.add(path, _article_html(articles.first_report(articles.incident(n))))
        entries.append((f"wire-{n}", path))
    return entries


def _poll(site, capsys) -> str:
    call_command("import_feed", site.url("/feed.xml"))
    return capsys.readouterr().out


def test_it_queues_only_the_entries_not_seen_before(site, capsys):
    entries = _publish(site, range(5))
    site.add("/feed.xml", _rss(site, entries), content_type="application/rss+xml")

    assert "5 new entries queued" in _poll(site, capsys)

    entries += _publish(site, range(5, 7))
    # An old entry again under a new id: remembered by its URL, so not new.
    entries.append(("wire-0-updated", entries[0][1]))
    site.add("/feed.xml", _rss(site, entries), content_type="application/rss+xml")
    assert "2 new entries queued" in _poll(site, capsys)
    assert "0 new entries queued" in _poll(site, capsys)

    assert Source.objects.count() == 7
    assert Source.objects.filter(url=site.url("/world/6.html"), fetched_at__isnull=False).exists()
    assert FeedEntry.objects.count() == 7
    assert JobDocument.objects.filter(status="imported").count() == 7
    feed = Feed.objects.get()
    assert (feed.title, feed.last_result) == ("Wire: world news", "0 new entries of 8")


def test_it_refuses_a_page_that_is_not_a_feed(site):
    site.add("/feed.xml", b"<html><body>Not a feed</body></html>", content_type="text/html")

    with pytest.raises(CommandError, match="content type text/html is not one of"):
        call_command("import_feed", site.url("/feed.xml"))

    site.add("/broken.xml", b"\x00\x01 not xml", content_type="application/xml")
    with pytest.raises(CommandError, match="not an RSS or Atom feed"):
        call_command("import_feed", site.url("/broken.xml"))
