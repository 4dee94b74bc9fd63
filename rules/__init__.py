"""Rule definitions: one YAML file per rule, shipped inside the wheel as factlint.rules."""
