"""Fuzz factlint for a long time: generated and mutated articles and sidecars, invariants checked on each.

    python benchmarks/fuzz.py 100000 --jobs 2 --out /tmp/factlint-fuzz

Uses the generator and the checks of tests/fuzzing.py (the property test runs a few hundred
of the same inputs). Each input is laid out in a temporary folder and checked through the
real command, in-process, as JSON (and every fifth also as SARIF). A failing input is kept under --out with
what broke, and its seed; `--seed N --count 1` runs one again.
"""

from __future__ import annotations

import argparse
import multiprocessing
import random
import shutil
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from fuzzing import RandomChooser, case, check_case, write_case  # noqa: E402


def one(seed: int, out: Path | None) -> tuple[int, list[str]]:
    """Check the input of one seed; (seed, problems)."""
    files = case(RandomChooser(random.Random(seed)))
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "case"
        folder.mkdir()
        write_case(folder, files)
        problems = check_case(folder, ("json", "sarif") if seed % 5 == 0 else ("json",))
        if problems and out is not None:
            kept = out / f"seed-{seed}"
            shutil.rmtree(kept, ignore_errors=True)
            shutil.copytree(folder, kept, symlinks=True)
            (kept / "PROBLEMS.txt").write_text("\n".join(problems) + "\n", encoding="utf-8", errors="replace")
    return seed, problems


def _work(job: tuple[int, str | None]) -> tuple[int, list[str]]:
    seed, out = job
    return one(seed, Path(out) if out else None)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("count", type=int, help="how many inputs to generate")
    parser.add_argument("--seed", type=int, default=0, help="first seed (inputs use seed, seed+1, …)")
    parser.add_argument("--jobs", type=int, default=multiprocessing.cpu_count())
    parser.add_argument("--out", default=None, help="folder to keep failing inputs in")
    args = parser.parse_args()
    out = Path(args.out) if args.out else None
    if out:
        out.mkdir(parents=True, exist_ok=True)
    start, failures, kinds, done = time.perf_counter(), [], Counter(), 0
    jobs = [(seed, str(out) if out else None) for seed in range(args.seed, args.seed + args.count)]
    with multiprocessing.Pool(args.jobs) as pool:
        for seed, problems in pool.imap_unordered(_work, jobs, chunksize=20):
            done += 1
            if problems:
                failures.append(seed)
                kinds.update(p.split(":")[0] if p.startswith(("json", "sarif")) else p.split(" ")[-1][:40]
                             for p in problems)
                print(f"seed {seed}: {problems[0][:300]}", flush=True)
            if done % 5000 == 0:
                print(f"{done} inputs, {len(failures)} failing, {time.perf_counter() - start:.0f} s", flush=True)
    seconds = time.perf_counter() - start
    print(f"{done} inputs in {seconds:.0f} s ({done / seconds:.1f}/s), {len(failures)} failing"
          + (f": seeds {sorted(failures)[:50]}" if failures else ""))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
