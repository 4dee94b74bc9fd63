"""One run over many files: find articles, apply each folder's settings, read, lint, collect.

Every error the user can fix becomes one line naming the file; the run goes on with the
other files and the exit code says it failed. Files are read here, in order; each article
becomes a `Job`, whose costly step `check_job` runs through the result cache and an engine
(`factlint.engines`), and its hits become findings here.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from factlint.read.config import Config, ConfigError
from factlint.parse.document import Document
from factlint.lint.engine import check, lint
from factlint.lint.engine import finish as finish_hits
from factlint.read.excludes import excluder, relative
from factlint.read.gitignore import IgnoreFiles
from factlint.read.files import (MARKDOWN_SUFFIXES, ReadError, Target, decode, find_targets, normal_path,
                                 read_document)
from factlint.lint.findings import Finding, Hit
from factlint.read.pages import Pages
from factlint.read.settings import Settings
from factlint.read.textfile import MAX_FILE_SIZE, size_text
from factlint.read.sidecar import Sidecars, SourceFileError, sidecar_for
from factlint.read.sources import Source


@dataclass
class Outcome:
    """What a run found: findings, how many files were checked, and the errors met."""

    findings: list[Finding] = field(default_factory=list)
    files: int = 0
    errors: list[str] = field(default_factory=list)
    documents: list[tuple[Document, list[Source], object]] = field(default_factory=list)
    searched: tuple[str, ...] = ()  # the paths the run looked in, for the warning when it found nothing
    levels: dict[str, str] = field(default_factory=dict)  # path -> failing severity, kept when documents are not
    paths: dict[str, Path] = field(default_factory=dict)  # each checked article's shown path → its file
    owners: dict[str, str] = field(default_factory=dict)  # a source file's path -> its article's, kept as levels are

    def fail_on_by_path(self) -> dict[str, str]:
        """The failing severity of each file's settings; a sidecar takes its article's."""
        levels = dict(self.levels)
        for document, sidecar, config in self.documents:
            for path in [document.path, *(source.path for source in sidecar)]:
                levels.setdefault(path, config.fail_on)
        return levels

    def article_by_path(self) -> dict[str, str]:
        """The article each reported path belongs to: itself, or for a sidecar or source text its article."""
        owners = dict(self.owners)
        for document, sidecar, _ in self.documents:
            owners.setdefault(document.path, document.path)
            for source in sidecar:
                owners.setdefault(source.path, document.path)
        return owners

    def add(self, other: Outcome) -> None:
        """Append another outcome's files, findings and errors after this one's (findings are sorted later)."""
        self.findings.extend(other.findings)
        self.files += other.files
        # a broken lock file is said once, not once per article
        self.errors.extend(e for e in other.errors if e not in self.errors)
        self.documents.extend(other.documents)
        self.paths.update(other.paths)
        for path, level in other.levels.items():
            self.levels.setdefault(path, level)
        for path, article in other.owners.items():
            self.owners.setdefault(path, article)

    def without_documents(self) -> Outcome:
        """This outcome without the parsed documents, small enough to send between processes."""
        return Outcome(self.findings, self.files, self.errors, [], self.searched, self.fail_on_by_path(), self.paths,
                       self.article_by_path())


@dataclass(frozen=True)
class Request:
    """What the user asked for."""

    paths: tuple[str, ...] = ()
    sources: str | None = None
    force_exclude: bool = False
    stdin_text: str | None = None
    stdin_filename: str | None = None
    changed: bool = False  # the paths are files a commit changes: check the articles they belong to
    lint: bool = True      # False: only read the articles and their sources (factlint fetch)
    documents: bool = True  # False: keep no article once checked, only its findings (memory flat in files)


@dataclass(frozen=True)
class Job:
    """One article ready to lint: its text, its sources, the config in force and its path for globs."""

    document: Document
    sidecar: list[Source]
    config: Config
    relative: str
    pages: Pages | None = None  # the config's fetched pages, for URL-only sources


def check_job(job: Job) -> list[Hit]:
    """The costly, pure step for one article, as engines run it: every hit before selection."""
    return check(job.document, job.sidecar, job.config.citation_scope, job.config.tolerances, job.pages)


def _sidecar_shown(target: Target, sidecar: Path) -> str:
    """Print a sidecar's path the way its article's path is printed."""
    parent = Path(target.shown).parent
    return sidecar.name if str(parent) in ("", ".") else (parent / sidecar.name).as_posix()


def _sidecar(target: Target, config: Config, sidecars: Sidecars) -> list[Source]:
    found = sidecar_for(target.path)
    if not found:
        return []
    return sidecars.sources(found, _sidecar_shown(target, found), config.max_file_size, config.sources_root)


def _targets(request: Request, settings: Settings, sidecars: Sidecars, outcome: Outcome) -> list[Target]:
    if request.stdin_text is not None:
        name = request.stdin_filename or "-"
        return [Target(Path(name), normal_path(name))]

    def texts(sidecar: Path) -> set[str]:
        try:
            return sidecars.texts(sidecar, settings.for_path(sidecar).max_file_size)
        except ConfigError:
            return sidecars.texts(sidecar)  # the broken settings are reported for the article

    ignore_files = IgnoreFiles()

    def ignored(path: Path, folder: Path) -> bool:
        return settings.for_path(folder).respect_gitignore and ignore_files.ignored(path, folder)

    targets, errors = find_targets(list(request.paths), excluder(settings), texts, request.force_exclude,
                                   request.changed, ignored)
    outcome.errors.extend(errors)
    return targets


def _document(target: Target, request: Request, limit: int) -> Document:
    if request.stdin_text is None:
        return read_document(target, limit)
    markdown = target.path.suffix.lower() in MARKDOWN_SUFFIXES or target.shown == "-"
    return Document(target.shown, request.stdin_text, markdown=markdown)


def run(request: Request, settings: Settings, sidecars: Sidecars | None = None, cache=None,
        workers: int = 1) -> Outcome:
    """Lint every requested article; errors are collected, never raised. `sidecars`: parsed ones to reuse;
    `cache` a `factlint.cache.ResultCache` or None; `workers` > 1 lets a process pool check the articles
    the cache does not hold."""
    sidecars = sidecars if sidecars is not None else Sidecars(SIDECAR_BUDGET)
    outcome, targets, shared, sidecars = plan(request, settings, sidecars)
    outcome.add(lint_targets(targets, request, settings, shared, sidecars, cache, workers))
    return finish(outcome, request)


def plan(request: Request, settings: Settings,
         sidecars: Sidecars | None = None) -> tuple[Outcome, list[Target], list[Source] | None, Sidecars]:
    """The articles to lint, in the local order, and the --sources file's sources read once.

    Errors met on the way are in the outcome; with a broken --sources file there are no targets.
    """
    outcome = Outcome(searched=request.paths or (".",))
    sidecars = sidecars if sidecars is not None else Sidecars()
    try:
        shared = _shared_sources(request.sources, settings, sidecars)
        targets = _targets(request, settings, sidecars, outcome)
    except (ConfigError, SourceFileError) as exc:
        outcome.errors.append(str(exc))
        return outcome, [], None, sidecars
    return outcome, targets, shared, sidecars


SIDECAR_BUDGET = 16_000_000  # bytes of sidecar files a run keeps parsed at a time (see Sidecars)
WINDOW_CHARS = 500_000  # articles and sources read ahead of the checks: a run holds about three windows


def lint_targets(targets: list[Target], request: Request, settings: Settings, shared: list[Source] | None = None,
                 sidecars: Sidecars | None = None, cache=None, workers: int = 1) -> Outcome:
    """Lint these targets with these settings: their findings and error lines in the local order.

    Articles are read in order (so error lines keep their order), a window of WINDOW_CHARS at a time;
    the articles of a window the result cache does not hold are checked, here or in a pool, while the
    next windows are read and submitted, and each one's hits become findings, window by window. A run
    with `request.documents` False keeps nothing of an article but its findings once it is checked."""
    from factlint.engines import pool

    outcome = Outcome()
    sidecars = sidecars if sidecars is not None else Sidecars()
    pages = source_caches()
    with pool.Checker(workers) as checker:
        pending = None
        for jobs in _windows(targets, request, settings, shared, sidecars, pages, outcome):
            if request.lint:
                later = _findings_later(jobs, cache, checker, outcome)  # the workers never wait for a window
                if pending:
                    pending()  # findings are added window by window, in order
                pending = later
        if pending:
            pending()
    return outcome


def _windows(targets: list[Target], request: Request, settings: Settings, shared: list[Source] | None,
             sidecars: Sidecars, pages, outcome: Outcome):
    """The jobs of the targets read in order, WINDOW_CHARS of text at a time (the last window may be
    empty); each article read, or its error line, is added to `outcome` as it is read."""
    from factlint.engines.pool import job_size

    jobs, size = [], 0
    for target in targets:
        try:
            config = settings.for_path(target.path)
        except ConfigError as exc:
            outcome.errors.append(str(exc))
            continue
        read = read_job(target, request, config, shared, sidecars, pages)
        if isinstance(read, Outcome):
            outcome.add(read)
            continue
        jobs.append(read)
        outcome.add(_read_outcome(read, target, request))
        size += job_size(read)
        if size >= WINDOW_CHARS:
            yield jobs
            jobs, size = [], 0
    yield jobs


def _findings_later(jobs: list[Job], cache, checker, outcome: Outcome):
    """Start checking a window's jobs; the function returned waits for them and adds their findings."""
    hits_of = _hits(jobs, cache, checker)

    def add_findings() -> None:
        for job, hits in zip(jobs, hits_of()):
            outcome.findings.extend(finish_hits(hits, job.document, job.config, job.relative))
    return add_findings


