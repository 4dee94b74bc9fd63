"""Lengths of time written in parts: '6 minutes 17 seconds', '2 hours, 1 minute and 9 seconds', '83h 38' 56''', '+ 06' 17''.

Compact forms too: '3m 51s', '4h 42m', the French '4 h 42', a race time '2:01:09' and a gap '+0:17'.

One length of time is one figure: "finished 6 minutes 17 seconds behind" is 6.28 minutes, which a
results table gives as "+ 06' 17''". Read part by part it would be two figures, each found nowhere.
"""

from __future__ import annotations

import re

# 'and' as the sources' languages say it too: '3 ore e 44 minuti', '2 horas y 5 minutos', '1 Stunde und 4 Minuten'
_SEP = r"\s*(?:,\s*(?:and\s+)?|(?:and|e|y|et|und|en|i)\s+)?"
_HOURS = r"(?P<h>\d{1,3})\s*(?:h\b|hrs?\b|hours?\b|ore\b|horas?\b|heures?\b|stunden?\b|uur\b|godzin[ay]?\b)"
# 'm' for minutes only between hours and seconds: '4h 42m', '3m 51s' (alone it is metres or millions)
_MINUTES = r"(?P<m>\d{1,2})\s*(?:mins?\b|minutes?\b|minut[oi]s?\b|minuten\b|minut[ey]?\b|m\b|(?P<mp>['′’]))"
_SECONDS = r"(?P<s>\d{1,2}(?:\.\d{1,3})?)\s*(?:s\b|secs?\b|seconds?\b|segundos?\b|secondes?\b|secondi\b|sekunden\b|" \
           r"(?P<sp>''|″|\"|”))"
_WITH_HOURS = re.compile(rf"(?<![\d.,]){_HOURS}{_SEP}{_MINUTES}(?:{_SEP}{_SECONDS})?", re.I)
_MINUTES_SECONDS = re.compile(rf"(?<![\d.,]){_MINUTES}{_SEP}{_SECONDS}", re.I)
# 'en 4 h 42 de jeu', '4h42': hours and their minutes with no word for minutes; not a time of day ('à 20 h 30')
_HOURS_BARE_MINUTES = re.compile(r"(?<![\d.,:])(?<!\bà )(?<!\bat )(?<!\bum )(?<!alle )(?<!\bdès )(?P<h>\d{1,2}) ?h ?"
                                 r"(?P<m>[0-5]\d)(?![\d:]|[.,]\d|\s*(?:min|mn|m\b|'|′|’))", re.I)
# a race time in hours, minutes and seconds, the hours one digit with no leading zero ('2:01:09',
# '7:21:12.5'): a time of day or a timestamp writes '09:15:00'
# a results table's time gap in minutes and seconds: '+0:17', '+ 1:05'
_GAP_TIME = re.compile(r"(?<=\+)\s?(?P<m>\d{1,2}):(?P<s>[0-5]\d)(?![\d:]|[.,]\d)")
_RACE_TIME = re.compile(r"(?<![\d.,:])(?P<h>[1-9]):(?P<m>[0-5]\d):(?P<s>[0-5]\d(?:\.\d{1,3})?)(?![\d:]|[.,]\d)")


def durations(sentence: str) -> list[tuple[int, int, float, str, float]]:
    """(start, end, value, unit, resolution) of each length of time in parts, spans relative to the sentence.

    Primes are minutes and seconds only where nothing else fits: after hours, after a '+' (a time gap),
    or with seconds of 12 or more (no inch count is that high); "6' 2''" stays a height.
    """
    found, taken = [], []
    matches = [*_WITH_HOURS.finditer(sentence), *_RACE_TIME.finditer(sentence), *_HOURS_BARE_MINUTES.finditer(sentence),
               *_GAP_TIME.finditer(sentence), *_MINUTES_SECONDS.finditer(sentence)]
    for m in matches:
        if any(a < m.end() and m.start() < b for a, b in taken):
            continue  # the minutes and seconds of a time already read with its hours
        taken.append((m.start(), m.end()))
        parts = m.groupdict()
        said = parts.get("s")
        if (parts.get("mp") or parts.get("sp")) and not (parts.get("h") or sentence[:m.start()].rstrip().endswith("+")
                                                          or (said and float(said) >= 12)):
            continue
        if int(parts["m"]) >= 60 or (said and float(said) >= 60):
            continue
        hours, minutes, seconds = float(parts.get("h") or 0), float(parts["m"]), float(said or 0)
        places = len(said.partition(".")[2]) if said else 0
        if parts.get("h"):
            unit, value = "h", hours + minutes / 60 + seconds / 3600
            resolution = (10 ** -places) / 3600 if said else 1 / 60
        else:
            unit, value = "min", minutes + seconds / 60
            resolution = (10 ** -places) / 60
        found.append((m.start(), len(sentence[:m.end()].rstrip()), value, unit, resolution))
    return sorted(found)
