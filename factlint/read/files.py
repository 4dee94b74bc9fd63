"""Find the articles to check and read them: folders searched, sidecars and source texts skipped.

A folder walk lists each folder once and asks about each sidecar once, so it is linear in
the number of files. Excludes apply below each folder named on the command line, never to
the folders above it (issue 14): `factlint check ../x/.cache/corpus` checks the corpus.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from factlint.read import textfile
from factlint.parse.document import Document
from factlint.read.sidecar import SIDECAR_SUFFIXES

ARTICLE_SUFFIXES = (".md", ".markdown", ".txt")
MARKDOWN_SUFFIXES = (".md", ".markdown")

# excluded(path, floor): is `path` excluded, looking only below the folder `floor` (None: the whole path)?
Excluded = Callable[[Path, "Path | None"], bool]
# texts(sidecar): the real paths of the files a sidecar names with `file:`
Texts = Callable[[Path], "set[str]"]
# ignored(path, folder): does an ignore file (.gitignore, .ignore) leave `path` out of a walk of `folder`?
Ignored = Callable[[Path, Path], bool]


class ReadError(Exception):
    """An input that cannot be read; the message names the file."""


@dataclass(frozen=True)
class Target:
    """A file to lint and the path to print for it."""

    path: Path
    shown: str


class SourceTexts:
    """Which files are source texts that a sidecar names, not articles; each folder is listed once."""

    def __init__(self, texts: Texts) -> None:
        self._texts = texts
        self._by_folder: dict[str, set[str]] = {}

    def in_folder(self, folder: Path) -> set[str]:
        """The texts named by the sidecars in one folder."""
        key = os.path.realpath(folder)
        if key not in self._by_folder:
            try:
                names = os.listdir(folder)
            except OSError:
                names = []
            self._by_folder[key] = {text for name in names if name.endswith(SIDECAR_SUFFIXES)
                                    for text in self.named_by(folder / name)}
        return self._by_folder[key]

    def named_by(self, sidecar: Path) -> set[str]:
        """The real paths of the texts one sidecar names."""
        return self._texts(sidecar)

    def named_nearby(self, path: Path) -> bool:
        """True when a sidecar beside the file or one folder up names it (pre-commit passes both)."""
        real, folder = os.path.realpath(path), Path(os.path.realpath(path.parent))
        return real in self.in_folder(folder) or real in self.in_folder(folder.parent)

    def sidecars_naming(self, path: Path, levels: int = 4) -> list[Path]:
        """The sidecars in the file's folder or up to `levels` folders above that name it as a source text."""
        real, folder = os.path.realpath(path), Path(os.path.realpath(path.parent))
        found = []
        for here in [folder, *folder.parents][:levels + 1]:
            if real not in self.in_folder(here):
                continue
            try:
                names = sorted(os.listdir(here))
            except OSError:
                continue
            found += [here / n for n in names if n.endswith(SIDECAR_SUFFIXES) and real in self.named_by(here / n)]
        return found


def article_of(sidecar: Path) -> Path | None:
    """The article a sidecar belongs to: ARTICLE.md, .markdown or .txt beside ARTICLE.sources.yaml."""
    name = sidecar.name
    stem = next((name[:-len(s)] for s in SIDECAR_SUFFIXES if name.endswith(s)), None)
    if not stem:
        return None
    for suffix in ARTICLE_SUFFIXES:
        candidate = sidecar.parent / (stem + suffix)
        if candidate.is_file():
            return candidate
    return None


def normal_path(given: str) -> str:
    """A path as given, spelt plainly: `./docs/../docs/a.md` is `docs/a.md`, separated by `/`.

    Lexical, like os.path.normpath: the path stays relative to where it was relative to.
    """
    return Path(os.path.normpath(given)).as_posix() if given else given


def _shown_beside(given: str, path: Path) -> str:
    """How to print a file found beside the one named `given`: the same folder part, its own name."""
    folder = os.path.dirname(given)
    return f"{folder}/{path.name}" if folder else path.name


def _named(given: str, path: Path, sources: SourceTexts, changed: bool, errors: list[str]) -> list[Target]:
    """The articles a named file stands for: itself, a sidecar's article, or a source text's articles.

    With `changed` (the paths are files a commit changes), a file that belongs to no article is
    skipped instead of being checked as one.
    """
    if path.name.endswith(SIDECAR_SUFFIXES):
        article = article_of(path)
        if article is None and not changed:
            errors.append(f"{_printable(given)}: a sidecar with no article beside it (.md, .markdown or .txt)")
        return [Target(article, _printable(_shown_beside(given, article)))] if article else []
    sidecars = sources.sidecars_naming(path)
    if not sidecars:
        skip = changed and not path.name.lower().endswith(ARTICLE_SUFFIXES)
        return [] if skip else [Target(path, _printable(given))]
    targets = []
    for sidecar in sidecars:
        article = article_of(sidecar)
        if article is not None:
            shown = os.path.normpath(os.path.join(os.path.dirname(given) or ".",
                                                  os.path.relpath(article, os.path.realpath(path.parent))))
            targets.append(Target(article, _printable(Path(shown).as_posix())))
    return targets


