"""Mistakes a user makes, told plainly: comma lists, misspelt keys and rule names, what applies where."""

from __future__ import annotations

import json

from test_cli import run

UNCITED = "Some 70% of chips ship by sea.\n"
CITED = "Exports rose 14.1% in April [1].\n"


def rules_and_lines(result):
    return [(f["rule"], f["line"]) for f in json.loads(result.stdout)["findings"]]


def test_select_and_ignore_take_comma_lists(write):
    folder = write({"a.md": UNCITED, "pyproject.toml": '[tool.factlint]\nselect = ["ALL"]\n'})
    chosen = run(folder, "check", "a.md", "--select", "FL002,FL101", "--format", "json")
    assert chosen.exit_code == 1 and rules_and_lines(chosen) == [("uncited-claim", 1)]
    ignored = run(folder, "check", "a.md", "--ignore", "unused-source, uncited-claim", "--format", "json")
    assert ignored.exit_code == 0 and rules_and_lines(ignored) == []


def test_a_bad_option_is_blamed_on_the_option_not_the_settings_file(write):
    folder = write({"a.md": UNCITED, "pyproject.toml": '[tool.factlint]\nselect = ["ALL"]\n'})
    result = run(folder, "check", "a.md", "--select", "FL002,figure-mismatc")
    assert result.exit_code == 2
    assert result.stderr == ("factlint: error: --select: unknown rule or code 'figure-mismatc' "
                             "(did you mean figure-mismatch?)\n")
    size = run(folder, "check", "a.md", "--max-file-size", "lots")
    assert size.exit_code == 2 and size.stderr.startswith("factlint: error: --max-file-size: ")
    assert "pyproject.toml" not in result.stderr + size.stderr


def test_a_bad_setting_in_the_file_is_still_blamed_on_the_file(write):
    folder = write({"a.md": UNCITED, "pyproject.toml": '[tool.factlint]\nignore = ["uncited-clam"]\n'})
    result = run(folder, "check", "a.md", "--select", "FL101")
    assert result.exit_code == 2 and "pyproject.toml: unknown rule or code 'uncited-clam'" in result.stderr
    assert "did you mean uncited-claim?" in result.stderr
    key = write({"pyproject.toml": '[tool.factlint]\nfail-onn = "error"\n'})
    assert "unknown setting 'fail-onn' (did you mean fail-on?)" in run(key, "check", "a.md").stderr


def test_a_misspelt_sidecar_key_is_an_error_naming_file_and_line(write):
    folder = write({"a.md": CITED, "a.sources.yaml": "sources:\n  1:\n    title: Trade\n    exerpt: Exports rose 4.1%.\n"})
    result = run(folder, "check", "a.md")
    assert result.exit_code == 2
    assert "a.sources.yaml:4: unknown key 'exerpt' in source '1' (did you mean excerpt?)" in result.stderr
    assert "unverifiable-citation" not in result.stdout


def test_a_misspelt_key_in_a_json_sidecar_names_its_line(write):
    folder = write({"a.md": CITED,
                    "a.sources.json": '{"sources": {"1": {"title": "Trade",\n  "exerpts": ["Exports rose 4.1%."]}}}\n'})
    result = run(folder, "check", "a.md")
    assert result.exit_code == 2
    assert "a.sources.json:2: unknown key 'exerpts' in source '1' (did you mean excerpts?)" in result.stderr


def test_an_unknown_rule_in_a_directive_is_reported_with_the_closest_name(write):
    folder = write({"a.md": "Some 70% ship by sea. <!-- factlint-disable-line uncited-clam -->\n"
                            "Some 7% fly. <!-- factlint-disable-line FL101, figure-mismatc -->\n"})
    result = run(folder, "check", "a.md", "--format", "json")
    findings = json.loads(result.stdout)["findings"]
    assert [(f["rule"], f["line"]) for f in findings] == [
        ("uncited-claim", 1), ("unused-suppression", 1), ("unused-suppression", 2)]
    assert findings[1]["message"] == ("<!-- factlint-disable-line uncited-clam --> names an unknown rule: "
                                      "'uncited-clam' (did you mean uncited-claim?)")
    assert "fix" not in findings[1]  # the writer meant some rule: removing the comment is not the fix
    # the known FL101 still hides line 2's figure; the misspelt name is reported anyway
    assert findings[2]["message"].endswith("names an unknown rule: 'figure-mismatc' (did you mean figure-mismatch?)")


def test_explain_suggests_the_closest_rule(write):
    result = run(write({}), "explain", "figure-mismatc")
    assert result.exit_code == 2
    assert result.stderr.startswith("factlint: error: unknown rule 'figure-mismatc' (did you mean figure-mismatch?)")


