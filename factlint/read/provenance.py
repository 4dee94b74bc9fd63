"""Where each setting in force for a file came from: a default, a settings file or an option (--show-settings).

The values are the resolved ones, read back from the Config the run itself uses, so what is
shown is what applies; the origins come from the same settings file and overrides it was
built from.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from factlint.lint.catalog import load_rules
from factlint.read.config import Config
from factlint.read.excludes import relative
from factlint.read.settings import Settings, read_settings

# each setting shown, and the keys that change it (the first one sets it, the others add or take away)
SHOWN = {"select": ("select", "extend-select", "ignore"), "per-file-ignores": ("per-file-ignores",),
         "severity": ("severity",), "fail-on": ("fail-on",), "citation-scope": ("citation-scope",),
         "exclude": ("exclude", "extend-exclude"), "respect-gitignore": ("respect-gitignore",),
         "matching": ("matching",), "max-file-size": ("max-file-size",), "sources-root": ("sources-root",),
         "fail-on-empty": ("fail-on-empty",), "sources-cache": ("sources-cache",),
         "sources-lock": ("sources-lock",), "cache-dir": ("cache-dir",)}


@dataclass(frozen=True)
class Setting:
    """One resolved setting: its value as JSON would give it, and where it came from."""

    key: str
    value: object
    origin: str  # "default", a settings file, "--ignore", or several of them, comma-separated


@dataclass(frozen=True)
class Resolved:
    """The settings in force for one file."""

    path: str
    settings_file: str | None
    root: str
    rules: tuple[str, ...]  # the rules that run on this file, after per-file ignores
    settings: tuple[Setting, ...]

    def as_json(self) -> dict:
        """The resolved settings as the JSON form of --show-settings gives them."""
        return {"version": 1, "path": self.path, "settings_file": self.settings_file, "root": self.root,
                "rules": list(self.rules),
                "settings": {s.key: {"value": s.value, "from": s.origin} for s in self.settings}}


def resolve(settings: Settings, path: Path, shown: str, cache_folder: str) -> Resolved:
    """The settings for `path` (printed as `shown`) and their origins; `cache_folder` is the result cache in force."""
    config = settings.for_path(path)
    source = settings.source_for(path)
    in_file = (read_settings(source) or {}) if source is not None else {}
    values = _values(config, cache_folder)
    rows = tuple(Setting(key, values[key], _origin(keys, in_file, settings, source)) for key, keys in SHOWN.items())
    chosen = config.rules_for(relative(path, config.root))
    return Resolved(shown, str(source) if source else None, config.root,
                    tuple(name for name in load_rules() if name in chosen), rows)


def _origin(keys: tuple[str, ...], in_file: dict, settings: Settings, source: Path | None) -> str:
    """'default', the settings file, the option, or each of them that had a say, first key first."""
    parts = []
    for index, key in enumerate(keys):
        if key in in_file:
            parts.append(str(source) if index == 0 else f"{source} ({key})")
        if key in settings.overrides:
            parts.append(settings.override_origin(key))
    if not any(key in in_file or key in settings.overrides for key in keys[:1]):
        parts.insert(0, "default")
    return ", ".join(parts)


def _values(config: Config, cache_folder: str) -> dict[str, object]:
    """Each shown setting's resolved value, in the JSON types a settings file would use."""
    order = list(load_rules())
    tolerances = config.tolerances
    cache, lock = config.cache_paths()
    return {
        "select": [name for name in order if name in config.select],
        "per-file-ignores": {glob: [name for name in order if name in rules]
                             for glob, rules in config.per_file_ignores},
        "severity": {name: config.severity_of(name) for name in order},
        "fail-on": config.fail_on, "citation-scope": config.citation_scope, "exclude": list(config.exclude),
        "respect-gitignore": config.respect_gitignore,
        "matching": {"hedge": tolerances.hedge, "fraction": tolerances.fraction,
                     "fraction-hedged": tolerances.fraction_hedged, "multiple": tolerances.multiple,
                     "rounding-cap": tolerances.rounding_cap},
        "max-file-size": config.max_file_size, "sources-root": config.sources_root,
        "fail-on-empty": config.fail_on_empty, "sources-cache": str(cache), "sources-lock": str(lock),
        "cache-dir": cache_folder,
    }
