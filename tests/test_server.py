"""`factlint server` end to end: a real LSP client (pytest-lsp) over pipes, against `check --format json`."""

from __future__ import annotations

import asyncio
import json
import sys

import pytest
import pytest_lsp
from lsprotocol import types
from pytest_lsp import ClientServerConfig, LanguageClient, client_capabilities

from test_cli import run

ARTICLE = ("# Prices 🎉\n\n"
           "Services inflation 📈 eased to 4.6% in September [1].\n"
           "Core inflation fell to 3.2% in the year [1].\n")
SIDECAR = ("sources:\n  1:\n    excerpt: Services inflation eased to 4.9% in September. "
           "Core inflation fell to 3.2% in the year.\n")
pytestmark = pytest.mark.asyncio(loop_scope="module")


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    path = tmp_path_factory.mktemp("workspace")
    (path / "a.md").write_text(ARTICLE, encoding="utf-8")
    (path / "a.sources.yaml").write_text(SIDECAR, encoding="utf-8")
    return path


@pytest_lsp.fixture(scope="module", config=ClientServerConfig(server_command=[sys.executable, "-m", "factlint", "server"]))
async def client(lsp_client: LanguageClient, folder):
    params = types.InitializeParams(capabilities=client_capabilities("visual-studio-code"),
                                    root_uri=folder.as_uri())
    await lsp_client.initialize_session(params)
    yield
    await lsp_client.shutdown_session()


