"""Configuration: which rules run where, at what severity, and how loosely figures may match.

Settings files are parsed once per folder into a frozen Config; nothing changes it later.
"""

from __future__ import annotations

import fnmatch
import os
import re
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from factlint.lint.catalog import load_rules
from factlint.match.compare import Tolerances
from factlint.lint.findings import SEVERITIES
from factlint.report.printable import brief
from factlint.report.suggest import did_you_mean
from factlint.read.textfile import MAX_FILE_SIZE

DEFAULT_EXCLUDE = (".*", "node_modules", "venv", "__pycache__", "site-packages")
CITATION_SCOPES = ("sentence", "paragraph")


class ConfigError(Exception):
    """A configuration the user must fix; the message names the file and the key."""


@dataclass(frozen=True)
class Config:
    """The settings that apply to the files under one folder."""

    select: frozenset[str] = field(default_factory=lambda: frozenset(load_rules()))
    severity: tuple[tuple[str, str], ...] = ()
    fail_on: str = "warning"
    per_file_ignores: tuple[tuple[str, frozenset[str]], ...] = ()
    exclude: tuple[str, ...] = DEFAULT_EXCLUDE
    citation_scope: str = "sentence"
    tolerances: Tolerances = Tolerances()
    max_file_size: int = MAX_FILE_SIZE  # bytes; articles, sidecars, source texts, baselines
    sources_root: str | None = None     # a real folder a sidecar's `file:` may point into, besides its own
    fail_on_empty: bool = False         # a run that finds no article fails (exit 2)
    respect_gitignore: bool = True      # folder walks leave out what .gitignore and .ignore list
    sources_cache: str = ".factlint/sources"  # where `factlint fetch` keeps pages (relative to root)
    sources_lock: str = "factlint.sources.lock"  # the committed URL -> text hash pins (relative to root)
    cache_dir: str | None = None        # where the result cache lives; None: .factlint_cache in root
    root: str = "."                 # the folder globs are relative to
    origin: str = "defaults"        # where these settings came from, for messages

    def cache_paths(self) -> tuple[Path, Path]:
        """The source cache folder and the lock file, relative paths taken from `root`."""
        return Path(self.root, self.sources_cache), Path(self.root, self.sources_lock)

    def severity_of(self, rule: str) -> str:
        """The rule's severity after overrides."""
        return dict(self.severity).get(rule, load_rules()[rule].severity)

    def rules_for(self, relative: str) -> frozenset[str]:
        """The rules selected for a file, after per-file ignores (path relative to root)."""
        ignored = {rule for pattern, rules in self.per_file_ignores if matches(relative, pattern) for rule in rules}
        return self.select - ignored

    def excludes(self, relative: str, below: int = 0) -> bool:
        """True when a part of a path (relative to root) past its first `below` parts matches a pattern.

        A pattern without '/' matches one file or folder name (`.*`, `node_modules`); one
        with '/' matches the path from the root up to such a part (`drafts/archive`).
        """
        names = [part for part in PurePosixPath(relative).parts if part not in ("..", ".", "/")]
        for depth in range(below, len(names)):
            prefix = "/".join(names[:depth + 1])
            for pattern in self.exclude:
                pattern = pattern.rstrip("/")
                if fnmatch.fnmatch(prefix if "/" in pattern else names[depth], pattern):
                    return True
        return False


def matches(relative: str, pattern: str) -> bool:
    """Glob match on the whole relative path, on its file name, or on any folder in it."""
    # a path outside the settings' folder ("../docs/a.md") is matched on its own parts only
    parts = [part for part in PurePosixPath(relative).parts if part not in ("..", ".", "/")]
    if not parts:
        return False
    path = PurePosixPath(*parts)
    pattern = pattern.rstrip("/")
    if fnmatch.fnmatch(str(path), pattern) or fnmatch.fnmatch(path.name, pattern):
        return True
    parents = [str(p) for p in path.parents if str(p) != "." and p.name != ".."]
    return any(fnmatch.fnmatch(p, pattern) or fnmatch.fnmatch(PurePosixPath(p).name, pattern) for p in parents)


def resolve_rules(selectors, where: str) -> set[str]:
    """Rule names for selectors: names, codes, code prefixes ('FL1'), or 'ALL'."""
    if isinstance(selectors, str) or not isinstance(selectors, (list, tuple)):
        raise ConfigError(f"{where}: expected a list of rule names or codes, got {brief(selectors)}")
    rules = load_rules()
    chosen: set[str] = set()
    for selector in selectors:
        wanted = str(selector).strip()
        if wanted.upper() == "ALL":
            chosen.update(rules)
            continue
        matched = {name for name, rule in rules.items()
                   if wanted.lower() == name or (wanted[:2].upper() == "FL" and rule.code.startswith(wanted.upper()))}
        if not matched:
            known = [*rules, *(rule.code for rule in rules.values())]
            raise ConfigError(f"{where}: unknown rule or code {brief(wanted)}{did_you_mean(wanted, known)}")
        chosen |= matched
    return chosen


def _levels(table, where: str) -> tuple[tuple[str, str], ...]:
    if not isinstance(table, dict):
        raise ConfigError(f"{where}: 'severity' must map rules to error, warning or info")
    overrides = []
    for rule, level in table.items():
        if level not in SEVERITIES:
            raise ConfigError(f"{where}: severity of {brief(rule)} must be one of {', '.join(SEVERITIES)}, not {brief(level)}")
        overrides.extend((name, level) for name in sorted(resolve_rules([rule], where)))
    return tuple(overrides)


