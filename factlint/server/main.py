"""The language server: pygls handlers that check buffers as they change and offer the fixes.

One process keeps spaCy loaded, so a re-check costs only the lint itself. A change is
checked after a short pause (DEBOUNCE); a newer change cancels the pending check, and a
result is published only if the buffer is still at the version it was made from.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field

from lsprotocol import types
from pygls.lsp.server import LanguageServer
from pygls.uris import to_fs_path

from factlint import __version__
from factlint.lint.findings import Finding
from factlint.read.settings import Settings
from factlint.server import translate
from factlint.server.buffers import (ParsedSidecars, article_for_sidecar, check_buffer, is_article, is_sidecar,
                                     sidecar_errors, sidecar_of)

DEBOUNCE = 0.15  # seconds: about one pause between keystrokes; initializationOptions {"debounce": s} changes it


@dataclass
class State:
    """What the server knows: settings, pending checks and the findings last published per file."""

    debounce: float = DEBOUNCE
    overrides: dict = field(default_factory=dict)
    settings: Settings = field(default_factory=Settings)
    sidecars: ParsedSidecars = field(default_factory=ParsedSidecars)  # parsed once while unchanged; open sidecar buffers
    pending: dict[str, asyncio.Task] = field(default_factory=dict)
    findings: dict[str, list[Finding]] = field(default_factory=dict)  # by document URI
    sidecar_uris: dict[str, set[str]] = field(default_factory=dict)  # article URI -> sidecar URIs it published to


server = LanguageServer("factlint", __version__, text_document_sync_kind=types.TextDocumentSyncKind.Incremental)
state = State()


def _uri_of(path: str) -> str:
    from pygls.uris import from_fs_path

    return from_fs_path(path)


def publish(ls: LanguageServer, uri: str) -> None:
    """Check one open article now and publish its diagnostics (and its sidecar's, with the errors
    that name the sidecar); an open sidecar: check the open articles that use it."""
    document = ls.workspace.get_text_document(uri)
    if document.path and is_sidecar(document.path):
        for article in _articles_using(document.path):
            publish(ls, article)
        return
    if not document.path or not is_article(document.path):
        return
    version = document.version
    sidecar_version = _overlay_sidecar(ls, document.path)
    findings, errors = check_buffer(document.path, document.source, state.settings, state.sidecars)
    for error in errors:
        ls.window_log_message(types.LogMessageParams(types.MessageType.Warning, f"factlint: {error}"))
    current = ls.workspace.get_text_document(uri)
    if current.version != version:
        return  # a newer change is on its way: this result is stale
    by_path: dict[str, list[Finding]] = {}
    for finding in findings:
        by_path.setdefault(finding.path, []).append(finding)
    state.findings[uri] = by_path.pop(document.path, [])
    _send(ls, uri, state.findings[uri], version)
    sidecars = {_uri_of(path): found for path, found in by_path.items()}
    broken = {_uri_of(path): found for path, found in sidecar_errors(document.path, errors).items()}
    for stale in state.sidecar_uris.get(uri, set()) - set(sidecars) - set(broken):
        _send(ls, stale, [], None)
    for sidecar_uri in set(sidecars) | set(broken):
        state.findings[sidecar_uri] = sidecars.get(sidecar_uri, [])
        _send(ls, sidecar_uri, state.findings[sidecar_uri], sidecar_version.get(sidecar_uri),
              broken.get(sidecar_uri, []))
    state.sidecar_uris[uri] = set(sidecars) | set(broken)


def _overlay_sidecar(ls: LanguageServer, article: str) -> dict[str, int]:
    """Put the buffer of the article's sidecar, if it is open, over its file; {its URI: version}."""
    path = sidecar_of(article)
    uri = _uri_of(path) if path else None
    if uri is None or uri not in ls.workspace.text_documents:
        return {}
    document = ls.workspace.get_text_document(uri)
    state.sidecars.open_buffer(path, document.source)
    return {uri: document.version}


def _send(ls: LanguageServer, uri: str, findings: list[Finding], version: int | None,
          errors: list[tuple[int, str]] | tuple = ()) -> None:
    document = ls.workspace.get_text_document(uri)
    lines = document.lines
    codec = ls.workspace.position_codec
    diagnostics = [translate.error_diagnostic(line, error, codec, lines) for line, error in errors]
    diagnostics += [translate.diagnostic(f, codec, lines) for f in findings]
    ls.text_document_publish_diagnostics(types.PublishDiagnosticsParams(uri, diagnostics, version))


def schedule(ls: LanguageServer, uri: str, delay: float) -> None:
    """Check `uri` after `delay` seconds, cancelling a check of it still waiting."""
    waiting = state.pending.pop(uri, None)
    if waiting is not None:
        waiting.cancel()

    async def later() -> None:
        await asyncio.sleep(delay)
        state.pending.pop(uri, None)
        publish(ls, uri)

    state.pending[uri] = asyncio.get_running_loop().create_task(later())


def _articles_using(path: str) -> list[str]:
    """The open articles whose sidecar is `path`."""
    article = article_for_sidecar(path)
    if article is None:
        return []
    uri = _uri_of(article)
    return [uri] if uri in server.workspace.text_documents else []


@server.feature(types.INITIALIZE)
def initialize(ls: LanguageServer, params: types.InitializeParams) -> None:
    """Read the client's initializationOptions: {"debounce": seconds, "factlint": {settings}}."""
    options = params.initialization_options if isinstance(params.initialization_options, dict) else {}
    debounce = options.get("debounce")
    if isinstance(debounce, (int, float)) and not isinstance(debounce, bool) and 0 <= debounce <= 10:
        state.debounce = float(debounce)
    if isinstance(options.get("factlint"), dict):
        _configure(options["factlint"])


