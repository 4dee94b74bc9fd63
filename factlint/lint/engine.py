"""The linting core: parse an article, run the checks, and turn hits into findings.

Selection, severities and suppression are applied here and nowhere else. `lint` reads no
files and prints nothing; the runner and the CLI do both around it. It is two steps: `check`
does the costly work (sentences, figures, matching) and depends only on the article, its
sources, the citation scope and the tolerances; `finish` applies the per-file selection,
severities and suppression. The result cache keeps what `check` returns, so a change of
selection or severity re-uses it.
"""

from __future__ import annotations

from dataclasses import replace

from factlint.lint.catalog import load_rules
from factlint.lint.findings import Finding, Fix, Hit
from factlint.lint.suppression import Directive, apply_suppressions, find_directives, unknown_names
from factlint.match.compare import Tolerances
from factlint.parse.document import Document
from factlint.read.config import Config
from factlint.read.sources import Source


class _Fields(dict):
    def __missing__(self, key: str) -> str:
        return "?"


def to_finding(hit: Hit, config: Config, fix: Fix | None = None) -> Finding:
    """Stamp a hit with its rule's code, severity, message and the fix for it, if any (or its fix choices)."""
    rule = load_rules()[hit.rule]
    message = rule.message.format_map(_Fields({k: v for k, v in hit.fields.items() if v is not None}))
    return Finding(hit.path, hit.line, hit.column, hit.end_line, hit.end_column, hit.rule, rule.code,
                   config.severity_of(hit.rule), message, hit.figure, hit.citations, hit.evidence, hit.key, fix,
                   hit.evidence_from, hit.choices)


def check(document: Document, sidecar: list[Source], citation_scope: str, tolerances: Tolerances,
          pages: object = None) -> list[Hit]:
    """Every hit of every rule on one article, each with its fix: the costly, selection-free step.
    `pages` is the source cache (`.get(url)`) that gives URL-only sources the text fetch stored."""
    from factlint.lint.checks import run_checks  # the NLP pipeline comes with it, only when there is work
    from factlint.lint.fixes import fixes_for
    from factlint.parse.article import parse_article

    article = parse_article(document, sidecar, citation_scope, pages)
    hits = run_checks(article, tolerances)
    fixed = []
    for hit in hits:
        fix, choices = fixes_for(hit, article, hits)
        fixed.append(replace(hit, fix=fix, choices=choices))
    return fixed


def finish(hits: list[Hit], document: Document, config: Config, relative: str | None = None) -> list[Finding]:
    """Findings from an article's hits after selection and suppression, in position order."""
    selected = config.rules_for(relative or document.path)
    findings = [to_finding(h, config, h.fix) for h in hits if h.rule in selected]
    if document.markdown:
        directives = find_directives(document.text)
        findings, unused = apply_suppressions(findings, directives, document.path)
        if "unused-suppression" in selected:
            findings += _suppression_findings(directives, unused, document, config)
    return sorted(findings)


def _suppression_findings(directives: list[Directive], unused: list[Directive], document: Document,
                          config: Config) -> list[Finding]:
    """unused-suppression: a directive naming an unknown rule (no fix: the writer meant some rule), or else
    one that hides nothing (the fix removes it)."""
    from factlint.lint.fixes import suppression_fix

    found = []
    for d in directives:
        if not d.unknown and d not in unused:
            continue
        problem = unknown_names(d) if d.unknown else "suppresses nothing"
        hit = Hit("unused-suppression", document.path, d.line, d.column, d.line, d.end_column,
                  fields={"directive": d.text, "problem": problem}, key=d.text)
        found.append(to_finding(hit, config, None if d.unknown else suppression_fix(hit, document)))
    return found


def lint(document: Document, sidecar: list[Source], config: Config, relative: str | None = None,
         pages: object = None) -> list[Finding]:
    """Lint one article given its text and its sidecar sources; `relative` is its path for config globs,
    `pages` the source cache for URL-only sources."""
    return finish(check(document, sidecar, config.citation_scope, config.tolerances, pages), document, config,
                  relative)
