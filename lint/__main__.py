"""Run replylint as ``python -m replylint``; ``main`` is the ``replylint`` command too."""

from replylint import startup


def main() -> None:
    """Run the command line, with garbage collection held while it starts (see startup.py)."""
    startup.hold()
    from replylint.cli import main as command

    command()


if __name__ == "__main__":
    main()
