"""Inline suppression comments and the baseline, through the command line."""

from __future__ import annotations

import json

from test_cli import run


def rules_at(result):
    return [(f["rule"], f["line"]) for f in json.loads(result.stdout)["findings"]]


def test_disable_enable_line_and_next_line(write):
    folder = write({"a.md": "\n".join([
        "Some 10% fly.",                                              # 1 reported
        "<!-- factlint-disable uncited-claim -->",                    # 2
        "Some 20% fly.",                                              # 3 hidden
        "<!-- factlint-enable uncited-claim -->",                     # 4
        "Some 30% fly. <!-- factlint-disable-line FL101 -->",         # 5 hidden
        "<!-- factlint-disable-next-line -->",                        # 6
        "Some 40% fly.",                                              # 7 hidden
        "Some 50% fly.",                                              # 8 reported
    ]) + "\n"})
    assert rules_at(run(folder, "check", "a.md", "--format", "json")) == [("uncited-claim", 1),
                                                                          ("uncited-claim", 8)]


def test_disable_file_and_unused_suppression(write):
    folder = write({"a.md": "<!-- factlint-disable-file uncited-claim -->\nSome 10% fly.\n",
                    "b.md": "Costs rose 12% [1]. <!-- factlint-disable-line figure-mismatch -->\n",
                    "b.sources.yaml": "sources:\n  1:\n    excerpt: Costs rose 12%.\n"})
    result = run(folder, "check", ".", "--format", "json")
    assert [(f["path"], f["rule"], f["line"]) for f in json.loads(result.stdout)["findings"]] == [
        ("b.md", "unused-suppression", 1)]


def test_suppressions_inside_code_are_not_directives(write):
    folder = write({"a.md": "```\n<!-- factlint-disable -->\n```\nSome 10% fly.\n"})
    assert rules_at(run(folder, "check", "a.md", "--format", "json")) == [("uncited-claim", 4)]


def test_baseline_hides_known_findings_even_after_lines_move(write):
    folder = write({"a.md": "Some 10% fly.\nSome 20% sail.\n"})
    recorded = run(folder, "check", "a.md", "--baseline", "base.json", "--update-baseline")
    assert recorded.exit_code == 0 and len(json.loads((folder / "base.json").read_text())["findings"]) == 2
    (folder / "a.md").write_text("# Travel\n\nIntro text.\n\nSome 10% fly.\nSome 20% sail.\n")
    assert run(folder, "check", "a.md", "--baseline", "base.json").exit_code == 0
    (folder / "a.md").write_text("Some 10% fly.\nSome 20% sail.\nSome 30% drive.\n")
    result = run(folder, "check", "a.md", "--baseline", "base.json", "--format", "json")
    assert result.exit_code == 1 and rules_at(result) == [("uncited-claim", 3)]


def test_missing_or_broken_baseline_is_an_error(write):
    folder = write({"a.md": "Some 10% fly.\n", "bad.json": "{not json"})
    for name in ("missing.json", "bad.json"):
        result = run(folder, "check", "a.md", "--baseline", name)
        assert result.exit_code == 2 and name in result.stderr
