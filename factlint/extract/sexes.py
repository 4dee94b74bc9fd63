"""Whether a figure is about men or about women: 'the rate for men (10.5 percent) … for women (9.5 percent)'.

"Women's rate was 10.0%" is not supported by a source's overall "10.0 percent" when the source gives
women's own rate beside it. The group is read as a tag, like an age group (ages.py), so that
`periods.clash` keeps a men's figure from supporting a women's claim, and matching can look for the
claim's own group's value. A clause that names both ('men and women', 'both sexes') names neither.
"""

from __future__ import annotations

import re

_MEN = re.compile(r"\b(?:men|man|male|males|boys|hommes|männer|mannen|hombres|uomini|homens|mężczyźni|maschi)\b"
                  r"(?:['’]s?)?", re.I)
_WOMEN = re.compile(r"\b(?:women|woman|female|females|girls|femmes|frauen|vrouwen|mujeres|donne|mulheres|kobiety"
                    r"|femmine)\b(?:['’]s?)?", re.I)
# the group right after a figure is its own: '9.5% of women', '10.5 percent for men'
_OWN = re.compile(r"\s*(?:percent|per cent|%)?\s*(?:of|for|among|pour les|bei|para las|para los|per le|per gli)\s+"
                  r"(?:all\s+)?(?=\w)", re.I)


def sex_of(left: str, right: str, after_a_figure: bool = False) -> frozenset[str]:
    """The sex a figure is about, as a tag ('xmen', 'xwomen'): the group named right after it, else its clause's.
    Words that open the stretch `after_a_figure` with a group are that figure's ('6.9% among girls and from
    2.1%'), not this one's."""
    if _OWN.match(right):
        own = _named(right[:60])
        if own:
            return own
    if after_a_figure and _TRAILING.match(left):
        return frozenset()
    return _named(left)


_TRAILING = re.compile(r"\s*(?:%|percent|per cent)?\s*(?:\)\s*)?(?:in|among|for|of)\s+(?:all\s+)?(?:"
                       + _MEN.pattern + "|" + _WOMEN.pattern + ")", re.I)


def _named(text: str) -> frozenset[str]:
    men, women = bool(_MEN.search(text)), bool(_WOMEN.search(text))
    if men == women:
        return frozenset()
    return frozenset({"xmen" if men else "xwomen"})


def sex_tags(tags: frozenset[str]) -> frozenset[str]:
    """The sex tags among a figure's period and scope tags."""
    return frozenset(t for t in tags if t[0] == "x")
