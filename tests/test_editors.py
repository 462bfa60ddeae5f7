"""Editor settings and broken configurations, through a real LSP client (pytest-lsp)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
import pytest_lsp
from lsprotocol import types as t
from pytest_lsp import ClientServerConfig, LanguageClient, client_capabilities

BITTER = "Hi Dana,\n\nWell, thanks for nothing.\n\nBest,\nSam\n"
ROOT = Path(__file__).parent.parent


@pytest_lsp.fixture(
    config=ClientServerConfig(server_command=[sys.executable, "-m", "replylint.server"])
)
async def client(lsp_client: LanguageClient, tmp_path_factory: pytest.TempPathFactory):
    root = tmp_path_factory.mktemp("workspace")
    (root / "broken").mkdir()
    (root / "broken" / ".replylint.yaml").write_text("selct: [RL1]\n", encoding="utf-8")
    await lsp_client.initialize_session(t.InitializeParams(
        capabilities=client_capabilities("visual-studio-code"),
        root_uri=root.as_uri(),
        initialization_options={"model": "blank"},
    ))  # fmt: skip
    lsp_client.root = root
    yield
    await lsp_client.shutdown_session()


async def open_doc(client: LanguageClient, name: str, text: str) -> str:
    uri = (client.root / name).as_uri()
    client.text_document_did_open(t.DidOpenTextDocumentParams(
        text_document=t.TextDocumentItem(uri=uri, language_id="plaintext", version=1, text=text)))  # fmt: skip
    await client.wait_for_notification(t.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    return uri


async def change(client: LanguageClient, uri: str, version: int, text: str) -> None:
    client.text_document_did_change(t.DidChangeTextDocumentParams(
        text_document=t.VersionedTextDocumentIdentifier(uri=uri, version=version),
        content_changes=[t.TextDocumentContentChangeWholeDocument(text=text)]))  # fmt: skip
    await client.wait_for_notification(t.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)


async def configure(client: LanguageClient, **settings: object) -> None:
    client.workspace_did_change_configuration(t.DidChangeConfigurationParams(
        settings={"replylint": {"model": "blank", **settings}}))  # fmt: skip
    await client.wait_for_notification(t.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)


def codes(client: LanguageClient, uri: str) -> list[str]:
    return [d.code for d in client.diagnostics[uri]]


def shown(client: LanguageClient, text: str) -> list[str]:
    return [m.message for m in client.messages if text in m.message]


@pytest.mark.asyncio
async def test_a_broken_config_is_shown_once_and_defaults_keep_linting(
    client: LanguageClient,
) -> None:
    (client.root / "good").mkdir()
    (client.root / "good" / ".replylint.yaml").write_text("select: [RL103]\n", encoding="utf-8")
    good = await open_doc(client, "good/reply.txt", BITTER)
    assert codes(client, good) == ["RL103"]
    uri = await open_doc(client, "broken/reply.txt", BITTER)
    # every rule, as with no file (not another folder's rules, nor nothing)
    assert {"RL103", "RL201"} <= set(codes(client, uri))
    for version in range(2, 5):  # keystrokes: the same problem is not shown again
        await change(client, uri, version, BITTER + "Thanks again." * version)
    (message,) = shown(client, "selct")
    assert "broken/.replylint.yaml:1: selct: unknown key" in message
    assert message.startswith("replylint: ")
    assert client.messages[0].type == t.MessageType.Error


@pytest.mark.asyncio
async def test_a_setting_error_names_the_setting_not_a_flag(client: LanguageClient) -> None:
    uri = await open_doc(client, "a.txt", BITTER)
    await configure(client, select=["RL103", "no-such-rule"])
    (message,) = shown(client, "no-such-rule")
    assert message.startswith(
        "replylint: replylint.select: no rule is named or coded 'no-such-rule'"
    )
    assert "--select" not in message
    assert {"RL103", "RL201"} <= set(codes(client, uri))  # the defaults, not an empty list
    await change(client, uri, 2, BITTER + "\n")
    assert len(shown(client, "no-such-rule")) == 1


@pytest.mark.asyncio
async def test_a_model_named_in_the_config_file_is_blamed_on_the_file(
    client: LanguageClient,
) -> None:
    (client.root / "m").mkdir()
    (client.root / "m" / ".replylint.yaml").write_text("ignore: [too-long]\nmodel: en_no_such_model\n",
                                                       encoding="utf-8")  # fmt: skip
    # the session was started with model: blank; a setting set to null is cleared (an
    # empty settings object leaves the initializationOptions as they were)
    client.workspace_did_change_configuration(
        t.DidChangeConfigurationParams(settings={"replylint": {"model": None}})
    )
    uri = await open_doc(client, "m/reply.txt", BITTER)
    (message,) = shown(client, "en_no_such_model")
    assert (
        "m/.replylint.yaml:2: model: no spaCy pipeline package named 'en_no_such_model'" in message
    )
    assert "RL103" in codes(client, uri)


@pytest.mark.asyncio
async def test_max_words_setting_reaches_the_too_long_rule(client: LanguageClient) -> None:
    uri = await open_doc(client, "b.txt", BITTER)
    assert "RL402" not in codes(client, uri)
    await configure(client, maxWords=3)
    (long,) = [d for d in client.diagnostics[uri] if d.code == "RL402"]
    assert "under 3" in long.message
    await configure(client, maxWords="ten")
    assert "RL402" not in codes(client, uri)  # a wrong value is left out, and said so
    (message,) = shown(client, "maxWords")
    assert "replylint.maxWords: must be a whole number above 0" in message


def test_vscode_settings_are_the_ones_the_server_reads() -> None:
    manifest = json.loads((ROOT / "editors/vscode/package.json").read_text(encoding="utf-8"))
    settings = set(manifest["contributes"]["configuration"]["properties"])
    assert {"replylint.enable", "replylint.files", "replylint.maxWords", "replylint.select",
            "replylint.ignore", "replylint.model"} <= settings  # fmt: skip
    source = (ROOT / "editors/vscode/src/extension.ts").read_text(encoding="utf-8")
    for name in ("select", "ignore", "model", "maxWords"):
        assert f"{name}: values.get" in source  # sent under the name the server reads
    assert manifest["scripts"]["vscode:prepublish"] and manifest["repository"]["url"]
    default = manifest["contributes"]["configuration"]["properties"]["replylint.files"]["default"]
    assert "**/*.eml" in default and "**/{letters,replies,applications}/**/*.{txt,md}" in default


def test_vscode_front_matter_keys_are_the_readers() -> None:
    from replylint.sources.plain import KEYS

    source = (ROOT / "editors/vscode/src/extension.ts").read_text(encoding="utf-8")
    assert f"(?:{'|'.join(KEYS)})" in source  # a letter is known by the keys replylint reads
