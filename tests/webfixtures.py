"""A small web on 127.0.0.1 for the fetch tests and benchmarks/fetch_comparison.py.

`Server` serves a table of routes (path -> status, content type, body; a 3xx body is its
Location; a list of those is answered in turn) and can be stopped and started again on the same port. `url_only_copy` turns a
fixture whose sidecar quotes its sources into one that only links them, with each source's
excerpts served as a news page among menus and footers.
"""

from __future__ import annotations

import html
import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import yaml

SLOW_PATH, SLOW_SECONDS = "/slow", 1.5
STREAMED = "/huge.html"  # sent without a Content-Length, as a stream
MENU = "<nav><ul><li><a href='/'>Home</a></li><li><a href='/m'>Markets: exports up 4.1% today</a></li>" \
       "<li><a href='/w'>Weather</a></li></ul></nav>"
FOOTER = "<footer><p>Copyright 2024 Example News. 4.1% of readers clicked here.</p>" \
         "<p><a href='/privacy'>Privacy</a> <a href='/terms'>Terms</a></p></footer>"


def html_page(title: str, paragraphs: list[str]) -> bytes:
    """A news page: a menu, a sidebar and a footer around an article of these paragraphs (plain text)."""
    body = "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    return (f"<!doctype html><html><head><title>{html.escape(title)}</title></head><body>{MENU}"
            f"<main><article><h1>{html.escape(title)}</h1>{body}</article></main>"
            f"<aside><h3>Most read</h3><ul><li><a href='/x'>Ten things to know</a></li></ul></aside>"
            f"{FOOTER}</body></html>").encode()


def tiny_pdf(lines: list[str]) -> bytes:
    """A one-page PDF whose text is `lines` in Helvetica, with a correct cross-reference table."""
    content = "BT /F1 12 Tf 72 720 Td 14 TL " + " ".join(f"({line}) '" for line in lines) + " ET"
    objects = ["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> "
               "/Contents 5 0 R >>",
               "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
               f"<< /Length {len(content)} >>\nstream\n{content}\nendstream"]
    out, offsets = "%PDF-1.4\n", []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n{body}\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n" + "".join(f"{o:010d} 00000 n \n" for o in offsets)
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"
    return out.encode("latin-1")


def _handler(routes: dict, requests: list):
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 - the standard library's name
            requests.append((self.path, time.monotonic()))
            if self.path == SLOW_PATH:
                time.sleep(SLOW_SECONDS)
            found = routes.get(self.path, (404, "text/plain", b"not found"))
            if isinstance(found, list):  # answers in turn, the last one for good
                found = found.pop(0) if len(found) > 1 else found[0]
            status, kind, body = found
            try:
                self.send_response(status)
                self.send_header("Content-Type", kind)
                if 300 <= status < 400:
                    self.send_header("Location", body.decode())
                    body = b""
                if status == 503:
                    self.send_header("Retry-After", "0")
                if self.path != STREAMED:
                    self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client stopped reading, as it should past the size limit

        def log_message(self, *args):
            pass
    return Handler


class Server:
    """A web server on 127.0.0.1 serving `routes` (a dict a test may change), stoppable and restartable;
    `requests` lists each path asked for, with when (time.monotonic)."""

    def __init__(self, routes: dict):
        self.routes, self.port, self.httpd, self.requests = routes, 0, None, []

    def start(self) -> "Server":
        self.httpd = ThreadingHTTPServer(("127.0.0.1", self.port), _handler(self.routes, self.requests))
        self.httpd.daemon_threads = True
        self.port = self.httpd.server_address[1]
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()
        return self

    def stop(self) -> None:
        if self.httpd is not None:
            self.httpd.shutdown()
            self.httpd.server_close()
            self.httpd = None

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"


def _sidecar(folder: Path) -> Path | None:
    found = [p for p in folder.iterdir() if p.name.endswith((".sources.yaml", ".sources.yml", ".sources.json"))]
    return found[0] if len(found) == 1 else None


def quoted_sources(folder: Path) -> dict | None:
    """A fixture's sidecar table when every source is quoted inline (no `file:`); else None."""
    sidecar = _sidecar(folder)
    if sidecar is None:
        return None
    text = sidecar.read_text(encoding="utf-8")
    data = json.loads(text) if sidecar.suffix == ".json" else yaml.safe_load(text)
    sources = (data or {}).get("sources") if isinstance(data, dict) else None
    if not isinstance(sources, dict) or any(not isinstance(s, dict) or "file" in s for s in sources.values()):
        return None
    return sources


def url_only_copy(folder: Path, out: Path, server: Server) -> dict[str, str]:
    """Copy a fixture with its sidecar's excerpts moved onto pages of `server`; their routes are added.

    Returns {source id: page URL}. A source with no excerpt links a page that is not there; where the
    article itself gives a source's URL too, it is changed the same way (else the two would disagree)."""
    sources = quoted_sources(folder)
    sidecar = _sidecar(folder)
    out.mkdir(parents=True, exist_ok=True)
    for path in folder.iterdir():
        if path.is_file() and path != sidecar:
            (out / path.name).write_bytes(path.read_bytes())
    linked, urls = {}, {}
    for key, source in sources.items():
        excerpts = source.get("excerpts") or ([source["excerpt"]] if source.get("excerpt") else [])
        page = f"/{folder.name}/{key}.html"
        if excerpts:
            self_title = str(source.get("title") or f"Source {key}")
            server.routes[page] = (200, "text/html; charset=utf-8", html_page(self_title, [str(e) for e in excerpts]))
        urls[str(key)] = server.url(page)
        linked[key] = {k: v for k, v in source.items() if k not in ("excerpt", "excerpts", "url")}
        linked[key]["url"] = urls[str(key)]
    for key, source in sources.items():
        if source.get("url"):
            for path in out.iterdir():
                if path.suffix in (".md", ".markdown", ".txt"):
                    text = path.read_text(encoding="utf-8")
                    path.write_text(text.replace(str(source["url"]), urls[str(key)]), encoding="utf-8")
    name = sidecar.name.rsplit(".", 1)[0] + ".yaml"
    (out / name).write_text(yaml.safe_dump({"sources": linked}, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return urls
