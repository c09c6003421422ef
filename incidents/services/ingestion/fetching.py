"""Fetch a web page or a feed for import, refusing what a server should not fetch.

A curator types the URL, so the server must not become a way into its own network:
every connection, redirects included, goes only to addresses that are public, unless
settings.FETCH_ALLOWED_NETWORKS lists their network. The address is checked where the
connection is opened, so a name cannot resolve to a public address for the check and a
private one for the connection. Answers are bounded: time (FETCH_TIMEOUT_SECONDS),
redirects (FETCH_MAX_REDIRECTS), size (DOCUMENT_MAX_BYTES) and content type.
"""

from __future__ import annotations

import datetime as dt
import ipaddress
import socket
from dataclasses import dataclass
from urllib.parse import urlsplit

import httpcore
import httpx
from django.conf import settings
from django.utils import timezone

PAGE_TYPES = ("text/html", "application/xhtml+xml", "text/plain")
FEED_TYPES = (
    "application/rss+xml",
    "application/atom+xml",
    "application/rdf+xml",
    "application/xml",
    "text/xml",
)
USER_AGENT = "incident-database/1.0 (news import)"


class PageRefused(Exception):
    """The URL or its answer is not importable; trying again would not help."""


class AddressRefused(PageRefused):
    """The URL's host is, or redirects to, an address the server must not fetch from."""


class PageUnavailable(Exception):
    """The server could not be reached or answered with a temporary error; worth a retry."""


@dataclass(frozen=True)
class FetchedPage:
    url: str  # after redirects
    data: bytes
    content_type: str
    fetched_at: dt.datetime

    @property
    def fmt(self) -> str:
        return "text" if self.content_type == "text/plain" else "html"


def page_fetch(url: str, *, accept: tuple[str, ...] = PAGE_TYPES) -> FetchedPage:
    """The page at `url`, or PageRefused / PageUnavailable with a one-line reason."""
    url_check(url)
    limit = settings.DOCUMENT_MAX_BYTES
    try:
        with _client() as client, client.stream("GET", url) as response:
            return _read(url, response, accept, limit)
    except AddressRefused as refused:
        raise PageRefused(f"{url}: {refused}") from None
    except httpx.TooManyRedirects:
        raise PageRefused(
            f"{url}: more than {settings.FETCH_MAX_REDIRECTS} redirects (a redirect loop?)"
        ) from None
    except httpx.TimeoutException:
        raise PageUnavailable(
            f"{url}: no answer within {settings.FETCH_TIMEOUT_SECONDS} s"
        ) from None
    except httpx.TransportError as error:
        raise PageUnavailable(f"{url}: {type(error).__name__}: {error}") from None


def url_check(url: str) -> None:
    """PageRefused unless `url` is an http or https URL with a host."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise PageRefused(f"{url}: only http and https URLs with a host can be fetched")


def _client() -> httpx.Client:
    return httpx.Client(
        transport=_PublicOnlyTransport(),
        follow_redirects=True,
        max_redirects=settings.FETCH_MAX_REDIRECTS,
        timeout=settings.FETCH_TIMEOUT_SECONDS,
        headers={"User-Agent": USER_AGENT},
        # Proxies from the environment would open the connections instead of the check below.
        trust_env=False,
    )


def _read(url: str, response: httpx.Response, accept: tuple[str, ...], limit: int) -> FetchedPage:
    _check_status(url, response)
    content_type = response.headers.get("content-type", "").split(";")[0].strip().lower()
    if content_type not in accept:
        raise PageRefused(
            f"{url}: content type {content_type or '(none)'} is not one of {', '.join(accept)}"
        )
    declared = response.headers.get("content-length", "")
    if declared.isdecimal() and int(declared) > limit:
        raise PageRefused(f"{url}: {int(declared)} bytes, over the limit of {limit}")
    data = bytearray()
    for chunk in response.iter_bytes():
        data += chunk
        if len(data) > limit:
            raise PageRefused(f"{url}: larger than the limit of {limit} bytes")
    return FetchedPage(str(response.url), bytes(data), content_type, timezone.now())


def _check_status(url: str, response: httpx.Response) -> None:
    status = response.status_code
    if status == 429 or status >= 500:
        raise PageUnavailable(f"{url}: the server answered {status}, try later")
    if status >= 400:
        raise PageRefused(f"{url}: the server answered {status}")


class _PublicOnlyTransport(httpx.HTTPTransport):
    def __init__(self) -> None:
        super().__init__()
        # httpx does not take a network backend; its connection pool does (httpcore).
        self._pool._network_backend = _PublicOnlyBackend()


class _PublicOnlyBackend(httpcore.SyncBackend):
    def connect_tcp(self, host, port, timeout=None, local_address=None, socket_options=None):
        address = address_checked(host, port)
        return super().connect_tcp(address, port, timeout, local_address, socket_options)


def address_checked(host: str, port: int) -> str:
    """The address to connect to for `host`; AddressRefused if any of its addresses is internal."""
    try:
        found = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror:
        raise AddressRefused(f"{host} does not resolve") from None
    addresses = [ipaddress.ip_address(info[4][0].split("%")[0]) for info in found]
    for address in addresses:
        kind = _internal_kind(address)
        if kind:
            raise AddressRefused(
                f"{host} resolves to {address}, a {kind} address: refused "
                "(FETCH_ALLOWED_NETWORKS can allow it)"
            )
    return str(addresses[0])


def _internal_kind(address: ipaddress.IPv4Address | ipaddress.IPv6Address) -> str:
    """'' for an address the server may fetch from, else what kind of address it is."""
    mapped = getattr(address, "ipv4_mapped", None)
    address = mapped or address
    if any(address in ipaddress.ip_network(n) for n in settings.FETCH_ALLOWED_NETWORKS):
        return ""
    for kind in ("loopback", "link_local", "private", "multicast", "reserved", "unspecified"):
        if getattr(address, f"is_{kind}"):
            return kind.replace("_", "-")
    return "" if address.is_global else "non-public"