async def diagnostics_for(client: LanguageClient, uri: str, version: int | None = None, full: bool = False):
    """Wait for the next diagnostics of `uri` (at `version`, when given); `full`: the whole notification."""
    async def wait():
        while True:
            found = await client.wait_for_notification(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
            if found.uri == uri and (version is None or found.version == version):
                return found if full else list(found.diagnostics)
    return await asyncio.wait_for(wait(), timeout=20)


def utf16(text: str, line: int, column: int) -> int:
    prefix = text.split("\n")[line - 1][:column - 1]
    return len(prefix.encode("utf-16-le")) // 2


async def open_article(client, folder, text=ARTICLE):
    uri = (folder / "a.md").as_uri()
    waiting = asyncio.ensure_future(diagnostics_for(client, uri, 1))
    client.text_document_did_open(types.DidOpenTextDocumentParams(
        types.TextDocumentItem(uri=uri, language_id="markdown", version=1, text=text)))
    return uri, await waiting


async def test_diagnostics_equal_the_json_findings(client: LanguageClient, folder):
    uri, diagnostics = await open_article(client, folder)
    expected = json.loads(run(folder, "check", "a.md", "--format", "json").stdout)["findings"]
    assert expected, "the case must have findings"
    got = [(d.code, d.range.start.line, d.range.start.character, d.range.end.character, d.message.split("\n")[0],
            d.severity) for d in diagnostics]
    want = [(f["rule"], f["line"] - 1, utf16(ARTICLE, f["line"], f["column"]),
             utf16(ARTICLE, f["end_line"], f["end_column"]), f["message"],
             {"error": 1, "warning": 2, "info": 3}[f["severity"]]) for f in expected if f["path"] == "a.md"]
    assert got == want
    first = diagnostics[0]
    assert first.code_description.href == expected[0]["url"]  # the rule's one documentation address
    assert "source: Services inflation eased to 4.9%" in first.message


async def test_hover_on_the_figure_shows_the_evidence(client: LanguageClient, folder):
    uri = (folder / "a.md").as_uri()
    found = await client.text_document_hover_async(types.HoverParams(
        types.TextDocumentIdentifier(uri), types.Position(2, 33)))  # inside '4.6%', after the emoji (2 units)
    assert "[1] says: Services inflation eased to 4.9% in September." in found.contents.value


async def test_a_code_action_applied_then_the_finding_is_gone(client: LanguageClient, folder):
    uri = (folder / "a.md").as_uri()
    at = types.Range(types.Position(2, 32), types.Position(2, 32))
    actions = await client.text_document_code_action_async(types.CodeActionParams(
        types.TextDocumentIdentifier(uri), at, types.CodeActionContext(diagnostics=[])))
    titles = [a.title for a in actions]
    assert titles == ["Replace 4.6% with 4.9% (as [1] says) (unsafe: check the source)",
                      "Disable figure-mismatch on this line", "Disable figure-mismatch in this file"]
    (edit,) = actions[0].edit.changes[uri]
    start = utf16(ARTICLE, 3, ARTICLE.split("\n")[2].index("4.6%") + 1)
    assert (edit.range.start.character, edit.range.end.character, edit.new_text) == (start, start + 4, "4.9%")
    waiting = asyncio.ensure_future(diagnostics_for(client, uri, 2))
    client.text_document_did_change(types.DidChangeTextDocumentParams(
        types.VersionedTextDocumentIdentifier(uri=uri, version=2),
        [types.TextDocumentContentChangePartial(range=edit.range, text=edit.new_text)]))
    assert [d.code for d in await waiting] == []


async def test_a_newer_change_supersedes_and_clears(client: LanguageClient, folder):
    uri = (folder / "a.md").as_uri()
    waiting = asyncio.ensure_future(diagnostics_for(client, uri, full=True))
    for version, text in ((3, ARTICLE.replace("4.6%", "4.7%")), (4, "No figures here.\n")):
        client.text_document_did_change(types.DidChangeTextDocumentParams(
            types.VersionedTextDocumentIdentifier(uri=uri, version=version),
            [types.TextDocumentContentChangeWholeDocument(text=text)]))
    first = await waiting  # the check of version 3 was cancelled: the first result is version 4's
    assert (first.version, list(first.diagnostics)) == (4, [])


async def test_a_saved_sidecar_rechecks_its_article(client: LanguageClient, folder):
    uri = (folder / "a.md").as_uri()
    # the client keeps each URI's latest diagnostics: waiting on them, not on the next notification,
    # cannot miss one that arrives together with another file's
    client.text_document_did_change(types.DidChangeTextDocumentParams(
        types.VersionedTextDocumentIdentifier(uri=uri, version=5),
        [types.TextDocumentContentChangeWholeDocument(text=ARTICLE.replace("4.6%", "4.9%"))]))
    await until(lambda: not client.diagnostics.get(uri))
    sidecar = folder / "a.sources.yaml"
    sidecar.write_text(SIDECAR.replace("4.9%", "5.1%"), encoding="utf-8")
    client.text_document_did_save(types.DidSaveTextDocumentParams(types.TextDocumentIdentifier(sidecar.as_uri())))
    await until(lambda: said(client.diagnostics.get(uri, [])) == ["4.9% does not match [1], which says 5.1%"])


async def test_editor_settings_override_the_files(client: LanguageClient, folder):
    uri = (folder / "a.md").as_uri()  # the buffer and sidecar as the test above left them: one figure-mismatch
    for settings, expected in (({"factlint": {"ignore": ["figure-mismatch"]}}, []), ({}, ["figure-mismatch"])):
        waiting = asyncio.ensure_future(diagnostics_for(client, uri, 5))
        client.workspace_did_change_configuration(types.DidChangeConfigurationParams(settings=settings))
        assert [d.code for d in await waiting] == expected


TWO_FIT = "# Trade\n\nExports rose 15.2% in April [1].\n"
TWO_FIT_SIDECAR = ("sources:\n  1:\n    excerpt: Exports rose 14.1% in April in dollar terms. "
                   "Exports rose 13.8% in April in yuan terms.\n  2:\n    excerpt: Imports fell 2% in April.\n")


async def until(condition, timeout: float = 20) -> None:
    """Wait until `condition()` holds (the client keeps the latest diagnostics of each URI)."""
    async def poll():
        while not condition():
            await asyncio.sleep(0.05)
    await asyncio.wait_for(poll(), timeout)


async def round_trip(client: LanguageClient, uri: str) -> None:
    """A request answered after every notification sent before it has been handled."""
    await client.text_document_hover_async(types.HoverParams(types.TextDocumentIdentifier(uri), types.Position(0, 0)))


async def test_one_quick_fix_per_source_figure_that_fits(client: LanguageClient, folder):
    (folder / "b.md").write_text(TWO_FIT, encoding="utf-8")
    (folder / "b.sources.yaml").write_text(TWO_FIT_SIDECAR, encoding="utf-8")
    uri, sidecar = (folder / "b.md").as_uri(), (folder / "b.sources.yaml").as_uri()
    client.text_document_did_open(types.DidOpenTextDocumentParams(
        types.TextDocumentItem(uri=uri, language_id="markdown", version=1, text=TWO_FIT)))
    await until(lambda: client.diagnostics.get(uri) and client.diagnostics.get(sidecar))
    assert [d.code for d in client.diagnostics[sidecar]] == ["unused-source"]
    at = types.Range(types.Position(2, 15), types.Position(2, 15))
    actions = await client.text_document_code_action_async(types.CodeActionParams(
        types.TextDocumentIdentifier(uri), at, types.CodeActionContext(diagnostics=[])))
    assert [(a.title, a.kind, a.is_preferred) for a in actions][:2] == [
        ("Replace 15.2% with 14.1% (as [1] says) (unsafe: check the source)", "quickfix", False),
        ("Replace 15.2% with 13.8% (as [1] says) (unsafe: check the source)", "quickfix", False)]
    assert [a.edit.changes[uri][0].new_text for a in actions[:2]] == ["14.1%", "13.8%"]
    assert [a.title for a in actions[2:]] == ["Disable figure-mismatch on this line",
                                              "Disable figure-mismatch in this file"]
    fixed = run(folder, "check", "b.md", "--fix", "--unsafe-fixes")  # no one figure is clearly meant: left alone
    assert (folder / "b.md").read_text(encoding="utf-8") == TWO_FIT and fixed.exit_code == 1


async def test_closing_an_article_clears_it_and_its_sidecar(client: LanguageClient, folder):
    uri, sidecar = (folder / "b.md").as_uri(), (folder / "b.sources.yaml").as_uri()
    client.text_document_did_open(types.DidOpenTextDocumentParams(
        types.TextDocumentItem(uri=sidecar, language_id="yaml", version=1, text=TWO_FIT_SIDECAR)))
    client.text_document_did_close(types.DidCloseTextDocumentParams(types.TextDocumentIdentifier(sidecar)))
    await round_trip(client, uri)
    assert [d.code for d in client.diagnostics[sidecar]] == ["unused-source"]  # its article is still open
    client.text_document_did_close(types.DidCloseTextDocumentParams(types.TextDocumentIdentifier(uri)))
    await until(lambda: not client.diagnostics[uri] and not client.diagnostics[sidecar])


JOBS = "# Jobs\n\nUnemployment rose to 4.3% in May [1].\n"
JOBS_SIDECAR = "sources:\n  1:\n    excerpt: Unemployment rose to 4.1% in May.\n"


def said(diagnostics) -> list[str]:
    return [d.message.split("\n")[0] for d in diagnostics]


async def change(client: LanguageClient, uri: str, version: int, text: str) -> None:
    client.text_document_did_change(types.DidChangeTextDocumentParams(
        types.VersionedTextDocumentIdentifier(uri=uri, version=version),
        [types.TextDocumentContentChangeWholeDocument(text=text)]))


async def opened(client: LanguageClient, uri: str, language: str, text: str, article: str | None = None) -> list[str]:
    """Open a document and return the first lines of the diagnostics then published for `article`
    (the document itself when not given)."""
    waiting = asyncio.ensure_future(diagnostics_for(client, article or uri, 1))
    client.text_document_did_open(types.DidOpenTextDocumentParams(
        types.TextDocumentItem(uri=uri, language_id=language, version=1, text=text)))
    return said(await waiting)


async def test_an_unsaved_sidecar_buffer_rechecks_its_article(client: LanguageClient, folder):
    (folder / "c.md").write_text(JOBS, encoding="utf-8")
    (folder / "c.sources.yaml").write_text(JOBS_SIDECAR, encoding="utf-8")
    uri, sidecar = (folder / "c.md").as_uri(), (folder / "c.sources.yaml").as_uri()
    assert await opened(client, uri, "markdown", JOBS) == ["4.3% does not match [1], which says 4.1%"]
    assert await opened(client, sidecar, "yaml", JOBS_SIDECAR, uri) == ["4.3% does not match [1], which says 4.1%"]

    waiting = asyncio.ensure_future(diagnostics_for(client, uri, 1))
    await change(client, sidecar, 2, JOBS_SIDECAR.replace("4.1%", "4.3%"))
    assert await waiting == []  # the unsaved buffer now says what the article says
    hover = await client.text_document_hover_async(types.HoverParams(
        types.TextDocumentIdentifier(uri), types.Position(2, 22)))
    assert hover is None

    waiting = asyncio.ensure_future(diagnostics_for(client, uri, 1))
    await change(client, sidecar, 3, JOBS_SIDECAR.replace("4.1%", "4.0%"))
    assert said(await waiting) == ["4.3% does not match [1], which says 4.0%"]
    hover = await client.text_document_hover_async(types.HoverParams(
        types.TextDocumentIdentifier(uri), types.Position(2, 22)))
    assert "[1] says: Unemployment rose to 4.0% in May." in hover.contents.value  # evidence from the buffer
    expected = run(folder, "check", "c.md", "--format", "json").stdout
    assert json.loads(expected)["findings"][0]["message"] == "4.3% does not match [1], which says 4.1%"  # disk as it was

    waiting = asyncio.ensure_future(diagnostics_for(client, uri, 1, full=True))
    await change(client, sidecar, 4, JOBS_SIDECAR.replace("4.1%", "4.3%"))
    await change(client, sidecar, 5, JOBS_SIDECAR.replace("4.1%", "4.2%"))
    assert said((await waiting).diagnostics) == ["4.3% does not match [1], which says 4.2%"]  # 4's check superseded

    client.text_document_did_close(types.DidCloseTextDocumentParams(types.TextDocumentIdentifier(sidecar)))
    await until(lambda: said(client.diagnostics[uri]) == ["4.3% does not match [1], which says 4.1%"])  # the disk again


BROKEN = [  # (sidecar text, its 0-based error line): what `check` says of each, and where
    (JOBS_SIDECAR.replace("excerpt: ", 'excerpt: "'), 2),  # an unclosed quote: 'end of stream' past the last line
    (JOBS_SIDECAR.replace("excerpt", "exerpt"), 2),  # a key a source may not have
    ("sources:\n- 1\n", 1),  # not a mapping of ids
]


async def test_a_broken_sidecar_buffer_is_an_error_on_the_sidecar(client: LanguageClient, folder, tmp_path):
    uri, sidecar = (folder / "c.md").as_uri(), (folder / "c.sources.yaml").as_uri()
    client.text_document_did_open(types.DidOpenTextDocumentParams(
        types.TextDocumentItem(uri=sidecar, language_id="yaml", version=1, text=JOBS_SIDECAR)))
    (tmp_path / "c.md").write_text(JOBS, encoding="utf-8")
    for version, (text, line) in enumerate(BROKEN, 2):
        (tmp_path / "c.sources.yaml").write_text(text, encoding="utf-8")
        cli = run(tmp_path, "check", "c.md")
        assert cli.exit_code == 2 and cli.stderr.startswith("factlint: error: c.sources.yaml:")
        message = str(folder / "c.sources.yaml") + cli.stderr.strip()[len("factlint: error: c.sources.yaml"):]
        await change(client, sidecar, version, text)
        await until(lambda: said(client.diagnostics.get(sidecar, [])) == [message])
        (error,) = client.diagnostics[sidecar]
        assert (error.severity, error.range.start.line, error.range.start.character) == (1, line, 0)
        assert list(client.diagnostics[uri]) == []  # as `check`: an article whose sidecar cannot be read is not checked
    waiting = asyncio.ensure_future(diagnostics_for(client, uri, 2))
    await change(client, uri, 2, JOBS.replace("4.3%", "4.4%"))  # the article keeps being checked meanwhile
    assert await waiting == []
    assert said(client.diagnostics[sidecar]) == [str(folder / "c.sources.yaml") + ":2: 'sources' must map ids to sources"]
    waiting = asyncio.ensure_future(diagnostics_for(client, uri, 2))
    await change(client, sidecar, 9, JOBS_SIDECAR)  # mended, still unsaved
    assert said(await waiting) == ["4.4% does not match [1], which says 4.1%"]
    await round_trip(client, uri)
    assert list(client.diagnostics[sidecar]) == []
    client.text_document_did_close(types.DidCloseTextDocumentParams(types.TextDocumentIdentifier(sidecar)))
    client.text_document_did_close(types.DidCloseTextDocumentParams(types.TextDocumentIdentifier(uri)))
    await until(lambda: not client.diagnostics[uri])


async def test_a_json_sidecar_buffer_counts_too(client: LanguageClient, folder):
    (folder / "e.md").write_text(JOBS, encoding="utf-8")
    disk = '{"sources": {"1": {"excerpt": "Unemployment rose to 4.1% in May."}}}\n'
    (folder / "e.sources.json").write_text(disk, encoding="utf-8")
    uri, sidecar = (folder / "e.md").as_uri(), (folder / "e.sources.json").as_uri()
    assert await opened(client, uri, "markdown", JOBS) == ["4.3% does not match [1], which says 4.1%"]
    assert await opened(client, sidecar, "json", disk.replace("4.1%", "4.3%"), uri) == []  # opened with unsaved text
    await change(client, sidecar, 2, disk.replace("}}}", "}}"))
    message = str(folder / "e.sources.json") + ":2: invalid JSON: Expecting ',' delimiter"
    await until(lambda: said(client.diagnostics.get(sidecar, [])) == [message])
    client.text_document_did_close(types.DidCloseTextDocumentParams(types.TextDocumentIdentifier(sidecar)))
    await until(lambda: said(client.diagnostics[uri]) == ["4.3% does not match [1], which says 4.1%"])
    assert list(client.diagnostics[sidecar]) == []


async def test_without_the_extra_the_server_says_what_to_install(folder, monkeypatch):
    for name in ("pygls", "pygls.lsp.server", "lsprotocol", "factlint.server.main", "factlint.server.translate"):
        monkeypatch.setitem(sys.modules, name, None) if not name.startswith("factlint") \
            else monkeypatch.delitem(sys.modules, name, raising=False)
    result = run(folder, "server")
    assert result.exit_code == 2
    assert result.stderr == "factlint: error: factlint server needs the lsp extra: pip install 'factlint[lsp]'\n"


@pytest.mark.parametrize("text", ["sources:\n  1: a\0b\n", "sources:\n  1:\n    excerpt: " + "x" * 2000 + "\n"])
async def test_a_sidecar_buffer_is_refused_as_its_file_would_be(tmp_path, text):
    """A buffer gets the file's refusals (a NUL: binary; past max-file-size: too large), in the same words."""
    from factlint.read.settings import Settings
    from factlint.server.buffers import ParsedSidecars, check_buffer

    (tmp_path / ".factlint.toml").write_text('max-file-size = "1 KB"\n', encoding="utf-8")
    (tmp_path / "c.md").write_text(JOBS, encoding="utf-8")
    (tmp_path / "c.sources.yaml").write_bytes(text.encode("utf-8"))
    cli = run(tmp_path, "check", "c.md")
    said_by_cli = [line.replace(": error: c.sources.yaml", ": error: " + str(tmp_path / "c.sources.yaml"), 1)
                   for line in cli.stderr.splitlines()]
    assert cli.exit_code == 2 and len(said_by_cli) == 1
    (tmp_path / "c.sources.yaml").write_text(JOBS_SIDECAR, encoding="utf-8")  # the disk is fine; the buffer is not
    parsed = ParsedSidecars()
    parsed.open_buffer(str(tmp_path / "c.sources.yaml"), text)
    findings, errors = check_buffer(str(tmp_path / "c.md"), JOBS, Settings(), parsed)
    assert findings == [] and ["factlint: error: " + e for e in errors] == said_by_cli
    parsed.close_buffer(str(tmp_path / "c.sources.yaml"))
    findings, errors = check_buffer(str(tmp_path / "c.md"), JOBS, Settings(), parsed)
    assert [f.rule for f in findings] == ["figure-mismatch"] and errors == []
