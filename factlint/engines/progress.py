"""Progress on a terminal: articles done of the total and the rate, on one line of standard error."""

from __future__ import annotations

import sys
import time


class Progress:
    """Counts finished articles; draws only when standard error is a terminal, and clears itself at the end."""

    def __init__(self, total: int, stream=None) -> None:
        self.total, self.done = total, 0
        self.stream = stream if stream is not None else sys.stderr
        self.shown = self.stream.isatty()
        self.start = time.monotonic()
        self.width = 0

    def advance(self, articles: int) -> None:
        """Count `articles` more as finished and redraw the line."""
        self.done += articles
        if not self.shown:
            return
        rate = self.done / max(time.monotonic() - self.start, 1e-6)
        line = f"factlint: {self.done}/{self.total} articles, {rate:.1f} articles/s"
        self.width = max(self.width, len(line))
        self.stream.write("\r" + line.ljust(self.width))
        self.stream.flush()

    def close(self) -> None:
        """Erase the progress line so the report and error lines start clean."""
        if self.shown and self.width:
            self.stream.write("\r" + " " * self.width + "\r")
            self.stream.flush()
