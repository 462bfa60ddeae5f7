"""Built-in rules: package data only (one YAML file per rule)."""
