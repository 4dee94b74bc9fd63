"""Only regular files are read, never more than the size limit, and text is decoded one way.

Each case goes through the real command, as a pull request in CI would hit it.
"""

from __future__ import annotations

import json
import os

import pytest

from factlint.read import textfile
from test_cli import run

ARTICLE = "Sales rose 5% in April [1].\n"
SIDECAR = "sources:\n  1:\n    excerpt: Sales rose 5% in April.\n"
needs_fifo = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
needs_dev_zero = pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="needs /dev/zero")


def one_error(result, *words):
    """The run failed with exit 2 and one error line holding every word."""
    assert result.exit_code == 2, result.output
    assert result.stderr.count("\n") == 1 and result.stderr.startswith("factlint: error: "), result.stderr
    for word in words:
        assert word in result.stderr, result.stderr


@needs_fifo
@pytest.mark.parametrize("name", ["a.sources.yaml", "a.sources.json"])
def test_a_fifo_sidecar_is_refused_not_waited_on(write, name):
    folder = write({"a.md": ARTICLE})
    os.mkfifo(folder / name)
    one_error(run(folder, "check", "a.md"), name, "not a regular file")
    one_error(run(folder, "check", "."), name, "not a regular file")  # the folder walk reads it too


@needs_fifo
def test_a_fifo_sidecar_one_folder_up_does_not_hang_the_walk(write):
    folder = write({"docs/texts/a.md": "Some 70% fly.\n"})
    os.mkfifo(folder / "docs" / "b.sources.yaml")
    result = run(folder, "check", "docs/texts", "--format", "json")
    assert json.loads(result.stdout)["files_checked"] == 1


@needs_dev_zero
@pytest.mark.parametrize("link", ["a.md", "a.sources.yaml"])
def test_a_link_to_a_device_is_not_a_regular_file(write, link):
    files = {"a.md": ARTICLE, "a.sources.yaml": SIDECAR}
    folder = write({k: v for k, v in files.items() if k != link})
    os.symlink("/dev/zero", folder / link)
    one_error(run(folder, "check", "a.md"), link, "not a regular file")


@needs_fifo
def test_a_fifo_source_text_is_refused_not_waited_on(write):
    folder = write({"a.md": ARTICLE, "a.sources.yaml": "sources:\n  1: {file: text.txt}\n"})
    os.mkfifo(folder / "text.txt")
    one_error(run(folder, "check", "a.md"), "a.sources.yaml:2: file 'text.txt': not a regular file")


@needs_dev_zero
@pytest.mark.parametrize("option", ["--sources", "--config", "--baseline"])
def test_devices_named_by_options_are_not_regular_files(write, option):
    folder = write({"a.md": ARTICLE})
    one_error(run(folder, "check", "a.md", option, "/dev/zero"), "/dev/zero", "not a regular file")


def test_a_missing_sources_file_is_named(write):
    folder = write({"a.md": ARTICLE})
    one_error(run(folder, "check", "a.md", "--sources", "refs.yaml"), "refs.yaml: no such sources file")


@pytest.mark.parametrize("files,args,name", [
    ({"a.md": ARTICLE + "x" * 300}, ["--max-file-size", "200"], "a.md"),
    ({"a.md": ARTICLE, "a.sources.yaml": SIDECAR + "#" * 300}, ["--max-file-size", "200"], "a.sources.yaml"),
    ({"a.md": ARTICLE, "a.sources.yaml": "sources:\n  1: {file: t.txt}\n", "t.txt": "Sales rose 5%. " * 200,
      ".factlint.toml": 'max-file-size = "1 KB"\n'}, [], "t.txt"),
])
def test_files_over_the_size_limit_are_refused(write, files, args, name):
    folder = write(files)
    one_error(run(folder, "check", "a.md", *args), name, "is too large", "max-file-size")


def test_standard_input_has_the_same_limit(write, monkeypatch):
    from click.testing import CliRunner

    from factlint.cli import main

    monkeypatch.chdir(write({}))
    result = CliRunner().invoke(main, ["check", "-", "--max-file-size", "10"], input=b"Some 70% fly here.\n")
    one_error(result, "<stdin>", "is too large")


