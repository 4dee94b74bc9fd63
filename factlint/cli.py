"""The command line: factlint check | fetch | claims | rules | explain | clean.

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
              sources_root=None, fail_on_empty=False, respect_gitignore=None, sources_cache=None,
              cache_dir=None):
    from factlint.read.settings import Settings

    overrides = {}
    for key, given in (("select", select), ("ignore", ignore), ("extend-select", extend_select)):
        if given:
            overrides[key] = _rule_list(given, key)
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
    if sources_cache:
        overrides["sources-cache"] = os.path.abspath(sources_cache)  # the option is relative to here
    if cache_dir:
        overrides["cache-dir"] = os.path.abspath(cache_dir)  # the option is relative to here
    return Settings(config_file, isolated, overrides)


def _rule_list(given, key: str) -> list[str]:
    """A repeatable rule option's values, each of which may be a comma list ('FL002,FL101'), as ruff takes them."""
    rules = [part.strip() for value in given for part in value.split(",") if part.strip()]
    if not rules:
        raise click.BadParameter("needs a rule name, a code or ALL", param_hint=f"--{key}")
    return rules


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
@click.option("--sources-cache", metavar="DIR",
              help="Read fetched pages from DIR  [default: .factlint/sources beside the settings file].")
@click.option("--fail-on-empty", is_flag=True, help="Exit 2 when no article is found to check.")
@click.option("-j", "--jobs", type=click.IntRange(min=1), metavar="N",
              help="Check articles in N processes; 1 checks them in this one  [default: the number of cores].")
@click.option("--cache-dir", metavar="DIR", help="Keep the result cache in DIR  [default: .factlint_cache].")
@click.option("--no-cache", is_flag=True, help="Neither read nor write the result cache.")
@click.option("--show-settings", is_flag=True,
              help="Print the settings in force for the first file and where each came from; check nothing.")
@click.option("--show-files", is_flag=True,
              help="Print the files that would be checked, after excludes and .gitignore; check nothing.")
@click.option("--statistics", is_flag=True, help="Print how many findings each rule produced instead of the findings.")
@click.option("-q", "--quiet", is_flag=True, help="Print the findings only, without the closing count.")
@click.option("--color", type=click.Choice(["auto", "always", "never"]), default="auto", show_default=True,
              help="Colour the text output (never when NO_COLOR is set, unless 'always').")
@click.option("--fix", is_flag=True, help="Apply the safe fixes to the files, then report what is left.")
@click.option("--unsafe-fixes", is_flag=True, help="With --fix or --diff: apply the unsafe fixes too (they change "
                                                   "a figure or a citation: review them).")
@click.option("--diff", is_flag=True, help="Print the fixes as a unified diff (applies with 'patch -p1'); "
                                           "write nothing.")
@click.option("--column-unit", type=click.Choice(["code-point", "utf-16", "byte"]), default="code-point",
              show_default=True, help="What the columns of the text formats count (Vim: byte, VS Code: utf-16).")
@click.option("--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True,
              help="Where to lint: in this process, or on a Dask cluster (needs factlint[dask]).")
@click.option("--scheduler", metavar="ADDRESS",
              help="With --engine dask: the scheduler of an existing cluster  [default: a local cluster].")
@click.option("--ship-text", is_flag=True,
              help="With --engine dask: send the texts from here, for workers that cannot see these files.")
