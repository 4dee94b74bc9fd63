"""The Python API: the README's example runs as shown, and it finds what the command line finds."""

from __future__ import annotations

import contextlib
import io
import json
import os
import re
import subprocess
import sys

import pytest

import factlint
from conftest import ROOT
from test_cli import ARTICLE, SIDECAR, run


def readme_example() -> tuple[str, str]:
    """The Python API section's code and the output it shows."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("## Python API"):]
    code = re.search(r"```python\n(.*?)```", section, re.S).group(1)
    shown = re.search(r"```text\n(.*?)```", section, re.S).group(1)
    return code, shown


def test_the_readme_example_prints_what_the_readme_shows(tmp_path):
    code, shown = readme_example()
    printed = io.StringIO()
    old = os.getcwd()
    os.chdir(tmp_path)
    try:
        with contextlib.redirect_stdout(printed):
            exec(compile(code, "README.md", "exec"), {})
    finally:
        os.chdir(old)
    assert printed.getvalue() == shown


def test_lint_paths_finds_what_check_reports(write):
    folder = write({"docs/a.md": ARTICLE, "docs/a.sources.yaml": SIDECAR, "docs/b.md": "Some 9% fly.\n",
                    "pyproject.toml": '[tool.factlint]\nignore = ["unused-source"]\n'})
    reported = json.loads(run(folder, "check", "docs", "--format", "json", "--select", "FL1").stdout)["findings"]
    old = os.getcwd()
    os.chdir(folder)
    try:
        found = factlint.lint_paths(["docs"], settings={"select": ["FL1"]})
    finally:
        os.chdir(old)
    assert [f.as_json() for f in found] == reported and len(reported) == 3
    assert all(isinstance(f, factlint.Finding) for f in found)


def test_lint_text_finds_what_check_reports_for_the_same_article(write):
    folder = write({"a.md": ARTICLE, "a.sources.yaml": SIDECAR})
    reported = json.loads(run(folder, "check", "a.md", "--format", "json").stdout)["findings"]
    found = factlint.lint_text(ARTICLE, sources={1: {"excerpt": "Exports rose 4.1% in April, while imports fell 3%."}},
                               path="a.md")
    assert [f.as_json() for f in found] == reported


def test_lint_text_reads_plain_text_by_its_path():
    comment = "Some 9% fly. <!-- factlint-disable-line -->\n"
    assert factlint.lint_text(comment, path="a.md") == []  # Markdown: the comment hides the finding
    assert [f.rule for f in factlint.lint_text(comment, path="a.txt")] == ["uncited-claim"]


@pytest.mark.parametrize("call, message", [
    (lambda: factlint.lint_text("x", settings={"selct": ["ALL"]}), "settings: unknown setting 'selct' (did you mean select?)"),
    (lambda: factlint.lint_text("x", settings={"select": ["FL9"]}), "settings: select: unknown rule or code 'FL9'"),
    (lambda: factlint.lint_text("x", sources={1: {"exerpt": "y"}}), "<sources>:1: unknown key 'exerpt' in source '1'"),
    (lambda: factlint.lint_text("x", sources=["y"]), "<sources>: sources must map ids to sources"),
    (lambda: factlint.lint_text(b"x"), "text must be a str, not bytes"),
])
def test_bad_input_raises_lint_error_with_the_message_the_cli_prints(call, message):
    with pytest.raises(factlint.LintError) as raised:
        call()
    assert str(raised.value).startswith(message) and isinstance(raised.value, ValueError)


def test_lint_paths_checks_the_other_files_before_raising(write):
    folder = write({"a.md": "Some 9% fly.\n"})
    with pytest.raises(factlint.LintError) as raised:
        factlint.lint_paths([folder / "a.md", folder / "missing.md"])
    assert raised.value.errors == [f"{folder / 'missing.md'}: no such file or directory"]
    assert str(raised.value) == raised.value.errors[0]
    assert [f.rule for f in raised.value.findings] == ["uncited-claim"]


def test_import_factlint_loads_nothing_more():
    probe = ("import sys, factlint; before = sorted(m for m in sys.modules if m.startswith('factlint'));"
             "factlint.lint_text; print(before, 'spacy' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "['factlint'] False"


def test_a_plain_text_headline_is_not_asked_for_a_citation():
    text = "Duplantis raises the world record to 6.30 metres\n\nHe cleared 6.30 metres in Tokyo.\n"
    assert [(f.rule, f.line) for f in factlint.lint_text(text, path="a.txt")] == [("uncited-claim", 3)]
    # a first line that is a sentence, or Markdown, is asked for one as before
    assert [f.line for f in factlint.lint_text("He cleared 6.30 metres. Then he rested\n", path="a.txt")] == [1]
    assert [f.line for f in factlint.lint_text(text, path="a.md")] == [1, 3]
    # a colon inside a headline keeps it one; a reply's lead-in ('Short answer:') or a closing colon does not
    titled = "Japan's tourism record: 36.87 million visitors\n\nIt had 36.87 million visitors.\n"
    assert [f.line for f in factlint.lint_text(titled, path="a.txt")] == [3]
    for opening in ("Short answer: 36.87 million visitors", "Japan had 36.87 million visitors:"):
        assert [f.line for f in factlint.lint_text(titled.replace(titled.split("\n")[0], opening), path="a.txt")] \
            == [1, 3]


def test_page_chrome_is_not_a_claim_and_the_headline_after_it_is_a_headline():
    text = ("News > Canada > Demographics\n\nCanada tops 40 million as newcomers drive record growth\n\n"
            "Its population grew by 1.27 million in 2023.\n")
    assert [(f.rule, f.line) for f in factlint.lint_text(text, path="a.txt")] == [("uncited-claim", 5)]
    bar = "Business › Retail › Earnings | Markets data delayed 15 min | Advertisement\n\nNike's revenue fell 10%.\n"
    assert [f.line for f in factlint.lint_text(bar, path="a.md")] == [3]
    # a sentence with '>' in it is still prose
    prose = "Output rose > 5% in 2023 > 2022 levels, by 7%.\n"
    assert [f.line for f in factlint.lint_text(prose, path="a.md")] != []
