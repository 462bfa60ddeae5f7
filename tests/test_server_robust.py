"""The language server against bad input: broken headers, wrong params, exit codes, positions."""

from __future__ import annotations

import json
import queue
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from lsprotocol import types as t
from pygls.workspace import TextDocument
from pygls.workspace.position_codec import PositionCodec
from pytest_lsp import LanguageClient
from replylint import __version__
from replylint.server.positions import offset_at_position, positions_at_offsets
from test_server import client, open_doc  # noqa: F401 (client is the pytest-lsp fixture)

#: Seconds to wait for an answer before calling the session dead (a guard, not a timing).
PATIENCE = 60
INVALID_PARAMS = -32602


class RawPeer:
    """A bare JSON-RPC client on the server's stdio, able to send what editors never should."""

    def __init__(self, *command: str) -> None:
        command = command or (sys.executable, "-m", "replylint.server")
        self.process = subprocess.Popen(
            command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE
        )
        self.inbox: queue.Queue[dict[str, Any] | None] = queue.Queue()
        self.stderr: list[str] = []
        self.seen: list[dict[str, Any]] = []
        threading.Thread(target=self._read_stdout, daemon=True).start()
        self._stderr_reader = threading.Thread(target=self._read_stderr, daemon=True)
        self._stderr_reader.start()

    def _read_stdout(self) -> None:
        stdout = self.process.stdout
        while True:
            length = None
            while (line := stdout.readline()) not in (b"\r\n", b""):
                name, _, value = line.decode("ascii").partition(":")
                if name.lower() == "content-length":
                    length = int(value)
            if not line or length is None:
                self.inbox.put(None)  # the server closed its output
                return
            self.inbox.put(json.loads(stdout.read(length)))

    def _read_stderr(self) -> None:
        for line in self.process.stderr:
            self.stderr.append(line.decode("utf-8", "replace"))

    def send_bytes(self, data: bytes) -> None:
        self.process.stdin.write(data)
        self.process.stdin.flush()

    def send(self, message: dict[str, Any]) -> None:
        body = json.dumps({"jsonrpc": "2.0", **message}).encode("utf-8")
        self.send_bytes(b"Content-Length: %d\r\n\r\n%s" % (len(body), body))

    def wait_for(self, wanted: Callable[[dict[str, Any]], bool], what: str) -> dict[str, Any]:
        """Return the first message from the server that is ``wanted``."""
        while True:
            try:
                message = self.inbox.get(timeout=PATIENCE)
            except queue.Empty:
                raise AssertionError(
                    f"no {what} within {PATIENCE} s; stderr:\n{''.join(self.stderr)}"
                ) from None
            if message is None:
                raise AssertionError(
                    f"the server closed its output before {what}; stderr:\n{''.join(self.stderr)}"
                )
            self.seen.append(message)
            if wanted(message):
                return message

    def request(self, id: int, method: str, params: Any) -> dict[str, Any]:
        self.send({"id": id, "method": method, "params": params})
        return self.wait_for(
            lambda m: m.get("id") == id and "method" not in m, f"answer to request {id}"
        )

    def initialize(self) -> None:
        # NOTE: no 'initialized' notification, so spaCy is never loaded: these tests are about the protocol.
        answer = self.request(0, "initialize", {"processId": None, "rootUri": None, "capabilities": {},
                                                "initializationOptions": {"model": "blank"}})  # fmt: skip
        assert "result" in answer

    def exit_code(self) -> int:
        code = self.process.wait(timeout=PATIENCE)
        self._stderr_reader.join(timeout=PATIENCE)
        return code


@pytest.fixture
def peer() -> Iterator[RawPeer]:
    peer = RawPeer()
    yield peer
    if peer.process.poll() is None:
        peer.process.kill()
    peer.process.wait()
    for stream in (peer.process.stdin, peer.process.stdout, peer.process.stderr):
        stream.close()


HOVER = {
    "textDocument": {"uri": "file:///tmp/nowhere.txt"},
    "position": {"line": 0, "character": 0},
}


# 22. broken framing


@pytest.mark.parametrize(
    "header",
    [b"Content-Length: abc\r\n\r\n", b"Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n",
     b"Content-Length: -5\r\n\r\n", b"Content-Length: 99999999999999999999\r\n\r\n"],
    ids=["not-a-number", "missing", "negative", "absurd"],
)  # fmt: skip
def test_a_message_with_a_bad_header_is_skipped_and_the_session_goes_on(
    peer: RawPeer, header: bytes
) -> None:
    peer.initialize()
    peer.send_bytes(header + json.dumps({"jsonrpc": "2.0", "id": 1, "method": "textDocument/hover",
                                         "params": HOVER}).encode())  # fmt: skip
    assert peer.request(2, "textDocument/hover", HOVER) == {
        "jsonrpc": "2.0",
        "id": 2,
        "result": None,
    }
    assert peer.request(3, "shutdown", None)["result"] is None
    assert not any(m.get("id") == 1 for m in peer.seen)  # the bad message was not guessed at
    peer.send({"method": "exit"})
    assert peer.exit_code() == 0
    assert any("header" in line.lower() for line in peer.stderr), peer.stderr


