"""`factlint check --engine dask`: the same report, errors and exit code as the local run, on a real cluster.

One LocalCluster of 2 worker processes serves the module; commands run through click's CliRunner
(or a subprocess where a terminal or a separate process matters) on a corpus written to a tmp folder.
"""

from __future__ import annotations

import os
import signal
import pty
import shutil
import subprocess
import sys
import time

import pytest
from click.testing import CliRunner

from factlint.cli import FORMAT_NAMES, main
from tests.conftest import ROOT

distributed = pytest.importorskip("distributed")

MAKE_CORPUS = "/work/shared/perf/make-corpus"
GENERATED = 8
FIXTURES = ["01-uk-inflation-sidecar", "02-us-payrolls-footnotes-clean", "03-us-cpi-peak-sources-section",
            "04-euro-area-inflation-json", "05-china-gdp-yml"]


def _generated(folder, count):
    """Small articles with sidecars: the shared make-corpus tool when present, else a few of our own."""
    if os.path.exists(MAKE_CORPUS):
        subprocess.run([sys.executable, MAKE_CORPUS, str(folder), "--many", str(count)], check=True,
                       capture_output=True)
        return
    folder.mkdir()
    for i in range(count):
        (folder / f"a{i:03}.md").write_text(f"Exports rose {i}.5% in April [1]. Imports fell 3% [1].\n")
        (folder / f"a{i:03}.sources.yaml").write_text("sources:\n  1:\n    excerpt: Exports rose 4.5%; imports fell 3%.\n")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """Articles of every kind: generated, real fixtures, per-folder settings, suppression and broken inputs."""
    root = tmp_path_factory.mktemp("corpus")
    _generated(root / "generated", GENERATED)
    for name in FIXTURES:
        shutil.copytree(ROOT / "fixtures" / name, root / "real" / name, ignore=shutil.ignore_patterns("expected.*"))
    strict = root / "strict"
    strict.mkdir()
    (strict / ".factlint.toml").write_text('fail-on = "error"\nignore = ["unused-source"]\n')
    (strict / "a.md").write_text("Exports rose 14.1% in April [1].\nSome 70% of chips ship by sea.\n"
                                 "<!-- factlint: disable-next-line uncited-claim -->\nAbout 12% were late.\n")
    (strict / "a.sources.yaml").write_text("sources:\n  1:\n    excerpt: Exports rose 4.1% in April.\n  2:\n"
                                           "    excerpt: unused\n")
    (root / "broken").mkdir()
    (root / "broken" / "bad-bytes.md").write_bytes(b"Exports rose \xff\xfe 5% [1].\n")
    (root / "broken" / "bad-sidecar.md").write_text("Exports rose 5% [1].\n")
    (root / "broken" / "bad-sidecar.sources.yaml").write_text("sources: [\n")
    return root


