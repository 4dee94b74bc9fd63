"""Which URLs to fetch: every source of the given articles that has a URL and no text of its own
(a footnote whose one line is a title and a link counts as having none).

The articles are found and read by the runner and parsed by the core, as `check` does, so
fetch sees exactly the sources check will look up; nothing here reads or parses anew.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from factlint.lint.checks import merged_sources
from factlint.parse.article import parse_article
from factlint.read.pages import normal_url
from factlint.runner import Outcome


@dataclass(frozen=True)
class Wanted:
    """One URL to have in one project's cache, and where an article first cites it from."""

    url: str
    where: str      # path:line of the source's definition, for messages
    cache: Path
    lock: Path
    limit: int      # max-file-size: what the cache may be asked to read back


def wanted_urls(outcome: Outcome) -> list[Wanted]:
    """The URL-only sources of the articles the runner read, each URL once per cache."""
    found: dict[tuple[Path, str], Wanted] = {}
    for document, sidecar, config in outcome.documents:
        cache, lock = config.cache_paths()
        for source in merged_sources(parse_article(document, sidecar, config.citation_scope)).values():
            if source.wants_page:
                url = normal_url(source.url)
                found.setdefault((cache, url), Wanted(url, f"{source.path}:{source.line}", cache, lock,
                                                      config.max_file_size))
    return list(found.values())
