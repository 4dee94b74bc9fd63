"""What a run reads: files and folders, sidecars, source texts, configuration."""
