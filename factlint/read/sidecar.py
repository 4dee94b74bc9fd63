"""Read sidecar files (ARTICLE.sources.yaml / .yml / .json, or --sources FILE) into Sources."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import yaml

from factlint.read import safeyaml

from factlint.read import textfile
from factlint.parse.document import LineIndex
from factlint.report.printable import brief
from factlint.report.suggest import did_you_mean
from factlint.read.sources import Source

SIDECAR_SUFFIXES = (".sources.yaml", ".sources.yml", ".sources.json")
ENTRY_KEYS = ("title", "url", "excerpt", "excerpts", "file")  # what one source may say about itself


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


def _read_text(path: Path, limit: int = textfile.MAX_FILE_SIZE, buffer: str | None = None) -> str:
    """The text of a sources file; `buffer`: an editor's unsaved text standing in for the file."""
    try:
        text = textfile.read_text(path, limit) if buffer is None else textfile.from_buffer(buffer, limit)
    except textfile.Refused as exc:
        raise SourceFileError(f"{path}: {exc}") from None
    if len(text) > textfile.MAX_ARTICLE_CHARS:  # source texts are split into sentences too
        raise SourceFileError(f"{path}: is too large to read ({len(text):,} characters; "
                              f"the most is {textfile.MAX_ARTICLE_CHARS:,})")
    return text


def _yaml_entries(text: str, path: Path) -> list[tuple[str, object, int, int]]:
    """(id, value, line, column) for each entry under `sources:`, duplicates kept, in file order.

    Parsed in C when it can be (safeyaml.fast_loader); any problem there is read again by the
    pure-Python loader, whose error is the one reported."""
    fast = safeyaml.fast_loader(text)
    if fast is not None:
        try:
            return _entries_from(fast, text, path)
        except Exception:  # noqa: BLE001 - the pure loader below says what is wrong, as it always has
            pass
    try:
        loader = safeyaml.open_loader(text)
    except safeyaml.YamlError as exc:
        raise SourceFileError(f"{path}{exc.where(text)}: invalid YAML: {exc.problem}") from None
    return _entries_from(loader, text, path)


def _entries_from(loader, text: str, path: Path) -> list[tuple[str, object, int, int]]:
    lines = LineIndex(text)
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
            if isinstance(value, yaml.MappingNode):
                _check_entry_keys(((k.value, lines.position(k.start_mark.index)[0]) for k, _ in value.value),
                                  key.value, path)
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
    entries, pos, misses = [], opening.end() if opening else 0, 0
    for key, value in top.get("sources") or []:
        # each miss scans the rest of the file: after a few, ids are placed at line 1 (stays linear)
        match = _key_at(text, key, pos) if misses < 20 else None
        misses += match is None
        line, column = lines.position(match.start()) if match else (1, 1)
        pos = match.end() if match else pos
        if isinstance(value, _Pairs):
            _check_entry_keys(((name, _line_of_key(text, name, pos, lines, line)) for name, _ in value), key, path)
        entries.append((key, _plain(value, text, path), line, column + 1 if match else 1))
    return entries


def _check_entry_keys(keys, source_id: str, path: Path) -> None:
    """A key of a source other than title, url, excerpt, excerpts or file is a mistake: a misspelt
    `exerpt:` would otherwise leave the source without text and every claim unverifiable."""
    for name, line in keys:
        if name not in ENTRY_KEYS:
            raise SourceFileError(f"{path}:{line}: unknown key {brief(name)} in source {brief(str(source_id))}"
                                  f"{did_you_mean(str(name), ENTRY_KEYS)}; a source may have {', '.join(ENTRY_KEYS)}")


def _line_of_key(text: str, key: str, pos: int, lines: LineIndex, fallback: int) -> int:
    """The line of the next `"key":` in a JSON text from `pos`; `fallback` when it is not found."""
    match = _key_at(text, key, pos)
    return lines.position(match.start())[0] if match else fallback


def _key_at(text: str, key: str, pos: int) -> re.Match | None:
    """The next `"key":` from `pos`, the key written plain or with JSON escapes."""
    spellings = {key, json.dumps(key)[1:-1], json.dumps(key, ensure_ascii=False)[1:-1]}
    return re.compile('"(?:' + "|".join(map(re.escape, spellings)) + r')"\s*:').search(text, pos)


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


