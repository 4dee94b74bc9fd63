"""The C-parsed YAML path reads every sidecar exactly as the pure-Python loader does."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from factlint.read import safeyaml

ROOT = Path(__file__).resolve().parent.parent


def _tree(node):
    if node is None:
        return None
    marks = (node.start_mark.index, node.start_mark.line, node.start_mark.column, node.end_mark.index)
    if isinstance(node, yaml.ScalarNode):
        return (node.tag, node.value, node.style or None, marks)
    if isinstance(node, yaml.SequenceNode):
        return (node.tag, marks, [_tree(n) for n in node.value])
    return (node.tag, marks, [(_tree(k), _tree(v)) for k, v in node.value])


def _pure(text):
    loader = safeyaml.open_loader(text)
    try:
        return _tree(loader.get_single_node())
    finally:
        loader.dispose()


YAML_FILES = sorted([*ROOT.glob("fixtures/**/*.yaml"), *ROOT.glob("fixtures/**/*.yml"),
                     *ROOT.glob("tests/data/**/*.yaml"), *ROOT.glob("tests/data/**/*.yml")])
TRICKY = ["a: é\u2028b: 1\n", "a: 1\n\x85b: 2\n", "k: 😀😀\nb: 2\n", "sources:\n  1: {excerpt: 'x\u0085y'}\n",
          "sources:\n  1:\n    excerpt: >\n      folded\n      text\n", "a: [[[[1]]]]\n", "- - - x\n", "",
          "sources: ~\n", "sources:\n  1: |\n    kept\n    lines\n"]


@pytest.mark.skipif(safeyaml.FastLoader is None, reason="PyYAML without libyaml")
@pytest.mark.parametrize("text", [p.read_text(encoding="utf-8", errors="replace") for p in YAML_FILES] + TRICKY)
def test_the_c_parser_composes_the_same_nodes_at_the_same_places(text):
    fast = safeyaml.fast_loader(text)
    if fast is None:
        return  # the pure loader reads it: nothing to compare
    try:
        assert _tree(fast.get_single_node()) == _pure(text)
    finally:
        fast.dispose()


@pytest.mark.parametrize("text", ["a: &x [1, 2]\nb: *x\n", "a: &x [*x]\n", "\ufeffa: 1\n", "a: \x07\n",
                                  "a: 1\na: 2\n", "a: [\n", "a: !!python/object:os.system x\n"])
def test_texts_the_fast_path_refuses_fail_as_the_pure_loader_says(text):
    def outcome(reader):
        try:
            return ("ok", reader(text))
        except safeyaml.YamlError as exc:
            return ("refused", exc.problem, exc.offset)

    def pure(t):
        loader = safeyaml.open_loader(t)
        try:
            return loader.get_single_data()
        except (yaml.YAMLError, RecursionError, safeyaml.YamlError) as exc:
            raise safeyaml.reason(exc) from None

    assert outcome(safeyaml.load) == outcome(pure)


def _pure_data(text):
    loader = safeyaml.open_loader(text)
    try:
        return loader.get_single_data()
    finally:
        loader.dispose()


@pytest.mark.skipif(safeyaml.FastLoader is None, reason="PyYAML without libyaml")
@pytest.mark.parametrize("text", [p.read_text(encoding="utf-8", errors="replace") for p in YAML_FILES] + TRICKY)
def test_the_c_parser_builds_the_same_data_without_falling_back(text):
    fast = safeyaml.fast_loader(text)
    if fast is None:
        return
    try:
        assert fast.get_single_data() == _pure_data(text)  # a constructor error here would mean a second parse
    finally:
        fast.dispose()


@pytest.mark.skipif(safeyaml.FastLoader is None, reason="PyYAML without libyaml")
@pytest.mark.parametrize("text", ["sources:\n  1:\n    e\txcerpt: x\n", "- {rule: a, file: b?c.md}\n",
                                  "- [a, b?\n  c]\n"])
def test_texts_libyaml_takes_and_pyyaml_refuses_are_refused_as_before(text):
    assert safeyaml.fast_loader(text) is None
    with pytest.raises(safeyaml.YamlError):
        safeyaml.load(text)
