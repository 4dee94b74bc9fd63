"""Shared helpers for the tests: lint a folder or a text the way the command line does."""

from __future__ import annotations

from pathlib import Path

import pytest

from factlint.parse.article import parse_article
from factlint.parse.document import Document
from factlint.evaluation import lint_folder  # noqa: F401  (the tests' one way to lint a folder)

ROOT = Path(__file__).resolve().parent.parent


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