def _source_text(name: object, where: str, base: Path, limit: int, sources_root: str | None) -> str:
    """The text a `file:` names, read only when it lies inside the sidecar's folder or sources-root.

    The path is resolved with every symlink first: `../../etc/passwd`, `/etc/passwd` and a link
    inside the folder that points out are all refused before anything is read.
    """
    if not isinstance(name, str) or not name.strip() or "\0" in name:
        raise SourceFileError(f"{where}: 'file' must name a text file")
    target = os.path.realpath(base / name)
    allowed = [os.path.realpath(base), *([sources_root] if sources_root else [])]
    if not any(_inside(target, folder) for folder in allowed):
        wider = "sources-root" if sources_root else "a wider folder with sources-root"
        raise SourceFileError(f"{where}: file {brief(name)} is outside the sidecar's folder"
                              f"{' and sources-root' if sources_root else ''} (allow {wider})")
    try:
        return _read_text(Path(target), limit)
    except SourceFileError as exc:
        raise SourceFileError(f"{where}: file {brief(name)}: {str(exc).split(': ', 1)[-1]}") from None


def _inside(path: str, folder: str) -> bool:
    try:
        return os.path.commonpath([path, folder]) == folder
    except ValueError:  # another drive on Windows
        return False


def _excerpts(value: object, where: str, base: Path, limit: int,
              sources_root: str | None) -> tuple[list[str], str | None, str | None]:
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
        excerpts.append(_source_text(value["file"], where, base, limit, sources_root))
    title, url = value.get("title"), value.get("url")
    return excerpts, None if title is None else str(title), None if url is None else str(url)


_SURROGATE = re.compile("[\ud800-\udfff]")


def _whole(text: str | None, where: str) -> str | None:
    """Text with escaped surrogate pairs ("\\ud83d\\ude00" in YAML) joined; a lone half is refused."""
    if text is None or not _SURROGATE.search(text):
        return text
    try:
        return text.encode("utf-16-le", "surrogatepass").decode("utf-16-le")
    except UnicodeDecodeError:
        lone = _SURROGATE.search(text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "surrogatepass"))
        raise SourceFileError(f"{where}: invalid text: a lone surrogate {brief(lone.group() if lone else '?')} "
                              "(half of a character)") from None


def _entries(path: Path, limit: int, buffer: str | None = None) -> list[tuple[str, object, int, int]]:
    text = _read_text(path, limit, buffer)
    return _json_entries(text, path) if path.suffix == ".json" else _yaml_entries(text, path)


def buffer_reading(path: Path, text: str, limit: int = textfile.MAX_FILE_SIZE) -> list | SourceFileError:
    """What reading the sidecar `path` would give (its entries, or its error) were `text` on disk:
    an editor's unsaved buffer, for `Sidecars.remember`. `file:` sources are still read from disk."""
    try:
        return _entries(path, limit, text)
    except SourceFileError as exc:
        return exc


def _named_as(message: str, read_as: str | None, path: str) -> str:
    """The error of a sidecar first read under one name (a real path, from a folder walk), naming it as asked now."""
    if read_as and read_as != path and message.startswith(read_as):
        return path + message[len(read_as):]
    return message


