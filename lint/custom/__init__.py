"""Python-backed rules: one module per rule, named after it, each with run(letter, rule)."""
