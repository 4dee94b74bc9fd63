"""The local engine: articles checked in a pool of worker processes, each building the pipeline once.

A `Checker` returns each job's hits in the order of the jobs, whatever order the workers
finish in, so findings, reports and errors are the same as with one process. A run with
little to do stays in this process: starting workers costs more than they would save. The
pool is started once per run and fed one window of articles after another.
"""

from __future__ import annotations

import os

from factlint.runner import Job, check_job

MIN_POOL_CHARS = 50_000  # below this much text (articles and sources) the workers' start-up costs more than they save


def default_workers() -> int:
    """The number of cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


class Checker:
    """Checks jobs for one run: in this process, or in one pool of workers started the first time
    there is enough work and kept until the run ends, so each worker starts once."""

    def __init__(self, workers: int):
        self.workers = workers
        self._pool = None

    def __enter__(self) -> "Checker":
        return self

    def __exit__(self, *exc) -> None:
        if self._pool is not None:
            self._pool.shutdown()

    def submit(self, jobs: list[Job]):
        """Start checking `jobs`; returns a function that waits for their hits, in job order."""
        if self._pool is None and (self.workers <= 1 or len(jobs) < 2 or sum(map(job_size, jobs)) < MIN_POOL_CHARS):
            hits = [check_job(job) for job in jobs]
            return lambda: hits
        if self._pool is None:
            self._pool = _start_pool(min(self.workers, len(jobs)))
        largest_first = sorted(range(len(jobs)), key=lambda i: -job_size(jobs[i]))  # so no worker is left with a big one
        futures = {i: self._pool.submit(check_job, jobs[i]) for i in largest_first}
        return lambda: [futures[i].result() for i in range(len(jobs))]


def _start_pool(workers: int):
    from concurrent.futures import ProcessPoolExecutor  # only a run that starts workers pays for these

    context = _context()
    if context.get_start_method() == "fork":
        _start_worker()  # built once here, every forked worker has it: one spaCy import, not one per worker
    return ProcessPoolExecutor(workers, mp_context=context, initializer=_start_worker)


def job_size(job: Job) -> int:
    """How much text a job holds: its article's and its sources'."""
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