def _walk(folder: Path, skip: Callable[[Path], bool], texts: SourceTexts, errors: list[str]) -> list[Path]:
    articles: list[Path] = []
    named: set[str] = set()

    def unreadable(error: OSError) -> None:
        errors.append(f"{_printable(str(error.filename))}: cannot read: {error.strerror or error}")

    for root, dirs, files in os.walk(folder, onerror=unreadable):  # links to folders are not followed
        here = Path(root)
        dirs[:] = sorted(d for d in dirs if not skip(here / d))
        for name in sorted(files):
            path = here / name
            if skip(path):
                continue
            if name.endswith(SIDECAR_SUFFIXES):
                named |= texts.named_by(path)
            elif name.lower().endswith(ARTICLE_SUFFIXES) and not name.startswith("."):
                articles.append(path)
    return [a for a in articles if os.path.realpath(a) not in named and not texts.named_nearby(a)]


def _default_excluded(path: Path, floor: Path | None) -> bool:
    below = path.relative_to(floor).parts if floor is not None else path.parts
    return any(part.startswith(".") and part not in (".", "..") or part in (
        "node_modules", "__pycache__", "venv", "site-packages") for part in below)


def find_targets(paths: list[str], excluded: Excluded = _default_excluded, texts: Texts = lambda _: set(),
                 force_exclude: bool = False, changed: bool = False,
                 ignored: Ignored = lambda path, folder: False) -> tuple[list[Target], list[str]]:
    """Articles named or found under folders, plus one error per missing path.

    A named file or folder is always checked; excludes prune only what lies below a named
    folder, unless `force_exclude` applies them to whole paths, named ones too. A named
    sidecar or source text stands for its articles (see _named). `ignored` (.gitignore)
    prunes folder walks only: a file named on the command line is checked.
    """
    targets, errors = [], []
    sources = SourceTexts(texts)
    for given in paths or ["."]:
        if not given:
            errors.append("'': an empty path names no file")
            continue
        path, shown_as = Path(given), normal_path(given)
        if force_exclude and excluded(path, None):
            continue
        if path.is_dir():
            floor = None if force_exclude else path
            def skip(p: Path, walked: Path = path) -> bool:
                return excluded(p, floor) or ignored(p, walked)
            for found in _walk(path, skip, sources, errors):
                relative = found.relative_to(path).as_posix()
                shown = relative if shown_as == "." else f"{shown_as.rstrip('/')}/{relative}"
                targets.append(Target(found, _printable(shown)))
        elif os.path.lexists(path):  # a broken link or a loop is reported when it is read
            targets += [t for t in _named(shown_as, path, sources, changed, errors)
                        if not (force_exclude and excluded(t.path, None))]
        elif changed:
            continue  # a file the commit deletes: nothing to check
        else:
            errors.append(f"{_printable(given)}: no such file or directory")
    return _once_each(targets), errors


def _once_each(targets: list[Target]) -> list[Target]:
    """"docs docs/a.md", or a link to an article beside it: check each file once."""
    seen: set[str] = set()
    unique = []
    for target in targets:
        key = os.path.realpath(target.path)
        if key not in seen:
            seen.add(key)
            unique.append(target)
    return unique


def _printable(path: str) -> str:
    """A path as text that can be printed and encoded: undecodable bytes become U+FFFD."""
    return path.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def decode(data: bytes, shown: str) -> str:
    """Bytes to article text, as textfile.decode reads them; the error names `shown`."""
    try:
        return _checked(textfile.decode(data), shown)
    except textfile.Refused as exc:
        raise ReadError(f"{shown}: {exc}") from None


def _checked(text: str, shown: str) -> str:
    if len(text) > textfile.MAX_ARTICLE_CHARS:  # spaCy would fail on it (E088) after minutes of work
        raise ReadError(f"{shown}: is too large to lint ({len(text):,} characters; "
                        f"the most is {textfile.MAX_ARTICLE_CHARS:,})")
    return text


def read_document(target: Target, limit: int = textfile.MAX_FILE_SIZE) -> Document:
    """Read one article (a regular file of at most `limit` bytes) into a Document."""
    try:
        data = textfile.read_bytes(target.path, limit)
    except textfile.Refused as exc:
        raise ReadError(f"{target.shown}: {exc}") from None
    markdown = target.path.suffix.lower() in MARKDOWN_SUFFIXES
    return Document(target.shown, decode(data, target.shown), markdown=markdown)
