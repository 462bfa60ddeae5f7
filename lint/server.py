"""Language server (pygls): findings as diagnostics, hovers and quick fixes, live in the editor."""

from __future__ import annotations

import asyncio
import contextlib
import re
import sys
import threading
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import click
from lsprotocol import types as t
from pygls.lsp.server import LanguageServer
from pygls.protocol import LanguageServerProtocol, lsp_method
from pygls.uris import to_fs_path
from replylint import __version__, stdio
from replylint import config as config_module
from replylint.config import Config
from replylint.engine import Input, Options, lint, linter
from replylint.errors import ConfigError, InputError
from replylint.findings import Finding, Severity
from replylint.fixes.edits import edit_for
from replylint.fixes.run import letter_for
from replylint.project import Overrides, config_for, options_for, per_file_ignores
from replylint.rules import Rule
from replylint.rules import clear_cache as clear_rules_cache
from replylint.sources import MAX_BYTES, READERS

#: How long to wait after a keystroke before linting (the newest text always wins).
DEBOUNCE_SECONDS = 0.3
_SEVERITIES = {Severity.ERROR: t.DiagnosticSeverity.Error,
               Severity.WARNING: t.DiagnosticSeverity.Warning,
               Severity.INFO: t.DiagnosticSeverity.Information}  # fmt: skip
#: Language ids that say which reader a document needs (others: its name, else its text).
_SUFFIXES = {"markdown": ".md", "email": ".eml", "eml": ".eml", "mail": ".eml"}
#: Editor settings by the command-line option an engine error names (the editor has no flags).
_SETTINGS = {"--select": "select", "--ignore": "ignore", "--model": "model",
             "--max-words": "maxWords"}  # fmt: skip
#: The only line ends LSP knows (str.splitlines, which pygls uses, also ends lines at U+2028...).
_LINE_END = re.compile(r"\r\n|\r|\n")


class ReplyLintProtocol(LanguageServerProtocol):
    """pygls's protocol, except that changes to a document that is not open are ignored."""

    @lsp_method(t.TEXT_DOCUMENT_DID_CHANGE)
    def lsp_text_document__did_change(self, params: t.DidChangeTextDocumentParams):
        """Apply the changes to an open document (pygls raises KeyError for any other)."""
        if _is_open(self._server, params.text_document.uri):
            yield from super().lsp_text_document__did_change(params)


class ReplyLintServer(LanguageServer):
    """The server: one pipeline, loaded in the background, shared by every document."""

    def __init__(self) -> None:
        super().__init__("replylint", __version__, protocol_cls=ReplyLintProtocol)
        self.overrides = Overrides()
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


server = ReplyLintServer()


def _path(uri: str) -> str:
    return to_fs_path(uri) or uri


def _is_open(ls: LanguageServer, uri: str) -> bool:
    # NOTE: pygls keys documents by the unquoted URI ('my reply.txt', not 'my%20reply.txt').
    return unquote(uri) in ls.workspace.text_documents


def positions_at_offsets(
    text: str, offsets: Iterable[int], encoding: str | None
) -> dict[int, t.Position]:
    """Return the LSP position of each code-point offset into ``text``, walking it once.

    NOTE: pygls's client_position_at_offset splits the whole text again for every offset, which
    made a long letter with many findings take minutes to publish.
    """
    units = _unit_counter(encoding)
    ends = _LINE_END.finditer(text)
    next_line = next(ends, None)
    line = column = counted = 0  # `column` is in client units, up to the offset `counted`
    found = {}
    for offset in sorted(set(offsets)):
        at = min(max(offset, 0), len(text))
        while next_line is not None and next_line.end() <= at:
            line, column, counted = line + 1, 0, next_line.end()
            next_line = next(ends, None)
        column += units(text[counted:at])
        counted = at
        found[offset] = t.Position(line, column)
    return found


