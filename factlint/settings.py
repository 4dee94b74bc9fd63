"""Read settings files: `[tool.factlint]` in pyproject.toml, `.factlint.toml` or `.factlint.yaml`."""

from __future__ import annotations

import sys
from pathlib import Path

import yaml

from factlint.config import ConfigError

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

KNOWN_KEYS = {"select", "ignore", "extend-select", "severity", "fail-on"}


def load_settings(path: Path) -> dict:
    """The settings table of a config file, with every key checked."""
    try:
        raw = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read: {getattr(exc, 'strerror', None) or exc}") from None
    try:
        if path.suffix in (".yaml", ".yml"):
            data = yaml.safe_load(raw) or {}
        else:
            data = tomllib.loads(raw)
            if path.name == "pyproject.toml":
                data = data.get("tool", {}).get("factlint", {})
    except (yaml.YAMLError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"{path}: invalid {'YAML' if path.suffix in ('.yaml', '.yml') else 'TOML'}: "
                          f"{str(exc).splitlines()[0]}") from None
    if not isinstance(data, dict):
        raise ConfigError(f"{path}: settings must be a table of keys")
    unknown = sorted(set(data) - KNOWN_KEYS)
    if unknown:
        raise ConfigError(f"{path}: unknown setting {unknown[0]!r}")
    return data
