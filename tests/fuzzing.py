"""Build hostile and ordinary inputs (articles, sidecars, source texts) and check factlint's invariants on them.

Shared by the property test (tests/test_fuzz.py, through hypothesis, which shrinks a
failure to a small input) and the long fuzz run (benchmarks/fuzz.py, through `random`).
Both draw through a `Chooser`, so one generator serves both.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

from click.testing import CliRunner

from factlint.cli import main
from factlint.read.textfile import Refused, decode

FIGURE_RULES = {"uncited-claim", "figure-mismatch", "unsupported-figure", "misattributed-figure", "unit-mismatch",
                "direction-mismatch"}
SIDECAR_NAMES = ("a.sources.yaml", "a.sources.yml", "a.sources.json")


class Chooser:
    """What a generator may ask for: one of some options, a whole number, a yes or no."""

    def pick(self, options):
        raise NotImplementedError

    def number(self, low: int, high: int) -> int:
        raise NotImplementedError

    def chance(self, p: float) -> bool:
        return self.number(0, 999) < p * 1000


class RandomChooser(Chooser):
    """Draws from a random.Random."""

    def __init__(self, rng) -> None:
        self.rng = rng

    def pick(self, options):
        return options[self.rng.randrange(len(options))]

    def number(self, low: int, high: int) -> int:
        return self.rng.randint(low, high)


class HypothesisChooser(Chooser):
    """Draws through hypothesis, which can then shrink what it drew."""

    def __init__(self, draw) -> None:
        from hypothesis import strategies as st

        self.draw, self.st = draw, st

    def pick(self, options):
        return self.draw(self.st.sampled_from(options))

    def number(self, low: int, high: int) -> int:
        return self.draw(self.st.integers(low, high))


# ------------------------------------------------------------------ pieces of articles

FIGURES = ["14.1%", "$359 billion", "$359.4bn", "about 5%", "nearly half", "3 million", "two-thirds", "doubled",
           "3x", "40,000", "1.5 million tonnes", "€2.3bn", "¥1,200", "7.5 percentage points", "12 pp", "more than 70%",
           "$359 billion to $359.4 billion", "4–6%", "-0.9%", "+2.1%", "1e400%", "9" * 60, "٣٤٥", "१२३", "½",
           "2/3", "1,000,000,000,000,000,000,000", "0.000001%", "5", "seventy per cent", "a quarter", "twice"]
WORDS = ["Exports", "rose", "fell", "to", "in", "April", "imports", "the", "sales", "revenue", "about", "roughly",
         "from", "a year earlier", "and", "while", "costs", "jumped", "dropped", "by", "Café", "“quoted”", "—"]
CITES = ["[1]", "[2]", "[1, 2]", "[1-3]", "[3–1]", "[^a]", "[^1]", "[1][2]", "[1,,2]", "[12", "[\n1]", "[1,\n2]",
         "[x]", "[ ]", "[^", "[]", "[99999999999999999999]", "[1; 3]"]
ODD = ["\x01", "\x1b[31m", "\x1b]8;;http://x\x1b\\", "\u2028", "\u2029", "\x85", "\ufeff", "\u202e",
       "\r", "\r\n", "\t", "\x7f", "\x9b", "\ud800", "😀", "e\u0301", "\ufffd", " " * 130, "x" * 200, "[" * 50,
       "123 " * 30, "<!--", "-->", "```", "`", "|", "> ", "#", "*", "\\", "\n\n", "---\n"]
BLOCKS = ["```\ncode 5% [1]\n```\n", "    indented 5% [1]\n", "<!-- a comment 5% [1] -->\n", "---\ntitle: x\n---\n",
          "| Year | Share, % |\n|---|---|\n| 2023 | 5.1 [1] |\n| 2024 | — |\n", "# Heading 5%\n",
          "- item 5% [1]\n- [ ] task\n", "<!-- factlint-disable-next-line -->\n", "<!-- factlint-disable FL101 -->\n",
          "<!-- factlint-enable -->\n", "<!-- factlint-disable-file unused-source -->\n",
          "<!-- factlint-disable-line bogus\x1b[2J -->\n", "[1]: https://x.example \"Title\"\n",
          "[^a]: A footnote. https://x.example\n    > Sales rose 5% in April.\n",
          "## Sources\n[1] Report — https://x.example\n> Exports rose 14.1% in April.\n[2] https://y.example\n",
          "## References\n1. Report\n> Costs fell 3%.\n", "Source: [1]\n"]


def sentence(c: Chooser, cite: bool = True) -> str:
    """A sentence, most often with a figure and (in an article) a citation."""
    words = [c.pick(WORDS) for _ in range(c.number(1, 6))]
    if c.chance(0.8):
        words.insert(c.number(0, len(words)), c.pick(FIGURES))
    if c.chance(0.2):
        words.insert(c.number(0, len(words)), c.pick(ODD))
    text = " ".join(words) + c.pick([".", ".", "!", "", ";", ". "])
    if cite and c.chance(0.7):
        text += c.pick(["", " "]) + c.pick(CITES)
    return text


def article(c: Chooser) -> str:
    """An article: paragraphs of sentences and Markdown blocks, ordinary and odd, sometimes mangled."""
    parts = []
    for _ in range(c.number(0, 8)):
        if c.chance(0.25):
            parts.append(c.pick(BLOCKS))
        else:
            parts.append(" ".join(sentence(c) for _ in range(c.number(1, 4))) + c.pick(["\n", "\n\n", " ", "\r\n"]))
    text = "".join(parts)
    if c.chance(0.03):
        text = text[:c.number(0, len(text))] + "\0" + text[len(text) // 2:]
    return mutate(text, c) if c.chance(0.15) else text


# ------------------------------------------------------------------ sidecars

EXCERPTS = ["Exports rose 14.1% in April.", "Exports rose 4.1% in April, while imports fell 3%.",
            "Sales reached $359.4 billion.", "Costs jumped 7.5 percentage points to 12%.", "About half of it.",
            "Output fell 5% to 3 million tonnes.", "It was 40,000.", "", "Line one\nline two 5%."]
FILE_NAMES = ["texts/s.txt", "s.txt", "../../../../etc/passwd", "/etc/passwd", "missing.txt", "link.txt",
              "texts", "a.md", "", "a\0b", "../outside.txt"]


def _excerpt(c: Chooser) -> str:
    if c.chance(0.5):
        return c.pick(EXCERPTS)
    return " ".join(sentence(c, cite=False) for _ in range(c.number(1, 4)))


def _source(c: Chooser) -> object:
    kind = c.number(0, 9)
    if kind in (0, 8, 9):
        return _excerpt(c)
    if kind == 1:
        return None
    if kind == 2:
        return {"excerpts": [_excerpt(c) for _ in range(c.number(0, 3))]}
    if kind == 3:
        return {"file": c.pick(FILE_NAMES), "title": "T"}
    if kind == 4:
        return {"url": "https://x.example/" + c.pick(["", "a", "\x1b[1m"])}
    if kind == 5:
        return c.pick([42, 3.5, True, [1, 2], {"excerpt": [1]}, {"excerpt": {"a": 1}}, "x" * 300])
    return {"title": c.pick(["Report", "", "Café"]), "excerpt": _excerpt(c) + c.pick(["", " " + c.pick(ODD)])}


def _ids(c: Chooser) -> list:
    usual, odd = [1, 2, 3, "a", 1, 2, "smith2020"], ["1", 99, "", "x y", 10**30, "w\x01x", "😀"]
    return [c.pick(odd) if c.chance(0.08) else c.pick(usual) for _ in range(c.number(0, 4))]


def sidecar_data(c: Chooser) -> dict:
    """The data of a sidecar, sometimes with odd ids or values."""
    return {"sources": [(i, _source(c)) for i in _ids(c)]}


def yaml_text(data: dict, c: Chooser) -> str:
    lines = ["sources:"]
    for source_id, value in data["sources"]:
        lines.append(f"  {json.dumps(source_id) if isinstance(source_id, str) else source_id}: {json.dumps(value)}")
    return "\n".join(lines) + "\n"


def json_text(data: dict, c: Chooser) -> str:
    pairs = ", ".join(f"{json.dumps(str(k))}: {json.dumps(v)}" for k, v in data["sources"])
    return '{"sources": {' + pairs + "}}\n"


BROKEN_SIDECARS = [
    "sources: {1: {excerpt: [unclosed\n", "sources: [1, 2]\n", "- a list\n", "", "sources:\n", "sources: ~\n",
    "x: &a [1]\nsources:\n  1: {title: *a}\n", "sources:\n  1: x\nsources:\n  2: y\n",
    "sources:\n  1: {excerpt: a, excerpt: b}\n", "sources:\n  1: 'a\x01b'\n", "sources:\n\t1: x\n",
    "sources:\n  1: " + "9" * 5000 + "\n", '{"sources": ' + "[" * 3000 + "]" * 3000 + "}",
    "sources:\n  ? [1, 2]\n  : x\n", "--- \nsources: {}\n--- \nsources: {}\n", '{"sources": {"1": 1, "1": 2}}',
    '{"sources": {"1": {"a": 1, "a": 2}}}', "sources:\n  1: \"a\u2028b\"\n  2: x\n", "\ufeffsources:\n  1: x\n",
    "sources:\n  1: !!python/object:os.system x\n", "sources: !!binary aGVsbG8=\n", "%YAML 9.9\n---\nsources: {}\n",
]


def sidecar(c: Chooser) -> tuple[str, str] | None:
    """A sidecar's name and text, or None for an article without one."""
    kind = c.number(0, 9)
    if kind == 0:
        return None
    name = c.pick(SIDECAR_NAMES)
    if kind == 1:
        return name, c.pick(BROKEN_SIDECARS)
    data = sidecar_data(c)
    text = json_text(data, c) if name.endswith(".json") else yaml_text(data, c)
    if kind == 2:
        text = mutate(text, c)
    return name, text


