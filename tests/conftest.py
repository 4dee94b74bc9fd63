"""Shared helpers for the tests: lint a folder or a text the way the command line does."""

from __future__ import annotations

from pathlib import Path

import pytest

from factlint.article import parse_article
from factlint.config import Config
from factlint.document import Document
from factlint.engine import lint
from factlint.files import Target, find_targets, read_document
from factlint.sources import sidecar_for, sidecar_sources

ROOT = Path(__file__).resolve().parent.parent


def lint_folder(folder: Path) -> list:
    """Lint every article of a folder with its sidecars; paths relative to the folder."""
    findings = []
    targets, errors = find_targets([str(folder)])
    assert not errors
    for target in targets:
        target = Target(target.path, target.path.relative_to(folder).as_posix())
        document = read_document(target)
        sidecar_path = sidecar_for(target.path)
        sidecar = sidecar_sources(sidecar_path, sidecar_path.relative_to(folder).as_posix()) if sidecar_path else []
        findings.extend(lint(document, sidecar, Config()))
    return findings


def figures_in(text: str) -> list:
    """The figures factlint finds in a text, as an article would have them."""
    article = parse_article(Document("t.md", text), [])
    return [figure for sentence in article.sentences for figure in sentence.figures]


@pytest.fixture
def write(tmp_path):
    """Write files into a temporary folder: write({"a.md": "..."}) -> the folder."""
    def _write(files: dict[str, str | bytes]) -> Path:
        for name, content in files.items():
            path = tmp_path / name
            path.parent.mkdir(parents=True, exist_ok=True)
            if isinstance(content, bytes):
                path.write_bytes(content)
            else:
                path.write_text(content, encoding="utf-8")
        return tmp_path
    return _write
