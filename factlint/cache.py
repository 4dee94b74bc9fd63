"""The result cache: each article's hits, kept under a hash of everything they depend on.

ruff's `.ruff_cache` is the model. The key hashes the article's path, text and kind, its
sources (sidecar, `file:` texts and `--sources` alike, as the core receives them), the
citation scope, the matching tolerances, factlint's version and a digest of its code, its
rule files and the versions of the libraries that shape results. The entry holds what `engine.check` returned, before selection, severities and
suppression, so those are applied afresh on every run and a changed `--select` or baseline
re-uses the cache. An entry that is unreadable, truncated, foreign or of another key is a
miss and is written again; entries are written atomically, and a cache that cannot be
written is simply not used.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
from functools import lru_cache
from pathlib import Path

from factlint import __version__
from factlint.lint.findings import Edit, Fix, Hit
from factlint.read import textfile

FOLDER_NAME = ".factlint_cache"
FORMAT = 3  # bump when the entry layout changes
MAX_ENTRY_SIZE = 200_000_000
CACHEDIR_TAG = ("Signature: 8a477f597d28d172789f06886806bc55\n"
                "# This file is a cache directory tag created by factlint.\n"
                "# For information about cache directory tags see https://bford.info/cachedir/\n")
_SCALARS = (str, int, float, type(None))


LIBRARIES = ("spacy", "rapidfuzz", "markdown_it")  # an upgrade can change sentences, scores, markup


@lru_cache(maxsize=1)
def code_digest() -> str:
    """A digest of factlint's modules, rule files and libraries: a changed checker never reads old entries."""
    from importlib.util import find_spec  # finds without importing; importlib.metadata costs 0.1 s

    rules = Path(next(iter(find_spec("factlint.rules").submodule_search_locations)))
    files = sorted(Path(__file__).resolve().parent.rglob("*.py")) + sorted(rules.glob("*.yaml"))
    files += [Path(spec.origin) for spec in map(find_spec, LIBRARIES) if spec and spec.origin]
    digest = hashlib.sha256(f"{__version__} {FORMAT}".encode())
    for path in files:  # size and modification time: a file edited, upgraded or checked out again is new
        info = path.stat()
        digest.update(f" {path}:{info.st_size}:{info.st_mtime_ns}".encode())
    return digest.hexdigest()


