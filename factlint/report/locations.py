"""Where findings are, for CI: paths from the project root, `/` separated, and SARIF artifact locations.

The project root is the folder of the settings file in force, or the checkout a CI system
names (GitLab's CI_PROJECT_DIR, GitHub's GITHUB_WORKSPACE), because that is what those
systems resolve a report's paths against.
"""

from __future__ import annotations

import dataclasses
import os
from pathlib import Path
from urllib.parse import quote

from factlint.lint.findings import Finding

CI_ROOTS = ("CI_PROJECT_DIR", "GITHUB_WORKSPACE")
SRCROOT = "%SRCROOT%"


def project_root(settings_root: str, environ=os.environ) -> str:
    """The folder reported paths are relative to: a CI system's checkout when it names one, else the settings'."""
    named = next((environ[name] for name in CI_ROOTS if environ.get(name)), settings_root)
    return os.path.realpath(named)


def from_root(path: str, root: str) -> str | None:
    """`path` (as shown: relative to here, or absolute) from `root`, normalised; None when it lies outside."""
    absolute = os.path.abspath(path)
    for candidate in (absolute, os.path.realpath(absolute)):  # a link into the root counts as inside
        inside = os.path.relpath(candidate, root)
        if inside != os.pardir and not inside.startswith(os.pardir + os.sep):
            return Path(inside).as_posix()
    return None


def shown_from_root(path: str, root: str) -> str:
    """The path to print in a CI report: from the root, or absolute when it lies outside."""
    return from_root(path, root) or Path(os.path.abspath(path)).as_posix()


def from_root_all(findings: list[Finding], root: str) -> list[Finding]:
    """The findings with their paths given from the root."""
    return [dataclasses.replace(f, path=shown_from_root(f.path, root)) for f in findings]


def artifact_location(path: str, root: str) -> dict:
    """A SARIF artifactLocation: a percent-encoded reference from %SRCROOT%, or a file: URI outside the root."""
    inside = from_root(path, root)
    if inside is None:
        return {"uri": Path(os.path.abspath(path)).as_uri()}
    # every byte but unreserved ones and `/` encoded: `a:b.md` must not read as scheme `a`, nor `odd, name` break
    return {"uri": quote(inside.encode("utf-8", "surrogateescape"), safe="/"), "uriBaseId": SRCROOT}


def root_uri(root: str) -> str:
    """The root as a file: URI ending in `/`, as SARIF's originalUriBaseIds requires."""
    uri = Path(root).as_uri()
    return uri if uri.endswith("/") else uri + "/"
