"""JSON-RPC over standard input and output for the language server, robust against bad messages.

pygls's own stdio loop (pygls 2.1) cannot be configured, and a message without a usable
Content-Length makes it read the message's body as a header, which swallows every later
message: the editor waits forever. A request whose params don't fit the protocol gets no
answer at all, and 'exit' always ends the process with 0. This module replaces that loop
and leaves the rest (handlers, responses, the workspace) to pygls.
"""

from __future__ import annotations

import asyncio
import io
import json
import os
import re
import sys
import threading
from typing import TYPE_CHECKING, Any, BinaryIO

import cattrs
from pygls.exceptions import (
    JsonRpcException,
    JsonRpcInvalidParams,
    JsonRpcInvalidRequest,
    JsonRpcParseError,
)
from pygls.io_ import StdoutWriter

if TYPE_CHECKING:
    from pygls.lsp.server import LanguageServer
    from pygls.protocol import LanguageServerProtocol

#: The largest message read (a document at the linter's size limit, escaped, fits many times).
MAX_MESSAGE_BYTES = 64 * 1024 * 1024
_HEADER = re.compile(rb"([!-9;-~]+):[ \t]*(.*?)[ \t]*\r?\n", re.DOTALL)
#: A Content-Length header ending a line: after a broken message, where the next one starts.
#: NOTE: this can't match inside a JSON body: a raw line end only occurs outside strings there.
_NEXT_MESSAGE = re.compile(rb"content-length:[ \t]*(\d+)[ \t]*\r?\n\Z", re.IGNORECASE)
#: How much of a line is read at once while looking for the next message.
_CHUNK = 64 * 1024


def warn(message: str) -> None:
    """Say what went wrong on standard error (editors show it in the server's log)."""
    print(f"replylint-lsp: {message}", file=sys.stderr, flush=True)


class _BadHeader(Exception):
    pass


class MessageReader:
    """Read message bodies from a byte stream, skipping any message whose header is broken."""

    def __init__(self, stream: BinaryIO) -> None:
        self.stream = stream

    def read(self) -> bytes | None:
        """Return the next message's body, or None at the end of the input."""
        first = None
        while True:
            try:
                length = self._header(first)
            except _BadHeader as exc:
                warn(f"skipped a message with a broken header: {exc.args[0]}")
                first = self._next_message(exc.args[1])
                if first is None:
                    return None
                continue
            except EOFError:
                return None
            body = self.stream.read(length)
            return body if len(body) == length else None

    def _line(self) -> bytes:
        line = self.stream.readline(_CHUNK)
        if not line:
            raise EOFError
        return line

    def _header(self, first: bytes | None) -> int:
        """Read one header block (up to its empty line) and return its Content-Length."""
        length = None
        line = self._line() if first is None else first
        while line not in (b"\r\n", b"\n"):
            match = _HEADER.fullmatch(line)
            if match is None:
                raise _BadHeader(f"'{_show(line)}' is not a header", line)
            name, value = match.groups()
            if name.lower() == b"content-length":
                length = _length(value)
                if length is None:
                    raise _BadHeader(f"Content-Length is '{_show(value)}', not a byte count", line)
            line = self._line()
        if length is None:
            raise _BadHeader("no Content-Length", line)
        return length

    def _next_message(self, line: bytes) -> bytes | None:
        """Read up to the next line ending in a usable Content-Length header; return the header."""
        while True:
            match = _NEXT_MESSAGE.search(line)
            if match is not None and _length(match.group(1)) is not None:
                return match.group(0)
            chunk = self.stream.readline(_CHUNK)
            if not chunk:
                return None
            # NOTE: keep the tail of a long line: the header may straddle two chunks.
            line = chunk if line.endswith(b"\n") else line[-64:] + chunk


def _length(value: bytes) -> int | None:
    if not value.isdigit() or len(value) > 12 or int(value) > MAX_MESSAGE_BYTES:
        return None
    return int(value)


def _show(data: bytes) -> str:
    return data[:40].decode("ascii", "replace").strip()