def read_job(target: Target, request: Request, config: Config, shared: list[Source] | None,
             sidecars: Sidecars, pages=None) -> Job | Outcome:
    """One article read with its sources and its config's fetched pages: a job, or an outcome holding
    its error line. `pages` opens the source cache of a config (see source_caches)."""
    try:
        document, sources = read_article(target, request, config, shared, sidecars)
        cached = (pages or source_caches())(config) if request.lint else None
    except (ReadError, SourceFileError, ConfigError) as exc:
        return Outcome(errors=[str(exc)])
    return Job(document, sources, config, relative(target.path, config.root), cached)


def _read_outcome(job: Job, target: Target, request: Request) -> Outcome:
    """The one-file outcome of an article read, before its findings: with the document, or only the
    failing severity of its files and the article they belong to when the run keeps no documents."""
    outcome = Outcome([], 1, [], [(job.document, job.sidecar, job.config)])
    if not request.documents:
        outcome = Outcome([], 1, [], [], levels=outcome.fail_on_by_path(), owners=outcome.article_by_path())
    if request.stdin_text is None:
        outcome.paths[job.document.path] = target.path
    return outcome


def lint_target(target: Target, request: Request, config: Config, shared: list[Source] | None,
                sidecars: Sidecars, pages=None) -> Outcome:
    """One article read and linted with its config: a one-file outcome, or one holding its error line."""
    read = read_job(target, request, config, shared, sidecars, pages)
    if isinstance(read, Outcome):
        return read
    outcome = _read_outcome(read, target, request)
    if request.lint:
        outcome.findings = finish_hits(check_job(read), read.document, read.config, read.relative)
    return outcome


