"""The settings' JSON Schema: shipped in the package, true to every documented example and to what factlint accepts."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys

import jsonschema
import pytest
import yaml

from conftest import ROOT
from factlint.lint.catalog import load_rules
from factlint.read.config import ConfigError, TOLERANCE_KEYS, resolve_rules
from factlint.read.schema import config_schema
from factlint.read.settings import KNOWN_KEYS
from test_cli import run

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

SCHEMA = config_schema()
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA)
BLOCK = re.compile(r"^```(toml|yaml|json)\n(.*?)^```", re.M | re.S)


def test_the_schema_is_a_valid_draft_2020_12_schema():
    jsonschema.Draft202012Validator.check_schema(SCHEMA)


def test_the_schema_has_exactly_the_keys_factlint_reads():
    assert set(SCHEMA["properties"]) == KNOWN_KEYS
    assert set(SCHEMA["properties"]["matching"]["properties"]) == set(TOLERANCE_KEYS)
    assert set(SCHEMA["$defs"]["rule"]["anyOf"][0]["enum"]) == set(load_rules())


def test_the_schema_takes_exactly_the_codes_and_prefixes_factlint_takes():
    pattern = re.compile(SCHEMA["$defs"]["rule"]["anyOf"][1]["pattern"])
    for digits in ["", *(f"{n:0{width}d}" for width in (1, 2, 3) for n in range(10 ** width))]:
        for code in (f"FL{digits}", f"fl{digits}"):
            try:
                resolve_rules([code], "test")
                accepted = True
            except ConfigError:
                accepted = False
            assert bool(pattern.match(code)) == accepted, code


def documented_examples() -> list[tuple[str, dict]]:
    """Every settings example the README and docs/ show: (where, the factlint table)."""
    found = []
    for number, (kind, body) in enumerate(BLOCK.findall((ROOT / "README.md").read_text(encoding="utf-8"))):
        where = f"README.md block {number} ({kind})"
        if kind == "toml":
            data = tomllib.loads(body)
            if "factlint" in data.get("tool", {}):
                found.append((where, data["tool"]["factlint"]))
            elif "#:schema" in body or (data and set(data) <= KNOWN_KEYS):
                found.append((where, data))
        elif kind == "yaml" and "yaml-language-server: $schema" in body:
            found.append((where, yaml.safe_load(body)))
    editor = json.loads((ROOT / "docs/editors/vscode-settings.json").read_text(encoding="utf-8"))
    found.append(("docs/editors/vscode-settings.json", editor["glspc.server.initializationOptions"]["factlint"]))
    return found


def test_every_documented_example_validates():
    examples = documented_examples()
    assert len(examples) >= 5, examples  # pyproject, more keys, .factlint.toml, .factlint.yaml, the editor's
    for where, table in examples:
        errors = [e.message for e in VALIDATOR.iter_errors(table)]
        assert not errors, f"{where}: {errors}"


def test_every_documented_example_is_accepted_by_factlint(write):
    for where, table in documented_examples():
        folder = write({".factlint.yaml": json.dumps(table), "a.md": "Some text.\n"})
        result = run(folder, "check", "a.md", "--show-settings")
        assert result.exit_code == 0, f"{where}: {result.stderr}"


# settings tables that the schema and factlint must both accept, or both refuse
SAMPLES = [
    ({}, True), ({"select": ["ALL"], "ignore": ["unused-source"]}, True),
    ({"select": ["FL1", "figure-mismatch", "fl102"], "extend-select": ["FL0"]}, True),
    ({"severity": {"FL101": "error", "unsupported-figure": "info"}}, True),
    ({"per-file-ignores": {"changelog/*.md": ["uncited-claim"]}}, True), ({"exclude": [], "extend-exclude": ["x"]}, True),
    ({"matching": {"hedge": 0.1, "rounding-cap": 0}}, True), ({"max-file-size": "200 KB"}, True),
    ({"max-file-size": 1000}, True), ({"max-file-size": "2gb"}, True), ({"fail-on-empty": True}, True),
    ({"citation-scope": "paragraph", "fail-on": "info", "respect-gitignore": False}, True),
    ({"sources-cache": "pages", "sources-lock": "pins.lock", "cache-dir": "cache"}, True),
    ({"selct": ["ALL"]}, False), ({"select": "ALL"}, False), ({"select": ["FL9"]}, False), ({"select": [1]}, False),
    ({"ignore": ["uncited-clam"]}, False), ({"severity": {"FL101": "fatal"}}, False),
    ({"severity": {"no-such-rule": "error"}}, False), ({"per-file-ignores": {"a/*.md": "FL101"}}, False),
    ({"matching": {"hedg": 0.1}}, False), ({"matching": {"hedge": 1.5}}, False), ({"matching": {"hedge": True}}, False),
    ({"max-file-size": "lots"}, False), ({"max-file-size": 0}, False), ({"max-file-size": True}, False),
    ({"fail-on": "fatal"}, False), ({"exclude": "drafts"}, False), ({"fail-on-empty": "yes"}, False),
    ({"citation-scope": "page"}, False), ({"cache-dir": ""}, False), ({"sources-lock": " "}, False),
]


@pytest.mark.parametrize("table, valid", SAMPLES, ids=[json.dumps(t) for t, _ in SAMPLES])
def test_the_schema_and_factlint_agree(write, table, valid):
    folder = write({".factlint.yaml": json.dumps(table), "a.md": "Some text.\n"})
    accepted = run(folder, "check", "a.md", "--show-settings").exit_code == 0
    assert (VALIDATOR.is_valid(table), accepted) == (valid, valid)


def test_factlint_schema_prints_the_shipped_schema(write):
    result = run(write({}), "schema")
    assert result.exit_code == 0 and json.loads(result.stdout) == SCHEMA


def test_the_package_build_ships_the_schema(tmp_path):
    """setuptools' build_py is the step that lays out the wheel's files, package data included
    (a whole wheel would need the `wheel` package, which this environment may lack)."""
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, tmp_path / name)
    for folder in ("factlint", "rules"):
        shutil.copytree(ROOT / folder, tmp_path / folder, symlinks=True,
                        ignore=shutil.ignore_patterns("__pycache__", "rules"))  # a dev link factlint/rules -> ../rules
    built = subprocess.run([sys.executable, "-c", "from setuptools import setup; setup()", "-q", "build_py",
                            "--build-lib", str(tmp_path / "lib")], cwd=tmp_path, capture_output=True, text=True)
    assert built.returncode == 0, built.stderr
    shipped = tmp_path / "lib" / "factlint" / "read" / "config.schema.json"
    assert json.loads(shipped.read_text(encoding="utf-8")) == SCHEMA
    assert (tmp_path / "lib" / "factlint" / "rules" / "figure-mismatch.yaml").is_file()