def serve(ls: LanguageServer, stdin: BinaryIO, stdout: BinaryIO) -> int:
    """Serve until the client says 'exit' or closes the input; return the exit code."""
    ls.protocol.set_writer(StdoutWriter(stdout))
    try:
        asyncio.run(_loop(ls.protocol, MessageReader(_own_reader(stdin))))
    except SystemExit as exc:  # how pygls ends the server on 'exit'
        return exc.code if isinstance(exc.code, int) else int(exc.code is not None)
    except BrokenPipeError:
        warn("the editor closed the connection")
        return 1
    except KeyboardInterrupt:
        return 130  # started by hand in a terminal and stopped with Ctrl-C
    finally:
        ls.shutdown()
    return 0


def _own_reader(stream: BinaryIO) -> BinaryIO:
    """Return a reader of our own on a copy of the stream's file descriptor.

    NOTE: at exit Python closes sys.stdin, which waits for the lock that our reading thread,
    blocked on input, holds: the process would abort instead of exiting.
    """
    try:
        return os.fdopen(os.dup(stream.fileno()), "rb")
    except (AttributeError, OSError, io.UnsupportedOperation):
        return stream  # not a file: nothing closes it at exit


async def _loop(protocol: LanguageServerProtocol, reader: MessageReader) -> None:
    loop = asyncio.get_running_loop()
    inbox: asyncio.Queue[bytes | None] = asyncio.Queue(maxsize=4)

    def pump() -> None:
        # NOTE: a daemon thread: blocked on input, it must not keep the process alive after 'exit'.
        while True:
            try:
                body = reader.read()
            except OSError as exc:
                warn(f"could not read standard input: {exc}")
                body = None
            try:
                asyncio.run_coroutine_threadsafe(inbox.put(body), loop).result()
            except RuntimeError:
                return  # the loop has ended
            if body is None:
                return

    threading.Thread(target=pump, name="replylint-stdin", daemon=True).start()
    while (body := await inbox.get()) is not None:
        handle(protocol, body)


def handle(protocol: LanguageServerProtocol, body: bytes) -> None:
    """Pass one message to pygls; answer a request that can't be handled with an error."""
    try:
        data = json.loads(body)
    except (ValueError, RecursionError) as exc:  # includes bytes that are not UTF-8
        warn(f"skipped a message that is not JSON ({exc})")
        _answer(protocol, None, JsonRpcParseError(f"Parse error: {exc}"))
        return
    if not isinstance(data, dict) or data.get("jsonrpc") != "2.0":
        warn("skipped a message that is not JSON-RPC 2.0")
        _answer(protocol, _id(data), JsonRpcInvalidRequest())
        return
    method = data.get("method")
    request = "id" in data and isinstance(method, str)
    if request and protocol._shutdown:
        # NOTE: pygls ignores these; a client would wait forever for the answer.
        _answer(
            protocol, _id(data), JsonRpcInvalidRequest("Invalid Request: the server is shut down")
        )
        return
    kind = protocol.get_message_type(method) if isinstance(method, str) else None
    try:
        # NOTE: structured here, not by pygls's structure_message, which only logs a traceback.
        message = (
            protocol._converter.structure(data, kind) if kind else protocol.structure_message(data)
        )
    except Exception as exc:
        problems = "; ".join(_camel(p) for p in cattrs.transform_error(exc))
        if request:
            _answer(
                protocol,
                _id(data),
                JsonRpcInvalidParams(f"Invalid params for {method}: {problems}"),
            )
        else:
            warn(f"ignored {method or 'a message'}: {problems}")
        return
    if isinstance(message, dict):  # a response pygls can't place
        warn("ignored a message that is neither a request, a notification nor a response")
        return
    try:
        protocol.handle_message(message)
    except Exception as exc:  # pygls answers a failing handler itself; this is anything else
        warn(f"could not handle {method or 'a message'}: {exc!r}")


def _id(data: Any) -> int | str | None:
    value = data.get("id") if isinstance(data, dict) else None
    return value if isinstance(value, (int, str)) and not isinstance(value, bool) else None


def _answer(
    protocol: LanguageServerProtocol, msg_id: int | str | None, error: JsonRpcException
) -> None:
    # NOTE: a plain dict: lsprotocol's converter drops "id": null, which JSON-RPC requires.
    error_object = {"code": error.code, "message": error.message}
    protocol._send_data({"jsonrpc": "2.0", "id": msg_id, "error": error_object})


def _camel(problem: str) -> str:
    """Name fields as the protocol does ('$.params.textDocument', not '.text_document')."""
    return re.sub(r"_([a-z])", lambda m: m.group(1).upper(), problem)
