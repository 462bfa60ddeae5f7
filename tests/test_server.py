"""The language server end to end, through a real LSP client over stdio (pytest-lsp)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
import pytest_lsp
from lsprotocol import types as t
from pytest_lsp import ClientServerConfig, LanguageClient, client_capabilities

BITTER = "Hi Dana,\n\nWell, thanks for nothing.\n\nBest,\nSam\n"


@pytest_lsp.fixture(
    config=ClientServerConfig(server_command=[sys.executable, "-m", "replylint.server"])
)
async def client(lsp_client: LanguageClient, tmp_path_factory: pytest.TempPathFactory):
    root = tmp_path_factory.mktemp("workspace")
    await lsp_client.initialize_session(t.InitializeParams(
        capabilities=client_capabilities("visual-studio-code"),
        root_uri=root.as_uri(),
        initialization_options={"model": "blank"},
    ))  # fmt: skip
    lsp_client.root = root
    yield
    await lsp_client.shutdown_session()


async def open_doc(
    client: LanguageClient, name: str, text: str, language: str = "plaintext"
) -> str:
    uri = (client.root / name).as_uri()
    client.text_document_did_open(t.DidOpenTextDocumentParams(
        text_document=t.TextDocumentItem(uri=uri, language_id=language, version=1, text=text)))  # fmt: skip
    await client.wait_for_notification(t.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    return uri


def codes(client: LanguageClient, uri: str) -> list[str]:
    return [d.code for d in client.diagnostics[uri]]


@pytest.mark.asyncio
async def test_open_publishes_diagnostics_with_utf16_ranges(client: LanguageClient) -> None:
    # "Zoë 👋" puts a character outside the BMP before the finding: 2 UTF-16 units.
    uri = await open_doc(client, "a.txt", "Hi Zoë 👋,\n\nRenée said it: thanks for nothing.\n")
    found = {d.code: d for d in client.diagnostics[uri]}
    vent = found["RL103"]
    assert vent.source == "replylint" and vent.severity == t.DiagnosticSeverity.Warning
    assert vent.range == t.Range(t.Position(2, 15), t.Position(2, 33))
    assert vent.code_description.href.endswith("negative-emotion.yml")
    assert "RL201" in found  # no thanks for the interview


@pytest.mark.asyncio
async def test_changes_are_debounced_and_the_newest_text_wins(client: LanguageClient) -> None:
    uri = await open_doc(client, "b.txt", BITTER)
    assert "RL103" in codes(client, uri)
    for version, text in enumerate(
        ["Hi Dana,\n\nWell, thanks", "Hi Dana,\n\nThank you for your time and consideration.\n"], 2
    ):
        client.text_document_did_change(t.DidChangeTextDocumentParams(
            text_document=t.VersionedTextDocumentIdentifier(uri=uri, version=version),
            content_changes=[t.TextDocumentContentChangeWholeDocument(text=text)]))  # fmt: skip
    await client.wait_for_notification(t.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    assert "RL103" not in codes(client, uri) and "RL201" not in codes(client, uri)


@pytest.mark.asyncio
async def test_close_clears_diagnostics(client: LanguageClient) -> None:
    uri = await open_doc(client, "c.txt", BITTER)
    client.text_document_did_close(
        t.DidCloseTextDocumentParams(text_document=t.TextDocumentIdentifier(uri=uri))
    )
    await client.wait_for_notification(t.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    assert list(client.diagnostics[uri]) == []


@pytest.mark.asyncio
async def test_hover_explains_the_finding(client: LanguageClient) -> None:
    uri = await open_doc(client, "d.txt", BITTER)
    result = await client.text_document_hover_async(t.HoverParams(
        text_document=t.TextDocumentIdentifier(uri=uri), position=t.Position(2, 10)))  # fmt: skip
    assert (
        "RL103 negative-emotion" in result.contents.value
        and "**Instead:**" in result.contents.value
    )
    nothing = await client.text_document_hover_async(t.HoverParams(
        text_document=t.TextDocumentIdentifier(uri=uri), position=t.Position(40, 99)))  # fmt: skip
    assert nothing is None


def apply(text: str, edits: list[t.TextEdit]) -> str:
    lines = text.split("\n")
    (edit,) = edits

    def offset(p: t.Position) -> int:
        return sum(len(line) + 1 for line in lines[: p.line]) + p.character

    return text[: offset(edit.range.start)] + edit.new_text + text[offset(edit.range.end) :]


async def fixes(client: LanguageClient, uri: str, code: str) -> list[t.CodeAction]:
    diagnostics = [d for d in client.diagnostics[uri] if d.code == code]
    return await client.text_document_code_action_async(t.CodeActionParams(
        text_document=t.TextDocumentIdentifier(uri=uri), range=diagnostics[0].range,
        context=t.CodeActionContext(diagnostics=diagnostics)))  # fmt: skip


@pytest.mark.asyncio
async def test_quick_fixes_change_the_text_as_promised(client: LanguageClient) -> None:
    text = ("---\nrejection:\n  from: [\"Dana Whitfield <dana@acme.com>\"]\n  company: Acme Corp\n---\n"
            "Dear Hiring Team,\n\nThank you for your time. I would love to join the team at Globex. "
            "Frankly, it's your loss.\n\nBest,\nSam\n")  # fmt: skip
    uri = await open_doc(client, "e.md", text, "markdown")
    (action,) = await fixes(client, uri, "RL301")
    assert action.title == "Address Dana Whitfield"
    assert apply(text, action.edit.changes[uri]).count("Dear Dana Whitfield,\n") == 1
    (action,) = await fixes(client, uri, "RL303")
    assert action.title == "Use Acme Corp"
    assert "the team at Acme Corp." in apply(text, action.edit.changes[uri])
    (action,) = await fixes(client, uri, "RL101")
    # the sentence goes with the space before it: no space is left at the end of the line
    assert action.title == 'Remove "Frankly, it\'s your loss."'
    assert apply(text, action.edit.changes[uri]).endswith("at Globex.\n\nBest,\nSam\n")
    (action,) = await fixes(client, uri, "RL203")
    assert action.title == "Add a feedback request"
    fixed = apply(text, action.edit.changes[uri])
    assert "your loss. Would you be willing to share what would make me a stronger" in fixed


@pytest.mark.asyncio
async def test_a_line_s_quick_fixes_name_their_sentence_once_each(client: LanguageClient) -> None:
    # Neovim's code-action command sends every diagnostic on the cursor's line; a menu of
    # identical "Remove this sentence" entries, two of them the same edit, helps nobody
    text = ("Hi Dana,\n\nThank you for your time. Your process was a joke. You never gave me a "
            "real chance, and frankly I'm furious.\n\nBest,\nSam\n")  # fmt: skip
    uri = await open_doc(client, "h.txt", text)
    line = [d for d in client.diagnostics[uri] if d.range.start.line == 2]
    # a blame in the first sentence; a blame and a vent in the second
    assert sorted(d.code for d in line) == ["RL101", "RL101", "RL103"]
    actions = await client.text_document_code_action_async(t.CodeActionParams(
        text_document=t.TextDocumentIdentifier(uri=uri),
        range=t.Range(t.Position(2, 0), t.Position(2, 0)),
        context=t.CodeActionContext(diagnostics=line)))  # fmt: skip
    assert [a.title for a in actions] == [
        'Remove "Your process was a joke."',
        'Remove "You never gave me a real chance, and frankly I\'m furious."',  # 58: in full
    ]
    # the second action fixes both of its sentence's findings
    assert sorted(d.code for d in actions[1].diagnostics) == ["RL101", "RL103"]
    assert apply(text, actions[1].edit.changes[uri]) == (
        "Hi Dana,\n\nThank you for your time. Your process was a joke.\n\nBest,\nSam\n"
    )


@pytest.mark.asyncio
async def test_settings_change_which_rules_run(client: LanguageClient) -> None:
    uri = await open_doc(client, "f.txt", BITTER)
    assert "RL201" in codes(client, uri)
    client.workspace_did_change_configuration(t.DidChangeConfigurationParams(
        settings={"replylint": {"select": ["RL103"]}}))  # fmt: skip
    await client.wait_for_notification(t.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    assert codes(client, uri) == ["RL103"]


@pytest.mark.asyncio
async def test_a_broken_config_is_shown_once_and_the_server_keeps_going(
    client: LanguageClient,
) -> None:
    uri = await open_doc(client, "g.txt", BITTER)
    (client.root / ".replylint.yaml").write_text("selct: [RL1]\n", encoding="utf-8")
    client.text_document_did_save(
        t.DidSaveTextDocumentParams(text_document=t.TextDocumentIdentifier(uri=uri))
    )
    await client.wait_for_notification(t.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    assert any("selct: unknown key" in m.message for m in client.messages)
    assert "RL103" in codes(client, uri)  # linted without the broken file


@pytest.mark.asyncio
async def test_robust_against_unknown_documents_huge_text_and_bad_positions(
    client: LanguageClient,
) -> None:
    ghost = (client.root / "ghost.txt").as_uri()
    assert await client.text_document_hover_async(t.HoverParams(
        text_document=t.TextDocumentIdentifier(uri=ghost), position=t.Position(0, 0))) is None  # fmt: skip
    uri = await open_doc(client, "huge.txt", "Thanks for nothing. " * 60_000)
    (only,) = client.diagnostics[uri]
    assert "too large" in only.message
    small = await open_doc(client, "h.txt", BITTER)
    result = await client.text_document_hover_async(t.HoverParams(
        text_document=t.TextDocumentIdentifier(uri=small), position=t.Position(2, 5000)))  # fmt: skip
    assert result is None
    for version in range(2, 40):  # a burst of edits
        client.text_document_did_change(t.DidChangeTextDocumentParams(
            text_document=t.VersionedTextDocumentIdentifier(uri=small, version=version),
            content_changes=[t.TextDocumentContentChangeWholeDocument(text=BITTER * (version % 3 + 1))]))  # fmt: skip
    await client.wait_for_notification(t.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    assert "RL103" in codes(client, small)


@pytest.mark.asyncio
async def test_edited_rule_files_take_effect_on_save(client: LanguageClient) -> None:
    rule = (Path(__file__).parent / "test_rule_files.py").read_text(encoding="utf-8")
    start = rule.index('GOOD_RULE = """\\\n') + len('GOOD_RULE = """\\\n')
    rule = rule[start : rule.index('"""', start)]
    (client.root / "rules").mkdir()
    (client.root / "rules" / "no-sorry.yml").write_text(rule, encoding="utf-8")
    (client.root / ".replylint.yaml").write_text(
        "rules-dirs: [rules]\nselect: [US101]\n", encoding="utf-8"
    )
    uri = await open_doc(client, "s.txt", "Hi Jo,\n\nI'm so sorry to write again.\n")
    assert [d.message for d in client.diagnostics[uri]] == ["Skip the apology: 'so sorry'."]
    (client.root / "rules" / "no-sorry.yml").write_text(
        rule.replace("Skip the apology", "No need to apologise"), encoding="utf-8"
    )
    client.text_document_did_save(
        t.DidSaveTextDocumentParams(text_document=t.TextDocumentIdentifier(uri=uri))
    )
    await client.wait_for_notification(t.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    assert [d.message for d in client.diagnostics[uri]] == ["No need to apologise: 'so sorry'."]
