"""Lint on a Dask cluster: the run's articles in balanced batches, linted by workers, merged as locally.

The client finds the articles and picks each one's settings exactly as a local run does; workers
read (or, with --ship-text, receive) each article and call the pure core; the client merges the
plain results in the local order. dask.distributed is an optional extra imported only here.
"""

from __future__ import annotations

import contextlib
import logging
import os
import warnings
from concurrent.futures import CancelledError

from factlint import runner
from factlint.engines.batches import article_size, balanced
from factlint.engines.progress import Progress
from factlint.engines.work import Job, lint_batch
from factlint.read.config import ConfigError
from factlint.read.excludes import relative
from factlint.read.files import ReadError
from factlint.read.sidecar import SourceFileError, sidecar_for

INSTALL = 'pip install "factlint[dask]"'
BATCHES_PER_THREAD = 4  # enough batches to even out stragglers and lost workers, few enough to keep overhead low


class EngineError(Exception):
    """A cluster problem the user can fix: reported in one line, exit 2."""


def run_on_dask(request: runner.Request, settings, scheduler: str | None = None,
                ship_text: bool = False) -> runner.Outcome:
    """Lint the request's articles on a Dask cluster (a LocalCluster without `scheduler`): the local outcome."""
    distributed = _distributed()
    outcome, targets, shared, sidecars = runner.plan(request, settings)
    if targets:
        jobs, done = _jobs(targets, request, settings, shared, sidecars, ship_text)
        with _client(distributed, scheduler) as client:
            if not ship_text:
                _check_same_folder(client, targets)
            done.update(_lint_on(client, distributed, jobs, request, shared, sidecars))
        for index in sorted(done):
            outcome.add(done[index])
    return runner.finish(outcome, request)


def _distributed():
    try:
        import distributed
    except ImportError:
        raise EngineError(f"--engine dask needs Dask; install it with: {INSTALL}") from None
    return distributed


def _jobs(targets, request, settings, shared, sidecars, ship_text):
    """A Job per article, and the outcomes of the articles whose settings (or text) failed on the client."""
    jobs, done, caches = [], {}, runner.source_caches()
    for index, target in enumerate(targets):
        try:
            config = settings.for_path(target.path)
            read = runner.read_article(target, request, config, shared, sidecars) if ship_text else None
            pages = _shipped_pages(read, caches(config)) if ship_text else None
        except (ReadError, SourceFileError, ConfigError) as exc:
            done[index] = runner.Outcome(errors=[str(exc)])
            continue
        jobs.append(Job(index, target, config, relative(target.path, config.root), read,
                        None if ship_text else _sidecar_read(target, sidecars), pages))
    return jobs, done


def _shipped_pages(read, cache):
    """The fetched pages of the URLs an article's sources name, to travel with its text."""
    from factlint.parse.article import source_urls

    document, sources = read
    return cache.only(source_urls(document, sources))


def _sidecar_read(target, sidecars):
    """The article's sidecar as the client already parsed it while finding articles, or None."""
    found = sidecar_for(target.path)
    parsed = sidecars.parsed(found) if found else None
    return (found, parsed) if parsed is not None else None


@contextlib.contextmanager
def _client(distributed, scheduler: str | None):
    """A client of the cluster at `scheduler`, or of a LocalCluster sized to this machine; closed after."""
    if scheduler is None:
        with warnings.catch_warnings():  # "port 8787 is in use" when another cluster runs: no concern of ours
            warnings.simplefilter("ignore")
            cluster = distributed.LocalCluster(n_workers=os.cpu_count() or 1, threads_per_worker=1, processes=True,
                                               dashboard_address=None, silence_logs=logging.ERROR)
        with cluster, distributed.Client(cluster) as client:
            yield client
        return
    try:
        client = distributed.Client(scheduler)
    except (OSError, TimeoutError, ValueError, TypeError) as exc:
        raise EngineError(f"cannot reach the Dask scheduler at {scheduler}: {_reason(exc)}") from None
    with client:
        yield client


def _reason(exc: Exception) -> str:
    text = " ".join(str(exc).split())
    return text[:200] or type(exc).__name__


def _check_same_folder(client, targets) -> None:
    """Workers read relative paths from their own folder: refuse when that is not this one."""
    if all(target.path.is_absolute() for target in targets):
        return
    here = os.path.realpath(os.getcwd())
    folders = {os.path.realpath(folder) for folder in client.run(os.getcwd).values()}
    if folders - {here}:
        raise EngineError(f"the Dask workers run in another folder ({sorted(folders - {here})[0]}), so they cannot "
                          "read relative paths; give absolute paths, start the workers here, or use --ship-text")


def _lint_on(client, distributed, jobs, request, shared, sidecars) -> dict[int, runner.Outcome]:
    """Submit balanced batches, show progress, and collect each article's outcome by its index."""
    from factlint.engines.dask_plugin import Pipeline

    client.register_plugin(Pipeline(), name=Pipeline.name)
    threads = max(sum(client.nthreads().values()), 1)
    sizes = [article_size(job.target, sidecars) for job in jobs]
    batches = [[jobs[i] for i in members] for members in balanced(sizes, threads * BATCHES_PER_THREAD)]
    if shared is not None:
        shared = client.scatter(shared, broadcast=True, hash=False)
    futures = [client.submit(lint_batch, batch, request, shared, pure=False) for batch in batches]
    progress, done = Progress(len(jobs)), {}
    try:
        for future in distributed.as_completed(futures):
            done.update(_result(future, distributed))
            progress.advance(len(done) - progress.done)
    finally:
        progress.close()
    return done


def _result(future, distributed):
    from distributed.comm import CommClosedError

    try:
        return future.result()
    except distributed.KilledWorker as exc:
        raise EngineError(f"a batch was lost with every worker that ran it ({_reason(exc)}); "
                          "see the workers' logs") from None
    except (CancelledError, CommClosedError) as exc:  # the scheduler went away or cancelled the run
        raise EngineError(f"the Dask cluster was lost mid-run ({_reason(exc)})") from None