def read_article(target: Target, request: Request, config: Config, shared: list[Source] | None,
                 sidecars: Sidecars) -> tuple[Document, list[Source]]:
    """An article's document and its sources (its sidecar's, or the shared --sources file's)."""
    document = _document(target, request, config.max_file_size)
    return document, shared if shared is not None else _sidecar(target, config, sidecars)


def lint_read(document: Document, sources: list[Source], config: Config, relative_path: str,
              cached: Pages | None = None) -> Outcome:
    """The pure core on one article already read (`cached`: its config's fetched pages): a one-file outcome."""
    return Outcome(lint(document, sources, config, relative_path, cached), 1, [], [(document, sources, config)])


def finish(outcome: Outcome, request: Request) -> Outcome:
    """The findings of all articles merged and sorted as one run reports them."""
    outcome.findings = _shared_sources_once(outcome.findings, request.sources, outcome.files)
    return outcome


def source_caches():
    """The source cache of each config (read lazily, once per run): URL-only sources get fetched text."""
    opened: dict[tuple[Path, Path, int], Pages | ConfigError] = {}

    def pages(config: Config) -> Pages:
        cache, lock = config.cache_paths()
        key = (cache, lock, config.max_file_size)
        if key not in opened:
            try:
                opened[key] = Pages(cache, lock, config.max_file_size)
            except ConfigError as exc:
                opened[key] = exc
        if isinstance(opened[key], ConfigError):
            raise opened[key]
        return opened[key]
    return pages


def _hits(jobs: list[Job], cache, checker):
    """Each job's hits, from the cache where it has them, else checked by `checker` (a
    `pool.Checker`) and then stored: a function that waits for them and returns them in job order."""
    from factlint import cache as caching

    keys = [caching.entry_key(j.document, j.sidecar, j.config.citation_scope, j.config.tolerances, j.pages)
            for j in jobs] if cache else []
    found = [cache.get(key) for key in keys] if cache else [None] * len(jobs)
    missing = [i for i, hits in enumerate(found) if hits is None]
    checked = checker.submit([jobs[i] for i in missing])

    def wait() -> list[list[Hit]]:
        for i, hits in zip(missing, checked()):
            found[i] = hits
            if cache:
                cache.put(keys[i], hits)
        return found
    return wait


def _shared_sources(name: str | None, settings: Settings, sidecars: Sidecars) -> list[Source] | None:
    """The --sources file, read once for every article; None without one."""
    if not name:
        return None
    path = Path(name)
    if not os.path.lexists(path):
        raise SourceFileError(f"{name}: no such sources file")
    config = settings.for_path(path)
    return sidecars.sources(path, name, config.max_file_size, config.sources_root)


def _shared_sources_once(findings: list[Finding], shared: str | None, articles: int) -> list[Finding]:
    """With one --sources file for many articles, a finding about it is reported once, and a
    source is unused only when no article cites it."""
    if not shared:
        return sorted(findings)
    about_shared = [f for f in findings if f.path == shared]
    kept = [f for f in findings if f.path != shared]
    counts: dict[Finding, int] = {}
    for finding in about_shared:
        counts[finding] = counts.get(finding, 0) + 1
    kept += [f for f, n in counts.items() if f.rule != "unused-source" or n == articles]
    return sorted(kept)


def read_stdin(stream, shown: str = "<stdin>", limit: int = MAX_FILE_SIZE) -> str:
    """Standard input as text, with the same checks and size limit as a file."""
    data = stream.read(limit + 1)
    if len(data) > limit:
        raise ReadError(f"{shown}: is too large (the limit is {size_text(limit)}, set by max-file-size)")
    return decode(data, shown)
