"""One document linted for the editor: its findings as LSP diagnostics."""

from __future__ import annotations

import contextlib
from pathlib import Path

from lsprotocol import types as t
from replylint.engine import Input, lint, linter
from replylint.errors import ConfigError
from replylint.findings import Finding, Severity
from replylint.project import config_for, per_file_ignores
from replylint.rules import Rule
from replylint.server.positions import positions_at_offsets
from replylint.server.state import ReplyLintServer, path_of
from replylint.sources import MAX_BYTES, READERS, too_large

_SEVERITIES = {Severity.ERROR: t.DiagnosticSeverity.Error,
               Severity.WARNING: t.DiagnosticSeverity.Warning,
               Severity.INFO: t.DiagnosticSeverity.Information}  # fmt: skip
#: Language ids that say which reader a document needs (others: its name, else its text).
_SUFFIXES = {"markdown": ".md", "email": ".eml", "eml": ".eml", "mail": ".eml"}


def suffix_of(uri: str, language: str | None) -> str:
    """Return the ending that picks the reader: an email language id, else the name's.

    An untitled or unknown document gets none, so that an email is known by its headers.
    """
    if _SUFFIXES.get(language or "") == ".eml":
        return ".eml"
    suffix = Path(path_of(uri)).suffix.lower()
    return suffix if suffix in READERS else _SUFFIXES.get(language or "", "")


def lint_document(ls: ReplyLintServer, uri: str) -> tuple[list[t.Diagnostic], tuple[Finding, ...]]:
    """Lint the document's current text (runs in the worker thread)."""
    ls.ready.wait()
    document = ls.workspace.get_text_document(uri)
    source = document.source  # one text for linting and positions, however fast the typing
    data = source.encode("utf-8")
    path = path_of(uri)
    item = Input(path, data, suffix_of(uri, document.language_id))
    if len(data) > MAX_BYTES:
        return [_notice(f"replylint could not check this document: {too_large(len(data))}")], ()
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
