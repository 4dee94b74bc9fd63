"""The README's CI snippets are the files in docs/, and their factlint commands work as written."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
SNIPPETS = sorted((ROOT / "docs" / "ci").glob("*.yml")) + sorted((ROOT / "docs" / "ci").glob("*.yaml")) + sorted(
    (ROOT / "docs" / "editors").glob("*"))


@pytest.mark.parametrize("snippet", SNIPPETS, ids=[s.name for s in SNIPPETS])
def test_readme_shows_each_snippet_verbatim(snippet):
    assert snippet.read_text(encoding="utf-8").strip() in README


def _factlint_commands(snippet: Path) -> list[str]:
    data = yaml.safe_load(snippet.read_text(encoding="utf-8"))
    if "jobs" in data:
        lines = [step["run"] for job in data["jobs"].values() for step in job["steps"] if "run" in step]
    else:
        lines = [line for job in data.values() for line in job["script"]]
    return [line for line in lines if line.startswith("factlint ")]


def _run_in_project(command: str, tmp_path: Path) -> subprocess.CompletedProcess:
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "a.md").write_text("Exports rose 14.1% in April [1].\n", encoding="utf-8")
    (tmp_path / "docs" / "a.sources.yaml").write_text("sources:\n  1:\n    excerpt: Exports rose 4.1%.\n")
    factlint = shutil.which("factlint", path=str(Path(sys.executable).parent)) or "factlint"
    env = dict(os.environ, PATH=f"{Path(factlint).parent}{os.pathsep}{os.environ.get('PATH', '')}")
    return subprocess.run(command, shell=True, cwd=tmp_path, capture_output=True, text=True, env=env)


def test_github_actions_step_annotates_the_pull_request(tmp_path):
    [command] = _factlint_commands(ROOT / "docs" / "ci" / "github-actions.yml")
    done = _run_in_project(command, tmp_path)
    assert done.returncode == 1
    assert done.stdout.startswith("::error file=docs/a.md,line=1,col=14,")


def test_gitlab_job_writes_a_code_quality_report(tmp_path):
    [command] = _factlint_commands(ROOT / "docs" / "ci" / "gitlab-ci.yml")
    done = _run_in_project(command, tmp_path)
    assert done.returncode == 1
    report = json.loads((tmp_path / "gl-code-quality-report.json").read_text())
    assert report[0]["check_name"] == "figure-mismatch" and report[0]["location"]["path"] == "docs/a.md"


def test_code_scanning_job_writes_sarif_that_validates(tmp_path):
    import jsonschema

    [command] = _factlint_commands(ROOT / "docs" / "ci" / "github-code-scanning.yml")
    done = _run_in_project(command, tmp_path)
    assert done.returncode == 1
    log = json.loads((tmp_path / "factlint.sarif").read_text())
    schema = json.loads((ROOT / "tests" / "data" / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
    jsonschema.validate(log, schema)
    [result] = log["runs"][0]["results"]
    assert result["locations"][0]["physicalLocation"]["artifactLocation"] == {"uri": "docs/a.md",
                                                                              "uriBaseId": "%SRCROOT%"}


def test_pre_commit_snippet_names_the_hook():
    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text())
    config = yaml.safe_load((ROOT / "docs" / "ci" / "pre-commit-config.yaml").read_text())
    assert config["repos"][0]["hooks"][0]["id"] == hooks[0]["id"] == "factlint"
    assert hooks[0]["language"] == "python" and hooks[0]["require_serial"] is True
    assert hooks[0]["types_or"] == ["markdown", "plain-text", "yaml", "json"]  # sidecars map back to articles
