"""Which locked URLs no article cites any more, so `fetch` drops them from the lock (pip-compile keeps
nothing stale either).

A lock serves every article of its project, and `fetch docs/a.md` names only some of them, so
"no longer cited" is asked of every article under the lock file's folder that uses that lock,
read as `check` would find them (excludes and .gitignore apply), plus the articles of this run.
Only the sources are read, never the prose. When an article there cannot be read, its lock is
left as it is: what that article cites is not known.
"""

from __future__ import annotations

import os
from pathlib import Path

from factlint.fetch.plan import Wanted
from factlint.parse.article import source_urls
from factlint.read.pages import normal_url, read_lock
from factlint.runner import Outcome, Request, run


def uncited(wanted: list[Wanted], outcome: Outcome, settings, sources: str | None) -> dict[Path, list[str]]:
    """For each lock this run uses, the URLs it pins that no article of its project cites (sorted)."""
    locks = {_key(w.lock): w.lock for w in wanted}
    locks.update({_key(config.cache_paths()[1]): config.cache_paths()[1] for _, _, config in outcome.documents})
    stale = {}
    for key, lock in locks.items():
        pinned = read_lock(lock) if os.path.lexists(lock) else {}
        cited = _cited_under(lock, settings, sources) if pinned else set()
        if cited is None:
            continue
        cited |= {w.url for w in wanted if _key(w.lock) == key}
        gone = sorted(set(pinned) - cited)
        if gone:
            stale[lock] = gone
    return stale


def _key(lock: Path) -> str:
    return os.path.abspath(lock)


def _cited_under(lock: Path, settings, sources: str | None) -> set[str] | None:
    """Every URL the articles under the lock's folder that use this lock cite; None when one of them
    cannot be read."""
    outcome = run(Request((str(lock.parent),), sources, lint=False), settings)
    if outcome.errors:
        return None
    return {normal_url(url) for document, sidecar, config in outcome.documents
            if _key(config.cache_paths()[1]) == _key(lock) for url in source_urls(document, sidecar)}