def test_headers_may_come_in_any_order_and_case(peer: RawPeer) -> None:
    peer.initialize()
    body = json.dumps(
        {"jsonrpc": "2.0", "id": 1, "method": "textDocument/hover", "params": HOVER}
    ).encode()
    peer.send_bytes(b"Content-Type: application/vscode-jsonrpc; charset=utf-8\r\ncontent-length: %d\r\n\r\n%s"
                    % (len(body), body))  # fmt: skip
    assert peer.wait_for(lambda m: m.get("id") == 1, "the answer")["result"] is None


def test_a_body_that_is_not_json_gets_a_parse_error_and_the_session_goes_on(peer: RawPeer) -> None:
    peer.initialize()
    peer.send_bytes(b"Content-Length: 9\r\n\r\n{not json")
    error = peer.wait_for(lambda m: "error" in m, "a parse error")
    assert error["id"] is None and error["error"]["code"] == -32700
    assert peer.request(2, "textDocument/hover", HOVER)["result"] is None


# 23. wrong parameters


def test_requests_with_wrong_params_get_an_invalid_params_error(peer: RawPeer) -> None:
    peer.initialize()
    action = peer.request(1, "textDocument/codeAction", {
        "textDocument": {"uri": "file:///tmp/a.txt"}, "range": "x", "context": {"diagnostics": []}})  # fmt: skip
    assert action["error"]["code"] == INVALID_PARAMS and "range" in action["error"]["message"]
    hover = peer.request(2, "textDocument/hover", {"position": {"line": 0, "character": 0}})
    assert hover["error"]["code"] == INVALID_PARAMS and "textDocument" in hover["error"]["message"]
    assert peer.request(3, "textDocument/hover", "nonsense")["error"]["code"] == INVALID_PARAMS
    assert peer.request(4, "textDocument/hover", HOVER) == {
        "jsonrpc": "2.0",
        "id": 4,
        "result": None,
    }


def test_notifications_with_wrong_params_or_unknown_documents_pass_quietly(peer: RawPeer) -> None:
    peer.initialize()
    ghost = {"uri": "file:///tmp/ghost.txt", "version": 2}
    peer.send(
        {
            "method": "textDocument/didChange",
            "params": {"textDocument": ghost, "contentChanges": [{"text": "Hi"}]},
        }
    )
    peer.send({"method": "textDocument/didClose", "params": {"textDocument": ghost}})
    peer.send({"method": "textDocument/didOpen", "params": {"textDocument": 7}})
    peer.send({"method": "textDocument/didSave", "params": None})
    assert peer.request(1, "textDocument/hover", HOVER)["result"] is None
    shown = [m for m in peer.seen if m.get("method") == "window/showMessage"]
    assert shown == []
    peer.process.stdin.close()
    peer.exit_code()
    assert not any("KeyError" in line for line in peer.stderr), peer.stderr


def test_a_request_after_shutdown_is_refused_not_ignored(peer: RawPeer) -> None:
    peer.initialize()
    assert peer.request(1, "shutdown", None)["result"] is None
    assert peer.request(2, "textDocument/hover", HOVER)["error"]["code"] == -32600


# 25. exit codes


def test_exit_without_shutdown_fails(peer: RawPeer) -> None:
    peer.initialize()
    peer.send({"method": "exit"})
    assert peer.exit_code() == 1


def test_exit_after_shutdown_succeeds(peer: RawPeer) -> None:
    peer.initialize()
    assert peer.request(1, "shutdown", None)["result"] is None
    peer.send({"method": "exit"})
    assert peer.exit_code() == 0


def test_replylint_lsp_passes_the_exit_code_on() -> None:
    peer = RawPeer(sys.executable, "-m", "replylint", "--lsp")
    try:
        peer.initialize()
        peer.send({"method": "exit"})
        assert peer.exit_code() == 1
    finally:
        peer.process.kill()
        peer.process.wait()


@pytest.mark.parametrize("option", ["--help", "--version"])
def test_help_and_version_answer_without_serving(option: str) -> None:
    done = subprocess.run([sys.executable, "-m", "replylint.server", option], capture_output=True,
                          text=True, timeout=PATIENCE, stdin=subprocess.PIPE)  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert ("Usage:" in done.stdout) if option == "--help" else (__version__ in done.stdout)
    assert "Content-Length" not in done.stdout


def test_an_unknown_option_is_a_usage_error() -> None:
    done = subprocess.run([sys.executable, "-m", "replylint.server", "--tcp"], capture_output=True,
                          text=True, timeout=PATIENCE, stdin=subprocess.PIPE)  # fmt: skip
    assert done.returncode == 2 and "--tcp" in done.stderr


# 24. offsets to positions in one pass


