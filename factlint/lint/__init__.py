"""The rules applied: checks, the rule catalog, findings, suppression and the baseline."""