def mutate(text: str, c: Chooser) -> str:
    """Cut, repeat or poison a text at a few places."""
    for _ in range(c.number(1, 3)):
        at = c.number(0, len(text))
        action = c.number(0, 3)
        if action == 0:
            text = text[:at]
        elif action == 1:
            text = text[:at] + c.pick(ODD) + text[at:]
        elif action == 2:
            text = text[:at] + text[at:at + 20] * c.number(2, 5) + text[at:]
        else:
            text = text[:at] + text[at + c.number(1, 5):]
    return text


def encode(text: str, c: Chooser) -> bytes:
    """Bytes as found on disk: mostly UTF-8, sometimes UTF-16 with a BOM or a broken byte."""
    how = c.number(0, 19)
    if how == 0:
        return "\ufeff".encode("utf-16-le") + text.encode("utf-16-le", "surrogatepass")
    if how == 1:
        return text.encode("utf-8", "surrogatepass") + b"\xff"
    return text.encode("utf-8", "surrogatepass")


def paired(c: Chooser) -> dict[str, bytes]:
    """An article whose sidecar restates its sentences, some figures, words or directions changed."""
    claims = [sentence(c, cite=False).rstrip(". ;!") for _ in range(c.number(1, 5))]
    said = []
    for claim in claims:
        for figure in FIGURES:
            if figure in claim and c.chance(0.5):
                claim = claim.replace(figure, c.pick(FIGURES), 1)
        said.append(claim.replace("rose", c.pick(["rose", "fell"])) + ".")
    text = " ".join(f"{claim} [{c.pick(['1', '2', '1, 2'])}]." for claim in claims) + "\n"
    data = {"sources": [(1, " ".join(said)), (2, c.pick(EXCERPTS))]}
    name = c.pick(SIDECAR_NAMES)
    sidecar_text = (json_text if name.endswith(".json") else yaml_text)(data, c)
    return {"a.md": encode(text, c), name: encode(sidecar_text, c)}


