"""The rule catalog: one YAML file per rule, shipped in the wheel and read through importlib.resources."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

import yaml

HOME = "https://github.com/factlint/factlint"


def rule_url(name: str) -> str:
    """A rule's one documentation address (its rule file: summary, why, example, what to write instead).

    SARIF's helpUri, the JSON report's `url`, `factlint explain` and the language server all take it from here.
    """
    return f"{HOME}/blob/main/rules/{name}.yaml"
# the rule files are factlint's own: libyaml reads them, when PyYAML has it, in a fraction of the time
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@dataclass(frozen=True)
class Rule:
    """What a user reads about a rule, and the defaults the engine applies."""

    name: str
    code: str
    severity: str
    message: str
    summary: str
    why: str
    example: str
    use_instead: str
    options: dict = field(default_factory=dict)
    cases: tuple = ()


@lru_cache(maxsize=1)
def load_rules() -> dict[str, Rule]:
    """Every rule by name, ordered by code."""
    rules = []
    for entry in resources.files("factlint.rules").iterdir():
        if entry.name.endswith(".yaml"):
            data = yaml.load(entry.read_text(encoding="utf-8"), Loader=_LOADER)
            rules.append(Rule(
                name=data["name"], code=data["code"], severity=data["severity"], message=data["message"],
                summary=data.get("summary", ""), why=data.get("why", ""), example=data.get("example", ""),
                use_instead=data.get("use_instead", ""), options=data.get("options") or {},
                cases=tuple(data.get("cases") or ())))
    return {rule.name: rule for rule in sorted(rules, key=lambda r: r.code)}


def find_rule(name_or_code: str) -> Rule | None:
    """Look a rule up by name or code, case-insensitively."""
    wanted = name_or_code.strip().lower()
    for rule in load_rules().values():
        if wanted in (rule.name, rule.code.lower()):
            return rule
    return None