def entry_key(document, sidecar, citation_scope: str, tolerances, pages=None) -> str:
    """The hash of everything `engine.check` reads for one article (`pages`: the fetched source cache)."""
    inputs = [code_digest(), document.path, document.markdown, citation_scope, dataclasses.asdict(tolerances),
              [dataclasses.asdict(source) for source in sidecar], pages.fingerprint() if pages is not None else None]
    digest = hashlib.sha256(json.dumps(inputs).encode())
    digest.update(document.text.encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


class ResultCache:
    """The cache folder of one run: look up and store hits by key."""

    def __init__(self, folder: Path):
        self.folder = folder
        self.entries = folder / __version__
        self._ready = False

    def get(self, key: str) -> list[Hit] | None:
        """The hits stored under `key`, or None when there is no sound entry for it."""
        try:
            data = json.loads(textfile.read_bytes(self.entries / f"{key}.json", MAX_ENTRY_SIZE, None))
        except (textfile.Refused, ValueError, RecursionError):
            return None
        if not isinstance(data, dict) or data.get("factlint") != __version__ or data.get("key") != key:
            return None
        return _hits(data.get("hits"))

    def put(self, key: str, hits: list[Hit]) -> None:
        """Store an article's hits; nothing is stored when the folder cannot be written."""
        rows = [_row(hit) for hit in hits]
        if None in rows:
            return  # a field JSON cannot carry exactly: this article is linted afresh each time
        from factlint.report import atomic

        try:
            self._prepare()
            atomic.write_text(self.entries / f"{key}.json",
                              json.dumps({"factlint": __version__, "key": key, "hits": rows}), durable=False)
        except (OSError, UnicodeError):
            pass

    def _prepare(self) -> None:
        """Make the folder, marked as a cache for backups and for git, once per run."""
        if self._ready:
            return
        from factlint.report import atomic

        self.entries.mkdir(parents=True, exist_ok=True)
        for name, text in (("CACHEDIR.TAG", CACHEDIR_TAG), (".gitignore", "# Automatically created by factlint.\n*\n")):
            if not (self.folder / name).is_file():
                atomic.write_text(self.folder / name, text, durable=False)
        self._ready = True


def is_cache_folder(folder: Path) -> bool:
    """True when `folder` is a real folder holding factlint's CACHEDIR.TAG."""
    try:
        tag = textfile.read_bytes(folder / "CACHEDIR.TAG", 4096, None)
    except textfile.Refused:
        return False
    return not folder.is_symlink() and tag.decode("utf-8", "replace") == CACHEDIR_TAG


def _row(hit: Hit) -> list | None:
    """A hit as a JSON list; None when a field would not come back from JSON exactly as it is."""
    fields = {k: list(v) if isinstance(v, tuple) else v for k, v in hit.fields.items()}
    row = [hit.rule, hit.path, hit.line, hit.column, hit.end_line, hit.end_column, fields, hit.figure,
           list(hit.citations), hit.evidence, hit.key, hit.evidence_from, _fix_row(hit.fix),
           [_fix_row(choice) for choice in hit.choices]]
    return row if isinstance(hit.citations, tuple) and _sound(row) else None


def _fix_row(fix: Fix | None) -> list | None:
    if fix is None:
        return None
    return [fix.message, fix.applicability, [[e.start, e.end, e.content, e.line, e.column, e.end_line, e.end_column]
                                             for e in fix.edits]]


def _fix(row) -> Fix | None:
    """A fix from its row; ValueError when the row is not one `_fix_row` writes."""
    if row is None:
        return None
    if not (isinstance(row, list) and len(row) == 3 and isinstance(row[0], str) and row[1] in ("safe", "unsafe")
            and isinstance(row[2], list)):
        raise ValueError("not a fix")
    edits = []
    for e in row[2]:
        if not (isinstance(e, list) and len(e) == 7 and isinstance(e[2], str)
                and all(type(n) is int and n >= 0 for n in e[:2] + e[3:])):
            raise ValueError("not an edit")
        edits.append(Edit(*e))
    return Fix(row[0], tuple(edits), row[1])


def _hits(rows) -> list[Hit] | None:
    """Hits from an entry's rows; None when any row is not exactly what `_row` writes."""
    from factlint.lint.catalog import load_rules

    if not isinstance(rows, list):
        return None
    hits, rules = [], load_rules()
    for row in rows:
        if not (isinstance(row, list) and len(row) == 14 and row[0] in rules and _sound(row)
                and isinstance(row[13], list)):
            return None
        rule, path, line, column, end_line, end_column, fields, figure, citations, evidence, key, came_from, fix, \
            choices = row
        try:
            fix, choices = _fix(fix), tuple(_fix(choice) for choice in choices)
        except ValueError:
            return None
        if None in choices:
            return None
        fields = {k: tuple(v) if isinstance(v, list) else v for k, v in fields.items()}
        hits.append(Hit(rule, path, line, column, end_line, end_column, fields, figure, tuple(citations),
                        evidence, key, came_from, fix, choices))
    return hits


def _sound(row: list) -> bool:
    """The types of one row: positions are whole numbers, texts are strings."""
    _, path, *positions = row[:6]
    fields, figure, citations, evidence, key, came_from = row[6:12]
    return (isinstance(path, str) and all(type(n) is int and n >= 0 for n in positions)
            and isinstance(fields, dict) and all(isinstance(k, str) and (isinstance(v, _SCALARS) or (
                isinstance(v, list) and all(isinstance(item, str) for item in v))) for k, v in fields.items())
            and isinstance(figure, (str, type(None))) and isinstance(evidence, (str, type(None)))
            and isinstance(citations, list) and all(isinstance(c, str) for c in citations) and isinstance(key, str)
            and isinstance(came_from, (str, type(None))))


class NotACache(Exception):
    """A folder named as the cache that factlint did not make; the message names it."""


def clean(folder: Path) -> bool:
    """Remove a cache folder; False when there is none. NotACache when it is not factlint's."""
    import shutil

    if not os.path.lexists(folder):
        return False
    if not is_cache_folder(folder):
        raise NotACache(f"{folder}: not a factlint cache (no CACHEDIR.TAG written by factlint); left as it is")
    shutil.rmtree(folder)
    return True