@pytest.mark.parametrize("value", ["lots", "-5", "0", "1e9999"])
def test_a_bad_size_limit_is_a_config_error(write, value):
    folder = write({".factlint.toml": f'max-file-size = "{value}"\n', "a.md": ARTICLE})
    one_error(run(folder, "check", "a.md"), ".factlint.toml", "max-file-size")


def test_settings_files_have_their_own_small_limit(write):
    folder = write({".factlint.toml": "# padding\n" * 200_000, "a.md": ARTICLE})
    one_error(run(folder, "check", "a.md"), ".factlint.toml", "is too large")


def test_a_nul_anywhere_makes_a_binary_file(write):
    folder = write({"late.md": b"Some 70% fly.\n" * 1000 + b"\0\n", "early.md": b"\0" + b"Some 70% fly.\n"})
    for name in ("late.md", "early.md"):
        one_error(run(folder, "check", name), name, "is a binary file")


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-32"])
def test_utf16_and_utf32_with_a_bom_are_read(write, encoding):
    bom = {"utf-16": b"", "utf-16-be": b"\xfe\xff", "utf-32": b""}[encoding]
    text = "Café sales rose 5% in April [1].\r\nSome 70% fly.\n"
    folder = write({"a.md": bom + text.encode(encoding), "a.sources.yaml": bom + SIDECAR.encode(encoding),
                    "b.md": text, "b.sources.yaml": SIDECAR})
    findings = json.loads(run(folder, "check", "a.md", "b.md", "--format", "json").stdout)["findings"]
    assert [(f["path"], f["line"], f["column"], f["rule"]) for f in findings] == [
        ("a.md", 2, 6, "uncited-claim"), ("b.md", 2, 6, "uncited-claim")]


def test_an_article_too_long_for_the_sentence_splitter_is_refused(write, monkeypatch):
    # a real 100 M character article takes a minute to write; the limit is the same code path
    monkeypatch.setattr(textfile, "MAX_ARTICLE_CHARS", 1000)
    folder = write({"a.md": "Some 70% fly. " * 100})
    one_error(run(folder, "check", "a.md"), "a.md", "is too large to lint", "1,000")


def test_a_source_text_too_long_for_the_sentence_splitter_is_refused(write, monkeypatch):
    monkeypatch.setattr(textfile, "MAX_ARTICLE_CHARS", 1000)
    folder = write({"a.md": ARTICLE, "a.sources.yaml": "sources:\n  1: {file: t.txt}\n", "t.txt": "Sales. " * 200})
    one_error(run(folder, "check", "a.md"), "a.sources.yaml:2: file 't.txt': is too large to read")


@pytest.mark.parametrize("name,content", [
    (".factlint.toml", "fail-on = " + "9" * 5000 + "\n"),
    (".factlint.yaml", "fail-on: " + "9" * 5000 + "\n"),
])
def test_numbers_too_long_for_python_are_one_line_errors(write, name, content):
    folder = write({"a.md": ARTICLE, name: content})
    one_error(run(folder, "check", "a.md"), name, "number")


@pytest.mark.parametrize("content,words", [
    ('{"findings": ' + "[" * 100_000 + "]" * 100_000 + "}", "nested too deeply"),
    ('{"findings": [{"rule": "r", "path": "p", "key": ' + "9" * 5000 + "}]}", "not a factlint baseline"),
    ('{"findings": [{"rule": "r", "path": "p", "key": ["k"]}]}', "not a factlint baseline"),
])
def test_broken_baselines_are_one_line_errors(write, content, words):
    folder = write({"a.md": ARTICLE, "b.json": content})
    one_error(run(folder, "check", "a.md", "--baseline", "b.json"), "b.json", words)


def test_a_missing_baseline_says_how_to_make_one(write):
    folder = write({"a.md": ARTICLE})
    one_error(run(folder, "check", "a.md", "--baseline", "b.json"), "b.json: no such file", "--update-baseline")


def test_values_echoed_in_errors_are_short_and_escaped(write):
    folder = write({".factlint.yaml": "fail-on: \"" + "\\e[31m" * 50_000 + "\"\n", "a.md": ARTICLE})
    result = run(folder, "check", "a.md")
    one_error(result, ".factlint.yaml", "fail-on")
    assert "\x1b" not in result.stderr and len(result.stderr) < 300