def case(c: Chooser) -> dict[str, bytes]:
    """One input: an article, maybe a sidecar, maybe source texts (and a link out of the folder)."""
    if c.chance(0.25):
        return paired(c)
    files = {"a.md" if c.chance(0.8) else "a.txt": encode(article(c), c)}
    found = sidecar(c)
    if found:
        files[found[0]] = encode(found[1], c)
    if c.chance(0.5):
        files["texts/s.txt"] = encode(c.pick(EXCERPTS) + " " + article(c), c)
    if c.chance(0.3):
        files["s.txt"] = encode(c.pick(EXCERPTS), c)
    return files


# ------------------------------------------------------------------ running and checking


def write_case(folder: Path, files: dict[str, bytes]) -> None:
    """Lay a case out in a folder, with a link pointing out of it and a secret beside it."""
    for name, data in files.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    (folder.parent / "outside.txt").write_text("SECRET-OUTSIDE 5%\n")
    if not os.path.lexists(folder / "link.txt"):
        os.symlink(folder.parent / "outside.txt", folder / "link.txt")


def check_case(folder: Path, formats=("json", "sarif")) -> list[str]:
    """Run the real command on a case folder; every broken invariant, as a sentence (none: all held)."""
    problems: list[str] = []
    old = os.getcwd()
    os.chdir(folder)
    try:
        for fmt in formats:
            result = CliRunner().invoke(main, ["check", ".", "--format", fmt], catch_exceptions=True)
            problems += _check_run(folder, fmt, result)
    finally:
        os.chdir(old)
    return problems


