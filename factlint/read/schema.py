"""The JSON Schema of factlint's settings, shipped in the package for editors and validators."""

from __future__ import annotations

import json
from importlib import resources

SCHEMA_NAME = "config.schema.json"


def schema_text() -> str:
    """The schema as the file in the package holds it (JSON, draft 2020-12)."""
    return resources.files("factlint.read").joinpath(SCHEMA_NAME).read_text(encoding="utf-8")


def config_schema() -> dict:
    """The schema of a settings table: `[tool.factlint]`, or the whole of `.factlint.toml` / `.factlint.yaml`."""
    return json.loads(schema_text())
