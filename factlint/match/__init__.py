"""A claim matched against its sources: candidates, evidence, comparison and verdicts."""