def offset_at_position(text: str, position: t.Position, encoding: str | None) -> int:
    """Return the code-point offset of an LSP position (at most its line's end, or the text's)."""
    ends = _LINE_END.finditer(text)
    start = 0
    for _ in range(position.line):
        end = next(ends, None)
        if end is None:
            return len(text)  # past the last line
        start = end.end()
    end = next(ends, None)
    line = text[start : end.start() if end else len(text)]
    if encoding == t.PositionEncodingKind.Utf32:
        return start + min(position.character, len(line))
    codec, width = ("utf-8", 1) if encoding == t.PositionEncodingKind.Utf8 else ("utf-16-le", 2)
    data = line.encode(codec, "surrogatepass")[: max(position.character, 0) * width]
    try:
        return start + len(data.decode(codec, "surrogatepass"))
    except UnicodeDecodeError as exc:  # the position cuts a character in two: before it
        return start + len(data[: exc.start].decode(codec, "surrogatepass"))


def _unit_counter(encoding: str | None):
    """Return a function counting a string's units in the position encoding (UTF-16 by default)."""
    if encoding == t.PositionEncodingKind.Utf32:
        return len
    if encoding == t.PositionEncodingKind.Utf8:
        return lambda chars: len(chars.encode("utf-8", "surrogatepass"))
    return lambda chars: len(chars.encode("utf-16-le", "surrogatepass")) // 2


def _suffix(uri: str, language: str | None) -> str:
    """Return the ending that picks the reader: an email language id, else the name's.

    An untitled or unknown document gets none, so that an email is known by its headers.
    """
    if _SUFFIXES.get(language or "") == ".eml":
        return ".eml"
    suffix = Path(_path(uri)).suffix.lower()
    return suffix if suffix in READERS else _SUFFIXES.get(language or "", "")


def _lint_now(ls: ReplyLintServer, uri: str) -> tuple[list[t.Diagnostic], tuple[Finding, ...]]:
    """Lint the document's current text (runs in the worker thread)."""
    ls.ready.wait()
    document = ls.workspace.get_text_document(uri)
    source = document.source  # one text for linting and positions, however fast the typing
    data = source.encode("utf-8")
    path = _path(uri)
    item = Input(path, data, _suffix(uri, document.language_id))
    if len(data) > MAX_BYTES:
        limit = MAX_BYTES // 1024
        return [_notice(f"This document is too large to check ({len(data) // 1024} KB; "
                        f"the limit is {limit} KB).")], ()  # fmt: skip
    try:
        options = ls.options_for_path(path)
    except ConfigError:
        return [], ()
    (result,) = lint([item], options)
    if result.error:
        return [_notice(f"replylint could not check this document: {result.error}")], ()
    with contextlib.suppress(ConfigError):
        result = per_file_ignores(config_for(item, ls.overrides), options, item, result)
    rules = {rule.code: rule for rule in linter(options).rules}
    if result.positions != "decoded-body":  # "file" or "body-start": offsets into the text
        offsets = [offset for f in result.findings for offset in (f.start.offset, f.end.offset)]
        positions = positions_at_offsets(source, offsets, document.position_codec.encoding)
    else:  # an email body that can't be found in the text: its offsets don't count there
        positions = {}
    diagnostics = [_diagnostic(f, rules.get(f.code), positions) for f in result.findings]
    return diagnostics, result.findings


def _notice(message: str) -> t.Diagnostic:
    """Return an information diagnostic at the top of the document."""
    top = t.Range(t.Position(0, 0), t.Position(0, 0))
    return t.Diagnostic(range=top, message=message, severity=t.DiagnosticSeverity.Information,
                        source="replylint")  # fmt: skip


def _diagnostic(f: Finding, rule: Rule | None, positions: dict[int, t.Position]) -> t.Diagnostic:
    top = t.Position(0, 0)
    start, end = positions.get(f.start.offset, top), positions.get(f.end.offset, top)
    description = None
    if rule is not None and rule.path:
        description = t.CodeDescription(href=Path(rule.path).resolve().as_uri())
    return t.Diagnostic(
        range=t.Range(start, end), message=f.message, severity=_SEVERITIES[f.severity],
        code=f.code, code_description=description, source="replylint",
        data={"rule": f.rule, "start": f.start.offset, "end": f.end.offset},
    )  # fmt: skip


