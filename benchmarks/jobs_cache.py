"""Measure --jobs, the result cache and start-up with the shared perf kit, side by side in one run.

    python benchmarks/jobs_cache.py [--perf ../shared/perf] [--mb 3] [--runs 3] [--corpus DIR]

Makes (or re-uses) a corpus with `make-corpus --excerpts`, then prints, each ratio taken pair by
pair on whole processes run in turn:
  cpu vs floor  factlint --jobs 1 --no-cache CPU / the floor's   (`compare`)
  jobs 2 / 1    wall of --jobs 2 / wall of --jobs 1, both --no-cache
  warm / cold   wall of a re-run over the unchanged corpus / the run that filled the cache
  one file      a one-file check (--no-cache) / starting spaCy   (`startup`)
The issue's targets are 1.5, 0.6, 0.25 and 1.10. The machine is shared: quote ratios, not seconds.
"""

from __future__ import annotations

import argparse
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FACTLINT = [sys.executable, "-m", "factlint"]


def perf_line(tool: Path, args: list[str], prefix: str) -> dict[str, float]:
    """Run a perf-kit script and read the key=value pairs of its last line."""
    done = subprocess.run([sys.executable, str(tool), *args], capture_output=True, text=True, check=True)
    print(done.stdout.rstrip())
    line = next(line for line in reversed(done.stdout.splitlines()) if line.startswith(prefix))
    return {key: float(value) for key, value in re.findall(r"(\w+)=([\d.]+)", line)}


def in_turn(a: list[str], b: list[str], runs: int, before=None) -> list[float]:
    """Wall ratios a/b, pair by pair, after one warm-up of each; `before` runs ahead of every pair."""
    sys.path.insert(0, str(PERF))
    from timing import measure

    ok = (0, 1)
    ratios = []
    for n in range(runs + 1):
        if before:
            before()
        first, second = measure(a, ok=ok), measure(b, ok=ok)
        if first.stdout != second.stdout:
            raise SystemExit(f"the two runs disagree:\n  {' '.join(a)}\n  {' '.join(b)}")
        if n:
            ratios.append(first.wall / second.wall)
    return ratios


def spread(values: list[float]) -> str:
    return f"{statistics.median(values):.2f} [{min(values):.2f}–{max(values):.2f}]"


def main() -> int:
    global PERF
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--perf", default=str(ROOT.parent / "shared" / "perf"), help="the perf kit's folder")
    parser.add_argument("--mb", type=float, default=3)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--corpus", help="where to make (or find) the corpus; default: a temporary folder")
    args = parser.parse_args()
    PERF = Path(args.perf).resolve()
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(args.corpus or Path(tmp) / "corpus")
        if not corpus.exists():
            subprocess.run([sys.executable, str(PERF / "make-corpus"), str(corpus), str(args.mb), "--excerpts"],
                           check=True)
        one = Path(tmp) / "one"
        subprocess.run([sys.executable, str(PERF / "make-corpus"), str(one), "--sources-size", "500"], check=True)
        cache = Path(tmp) / "cache"
        check = [*FACTLINT, "check", str(corpus), "--format", "json", "-q"]
        rows = [("cpu vs floor, --jobs 1", f"{perf_line(PERF / 'compare', ['--factlint', ' '.join(FACTLINT), '--runs', str(args.runs), '--jobs', '1', str(corpus)], 'perf:')['cpu_ratio']:.2f}", "1.5")]
        jobs = in_turn([*check, "--no-cache", "--jobs", "2"], [*check, "--no-cache", "--jobs", "1"], args.runs)
        rows.append(("wall --jobs 2 / --jobs 1", spread(jobs), "0.6"))
        warm = in_turn([*check, "--cache-dir", str(cache)], [*check, "--cache-dir", str(cache)], args.runs,
                       before=lambda: shutil.rmtree(cache, ignore_errors=True))
        rows.append(("wall cold / warm (inverse of warm/cold)", spread(warm), "≥ 4"))
        rows.append(("wall warm / cold", spread([1 / r for r in warm]), "0.25"))
        start = perf_line(PERF / "startup", ["--factlint", " ".join(FACTLINT), "--runs", str(args.runs * 3),
                                             str(one / "article.md")], "startup:")
        rows.append(("one file / spaCy start-up", f"{start['ratio']:.2f}", "1.10"))
    print(f"\n{'measure':42} {'ratio (median [min–max])':26} target")
    for name, value, target in rows:
        print(f"{name:42} {value:26} {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
