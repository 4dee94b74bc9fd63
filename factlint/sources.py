"""Read an article's sources: sidecar files, footnote definitions, a Sources section, link references.

Every source remembers the file, line and column where it is defined, so findings about it
point there. Article-defined sources also report the regions they occupy, which are not prose.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from factlint.citations import source_key
from factlint.document import LineIndex, Span, mask

SIDECAR_SUFFIXES = (".sources.yaml", ".sources.yml", ".sources.json")
_FOOTNOTE_DEF = re.compile(r"^ {0,3}\[\^([^\]\s]+)\]:[ \t]*(.*)$")
_SECTION_HEADING = re.compile(
    r"^ {0,3}(#{1,6})[ \t]+\**(sources|references|citations|notes|bibliography|works cited|footnotes)\**[ \t]*:?[ \t]*#*[ \t]*$"
    r"|^ {0,3}\**(sources|references|citations|bibliography|works cited)\**[ \t]*:?[ \t]*$", re.I)
_ANY_HEADING = re.compile(r"^ {0,3}(#{1,6})[ \t]")
_SECTION_ENTRY = re.compile(r"^ {0,3}(?:[-*+][ \t]+)?(?:\[\^?([^\]\s]{1,60})\]:?|(\d{1,5})[.)])[ \t]*(.*)$")
_LINK_REFERENCE = re.compile(
    r"^ {0,3}\[([^\]\^\s][^\]]{0,60})\]:[ \t]*(<[^>\n]*>|\S+)(?:[ \t]+(\"[^\"\n]*\"|'[^'\n]*'|\([^)\n]*\)))?[ \t]*$")
_QUOTE = re.compile(r"^[ \t]*>[ \t]?(.*)$")
_URL = re.compile(r"<?(?:https?://|www\.)[^\s<>]+>?")
_INDENTED = re.compile(r"^(?: {2,}|\t)\S")


class SourceFileError(Exception):
    """A sources file that cannot be read or understood; the message names the file."""


@dataclass
class Source:
    """One source an article can cite, with the text claims are checked against."""

    id: str
    excerpts: list[str]
    path: str
    line: int
    column: int = 1
    end_column: int = 2
    title: str | None = None
    url: str | None = None

    @property
    def key(self) -> str:
        return source_key(self.id)

    @property
    def has_text(self) -> bool:
        return any(e.strip() for e in self.excerpts)

    def same_content(self, other: "Source") -> bool:
        """True when two definitions agree (no text or URL contradicts the other)."""
        mine, theirs = _normal(" ".join(self.excerpts)), _normal(" ".join(other.excerpts))
        if mine and theirs and mine != theirs:
            return False
        return not (self.url and other.url and self.url.rstrip("/") != other.url.rstrip("/"))


@dataclass
class ArticleSources:
    """The sources an article defines itself, and the lines they take up."""

    sources: list[Source] = field(default_factory=list)
    regions: list[Span] = field(default_factory=list)


def _normal(text: str) -> str:
    return " ".join(text.split()).casefold()


def _title_and_url(text: str) -> tuple[str | None, str | None]:
    url = _URL.search(text)
    title = _URL.sub("", text).strip(" \t—–-:|,") or None
    return title, url.group(0).strip("<>") if url else None


# ------------------------------------------------------------------ inside the article


def _line_span(index: LineIndex, lines: list[str], first: int, stop: int) -> Span:
    """The text of 0-based lines first..stop-1."""
    return Span(index.starts[first], index.starts[stop - 1] + len(lines[stop - 1]))


def _footnotes(lines: list[str], index: LineIndex, path: str, found: ArticleSources) -> None:
    """`[^id]: text` plus indented continuation and block quotes: all of it is the excerpt."""
    n = 0
    while n < len(lines):
        match = _FOOTNOTE_DEF.match(lines[n])
        if not match:
            n += 1
            continue
        first, body = n, [match.group(2)]
        n += 1
        while n < len(lines):
            line = lines[n]
            if _INDENTED.match(line) or (_QUOTE.match(line) and n == first + 1) or (
                    not line.strip() and n + 1 < len(lines) and _INDENTED.match(lines[n + 1])):
                quote = _QUOTE.match(line)
                body.append(quote.group(1) if quote else line.strip())
                n += 1
            else:
                break
        title, url = _title_and_url(match.group(2))
        text = " ".join(_URL.sub("", part).strip() for part in body if part.strip())
        column = match.start(1) - 1
        found.sources.append(Source(match.group(1), [text] if text.strip() else [], path, first + 1,
                                    column, match.end(1) + 2, title, url))
        found.regions.append(_line_span(index, lines, first, n))


def _sources_section(lines: list[str], index: LineIndex, path: str, found: ArticleSources) -> None:
    """A 'Sources'/'References' heading: entries `[1] title — url` each with a block quote under it."""
    n = 0
    while n < len(lines):
        heading = _SECTION_HEADING.match(lines[n])
        if not heading:
            n += 1
            continue
        level = len(heading.group(1) or "######")
        start, n = n, n + 1
        current = None
        while n < len(lines):
            line = lines[n]
            other = _ANY_HEADING.match(line)
            if other and len(other.group(1)) <= level:
                break
            entry = _SECTION_ENTRY.match(line)
            quote = _QUOTE.match(line)
            if entry and not _FOOTNOTE_DEF.match(line):
                source_id = entry.group(1) or entry.group(2)
                title, url = _title_and_url(entry.group(3))
                column = line.index(source_id)
                current = Source(source_id, [], path, n + 1, column + 1 - (1 if entry.group(1) else 0),
                                 column + len(source_id) + 1 + (1 if entry.group(1) else 0), title, url)
                found.sources.append(current)
            elif quote and current is not None:
                current.excerpts.append(quote.group(1))
            elif line.strip() and not quote:
                current = None if not _INDENTED.match(line) else current
            n += 1
        found.regions.append(_line_span(index, lines, start, n))
        for source in found.sources:
            source.excerpts = [" ".join(source.excerpts)] if source.excerpts else []


def _link_references(lines: list[str], index: LineIndex, path: str, found: ArticleSources,
                     taken: set[int]) -> None:
    """`[23]: https://… "title"`: a source with a URL and a title and no text."""
    for n, line in enumerate(lines):
        match = _LINK_REFERENCE.match(line)
        if not match or n + 1 in taken:
            continue
        title = match.group(3)[1:-1] if match.group(3) else None
        found.sources.append(Source(match.group(1), [], path, n + 1, match.start(1), match.end(1) + 2,
                                    title, match.group(2).strip("<>")))
        start = index.line_start(n + 1)
        found.regions.append(Span(start, start + len(line)))


def article_sources(text: str, index: LineIndex, path: str, hidden: list[Span] = ()) -> ArticleSources:
    """Sources defined inside the article, in the order they appear; `hidden` spans (code
    fences, comments) are shown text, not definitions."""
    lines = mask(text, list(hidden)).split("\n") if hidden else text.split("\n")
    found = ArticleSources()
    _footnotes(lines, index, path, found)
    _sources_section(lines, index, path, found)
    taken = {s.line for s in found.sources}
    _link_references(lines, index, path, found, taken)
    found.sources.sort(key=lambda s: s.line)
    return found


# ------------------------------------------------------------------ sidecar files


def sidecar_for(article: Path) -> Path | None:
    """The sidecar beside an article: ARTICLE.sources.yaml, .yml or .json."""
    stem = article.with_suffix("")
    for suffix in SIDECAR_SUFFIXES:
        candidate = stem.parent / (stem.name + suffix)
        if candidate.is_file():
            return candidate
    return None


def _read_text(path: Path) -> str:
    try:
        if not path.is_file():
            raise SourceFileError(f"{path}: cannot read: not a regular file")
        data = path.read_bytes()
    except (OSError, ValueError) as exc:
        raise SourceFileError(f"{path}: cannot read: {getattr(exc, 'strerror', None) or exc}") from None
    if b"\0" in data:
        raise SourceFileError(f"{path}: is a binary file, not text")
    try:
        return data.decode("utf-8-sig").replace("\r\n", "\n")
    except UnicodeDecodeError as exc:
        raise SourceFileError(f"{path}: is not UTF-8 text (byte {exc.start})") from None


def _yaml_entries(text: str, path: Path) -> list[tuple[str, object, int, int]]:
    """(id, value, line, column) for each entry under `sources:`, duplicates kept, in file order."""
    loader = yaml.SafeLoader(text)
    try:
        root = loader.get_single_node()
        if root is None:
            return []
        if not isinstance(root, yaml.MappingNode):
            raise SourceFileError(f"{path}: expected a mapping with a 'sources' key")
        node = next((v for k, v in root.value if k.value == "sources"), None)
        if node is None:
            raise SourceFileError(f"{path}: no 'sources' key")
        if isinstance(node, yaml.ScalarNode) and node.value in ("", "~", "null"):
            return []
        if not isinstance(node, yaml.MappingNode):
            raise SourceFileError(f"{path}:{node.start_mark.line + 1}: 'sources' must map ids to sources")
        entries = []
        for key, value in node.value:
            if not isinstance(key, yaml.ScalarNode):
                raise SourceFileError(f"{path}:{key.start_mark.line + 1}: a source id must be a number or a short word")
            entries.append((key.value, loader.construct_object(value, deep=True), key.start_mark.line + 1,
                            key.start_mark.column + 1))
        return entries
    except RecursionError:
        raise SourceFileError(f"{path}: nested too deeply to read") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f":{mark.line + 1}" if mark else ""
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise SourceFileError(f"{path}{where}: invalid YAML: {problem}") from None
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
    top = dict(data) if isinstance(data, _Pairs) else None
    if top is None or not isinstance(top.get("sources") or _Pairs(), _Pairs):
        raise SourceFileError(f"{path}: expected an object with a 'sources' object")
    lines = LineIndex(text)
    opening = re.search(r'"sources"\s*:', text)
    entries, pos = [], opening.end() if opening else 0
    for key, value in top.get("sources") or []:
        match = re.compile(r'"' + re.escape(key) + r'"\s*:').search(text, pos)
        line, column = lines.position(match.start()) if match else (1, 1)
        pos = match.end() if match else pos
        entries.append((key, _plain(value), line, column + 1 if match else 1))
    return entries


class _Pairs(list):
    """A JSON object read as its (key, value) pairs, so that a repeated id is not lost."""


def _plain(value: object) -> object:
    """JSON read as pairs back to dicts and lists."""
    if isinstance(value, _Pairs):
        return {k: _plain(v) for k, v in value}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


def _text_of(value: object, where: str, what: str) -> str:
    if isinstance(value, (str, int, float)) and not isinstance(value, bool):
        return str(value)
    raise SourceFileError(f"{where}: {what} must be text")


def _excerpts(value: object, where: str, base: Path) -> tuple[list[str], str | None, str | None]:
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
            excerpts.append(_read_text(base / name))
        except SourceFileError as exc:
            raise SourceFileError(f"{where}: file {name!r}: {str(exc).split(': ', 1)[-1]}") from None
    title, url = value.get("title"), value.get("url")
    return excerpts, None if title is None else str(title), None if url is None else str(url)


def sidecar_sources(path: Path, shown: str) -> list[Source]:
    """Read a sidecar file; `shown` is the path findings should print for it."""
    text = _read_text(path)
    entries = _json_entries(text, path) if path.suffix == ".json" else _yaml_entries(text, path)
    sources = []
    for source_id, value, line, column in entries:
        if not isinstance(source_id, (str, int)) or not str(source_id).strip():
            raise SourceFileError(f"{path}:{line}: a source id must be a number or a short word")
        excerpts, title, url = _excerpts(value, f"{path}:{line}", path.parent)
        sources.append(Source(str(source_id), excerpts, shown, line, column, column + len(str(source_id)),
                              title, url))
    return sources
