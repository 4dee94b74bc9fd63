"""The linting core: parse an article, run the checks, and turn hits into findings.

`lint` reads no files and prints nothing; the CLI does both around it.
"""

from __future__ import annotations

from factlint.article import Article, parse_article
from factlint.catalog import load_rules
from factlint.checks import run_checks
from factlint.config import Config
from factlint.document import Document
from factlint.findings import Finding, Hit
from factlint.sources import Source


class _Fields(dict):
    def __missing__(self, key: str) -> str:
        return "?"


def to_finding(hit: Hit, config: Config) -> Finding:
    """Stamp a hit with its rule's code, severity and message."""
    rule = load_rules()[hit.rule]
    message = rule.message.format_map(_Fields({k: v for k, v in hit.fields.items() if v is not None}))
    return Finding(hit.path, hit.line, hit.column, hit.end_line, hit.end_column, hit.rule, rule.code,
                   config.severity_of(hit.rule), message, hit.figure, hit.citations, hit.evidence)


def lint_article(article: Article, config: Config) -> list[Finding]:
    """Findings for a parsed article, in file and position order."""
    hits = [h for h in run_checks(article, config.tolerances) if h.rule in config.select]
    return sorted(to_finding(hit, config) for hit in hits)


def lint(document: Document, sidecar: list[Source], config: Config) -> list[Finding]:
    """Lint one article given its text and the sources of its sidecar."""
    return lint_article(parse_article(document, sidecar), config)
