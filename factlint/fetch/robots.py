"""robots.txt, read the way RFC 9309 says: 4xx means no rules, an unreachable file means stay out.

One file per site, fetched with the same client and limits as the pages; its Crawl-delay
(capped) sets the pause between two requests to that site. A redirect to another site is
checked against that site's robots.txt too (SiteRules reads each site's file once a run).
"""

from __future__ import annotations

import threading
from urllib.parse import urlsplit
from urllib.robotparser import RobotFileParser

from factlint.fetch.client import FetchError, Limits, get

MAX_ROBOTS_SIZE = 500_000    # RFC 9309 §2.5: a crawler must read at least 500 KiB
MAX_CRAWL_DELAY = 30.0
_AGENT = "factlint"


class Robots:
    """What one site's robots.txt allows factlint."""

    def __init__(self, parser: RobotFileParser | None, unreachable: str | None = None):
        self.parser, self.unreachable = parser, unreachable

    def allows(self, url: str) -> bool:
        """True when the site lets factlint fetch this URL."""
        if self.unreachable:
            return False
        return self.parser is None or self.parser.can_fetch(_AGENT, url)

    def delay(self) -> float:
        """The site's Crawl-delay for us, at most 30 s; 0 when it asks for none."""
        value = self.parser.crawl_delay(_AGENT) if self.parser is not None else None
        return min(float(value), MAX_CRAWL_DELAY) if value else 0.0


class SiteRules:
    """Every site's robots.txt, read once per run when a page or a redirect first reaches the site."""

    def __init__(self, limits: Limits):
        self.limits, self._read, self._lock = limits, {}, threading.Lock()

    def of(self, client, site: str) -> Robots:
        """The robots.txt of `site`, read now unless this run has read it already."""
        with self._lock:  # two sites' threads may be redirected to one third site
            if site not in self._read:
                self._read[site] = read_robots(client, site, self.limits)
            return self._read[site]

    def refusal(self, client, url: str) -> str | None:
        """Why the site of `url` does not let factlint fetch it (its robots.txt); None when it does."""
        robots = self.of(client, site_of(url))
        if robots.allows(url):
            return None
        return robots.unreachable or f"the robots.txt of {site_of(url)} disallows it (--ignore-robots fetches it)"


def site_of(url: str) -> str:
    """scheme://host[:port], the unit robots.txt and politeness apply to."""
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


def read_robots(client, site: str, limits: Limits) -> Robots:
    """The robots.txt of a site; a 4xx is no rules, a 5xx or no answer keeps us out."""
    small = Limits(limits.timeout, MAX_ROBOTS_SIZE, limits.max_redirects, 0, limits.allow_private)
    try:
        response = get(client, f"{site}/robots.txt", small)
    except FetchError as exc:
        reason = str(exc)
        if reason.startswith("HTTP 4"):
            return Robots(None)
        if reason.startswith("HTTP 5"):
            return Robots(None, unreachable=f"its robots.txt answered {reason}, so the site is not fetched "
                                            "(--ignore-robots fetches it)")
        return Robots(None, unreachable=f"{reason} (at its robots.txt)")
    parser = RobotFileParser()
    parser.parse(response.body.decode("utf-8", "replace").splitlines())
    return Robots(parser)
