"""Pages fetched for import: what is refused, and why, in one line."""

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from incidents.services.ingestion.fetching import PageRefused, page_fetch

ARTICLE = b"<html><head><title>A report</title></head><body><p>Text.</p></body></html>"
TEN_MB = 10 * 1024 * 1024


def test_it_fetches_a_page_and_says_when(site):
    site.add("/report.html", ARTICLE)

    page = page_fetch(site.url("/report.html"))

    assert (page.data, page.fmt, page.content_type) == (ARTICLE, "html", "text/html")
    assert page.fetched_at is not None


def test_it_follows_a_redirect_to_the_page(site):
    site.add("/report.html", ARTICLE)
    site.add("/moved", b"", status=301, Location="/report.html")

    assert page_fetch(site.url("/moved")).url == site.url("/report.html")


def _stream_ten_megabytes(out) -> None:
    for _ in range(10):
        out.write(b"<p>" + b"x" * (1024 * 1024 - 7) + b"</p>")


@pytest.mark.parametrize(
    ("path", "page", "reason"),
    [
        ("/loop", (b"", "text/html", 302, {"Location": "/loop"}), "more than 5 redirects"),
        ("/big", (b"x" * TEN_MB, "text/html", 200, {}), "over the limit of 5242880"),
        ("/streamed", (_stream_ten_megabytes, "text/html", 200, {}), "larger than the limit"),
        ("/report.pdf", (b"%PDF-1.7", "application/pdf", 200, {}), "content type application/pdf"),
        ("/gone", (b"", "text/html", 404, {}), "the server answered 404"),
    ],
)
def test_it_refuses_what_cannot_be_imported_saying_why(site, path, page, reason):
    body, content_type, status, headers = page
    site.add(path, body, content_type=content_type, status=status, **headers)

    with pytest.raises(PageRefused, match=reason) as refused:
        page_fetch(site.url(path))

    assert str(refused.value).startswith(site.url(path))


@pytest.mark.parametrize(
    ("url", "kind"),
    [
        ("http://10.20.30.40/report.html", "private"),
        ("http://192.168.1.1/", "private"),
        ("http://169.254.169.254/latest/meta-data/", "link-local"),
        ("http://[fe80::1]/", "link-local"),
    ],
)
def test_it_refuses_urls_to_internal_addresses(url, kind):
    with pytest.raises(PageRefused, match=f"a {kind} address: refused"):
        page_fetch(url)


def test_loopback_is_refused_unless_a_setting_allows_it(site, settings):
    site.add("/report.html", ARTICLE)
    settings.FETCH_ALLOWED_NETWORKS = []

    with pytest.raises(PageRefused, match=r"127\.0\.0\.1, a loopback address: refused"):
        page_fetch(site.url("/report.html"))


def test_a_redirect_to_an_internal_address_is_refused(site):
    site.add("/to-metadata", b"", status=302, Location="http://169.254.169.254/")

    with pytest.raises(PageRefused, match="link-local address"):
        page_fetch(site.url("/to-metadata"))


def test_it_refuses_urls_that_are_not_http():
    with pytest.raises(PageRefused, match="only http and https"):
        page_fetch("file:///etc/passwd")


@pytest.mark.django_db(transaction=True)
def test_import_url_reports_each_refusal_and_fails(site, capsys):
    site.add("/report.pdf", b"%PDF-1.7", content_type="application/pdf")

    with pytest.raises(CommandError, match="2 of 2 documents failed"):
        call_command("import_url", site.url("/report.pdf"), "http://10.0.0.8/")

    errors = capsys.readouterr().err
    assert f"{site.url('/report.pdf')}: content type application/pdf" in errors
    assert "http://10.0.0.8/: 10.0.0.8 resolves to 10.0.0.8, a private address" in errors


def test_import_url_refuses_a_url_that_is_not_one():
    with pytest.raises(CommandError, match="only http and https"):
        call_command("import_url", "ftp://example.org/report.txt")