class Sidecars:
    """The sidecars of one run, each read and parsed once however many articles or folders ask.

    With `budget` (bytes of sidecar files), a run holds at most that much parsed at a time: a
    sidecar is let go once its sources are built, and one parsed beyond the budget (while the
    folders are searched) is parsed again when its article is read. Memory stays flat in the
    number of sidecars; runs with less than the budget still parse each sidecar once."""

    def __init__(self, budget: int | None = None) -> None:
        self._parsed: dict[str, list | SourceFileError] = {}
        self._read_as: dict[str, str] = {}  # the name a sidecar that failed was first read by
        self._budget, self._held, self._held_bytes = budget, {}, 0  # real path -> file size, and their sum

    def entries(self, path: Path, limit: int = textfile.MAX_FILE_SIZE) -> list[tuple[str, object, int, int]]:
        """(id, value, line, column) of each source of a sidecar; a SourceFileError names it."""
        key = os.path.realpath(path)
        found = self._parsed.get(key)
        if found is None:
            try:
                found = _entries(path, limit)
            except SourceFileError as exc:
                found = exc
                self._read_as[key] = str(path)
            self._hold(key, found)
        if isinstance(found, SourceFileError):
            raise SourceFileError(_named_as(str(found), self._read_as.get(key), str(path)))
        return found

    def _hold(self, key: str, found: list | SourceFileError) -> None:
        """Keep a reading for the next ask, unless the budget is spent."""
        if self._budget is not None:
            try:
                size = os.stat(key).st_size
            except OSError:
                size = 0
            if self._held_bytes + size > self._budget:
                return
            self._held[key] = size
            self._held_bytes += size
        self._parsed[key] = found

    def _let_go(self, path: Path) -> None:
        """With a budget: forget a sidecar whose sources are built (each belongs to one article)."""
        if self._budget is not None:
            key = os.path.realpath(path)
            self._parsed.pop(key, None)
            self._held_bytes -= self._held.pop(key, 0)

    def parsed(self, path: Path) -> list | SourceFileError | None:
        """What reading a sidecar gave (its entries, or its error) if it was read; for another process."""
        return self._parsed.get(os.path.realpath(path))

    def remember(self, path: Path, parsed: list | SourceFileError) -> None:
        """Take a sidecar's reading from another process (a cluster's client), so it is not read again."""
        self._parsed[os.path.realpath(path)] = parsed

    def texts(self, path: Path, limit: int = textfile.MAX_FILE_SIZE) -> set[str]:
        """Real paths of the files a sidecar names with `file:`: source texts, not articles."""
        try:
            entries = self.entries(path, limit)
        except SourceFileError:
            return set()  # the sidecar's own problems are reported when its article is read
        return {os.path.realpath(path.parent / value["file"]) for _, value, _, _ in entries
                if isinstance(value, dict) and isinstance(value.get("file"), str) and value["file"].strip()
                and "\0" not in value["file"]}

    def sources(self, path: Path, shown: str, limit: int = textfile.MAX_FILE_SIZE,
                sources_root: str | None = None) -> list[Source]:
        """A sidecar's sources; `shown` is the path findings print; `sources_root` widens where `file:` may point."""
        sources = _entry_sources(self.entries(path, limit), str(path), shown, path.parent, limit, sources_root)
        self._let_go(path)
        return sources


def _entry_sources(entries, named: str, shown: str, base: Path, limit: int, sources_root: str | None) -> list[Source]:
    """Sources from (id, value, line, column) entries; `named` is the file errors name, `base` where `file:` starts."""
    sources = []
    for source_id, value, line, column in entries:
        if not isinstance(source_id, (str, int)) or not str(source_id).strip():
            raise SourceFileError(f"{named}:{line}: a source id must be a number or a short word")
        where = f"{named}:{line}"
        excerpts, title, url = _excerpts(value, where, base, limit, sources_root)
        excerpts, title, url = [_whole(e, where) for e in excerpts], _whole(title, where), _whole(url, where)
        source_id = _whole(str(source_id), where)
        sources.append(Source(source_id, excerpts, shown, line, column, column + len(source_id), title, url))
    return sources


def table_sources(table, shown: str = "<sources>", base: Path | None = None) -> list[Source]:
    """Sources from a mapping written as a sidecar's `sources:` table ({23: {"excerpt": …}} or {23: "…"}).

    Entry n stands at line n of `shown`; a `file:` is read relative to `base` (default: the current folder)."""
    if not isinstance(table, dict):
        raise SourceFileError(f"{shown}: sources must map ids to sources")
    entries = []
    for line, (source_id, value) in enumerate(table.items(), 1):
        if isinstance(value, dict):
            _check_entry_keys(((key, line) for key in value), source_id, Path(shown))
        entries.append((source_id, value, line, 1))
    return _entry_sources(entries, shown, shown, base or Path.cwd(), textfile.MAX_FILE_SIZE, None)


def sidecar_sources(path: Path, shown: str, limit: int = textfile.MAX_FILE_SIZE,
                    sources_root: str | None = None) -> list[Source]:
    """Read one sidecar file into its sources (see Sidecars.sources)."""
    return Sidecars().sources(path, shown, limit, sources_root)
