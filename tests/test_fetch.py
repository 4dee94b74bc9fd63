"""factlint fetch end to end: a local web server, an article citing it in every form that carries a URL,
fetch, then the server stopped and check run offline against the cache and the lock."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from factlint.cli import main
from webfixtures import SLOW_PATH, STREAMED, Server, html_page, tiny_pdf

pytest.importorskip("httpx")
pytest.importorskip("trafilatura")
pytest.importorskip("pypdf")

EXPORTS = html_page("Exports beat forecasts in April", [
    "Exports rose 14.1% from a year earlier in April in dollar terms, the customs office said on Tuesday.",
    "Imports grew 3.2% over the same period, leaving a trade surplus of $72.4 billion.",
    "Economists polled by the agency had expected a smaller rise in shipments abroad, as demand in "
    "the largest markets slowed over the winter and freight rates stayed high.",
])
HARVEST = html_page("A record harvest", [
    "World wheat output reached 780 million tonnes this season, the agriculture council said in its monthly "
    "report, helped by good weather in the main exporting countries and a larger planted area.",
])
ROUTES = {
    "/robots.txt": (200, "text/plain", b"User-agent: *\nDisallow: /private/\n"),
    "/exports.html": (200, "text/html; charset=utf-8", EXPORTS),
    "/labour.pdf": (200, "application/pdf", tiny_pdf(["Labour market overview, March.",
                                                      "The unemployment rate fell to 4.2% in March."])),
    "/old-harvest": (301, "text/html", b"/harvest.html"),
    "/harvest.html": (200, "text/html", HARVEST),
    # a BOM and old line ends: the text is stored as check reads it back, so its hash still matches
    "/notes.txt": (200, "text/plain; charset=utf-8",
                   b"\xef\xbb\xbfRainfall was 12% below the long-term average in May.\r\nIt was dry.\rThe end.\n"),
    "/rates.html": (200, "text/html", html_page("Rates on hold", [
        "The central bank held its main interest rate at 5.25% in June, as expected by most analysts, "
        "and said it would keep policy tight for as long as needed to bring inflation back to target."])),
    "/chart.png": (200, "image/png", b"\x89PNG\r\n\x1a\n" + b"\0" * 64),
    STREAMED: (200, "text/html", b"<html><body>" + b"<p>filler text</p>" * 120_000 + b"</body></html>"),
    "/private/memo.html": (200, "text/html", html_page("Memo", ["Costs rose 9% in the year."])),
}
def article(server: Server) -> str:
    """Cites the server in every form that carries a URL: link references, a Sources list, a footnote."""
    u = server.url
    return f"""# Trade and harvest

Exports rose 4.1% from a year earlier in April [1].
Imports grew 3.2% over the same period [1].
The unemployment rate fell to 4.2% in March [2].
World wheat output reached 780 million tonnes this season.[^3]
Rainfall was 12% below the long-term average in May [4].
Sales fell 7% in the quarter [5].
Prices rose 6% in June [6].
Costs rose 9% in the year [7].
Output grew 5% last year [8].
Stocks fell 2% last week [9].
Wages rose 8% last year [10].
The central bank held its rate at 5.25% in June [11].
Car exports rose 6.4% in April, another report said [12].

[^3]: A record harvest {u('/old-harvest')}

[1]: {u('/exports.html')} "Exports beat forecasts in April"
[4]: {u('/notes.txt')}
[5]: {u('/missing.html')}
[6]: {u(SLOW_PATH)}
[7]: {u('/private/memo.html')}
[8]: {u(STREAMED)}
[9]: {u('/chart.png')}
[10]: file:///etc/passwd

## Sources
[2] Labour market overview — {u('/labour.pdf')}
"""


def sidecar(server: Server) -> str:
    """A URL-only sidecar entry, and one whose own excerpt wins over its page (which has no 6.4%)."""
    return f"""sources:
  11:
    url: {server.url('/rates.html')}
  12:
    url: {server.url('/exports.html')}
    excerpt: Exports of cars rose 6.4% in April, a second count found.
