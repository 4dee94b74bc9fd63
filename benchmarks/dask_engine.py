"""Throughput of `check --engine dask` against the local run, and the cost of one batch on a cluster.

    python benchmarks/dask_engine.py [--mb 50] [--workers 2] [--runs 1] [--corpus DIR]

Writes (or reuses, with --corpus) a corpus of articles with sidecars, then times whole commands:
the local run (`--jobs W` when the option exists), `--engine dask` starting its own LocalCluster,
and `--engine dask --scheduler` on a cluster already running. Then it times empty and one-article
batches on that cluster: what each batch costs beyond its articles. Needs factlint[dask].
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

FACTLINT = [sys.executable, "-m", "factlint", "check", "--format", "json", "-q"]
MAKE_CORPUS = Path("/work/shared/perf/make-corpus")


def corpus(folder: Path, mb: float) -> Path:
    """A corpus of about `mb` MB of articles with excerpt sidecars (the shared make-corpus tool)."""
    if not any(folder.glob("*.md")):
        subprocess.run([sys.executable, str(MAKE_CORPUS), str(folder), str(mb), "--excerpts"], check=True)
    return folder


def megabytes(folder: Path) -> float:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file()) / 1e6


def best(args: list[str], runs: int) -> tuple[float, float, bytes]:
    """The fastest wall time of `runs` runs of a whole command, its CPU seconds (with the processes it
    started and ended: its own workers), and its report."""
    times, out = [], b""
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        out = subprocess.run(args, capture_output=True).stdout
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        times.append((time.perf_counter() - start, after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime))
    return *min(times), out


def has_jobs() -> bool:
    return "--jobs" in subprocess.run(FACTLINT[:4] + ["--help"], capture_output=True, text=True).stdout


def batch_overhead(address: str, folder: Path, batches: int = 40) -> tuple[float, float]:
    """Seconds per empty batch and per one-article batch, submitted the way the engine submits them."""
    import distributed

    from factlint.engines.work import Job, lint_batch
    from factlint.read.files import Target
    from factlint.read.settings import Settings
    from factlint.runner import Request

    article = sorted(folder.glob("*.md"))[0]
    job = Job(0, Target(article.resolve(), article.name), Settings().for_path(article), article.name)
    with distributed.Client(address) as client:
        client.submit(lint_batch, [job], Request(), None, pure=False).result()  # warm the workers
        timings = []
        for jobs in ([], [job]):
            start = time.perf_counter()
            futures = [client.submit(lint_batch, jobs, Request(), None, pure=False) for _ in range(batches)]
            client.gather(futures)
            timings.append((time.perf_counter() - start) / batches)
    return timings[0], timings[1] - timings[0]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=50)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--runs", type=int, default=1)
    parser.add_argument("--corpus", type=Path)
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        folder = corpus(options.corpus or Path(scratch) / "corpus", options.mb)
        size = megabytes(folder)
        print(f"corpus: {size:.1f} MB (articles + sidecars) in {folder}, {options.workers} workers, "
              f"{os.cpu_count()} CPUs")
        report(folder, size, options)


def report(folder: Path, size: float, options) -> None:
    import distributed

    # --no-cache: the local run must do the work, as the cluster does (the engines keep no result cache)
    local_args = FACTLINT + ([f"--jobs={options.workers}", "--no-cache"] if has_jobs() else []) + [str(folder)]
    local, cpu, expected = best(local_args, options.runs)
    print(f"local {' '.join(local_args[7:-1]) or '(one process)'}: {local:.1f} s, {size / local:.2f} MB/s, "
          f"CPU {cpu:.1f} s")
    own, cpu, out = best(FACTLINT + ["--engine", "dask", str(folder)], options.runs)
    print(f"dask, own LocalCluster: {own:.1f} s, {size / own:.2f} MB/s, CPU {cpu:.1f} s (workers included), "
          f"identical: {out == expected}")
    with distributed.LocalCluster(n_workers=options.workers, threads_per_worker=1, dashboard_address=None,
                                  silence_logs=40) as cluster:
        running, cpu, out = best(FACTLINT + ["--engine", "dask", "--scheduler", cluster.scheduler_address,
                                             str(folder)], options.runs)
        print(f"dask, running cluster: {running:.1f} s, {size / running:.2f} MB/s, client CPU {cpu:.1f} s, "
              f"identical: {out == expected}")
        empty, article = batch_overhead(cluster.scheduler_address, folder)
    print(f"per batch: {empty * 1000:.1f} ms for an empty batch; one article adds {article * 1000:.1f} ms")


if __name__ == "__main__":
    main()
