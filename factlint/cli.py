"""The command line: factlint check | claims | rules | explain.

A thin shell around the pure core: it finds files, reads them, calls the engine, prints a
format and sets the exit code (0 clean, 1 findings at the failing severity, 2 the run failed).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from factlint import __version__

EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


def _fail(message: str) -> None:
    click.echo(f"factlint: error: {message}", err=True)


def _sidecar(target, explicit: Path | None, shown_for):
    """The sidecar sources of one article: --sources FILE, else ARTICLE.sources.yaml beside it."""
    from factlint.sources import sidecar_for, sidecar_sources

    path = explicit or sidecar_for(target.path)
    if path is None:
        return []
    return sidecar_sources(path, shown_for(path, target))


def _shown_sidecar(path: Path, target) -> str:
    """Print a sidecar's path the way its article's path is printed."""
    if Path(target.shown).parent == target.path.parent or str(target.path.parent) in ("", "."):
        return str(Path(target.shown).parent / path.name) if Path(target.shown).parent != Path(".") else path.name
    return str(Path(target.shown).parent / path.name)


def _read_all(paths, sources: str | None):
    """Yield (document, sidecar sources) per article; errors are printed and counted."""
    from factlint.files import ReadError, find_targets, read_document
    from factlint.sources import SourceFileError

    targets, errors = find_targets(list(paths))
    for error in errors:
        _fail(error)
    explicit = Path(sources) if sources else None
    if explicit and not explicit.is_file():
        _fail(f"{sources}: no such sources file")
        return [], True
    loaded, failed = [], bool(errors)
    for target in targets:
        try:
            document = read_document(target)
            shown = (lambda p, t: sources) if explicit else _shown_sidecar
            loaded.append((document, _sidecar(target, explicit, shown)))
        except (ReadError, SourceFileError) as exc:
            _fail(str(exc))
            failed = True
    return loaded, failed


def _config(config_file, select, ignore, fail_on):
    from factlint.config import ConfigError, make_config
    from factlint.settings import load_settings

    try:
        settings = load_settings(Path(config_file)) if config_file else {}
        return make_config(
            select=list(select) or settings.get("select"), ignore=list(ignore) + list(settings.get("ignore", [])),
            extend_select=settings.get("extend-select"), severity=settings.get("severity"),
            fail_on=fail_on or settings.get("fail-on"), where=config_file or "command line")
    except ConfigError as exc:
        _fail(str(exc))
        sys.exit(EXIT_ERROR)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", prog_name="factlint")
def main() -> None:
    """factlint: check that the figures of an article say what their cited sources say."""


@main.command()
@click.argument("paths", nargs=-1)
@click.option("--sources", metavar="FILE", help="Sources file to use for every article (instead of sidecars).")
@click.option("--format", "fmt", type=click.Choice(["text", "json", "sarif", "github"]), default="text",
              show_default=True, help="Output format.")
@click.option("--config", "config_file", metavar="FILE", help="Read settings from this TOML or YAML file.")
@click.option("--select", multiple=True, metavar="RULE", help="Only these rules (names, codes or prefixes; repeatable).")
@click.option("--ignore", multiple=True, metavar="RULE", help="Skip these rules (repeatable).")
@click.option("--fail-on", type=click.Choice(["error", "warning", "info"]), default=None,
              help="Lowest severity that makes the exit code 1  [default: warning].")
@click.option("--color", type=click.Choice(["auto", "always", "never"]), default="auto", show_default=True,
              help="Colour the text output.")
def check(paths, sources, fmt, config_file, select, ignore, fail_on, color) -> None:
    """Check the articles at PATHS (files or folders; default: the current folder)."""
    from factlint import formats
    from factlint.engine import lint
    from factlint.findings import severity_rank

    config = _config(config_file, select, ignore, fail_on)
    loaded, failed = _read_all(paths, sources)
    findings = sorted(f for document, sidecar in loaded for f in lint(document, sidecar, config))
    if fmt == "text":
        colour = color == "always" or (color == "auto" and sys.stdout.isatty() and not os.environ.get("NO_COLOR"))
        click.echo(formats.text(findings, len(loaded), colour), nl=False, color=colour)
    else:
        click.echo(formats.FORMATS[fmt](findings, len(loaded)), nl=False)
    if failed:
        sys.exit(EXIT_ERROR)
    failing = any(severity_rank(f.severity) >= severity_rank(config.fail_on) for f in findings)
    sys.exit(EXIT_FINDINGS if failing else EXIT_CLEAN)


@main.command()
@click.argument("paths", nargs=-1)
@click.option("--sources", metavar="FILE", help="Sources file to use for every article.")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True,
              help="Output format.")
def claims(paths, sources, fmt) -> None:
    """List every checkable figure found in the articles at PATHS, and what each cites."""
    from factlint import formats
    from factlint.article import parse_article

    loaded, failed = _read_all(paths, sources)
    records = []
    for document, sidecar in loaded:
        article = parse_article(document, sidecar)
        for claim in article.claims:
            line, column = document.position(claim.figure.start)
            end_column = document.position(claim.figure.end)[1]
            records.append(formats.claim_record(document.path, (line, column, end_column), claim.figure,
                                                claim.citations, claim.sentence.text))
    click.echo(formats.claims_json(records) if fmt == "json" else formats.claims_text(records), nl=False)
    sys.exit(EXIT_ERROR if failed else EXIT_CLEAN)


@main.command()
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
def rules(fmt) -> None:
    """List every rule with its code, default severity and summary."""
    import json

    from factlint.catalog import load_rules

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
    from factlint.catalog import find_rule, load_rules

    found = find_rule(rule)
    if found is None:
        _fail(f"unknown rule {rule!r}; known rules: {', '.join(load_rules())}")
        sys.exit(EXIT_ERROR)
    click.echo(f"{found.name} ({found.code}, default severity {found.severity})\n")
    click.echo(f"{found.summary}\n\nWhy this matters\n{found.why.rstrip()}\n")
    click.echo(f"Example\n{_indent(found.example)}\nUse instead\n{_indent(found.use_instead)}", nl=False)


def _indent(block: str) -> str:
    return "".join(f"    {line}\n" if line.strip() else "\n" for line in block.rstrip().splitlines())