@pytest.fixture(scope="module")
def cluster(tmp_path_factory):
    """Two worker processes, one thread each; their folder is not the corpus's."""
    cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
                                       silence_logs=40)
    client = distributed.Client(cluster)
    yield cluster, client
    client.close()
    for nanny in cluster.workers.values():  # a worker still starting (after the kill test) slows a polite close
        if nanny.process is not None and nanny.process.process is not None and nanny.process.process.pid:
            try:  # by pid: AsyncProcess.kill needs an event loop, which an asyncio test module may have closed
                os.kill(nanny.process.process.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
    cluster.close(timeout=5)


def check(*args, cwd=None):
    """factlint check ARGS through click, in `cwd` when given: (exit code, stdout, stderr)."""
    old = os.getcwd()
    os.chdir(cwd or old)
    try:
        result = CliRunner().invoke(main, ["check", *args], catch_exceptions=False)
    finally:
        os.chdir(old)
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture(scope="module")
def local():
    """The local run's (exit code, stdout, stderr) for some arguments, each computed once for the module."""
    done = {}

    def _local(*args, cwd=None):
        if (args, cwd) not in done:
            done[args, cwd] = check(*args, cwd=cwd)
        return done[args, cwd]
    return _local


def on_dask(cluster, *args, cwd=None):
    return check(*args, "--engine", "dask", "--scheduler", cluster[0].scheduler_address, cwd=cwd)


@pytest.mark.parametrize("fmt", FORMAT_NAMES)
def test_every_format_is_byte_identical_with_the_same_errors_and_exit_code(corpus, cluster, local, fmt):
    local = local(str(corpus), "--format", fmt)
    assert local[0] == 2 and "bad-bytes.md" in local[2] and "bad-sidecar.sources.yaml" in local[2]
    assert on_dask(cluster, str(corpus), "--format", fmt) == local


def test_settings_selection_baseline_and_statistics_behave_as_locally(corpus, cluster, tmp_path):
    for part in ("generated", "real", "strict"):
        shutil.copytree(corpus / part, tmp_path / part)
    baseline, good = tmp_path / "baseline.json", [str(tmp_path / part) for part in ("generated", "real", "strict")]
    assert check(*good, "--baseline", str(baseline), "--update-baseline")[0] == 0
    (tmp_path / "generated" / "a00003.md").write_text("Output grew 99.9% [1].\n")  # one new finding
    for extra in (["--baseline", str(baseline)], ["--select", "FL1", "--fail-on", "error"], ["--statistics"],
                  ["--sources", str(tmp_path / "strict" / "a.sources.yaml")]):
        local = check(*good, "--format", "json", *extra)
        assert local[1].count('"rule"') >= 1, extra
        assert on_dask(cluster, *good, "--format", "json", *extra) == local, extra


def test_relative_paths_need_the_workers_folder_or_ship_text(corpus, cluster):
    local = check("real", "strict", "broken", cwd=corpus)
    code, out, err = on_dask(cluster, "real", "strict", "broken", cwd=corpus)
    assert (code, out) == (2, "")
    assert err.count("\n") == 1 and "another folder" in err and "--ship-text" in err
    assert on_dask(cluster, "real", "strict", "broken", "--ship-text", cwd=corpus) == local


def test_ship_text_sends_the_fetched_pages_with_the_articles(cluster, tmp_path):
    from factlint.fetch import store

    cache, found, gone = tmp_path / ".factlint" / "sources", "https://news.example/exports", "https://news.example/gone"
    page = "Exports rose 14.1% from a year earlier in April, the customs office said."
    digest = store.store_text(cache, page)
    store.store_page(cache, store.Stored(found, found, 200, "text/html", digest, len(page), digest, "trafilatura 2.0",
                                         store.now()))
    store.store_failure(cache, gone, "HTTP 404 Not Found")
    (tmp_path / "a.md").write_text(f"Exports rose 4.1% in April [1].\nWages rose 8% [2].\n\n[1]: {found}\n[2]: {gone}\n")
    local = check("a.md", "--format", "json", cwd=tmp_path)
    assert f'"fetched": "{found}"' in local[1] and "fetching it failed: HTTP 404 Not Found" in local[1]
    assert on_dask(cluster, "a.md", "--format", "json", "--ship-text", cwd=tmp_path) == local


def test_unreachable_scheduler_is_one_line(corpus):
    import dask

    with dask.config.set({"distributed.comm.timeouts.connect": "1s"}):
        code, out, err = check(str(corpus / "strict"), "--engine", "dask", "--scheduler", "tcp://127.0.0.1:9")
    assert (code, out) == (2, "")
    assert err.startswith("factlint: error: cannot reach the Dask scheduler at tcp://127.0.0.1:9") and err.count("\n") == 1


def test_without_dask_installed_the_engine_says_what_to_install(corpus, monkeypatch):
    monkeypatch.setitem(sys.modules, "distributed", None)  # import distributed now raises ImportError
    code, out, err = check(str(corpus / "strict"), "--engine", "dask")
    assert (code, out) == (2, "")
    assert err == 'factlint: error: --engine dask needs Dask; install it with: pip install "factlint[dask]"\n'
    assert check(str(corpus / "strict"), "--scheduler", "x")[0] == 2  # dask options without the engine


def test_the_core_never_imports_dask():
    code = "import sys, factlint.runner, factlint.cli, factlint.engines.work; print('distributed' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True).stdout == "False\n"


def test_without_a_scheduler_a_local_cluster_does_the_run(corpus, local):
    assert check("real", "strict", "--engine", "dask", cwd=corpus) == local("real", "strict", cwd=corpus)


def test_a_worker_killed_mid_run_has_its_batches_retried_with_progress_on_the_terminal(corpus, cluster, local):
    scheduler, client = cluster
    pids = client.run(os.getpid)
    terminal, secondary = pty.openpty()
    proc = subprocess.Popen([sys.executable, "-m", "factlint", "check", str(corpus), "--format", "json", "--engine",
                             "dask", "--scheduler", scheduler.scheduler_address],
                            stdout=subprocess.PIPE, stderr=secondary)
    os.close(secondary)
    victim, batch = _busy_worker(client, proc)
    os.kill(pids[victim], 9)
    out, _ = proc.communicate(timeout=120)
    assert _times_started(client, batch) >= 2  # the batch the lost worker held ran again elsewhere
    code, expected, errors = local(str(corpus), "--format", "json")
    assert (proc.returncode, out.decode()) == (code, expected)
    shown = _read_all(terminal)
    total = len(FIXTURES) + GENERATED + 3
    assert f"{total}/{total} articles" in shown and "articles/s" in shown
    assert [line for line in shown.replace("\r", "\n").splitlines() if line.startswith("factlint: error")] == \
        errors.splitlines()  # the error lines come after the progress line is cleared
    assert pids[victim] not in client.run(os.getpid).values()  # that process is gone: its batches ran elsewhere


def _read_all(fd) -> str:
    chunks = []
    while True:
        try:
            chunk = os.read(fd, 4096)
        except OSError:  # the other end is closed
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(fd)
    return b"".join(chunks).decode(errors="replace")


def _busy_worker(client, proc) -> tuple[str, str]:
    """A worker linting a batch of this run while the run is still going, and that batch's key."""
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        busy = [(w, str(k)) for w, keys in client.processing().items() for k in keys if "lint_batch" in str(k)]
        if busy and proc.poll() is None:
            return busy[0]
        time.sleep(0.01)
    raise AssertionError("the run never reached the cluster")


def _times_started(client, key: str) -> int:
    """How often the scheduler sent the task `key` to a worker."""
    def count(dask_scheduler):
        return sum(1 for entry in dask_scheduler.transition_log if str(entry[0]) == key and entry[2] == "processing")
    return client.run_on_scheduler(count)