"""


FAST = ("--allow-private", "--delay", "0", "--retries", "0", "--timeout", "0.6", "--max-size", "1 MB")


def run(folder: Path, *args: str):
    old = os.getcwd()
    os.chdir(folder)
    try:
        return CliRunner().invoke(main, list(args), catch_exceptions=False)
    finally:
        os.chdir(old)


@pytest.fixture(scope="module")
def server():
    running = Server(dict(ROUTES)).start()
    yield running
    running.stop()


@pytest.fixture(scope="module")
def fetched(server, tmp_path_factory):
    """A project whose article was fetched once, with the server stopped afterwards."""
    project = tmp_path_factory.mktemp("project")
    (project / "docs").mkdir()
    (project / "docs" / "trade.md").write_text(article(server), encoding="utf-8")
    (project / "docs" / "trade.sources.yaml").write_text(sidecar(server), encoding="utf-8")
    result = run(project, "fetch", "docs", *FAST)
    server.stop()
    return project, result


def test_fetch_reports_each_url_in_one_line(fetched, server):
    project, result = fetched
    assert result.exit_code == 1, result.output
    out, err = result.stdout, result.stderr
    for path in ("/exports.html", "/labour.pdf", "/old-harvest", "/notes.txt", "/rates.html"):
        assert f"fetched   {server.url(path)} (" in out
    errors = {line.split(": ")[3]: line for line in err.splitlines()}
    assert "HTTP 404 Not Found" in errors[server.url("/missing.html")]
    assert "no answer within 0.6 s" in errors[server.url(SLOW_PATH)]
    assert "robots.txt disallows it" in errors[server.url("/private/memo.html")]
    assert "larger than 1 MB" in errors[server.url(STREAMED)]
    assert "not a page of text (content type image/png)" in errors[server.url("/chart.png")]
    assert "only http and https" in errors["file:///etc/passwd"]
    assert errors[server.url("/missing.html")].startswith("factlint: error: docs/trade.md:21: ")
    assert len(err.splitlines()) == 6
    assert "11 sources in 1 file: 5 fetched, 6 failed." in out


def test_check_offline_uses_the_fetched_pages(fetched, server):
    project, _ = fetched
    result = run(project, "check", "docs", "--format", "json")
    findings = json.loads(result.stdout)["findings"]
    by_line = {}
    for finding in findings:
        by_line.setdefault(finding["line"], []).append(finding)
    # the planted error is found in the page's main text, not in its menu or footer ("exports up 4.1%")
    [mismatch] = by_line[3]
    assert mismatch["rule"] == "figure-mismatch" and mismatch["figure"] == "4.1%"
    assert "14.1%" in mismatch["evidence"]
    assert mismatch["evidence_from"] == {"fetched": server.url("/exports.html")}
    for supported in (4, 5, 6, 7, 14, 15):  # HTML, PDF, a redirected footnote link, plain text, sidecars
        assert supported not in by_line, by_line.get(supported)
    reasons = {line: by_line[line][0]["message"] for line in range(8, 14)}
    assert all(by_line[line][0]["rule"] == "unverifiable-citation" for line in range(8, 14))
    assert "fetching it failed: HTTP 404 Not Found" in reasons[8]
    assert "robots.txt disallows it" in reasons[10]
    assert "larger than 1 MB" in reasons[11]
    text = run(project, "check", "docs").stdout
    assert f"    source (fetched page {server.url('/exports.html')}): Exports rose 14.1%" in text


def test_the_lock_pins_the_checked_texts(fetched, server):
    project, _ = fetched
    lock = json.loads((project / "factlint.sources.lock").read_text())
    assert lock["version"] == 1
    assert sorted(lock["sources"]) == sorted(server.url(p) for p in
                                             ("/exports.html", "/labour.pdf", "/old-harvest", "/notes.txt",
                                              "/rates.html"))
    harvest = lock["sources"][server.url("/old-harvest")]
    assert harvest["final_url"] == server.url("/harvest.html")
    assert harvest["extractor"].startswith("trafilatura ")
    assert lock["sources"][server.url("/labour.pdf")]["extractor"].startswith("pypdf ")
    for entry in lock["sources"].values():
        text = (project / ".factlint/sources/texts" / f"{entry['text_sha256']}.txt").read_bytes()
        assert hashlib.sha256(text).hexdigest() == entry["text_sha256"]


def test_a_second_fetch_is_offline_and_changes_nothing(fetched, server, tmp_path):
    project = Path(shutil.copytree(fetched[0], tmp_path / "copy"))
    before = (project / "factlint.sources.lock").read_bytes()
    result = run(project, "fetch", "docs", *FAST)  # the server is stopped: only the failures are tried again
    assert f"cached    {server.url('/exports.html')}" in result.stdout
    assert "5 cached, 6 failed" in result.stdout
    assert (project / "factlint.sources.lock").read_bytes() == before


def test_a_corrupt_cache_entry_is_ignored_and_fetched_again(fetched, server, tmp_path):
    project = Path(shutil.copytree(fetched[0], tmp_path / "copy"))
    lock = json.loads((project / "factlint.sources.lock").read_text())
    digest = lock["sources"][server.url("/exports.html")]["text_sha256"]
    (project / ".factlint/sources/texts" / f"{digest}.txt").write_text("Exports rose 4.1% in April.\n")
    findings = json.loads(run(project, "check", "docs", "--format", "json").stdout)["findings"]
    [first] = [f for f in findings if f["line"] == 3]
    assert first["rule"] == "unverifiable-citation"
    assert "locked text is not in the source cache; run factlint fetch" in first["message"]
    (project / "docs" / "trade.md").write_text("Exports rose 4.1% from a year earlier in April [1].\n\n"
                                               f"[1]: {server.url('/exports.html')}\n")
    (project / "docs" / "trade.sources.yaml").unlink()
    server.start()
    try:
        again = run(project, "fetch", "docs", *FAST)  # the damaged text is fetched again, and matches the lock
    finally:
        server.stop()
    assert again.exit_code == 0 and f"fetched   {server.url('/exports.html')}" in again.stdout
    [refetched] = json.loads(run(project, "check", "docs", "--format", "json").stdout)["findings"]
    assert refetched["rule"] == "figure-mismatch"


def test_fetch_check_reports_a_changed_page_and_update_pins_it(fetched, server, tmp_path):
    project = fetched[0]
    before = (project / "factlint.sources.lock").read_bytes()
    updated = Path(shutil.copytree(project, tmp_path / "copy"))
    server.routes["/notes.txt"] = (200, "text/plain", b"Rainfall was 15% below the long-term average in May.\n")
    server.start()
    try:
        result = run(project, "fetch", "--check", "docs", *FAST)
        update = run(updated, "fetch", "--update", "docs", *FAST)
    finally:
        server.stop()
        server.routes.update(ROUTES)
    assert result.exit_code == 1
    assert f"unchanged {server.url('/exports.html')}" in result.stdout
    [changed] = [line for line in result.stderr.splitlines() if "/notes.txt" in line]
    assert "text has changed since the lock" in changed
    assert (project / "factlint.sources.lock").read_bytes() == before  # --check writes nothing
    old, new = (json.loads(lock)["sources"] for lock in (before, (updated / "factlint.sources.lock").read_bytes()))
    assert new[server.url("/notes.txt")]["text_sha256"] != old[server.url("/notes.txt")]["text_sha256"]
    assert new[server.url("/exports.html")]["text_sha256"] == old[server.url("/exports.html")]["text_sha256"]
    assert "5 fetched, 6 failed" in update.stdout  # every page anew; the failures keep no pin
    findings = json.loads(run(updated, "check", "docs", "--format", "json").stdout)["findings"]
    [rainfall] = [f for f in findings if f["line"] == 7]
    assert rainfall["rule"] == "figure-mismatch" and "15%" in rainfall["evidence"]


def test_fetch_drops_locked_urls_no_article_cites_and_keeps_what_other_articles_cite(fetched, server, tmp_path):
    project = Path(shutil.copytree(fetched[0], tmp_path / "copy"))
    notes, exports = server.url("/notes.txt"), server.url("/exports.html")
    (project / "docs" / "other.md").write_text(f"Exports rose 14.1% in April [1].\n\n[1]: {exports}\n")
    subset = run(project, "fetch", "docs/other.md", *FAST)  # the lock serves trade.md too: nothing is dropped
    assert subset.exit_code == 0 and "dropped" not in subset.stdout
    assert notes in json.loads((project / "factlint.sources.lock").read_text())["sources"]
    trade = project / "docs" / "trade.md"
    trade.write_text(trade.read_text().replace("May [4].", "May.").replace(f"[4]: {notes}\n", ""))
    listed = run(project, "fetch", "--check", "docs", *FAST)
    assert f"uncited   {notes} (no article cites it; factlint fetch drops it from the lock)" in listed.stdout
    assert notes in json.loads((project / "factlint.sources.lock").read_text())["sources"]  # --check writes nothing
    result = run(project, "fetch", "docs", *FAST)
    assert f"dropped   {notes} (no article cites it now)" in result.stdout
    assert result.stdout.endswith(" 1 locked URL no longer cited, dropped from the lock.\n")
    locked = json.loads((project / "factlint.sources.lock").read_text())["sources"]
    assert notes not in locked and exports in locked
    assert "dropped" not in run(project, "fetch", "docs", *FAST).stdout  # once


def test_private_and_invalid_urls_are_refused_in_one_line_each(write):
    folder = write({"a.md": "Exports rose 4% [1][2][3][4].\n\n[1]: http://127.0.0.1:9/page\n[2]: http://[::1/x\n"
                            "[3]: http://example.org:99999/\n[4]: https://localhost/\x1b[2Jpage\n"})
    result = run(folder, "fetch", "a.md", "--retries", "0")
    assert result.exit_code == 1
    lines = result.stderr.splitlines()
    assert lines[:3] == [
        "factlint: error: a.md:3: http://127.0.0.1:9/page: 127.0.0.1 is a private, loopback or link-local address "
        "(--allow-private fetches it)",
        "factlint: error: a.md:4: http://[::1/x: not a valid URL (Invalid IPv6 URL)",
        "factlint: error: a.md:5: http://example.org:99999/: not a valid URL (Port out of range 0-65535)"]
    # the escape sequence is shown, never obeyed (the reason's wording is httpx's)
    assert lines[3].startswith("factlint: error: a.md:6: https://localhost/\\x1b[2Jpage: not a valid URL (")
    assert len(lines) == 4 and "\x1b" not in result.stderr
    assert not (folder / "factlint.sources.lock").exists()


BLOCKED = """
import atexit, json, sys
sys.modules.update(trafilatura=None, pypdf=None)
from factlint.cli import main
for args in (["check", "docs", "--format", "json"], ["fetch", "docs"]):
    try:
        main(args, prog_name="factlint")
    except SystemExit as stop:
        print("exit", stop.code, file=sys.stderr)
    print("loaded", sorted(m for m in sys.modules if m.startswith("factlint.fetch")), file=sys.stderr)