def check(paths, sources, fmt, output_file, config_file, isolated, select, ignore, extend_select, fail_on,
          exit_zero, citation_scope, baseline, update_baseline, stdin_filename, force_exclude, changed, max_file_size,
          sources_root, respect_gitignore, sources_cache, fail_on_empty, jobs, cache_dir, no_cache, show_settings,
          show_files, statistics, quiet, color, fix, unsafe_fixes, diff, column_unit, engine, scheduler,
          ship_text) -> None:
    """Check the articles at PATHS (files or folders; default: the current folder; '-': standard input)."""
    from factlint.lint import baseline as baselines
    from factlint.report import formats
    from factlint.read.files import ReadError
    from factlint.lint.findings import severity_rank
    from factlint.report.facts import RunFacts
    from factlint.report.locations import project_root
    from factlint.runner import Request, read_stdin, run

    if update_baseline and not baseline:
        raise click.UsageError("--update-baseline needs --baseline FILE")
    if (scheduler is not None or ship_text) and engine != "dask":
        raise click.UsageError("--scheduler and --ship-text need --engine dask")
    for name, value in (("--sources", sources), ("--config", config_file), ("--baseline", baseline),
                        ("--output-file", output_file), ("--stdin-filename", stdin_filename)):
        if value is not None and not value.strip():
            raise click.UsageError(f"{name} needs a file name")
    if stdin_filename and not paths:
        paths = ("-",)  # --stdin-filename alone means: lint standard input as that file
    if (fix or diff) and (paths == ("-",) or update_baseline):
        raise click.UsageError("--fix and --diff work on files, not on standard input or with --update-baseline")
    if column_unit != "code-point" and fmt in ("json", "sarif", "gitlab"):
        raise click.UsageError(f"--column-unit is for the text formats; {fmt} counts code points")
    settings = _settings(config_file, isolated, select, ignore, extend_select, fail_on, citation_scope,
                         max_file_size, sources_root, fail_on_empty, respect_gitignore, sources_cache,
                         cache_dir)
    here = _validate(settings)
    if show_settings or show_files:
        if show_settings and show_files:
            raise click.UsageError("--show-settings and --show-files cannot be used together")
        shown_stdin = "" if paths == ("-",) else None  # the file standard input stands for; nothing is read
        asked = Request(paths, sources, force_exclude, shown_stdin, stdin_filename, changed)
        sys.exit(_show(asked, settings, fmt, show_files, output_file))
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
    # the texts stay only when the columns are converted with them; else memory stays flat in the files
    request = Request(paths, sources, force_exclude, stdin_text, stdin_filename, changed,
                      documents=column_unit != "code-point")
    outcome = run(request, settings, cache=cache, workers=jobs or default_workers()) if engine == "local" \
        else _run_on_dask(request, settings, scheduler, ship_text)
    for error in outcome.errors:
        _fail(error)
    findings = outcome.findings
    if baseline and not update_baseline:
        findings = _without_baseline(findings, baseline, here)
    hidden = len(outcome.findings) - len(findings)
    if diff:
        sys.exit(_print_diff(outcome, findings, unsafe_fixes, here.max_file_size, output_file))
    if fix:
        _write_fixes(outcome, findings, unsafe_fixes, here.max_file_size)
        outcome = run(request, settings, cache=cache, workers=jobs or default_workers())  # what is left, as ruff does
        findings = _without_baseline(outcome.findings, baseline, here) if baseline else outcome.findings
        hidden = len(outcome.findings) - len(findings)
    if baseline and update_baseline:
        try:
            baselines.write_baseline(Path(baseline), findings)
        except (OSError, UnicodeError) as exc:
            _fail(f"{baseline}: cannot write: {exc.strerror or exc}")
            sys.exit(EXIT_ERROR)
        click.echo(f"Recorded {len(findings)} finding{'s' * (len(findings) != 1)} in {escape(baseline)}.", err=True)
        sys.exit(EXIT_ERROR if outcome.errors else EXIT_CLEAN)
    if column_unit != "code-point":
        from factlint.report.columns import in_unit

        findings = in_unit(findings, {d.path: d.text for d, _, _ in outcome.documents}, column_unit)
    colour = not output_file and (color == "always" or (
        color == "auto" and sys.stdout.isatty() and not os.environ.get("NO_COLOR")))
    facts = RunFacts(outcome.files, tuple(outcome.errors), hidden, project_root(here.root),
                     outcome.article_by_path())
    if statistics:
        report = formats.statistics_json(findings) if fmt == "json" else formats.statistics(findings)
    elif fmt in ("text", "grouped"):
        report = formats.FORMATS[fmt](findings, facts, colour)
        if quiet:
            report = report[:report.rstrip("\n").rfind("\n") + 1] if "\n" in report.rstrip("\n") else ""
    elif fmt == "github":
        report = formats.github(findings, facts, _write_job_summary(findings, facts))
    else:
        report = formats.FORMATS[fmt](findings, facts)
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


def _write_job_summary(findings, facts) -> bool:
    """Append the Markdown job summary to $GITHUB_STEP_SUMMARY when GitHub names one; True once written."""
    from factlint.report import atomic
    from factlint.report.github import job_summary

    target = os.environ.get("GITHUB_STEP_SUMMARY")
    if not target:
        return False
    try:
        atomic.append_text(Path(target), job_summary(findings, facts))
    except (OSError, UnicodeError) as exc:
        _fail(f"{target}: cannot write the job summary: {exc.strerror or exc}")
        return False
    return True


