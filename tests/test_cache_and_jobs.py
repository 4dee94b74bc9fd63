"""The result cache and --jobs: findings from a pool or from the cache are those of a fresh run.

Through the real command: CliRunner where the run stays in the pytest process (which has
spaCy loaded already), a subprocess where what is imported matters.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from factlint.cache import CACHEDIR_TAG
from factlint.cli import main
from factlint.engines.pool import MIN_POOL_CHARS

ROOT = Path(__file__).resolve().parent.parent
ARTICLE = ("# Birds\n\nSome 70% of birds fly south [1]. About 12 million stay [1].\n\n"
           "<!-- factlint-disable-next-line figure-mismatch -->\nOnly 3% fly north [1].\n\n"
           "Nearly 40 species nest here.\n")
SIDECAR = "sources:\n  1:\n    excerpt: Some 60% of birds fly south, 12 million stay and 5% fly north.\n  2:\n    url: x\n"


def _largest_fixtures(count: int) -> list[str]:
    """The `count` fixture folders with the most text, by name for a stable order."""
    folders = sorted((ROOT / "fixtures").iterdir())
    sizes = {f: sum(p.stat().st_size for p in f.rglob("*") if p.is_file() and p.name != "expected.yaml")
             for f in folders if f.is_dir()}
    return sorted(f.relative_to(ROOT).as_posix() for f in sorted(sizes, key=sizes.get, reverse=True)[:count])


def _check(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, ["check", "--format", "json", "-q", *args])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture(scope="module")
def runs(tmp_path_factory):
    """The same articles run fresh in one process, in two filling a cache, and warm from it."""
    own = tmp_path_factory.mktemp("own")
    (own / "birds.md").write_text(ARTICLE)
    (own / "birds.sources.yaml").write_text(SIDECAR)
    (own / "broken.md").write_bytes(b"caf\xe9 au lait\n")  # an error line, which must keep its place
    paths = [*_largest_fixtures(14), str(own)]
    assert sum(f.stat().st_size for p in paths[:-1] for f in Path(ROOT, p).rglob("*.*")
               if f.name != "expected.yaml") > 1.2 * MIN_POOL_CHARS  # else --jobs 2 would not start a pool
    cache = str(tmp_path_factory.mktemp("cache"))
    old = os.getcwd()
    os.chdir(ROOT)
    try:
        done = {"jobs 1": _check("--jobs", "1", "--no-cache", *paths),
                "jobs 2": _check("--jobs", "2", "--cache-dir", cache, *paths),  # a pool, filling the cache
                "warm": _check("--jobs", "1", "--cache-dir", cache, *paths),
                "ignore fresh": _check("--no-cache", "--ignore", "figure-mismatch", "--fail-on", "error", str(own)),
                "ignore warm": _check("--cache-dir", cache, "--ignore", "figure-mismatch", "--fail-on", "error",
                                      str(own))}
    finally:
        os.chdir(old)
    done["paths"] = paths
    return done


def test_jobs_and_cache_give_the_same_report(runs):
    fresh = runs["jobs 1"]
    findings = json.loads(fresh[1])["findings"]
    assert len(findings) > 20 and {"figure-mismatch", "unused-source"} <= {f["rule"] for f in findings}
    assert "broken.md" in fresh[2] and fresh[0] == 2
    assert not any(f["path"].endswith("birds.md") and f["line"] == 6 for f in findings)  # suppressed
    for name in ("jobs 2", "warm"):
        assert runs[name] == fresh, name


def test_articles_checked_window_by_window_give_the_same_report(runs, monkeypatch):
    from factlint import runner

    monkeypatch.setattr(runner, "WINDOW_CHARS", 20_000)  # several windows, the pool fed one after another
    monkeypatch.chdir(ROOT)
    for jobs in ("1", "2"):
        assert _check("--jobs", jobs, "--no-cache", *runs["paths"]) == runs["jobs 1"], jobs


def test_sidecars_let_go_and_parsed_again_give_the_same_report(runs, monkeypatch):
    from factlint import runner

    monkeypatch.setattr(runner, "SIDECAR_BUDGET", 2_000)  # most sidecars parsed twice, none kept for long
    monkeypatch.chdir(ROOT)
    assert _check("--jobs", "1", "--no-cache", *runs["paths"]) == runs["jobs 1"]


def test_a_pipeline_built_anew_mid_run_gives_the_same_report(runs, monkeypatch):
    from factlint.parse import nlp

    nlp._spans_at_zero.cache_clear()  # else the paragraphs split before would not be split again
    monkeypatch.setattr(nlp, "RENEW_AFTER", 20_000)  # a new spaCy pipeline every few articles
    monkeypatch.chdir(ROOT)
    built = nlp.pipeline()
    assert _check("--jobs", "1", "--no-cache", *runs["paths"]) == runs["jobs 1"]
    assert nlp.pipeline() is not built


def test_selection_is_applied_after_the_cache(runs):
    assert runs["ignore warm"] == runs["ignore fresh"]
    rules = [f["rule"] for f in json.loads(runs["ignore warm"][1])["findings"]]
    assert "figure-mismatch" not in rules and "unused-suppression" in rules and runs["ignore warm"][0] == 2


def test_corrupt_and_foreign_entries_are_ignored_and_rewritten(write, monkeypatch):
    folder = write({f"a{i}.md": ARTICLE.replace("70%", f"{70 + i}%") for i in range(5)}
                   | {f"a{i}.sources.yaml": SIDECAR for i in range(5)})
    monkeypatch.chdir(folder)
    fresh = _check("--no-cache")
    assert _check() == fresh
    entries = sorted((folder / ".factlint_cache").glob("*/*.json"))
    assert len(entries) == 5
    texts = [e.read_text() for e in entries]
    other = json.loads(texts[1])
    entries[0].write_text(texts[0][: len(texts[0]) // 2])                        # truncated
    entries[1].write_bytes(b"\x00\xff garbage")                                  # not JSON
    entries[2].write_text(json.dumps(other))                                     # another article's entry
    entries[3].write_text(json.dumps({**json.loads(texts[3]), "hits": [["no-such-rule", "a", 1, 1, 1, 2, {},
                                                                         None, [], None, ""]]}))
    entries[4].write_text(json.dumps({**json.loads(texts[4]), "factlint": "0.0.0"}))
    assert _check() == fresh
    assert [e.read_text() for e in entries] == texts  # each was written again, whole


def test_a_warm_run_does_not_import_spacy(write, monkeypatch):
    folder = write({"a.md": ARTICLE, "a.sources.yaml": SIDECAR, "b.md": "Nearly 40 species nest here.\n"})
    monkeypatch.chdir(folder)
    cold = CliRunner().invoke(main, ["check", "."])
    assert cold.exit_code == 1 and "figure-mismatch" in cold.stdout
    warm = subprocess.run([sys.executable, "-X", "importtime", "-m", "factlint", "check", "."], cwd=folder,
                          capture_output=True, text=True)
    timed = [line for line in warm.stderr.splitlines() if line.startswith("import time:")]
    modules = {line.split("|")[-1].strip() for line in timed}
    assert "factlint.cache" in modules and "click" in modules  # the import log is read right
    assert not any(m == "spacy" or m.startswith("spacy.") for m in modules)
    assert (warm.returncode, warm.stdout, warm.stderr.count("\n")) == (1, cold.stdout, len(timed))


def test_clean_removes_only_a_factlint_cache(write, monkeypatch):
    folder = write({"a.md": ARTICLE, "a.sources.yaml": SIDECAR, ".factlint.toml": "fail-on = 'error'\n",
                    "sub/b.md": "Nearly 40 species nest here.\n"})
    monkeypatch.chdir(folder / "sub")  # the cache belongs beside the settings in force
    assert _check("..")[0] == 1
    cache = folder / ".factlint_cache"
    assert (cache / ".gitignore").read_text().splitlines()[-1] == "*"
    assert (cache / "CACHEDIR.TAG").read_text() == CACHEDIR_TAG and not (folder / "sub" / ".factlint_cache").exists()
    result = CliRunner().invoke(main, ["clean"])
    assert result.exit_code == 0 and "Removed" in result.stderr and not cache.exists()
    assert "No cache" in CliRunner().invoke(main, ["clean"]).stderr
    (folder / "keep").mkdir()
    (folder / "keep" / "data.txt").write_text("mine")
    result = CliRunner().invoke(main, ["clean", "--cache-dir", str(folder / "keep")])
    assert result.exit_code == 2 and "not a factlint cache" in result.stderr
    assert (folder / "keep" / "data.txt").read_text() == "mine"


def test_no_cache_writes_nothing_and_a_read_only_cache_is_no_error(write, monkeypatch):
    folder = write({"a.md": ARTICLE, "a.sources.yaml": SIDECAR})
    monkeypatch.chdir(folder)
    fresh = _check("--no-cache")
    assert not (folder / ".factlint_cache").exists()
    (folder / "blocked").write_text("a file where the cache folder would go")
    assert _check("--cache-dir", "blocked") == fresh
