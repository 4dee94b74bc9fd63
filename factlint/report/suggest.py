"""'Did you mean …?': the closest known name to a misspelt one, for error messages and findings."""

from __future__ import annotations

import difflib


def closest(word: str, known) -> str | None:
    """The known name most like `word` (case ignored), or None when none is close."""
    by_lower = {str(name).lower(): str(name) for name in known}
    found = difflib.get_close_matches(str(word).strip().lower(), list(by_lower), n=1, cutoff=0.6)
    return by_lower[found[0]] if found else None


def did_you_mean(word: str, known) -> str:
    """' (did you mean excerpt?)' when a known name is close to `word`, else ''."""
    found = closest(word, known)
    return f" (did you mean {found}?)" if found else ""
