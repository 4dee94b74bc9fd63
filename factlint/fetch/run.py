"""One `factlint fetch`: get what the cache lacks (or everything, with --update), or compare with the lock (--check).

Sites are fetched a few at a time, each site's pages one after another with a pause
between them (robots.txt's Crawl-delay when it asks for longer). Every URL ends as one
Result: fetched, cached, unchanged, or failed/changed with the reason.
"""

from __future__ import annotations

import os
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from factlint.fetch import store
from factlint.fetch.client import FetchError, Limits, check_address, get, new_client, url_problem
from factlint.fetch.extract import main_text
from factlint.fetch.plan import Wanted
from factlint.fetch.robots import SiteRules, site_of
from factlint.read.pages import LOCK_VERSION, is_lock, read_lock, read_text, sha256, shown_path

OK_STATES = ("fetched", "cached", "unchanged")


@dataclass(frozen=True)
class Options:
    """How this run fetches."""

    mode: str = "missing"        # "missing": only what the cache lacks; "update": all anew; "check": compare
    limits: Limits = Limits()
    delay: float = 1.0           # seconds between two requests to one site
    jobs: int = 4                # sites fetched at once
    ignore_robots: bool = False


@dataclass(frozen=True)
class Result:
    """What became of one URL."""

    wanted: Wanted
    state: str                   # fetched, cached, unchanged, failed, changed
    detail: str = ""
    stored: store.Stored | None = field(default=None, compare=False)


def fetch(wanted: list[Wanted], options: Options) -> list[Result]:
    """Fetch (or look up) every wanted URL; the lock files are updated at the end, once each."""
    locks = {lock: read_lock(lock, limit) for lock, limit in dict.fromkeys((w.lock, w.limit) for w in wanted)}
    results, to_fetch = [], []
    for item in wanted:
        early = _without_network(item, locks[item.lock].get(item.url), options)
        if early is None:
            to_fetch.append(item)
        else:
            results.append(early)
    by_site: dict[str, list[Wanted]] = {}
    for item in to_fetch:
        by_site.setdefault(site_of(item.url), []).append(item)
    rules = SiteRules(options.limits)
    with ThreadPoolExecutor(max_workers=max(1, options.jobs)) as pool:
        for done in pool.map(lambda site: _fetch_site(site, by_site[site], locks, options, rules), list(by_site)):
            results.extend(done)
    if options.mode != "check":
        _write_locks(results)
    order = {id(w): n for n, w in enumerate(wanted)}
    return sorted(results, key=lambda r: order[id(r.wanted)])


def _without_network(item: Wanted, locked: dict | None, options: Options) -> Result | None:
    """The result for a URL that needs no request in this mode; None when it must be fetched."""
    mode, problem = options.mode, url_problem(item.url)
    if problem:
        return _failed(item, problem, options)
    if mode == "check" and locked is None:
        return Result(item, "failed", "not in the lock file; run factlint fetch first")
    if mode == "missing" and locked is not None and read_text(item.cache, locked.get("text_sha256"),
                                                              item.limit) is not None:
        return Result(item, "cached")
    return None


def _fetch_site(site: str, items: list[Wanted], locks: dict[Path, dict], options: Options,
                rules: SiteRules) -> list[Result]:
    """One site's URLs, one after another, as its robots.txt allows (and a redirect's target site's)."""
    try:
        check_address(f"{site}/", options.limits.allow_private)  # before robots.txt: a refused host gets nothing
    except FetchError as exc:
        return [_failed(item, str(exc), options) for item in items]
    results = []
    with new_client(options.limits) as client:
        robots = None if options.ignore_robots else rules.of(client, site)
        refusal = None if robots is None else (lambda url: rules.refusal(client, url))
        pause = max(options.delay, robots.delay() if robots else 0.0)
        for n, item in enumerate(items):
            if robots is not None and not robots.allows(item.url):
                reason = robots.unreachable or "robots.txt disallows it (--ignore-robots fetches it)"
                results.append(_failed(item, reason, options))
                continue
            if n:
                time.sleep(pause)
            results.append(_fetch_one(client, item, locks[item.lock].get(item.url), options, refusal))
    return results


def _fetch_one(client, item: Wanted, locked: dict | None, options: Options, refusal=None) -> Result:
    try:
        response = get(client, item.url, options.limits, refusal)
        page = main_text(response.content_type, response.body)
    except FetchError as exc:
        return _failed(item, str(exc), options)
    stored = store.Stored(item.url, response.final_url, response.status, response.content_type[:200],
                          sha256(response.body), len(response.body), sha256(page.text), page.extractor, store.now())
    changed = locked is not None and locked.get("text_sha256") != stored.text_sha256
    if options.mode == "check":
        return Result(item, "changed" if changed else "unchanged", _changed_detail(locked) if changed else "")
    try:
        store.store_text(item.cache, page.text)
        store.store_page(item.cache, stored)
    except OSError as exc:
        return Result(item, "failed", f"cannot write the source cache {shown_path(item.cache)}: {exc.strerror or exc}")
    if changed and options.mode == "missing":
        return Result(item, "changed", _changed_detail(locked) + "; run factlint fetch --update to accept it")
    return Result(item, "fetched", f"{page.extractor}, {len(page.text):,} characters", stored)


def _changed_detail(locked: dict) -> str:
    return f"the page's text has changed since the lock (fetched {locked.get('fetched_at', 'earlier')})"


def _failed(item: Wanted, reason: str, options: Options) -> Result:
    if options.mode != "check":
        try:
            store.store_failure(item.cache, item.url, reason)
        except OSError as exc:
            reason += f" (and the source cache {shown_path(item.cache)} cannot be written: {exc.strerror or exc})"
    return Result(item, "failed", reason)


def unreadable_locks(wanted: list[Wanted]) -> list[str]:
    """One message per lock file that exists but is not a lock factlint can read (never overwritten)."""
    problems = []
    for lock in dict.fromkeys(w.lock for w in wanted):
        if os.path.lexists(lock) and not is_lock(lock):
            problems.append(f"{shown_path(lock)}: not a factlint sources lock (version {LOCK_VERSION}); "
                            "fix it, or remove it and run factlint fetch")
    return problems


def _write_locks(results: list[Result]) -> None:
    entries: dict[Path, dict[str, dict]] = {}
    for result in results:
        if result.stored is not None:
            entries.setdefault(result.wanted.lock, {})[result.wanted.url] = store.lock_entry(result.stored)
    for lock, changed in entries.items():
        store.update_lock(lock, changed)
