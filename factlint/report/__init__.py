"""Findings reported: output formats, escaping for terminals and atomic writes."""
