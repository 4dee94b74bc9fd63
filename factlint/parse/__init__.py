"""An article parsed: markup masked, lines indexed, sentences, citations and tables found."""
