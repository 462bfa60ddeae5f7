"""The server's state: options per document (configuration files plus editor settings).

One server, one spaCy pipeline (loaded in the background at start), and one worker
thread for linting, shared by every open document.
"""

from __future__ import annotations

import asyncio
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any
from urllib.parse import unquote

from lsprotocol import types as t
from pygls.lsp.server import LanguageServer
from pygls.protocol import LanguageServerProtocol, lsp_method
from pygls.uris import to_fs_path
from replylint import __version__
from replylint.config import Config
from replylint.engine import Input, Options, linter
from replylint.errors import ConfigError
from replylint.findings import Finding
from replylint.project import Overrides, config_for, options_for

#: How long to wait after a keystroke before linting (the newest text always wins).
DEBOUNCE_SECONDS = 0.3
#: Editor settings by the command-line option an engine error names (the editor has no flags).
_SETTINGS = {"--select": "select", "--ignore": "ignore", "--model": "model",
             "--max-words": "maxWords"}  # fmt: skip


class ReplyLintProtocol(LanguageServerProtocol):
    """pygls's protocol, except that changes to a document that is not open are ignored."""

    @lsp_method(t.TEXT_DOCUMENT_DID_CHANGE)
    def lsp_text_document__did_change(self, params: t.DidChangeTextDocumentParams):
        """Apply the changes to an open document (pygls raises KeyError for any other)."""
        if is_open(self._server, params.text_document.uri):
            yield from super().lsp_text_document__did_change(params)


class ReplyLintServer(LanguageServer):
    """The server: one pipeline, loaded in the background, shared by every document."""

    def __init__(self) -> None:
        super().__init__("replylint", __version__, protocol_cls=ReplyLintProtocol)
        self.overrides = Overrides()
        #: The initializationOptions: the base that workspace settings are laid over.
        self.initial: dict = {}
        self.last_good: Options | None = None
        self.pending: dict[str, asyncio.Task] = {}
        self.findings: dict[str, tuple[Finding, ...]] = {}
        # NOTE: one worker thread: spaCy pipelines are not meant to be shared across threads,
        # and it keeps the event loop (and so the editor) free while a letter is linted.
        self.executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="replylint")
        self.ready = threading.Event()
        self.warned: set[str] = set()
        self.debounce = DEBOUNCE_SECONDS

    def warm_up(self) -> None:
        """Load spaCy and the rules in the worker thread (the first lint waits for it)."""

        def load() -> None:
            try:
                linter(self.options_for_path(None))
            except ConfigError:
                pass  # shown when a document is linted
            finally:
                self.ready.set()

        self.executor.submit(load)

    def options_for_path(self, path: str | None) -> Options:
        """Return the options for a document: its configuration file plus editor settings.

        A broken configuration file (or setting) is reported once, and the document is
        linted without it rather than not at all.
        """
        item = Input(path or str(Path.cwd() / "untitled.txt"), b"")
        config = Config()
        try:
            config = config_for(item, self.overrides)
            options = options_for(config, self.overrides)
            linter(options)  # validates rule files and builds the pipeline once
        except ConfigError as exc:
            self._warn(self._named(str(exc), config))
            options = self._defaults()
        self.last_good = options
        return options

    def _defaults(self) -> Options:
        """Return the options with no configuration file, and without the settings if they fail."""
        try:
            options = options_for(Config(), self.overrides)
            linter(options)
        except ConfigError as exc:
            self._warn(self._named(str(exc), Config()))
            options = options_for(Config(), Overrides())
        return options

    def _named(self, message: str, config: Config) -> str:
        """Name the setting (or configuration key) an engine error blames on a command-line flag."""
        flag, colon, problem = message.partition(": ")
        setting = _SETTINGS.get(flag)
        if not colon or setting is None:
            return message  # already names its file and key
        if getattr(self.overrides, flag[2:].replace("-", "_")):
            return f"replylint.{setting}: {problem}"
        return str(config.error(flag[2:], problem)) if config.path else message

    def _warn(self, message: str) -> None:
        if message not in self.warned:  # one message per problem, not one per keystroke
            self.warned.add(message)
            params = t.ShowMessageParams(type=t.MessageType.Error, message=f"replylint: {message}")
            self.window_show_message(params)

    def apply_settings(self, settings: Any) -> None:
        """Take select, ignore, model and maxWords from the editor's settings (they win over files).

        A setting of the wrong type is reported (once) and left out.
        """
        if not isinstance(settings, dict):
            return
        self.warned.clear()

        def names(key: str) -> tuple[str, ...]:
            value = settings.get(key)
            if value is None:
                return ()
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                self._warn(f"replylint.{key}: must be a list of rule names, codes or code prefixes")
                return ()
            return tuple(value)

        model = settings.get("model")
        if model is not None and not isinstance(model, str):
            self._warn(
                "replylint.model: must be auto, blank or an installed spaCy pipeline package"
            )
            model = None
        max_words = settings.get("maxWords")
        if max_words is not None and (
            isinstance(max_words, bool) or not isinstance(max_words, int) or max_words < 1
        ):
            self._warn(f"replylint.maxWords: must be a whole number above 0, not {max_words!r}")
            max_words = None
        debounce = settings.get("debounceMs")
        if isinstance(debounce, int) and 0 <= debounce <= 5000:
            self.debounce = debounce / 1000
        self.overrides = Overrides(select=names("select"), ignore=names("ignore"),
                                   model=model or None, max_words=max_words or None)  # fmt: skip


def path_of(uri: str) -> str:
    """Return the file path a document's URI names (the URI itself when it names no file)."""
    return to_fs_path(uri) or uri


def is_open(ls: LanguageServer, uri: str) -> bool:
    """Return True when the editor has opened the document at ``uri`` (and not closed it)."""
    # NOTE: pygls keys documents by the unquoted URI ('my reply.txt', not 'my%20reply.txt').
    return unquote(uri) in ls.workspace.text_documents
