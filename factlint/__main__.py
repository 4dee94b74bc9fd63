"""Run the command line as `python -m factlint`."""

from factlint.cli import entry

entry()
