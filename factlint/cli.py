"""The command line: factlint check | claims | rules | explain | clean.

A thin shell around the pure core: it finds files, reads them, calls the engine, prints a
format and sets the exit code (0 clean, 1 findings at the failing severity, 2 the run failed).
"""

from __future__ import annotations

import os
import sys
import traceback
from pathlib import Path

import click

from factlint import __version__
from factlint.report.printable import escape  # light: the standard library only

EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


def _fail(message: str) -> None:
    """One error line on standard error; names and values from the input in it are escaped."""
    click.echo(f"factlint: error: {escape(message)}", err=True)


FORMAT_NAMES = ["text", "concise", "grouped", "json", "sarif", "github", "gitlab", "junit"]


def _settings(config_file, isolated, select, ignore, extend_select, fail_on, citation_scope, max_file_size=None,
              sources_root=None, fail_on_empty=False, respect_gitignore=None, cache_dir=None):
    from factlint.read.settings import Settings

    overrides = {}
    if select:
        overrides["select"] = list(select)
    if ignore:
        overrides["ignore"] = list(ignore)
    if extend_select:
        overrides["extend-select"] = list(extend_select)
    if fail_on:
        overrides["fail-on"] = fail_on
    if citation_scope:
        overrides["citation-scope"] = citation_scope
    if max_file_size:
        overrides["max-file-size"] = max_file_size
    if sources_root:
        overrides["sources-root"] = os.path.abspath(sources_root)  # the option is relative to here
    if fail_on_empty:
        overrides["fail-on-empty"] = True
    if respect_gitignore is not None:
        overrides["respect-gitignore"] = respect_gitignore
    if cache_dir:
        overrides["cache-dir"] = os.path.abspath(cache_dir)  # the option is relative to here
    return Settings(config_file, isolated, overrides)


def _validate(settings):
    """Read the settings that apply here now, so a bad option fails even when no file is checked."""
    from factlint.read.config import ConfigError

    try:
        return settings.for_path(Path.cwd())
    except ConfigError as exc:
        _fail(str(exc))
        sys.exit(EXIT_ERROR)


def _warn_nothing_checked(searched) -> None:
    """One line on standard error: a run that checked nothing must not pass unnoticed."""
    where = ", ".join(escape(path) for path in searched)
    click.echo(f"factlint: warning: no article found to check in {where} "
               "(articles are .md, .markdown and .txt files; see exclude)", err=True)


def _cache_folder(here) -> Path:
    """The cache folder: the cache-dir setting, else .factlint_cache beside the settings in force (or here)."""
    from factlint.cache import FOLDER_NAME

    return Path(here.cache_dir) if here.cache_dir else Path(here.root) / FOLDER_NAME


def _emit(report: str, output_file: str | None, colour: bool) -> None:
    if output_file:
        try:
            from factlint.report import atomic

            atomic.write_text(Path(output_file), report)
        except (OSError, UnicodeError) as exc:
            _fail(f"{output_file}: cannot write: {exc.strerror or exc}")
            sys.exit(EXIT_ERROR)
    else:
        click.echo(report, nl=False, color=colour)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", prog_name="factlint")
def main() -> None:
    """factlint: check that the figures of an article say what their cited sources say."""


@main.command()
@click.argument("paths", nargs=-1)
@click.option("--sources", metavar="FILE", help="Sources file to use for every article (instead of sidecars).")
@click.option("--format", "fmt", type=click.Choice(FORMAT_NAMES), default="text", show_default=True,
              help="Output format.")
@click.option("-o", "--output-file", metavar="FILE", help="Write the report to FILE instead of standard output.")
@click.option("--config", "config_file", metavar="FILE",
              help="Use this settings file (TOML, YAML or pyproject.toml) for every file.")
@click.option("--isolated", is_flag=True, help="Ignore every settings file.")
@click.option("--select", multiple=True, metavar="RULE", help="Only these rules: names, codes, prefixes or ALL.")
@click.option("--ignore", multiple=True, metavar="RULE", help="Skip these rules (repeatable).")
@click.option("--extend-select", multiple=True, metavar="RULE", help="Add rules to the selection (repeatable).")
@click.option("--fail-on", type=click.Choice(["error", "warning", "info"]), default=None,
              help="Lowest severity that makes the exit code 1  [default: warning].")
@click.option("--exit-zero", is_flag=True, help="Exit 0 even when there are findings.")
@click.option("--citation-scope", type=click.Choice(["sentence", "paragraph"]), default=None,
              help="Which citations a figure may rely on  [default: sentence].")
@click.option("--baseline", metavar="FILE", help="Hide the findings recorded in FILE.")
@click.option("--update-baseline", is_flag=True, help="Record every current finding in the --baseline FILE.")
@click.option("--stdin-filename", metavar="PATH", help="With PATH '-': lint standard input as if it were PATH.")
@click.option("--force-exclude", is_flag=True, help="Apply exclude patterns to files named on the command line too.")
@click.option("--changed", is_flag=True,
              help="PATHS are files a commit changes (as pre-commit passes them): check the articles they "
                   "belong to, and skip files that belong to no article.")
