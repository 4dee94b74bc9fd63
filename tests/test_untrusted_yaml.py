"""Sidecars and settings from a pull request: no alias bombs, no duplicate keys, no crash, true lines."""

from __future__ import annotations

import json
import time

import pytest

from test_cli import run
from test_reading import ARTICLE, one_error

LAUGHS = "".join(f"l{n}: &l{n} [" + ", ".join([f"*l{n - 1}"] * 9) + "]\n" for n in range(1, 10))
BOMB_SIDECAR = "x: &l0 lol\n" + LAUGHS + "sources:\n  1: {title: *l9, excerpt: Sales rose 5% in April.}\n"


def test_an_alias_bomb_in_a_sidecar_is_refused_at_once(write):
    folder = write({"a.md": ARTICLE, "a.sources.yaml": BOMB_SIDECAR})
    start = time.perf_counter()
    result = run(folder, "check", "a.md")
    one_error(result, "a.sources.yaml:2: invalid YAML: aliases (*name) are not allowed")
    assert time.perf_counter() - start < 10


def test_an_alias_bomb_in_settings_is_refused_with_a_short_error(write):
    folder = write({".factlint.yaml": "x: &l0 lol\n" + LAUGHS + "fail-on: *l9\n", "a.md": ARTICLE})
    result = run(folder, "check", "a.md")
    one_error(result, ".factlint.yaml:2: invalid YAML: aliases")
    assert len(result.stderr) < 200


@pytest.mark.parametrize("name,content,line", [
    ("a.sources.yaml", "sources:\n  1:\n    excerpt: Sales rose 5%.\nsources:\n  2: Other.\n", 4),
    ("a.sources.json", '{"sources": {"1": "Sales rose 5%."},\n "sources": {"2": "Other."}}\n', 2),
    ("a.sources.yaml", "sources:\n  1:\n    excerpt: Sales rose 5%.\n    excerpt: Sales rose 7%.\n", 4),
    ("a.sources.json", '{"sources": {"1": {"excerpt": "Sales rose 5%.",\n "excerpt": "Sales rose 7%."}}}\n', 2),
    (".factlint.yaml", "fail-on: error\nfail-on: info\n", 2),
])
def test_a_key_given_twice_is_an_error_in_yaml_and_json_alike(write, name, content, line):
    folder = write({"a.md": ARTICLE, name: content})
    one_error(run(folder, "check", "a.md"), f"{name}:{line}: invalid", "duplicate key")


@pytest.mark.parametrize("name,content", [
    ("a.sources.yaml", "sources:\n  1: Sales rose 5% in April.\n  1: Sales rose 7% in April.\n"),
    ("a.sources.json", '{"sources": {"1": "Sales rose 5% in April.",\n "1": "Sales rose 7% in April."}}\n'),
])
def test_a_source_id_given_twice_is_still_a_duplicate_source(write, name, content):
    folder = write({"a.md": ARTICLE, name: content})
    findings = json.loads(run(folder, "check", "a.md", "--format", "json").stdout)["findings"]
    assert ("duplicate-source", name) in [(f["rule"], f["path"]) for f in findings]


@pytest.mark.parametrize("char", ["\x01", "\x1b", "\x7f"])
def test_a_control_character_in_a_yaml_sidecar_is_a_one_line_error(write, char):
    folder = write({"a.md": ARTICLE, "a.sources.yaml": f"sources:\n  1: Sales rose 5%.\n  2: 'x{char}y'\n"})
    result = run(folder, "check", "a.md")
    one_error(result, "a.sources.yaml:3: invalid YAML: control character")
    assert char not in result.stderr


@pytest.mark.parametrize("name,content", [
    ("a.sources.yaml", "sources:\n  1: {excerpt: x, title: " + "9" * 5000 + "}\n"),
    ("a.sources.json", '{"sources": {"1": {"excerpt": "x", "title": ' + "9" * 5000 + "}}}\n"),
])
def test_numbers_too_long_for_python_in_sidecars_are_one_line_errors(write, name, content):
    folder = write({"a.md": ARTICLE, name: content})
    one_error(run(folder, "check", "a.md"), name, "a number is too long to read")


@pytest.mark.parametrize("separator", ["\u2028", "\u2029", "\x85"])
def test_unicode_line_separators_do_not_shift_sidecar_lines(write, separator):
    sidecar = (f'sources:\n  1: {{title: "a{separator}b{separator}c", excerpt: Sales rose 5% in April.}}\n'
               f'  2: {{excerpt: "Other{separator}text."}}\n  3: Unused.\n')
    folder = write({"a.md": ARTICLE, "a.sources.yaml": sidecar})
    findings = json.loads(run(folder, "check", "a.md", "--format", "json").stdout)["findings"]
    assert [(f["rule"], f["line"], f["column"]) for f in findings] == [("unused-source", 3, 3),
                                                                      ("unused-source", 4, 3)]


def test_an_error_after_a_line_separator_names_the_line_an_editor_shows(write):
    folder = write({"a.md": ARTICLE, "a.sources.yaml": 'sources:\n  1: {title: "a\u2028b\u2028c"}\n  2: [unclosed\n'})
    one_error(run(folder, "check", "a.md"), "a.sources.yaml:4: invalid YAML")


@pytest.mark.parametrize("name,content", [
    ("a.sources.yaml", 'sources:\n  1: "Sales rose 5% in April. \\ud800"\n'),
    ("a.sources.json", '{"sources": {"1": {"title": "\\udfff", "excerpt": "Sales rose 5% in April."}}}\n'),
])
def test_half_a_character_in_a_sidecar_is_a_one_line_error(write, name, content):
    folder = write({"a.md": ARTICLE, name: content})
    one_error(run(folder, "check", "a.md"), f"{name}:2" if name.endswith("yaml") else name, "lone surrogate")


def test_an_escaped_surrogate_pair_in_yaml_is_one_character(write):
    folder = write({"a.md": "Sales rose 7% in April [1].\n",
                    "a.sources.yaml": 'sources:\n  1: "Sales rose 5% in April \\ud83d\\ude00."\n'})
    finding = json.loads(run(folder, "check", "a.md", "--format", "json").stdout)["findings"][0]
    assert finding["evidence"] == "Sales rose 5% in April 😀."


def test_a_long_tag_is_not_echoed_whole(write):
    folder = write({"a.md": ARTICLE, "a.sources.yaml": "sources:\n  1: !" + "x" * 100_000 + " y\n"})
    result = run(folder, "check", "a.md")
    one_error(result, "a.sources.yaml:2: invalid YAML")
    assert len(result.stderr) < 300


def test_json_ids_written_with_escapes_are_placed_on_their_line(write):
    folder = write({"a.md": ARTICLE, "a.sources.json":
                    '{"sources": {\n"1": "Sales rose 5% in April.",\n"caf\\u00e9": "x"\n}}\n'})
    findings = json.loads(run(folder, "check", "a.md", "--format", "json").stdout)["findings"]
    assert [(f["rule"], f["line"]) for f in findings] == [("unused-source", 3)]
