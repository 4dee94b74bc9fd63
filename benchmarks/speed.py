"""Time factlint the way users run it: whole commands, best of several runs.

    python benchmarks/speed.py

Prints wall-clock seconds for start-up, the fixture folder, a large article, and one claim
checked against a short excerpt and against a 50 KB source (indexing keeps those close).
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FACTLINT = [sys.executable, "-m", "factlint"]
SENTENCE = "In {year}, exports rose {pct}% to about ${bn} billion, while imports fell {down}% [1]. "


def best_of(args: list[str], cwd: Path, runs: int = 3) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(FACTLINT + args, cwd=cwd, capture_output=True)
        times.append(time.perf_counter() - start)
    return min(times)


def synthetic(folder: Path) -> None:
    rows = [SENTENCE.format(year=1900 + i % 120, pct=i % 50 + 0.1, bn=100 + i, down=i % 9 + 0.5) for i in range(6000)]
    (folder / "big.md").write_text("\n\n".join("".join(rows[i:i + 5]) for i in range(0, len(rows), 5)))
    (folder / "big.sources.yaml").write_text("sources:\n  1:\n    excerpt: Exports rose 14.1% to $359 billion.\n")
    claim = "Exports rose 14.1% to about $359 billion in April [1].\n"
    (folder / "short.md").write_text(claim)
    (folder / "short.sources.yaml").write_text("sources:\n  1:\n    excerpt: Exports rose 14.1% to $359.4 billion.\n")
    (folder / "long.md").write_text(claim)
    filler = " ".join(SENTENCE.format(year=2000 + i % 20, pct=i % 40 + 0.3, bn=200 + i, down=1.5).replace(" [1]", "")
                      for i in range(600))
    (folder / "long.txt.src").write_text(filler[:50_000] + " Exports rose 14.1% to $359.4 billion.")
    (folder / "long.sources.yaml").write_text("sources:\n  1:\n    file: long.txt.src\n")


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        synthetic(folder)
        size = (folder / "big.md").stat().st_size
        rows = [
            ("factlint --version (start-up)", best_of(["--version"], ROOT)),
            ("factlint rules (no spaCy import)", best_of(["rules"], ROOT)),
            (f"check fixtures/ ({len(list((ROOT / 'fixtures').iterdir()))} entries)",
             best_of(["check", "fixtures", "-q"], ROOT)),
            (f"check one {size // 1024} KB article", best_of(["check", "big.md", "-q"], folder)),
            ("check one claim, 40-byte excerpt", best_of(["check", "short.md", "-q"], folder)),
            ("check one claim, 50 KB source", best_of(["check", "long.md", "-q"], folder)),
        ]
    for name, seconds in rows:
        print(f"{seconds:7.2f} s  {name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