def pygls_positions(text: str, offsets: list[int], encoding: str) -> dict[int, t.Position]:
    document = TextDocument("file:///a.txt", text, position_codec=PositionCodec(encoding))
    return {offset: document.client_position_at_offset(offset) for offset in offsets}


UTF16 = t.PositionEncodingKind.Utf16


@pytest.mark.parametrize("encoding", [t.PositionEncodingKind.Utf16, t.PositionEncodingKind.Utf8,
                                      t.PositionEncodingKind.Utf32])  # fmt: skip
def test_positions_agree_with_pygls_on_every_offset(encoding: str) -> None:
    text = "Hi Zoë 👋,\r\n\r\nRenée 🎉🎉 said it:\nthanks for nothing.\rBest,\n\nSam \U0001d4ae\n"
    offsets = list(range(len(text) + 1))
    assert positions_at_offsets(text, offsets[::-1] + offsets, encoding) == pygls_positions(
        text, offsets, encoding
    )


def test_positions_count_utf16_units_and_lsp_line_ends() -> None:
    text = "👋👋 x\r\nab\u2028cd\x0c e\r\rz"
    found = positions_at_offsets(text, [3, 4, 5, 6, 8, 11, 14, 15, 16, 99], UTF16)
    assert found[3] == t.Position(0, 5)  # two emoji are four UTF-16 units
    assert found[4] == t.Position(0, 6)  # the '\r' of '\r\n'
    assert found[5] == t.Position(0, 7)  # between '\r' and '\n': still the first line
    assert found[6] == t.Position(1, 0)
    assert found[11] == t.Position(1, 5)  # U+2028 and form feed do not end lines in LSP
    assert found[14] == t.Position(1, 8)
    assert found[15] == t.Position(2, 0)  # a lone '\r' ends a line, so '\r\r' is two
    assert found[16] == t.Position(3, 0)
    assert found[99] == t.Position(3, 1)  # past the end: the end
    assert [offset_at_position(text, found[o], UTF16) for o in (3, 6, 11, 14, 16)] == [
        3,
        6,
        11,
        14,
        16,
    ]


def test_position_to_offset_clamps_to_the_line_and_the_text() -> None:
    text = "ab👋\ncd\r\nef"
    assert offset_at_position(text, t.Position(0, 4), UTF16) == 3
    assert offset_at_position(text, t.Position(0, 99), UTF16) == 3
    assert offset_at_position(text, t.Position(1, 99), UTF16) == 6
    assert offset_at_position(text, t.Position(2, 1), UTF16) == 9
    assert offset_at_position(text, t.Position(7, 0), UTF16) == len(text)


def test_many_findings_in_a_large_document_all_land_right() -> None:
    line = "Thanks 👋 for nothing.\r\n"
    text = line * 40_000  # close to the largest document the server accepts
    offsets = [i * len(line) + 9 for i in range(0, 40_000, 7)]
    found = positions_at_offsets(text, offsets, UTF16)
    assert all(found[o] == t.Position(o // len(line), 10) for o in offsets)


@pytest.mark.asyncio
async def test_a_document_named_with_a_space_and_written_with_crlf_is_checked(
    client: LanguageClient,  # noqa: F811 (the fixture imported above)
) -> None:
    uri = await open_doc(
        client, "my reply.txt", "Hi Zoë 👋,\r\n\r\nRenée said it: thanks for nothing.\r\n"
    )
    assert "%20" in uri  # pygls keeps it unquoted: 'is it open?' must ask the same way
    vent = {d.code: d for d in client.diagnostics[uri]}["RL103"]
    assert vent.range == t.Range(t.Position(2, 15), t.Position(2, 33))
    hover = await client.text_document_hover_async(t.HoverParams(
        text_document=t.TextDocumentIdentifier(uri=uri), position=t.Position(2, 20)))  # fmt: skip
    assert "RL103 negative-emotion" in hover.contents.value


@pytest.mark.asyncio
@pytest.mark.parametrize("settings", [{}, None, {"replylint": {}}])
async def test_empty_workspace_settings_keep_the_initialization_options(settings) -> None:
    # found with Emacs eglot: with no workspace configuration it sends empty settings on
    # connect, and the server dropped the initializationOptions it had been started with
    from replylint.server import handlers
    from replylint.server.state import ReplyLintServer

    ls = ReplyLintServer()
    handlers.initialize(ls, t.InitializeParams(
        capabilities=t.ClientCapabilities(),
        initialization_options={"ignore": ["RL103"], "maxWords": 90}))  # fmt: skip
    await handlers.did_change_configuration(ls, t.DidChangeConfigurationParams(settings=settings))
    assert ls.overrides.ignore == ("RL103",) and ls.overrides.max_words == 90
    # a setting the editor does give still wins
    await handlers.did_change_configuration(
        ls, t.DidChangeConfigurationParams(settings={"replylint": {"maxWords": 120}}))  # fmt: skip
    assert ls.overrides.ignore == ("RL103",) and ls.overrides.max_words == 120
