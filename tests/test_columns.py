"""--column-unit: the text formats count code points, UTF-16 units or bytes, so Vim and VS Code land on the figure."""

from __future__ import annotations

import json

import pytest

from test_cli import run

LINE = "Café prices 🎉 rose €5 and 14.1% in April [1].\n"
SIDECAR = "sources:\n  1:\n    excerpt: Café prices rose €5 and 4.1% in April.\n"
BEFORE = "Café prices 🎉 rose €5 and "  # what stands before the figure 14.1%


@pytest.fixture(scope="module")
def case(tmp_path_factory):
    folder = tmp_path_factory.mktemp("columns")
    (folder / "a.md").write_text(LINE, encoding="utf-8")
    (folder / "a.sources.yaml").write_text(SIDECAR, encoding="utf-8")
    return folder


@pytest.mark.parametrize("unit, width", [("code-point", len(BEFORE)),
                                         ("utf-16", len(BEFORE.encode("utf-16-le")) // 2),
                                         ("byte", len(BEFORE.encode("utf-8")))])
def test_concise_column_counts_the_unit(case, unit, width):
    output = run(case, "check", "a.md", "--format", "concise", "--column-unit", unit).stdout
    assert output.startswith(f"a.md:1:{width + 1}: FL102 figure-mismatch 14.1%")


def test_the_byte_column_is_where_the_figure_starts_in_the_file(case):
    output = run(case, "check", "a.md", "--format", "text", "--column-unit", "byte").stdout
    column = int(output.split(":")[2])
    assert LINE.encode("utf-8")[column - 1:].startswith(b"14.1%")
    assert (column, len(BEFORE)) == (33, 26)  # é, € 2 and 3 bytes, the emoji 4: six more than code points


def test_github_annotations_carry_the_end_column_in_the_unit_too(case):
    output = run(case, "check", "a.md", "--format", "github", "--column-unit", "utf-16").stdout
    assert f"col={len(BEFORE) + 2},endLine=1,endColumn={len(BEFORE) + 2 + 5}," in output


def test_json_keeps_code_points(case):
    assert run(case, "check", "a.md", "--format", "json", "--column-unit", "byte").exit_code == 2
    finding = json.loads(run(case, "check", "a.md", "--format", "json").stdout)["findings"][0]
    assert finding["column"] == len(BEFORE) + 1
