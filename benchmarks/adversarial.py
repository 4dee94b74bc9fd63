"""Does work grow linearly on adversarial input? Time whole commands at three sizes and print the ratios.

    python benchmarks/adversarial.py            # 10 KB, 100 KB, 1 MB
    python benchmarks/adversarial.py --quick    # 10 KB and 100 KB only

Each case is an input that once was, or could be, super-linear: runs of numbers, digits of
other scripts, brackets, long words, many claims against one long source, a sidecar with
many entries, and folders of many files and many sidecars. Times are wall-clock seconds of
`factlint check` less the start-up (an empty article); a ratio near 10 per step is linear,
near 100 is quadratic.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

FACTLINT = [sys.executable, "-m", "factlint", "check", "-q", "--isolated"]


def _repeat(unit: str, size: int) -> str:
    """About `size` bytes of `unit` over and over, in lines of about 2 KB (one paragraph each 10)."""
    line = unit * max(2000 // len(unit.encode()), 1)
    lines = [line] * max(size // len(line.encode()), 1)
    return "".join(f"{text}\n\n" if n % 10 == 9 else f"{text}\n" for n, text in enumerate(lines))


def article_case(unit: str):
    def build(folder: Path, size: int) -> list[str]:
        (folder / "a.md").write_text(_repeat(unit, size), encoding="utf-8")
        return ["a.md"]
    return build


def one_claim(folder: Path, size: int) -> list[str]:
    (folder / "a.md").write_text("Some 5% fly.\n")  # start-up, spaCy included
    return ["a.md"]


def claims_against_one_source(folder: Path, size: int) -> list[str]:
    n = size // 60
    (folder / "a.md").write_text("".join(f"Sales rose {i % 97}.{i % 10}% in region {i} [1]. " for i in range(n)))
    (folder / "s.txt").write_text("".join(f"Costs fell {i % 89}.{i % 7}% in area {i}. " for i in range(n)))
    (folder / "a.sources.yaml").write_text("sources:\n  1: {file: s.txt}\n")
    return ["a.md"]


def many_sidecar_entries(folder: Path, size: int) -> list[str]:
    n = size // 50
    (folder / "a.md").write_text("Sales rose 5% [1].\n")
    (folder / "a.sources.yaml").write_text("sources:\n" + "".join(f"  {i}: Sales rose {i % 50}% here.\n"
                                                                   for i in range(1, n)))
    return ["a.md"]


def many_files(folder: Path, size: int) -> list[str]:
    for i in range(size // 100):  # 100, 1,000, 10,000 files
        (folder / f"f{i}.md").write_text("")
    return ["."]


def many_articles_with_sidecars(folder: Path, size: int) -> list[str]:
    for i in range(size // 1000):  # 10, 100, 1,000 articles, each with a sidecar
        (folder / f"a{i}.md").write_text(f"Sales rose {i}% [1].\n")
        (folder / f"a{i}.sources.yaml").write_text(f"sources:\n  1: Sales rose {i}%.\n")
    return ["."]


CASES = {
    "runs of '123 '": article_case("123 "),
    "Arabic-Indic digits": article_case("١٢٣ "),
    "brackets": article_case("["),
    "hyphenated capitals after 'In'": article_case("In A-"),
    "table titles without brackets": article_case("| 2021 (%) | Change "),
    "times in parts": article_case("12' 1 h "),
    "a word without spaces": article_case("x"),
    "figures and citations": article_case("Some 5% [1]. "),
    "claims x figures in one source": claims_against_one_source,
    "sidecar with many entries": many_sidecar_entries,
    "folder of empty files": many_files,
    "articles with sidecars": many_articles_with_sidecars,
}


def timed(build, size: int, timeout: float) -> float:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        paths = build(folder, size)
        start = time.perf_counter()
        try:
            subprocess.run(FACTLINT + paths, cwd=folder, capture_output=True, timeout=timeout)
        except subprocess.TimeoutExpired:
            return float("inf")
        return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="10 KB and 100 KB only")
    parser.add_argument("--timeout", type=float, default=120, help="seconds before a case is cut off")
    args = parser.parse_args()
    sizes = [10_000, 100_000] if args.quick else [10_000, 100_000, 1_000_000]
    start_up = min(timed(one_claim, 0, args.timeout) for _ in range(3))
    print(f"start-up {start_up:.2f} s; times below are less the start-up")
    print(f"{'case':<32}" + "".join(f"{s // 1000:>9} KB" for s in sizes) + "   ratios")
    for name, build in CASES.items():
        times = []
        for size in sizes:  # a size cut off by the timeout ends the case: the next would be longer still
            times.append(max(timed(build, size, args.timeout) - start_up, 0.01))
            if times[-1] == float("inf"):
                break
        ratios = " ".join(f"x{b / a:.1f}" for a, b in zip(times, times[1:]))
        cells = "".join(f"{t:>10.2f}s" if t != float("inf") else f"{'>' + str(int(args.timeout)):>10}s" for t in times)
        print(f"{name:<32}{cells:<{11 * len(sizes)}}   {ratios}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
