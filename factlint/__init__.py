"""factlint: a fact-checking linter for articles that cite sources."""

__version__ = "0.1.0"
