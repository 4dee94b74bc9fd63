"""Per-rule precision and recall of factlint over the fixture folders.

    python benchmarks/evaluate.py [FIXTURES_DIR] [-v]

Each fixture folder holds an article, its sources and expected.yaml. Findings of severity
warning or error are matched to the expectations by rule, file and line (and figure).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from factlint.evaluation import Score, lint_folder, read_expected, score_case, table


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("fixtures", nargs="?", default=str(Path(__file__).resolve().parent.parent / "fixtures"))
    parser.add_argument("-v", "--verbose", action="store_true", help="list every miss and false alarm")
    args = parser.parse_args()
    total = Score()
    cases = sorted(p for p in Path(args.fixtures).iterdir() if (p / "expected.yaml").is_file())
    for case in cases:
        total.add(score_case(case.name, lint_folder(case), read_expected(case)))
    if args.verbose:
        for name, want in total.missed:
            print(f"MISS  {name}: {want}")
        for name, f in total.unexpected:
            print(f"EXTRA {name}: {f.rule} {f.path}:{f.line} {f.figure or ''} — {f.message}")
    print(f"{len(cases)} cases\n")
    print(table(total))
    return 0


if __name__ == "__main__":
    sys.exit(main())
