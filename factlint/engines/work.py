"""The worker's side of a batch: lint each article with the config the client chose, send back plain results.

Nothing here imports an engine, so a Dask worker and a local process pool can run the same function.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from factlint.parse.document import Document
from factlint.read.config import Config
from factlint.read.files import Target
from factlint.read.pages import PageSet
from factlint.read.sidecar import Sidecars
from factlint.read.sources import Source
from factlint.runner import Outcome, Request, lint_read, lint_target


@dataclass(frozen=True)
class Job:
    """One article of a batch: its place in the local order, its config, and its text when the client read it."""

    index: int
    target: Target
    config: Config
    relative: str
    read: tuple[Document, list[Source]] | None = None  # given with --ship-text: the worker reads no file
    sidecar: tuple[Path, object] | None = None  # the sidecar as the client read it: parsed once per run, as locally
    pages: PageSet | None = None  # with --ship-text: the fetched pages its sources name, from the client's cache


def lint_batch(jobs: list[Job], request: Request, shared: list[Source] | None) -> list[tuple[int, Outcome]]:
    """Lint a batch of articles: (index, outcome without documents) for each, in the batch's order."""
    sidecars = Sidecars()
    return [(job.index, _lint_job(job, request, shared, sidecars).without_documents()) for job in jobs]


def _lint_job(job: Job, request: Request, shared: list[Source] | None, sidecars: Sidecars) -> Outcome:
    if job.read is None:
        if job.sidecar is not None:
            sidecars.remember(*job.sidecar)
        return lint_target(job.target, request, job.config, shared, sidecars)
    document, sources = job.read
    return lint_read(document, sources, job.config, job.relative, job.pages)


def warm_up() -> None:
    """Build the per-process pipeline (spaCy and the rule table) now, so the first batch does not pay it."""
    from factlint.lint.catalog import load_rules
    from factlint.parse.nlp import pipeline

    pipeline()
    load_rules()
