"""Ingestion through the queue: import jobs, pages fetched from URLs, news feeds."""