async def _publish(ls: ReplyLintServer, uri: str, delay: float) -> None:
    """Lint after ``delay`` seconds and publish, unless newer text arrived meanwhile."""
    try:
        await asyncio.sleep(delay)
        if not _is_open(ls, uri):
            return  # changes to a document that was never opened: ignore them
        document = ls.workspace.get_text_document(uri)
        version = document.version
        loop = asyncio.get_running_loop()
        diagnostics, findings = await loop.run_in_executor(ls.executor, _lint_now, ls, uri)
        if ls.workspace.get_text_document(uri).version != version or uri not in ls.pending:
            return  # the text changed or the document closed while we worked: drop it
        ls.findings[uri] = findings
        ls.text_document_publish_diagnostics(
            t.PublishDiagnosticsParams(uri=uri, version=version, diagnostics=diagnostics)
        )
    except asyncio.CancelledError:
        raise
    except Exception as exc:
        message = f"replylint failed on {uri}: {exc!r}"
        ls.window_log_message(t.LogMessageParams(type=t.MessageType.Error, message=message))


def _schedule(ls: ReplyLintServer, uri: str, delay: float) -> None:
    previous = ls.pending.get(uri)
    if previous is not None and not previous.done():
        previous.cancel()
    ls.pending[uri] = asyncio.get_running_loop().create_task(_publish(ls, uri, delay))


@server.feature(t.INITIALIZED)
def initialized(ls: ReplyLintServer, params: t.InitializedParams) -> None:
    ls.warm_up()


@server.feature(t.INITIALIZE)
def initialize(ls: ReplyLintServer, params: t.InitializeParams) -> None:
    _apply_settings(ls, params.initialization_options)


@server.feature(t.TEXT_DOCUMENT_DID_OPEN)
async def did_open(ls: ReplyLintServer, params: t.DidOpenTextDocumentParams) -> None:
    _forget_files()
    _schedule(ls, params.text_document.uri, 0)


@server.feature(t.TEXT_DOCUMENT_DID_CHANGE)
async def did_change(ls: ReplyLintServer, params: t.DidChangeTextDocumentParams) -> None:
    _schedule(ls, params.text_document.uri, ls.debounce)


@server.feature(t.TEXT_DOCUMENT_DID_SAVE)
async def did_save(ls: ReplyLintServer, params: t.DidSaveTextDocumentParams) -> None:
    _forget_files()
    _schedule(ls, params.text_document.uri, 0)


def _forget_files() -> None:
    """Read configuration and rule files again: the server runs for hours, and they change.

    Done on open, save and settings changes, not on every keystroke, so typing stays fast.
    """
    config_module.find_cache_clear()
    clear_rules_cache()
    linter.cache_clear()  # rebuilt from the new rule files; the spaCy pipeline stays loaded


@server.feature(t.TEXT_DOCUMENT_DID_CLOSE)
def did_close(ls: ReplyLintServer, params: t.DidCloseTextDocumentParams) -> None:
    uri = params.text_document.uri
    task = ls.pending.pop(uri, None)
    if task is None:
        return  # never opened (every open schedules a lint): nothing to clear
    task.cancel()
    ls.findings.pop(uri, None)
    ls.text_document_publish_diagnostics(t.PublishDiagnosticsParams(uri=uri, diagnostics=[]))


@server.feature(t.WORKSPACE_DID_CHANGE_CONFIGURATION)
async def did_change_configuration(
    ls: ReplyLintServer, params: t.DidChangeConfigurationParams
) -> None:
    _forget_files()
    settings = params.settings or {}
    _apply_settings(ls, settings.get("replylint", settings) if isinstance(settings, dict) else {})
    for uri in list(ls.pending):
        _schedule(ls, uri, 0)


def _apply_settings(ls: ReplyLintServer, settings: Any) -> None:
    """Take select, ignore, model and maxWords from the editor's settings (they win over files).

    A setting of the wrong type is reported (once) and left out.
    """
    if not isinstance(settings, dict):
        return
    ls.warned.clear()

    def names(key: str) -> tuple[str, ...]:
        value = settings.get(key)
        if value is None:
            return ()
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            ls._warn(f"replylint.{key}: must be a list of rule names, codes or code prefixes")
            return ()
        return tuple(value)

    model = settings.get("model")
    if model is not None and not isinstance(model, str):
        ls._warn("replylint.model: must be auto, blank or an installed spaCy pipeline package")
        model = None
    max_words = settings.get("maxWords")
    if max_words is not None and (
        isinstance(max_words, bool) or not isinstance(max_words, int) or max_words < 1
    ):
        ls._warn(f"replylint.maxWords: must be a whole number above 0, not {max_words!r}")
        max_words = None
    debounce = settings.get("debounceMs")
    if isinstance(debounce, int) and 0 <= debounce <= 5000:
        ls.debounce = debounce / 1000
    ls.overrides = Overrides(select=names("select"), ignore=names("ignore"), model=model or None,
                             max_words=max_words or None)  # fmt: skip


