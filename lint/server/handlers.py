"""The language server's features: what it does on each LSP message, and its command."""

from __future__ import annotations

import asyncio
import sys

import click
from lsprotocol import types as t
from replylint import __version__, stdio
from replylint import config as config_module
from replylint.engine import Input, Options, linter
from replylint.errors import ConfigError, InputError
from replylint.fixes.edits import edit_for
from replylint.fixes.run import letter_for
from replylint.rulefiles import clear_cache as clear_rules_cache
from replylint.server.documents import lint_document, suffix_of
from replylint.server.positions import offset_at_position, positions_at_offsets
from replylint.server.state import ReplyLintServer, is_open, path_of

server = ReplyLintServer()


async def _publish(ls: ReplyLintServer, uri: str, delay: float) -> None:
    """Lint after ``delay`` seconds and publish, unless newer text arrived meanwhile."""
    try:
        await asyncio.sleep(delay)
        if not is_open(ls, uri):
            return  # changes to a document that was never opened: ignore them
        document = ls.workspace.get_text_document(uri)
        version = document.version
        loop = asyncio.get_running_loop()
        diagnostics, findings = await loop.run_in_executor(ls.executor, lint_document, ls, uri)
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
    options = params.initialization_options
    ls.initial = dict(options) if isinstance(options, dict) else {}
    ls.apply_settings(options)


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
    given = settings.get("replylint", settings) if isinstance(settings, dict) else {}
    # NOTE: settings are laid over the initializationOptions, key by key: eglot with no
    # workspace configuration sends empty settings on connect, which dropped them all
    ls.apply_settings({**ls.initial, **given} if isinstance(given, dict) else given)
    for uri in list(ls.pending):
        _schedule(ls, uri, 0)


@server.feature(t.TEXT_DOCUMENT_HOVER)
def hover(ls: ReplyLintServer, params: t.HoverParams) -> t.Hover | None:
    uri = params.text_document.uri
    if not is_open(ls, uri):
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
    if not is_open(ls, uri):
        return []
    document = ls.workspace.get_text_document(uri)
    path = path_of(uri)
    try:
        options = ls.options_for_path(path)
        letter = letter_for(Input(path, document.source.encode("utf-8"),
                                  suffix_of(uri, document.language_id)), options)  # fmt: skip
    except (ConfigError, InputError, KeyError, ValueError):
        return []
    if letter.positions != "file" or letter.file_map is not None:
        return []  # an encoded body: offsets are not the editor's, or an edit must be encoded
    rules = {rule.name: rule for rule in linter(options).rules}
    actions: dict[tuple[int, int, str], t.CodeAction] = {}  # one per distinct edit
    for diagnostic in params.context.diagnostics:
        data = diagnostic.data if isinstance(diagnostic.data, dict) else {}
        rule, start, end = rules.get(str(data.get("rule", ""))), data.get("start"), data.get("end")
        if rule is None or not isinstance(start, int) or not isinstance(end, int):
            continue
        fix = edit_for(letter, rule, start, end)
        if fix is None:
            continue
        same = actions.get((fix.start, fix.end, fix.text))
        if same is not None:  # two findings in one sentence: one removal fixes both
            same.diagnostics.append(diagnostic)
            continue
        encoding = document.position_codec.encoding
        at = positions_at_offsets(document.source, (fix.start, fix.end), encoding)
        edit = t.TextEdit(range=t.Range(at[fix.start], at[fix.end]), new_text=fix.text)
        actions[fix.start, fix.end, fix.text] = t.CodeAction(
            title=fix.title, kind=t.CodeActionKind.QuickFix, diagnostics=[diagnostic],
            is_preferred=True, edit=t.WorkspaceEdit(changes={uri: [edit]}))  # fmt: skip
    return list(actions.values())


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
