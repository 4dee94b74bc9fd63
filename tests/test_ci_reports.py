"""CI reports people can rely on (issue 10): where findings are, what a failed run says, GitHub's limits.

Every test runs the real command in a temporary project and reads what a CI system would read.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

import jsonschema
import pytest
import rfc3986_validator

from conftest import ROOT
from factlint import __version__
from factlint.lint.catalog import load_rules
from test_cli import run

ARTICLE = "Exports rose 14.1% in April [1].\nSome 70% of chips ship by sea.\n"
SIDECAR = "sources:\n  1:\n    excerpt: Exports rose 4.1% in April.\n"
CLEAN = "Exports rose 4.1% in April [1].\n"
SCHEMA = json.loads((ROOT / "tests" / "data" / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))


def _project(write, files: dict[str, str]) -> Path:
    """A project with its settings file at the top, so its root is that folder."""
    return write({".factlint.toml": "", **files})


def _json(folder, *args, env=None):
    return json.loads(run(folder, *args, env=env).stdout)


def _uris(log: dict) -> list[dict]:
    """Every artifactLocation of a SARIF log: results, fixes and notifications."""
    found = []

    def walk(node):
        if isinstance(node, dict):
            if "artifactLocation" in node:
                found.append(node["artifactLocation"])
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)
    walk(log)
    return found


def _file_of(location: dict, log: dict) -> Path:
    """The file a SARIF artifactLocation names, resolved as a viewer resolves it (RFC 3986 §5)."""
    base = log["runs"][0]["originalUriBaseIds"][location["uriBaseId"]]["uri"] if "uriBaseId" in location else ""
    absolute = urljoin(base, location["uri"])
    assert urlsplit(absolute).scheme == "file"
    return Path(unquote(urlsplit(absolute).path))


def _valid_sarif(log: dict) -> None:
    """Valid against the official 2.1.0 schema (its `uri` formats checked too), each URI an RFC 3986 reference."""
    jsonschema.Draft4Validator(SCHEMA, format_checker=jsonschema.Draft4Validator.FORMAT_CHECKER).validate(log)
    for location in _uris(log):
        assert rfc3986_validator.validate_rfc3986(location["uri"], rule="URI_reference"), location


# Locations

def test_paths_are_normalised_in_every_format(write):
    folder = _project(write, {"docs/a.md": ARTICLE, "docs/a.sources.yaml": SIDECAR})
    given = "./docs/../docs/a.md"
    assert run(folder, "check", given).stdout.startswith("docs/a.md:1:14: FL102")
    assert {f["path"] for f in _json(folder, "check", given, "--format", "json")["findings"]} == {"docs/a.md"}
    assert {i["location"]["path"] for i in _json(folder, "check", given, "--format", "gitlab")} == {"docs/a.md"}
    assert run(folder, "check", "./docs/../docs", "--format", "concise").stdout.startswith("docs/a.md:1:14:")


def test_gitlab_paths_are_from_ci_project_dir_when_run_in_a_subfolder(write):
    folder = write({"docs/harbour.md": ARTICLE, "docs/harbour.sources.yaml": SIDECAR})
    issues = _json(folder / "docs", "check", "--format", "gitlab", env={"CI_PROJECT_DIR": str(folder)})
    assert {i["location"]["path"] for i in issues} == {"docs/harbour.md"}
    # the JSON report keeps the contract's path: as given, relative to the folder searched
    assert {f["path"] for f in _json(folder / "docs", "check", "--format", "json")["findings"]} == {"harbour.md"}


def test_ci_formats_give_paths_from_the_settings_folder(write):
    folder = _project(write, {"docs/harbour.md": ARTICLE, "docs/harbour.sources.yaml": SIDECAR})
    docs = folder / "docs"
    assert {i["location"]["path"] for i in _json(docs, "check", "--format", "gitlab")} == {"docs/harbour.md"}
    annotations = run(docs, "check", "--format", "github").stdout
    assert "::error file=docs/harbour.md,line=1,col=14" in annotations
    log = _json(docs, "check", "--format", "sarif")
    assert {loc["uri"] for loc in _uris(log)} == {"docs/harbour.md"}
    assert {_file_of(loc, log) for loc in _uris(log)} == {Path(os.path.realpath(docs / "harbour.md"))}


def test_github_paths_are_from_github_workspace(write):
    folder = write({"site/docs/a.md": ARTICLE, "site/docs/a.sources.yaml": SIDECAR})
    out = run(folder / "site" / "docs", "check", "a.md", "--format", "github",
              env={"GITHUB_WORKSPACE": str(folder)}).stdout
    assert "::error file=site/docs/a.md,line=1,col=14" in out


def test_absolute_arguments_are_located_from_the_root_and_files_outside_it_by_file_uri(write, tmp_path_factory):
    folder = _project(write, {"docs/a.md": ARTICLE, "docs/a.sources.yaml": SIDECAR})
    elsewhere = tmp_path_factory.mktemp("elsewhere")
    (elsewhere / "b.md").write_text("Some 70% of chips ship by sea.\n", encoding="utf-8")
    log = _json(folder, "check", str(folder / "docs" / "a.md"), str(elsewhere / "b.md"), "--format", "sarif")
    _valid_sarif(log)
    by_file = {_file_of(loc, log): loc for loc in _uris(log)}
    assert by_file[Path(os.path.realpath(folder / "docs" / "a.md"))] == {"uri": "docs/a.md", "uriBaseId": "%SRCROOT%"}
    outside = by_file[Path(os.path.realpath(elsewhere / "b.md"))]
    assert "uriBaseId" not in outside and outside["uri"].startswith("file:///")


# SARIF for code scanning

@pytest.mark.parametrize("name", ["docs/odd, name:1.md", "a:b.md", "docs/50% off #1 [draft].md", "docs/café ü.md"])
def test_sarif_uris_are_encoded_references_to_the_right_file(write, name):
    folder = _project(write, {name: ARTICLE, name.rsplit(".", 1)[0] + ".sources.yaml": SIDECAR})
    log = _json(folder, "check", "--format", "sarif")
    _valid_sarif(log)
    locations = _uris(log)
    assert locations and all(loc["uriBaseId"] == "%SRCROOT%" for loc in locations)
    for loc in locations:
        assert urlsplit(loc["uri"]).scheme == "" and not urlsplit(loc["uri"]).fragment  # `a:b.md` is no scheme `a`
        assert _file_of(loc, log) == Path(os.path.realpath(folder / name))
    assert log["runs"][0]["originalUriBaseIds"]["%SRCROOT%"]["uri"] == Path(os.path.realpath(folder)).as_uri() + "/"


def test_sarif_rules_carry_their_documentation_and_what_to_write_instead(write):
    folder = _project(write, {"a.md": ARTICLE, "a.sources.yaml": SIDECAR})
    log = _json(folder, "check", "--format", "sarif")
    driver = log["runs"][0]["tool"]["driver"]
    assert driver["semanticVersion"] == __version__
    rules = {r["name"]: r for r in driver["rules"]}
    assert set(rules) == set(load_rules())
    for name, rule in load_rules().items():
        described = rules[name]
        assert described["help"]["text"] != described["fullDescription"]["text"]
        assert rule.use_instead.strip().splitlines()[0] in described["help"]["text"]
        assert rule.use_instead.strip().splitlines()[0] in described["help"]["markdown"]
        assert described["helpUri"] in described["help"]["markdown"]
    assert len({r["helpUri"] for r in rules.values()}) == len(rules)
    # one documentation address per rule: the same in JSON, SARIF and explain
    finding = _json(folder, "check", "--format", "json")["findings"][0]
    assert finding["url"] == rules[finding["rule"]]["helpUri"]
    assert finding["url"] in run(folder, "explain", finding["rule"]).stdout.splitlines()[-1]


def test_sarif_fingerprints_follow_a_finding_when_its_line_moves(write):
    folder = _project(write, {"a.md": ARTICLE + "Some 70% of chips ship by sea.\n", "a.sources.yaml": SIDECAR})

    def prints():
        results = _json(folder, "check", "--format", "sarif")["runs"][0]["results"]
        return [(r["ruleId"], r["partialFingerprints"]["factlint/v1"]) for r in results]

    before = prints()
    assert len({p for _, p in before}) == len(before) == 3  # two equal claims still get two fingerprints
    (folder / "a.md").write_text("# Trade\n\nIntro.\n\n" + ARTICLE + "Some 70% of chips ship by sea.\n")
    assert prints() == before
    gitlab = [i["fingerprint"] for i in _json(folder, "check", "--format", "gitlab")]
    assert gitlab == [p for _, p in before]  # GitLab and SARIF say the same finding is the same
    (folder / "sub").mkdir()
    from_below = _json(folder / "sub", "check", "..", "--format", "sarif")["runs"][0]["results"]
    assert [(r["ruleId"], r["partialFingerprints"]["factlint/v1"]) for r in from_below] == before


def test_a_failed_run_is_not_a_clean_sarif_log(write):
    folder = _project(write, {"a.md": CLEAN, "a.sources.yaml": SIDECAR, "bad.md": "Some\x00binary",
                              "c.md": "Cargo rose 9% [1].\n", "c.sources.yaml": "sources: {1: {excerpt: [x\n"})
    result = run(folder, "check", "--format", "sarif", "missing.md", ".")
    assert result.exit_code == 2
    log = json.loads(result.stdout)
    _valid_sarif(log)
    invocation = log["runs"][0]["invocations"][0]
    assert invocation["executionSuccessful"] is False
    notes = invocation["toolExecutionNotifications"]
    assert [n["level"] for n in notes] == ["error"] * 3
    texts = [n["message"]["text"] for n in notes]
    assert texts[0] == "missing.md: no such file or directory"
    assert any(t.startswith("bad.md: ") for t in texts) and any(t.startswith("c.sources.yaml:2: ") for t in texts)
    located = {n["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for n in notes if "locations" in n}
    assert located == {"bad.md", "c.sources.yaml"}  # a file that does not exist is not pointed at
    clean = _json(folder, "check", "a.md", "--format", "sarif")["runs"][0]["invocations"][0]
    assert clean == {"executionSuccessful": True}


# JSON errors and the summary of a failed run

def test_json_lists_the_errors_of_a_failed_run(write):
    folder = write({"a.md": CLEAN, "a.sources.yaml": SIDECAR, "c.md": "Cargo rose 9% [1].\n",
                    "c.sources.yaml": "sources: {1: {excerpt: [x\n"})
    result = run(folder, "check", "a.md", "missing.md", "c.md", "--format", "json")
    assert result.exit_code == 2
    report = json.loads(result.stdout)
    assert report["errors"][0] == {"path": "missing.md", "message": "no such file or directory"}
    assert report["errors"][1]["path"] == "c.sources.yaml" and report["errors"][1]["line"] == 2
    assert report["errors"][1]["message"].startswith("invalid YAML")
    assert len(report["errors"]) == result.stderr.count("factlint: error: ") == 2
    assert _json(folder, "check", "a.md", "--format", "json")["errors"] == []


@pytest.mark.parametrize("fmt", ["text", "grouped"])
def test_a_failed_run_prints_no_success_summary(write, fmt):
    folder = write({"bad.md": b"\x00\x01binary", "a.md": CLEAN, "a.sources.yaml": SIDECAR})
    missing = run(folder, "check", "nope.md", "--format", fmt)
    assert missing.exit_code == 2
    assert "No problems found" not in missing.stdout
    assert missing.stdout == "0 files checked; the run failed: 1 error, see standard error.\n"
    binary = run(folder, "check", ".", "--format", fmt)
    assert binary.exit_code == 2 and "No problems found" not in binary.stdout
    assert binary.stdout.splitlines()[-1] == "1 file checked; the run failed: 1 error, see standard error."


# The summary

def test_the_summary_counts_files_with_findings_and_what_the_baseline_hides(write):
    folder = write({"a.md": ARTICLE, "a.sources.yaml": SIDECAR + "  2:\n    excerpt: Unused.\n",
                    "b.md": "Some 40% ship by air.\n", "c.md": CLEAN, "c.sources.yaml": SIDECAR})
    text = run(folder, "check", ".")
    # a.md and its sidecar count as one file; c.md has nothing
    assert text.stdout.splitlines()[-1] == "Found 4 problems (1 error, 3 warnings) in 2 of 3 files."
    run(folder, "check", "b.md", "--baseline", "base.json", "--update-baseline")
    hidden = run(folder, "check", ".", "--baseline", "base.json")
    assert hidden.stdout.splitlines()[-1] == ("Found 3 problems (1 error, 2 warnings) in 1 of 3 files; "
                                              "the baseline hides 1 more.")
    clean = run(folder, "check", "b.md", "--baseline", "base.json")
    assert clean.stdout == "No problems found in 1 file; the baseline hides 1.\n"


# GitHub

def _many_uncited(count: int) -> str:
    return "".join(f"Some {n}% of chips ship by sea.\n\n" for n in range(10, 10 + count))


def test_github_annotations_stop_at_its_limit_and_a_notice_says_where_the_rest_are(write):
    folder = write({"a.md": _many_uncited(14) + "Exports rose 14.1% in April [1].\n", "a.sources.yaml": SIDECAR})
    out = run(folder, "check", "--format", "github").stdout.splitlines()
    assert sum(line.startswith("::warning ") for line in out) == 10
    assert sum(line.startswith("::error ") for line in out) == 1
    group = out.index("::group::factlint: findings beyond GitHub's annotation limit")
    rest = out[group + 1:out.index("::endgroup::")]
    assert len(rest) == 4 and all(line.startswith("warning: a.md:") for line in rest)
    assert out[-1] == ("::notice title=factlint::4 more findings than GitHub shows as annotations (10 per level): "
                       "they are listed in the log group 'factlint: findings beyond GitHub's annotation limit'")
    few = write({"b.md": _many_uncited(3)})
    assert not any("::notice" in line or "::group" in line
                   for line in run(few, "check", "b.md", "--format", "github").stdout.splitlines())


def test_github_annotates_the_errors_of_a_failed_run(write):
    folder = _project(write, {"docs/c.md": "Cargo rose 9% [1].\n", "docs/c.sources.yaml": "sources: {1: {excerpt: [x\n",
                              "docs/a.md": ARTICLE, "docs/a.sources.yaml": SIDECAR})
    result = run(folder / "docs", "check", ".", "nope.md", "--format", "github")
    assert result.exit_code == 2
    out = result.stdout.splitlines()
    assert out[0] == "::error title=factlint%3A the run failed::nope.md: no such file or directory"
    assert out[1].startswith("::error file=docs/c.sources.yaml,line=2,title=factlint%3A the run failed::"
                             "c.sources.yaml:2: invalid YAML")
    assert out[2].startswith("::error file=docs/a.md,line=1,col=14,")


def test_github_job_summary_is_appended_in_markdown(write, tmp_path_factory):
    folder = write({"a.md": _many_uncited(12), "docs/x | y.md": "Exports rose 14.1% in April [1].\n",
                    "docs/x | y.sources.yaml": SIDECAR})
    summary = tmp_path_factory.mktemp("runner") / "step_summary"
    summary.write_text("## an earlier step\n\n", encoding="utf-8")
    result = run(folder, "check", "--format", "github", env={"GITHUB_STEP_SUMMARY": str(summary)})
    assert result.exit_code == 1
    written = summary.read_text(encoding="utf-8")
    assert written.startswith("## an earlier step\n\n## factlint\n")
    assert "Found 13 problems (1 error, 12 warnings) in 2 of 2 files." in written
    rows = [line for line in written.splitlines() if line.startswith("| ") and "FL" in line]
    assert len(rows) == 13
    assert "| error | docs/x \\| y.md | 1 | FL102 figure-mismatch |" in written
    assert "and in the job summary" in result.stdout.splitlines()[-1]
    run(folder, "check", "nope.md", "--format", "github", env={"GITHUB_STEP_SUMMARY": str(summary)})
    assert summary.read_text(encoding="utf-8").startswith(written)
    assert "**The run failed:**\n\n- nope.md: no such file or directory" in summary.read_text(encoding="utf-8")


# GitLab

def test_every_gitlab_issue_has_what_code_quality_needs(write):
    folder = _project(write, {"docs/a.md": ARTICLE + "See [9].\n",
                              "docs/a.sources.yaml": SIDECAR + "  2:\n    excerpt: Unused.\n"})
    issues = _json(folder / "docs", "check", "--format", "gitlab", env={"CI_PROJECT_DIR": str(folder)})
    assert len(issues) == 4
    for issue in issues:
        assert issue["description"] and issue["check_name"] in load_rules()
        assert len(issue["fingerprint"]) == 64 and issue["severity"] in ("info", "minor", "major")
        assert issue["location"]["path"].startswith("docs/a.") and issue["location"]["lines"]["begin"] >= 1
    assert len({i["fingerprint"] for i in issues}) == 4
