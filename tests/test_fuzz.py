"""Property test: articles and sidecars of every form, valid and broken, keep factlint's invariants.

Through the real command, in-process: no exception, exit code 0, 1 or 2, every position
inside its file with the end after the start, a figure's text at its position, JSON and SARIF
well-formed, text and github output with no raw control character, no finding twice, nothing
read from outside the folder. `python benchmarks/fuzz.py COUNT` runs the same generator longer.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings, strategies as st

from fuzzing import HypothesisChooser, case, check_case, write_case


@st.composite
def cases(draw):
    return case(HypothesisChooser(draw))


@settings(max_examples=100, deadline=None, database=None, derandomize=True,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(cases())
def test_any_input_keeps_the_invariants(files):
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "case"
        folder.mkdir()
        write_case(folder, files)
        assert check_case(folder, ("json", "sarif", "text", "github")) == []
