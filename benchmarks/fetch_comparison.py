"""Does check after fetch find what check finds with hand-written excerpts?

    python benchmarks/fetch_comparison.py [FIXTURE ...] [-v]

Every fixture whose sidecar quotes its sources inline is copied with its excerpts moved onto
news pages (menu, sidebar, footer around the article) served on 127.0.0.1; the copy's sidecar
only links them. `factlint fetch` then fills the copy's cache, the server stops, and
`factlint check` runs offline. The findings about the article are compared with those of the
original as (rule, line, figure); the findings about the sidecar (whose lines move) by rule.
Needs the fetch extra. Reaches nothing outside the machine.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from collections import Counter
from pathlib import Path

from click.testing import CliRunner

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from factlint.cli import main as cli  # noqa: E402
from webfixtures import Server, quoted_sources, url_only_copy  # noqa: E402

FETCH = ("--allow-private", "--delay", "0", "--retries", "0", "--timeout", "5", "--isolated", "-q")


def _factlint(folder: Path, *args: str):
    old = os.getcwd()
    os.chdir(folder)
    try:
        return CliRunner().invoke(cli, list(args), catch_exceptions=False)
    finally:
        os.chdir(old)


def findings_of(folder: Path) -> tuple[set, Counter]:
    """(rule, line, figure) of the findings about articles; a count by rule of those about sidecars."""
    report = json.loads(_factlint(folder, "check", ".", "--isolated", "--format", "json").stdout)
    article, sidecar = set(), Counter()
    for f in report["findings"]:
        if ".sources." in f["path"]:
            sidecar[f["rule"]] += 1
        else:
            article.add((f["rule"], f["line"], f.get("figure")))
    return article, sidecar


def compare(fixtures: list[Path], work: Path) -> list[tuple[str, set, set, bool]]:
    """For each fixture: (name, findings only with excerpts, findings only after fetch, sidecar rules equal)."""
    server = Server({}).start()
    copies = {}
    for fixture in fixtures:
        copies[fixture] = work / fixture.name
        url_only_copy(fixture, copies[fixture], server)
    for copy in copies.values():
        _factlint(copy, "fetch", ".", *FETCH)
    server.stop()
    rows = []
    for fixture, copy in copies.items():
        (original, original_sidecar), (fetched, fetched_sidecar) = findings_of(fixture), findings_of(copy)
        rows.append((fixture.name, original - fetched, fetched - original, original_sidecar == fetched_sidecar))
    return rows


def eligible(folder: Path) -> list[Path]:
    """The fixtures whose sources are all quoted in a sidecar."""
    return sorted(p for p in folder.iterdir() if p.is_dir() and quoted_sources(p) is not None)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("fixtures", nargs="*", help="fixture folders (default: every eligible one)")
    parser.add_argument("-v", "--verbose", action="store_true", help="list every difference")
    args = parser.parse_args()
    chosen = [Path(f) for f in args.fixtures] or eligible(ROOT / "fixtures")
    with tempfile.TemporaryDirectory() as work:
        rows = compare(chosen, Path(work))
    same = [name for name, lost, gained, sidecar in rows if not lost and not gained and sidecar]
    for name, lost, gained, sidecar in rows:
        if args.verbose and (lost or gained or not sidecar):
            print(f"{name}: only with excerpts {sorted(lost, key=str)}; only after fetch {sorted(gained, key=str)}"
                  + ("" if sidecar else "; sidecar findings differ"))
    print(f"{len(same)} of {len(rows)} fixtures give the same findings after fetch as with hand-written excerpts")
    return 0 if len(same) == len(rows) else 1


if __name__ == "__main__":
    sys.exit(main())