@server.feature(t.TEXT_DOCUMENT_HOVER)
def hover(ls: ReplyLintServer, params: t.HoverParams) -> t.Hover | None:
    uri = params.text_document.uri
    if not _is_open(ls, uri):
        return None  # never opened: nothing is known about it
    document = ls.workspace.get_text_document(uri)
    offset = offset_at_position(document.source, params.position, document.position_codec.encoding)
    for finding in ls.findings.get(uri, ()):
        if finding.start.offset <= offset <= finding.end.offset:
            rule = next((r for r in linter(ls.last_good or Options()).rules
                         if r.code == finding.code), None)  # fmt: skip
            why = f"\n\n{rule.docs['why']}" if rule else ""
            text = (f"**{finding.code} {finding.rule}**: {finding.message}{why}\n\n"
                    f"**Instead:** {finding.suggestion}")  # fmt: skip
            return t.Hover(contents=t.MarkupContent(kind=t.MarkupKind.Markdown, value=text))
    return None


@server.feature(
    t.TEXT_DOCUMENT_CODE_ACTION, t.CodeActionOptions(code_action_kinds=[t.CodeActionKind.QuickFix])
)
def code_action(ls: ReplyLintServer, params: t.CodeActionParams) -> list[t.CodeAction]:
    uri = params.text_document.uri
    if not _is_open(ls, uri):
        return []
    document = ls.workspace.get_text_document(uri)
    path = _path(uri)
    try:
        options = ls.options_for_path(path)
        letter = letter_for(Input(path, document.source.encode("utf-8"),
                                  _suffix(uri, document.language_id)), options)  # fmt: skip
    except (ConfigError, InputError, KeyError, ValueError):
        return []
    if letter.positions != "file" or letter.file_map is not None:
        return []  # an encoded body: offsets are not the editor's, or an edit must be encoded
    rules = {rule.name: rule for rule in linter(options).rules}
    actions = []
    for diagnostic in params.context.diagnostics:
        data = diagnostic.data if isinstance(diagnostic.data, dict) else {}
        rule, start, end = rules.get(str(data.get("rule", ""))), data.get("start"), data.get("end")
        if rule is None or not isinstance(start, int) or not isinstance(end, int):
            continue
        fix = edit_for(letter, rule, start, end)
        if fix is None:
            continue
        encoding = document.position_codec.encoding
        at = positions_at_offsets(document.source, (fix.start, fix.end), encoding)
        edit = t.TextEdit(range=t.Range(at[fix.start], at[fix.end]), new_text=fix.text)
        actions.append(t.CodeAction(title=fix.title, kind=t.CodeActionKind.QuickFix,
                                    diagnostics=[diagnostic], is_preferred=True,
                                    edit=t.WorkspaceEdit(changes={uri: [edit]})))  # fmt: skip
    return actions


def serve() -> int:
    """Serve over standard input and output until the editor says exit; return the exit code."""
    return stdio.serve(server, sys.stdin.buffer, sys.stdout.buffer)


@click.command(context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--stdio",
    "_stdio",
    is_flag=True,
    help="Use standard input and output (the only way; for editors that pass it).",
)
@click.version_option(__version__, "--version", prog_name="replylint-lsp")
def main(_stdio: bool) -> None:
    """The replylint language server: findings, hovers and quick fixes in your editor.

    Editors start it and talk LSP over its standard input and output. It ends with 0 after
    'shutdown' and 'exit', and with 1 on 'exit' without 'shutdown'.
    """
    sys.exit(serve())


if __name__ == "__main__":
    main()