@click.option("--max-file-size", metavar="SIZE",
              help="Refuse inputs larger than SIZE (bytes, or '200 KB', '50 MB')  [default: 50 MB].")
@click.option("--sources-root", metavar="DIR",
              help="Let a sidecar's `file:` point anywhere under DIR, not only into the sidecar's folder.")
@click.option("--respect-gitignore/--no-respect-gitignore", default=None,
              help="Leave out of folder walks what .gitignore and .ignore list  [default: respect].")
@click.option("--fail-on-empty", is_flag=True, help="Exit 2 when no article is found to check.")
@click.option("-j", "--jobs", type=click.IntRange(min=1), metavar="N",
              help="Check articles in N processes; 1 checks them in this one  [default: the number of cores].")
@click.option("--cache-dir", metavar="DIR", help="Keep the result cache in DIR  [default: .factlint_cache].")
@click.option("--no-cache", is_flag=True, help="Neither read nor write the result cache.")
@click.option("--statistics", is_flag=True, help="Print how many findings each rule produced instead of the findings.")
@click.option("-q", "--quiet", is_flag=True, help="Print the findings only, without the closing count.")
@click.option("--color", type=click.Choice(["auto", "always", "never"]), default="auto", show_default=True,
              help="Colour the text output (never when NO_COLOR is set, unless 'always').")
def check(paths, sources, fmt, output_file, config_file, isolated, select, ignore, extend_select, fail_on,
          exit_zero, citation_scope, baseline, update_baseline, stdin_filename, force_exclude, changed, max_file_size,
          sources_root, respect_gitignore, fail_on_empty, jobs, cache_dir, no_cache, statistics, quiet,
          color) -> None:
    """Check the articles at PATHS (files or folders; default: the current folder; '-': standard input)."""
    from factlint.lint import baseline as baselines
    from factlint.report import formats
    from factlint.read.files import ReadError
    from factlint.lint.findings import severity_rank
    from factlint.runner import Request, read_stdin, run

    if update_baseline and not baseline:
        raise click.UsageError("--update-baseline needs --baseline FILE")
    for name, value in (("--sources", sources), ("--config", config_file), ("--baseline", baseline),
                        ("--output-file", output_file), ("--stdin-filename", stdin_filename)):
        if value is not None and not value.strip():
            raise click.UsageError(f"{name} needs a file name")
    if stdin_filename and not paths:
        paths = ("-",)  # --stdin-filename alone means: lint standard input as that file
    settings = _settings(config_file, isolated, select, ignore, extend_select, fail_on, citation_scope,
                         max_file_size, sources_root, fail_on_empty, respect_gitignore, cache_dir)
    here = _validate(settings)
    stdin_text = None
    if paths == ("-",):
        try:
            with click.open_file("-", "rb") as stream:
                stdin_text = read_stdin(stream, stdin_filename or "<stdin>", here.max_file_size)
        except ReadError as exc:
            _fail(str(exc))
            sys.exit(EXIT_ERROR)
    from factlint.cache import ResultCache
    from factlint.engines.pool import default_workers

    cache = None if no_cache else ResultCache(_cache_folder(here))
    outcome = run(Request(paths, sources, force_exclude, stdin_text, stdin_filename, changed), settings, cache,
                  jobs or default_workers())
    for error in outcome.errors:
        _fail(error)
    findings = outcome.findings
    if baseline and update_baseline:
        try:
            baselines.write_baseline(Path(baseline), findings)
        except (OSError, UnicodeError) as exc:
            _fail(f"{baseline}: cannot write: {exc.strerror or exc}")
            sys.exit(EXIT_ERROR)
        click.echo(f"Recorded {len(findings)} finding{'s' * (len(findings) != 1)} in {escape(baseline)}.", err=True)
        sys.exit(EXIT_ERROR if outcome.errors else EXIT_CLEAN)
    if baseline:
        try:
            findings = baselines.without_baseline(findings, baselines.read_baseline(Path(baseline), here.max_file_size))
        except baselines.BaselineError as exc:
            _fail(str(exc))
            sys.exit(EXIT_ERROR)
    colour = not output_file and (color == "always" or (
        color == "auto" and sys.stdout.isatty() and not os.environ.get("NO_COLOR")))
    if statistics:
        report = formats.statistics_json(findings) if fmt == "json" else formats.statistics(findings)
    elif fmt in ("text", "grouped"):
        report = formats.FORMATS[fmt](findings, outcome.files, colour)
        if quiet:
            report = report[:report.rstrip("\n").rfind("\n") + 1] if "\n" in report.rstrip("\n") else ""
    else:
        report = formats.FORMATS[fmt](findings, outcome.files)
    _emit(report, output_file, colour)
    if outcome.errors:
        sys.exit(EXIT_ERROR)
    if not outcome.files:
        _warn_nothing_checked(outcome.searched)
        if here.fail_on_empty:
            sys.exit(EXIT_ERROR)
    levels = outcome.fail_on_by_path()
    failing = any(severity_rank(f.severity) >= severity_rank(levels.get(f.path, fail_on or "warning"))
                  for f in findings)
    sys.exit(EXIT_FINDINGS if failing and not exit_zero else EXIT_CLEAN)