def _show(request, settings, fmt: str, files: bool, output_file: str | None) -> int:
    """--show-files: the articles the run would check; --show-settings: the first one's settings and their origins."""
    from factlint.read.config import ConfigError
    from factlint.read.provenance import resolve
    from factlint.report import shown
    from factlint.runner import plan

    outcome, targets, _, _ = plan(request, settings)
    for error in outcome.errors:
        _fail(error)
    if outcome.errors:
        return EXIT_ERROR
    if files:
        names = [target.shown for target in targets]
        _emit(shown.files_json(names) if fmt == "json" else shown.files_text(names), output_file, False)
        return EXIT_CLEAN
    first = request.paths[0] if request.paths and request.paths != ("-",) else "."
    path, label = (targets[0].path, targets[0].shown) if targets else (Path(first), first)
    try:
        resolved = resolve(settings, path, label, str(_cache_folder(settings.for_path(path))))
    except ConfigError as exc:
        _fail(str(exc))
        return EXIT_ERROR
    _emit(shown.settings_json(resolved) if fmt == "json" else shown.settings_text(resolved), output_file, False)
    return EXIT_CLEAN


def _run_on_dask(request, settings, scheduler, ship_text):
    """The run on a Dask cluster; a cluster problem is one error line, exit 2."""
    from factlint.engines.dask_engine import EngineError, run_on_dask

    try:
        return run_on_dask(request, settings, scheduler, ship_text)
    except EngineError as exc:

        _fail(str(exc))
        sys.exit(EXIT_ERROR)


def _without_baseline(findings, baseline, here):
    """The findings that the baseline file does not record; a bad baseline ends the run."""
    from factlint.lint import baseline as baselines

    try:
        return baselines.without_baseline(findings, baselines.read_baseline(Path(baseline), here.max_file_size))
    except baselines.BaselineError as exc:
        _fail(str(exc))
        sys.exit(EXIT_ERROR)


def _fixed_files(outcome, findings, unsafe: bool, limit: int) -> list:
    """Each article with fixes to make, fixed in memory; an unreadable one ends the run (exit 2)."""
    from factlint.read.textfile import Refused
    from factlint.report import apply

    fixed = []
    for shown, fixes in apply.chosen(findings, unsafe).items():
        path = outcome.paths.get(shown)
        if path is None:
            continue
        try:
            fixed.append(apply.fix_file(path, shown, fixes, limit))
        except (OSError, UnicodeError, Refused) as exc:
            _fail(f"{shown}: cannot fix: {getattr(exc, 'strerror', None) or exc}")
            sys.exit(EXIT_ERROR)
    return fixed


def _print_diff(outcome, findings, unsafe: bool, limit: int, output_file: str | None = None) -> int:
    """--diff: print (or with -o write) every fix as a unified diff; exit 1 when there is one, 2 when the run failed."""
    from factlint.report import apply

    changed = [f for f in _fixed_files(outcome, findings, unsafe, limit) if f.after != f.before]
    text = "".join(apply.unified_diff(f) for f in changed)
    if output_file:
        _emit(text, output_file, False)
    else:
        click.echo(escape_diff(text) if sys.stdout.isatty() else text, nl=False)  # piped to patch: exact
    count = sum(f.fixes for f in changed)
    click.echo(f"Would fix {count} finding{'s' * (count != 1)} in {len(changed)} file{'s' * (len(changed) != 1)}.",
               err=True)
    return EXIT_ERROR if outcome.errors else EXIT_FINDINGS if changed else EXIT_CLEAN


def escape_diff(diff: str) -> str:
    """A diff for a terminal: control characters from the input escaped, each line's CR LF or LF kept."""
    out = []
    for line in diff.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        out.append(escape(body) + line[len(body):])
    return "".join(out)


def _write_fixes(outcome, findings, unsafe: bool, limit: int) -> None:
    """--fix: write each fixed file atomically and say how many findings were fixed."""
    from factlint.report import apply

    count = 0
    for fixed in _fixed_files(outcome, findings, unsafe, limit):
        if fixed.after == fixed.before:
            continue
        try:
            apply.write(fixed)
        except (OSError, UnicodeError) as exc:
            _fail(f"{fixed.shown}: cannot write: {getattr(exc, 'strerror', None) or exc}")
            sys.exit(EXIT_ERROR)
        count += fixed.fixes
    click.echo(f"Fixed {count} finding{'s' * (count != 1)}.", err=True)


FETCH_EXTRA = 'factlint fetch needs its optional dependencies: pip install "factlint[fetch]"'


@main.command()
@click.argument("paths", nargs=-1)
@click.option("--sources", metavar="FILE", help="Sources file to use for every article (instead of sidecars).")
@click.option("--update", is_flag=True, help="Fetch every page anew and pin the new texts in the lock file.")
@click.option("--check", "compare", is_flag=True,
              help="Fetch the locked pages and report those whose text changed since the lock; write nothing.")
