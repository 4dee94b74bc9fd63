"""The pre-commit hook, tried for real with `pre-commit try-repo` on a throw-away repository."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT

PRE_COMMIT = shutil.which("pre-commit", path=str(Path(sys.executable).parent)) or shutil.which("pre-commit")
pytestmark = pytest.mark.skipif(PRE_COMMIT is None or shutil.which("git") is None,
                                reason="needs pre-commit and git")


def _git(cwd: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True)


def _try_repo(repo: Path, home: Path) -> subprocess.CompletedProcess:
    env = dict(os.environ, PRE_COMMIT_HOME=str(home), PIP_DISABLE_PIP_VERSION_CHECK="1")
    return subprocess.run([PRE_COMMIT, "try-repo", str(ROOT), "factlint", "--all-files"], cwd=repo,
                          capture_output=True, text=True, env=env, timeout=1200)


def test_hook_fails_on_a_bad_article_and_passes_once_fixed(tmp_path):
    repo = tmp_path / "site"
    repo.mkdir()
    _git(repo, "init", "-q")
    _git(repo, "config", "user.email", "writer@example.com")
    _git(repo, "config", "user.name", "Writer")
    (repo / "post.md").write_text("Exports rose 14.1% in April [1].\n", encoding="utf-8")
    (repo / "post.sources.yaml").write_text("sources:\n  1:\n    excerpt: Exports rose 4.1% in April.\n")
    _git(repo, "add", ".")
    failed = _try_repo(repo, tmp_path / "cache")
    assert failed.returncode == 1, failed.stdout + failed.stderr
    assert "post.md:1:14: FL102 figure-mismatch" in failed.stdout
    (repo / "post.md").write_text("Exports rose 4.1% in April [1].\n", encoding="utf-8")
    _git(repo, "add", ".")
    passed = _try_repo(repo, tmp_path / "cache")
    assert passed.returncode == 0, passed.stdout + passed.stderr
