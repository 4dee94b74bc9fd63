"""Text from the input, made safe to print: control characters are shown as escapes, never obeyed.

Articles, sources, suppression comments and file names come from whoever wrote them; an
escape sequence among them could recolour a terminal, hide a line or plant an OSC 8 link in
a CI log. Every human-readable format and every error line goes through `escape`; JSON
formats go through `json_safe`, which keeps the document exact JSON.
"""

from __future__ import annotations

import re
import reprlib

# C0 controls but tab, DEL and C1 controls (ESC, CSI, OSC…), line and paragraph separators,
# and the bidirectional overrides and isolates of "Trojan Source" (CVE-2021-42574)
_UNSAFE = re.compile("[\x00-\x08\x0a-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufffe\uffff]")
_UNSAFE_IN_JSON = re.compile("[\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")  # json.dumps escapes C0
_SHORT = reprlib.Repr()
_SHORT.maxstring, _SHORT.maxother, _SHORT.maxlist, _SHORT.maxdict, _SHORT.maxlevel = 60, 60, 4, 4, 2


def _code(char: str) -> str:
    number = ord(char)
    return {"\n": "\\n", "\r": "\\r"}.get(char) or (f"\\x{number:02x}" if number < 0x100 else f"\\u{number:04x}")


def escape(text: str) -> str:
    """`text` with every control character and escape sequence written out (`\\x1b`, `\\n`, `\\u202e`)."""
    return _UNSAFE.sub(lambda match: _code(match.group()), text)


def json_safe(document: str) -> str:
    """A JSON document with C1 controls, line separators and bidi overrides as \\u escapes.

    Those characters can only stand inside JSON strings, where `\\uXXXX` means the same
    character, so the document parses to exactly the same value.
    """
    return _UNSAFE_IN_JSON.sub(lambda match: f"\\u{ord(match.group()):04x}", document)


def brief(value: object) -> str:
    """A value from the input as an error message may echo it: short, quoted and escaped."""
    if isinstance(value, int) and not isinstance(value, bool) and value.bit_length() > 200:
        return f"a number of about {int(value.bit_length() * 0.30103)} digits"
    return escape(_SHORT.repr(value))