def test_messages_naming_several_citations_read_as_english(write):
    folder = write({"a.md": "Exports fell 14.1% in April [1][2].\nImports were 3.3% in May and 4.4% in June [3, 4].\n"
                            "Costs hit 9.9% [1][2].\n",
                    "a.sources.yaml": "sources:\n  1:\n    excerpt: Exports rose 14.1% in April.\n"
                                      "  2:\n    excerpt: In April, exports rose 14.1% from a year earlier.\n"
                                      "  3:\n    url: https://x.example/a\n  4:\n    url: https://x.example/b\n"})
    findings = json.loads(run(folder, "check", "a.md", "--format", "json", "--no-cache").stdout)["findings"]
    messages = {f["rule"]: f["message"] for f in findings}
    assert messages == {
        "direction-mismatch": "14.1% goes the wrong way: the claim says it fell, but [1] and [2] say it rose",
        "unverifiable-citation": "3.3% and 4.4% cannot be checked: cited sources [3] and [4] have no text",
        "unsupported-figure": "9.9% is not stated in [1] or [2]"}
    fix = next(f["fix"] for f in findings if f["rule"] == "direction-mismatch")
    assert fix["message"] == "Say the figure rose, as [1] and [2] do"


def test_one_citation_keeps_the_singular(write):
    folder = write({"a.md": "Exports fell 14.1% in April [1].\n",
                    "a.sources.yaml": "sources:\n  1:\n    excerpt: Exports rose 14.1% in April.\n"})
    finding = json.loads(run(folder, "check", "a.md", "--format", "json", "--no-cache").stdout)["findings"][0]
    assert finding["message"] == "14.1% goes the wrong way: the claim says it fell, but [1] says it rose"


PYPROJECT = ('[tool.factlint]\nignore = ["unused-source"]\nextend-exclude = ["drafts"]\n'
             '[tool.factlint.per-file-ignores]\n"docs/b.md" = ["FL101"]\n')


def test_show_files_lists_what_would_be_checked_after_excludes_and_gitignore(write):
    folder = write({"pyproject.toml": PYPROJECT, ".gitignore": "build/\n", "docs/a.md": UNCITED,
                    "docs/b.md": UNCITED, "docs/a.sources.yaml": "sources:\n  1:\n    file: t.txt\n",
                    "docs/t.txt": "Exports rose 4.1%.\n", "docs/drafts/c.md": UNCITED, "build/d.md": UNCITED,
                    "node_modules/e.md": UNCITED})
    (folder / ".git").mkdir()  # a repository root, as .gitignore needs
    result = run(folder, "check", "--show-files")
    assert result.exit_code == 0 and result.stdout == "docs/a.md\ndocs/b.md\n"
    listed = run(folder, "check", "docs", "--show-files", "--format", "json")
    assert json.loads(listed.stdout) == {"version": 1, "files": ["docs/a.md", "docs/b.md"]}
    missing = run(folder, "check", "nowhere.md", "--show-files")
    assert missing.exit_code == 2 and "nowhere.md" in missing.stderr


def test_show_settings_gives_each_value_and_where_it_came_from(write):
    folder = write({"pyproject.toml": PYPROJECT, "docs/b.md": UNCITED})
    result = run(folder, "check", "docs/b.md", "--show-settings", "--format", "json", "--ignore", "FL002,FL003",
                 "--fail-on", "error")
    assert result.exit_code == 0
    shown = json.loads(result.stdout)
    settings = shown["settings"]
    pyproject = str((folder / "pyproject.toml").resolve())
    assert shown["path"] == "docs/b.md" and shown["settings_file"] == pyproject
    assert settings["fail-on"] == {"value": "error", "from": "--fail-on"}
    assert settings["citation-scope"] == {"value": "sentence", "from": "default"}
    assert settings["select"]["from"] == f"default, {pyproject} (ignore), --ignore"
    assert not {"unused-source", "duplicate-source"} & set(settings["select"]["value"])
    assert settings["per-file-ignores"] == {"value": {"docs/b.md": ["uncited-claim"]}, "from": pyproject}
    assert settings["exclude"]["value"][-1] == "drafts"
    assert "uncited-claim" in settings["select"]["value"] and "uncited-claim" not in shown["rules"]
    text = run(folder, "check", "docs/b.md", "--show-settings").stdout
    assert text.startswith("Settings for docs/b.md\n")
    assert 'citation-scope = "sentence"  # default\n' in text


def test_show_settings_takes_the_closest_settings_file(write):
    folder = write({"pyproject.toml": PYPROJECT, "docs/sub/.factlint.toml": 'citation-scope = "paragraph"\n',
                    "docs/sub/c.md": UNCITED})
    shown = json.loads(run(folder, "check", "docs/sub", "--show-settings", "--format", "json").stdout)
    assert shown["path"] == "docs/sub/c.md"
    assert shown["settings_file"] == str((folder / "docs/sub/.factlint.toml").resolve())
    assert shown["settings"]["citation-scope"]["value"] == "paragraph"
    assert shown["settings"]["select"]["from"] == "default"  # the pyproject.toml above does not apply here
