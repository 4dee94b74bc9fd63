"""What --show-settings and --show-files print: the settings in force for a file, the files a run would check.

The text form of the settings is written as TOML (`key = value  # where it came from`), so a
line can be copied into a settings file; every name from the input is escaped.
"""

from __future__ import annotations

import json
import re

from factlint.read.provenance import Resolved
from factlint.report.printable import escape, json_safe

_BARE_KEY = re.compile(r"[A-Za-z0-9_-]+")


def toml_value(value: object) -> str:
    """A value as TOML writes it inline; None (no such setting) as a comment-like '(none)'."""
    if value is None:
        return "(none)"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, dict):
        items = ", ".join(f"{_key(k)} = {toml_value(v)}" for k, v in value.items())
        return f"{{ {items} }}" if items else "{}"
    return "[" + ", ".join(toml_value(v) for v in value) + "]"


def _key(key: str) -> str:
    return key if _BARE_KEY.fullmatch(key) else json.dumps(key, ensure_ascii=False)


def settings_text(resolved: Resolved) -> str:
    """The settings for one file, one `key = value  # origin` line each, after where they were read from."""
    lines = [f"Settings for {resolved.path}",
             f"# settings file: {resolved.settings_file or '(none: defaults and options only)'}",
             f"# paths in patterns are relative to: {resolved.root}",
             f"# rules that run on this file: {', '.join(resolved.rules) or '(none)'}", ""]
    lines += [f"{s.key} = {toml_value(s.value)}  # {s.origin}" for s in resolved.settings]
    return "".join(escape(line) + "\n" for line in lines)


def settings_json(resolved: Resolved) -> str:
    """The settings for one file as one JSON document."""
    return json_safe(json.dumps(resolved.as_json(), indent=2, ensure_ascii=False)) + "\n"


def files_text(shown: list[str]) -> str:
    """The files a run would check, one path a line."""
    return "".join(escape(path) + "\n" for path in shown)


def files_json(shown: list[str]) -> str:
    """The files a run would check as one JSON document."""
    return json_safe(json.dumps({"version": 1, "files": shown}, indent=2, ensure_ascii=False)) + "\n"
