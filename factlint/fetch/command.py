"""`factlint fetch` from arguments to exit code: find the URL-only sources, fetch them, print one line per URL.

Successes go to standard output, each failure to standard error as one line naming the
article's source line and the URL, all text from outside escaped. Locked URLs that no article
of the project cites any more are dropped from the lock (listed, and kept, by --check). Exit 0 when every URL
is in the cache as the lock pins it, 1 when one failed or changed, 2 when the run failed.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from factlint.fetch import store
from factlint.fetch.plan import wanted_urls
from factlint.fetch.prune import uncited
from factlint.fetch.run import OK_STATES, Options, Result, fetch, unreadable_locks
from factlint.read.pages import shown_path
from factlint.report.printable import escape
from factlint.runner import Request, run

EXIT_CLEAN, EXIT_FAILED, EXIT_ERROR = 0, 1, 2
_LABEL = {"fetched": "fetched  ", "cached": "cached   ", "unchanged": "unchanged"}


def fetch_command(paths: tuple[str, ...], sources: str | None, settings, options: Options,
                  say: Callable[[str], None], fail: Callable[[str], None], quiet: bool = False) -> int:
    """Run one fetch; `say` prints a line to standard output, `fail` an error line to standard error."""
    outcome = run(Request(paths, sources, lint=False), settings)
    for error in outcome.errors:
        fail(error)
    wanted = wanted_urls(outcome)
    problems = unreadable_locks(wanted)
    for problem in problems:
        fail(problem)
    if problems:
        return EXIT_ERROR
    try:
        results = fetch(wanted, options)
    except OSError as exc:
        fail(f"{shown_path(Path(exc.filename)) if exc.filename else 'the lock file'}: cannot write: "
             f"{exc.strerror or exc}")
        return EXIT_ERROR
    for result in results:
        _print(result, say, fail, quiet)
    try:
        dropped = _drop_uncited(uncited(wanted, outcome, settings, sources), options, say, quiet)
    except OSError as exc:
        fail(f"{shown_path(Path(exc.filename)) if exc.filename else 'the lock file'}: cannot write: "
             f"{exc.strerror or exc}")
        return EXIT_ERROR
    if not quiet:
        say(_summary(results, outcome.files) + dropped)
    if outcome.errors:
        return EXIT_ERROR
    return EXIT_CLEAN if all(r.state in OK_STATES for r in results) else EXIT_FAILED


def _print(result: Result, say, fail, quiet: bool) -> None:
    url = escape(result.wanted.url)
    if result.state in OK_STATES:
        if not quiet:
            say(f"{_LABEL[result.state]} {url}" + (f" ({escape(result.detail)})" if result.detail else ""))
        return
    fail(f"{result.wanted.where}: {result.wanted.url}: {result.detail}")  # fail() escapes


def _drop_uncited(stale: dict[Path, list[str]], options: Options, say, quiet: bool) -> str:
    """Remove from each lock the URLs no article cites (--check only lists them); the summary's addition."""
    listing = options.mode == "check"
    label, note = ("uncited", "no article cites it; factlint fetch drops it from the lock") if listing \
        else ("dropped", "no article cites it now")
    for lock, urls in stale.items():
        if not listing:
            store.update_lock(lock, {}, drop=urls)
        for url in urls if not quiet else ():
            say(f"{label:<9} {escape(url)} ({note})")
    count = sum(len(urls) for urls in stale.values())
    if not count:
        return ""
    return f" {count} locked URL{'s' * (count != 1)} no longer cited" + (" (kept)." if listing else
                                                                        ", dropped from the lock.")


def _summary(results: list[Result], files: int) -> str:
    if not results:
        return f"No source to fetch in {files} file{'s' * (files != 1)} (every source has text or no URL)."
    counts = {state: sum(r.state == state for r in results)
              for state in ("fetched", "cached", "unchanged", "changed", "failed")}
    parts = [f"{n} {state}" for state, n in counts.items() if n]
    return f"{len(results)} source{'s' * (len(results) != 1)} in {files} file{'s' * (files != 1)}: {', '.join(parts)}."