@main.command()
@click.argument("paths", nargs=-1)
@click.option("--sources", metavar="FILE", help="Sources file to use for every article.")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True,
              help="Output format.")
def claims(paths, sources, fmt) -> None:
    """List every checkable figure found in the articles at PATHS, and what each cites."""
    from factlint.report import formats
    from factlint.parse.article import parse_article
    from factlint.runner import Request, run
    from factlint.read.settings import Settings

    outcome = run(Request(paths, sources), Settings())
    for error in outcome.errors:
        _fail(error)
    records = []
    for document, sidecar, config in outcome.documents:
        for claim in parse_article(document, sidecar, config.citation_scope).claims:
            line, column = document.position(claim.figure.start)
            end_column = document.position(claim.figure.end)[1]
            records.append(formats.claim_record(document.path, (line, column, end_column), claim.figure,
                                                claim.citations, claim.sentence.text))
    click.echo(formats.claims_json(records) if fmt == "json" else formats.claims_text(records), nl=False)
    if not outcome.files and not outcome.errors:
        _warn_nothing_checked(outcome.searched)
    sys.exit(EXIT_ERROR if outcome.errors else EXIT_CLEAN)


@main.command()
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
def rules(fmt) -> None:
    """List every rule with its code, default severity and summary."""
    import json

    from factlint.lint.catalog import load_rules

    table = load_rules().values()
    if fmt == "json":
        click.echo(json.dumps([{"name": r.name, "code": r.code, "severity": r.severity, "summary": r.summary}
                               for r in table], indent=2))
        return
    for r in table:
        click.echo(f"{r.code}  {r.name:<22} {r.severity:<8} {r.summary}")


@main.command()
@click.argument("rule")
def explain(rule) -> None:
    """Explain RULE (a name such as figure-mismatch or a code such as FL102)."""
    from factlint.lint.catalog import find_rule, load_rules

    found = find_rule(rule)
    if found is None:
        _fail(f"unknown rule {rule!r}; known rules: {', '.join(load_rules())}")
        sys.exit(EXIT_ERROR)
    click.echo(f"{found.name} ({found.code}, default severity {found.severity})\n")
    click.echo(f"{found.summary}\n\nWhy this matters\n{found.why.rstrip()}\n")
    click.echo(f"Example\n{_indent(found.example)}\nUse instead\n{_indent(found.use_instead)}", nl=False)


@main.command()
@click.option("--config", "config_file", metavar="FILE", help="The settings file whose cache to remove.")
@click.option("--isolated", is_flag=True, help="Ignore every settings file.")
@click.option("--cache-dir", metavar="DIR", help="Remove the result cache in DIR.")
def clean(config_file, isolated, cache_dir) -> None:
    """Remove the result cache (.factlint_cache, or the cache-dir setting)."""
    from factlint import cache

    folder = _cache_folder(_validate(_settings(config_file, isolated, (), (), (), None, None, cache_dir=cache_dir)))
    try:
        removed = cache.clean(folder)
    except cache.NotACache as exc:
        _fail(str(exc))
        sys.exit(EXIT_ERROR)
    except OSError as exc:
        _fail(f"{folder}: cannot remove: {exc.strerror or exc}")
        sys.exit(EXIT_ERROR)
    click.echo(f"{'Removed' if removed else 'No cache to remove at'} {escape(str(folder))}", err=True)


def _indent(block: str) -> str:
    return "".join(f"    {line}\n" if line.strip() else "\n" for line in block.rstrip().splitlines())


def entry() -> None:
    """The console script: the CLI, with any internal error reported in one line (exit 2).

    Set FACTLINT_DEBUG=1 to see the traceback instead. Once the output is flushed the process
    leaves at once, without the interpreter's teardown (freeing every module and object).
    """
    try:
        main(prog_name="factlint")
        code = EXIT_CLEAN
    except SystemExit as exc:
        code = exc.code
    except Exception as exc:  # a bug in factlint, not in the user's input: say so, briefly
        if os.environ.get("FACTLINT_DEBUG"):
            raise
        where = traceback.extract_tb(exc.__traceback__)[-1]
        _fail(f"internal error ({type(exc).__name__}: {exc}) at {Path(where.filename).name}:{where.lineno}; "
              "please report it with the input that caused it")
        code = EXIT_ERROR
    _leave(code)


def _leave(code) -> None:
    """Flush both streams and end the process with `code`, as sys.exit would have."""
    if code is not None and not isinstance(code, int):
        print(code, file=sys.stderr)  # sys.exit("text") prints the text and exits 1
        code = 1
    try:
        sys.stdout.flush()
    except (OSError, ValueError):  # a closed pipe: the reader went away, nothing more to say
        code = code or EXIT_ERROR
    try:
        sys.stderr.flush()
    except (OSError, ValueError):
        pass
    os._exit(code or 0)