"""


def test_without_the_extra_fetch_says_what_to_install_and_check_still_reads_the_cache(fetched):
    project, _ = fetched
    # spaCy itself may bring httpx along, so the test blocks what only the extra installs, and checks
    # that check runs with no module of factlint.fetch loaded
    ran = subprocess.run([sys.executable, "-c", BLOCKED], cwd=project, capture_output=True, text=True)
    check_exit, check_loaded, error, fetch_exit, _ = ran.stderr.splitlines()
    assert check_exit == "exit 1" and check_loaded == "loaded []"
    assert any(f["rule"] == "figure-mismatch" for f in json.loads(ran.stdout)["findings"])
    assert error == 'factlint: error: factlint fetch needs its optional dependencies: ' \
                    'pip install "factlint[fetch]" (missing: pypdf)'
    assert fetch_exit == "exit 2"


FIGURE_RULES = {"figure-mismatch", "unit-mismatch", "direction-mismatch", "misattributed-figure"}
COMPARED = ("01-uk-inflation-sidecar", "105-mars-rovers-kg-lb", "116-us-gdp-2025-quarters-yml",
            "132-european-parliament-2024-sidecar", "142-astronomical-constants-tex")


def test_url_only_fixtures_after_fetch_give_the_findings_of_hand_written_excerpts(tmp_path):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
    from fetch_comparison import ROOT, compare, findings_of

    fixtures = [ROOT / "fixtures" / name for name in COMPARED]
    rows = compare(fixtures, tmp_path)
    assert [(name, lost, gained, same) for name, lost, gained, same in rows] == \
        [(name, set(), set(), True) for name in COMPARED]
    for fixture in fixtures:  # the copies really were URL-only, and their pages came from the cache
        copy = tmp_path / fixture.name
        assert "excerpt" not in next(copy.glob("*.sources.yaml")).read_text()
        assert json.loads((copy / "factlint.sources.lock").read_text())["sources"]
        assert {rule for rule, _, _ in findings_of(copy)[0]} & FIGURE_RULES  # the pages were read and matched


def test_a_broken_lock_file_stops_check_and_fetch_and_is_kept(fetched, tmp_path):
    project = Path(shutil.copytree(fetched[0], tmp_path / "copy"))
    conflicted = "<<<<<<< HEAD\n" + (project / "factlint.sources.lock").read_text() + "=======\n"
    (project / "factlint.sources.lock").write_text(conflicted)
    (project / "docs" / "more.md").write_text("Exports rose 4.1% in April [1].\n\n[1]: http://127.0.0.1:9/x\n")
    check = run(project, "check", "docs")
    assert check.exit_code == 2
    assert check.stderr == "factlint: error: factlint.sources.lock: not a factlint sources lock (version 1); " \
                           "fix it, or remove it and run factlint fetch\n"
    fetch = run(project, "fetch", "docs", *FAST)
    assert fetch.exit_code == 2 and "not a factlint sources lock" in fetch.stderr
    assert (project / "factlint.sources.lock").read_text() == conflicted


def test_a_busy_server_is_asked_again_and_bad_redirects_are_stopped(server, fetched, tmp_path):
    server.routes.update({"/busy.html": [(503, "text/plain", b"busy"), (200, "text/html", ROUTES["/exports.html"][2])],
                          "/loop": (302, "text/html", b"/loop"), "/to-file": (302, "text/html", b"file:///etc/passwd")})
    (tmp_path / "a.md").write_text(f"Exports rose 14.1% in April [1].\n\n[1]: {server.url('/busy.html')}\n")
    (tmp_path / "b.md").write_text(f"Exports rose 14.1% in April [1].\n\n[1]: {server.url('/busy.html')}#x\n")
    (tmp_path / "c.md").write_text(f"Sales fell 3% [1]. Costs rose 2% [2].\n\n[1]: {server.url('/loop')}\n"
                                   f"[2]: {server.url('/to-file')}\n")
    server.start()
    try:
        once = run(tmp_path, "fetch", "a.md", "--allow-private", "--delay", "0", "--retries", "0")
        twice = run(tmp_path, "fetch", "b.md", "--allow-private", "--delay", "0", "--retries", "1")
        redirects = run(tmp_path, "fetch", "c.md", "--allow-private", "--delay", "0", "--retries", "0")
    finally:
        server.stop()
        server.routes.update(ROUTES)
    assert once.exit_code == 1 and "HTTP 503 Service Unavailable" in once.stderr
    assert twice.exit_code == 0 and f"fetched   {server.url('/busy.html')} (" in twice.stdout
    assert json.loads(run(tmp_path, "check", "a.md", "b.md", "--format", "json").stdout)["findings"] == []
    assert redirects.exit_code == 1
    assert f"{server.url('/loop')}: more than 5 redirects" in redirects.stderr
    assert f"{server.url('/to-file')}: only http and https URLs are fetched, not file ones" in redirects.stderr


def test_crawl_delay_is_kept_and_a_redirect_to_another_site_obeys_its_robots(tmp_path):
    other = Server({"/robots.txt": (200, "text/plain", b"User-agent: *\nCrawl-delay: 1\nDisallow: /closed/\n"),
                    "/a.html": (200, "text/html", EXPORTS), "/b.html": (200, "text/html", HARVEST),
                    "/closed/memo.html": (200, "text/html", EXPORTS)}).start()
    first = Server({"/to-closed": (302, "text/html", other.url("/closed/memo.html").encode()),
                    "/to-open": (302, "text/html", other.url("/a.html").encode())}).start()
    (tmp_path / "a.md").write_text(f"Exports rose 14.1% [1]. Output reached 780 million tonnes [2]. Costs rose 9% [3]. "
                                   f"Imports grew 3.2% [4].\n\n[1]: {other.url('/a.html')}\n[2]: {other.url('/b.html')}\n"
                                   f"[3]: {first.url('/to-closed')}\n[4]: {first.url('/to-open')}\n")
    try:
        result = run(tmp_path, "fetch", "a.md", "--allow-private", "--delay", "0", "--retries", "0")
    finally:
        first.stop()
        other.stop()
    assert result.exit_code == 1
    assert (f"a.md:5: {first.url('/to-closed')}: redirected to {other.url('/closed/memo.html')}: the robots.txt of "
            f"http://127.0.0.1:{other.port} disallows it (--ignore-robots fetches it)") in result.stderr
    assert f"fetched   {first.url('/to-open')}" in result.stdout  # the other site allows /a.html
    asked = [(path, when) for path, when in other.requests if path != "/robots.txt"]
    assert sorted(path for path, _ in asked) == ["/a.html", "/a.html", "/b.html"]  # /closed/ never asked for
    assert [path for path, _ in other.requests].count("/robots.txt") == 1  # read once for both sites' threads
    when = {path: min(t for p, t in asked if p == path) for path, _ in asked}
    assert when["/b.html"] - when["/a.html"] >= 0.95  # its Crawl-delay of 1 s between its pages, though --delay is 0


def test_the_cache_can_live_elsewhere(fetched, tmp_path):
    project = Path(shutil.copytree(fetched[0], tmp_path / "copy"))
    shutil.move(project / ".factlint" / "sources", tmp_path / "pages")

    def first(*args):
        return [f for f in json.loads(run(project, "check", "docs", "--format", "json", *args).stdout)["findings"]
                if f["line"] == 3][0]
    assert "locked text is not in the source cache" in first()["message"]
    assert first("--sources-cache", str(tmp_path / "pages"))["rule"] == "figure-mismatch"
    (project / ".factlint.toml").write_text(f"sources-cache = {json.dumps(str(tmp_path / 'pages'))}\n")
    assert first()["rule"] == "figure-mismatch"


def test_a_host_that_resolves_public_but_connects_private_is_refused(server, monkeypatch):
    # DNS rebinding: the name is public when checked and private when connected; the answer is not read
    from factlint.fetch import client

    monkeypatch.setattr(client, "check_address", lambda url, allow_private: None)  # the resolver said "public"
    limits = client.Limits(timeout=5, retries=0)
    server.start()
    try:
        with client.new_client(limits) as http:
            with pytest.raises(client.FetchError, match="connected to a private, loopback or link-local address"):
                client.get(http, server.url("/exports.html"), limits)
            allowed = client.Limits(timeout=5, retries=0, allow_private=True)
            assert client.get(http, server.url("/exports.html"), allowed).status == 200
    finally:
        server.stop()
