"""The linting core: parse an article, run the checks, and turn hits into findings.

Selection, severities and suppression are applied here and nowhere else. `lint` reads no
files and prints nothing; the runner and the CLI do both around it.
"""

from __future__ import annotations

from factlint.parse.article import Article, parse_article
from factlint.lint.catalog import load_rules
from factlint.lint.checks import run_checks
from factlint.read.config import Config
from factlint.parse.document import Document
from factlint.lint.findings import Finding, Fix, Hit
from factlint.lint.fixes import fix_for
from factlint.read.sources import Source
from factlint.lint.suppression import apply_suppressions, find_directives


class _Fields(dict):
    def __missing__(self, key: str) -> str:
        return "?"


def to_finding(hit: Hit, config: Config, fix: Fix | None = None) -> Finding:
    """Stamp a hit with its rule's code, severity, message and the fix for it, if any."""
    rule = load_rules()[hit.rule]
    message = rule.message.format_map(_Fields({k: v for k, v in hit.fields.items() if v is not None}))
    return Finding(hit.path, hit.line, hit.column, hit.end_line, hit.end_column, hit.rule, rule.code,
                   config.severity_of(hit.rule), message, hit.figure, hit.citations, hit.evidence, hit.key, fix,
                   hit.evidence_from)


def lint_article(article: Article, config: Config, relative: str | None = None) -> list[Finding]:
    """Findings for a parsed article after selection and suppression, in position order."""
    selected = config.rules_for(relative or article.document.path)
    hits = [h for h in run_checks(article, config.tolerances) if h.rule in selected]
    findings = [to_finding(h, config, fix_for(h, article, hits)) for h in hits]
    if article.document.markdown:
        directives = find_directives(article.document.text)
        findings, unused = apply_suppressions(findings, directives, article.document.path)
        if "unused-suppression" in selected:
            unused_hits = [Hit("unused-suppression", article.document.path, d.line, d.column, d.line, d.end_column,
                        fields={"directive": d.text}, key=d.text) for d in unused]
            findings += [to_finding(h, config, fix_for(h, article)) for h in unused_hits]
    return sorted(findings)


def lint(document: Document, sidecar: list[Source], config: Config, relative: str | None = None,
         pages: object = None) -> list[Finding]:
    """Lint one article given its text and its sidecar sources; `relative` is its path for config globs,
    `pages` the source cache (`.get(url)`) that gives URL-only sources the text fetch stored."""
    return lint_article(parse_article(document, sidecar, config.citation_scope, pages), config, relative)
