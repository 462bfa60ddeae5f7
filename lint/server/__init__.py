"""Language server (pygls): findings as diagnostics, hovers and quick fixes, live in the editor.

- ``handlers``: what the server does on each LSP message; ``main`` is ``replylint-lsp``.
- ``state``: the server object: options per document, editor settings, the worker thread.
- ``documents``: one document linted, its findings turned into diagnostics.
- ``positions``: offsets into the text to LSP lines and columns, and back.

``python -m replylint.server`` and ``replylint --lsp`` start the same server.
"""

from replylint.server.handlers import main, serve, server

__all__ = ["main", "serve", "server"]
