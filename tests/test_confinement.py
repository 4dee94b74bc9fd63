"""A sidecar's `file:` reads only inside its own folder or sources-root, as CI on a pull request needs."""

from __future__ import annotations

import json
import os

import pytest

from test_cli import run
from test_reading import one_error

ARTICLE = "Sales rose 5% in April [1].\n"
SECRET = "Sales rose 5% in April. password=hunter2\n"


def sidecar(name: str) -> str:
    return f"sources:\n  1:\n    title: The report\n    file: {json.dumps(name)}\n"


@pytest.fixture
def project(tmp_path):
    """project/docs/a.md with a secret beside the project, as a checkout in CI has."""
    (tmp_path / "secret.txt").write_text(SECRET)
    docs = tmp_path / "project" / "docs"
    docs.mkdir(parents=True)
    (docs / "a.md").write_text(ARTICLE)
    return tmp_path / "project"


@pytest.mark.parametrize("name", ["../../secret.txt", "../../../../../../../../etc/passwd", "/etc/passwd",
                                  "{tmp}/secret.txt", "texts/../../../secret.txt"])
def test_a_path_out_of_the_sidecar_folder_is_refused_before_reading(project, name):
    name = name.format(tmp=project.parent)
    (project / "docs" / "a.sources.yaml").write_text(sidecar(name))
    for fmt in ("text", "json", "sarif"):
        result = run(project, "check", "docs/a.md", "--format", fmt)
        one_error(result, "docs/a.sources.yaml:2: file", "is outside the sidecar's folder", "sources-root")
        assert "hunter2" not in result.output and "root:" not in result.output


def test_a_link_inside_the_folder_that_points_out_is_refused(project):
    os.symlink(project.parent / "secret.txt", project / "docs" / "report.txt")
    (project / "docs" / "a.sources.yaml").write_text(sidecar("report.txt"))
    result = run(project, "check", "docs/a.md", "--format", "json")
    one_error(result, "docs/a.sources.yaml:2: file 'report.txt' is outside")
    assert "hunter2" not in result.output


def test_a_link_to_a_folder_that_points_out_is_refused(project):
    os.symlink(project.parent, project / "docs" / "up")
    (project / "docs" / "a.sources.yaml").write_text(sidecar("up/secret.txt"))
    one_error(run(project, "check", "docs/a.md"), "'up/secret.txt' is outside")


def test_a_json_sidecar_is_confined_too(project):
    (project / "docs" / "a.sources.json").write_text('{"sources": {"1": {"file": "/etc/passwd"}}}\n')
    one_error(run(project, "check", "docs/a.md"), "a.sources.json:1: file '/etc/passwd' is outside")


def test_a_shared_sources_file_is_confined_to_its_folder(project):
    (project / "refs").mkdir()
    (project / "refs" / "s.yaml").write_text(sidecar("../../secret.txt"))
    one_error(run(project, "check", "docs/a.md", "--sources", "refs/s.yaml"), "refs/s.yaml:2", "is outside")


def test_texts_inside_the_folder_and_in_subfolders_are_read(project):
    (project / "docs" / "texts").mkdir()
    (project / "docs" / "texts" / "r.txt").write_text("Sales rose 5% in April.\n")
    os.symlink("texts/r.txt", project / "docs" / "link.txt")
    for name in ("texts/r.txt", "link.txt", "./texts/../texts/r.txt"):
        (project / "docs" / "a.sources.yaml").write_text(sidecar(name))
        result = run(project, "check", "docs/a.md")
        assert result.exit_code == 0, result.output + result.stderr


def test_sources_root_in_settings_allows_a_shared_folder_of_texts(project):
    (project / "shared").mkdir()
    (project / "shared" / "r.txt").write_text("Sales rose 5% in April.\n")
    (project / "docs" / "a.sources.yaml").write_text(sidecar("../shared/r.txt"))
    one_error(run(project, "check", "docs/a.md"), "is outside")
    (project / ".factlint.toml").write_text('sources-root = "."\n')
    assert run(project, "check", "docs/a.md").exit_code == 0
    (project / "docs" / "a.sources.yaml").write_text(sidecar("../../secret.txt"))
    one_error(run(project, "check", "docs/a.md"), "is outside the sidecar's folder and sources-root")


def test_sources_root_on_the_command_line(project):
    (project / "shared").mkdir()
    (project / "shared" / "r.txt").write_text("Sales rose 5% in April.\n")
    (project / "docs" / "a.sources.yaml").write_text(sidecar("../shared/r.txt"))
    assert run(project / "docs", "check", "a.md", "--sources-root", "..").exit_code == 0
    assert run(project / "docs", "check", "a.md", "--sources-root", ".").exit_code == 2


@pytest.mark.parametrize("value", ['"no-such-folder"', "3", '""'])
def test_a_bad_sources_root_is_a_config_error(project, value):
    (project / ".factlint.toml").write_text(f"sources-root = {value}\n")
    one_error(run(project, "check", "docs/a.md"), ".factlint.toml", "sources-root")