@click.option("--allow-private", is_flag=True, help="Also fetch from loopback, private and link-local addresses.")
@click.option("--ignore-robots", is_flag=True, help="Fetch pages that robots.txt disallows.")
@click.option("--timeout", type=click.FloatRange(0.1, 3600), default=20.0, show_default=True, metavar="SECONDS",
              help="Give up on a page after this long.")
@click.option("--max-size", default="20 MB", show_default=True, metavar="SIZE", help="Refuse pages larger than SIZE.")
@click.option("--max-redirects", type=click.IntRange(0, 30), default=5, show_default=True)
@click.option("--retries", type=click.IntRange(0, 10), default=2, show_default=True,
              help="Tries again after a timeout, a dropped connection, 429 or 5xx, waiting longer each time.")
@click.option("--delay", type=click.FloatRange(0, 600), default=1.0, show_default=True, metavar="SECONDS",
              help="Pause between two requests to one site (robots.txt's Crawl-delay when longer).")
@click.option("--jobs", type=click.IntRange(1, 16), default=4, show_default=True, help="Sites fetched at once.")
@click.option("--config", "config_file", metavar="FILE", help="Use this settings file for every file.")
@click.option("--isolated", is_flag=True, help="Ignore every settings file.")
@click.option("--sources-cache", metavar="DIR",
              help="Keep fetched pages in DIR  [default: .factlint/sources beside the settings file].")
@click.option("-q", "--quiet", is_flag=True, help="Print failures only.")
def fetch(paths, sources, update, compare, allow_private, ignore_robots, timeout, max_size, max_redirects, retries,
          delay, jobs, config_file, isolated, sources_cache, quiet) -> None:
    """Get the pages that the articles at PATHS cite by URL only into the source cache, for check to read offline."""
    from factlint.read.config import ConfigError, parse_size
    from factlint.report.printable import brief

    if update and compare:
        raise click.UsageError("--update and --check cannot be used together")
    try:
        size = parse_size(max_size, "--max-size")
    except ConfigError:
        raise click.BadParameter(f"must be a number of bytes or a size such as '20 MB', not {brief(max_size)}",
                                 param_hint="--max-size") from None
    try:  # the extra only; an ImportError inside factlint itself is a bug and must show as one
        import httpx, pypdf, trafilatura  # noqa: F401,E401
    except ImportError as exc:
        _fail(f"{FETCH_EXTRA} (missing: {exc.name or str(exc).splitlines()[0]})")
        sys.exit(EXIT_ERROR)
    from factlint.fetch.client import Limits
    from factlint.fetch.command import fetch_command
    from factlint.fetch.run import Options

    settings = _settings(config_file, isolated, (), (), (), None, None, sources_cache=sources_cache)
    _validate(settings)
    limits = Limits(timeout, size, max_redirects, retries, allow_private)
    options = Options("update" if update else "check" if compare else "missing", limits, delay, jobs, ignore_robots)
    sys.exit(fetch_command(paths, sources, settings, options, lambda line: click.echo(line),
                           _fail, quiet))


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
    from factlint.lint.catalog import find_rule, load_rules, rule_url

    from factlint.report.printable import brief
    from factlint.report.suggest import did_you_mean

    found = find_rule(rule)
    if found is None:
        known = [*load_rules(), *(r.code for r in load_rules().values())]
        _fail(f"unknown rule {brief(rule)}{did_you_mean(rule, known)}; known rules: {', '.join(load_rules())}")
        sys.exit(EXIT_ERROR)
    click.echo(f"{found.name} ({found.code}, default severity {found.severity})\n")
    click.echo(f"{found.summary}\n\nWhy this matters\n{found.why.rstrip()}\n")
    click.echo(f"Example\n{_indent(found.example)}\nUse instead\n{_indent(found.use_instead)}", nl=False)
    click.echo(f"\nDocumentation\n    {rule_url(found.name)}")


@main.command()
def schema() -> None:
    """Print the JSON Schema of the settings (for editors: save it and point $schema at it)."""
    from factlint.read.schema import schema_text

    click.echo(schema_text(), nl=False)


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


@main.command()
def server() -> None:
    """Run the language server over stdio (for editors; needs the lsp extra)."""
    try:
        from factlint.server.main import serve
    except ImportError as exc:
        if not (exc.name or "").startswith(("pygls", "lsprotocol")):
            raise
        _fail("factlint server needs the lsp extra: pip install 'factlint[lsp]'")
        sys.exit(EXIT_ERROR)
    serve()


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
