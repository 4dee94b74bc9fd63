"""Download one URL politely and safely: http(s) only, public addresses, limits on size, time and redirects.

httpx is imported here and in no module of the core. Every failure is a `FetchError` whose
message is the one-line reason the user sees ("HTTP 404 Not Found", "larger than 20 MB").
Redirects are followed by hand so that each hop is checked like the first (a public page
must not redirect factlint into a private network, nor past another site's robots.txt).
"""

from __future__ import annotations

import ipaddress
import socket
import time
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

import httpx

from factlint import __version__
from factlint.read.textfile import size_text

USER_AGENT = f"factlint/{__version__} (fact-checking linter; fetches the sources an article cites)"
_REDIRECTS = {301, 302, 303, 307, 308}
_RETRY_STATUS = {429, 500, 502, 503, 504}


class FetchError(Exception):
    """Why a URL could not be fetched, in a few words."""


@dataclass(frozen=True)
class Limits:
    """How far one fetch may go."""

    timeout: float = 20.0          # seconds for a whole download
    max_size: int = 20_000_000     # bytes of body, after decompression
    max_redirects: int = 5
    retries: int = 2               # after a timeout, a dropped connection, 429 or 5xx
    allow_private: bool = False    # loopback, private and link-local addresses (tests, intranets)


@dataclass(frozen=True)
class Response:
    """A page as the server sent it."""

    url: str
    final_url: str
    status: int
    content_type: str
    body: bytes


def url_problem(url: str) -> str | None:
    """Why a URL cannot be fetched before any request is made (scheme, host, port, syntax); None when it can."""
    try:
        parts = urlsplit(url)
        port = parts.port  # ValueError when out of range
        httpx.URL(url)
    except (ValueError, httpx.InvalidURL) as exc:
        return f"not a valid URL ({_first_line(exc)})"
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https"):
        return f"only http and https URLs are fetched, not {scheme or 'relative'} ones"
    if not parts.hostname:
        return "the URL names no host"
    return None if port != 0 else "the URL names port 0"


def check_address(url: str, allow_private: bool) -> None:
    """Refuse what is not a valid http(s) URL, and hosts that resolve to a non-public address."""
    problem = url_problem(url)
    if problem:
        raise FetchError(problem)
    parts = urlsplit(url)
    if allow_private:
        return
    try:
        infos = socket.getaddrinfo(parts.hostname, parts.port or 443, proto=socket.IPPROTO_TCP)
    except (socket.gaierror, UnicodeError) as exc:
        raise FetchError(f"cannot resolve {parts.hostname}: {getattr(exc, 'strerror', None) or exc}") from None
    for info in infos:
        address = ipaddress.ip_address(info[4][0].split("%")[0])
        if not address.is_global or address.is_multicast:
            raise FetchError(f"{parts.hostname} is a private, loopback or link-local address "
                             "(--allow-private fetches it)")


def new_client(limits: Limits) -> httpx.Client:
    """One HTTP client for a run: our User-Agent, no automatic redirects, per-operation timeouts."""
    return httpx.Client(headers={"User-Agent": USER_AGENT, "Accept": "text/html,application/xhtml+xml,"
                                 "application/pdf,text/plain;q=0.9,*/*;q=0.1"},
                        timeout=httpx.Timeout(limits.timeout), follow_redirects=False, trust_env=False)


def get(client: httpx.Client, url: str, limits: Limits, refusal=None) -> Response:
    """GET a URL with retries and backoff; FetchError with the reason when it cannot be had.
    `refusal(url)` says why a redirect target may not be fetched (its site's robots.txt), or None."""
    for attempt in range(limits.retries + 1):
        try:
            response = _follow(client, url, limits, refusal)
        except _Retryable as exc:
            if attempt == limits.retries:
                raise FetchError(str(exc)) from None
            time.sleep(min(exc.wait if exc.wait is not None else 2 ** attempt, 30))  # Retry-After, else 1 s, 2 s, …
            continue
        return response
    raise AssertionError("unreachable")  # pragma: no cover


class _Retryable(FetchError):
    """A failure that may pass: a timeout, a dropped connection, 429 or 5xx."""

    def __init__(self, message: str, wait: float | None = None):
        super().__init__(message)
        self.wait = wait


def _follow(client: httpx.Client, url: str, limits: Limits, refusal=None) -> Response:
    current = url
    for hop in range(limits.max_redirects + 1):
        check_address(current, limits.allow_private)
        refused = refusal(current) if hop and refusal is not None else None
        if refused:
            raise FetchError(f"redirected to {current}: {refused}")
        status, headers, body = _download(client, current, limits)
        if status in _REDIRECTS and headers.get("location"):
            current = urljoin(current, headers["location"])
            continue
        if status in _RETRY_STATUS:
            raise _Retryable(f"HTTP {status} {_phrase(status)}", _retry_after(headers.get("retry-after")))
        if status != 200:
            raise FetchError(f"HTTP {status} {_phrase(status)}")
        return Response(url, current, status, headers.get("content-type", ""), body)
    raise FetchError(f"more than {limits.max_redirects} redirects")


def _download(client: httpx.Client, url: str, limits: Limits) -> tuple[int, httpx.Headers, bytes]:
    """Status, headers and at most max_size bytes of body, within the time limit."""
    started = time.monotonic()
    try:
        with client.stream("GET", url) as response:
            _check_peer(response, url, limits.allow_private)
            if response.status_code != 200:
                return response.status_code, response.headers, b""
            declared = response.headers.get("content-length", "")
            if declared.isdigit() and int(declared) > limits.max_size:
                raise FetchError(f"larger than {size_text(limits.max_size)} ({size_text(int(declared))})")
            chunks, total = [], 0
            for chunk in response.iter_bytes():
                total += len(chunk)
                if total > limits.max_size:
                    raise FetchError(f"larger than {size_text(limits.max_size)}")
                if time.monotonic() - started > limits.timeout:
                    raise _Retryable(f"took longer than {limits.timeout:g} s")
                chunks.append(chunk)
            return response.status_code, response.headers, b"".join(chunks)
    except httpx.TimeoutException:
        raise _Retryable(f"no answer within {limits.timeout:g} s") from None
    except httpx.TransportError as exc:
        raise _Retryable(f"connection failed: {_first_line(exc)}") from None
    except (httpx.HTTPError, httpx.InvalidURL) as exc:
        raise FetchError(f"HTTP error: {_first_line(exc)}") from None


def _check_peer(response: httpx.Response, url: str, allow_private: bool) -> None:
    """Refuse the answer when the connection itself went to a non-public address: a host name may
    resolve to a public address when checked and to a private one when connected (DNS rebinding).
    The request has been sent by then, but nothing of the answer is read, stored or shown."""
    if allow_private:
        return
    stream = response.extensions.get("network_stream")
    peer = stream.get_extra_info("server_addr") if stream is not None else None
    if not peer:
        return
    address = ipaddress.ip_address(str(peer[0]).split("%")[0])
    if not address.is_global or address.is_multicast:
        raise FetchError(f"{urlsplit(url).hostname} connected to a private, loopback or link-local address "
                         "(--allow-private fetches it)")


def _first_line(exc: Exception) -> str:
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0][:200]


def _retry_after(value: str | None) -> float | None:
    return float(value) if value and value.strip().isdigit() else None


def _phrase(status: int) -> str:
    try:
        return httpx.codes.get_reason_phrase(status)
    except ValueError:  # pragma: no cover - httpx knows every code it parses
        return ""
