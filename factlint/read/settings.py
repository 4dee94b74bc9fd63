"""Find and read settings files: `.factlint.toml`, `.factlint.yaml`, or `[tool.factlint]` in pyproject.toml.

The closest settings file above a checked file wins; in one folder the dotfiles come first.
Command-line options are laid over whatever file applies.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from factlint.read import safeyaml

from factlint.read import textfile
from factlint.read.config import Config, ConfigError, build_config
from factlint.report.printable import brief
from factlint.report.suggest import did_you_mean

KNOWN_KEYS = {"select", "ignore", "extend-select", "severity", "per-file-ignores", "exclude", "extend-exclude",
              "fail-on", "citation-scope", "matching", "max-file-size",
              "sources-root", "fail-on-empty", "respect-gitignore", "sources-cache", "sources-lock",
              "cache-dir"}
CONFIG_NAMES = (".factlint.toml", ".factlint.yaml", ".factlint.yml", "pyproject.toml")


def read_settings(path: Path) -> dict | None:
    """The factlint table of a settings file; None for a pyproject.toml without one."""
    try:
        raw = textfile.read_text(path, textfile.MAX_SETTINGS_SIZE, setting=None)
    except textfile.Refused as exc:
        raise ConfigError(f"{path}: {exc}") from None
    is_yaml = path.suffix in (".yaml", ".yml")
    if sys.version_info >= (3, 11):  # imported only when there is a settings file to read
        import tomllib
    else:  # pragma: no cover - Python 3.10
        import tomli as tomllib
    try:
        data = (safeyaml.load(raw) or {}) if is_yaml else tomllib.loads(raw)
    except safeyaml.YamlError as exc:
        raise ConfigError(f"{path}{exc.where(raw)}: invalid YAML: {exc.problem}") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: invalid {'YAML' if is_yaml else 'TOML'}: {str(exc).splitlines()[0]}") from None
    except RecursionError:
        raise ConfigError(f"{path}: nested too deeply to read") from None
    except ValueError:  # Python's limit of 4,300 digits on int("…")
        raise ConfigError(f"{path}: a number is too long to read") from None
    if path.name == "pyproject.toml":
        tool = data.get("tool", {}) if isinstance(data, dict) else {}
        data = tool.get("factlint") if isinstance(tool, dict) else None
        if data is None:
            return None
    if not isinstance(data, dict):
        raise ConfigError(f"{path}: settings must be a table of keys")
    unknown = sorted(set(data) - KNOWN_KEYS)
    if unknown:
        raise ConfigError(f"{path}: unknown setting {brief(unknown[0])}{did_you_mean(unknown[0], KNOWN_KEYS)}")
    return data


def settings_file_for(folder: Path) -> Path | None:
    """The closest settings file at or above a folder (resolved path)."""
    for candidate_folder in (folder, *folder.parents):
        for name in CONFIG_NAMES:
            candidate = candidate_folder / name
            try:
                found = candidate.is_file()
            except OSError:
                found = False  # an unreadable folder holds no settings we can use
            if found and (name != "pyproject.toml" or _has_factlint_table(candidate)):
                return candidate
    return None


def _has_factlint_table(path: Path) -> bool:
    try:
        return read_settings(path) is not None
    except ConfigError:
        return True  # a broken pyproject.toml is reported when it is read for real


class Settings:
    """Configs for the files of one run: discovered per folder, or one given file, plus overrides."""

    def __init__(self, config_file: str | None = None, isolated: bool = False, overrides: dict | None = None,
                 overrides_from: str = "command line"):
        self.overrides = overrides or {}
        self.overrides_from = overrides_from  # "command line": errors name the option (--select)
        self.isolated = isolated
        self.fixed = Path(config_file) if config_file else None
        self._cache: dict[Path | None, Config] = {}
        self._found: dict[Path, Path | None] = {}
        self._overrides_checked = False

    def source_for(self, path: Path) -> Path | None:
        """The settings file that applies to a file or folder; None for the defaults."""
        if self.fixed is not None or self.isolated:
            return self.fixed
        real = Path(os.path.realpath(path))  # Path.resolve raises on a symlink loop
        folder = real if path.is_dir() else real.parent
        if folder not in self._found:
            self._found[folder] = settings_file_for(folder)
        return self._found[folder]

    def for_path(self, path: Path) -> Config:
        """The config that applies to a file or folder."""
        source = self.source_for(path)
        if source not in self._cache:
            self._cache[source] = self._load(source)
        return self._cache[source]

    def override_origin(self, key: str) -> str:
        """Where an override came from, as messages name it: '--select', or 'editor settings: select'."""
        return f"--{key}" if self.overrides_from == "command line" else f"{self.overrides_from}: {key}"

    def _check_overrides(self) -> None:
        """Each override on its own, so that a bad option is blamed on the option, not on a settings file."""
        if self._overrides_checked:
            return
        for key, value in self.overrides.items():
            if key not in KNOWN_KEYS:
                raise ConfigError(f"{self.overrides_from}: unknown setting {brief(key)}{did_you_mean(key, KNOWN_KEYS)}")
            build_config({key: value}, self.override_origin(key), str(Path.cwd()))
        self._overrides_checked = True

    def _load(self, source: Path | None) -> Config:
        self._check_overrides()
        settings = {}
        if source is not None:
            settings = read_settings(source) or {}
        merged = _overlay(settings, self.overrides)
        root = os.path.dirname(os.path.realpath(source)) if source else str(Path.cwd())
        return build_config(merged, str(source) if source else "command line", root)


def _overlay(settings: dict, overrides: dict) -> dict:
    """Command-line options over file settings, with ruff's semantics for rule lists."""
    merged = dict(settings)
    for key, value in overrides.items():
        if key in ("ignore", "extend-select", "extend-exclude"):
            merged[key] = list(merged.get(key, [])) + list(value)
        else:
            merged[key] = value
    return merged
