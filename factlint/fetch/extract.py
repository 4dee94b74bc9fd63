"""The main text of a fetched page: trafilatura for HTML (it keeps tables), pypdf for PDF, plain text as is.

Other content types are refused with the reason. The extractor's name and version are
recorded with the text, because another version may extract another text.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from importlib.metadata import version

from factlint.fetch.client import FetchError

MAX_PDF_PAGES = 2000
_HTML_TYPES = {"text/html", "application/xhtml+xml"}
_TEXT_TYPES = {"text/plain", "text/markdown", "text/csv"}
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


@dataclass(frozen=True)
class Extracted:
    """A page's main text and how it was read."""

    text: str
    extractor: str  # "trafilatura 2.3.1", "pypdf 5.1.0", "plain"


def media_type(content_type: str, body: bytes) -> str:
    """The type a page is: from its Content-Type, or sniffed from its first bytes when it has none."""
    declared = content_type.split(";", 1)[0].strip().lower()
    if declared and declared != "application/octet-stream":
        return declared
    head = body[:512].lstrip().lower()
    if head.startswith(b"%pdf-"):
        return "application/pdf"
    if head.startswith((b"<!doctype html", b"<html")):
        return "text/html"
    return declared or "unknown"


def main_text(content_type: str, body: bytes) -> Extracted:
    """The text a claim is checked against; FetchError when the page has none factlint can read."""
    kind = media_type(content_type, body)
    if kind in _HTML_TYPES:
        found = _html(body)
    elif kind == "application/pdf":
        found = _pdf(body)
    elif kind in _TEXT_TYPES:
        found = Extracted(body.decode(_charset(content_type), "replace"), "plain")
    else:
        raise FetchError(f"not a page of text (content type {kind[:80]})")
    # stored as check will read it back (factlint/read/textfile.decode): no BOM, \n line ends only
    text = _CONTROL.sub(" ", found.text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")).strip()
    if not text:
        raise FetchError("the page has no text to check against")
    return Extracted(text + "\n", found.extractor)


def _charset(content_type: str) -> str:
    match = re.search(r"charset=[\"']?([\w.:-]+)", content_type, re.I)
    name = match.group(1) if match else "utf-8"
    try:
        "".encode(name)
    except LookupError:
        return "utf-8"
    return name


def _html(body: bytes) -> Extracted:
    import trafilatura

    text = trafilatura.extract(body, include_tables=True, include_comments=False, include_images=False,
                               output_format="txt", deduplicate=False)
    if not text:
        raise FetchError("no main text found in the page")
    return Extracted(_paragraphs(text), f"trafilatura {version('trafilatura')}")


def _paragraphs(text: str) -> str:
    """trafilatura's lines (a heading, a paragraph, a table row each) as blank-line separated blocks,
    a table's rows kept together: a heading without a full stop must not run into the next sentence."""
    blocks: list[list[str]] = []
    for line in text.split("\n"):
        row = line.lstrip().startswith("|")
        if blocks and row and blocks[-1][0].lstrip().startswith("|"):
            blocks[-1].append(line)
        elif line.strip():
            blocks.append([line])
    return "\n\n".join("\n".join(block) for block in blocks)


def _pdf(body: bytes) -> Extracted:
    import pypdf

    try:
        reader = pypdf.PdfReader(io.BytesIO(body))
        if reader.is_encrypted and not reader.decrypt(""):
            raise FetchError("the PDF is encrypted")
        pages = [page.extract_text() or "" for page in reader.pages[:MAX_PDF_PAGES]]
    except FetchError:
        raise
    except Exception as exc:  # noqa: BLE001 - pypdf raises many kinds on a broken file; each is one reason
        raise FetchError(f"cannot read the PDF ({type(exc).__name__})") from None
    return Extracted("\n\n".join(pages), f"pypdf {version('pypdf')}")
