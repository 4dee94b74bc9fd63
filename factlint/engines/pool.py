"""The local engine: articles checked in a pool of worker processes, each building the pipeline once.

`check_all` returns each job's hits in the order of the jobs, whatever order the workers
finish in, so findings, reports and errors are the same as with one process. A run with
little to do stays in this process: starting workers costs more than they would save.
"""

from __future__ import annotations

import os

from factlint.lint.findings import Hit
from factlint.runner import Job, check_job

MIN_POOL_CHARS = 50_000  # below this much text (articles and sources) the workers' start-up costs more than they save


def default_workers() -> int:
    """The number of cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def check_all(jobs: list[Job], workers: int) -> list[list[Hit]]:
    """Every job's hits, in job order; in this process when one worker or little work."""
    if workers <= 1 or len(jobs) < 2 or sum(map(_size, jobs)) < MIN_POOL_CHARS:
        return [check_job(job) for job in jobs]
    from concurrent.futures import ProcessPoolExecutor  # only a run that starts workers pays for these

    largest_first = sorted(range(len(jobs)), key=lambda i: -_size(jobs[i]))  # so no worker is left with a big one
    context = _context()
    if context.get_start_method() == "fork":
        _start_worker()  # built once here, every forked worker has it: one spaCy import, not one per worker
    with ProcessPoolExecutor(min(workers, len(jobs)), mp_context=context, initializer=_start_worker) as pool:
        futures = {i: pool.submit(check_job, jobs[i]) for i in largest_first}
        return [futures[i].result() for i in range(len(jobs))]


def _size(job: Job) -> int:
    return len(job.document.text) + sum(len(e) for source in job.sidecar for e in source.excerpts)


def _context():
    """fork where there is one: workers start with what this process has already imported."""
    import multiprocessing

    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods else "spawn")


def _start_worker() -> None:
    """Build the NLP pipeline and import the checks, once per process (a no-op when inherited)."""
    import factlint.lint.checks  # noqa: F401  (the matching modules, imported on first use otherwise)
    import factlint.parse.article  # noqa: F401
    from factlint.parse.nlp import pipeline

    pipeline()
