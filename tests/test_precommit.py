"""The pre-commit hook, run for real by `pre-commit run` on a throw-away repository."""

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


@pytest.fixture(scope="module")
def pre_commit_home(tmp_path_factory):
    """One pre-commit cache for the module: the hook's environment is built once."""
    return tmp_path_factory.mktemp("pre-commit-home")


@pytest.fixture(scope="module")
def hook_config(tmp_path_factory) -> Path:
    """A pre-commit config that takes the hook from the project as it is on disk now.

    The project's files (committed, changed and new) are committed once into a throw-away
    repository and the config pins that revision, so every test shares one hook environment
    (`try-repo` builds a new one on every call, about 40 s apiece) and still tests this code.
    """
    snapshot = tmp_path_factory.mktemp("factlint-hook")
    listed = subprocess.run(["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
                            cwd=ROOT, check=True, capture_output=True).stdout.decode().split("\0")
    for name in filter(None, listed):
        source = ROOT / name
        if source.is_file() and not source.is_symlink():
            (snapshot / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, snapshot / name)
    _git(snapshot, "init", "-q")
    _git(snapshot, "add", ".")
    _git(snapshot, "-c", "user.email=ci@example.com", "-c", "user.name=CI", "commit", "-q", "-m", "snapshot")
    revision = subprocess.run(["git", "rev-parse", "HEAD"], cwd=snapshot, check=True,
                              capture_output=True, text=True).stdout.strip()
    config = snapshot.parent / "hook-config.yaml"
    config.write_text(f"repos:\n- repo: {snapshot.as_posix()}\n  rev: {revision}\n  hooks:\n  - id: factlint\n",
                      encoding="utf-8")
    return config


@pytest.fixture(scope="module")
def home(pre_commit_home, hook_config):
    """Where pre-commit keeps the hook's environment, and the config that names the hook."""
    return pre_commit_home, hook_config


@pytest.fixture
def repo(tmp_path):
    """A git repository with a clean article, its sidecar and a source text, all committed."""
    repo = tmp_path / "site"
    (repo / "texts").mkdir(parents=True)
    _git(repo, "init", "-q")
    _git(repo, "config", "user.email", "writer@example.com")
    _git(repo, "config", "user.name", "Writer")
    (repo / "post.md").write_text("Exports rose 4.8% in April [1].\n", encoding="utf-8")
    (repo / "post.sources.yaml").write_text("sources:\n  1:\n    excerpt: Exports rose 4.8% in April.\n")
    (repo / "harbour.md").write_text("Cargo rose 9% in May [1].\n", encoding="utf-8")
    (repo / "harbour.sources.yaml").write_text("sources:\n  1:\n    file: texts/harbour.txt\n")
    (repo / "texts" / "harbour.txt").write_text("Cargo rose 9% in May.\n", encoding="utf-8")
    _git(repo, "add", ".")
    _git(repo, "commit", "-q", "-m", "clean")
    return repo


def _try_repo(repo: Path, home: tuple[Path, Path], *extra: str) -> subprocess.CompletedProcess:
    """Run the hook as a commit would: on the staged files (or every file with --all-files)."""
    cache, config = home
    env = dict(os.environ, PRE_COMMIT_HOME=str(cache), PIP_DISABLE_PIP_VERSION_CHECK="1")
    env.pop("PYTHONPATH", None)  # the hook must run the factlint pre-commit installed, not a source tree
    return subprocess.run([PRE_COMMIT, "run", "--config", str(config), *extra], cwd=repo,
                          capture_output=True, text=True, env=env, timeout=1200)


def test_hook_fails_on_a_bad_article_and_passes_once_fixed(repo, home):
    (repo / "post.md").write_text("Exports rose 14.1% in April [1].\n", encoding="utf-8")
    _git(repo, "add", ".")
    failed = _try_repo(repo, home, "--all-files")
    assert failed.returncode == 1, failed.stdout + failed.stderr
    assert "post.md:1:14: FL102 figure-mismatch" in failed.stdout
    (repo / "post.md").write_text("Exports rose 4.8% in April [1].\n", encoding="utf-8")
    _git(repo, "add", ".")
    passed = _try_repo(repo, home, "--all-files")
    assert passed.returncode == 0, passed.stdout + passed.stderr


def test_a_commit_of_only_a_sidecar_checks_its_article(repo, home):
    # the source now says 6.2%, the article still says 4.8%: the commit must not go through
    (repo / "post.sources.yaml").write_text("sources:\n  1:\n    excerpt: Exports rose 6.2% in April.\n")
    _git(repo, "add", "post.sources.yaml")
    failed = _try_repo(repo, home)
    assert failed.returncode == 1, failed.stdout + failed.stderr
    assert "post.md:1:14: FL102 figure-mismatch 4.8% does not match [1]" in failed.stdout
    assert "no files to check" not in failed.stdout


def test_a_commit_of_only_a_source_text_checks_the_article_citing_it(repo, home):
    (repo / "texts" / "harbour.txt").write_text("Cargo rose 19% in May.\n", encoding="utf-8")
    _git(repo, "add", "texts/harbour.txt")
    failed = _try_repo(repo, home)
    assert failed.returncode == 1, failed.stdout + failed.stderr
    assert "harbour.md:1:12: FL102 figure-mismatch 9% does not match [1]" in failed.stdout
    assert "texts/harbour.txt:" not in failed.stdout  # the source text is not linted as an article


def test_other_staged_files_are_skipped(repo, home):
    (repo / "settings.yaml").write_text("retries: 15\nratio: 70%\n", encoding="utf-8")
    _git(repo, "add", "settings.yaml")
    passed = _try_repo(repo, home)
    assert passed.returncode == 0, passed.stdout + passed.stderr


def test_folders_excluded_in_settings_stay_excluded_under_pre_commit(repo, home):
    (repo / "drafts").mkdir()
    (repo / "drafts" / "idea.md").write_text("Some 70% of chips ship by sea.\n", encoding="utf-8")
    (repo / ".factlint.toml").write_text('extend-exclude = ["drafts"]\n', encoding="utf-8")
    _git(repo, "add", ".")
    passed = _try_repo(repo, home)
    assert passed.returncode == 0, passed.stdout + passed.stderr
    assert subprocess.run([sys.executable, "-m", "factlint", "check", "."], cwd=repo).returncode == 0
