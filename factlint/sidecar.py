"""Read sidecar files (ARTICLE.sources.yaml / .yml / .json, or --sources FILE) into Sources."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import yaml

from factlint import safeyaml, textfile
from factlint.document import LineIndex
from factlint.printable import brief
from factlint.sources import Source

SIDECAR_SUFFIXES = (".sources.yaml", ".sources.yml", ".sources.json")


class SourceFileError(Exception):
    """A sources file that cannot be read or understood; the message names the file."""


def sidecar_for(article: Path) -> Path | None:
    """The sidecar beside an article: ARTICLE.sources.yaml, .yml or .json."""
    stem = article.with_suffix("")
    for suffix in SIDECAR_SUFFIXES:
        candidate = stem.parent / (stem.name + suffix)
        if os.path.lexists(candidate):  # a FIFO, a device or a broken link is reported, not skipped
            return candidate
    return None


def _read_text(path: Path, limit: int = textfile.MAX_FILE_SIZE) -> str:
    try:
        return textfile.read_text(path, limit)
    except textfile.Refused as exc:
        raise SourceFileError(f"{path}: {exc}") from None


def _yaml_entries(text: str, path: Path) -> list[tuple[str, object, int, int]]:
    """(id, value, line, column) for each entry under `sources:`, duplicates kept, in file order."""
    lines = LineIndex(text)
    try:
        loader = safeyaml.open_loader(text)
    except safeyaml.YamlError as exc:
        raise SourceFileError(f"{path}{exc.where(text)}: invalid YAML: {exc.problem}") from None
    try:
        root = loader.get_single_node()
        if root is None:
            return []
        if not isinstance(root, yaml.MappingNode):
            raise SourceFileError(f"{path}: expected a mapping with a 'sources' key")
        safeyaml.check_unique_keys(root)  # a second `sources:` would silently replace the first
        node = next((v for k, v in root.value if k.value == "sources"), None)
        if node is None:
            raise SourceFileError(f"{path}: no 'sources' key")
        if isinstance(node, yaml.ScalarNode) and node.value in ("", "~", "null"):
            return []
        if not isinstance(node, yaml.MappingNode):
            raise SourceFileError(f"{path}:{lines.position(node.start_mark.index)[0]}: 'sources' must map ids to sources")
        entries = []
        for key, value in node.value:  # a repeated id is kept: it is a duplicate-source finding
            line, column = lines.position(key.start_mark.index)
            if not isinstance(key, yaml.ScalarNode):
                raise SourceFileError(f"{path}:{line}: a source id must be a number or a short word")
            entries.append((key.value, loader.construct_object(value, deep=True), line, column))
        return entries
    except (yaml.YAMLError, RecursionError, safeyaml.YamlError) as exc:
        problem = safeyaml.reason(exc)
        raise SourceFileError(f"{path}{problem.where(text)}: invalid YAML: {problem.problem}") from None
    finally:
        loader.dispose()


def _json_entries(text: str, path: Path) -> list[tuple[str, object, int, int]]:
    """(id, value, line, column) of each source of a JSON sidecar; repeated ids are kept."""
    try:
        data = json.loads(text, object_pairs_hook=_Pairs) if text.strip() else _Pairs()
    except json.JSONDecodeError as exc:
        raise SourceFileError(f"{path}:{exc.lineno}: invalid JSON: {exc.msg}") from None
    except RecursionError:
        raise SourceFileError(f"{path}: nested too deeply to read") from None
    except ValueError:  # Python refuses int("…") past 4,300 digits
        raise SourceFileError(f"{path}: invalid JSON: a number is too long to read") from None
    top = _unique(data, text, path) if isinstance(data, _Pairs) else None
    if top is None or not isinstance(top.get("sources") or _Pairs(), _Pairs):
        raise SourceFileError(f"{path}: expected an object with a 'sources' object")
    lines = LineIndex(text)
    opening = re.search(r'"sources"\s*:', text)
    entries, pos = [], opening.end() if opening else 0
    for key, value in top.get("sources") or []:
        match = re.compile(r'"' + re.escape(key) + r'"\s*:').search(text, pos)
        line, column = lines.position(match.start()) if match else (1, 1)
        pos = match.end() if match else pos
        entries.append((key, _plain(value, text, path), line, column + 1 if match else 1))
    return entries


class _Pairs(list):
    """A JSON object read as its (key, value) pairs, so that a repeated id is not lost."""


def _unique(pairs: _Pairs, text: str, path: Path) -> dict:
    """A JSON object as a dict; a key given twice is an error, as in the YAML reader."""
    table: dict = {}
    for key, value in pairs:
        if key in table:
            raise SourceFileError(f"{path}{_second_key_line(text, key)}: invalid JSON: duplicate key {brief(key)}")
        table[key] = value
    return table


def _second_key_line(text: str, key: str) -> str:
    """':line' of the second `"key":` in the text, the likely repeat; '' when not found."""
    matches = re.finditer('"' + re.escape(json.dumps(key)[1:-1]) + r'"\s*:', text)
    second = next(matches, None) and next(matches, None)
    return f":{LineIndex(text).position(second.start())[0]}" if second else ""


def _plain(value: object, text: str, path: Path) -> object:
    """JSON read as pairs back to dicts and lists."""
    if isinstance(value, _Pairs):
        return {k: _plain(v, text, path) for k, v in _unique(value, text, path).items()}
    if isinstance(value, list):
        return [_plain(v, text, path) for v in value]
    return value


def _text_of(value: object, where: str, what: str) -> str:
    if isinstance(value, (str, int, float)) and not isinstance(value, bool):
        return str(value)
    raise SourceFileError(f"{where}: {what} must be text")


def _excerpts(value: object, where: str, base: Path, limit: int) -> tuple[list[str], str | None, str | None]:
    """The quotes, title and URL of one sidecar entry; `where` names it in errors."""
    if isinstance(value, str):
        return [value], None, None
    if value is None:
        return [], None, None
    if not isinstance(value, dict):
        raise SourceFileError(f"{where}: a source must be a mapping (title, url, excerpt, excerpts or file)")
    excerpts: list[str] = []
    if value.get("excerpt") is not None:
        excerpts.append(_text_of(value["excerpt"], where, "'excerpt'"))
    more = value.get("excerpts")
    if more is not None:
        if not isinstance(more, list):
            raise SourceFileError(f"{where}: 'excerpts' must be a list of quotes")
        excerpts.extend(_text_of(e, where, "each of 'excerpts'") for e in more if e is not None)
    if value.get("file") is not None:
        name = value["file"]
        if not isinstance(name, str) or not name.strip() or "\0" in name:
            raise SourceFileError(f"{where}: 'file' must name a text file")
        try:
            excerpts.append(_read_text(base / name, limit))
        except SourceFileError as exc:
            raise SourceFileError(f"{where}: file {brief(name)}: {str(exc).split(': ', 1)[-1]}") from None
    title, url = value.get("title"), value.get("url")
    return excerpts, None if title is None else str(title), None if url is None else str(url)


def sidecar_sources(path: Path, shown: str, limit: int = textfile.MAX_FILE_SIZE) -> list[Source]:
    """Read a sidecar file; `shown` is the path findings should print for it; files are at most `limit` bytes."""
    text = _read_text(path, limit)
    entries = _json_entries(text, path) if path.suffix == ".json" else _yaml_entries(text, path)
    sources = []
    for source_id, value, line, column in entries:
        if not isinstance(source_id, (str, int)) or not str(source_id).strip():
            raise SourceFileError(f"{path}:{line}: a source id must be a number or a short word")
        excerpts, title, url = _excerpts(value, f"{path}:{line}", path.parent, limit)
        sources.append(Source(str(source_id), excerpts, shown, line, column, column + len(str(source_id)),
                              title, url))
    return sources
