"""Run replylint as ``python -m replylint``."""

from replylint.cli import main

main()