@server.feature(types.TEXT_DOCUMENT_DID_OPEN)
def did_open(ls: LanguageServer, params: types.DidOpenTextDocumentParams) -> None:
    """Check a document as soon as it is opened; an opened sidecar's buffer re-checks its open article."""
    publish(ls, params.text_document.uri)


@server.feature(types.TEXT_DOCUMENT_DID_CHANGE)
async def did_change(ls: LanguageServer, params: types.DidChangeTextDocumentParams) -> None:
    """Check the buffer once typing pauses; a sidecar's buffer re-checks the open article that uses it."""
    schedule(ls, params.text_document.uri, state.debounce)


@server.feature(types.TEXT_DOCUMENT_DID_SAVE)
def did_save(ls: LanguageServer, params: types.DidSaveTextDocumentParams) -> None:
    """Check on save; a saved sidecar or settings file re-checks the articles that use it."""
    document = ls.workspace.get_text_document(params.text_document.uri)
    state.settings = Settings(overrides=state.overrides, overrides_from="editor settings")  # a settings file may have changed on disk
    if document.path and is_article(document.path):
        publish(ls, document.uri)
        return
    for uri in _articles_using(document.path or "") or list(state.findings):
        if uri in ls.workspace.text_documents:
            publish(ls, uri)


@server.feature(types.WORKSPACE_DID_CHANGE_WATCHED_FILES)
def did_change_watched(ls: LanguageServer, params: types.DidChangeWatchedFilesParams) -> None:
    """A sidecar or source changed on disk: check the open articles again."""
    state.settings = Settings(overrides=state.overrides, overrides_from="editor settings")
    for uri in _open_articles(ls):
        schedule(ls, uri, 0)


def _open_articles(ls: LanguageServer) -> list[str]:
    return [uri for uri, document in list(ls.workspace.text_documents.items())
            if document.path and is_article(document.path)]


@server.feature(types.TEXT_DOCUMENT_DID_CLOSE)
def did_close(ls: LanguageServer, params: types.DidCloseTextDocumentParams) -> None:
    """Forget a closed article: clear its diagnostics, and its sidecar's unless another open article
    publishes to that sidecar. A closed sidecar keeps the diagnostics its open article gives it, now
    from the file on disk: its unsaved text no longer counts, and the article is checked again."""
    uri = params.text_document.uri
    path = to_fs_path(uri)
    waiting = state.pending.pop(uri, None)
    if waiting is not None:
        waiting.cancel()
    published = {uri} | state.sidecar_uris.pop(uri, set())
    still_used = set().union(*state.sidecar_uris.values())
    for gone in published - still_used:
        state.findings.pop(gone, None)
        ls.text_document_publish_diagnostics(types.PublishDiagnosticsParams(gone, []))
    if path and is_sidecar(path):
        state.sidecars.close_buffer(path)
        for article in _articles_using(path):
            schedule(ls, article, 0)


@server.feature(types.WORKSPACE_DID_CHANGE_CONFIGURATION)
def did_change_configuration(ls: LanguageServer, params: types.DidChangeConfigurationParams) -> None:
    """Settings from the editor (`{"factlint": {"select": [...], "ignore": [...]}}`) override the files'."""
    given = params.settings.get("factlint", params.settings) if isinstance(params.settings, dict) else {}
    _configure(given if isinstance(given, dict) else {})
    for uri in _open_articles(ls):
        schedule(ls, uri, 0)


def _configure(given: dict) -> None:
    """Editor settings over the settings files: the options `check` takes on its command line."""
    allowed = ("select", "ignore", "extend-select", "fail-on", "citation-scope")
    state.overrides = {k: v for k, v in given.items() if k in allowed}
    state.settings = Settings(overrides=state.overrides, overrides_from="editor settings")


def _at(uri: str, position: types.Position, ls: LanguageServer) -> list[tuple[Finding, types.Diagnostic]]:
    document = ls.workspace.get_text_document(uri)
    codec, lines = ls.workspace.position_codec, document.lines
    pairs = [(f, translate.diagnostic(f, codec, lines)) for f in state.findings.get(uri, [])]
    return [(f, d) for f, d in pairs if _contains(d.range, position)]


def _contains(found: types.Range, position: types.Position) -> bool:
    start, end = (found.start.line, found.start.character), (found.end.line, found.end.character)
    return start <= (position.line, position.character) <= end


@server.feature(types.TEXT_DOCUMENT_HOVER)
def hover(ls: LanguageServer, params: types.HoverParams) -> types.Hover | None:
    """On a flagged figure: the finding and what the cited source says."""
    for finding, _ in _at(params.text_document.uri, params.position, ls):
        if finding.evidence:
            document = ls.workspace.get_text_document(params.text_document.uri)
            return translate.hover(finding, ls.workspace.position_codec, document.lines)
    return None


@server.feature(types.TEXT_DOCUMENT_CODE_ACTION,
                types.CodeActionOptions(code_action_kinds=[types.CodeActionKind.QuickFix]))
def code_action(ls: LanguageServer, params: types.CodeActionParams) -> list[types.CodeAction]:
    """The fixes of the findings in the range, then "disable this rule on this line / in this file"."""
    uri = params.text_document.uri
    document = ls.workspace.get_text_document(uri)
    codec, lines = ls.workspace.position_codec, document.lines
    fixes, disables = [], []
    for finding, diag in _at(uri, params.range.start, ls):
        fixes.extend(translate.fix_actions(uri, finding, diag, codec, lines))
        if document.path and document.path.lower().endswith((".md", ".markdown")):
            disables.extend(translate.disable_actions(uri, finding, diag, codec, lines))
    return fixes + disables


def serve() -> None:
    """Run the server over standard input and output until the client says exit."""
    server.start_io()
