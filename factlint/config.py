"""Configuration: which rules run, at what severity, and how loosely figures may match.

Parsed once into a frozen Config; nothing changes it afterwards.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from factlint.catalog import load_rules
from factlint.compare import Tolerances
from factlint.findings import SEVERITIES


class ConfigError(Exception):
    """A configuration the user must fix; the message names the file and the key."""


@dataclass(frozen=True)
class Config:
    """The settings a run applies to every file."""

    select: frozenset[str] = field(default_factory=lambda: frozenset(load_rules()))
    severity: tuple[tuple[str, str], ...] = ()
    fail_on: str = "warning"
    tolerances: Tolerances = Tolerances()

    def severity_of(self, rule: str) -> str:
        """The rule's severity after overrides."""
        return dict(self.severity).get(rule, load_rules()[rule].severity)


def resolve_rules(selectors: list[str], where: str) -> set[str]:
    """Rule names for selectors: names, codes, code prefixes ('FL1'), or 'ALL'."""
    rules = load_rules()
    chosen: set[str] = set()
    for selector in selectors:
        wanted = str(selector).strip()
        if wanted.upper() == "ALL":
            chosen.update(rules)
            continue
        matched = {name for name, rule in rules.items()
                   if wanted.lower() == name or rule.code.upper().startswith(wanted.upper())}
        if not matched:
            raise ConfigError(f"{where}: unknown rule or code {wanted!r}")
        chosen |= matched
    return chosen


def make_config(select: list[str] | None = None, ignore: list[str] | None = None,
                extend_select: list[str] | None = None, severity: dict | None = None,
                fail_on: str | None = None, where: str = "command line") -> Config:
    """Build a Config from selector lists and overrides, validating every name."""
    chosen = resolve_rules(select, where) if select is not None else set(load_rules())
    chosen |= resolve_rules(extend_select or [], where)
    chosen -= resolve_rules(ignore or [], where)
    overrides = []
    for rule, level in (severity or {}).items():
        if level not in SEVERITIES:
            raise ConfigError(f"{where}: severity of {rule!r} must be one of {', '.join(SEVERITIES)}, not {level!r}")
        for name in resolve_rules([rule], where):
            overrides.append((name, level))
    if fail_on is not None and fail_on not in SEVERITIES:
        raise ConfigError(f"{where}: fail-on must be one of {', '.join(SEVERITIES)}, not {fail_on!r}")
    return Config(frozenset(chosen), tuple(overrides), fail_on or "warning")
