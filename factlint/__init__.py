"""factlint: a fact-checking linter for articles that cite sources.

The library: `factlint.lint_text(text, sources=…, settings=…)` and `factlint.lint_paths(paths, …)`
return `factlint.Finding`s (see factlint.api). They are imported on first use, so `import factlint`
costs nothing more than this file.
"""

__version__ = "0.1.0"
__all__ = ["Finding", "LintError", "lint_paths", "lint_text", "__version__"]

_API = {"lint_text": "factlint.api", "lint_paths": "factlint.api", "LintError": "factlint.api",
        "Finding": "factlint.lint.findings"}


def __getattr__(name: str):
    """The API's names, imported when first asked for (PEP 562)."""
    if name in _API:
        import importlib

        value = getattr(importlib.import_module(_API[name]), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'factlint' has no attribute {name!r}")


def __dir__():
    return sorted([*globals(), *_API])
