"""News feeds (RSS, Atom): queue the entries not seen before, remembered by id and by URL."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import feedparser
from django.db import transaction
from django.utils import timezone

from incidents.documents.inputs import DocumentMeta
from incidents.models import Feed, FeedEntry, ImportJob, JobOrigin
from incidents.services.ingestion.fetching import FEED_TYPES, PageRefused, page_fetch
from incidents.services.ingestion.jobs import job_create


@dataclass(frozen=True)
class FeedItem:
    entry_id: str
    meta: DocumentMeta  # meta.url: the page to import


@dataclass(frozen=True)
class FeedPoll:
    new: int
    job: ImportJob | None


def feed_register(*, url: str) -> Feed:
    feed, _ = Feed.objects.get_or_create(url=url)
    return feed


def feed_poll(*, feed: Feed, created_by=None) -> FeedPoll:
    """Read the feed and queue its new entries as one job; PageRefused if it is no feed."""
    page = page_fetch(feed.url, accept=FEED_TYPES)
    title, items = feed_items(page.data, url=feed.url)
    with transaction.atomic():
        # One poll of a feed at a time, so that two never queue the same entry.
        feed = Feed.objects.select_for_update().get(pk=feed.pk)
        new = _unseen(feed, items)
        job = _queue(feed, new, created_by) if new else None
        feed.title = feed.title or title[:500]
        feed.last_polled_at = timezone.now()
        feed.last_result = f"{len(new)} new entries of {len(items)}"
        feed.save()
    return FeedPoll(new=len(new), job=job)


def feed_items(data: bytes, *, url: str) -> tuple[str, list[FeedItem]]:
    """The feed's title and its entries that link to a page, in the feed's order."""
    parsed = feedparser.parse(data)
    if parsed.bozo and not parsed.entries:
        raise PageRefused(f"{url}: not an RSS or Atom feed ({parsed.bozo_exception})")
    items = [_item(entry) for entry in parsed.entries if entry.get("link")]
    return parsed.feed.get("title", ""), items


def feeds_due(now: dt.datetime) -> list[Feed]:
    """Active feeds whose interval has passed since their last poll."""
    return [
        feed
        for feed in Feed.objects.filter(active=True)
        if feed.last_polled_at is None
        or feed.last_polled_at + dt.timedelta(minutes=feed.poll_every_minutes) <= now
    ]


def _item(entry) -> FeedItem:
    published = entry.get("published_parsed") or entry.get("updated_parsed")
    meta = DocumentMeta(
        title=entry.get("title", "")[:500],
        url=entry["link"],
        published=dt.date(*published[:3]) if published else None,
    )
    return FeedItem(entry_id=entry.get("id") or entry["link"], meta=meta)


def _unseen(feed: Feed, items: list[FeedItem]) -> list[FeedItem]:
    seen = FeedEntry.objects.filter(feed=feed)
    ids = set(seen.values_list("entry_id", flat=True))
    urls = set(seen.values_list("url", flat=True))
    new = []
    for item in items:
        if item.entry_id not in ids and item.meta.url not in urls:
            new.append(item)
            ids.add(item.entry_id)
            urls.add(item.meta.url)
    return new


def _queue(feed: Feed, items: list[FeedItem], created_by) -> ImportJob:
    job = job_create(
        origin=JobOrigin.FEED,
        pages=[item.meta for item in items],
        description=f"{len(items)} new entries of {feed.url}",
        created_by=created_by,
    )
    documents = job.documents.order_by("position")
    FeedEntry.objects.bulk_create(
        FeedEntry(feed=feed, entry_id=item.entry_id[:2000], url=item.meta.url, job_document=doc)
        for item, doc in zip(items, documents, strict=True)
    )
    return job
