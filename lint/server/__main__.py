"""python -m replylint.server: the language server over standard input and output."""

from replylint.server.handlers import main

main()