def _globs(value, key: str, where: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"{where}: '{key}' must be a list of glob patterns")
    return tuple(value)


# the keys of the [matching] table -> the Tolerances fields they set
TOLERANCE_KEYS = {"hedge": "hedge", "fraction": "fraction", "fraction-hedged": "fraction_hedged",
                  "multiple": "multiple", "rounding-cap": "rounding_cap"}


def _tolerances(table, where: str) -> Tolerances:
    names = TOLERANCE_KEYS
    if not isinstance(table, dict):
        raise ConfigError(f"{where}: 'matching' must be a table of tolerances")
    values = {}
    for key, value in table.items():
        if key not in names:
            raise ConfigError(f"{where}: unknown matching tolerance {brief(key)}{did_you_mean(key, names)} "
                              f"(known: {', '.join(names)})")
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 <= value < 1:
            raise ConfigError(f"{where}: matching.{key} must be a fraction between 0 and 1, not {brief(value)}")
        values[names[key]] = float(value)
    return Tolerances(**values)


_SIZE = re.compile(r"\s*(\d+(?:\.\d+)?)\s*(b|kb|mb|gb)?\s*", re.I)
_SCALES = {"b": 1, "kb": 10**3, "mb": 10**6, "gb": 10**9}


def parse_size(value, where: str) -> int:
    """A size setting: a number of bytes, or text such as '200 KB', '50MB' or '1 GB' (powers of 1,000)."""
    match = _SIZE.fullmatch(value) if isinstance(value, str) and len(value) < 40 else None
    if isinstance(value, int) and not isinstance(value, bool):
        size = value
    elif match:
        size = int(float(match.group(1)) * _SCALES[(match.group(2) or "b").lower()])
    else:
        raise ConfigError(f"{where}: max-file-size must be a number of bytes or a size such as '50 MB', "
                          f"not {brief(value)}")
    if size < 1:
        raise ConfigError(f"{where}: max-file-size must be at least 1 byte")
    return size


def _sources_root(value, where: str, root: str) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str) or not value.strip() or "\0" in value:
        raise ConfigError(f"{where}: sources-root must name a folder, not {brief(value)}")
    folder = os.path.realpath(os.path.join(root, value))
    if not os.path.isdir(folder):
        raise ConfigError(f"{where}: sources-root {brief(value)} is not a folder")
    return folder


def _path_setting(value, key: str, where: str) -> str:
    if not isinstance(value, str) or not value.strip() or "\0" in value:
        raise ConfigError(f"{where}: {key} must name a file or folder, not {brief(value)}")
    return value


def _cache_dir(value, where: str, root: str) -> str | None:
    if value is None:
        return None
    return os.path.join(root, os.path.expanduser(_path_setting(value, "cache-dir", where)))


def _flag(value, key: str, where: str) -> bool:
    if not isinstance(value, bool):
        raise ConfigError(f"{where}: {key} must be true or false, not {brief(value)}")
    return value


def build_config(settings: dict, where: str = "command line", root: str = ".") -> Config:
    """Validate a settings table (kebab-case keys, as in the files) into a Config."""
    select = resolve_rules(settings["select"], where) if "select" in settings else set(load_rules())
    select |= resolve_rules(settings.get("extend-select", []), where)
    select -= resolve_rules(settings.get("ignore", []), where)
    per_file = settings.get("per-file-ignores", {})
    if not isinstance(per_file, dict) or not all(isinstance(k, str) for k in per_file):
        raise ConfigError(f"{where}: 'per-file-ignores' must map glob patterns to lists of rules")
    fail_on = settings.get("fail-on", "warning")
    if fail_on not in SEVERITIES:
        raise ConfigError(f"{where}: fail-on must be one of {', '.join(SEVERITIES)}, not {brief(fail_on)}")
    scope = settings.get("citation-scope", "sentence")
    if scope not in CITATION_SCOPES:
        raise ConfigError(f"{where}: citation-scope must be 'sentence' or 'paragraph', not {brief(scope)}")
    exclude = _globs(settings["exclude"], "exclude", where) if "exclude" in settings else DEFAULT_EXCLUDE
    return Config(
        select=frozenset(select), severity=_levels(settings.get("severity", {}), where), fail_on=fail_on,
        per_file_ignores=tuple((glob, frozenset(resolve_rules(rules, where))) for glob, rules in per_file.items()),
        exclude=exclude + _globs(settings.get("extend-exclude", []), "extend-exclude", where),
        citation_scope=scope, tolerances=_tolerances(settings.get("matching", {}), where),
        max_file_size=parse_size(settings.get("max-file-size", MAX_FILE_SIZE), where),
        sources_root=_sources_root(settings.get("sources-root"), where, root),
        fail_on_empty=_flag(settings.get("fail-on-empty", False), "fail-on-empty", where),
        respect_gitignore=_flag(settings.get("respect-gitignore", True), "respect-gitignore", where),
        sources_cache=_path_setting(settings.get("sources-cache", ".factlint/sources"), "sources-cache", where),
        sources_lock=_path_setting(settings.get("sources-lock", "factlint.sources.lock"), "sources-lock", where),
        cache_dir=_cache_dir(settings.get("cache-dir"), where, root),
        root=root, origin=where)
