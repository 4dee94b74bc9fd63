"""How findings name several citations or figures in English: '[1] and [2] say', '[1] or [2]'.

Every message template and fix message that names a list takes its words from here, so
'[1], [2] says it fell' cannot come back in one rule while being fixed in another.
"""

from __future__ import annotations


def listing(items, conjunction: str = "and") -> str:
    """'a', 'a and b', 'a, b and c' (or with 'or')."""
    items = list(items)
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} {conjunction} {items[-1]}"


def bracketed(ids, conjunction: str = "and") -> str:
    """Source ids as the article cites them: '[1]', '[1] and [2]'."""
    return listing((f"[{i}]" for i in ids), conjunction)


def cited_fields(ids) -> dict[str, str]:
    """The template fields for the cited sources: {ids} '[1] and [2]', {ids_or} '[1] or [2]',
    and the words that agree with them: {says} says/say, {has} has/have, {sources} source/sources."""
    ids = list(ids)
    many = len(ids) > 1
    return {"ids": bracketed(ids), "ids_or": bracketed(ids, "or"), "says": "say" if many else "says",
            "has": "have" if many else "has", "sources": "sources" if many else "source"}


def suggested_fields(ids) -> dict[str, str]:
    """The template fields for the sources that hold a misattributed figure: {suggestion} '[3] and [4]',
    {suggestion_them} 'that source' or 'those sources'."""
    ids = list(ids)
    return {"suggestion": bracketed(ids), "suggestion_them": "those sources" if len(ids) > 1 else "that source"}