def _check_run(folder: Path, fmt: str, result) -> list[str]:
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        import traceback

        return [f"{fmt}: exception {''.join(traceback.format_exception(result.exception))[-1500:]}"]
    problems = []
    if result.exit_code not in (0, 1, 2):
        problems.append(f"{fmt}: exit code {result.exit_code}")
    if "SECRET-OUTSIDE" in result.output:
        problems.append(f"{fmt}: a file outside the folder was read and printed")
    for line in result.stderr.splitlines():
        if not re.match(r"factlint: (error|warning): ", line) or re.search("[\x00-\x08\x0b-\x1f\x7f-\x9f]", line):
            problems.append(f"{fmt}: stray stderr line {line[:200]!r}")
    if fmt not in ("json", "sarif"):  # a human-readable format: nothing from the input may stay raw
        raw = re.findall("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e]", result.stdout)
        return problems + ([f"{fmt}: raw control characters {sorted(set(raw))!r} in the output"] if raw else [])
    try:
        report = json.loads(result.stdout)
    except ValueError as exc:
        return problems + [f"{fmt}: not JSON ({exc}): {result.stdout[:300]!r}"]
    findings = report["findings"] if fmt == "json" else _sarif_findings(report)
    return problems + _check_findings(folder, findings)


def _sarif_findings(log: dict) -> list[dict]:
    """SARIF results in the JSON report's shape (what the checks below need)."""
    out = []
    for r in log["runs"][0]["results"]:
        loc = r["locations"][0]["physicalLocation"]
        region = loc["region"]
        out.append({"path": loc["artifactLocation"]["uri"], "line": region["startLine"],
                    "column": region["startColumn"], "end_line": region["endLine"], "end_column": region["endColumn"],
                    "rule": r["ruleId"], "message": r["message"]["text"],
                    "figure": r.get("properties", {}).get("figure")})
    return out


def _lines_of(folder: Path, path: str, cache: dict) -> list[str] | None:
    if path not in cache:
        try:
            cache[path] = decode((folder / path).read_bytes()).split("\n")
        except (OSError, Refused):
            cache[path] = None
    return cache[path]


def _check_findings(folder: Path, findings: list[dict]) -> list[str]:
    problems, texts, seen = [], {}, set()
    for f in findings:
        key = json.dumps(f, sort_keys=True)
        if key in seen:
            problems.append(f"duplicate finding {key[:300]}")
        seen.add(key)
        lines = _lines_of(folder, f["path"], texts)
        where = f"{f['path']}:{f['line']}:{f['column']}-{f['end_line']}:{f['end_column']} {f['rule']}"
        if lines is None:
            problems.append(f"{where}: points at a file that cannot be read")
            continue
        if not (1 <= f["line"] <= f["end_line"] <= len(lines)) or f["column"] < 1 or (
                f["line"] == f["end_line"] and f["end_column"] < f["column"]):
            problems.append(f"{where}: position outside the file ({len(lines)} lines) or end before start")
            continue
        if f["column"] > len(lines[f["line"] - 1]) + 1 or f["end_column"] > len(lines[f["end_line"] - 1]) + 1:
            problems.append(f"{where}: column past the end of its line")
            continue
        if f.get("figure") and f["rule"] in FIGURE_RULES | {"FL101", "FL102", "FL103", "FL104", "FL105", "FL106"}:
            start = sum(len(x) + 1 for x in lines[:f["line"] - 1]) + f["column"] - 1
            end = sum(len(x) + 1 for x in lines[:f["end_line"] - 1]) + f["end_column"] - 1
            shown = "\n".join(lines)[start:end]
            if shown != f["figure"]:
                problems.append(f"{where}: figure {f['figure']!r} but the file has {shown!r} there")
    return problems
