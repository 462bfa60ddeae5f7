"""Emails from anywhere, positions in every email: stdin, --stdin-filename, QP, base64, HTML."""

from __future__ import annotations

import json
import quopri
from pathlib import Path

import pytest
from conftest import invoke
from lsprotocol import types as t
from pytest_lsp import LanguageClient
from replylint.engine import Input, read_letter
from test_server import client  # noqa: F401 (the pytest-lsp fixture)

HERE = Path(__file__).parent / "email_positions"
QP = HERE / "qp-soft-breaks-and-escapes.eml"
BASE64 = HERE / "base64-body.eml"
HTML = HERE / "html-only.eml"
MULTIPART = HERE / "multipart-qp-crlf.eml"
#: A clock two weeks after the drafts' Date header: a draft read without it is "late".
LATER = ["--now", "2026-03-18T09:00-05:00"]
LINT = ["--isolated", "--no-cache", "--model", "blank", *LATER]
QUIET = [*LINT, "--format", "json"]


def report(args: list[str], exit_code: int = 1, input: bytes | None = None) -> list[dict]:
    """Return the JSON report's files for a run of the CLI."""
    return json.loads(invoke([*QUIET, *args], exit_code=exit_code, input=input).stdout)["files"]


def raw(path: Path) -> str:
    """Return the file's text as replylint counts in it (CRLF kept)."""
    return path.read_bytes().decode("utf-8")


def where(diagnostic: dict) -> tuple[int, int, int, int]:
    start, end = diagnostic["start"], diagnostic["end"]
    return start["line"], start["column"], end["line"], end["column"]


def line_of(text: str, needle: str) -> tuple[int, int]:
    """Return the 1-based line and column where ``needle`` starts in ``text``."""
    at = text.index(needle)
    return text.count("\n", 0, at) + 1, at - (text.rfind("\n", 0, at) + 1) + 1


# --- quoted-printable: line:column point at the text in the file ------------------------


def test_quoted_printable_findings_point_at_the_encoded_text() -> None:
    text = raw(QP)
    (entry,) = report([str(QP)])
    assert entry["positions"] == "file"
    found = {d["rule"]: d for d in entry["diagnostics"]}
    # after a soft line break ("Tuesd=\nay.") the plea starts the file's 13th line
    plea = found["reconsider-plea"]
    assert plea["text"] == "reconsider"
    assert where(plea) == (13, 12, 13, 22)
    # after "it=E2=80=99s" (one character from three escapes), across "lo=\nss"
    loss = found["blame-employer"]
    assert loss["text"] == "your loss"
    assert where(loss)[:2] == line_of(text, "your lo=")
    assert where(loss)[2:] == (14, 3)
    for d in entry["diagnostics"]:
        encoded = text[d["start"]["offset"] : d["end"]["offset"]]
        assert quopri.decodestring(encoded.encode()).decode("utf-8") == d["text"]
        assert d["start"]["line"] >= 10, d  # never in the headers


def test_quoted_printable_context_still_comes_from_headers_and_quote() -> None:
    letter = read_letter(Input(str(QP), QP.read_bytes(), ".eml"))
    assert "café tour with Renée" in letter.own_text and "We have" not in letter.own_text
    assert [p.address for p in letter.context.to] == ["dana.whitfield@acmecorp.com"]
    assert [p.name for p in letter.context.signers] == ["Dana Whitfield"]
    assert letter.context.sent.isoformat() == "2026-03-04T09:00:00-05:00"
    # the To header's address is found where the file has it
    (dana,) = letter.context.to
    assert raw(QP)[dana.span.start : dana.span.end] == "dana.whitfield@acmecorp.com"


def test_text_report_shows_the_line_of_the_file() -> None:
    out = invoke([*LINT, "--select", "RL104", str(QP)]).stdout
    assert f"{QP}:13:12: RL104 [warning]" in out
    assert " 13 | ay. Please reconsider my application." in out
    # a base64 body: its first line, and what was found there, decoded
    out = invoke([*LINT, "--select", "RL101", str(BASE64)], exit_code=1).stdout
    assert f"{BASE64}:9:1: RL101 [error]" in out
    assert "= found in the encoded body that starts here: 'your loss'" in out


def test_multipart_quoted_printable_part_with_crlf_is_mapped_too() -> None:
    text = raw(MULTIPART)
    (entry,) = report([str(MULTIPART)])
    assert entry["positions"] == "file"
    found = {d["rule"]: d for d in entry["diagnostics"]}
    assert where(found["reconsider-plea"])[:2] == line_of(text, "reconsider")
    for d in entry["diagnostics"]:
        encoded = text[d["start"]["offset"] : d["end"]["offset"]]
        assert quopri.decodestring(encoded.encode()).decode("utf-8") == d["text"]
        # inside the text/plain part, never in a header or the HTML part
        assert text.index("quoted-printable") < d["start"]["offset"] < text.index("text/html")


# --- base64 and HTML: findings on the first line of the body part -----------------------


@pytest.mark.parametrize(("path", "first"), [(BASE64, "SGkgRGFu"), (HTML, "<html><body>")])
def test_base64_and_html_findings_point_at_the_body_s_first_line(path: Path, first: str) -> None:
    text = raw(path)
    (entry,) = report([str(path)])
    assert entry["positions"] == "body-start"
    line, _ = line_of(text, first)
    length = len(text.splitlines()[line - 1])
    rules = {d["rule"]: d for d in entry["diagnostics"]}
    assert rules["blame-employer"]["text"] == "your loss"
    assert rules["reconsider-plea"]["text"] == "reconsider"
    for d in entry["diagnostics"]:
        assert where(d) == (line, 1, line, length + 1), d


# --- standard input: an email is read as one, named or not ------------------------------


def test_stdin_email_without_a_name_is_read_as_an_email() -> None:
    (named,) = report([str(QP)])
    (piped,) = report(["-"], input=QP.read_bytes())
    assert piped["path"] == "-"
    # the Date header dates it (no late-reply by the clock) and the To header is kept
    assert piped["diagnostics"] == named["diagnostics"]
    assert "late-reply" not in {d["rule"] for d in piped["diagnostics"]}


def test_stdin_plain_letter_that_starts_like_a_header_stays_plain() -> None:
    letter = "Re: your note of Tuesday\n\nHi Dana,\n\nWell, thanks for nothing.\n"
    data = letter.encode()
    assert read_letter(Input("-", data, "")).own.start == 0
    (entry,) = report(["-", "--select", "RL103"], exit_code=0, input=data)
    (vent,) = entry["diagnostics"]
    assert where(vent)[:2] == (5, 7)


def test_stdin_filename_names_the_input_and_picks_the_reader() -> None:
    (entry,) = report(["--stdin-filename", "drafts/reply.eml", "-"], input=QP.read_bytes())
    assert entry["path"] == "drafts/reply.eml" and entry["positions"] == "file"
    # no '-' needed, as in ruff; a .txt name reads the draft as plain text, headers and all
    (plain,) = report(["--stdin-filename", "reply.txt"], exit_code=0, input=QP.read_bytes())
    assert plain["path"] == "reply.txt"
    assert "late-reply" in {d["rule"] for d in plain["diagnostics"]}


def test_stdin_filename_finds_the_configuration_and_exclude() -> None:
    # the configuration beside the name applies (there is none in the current folder)
    Path("drafts").mkdir()
    Path("drafts/.replylint.yaml").write_text("ignore: [reconsider-plea]\nexclude: ['*.eml']\n",
                                              encoding="utf-8")  # fmt: skip
    args = ["--no-cache", "--model", "blank", "--format", "json", *LATER,
            "--stdin-filename", "drafts/reply.eml", "-"]  # fmt: skip
    files = json.loads(invoke(args, exit_code=1, input=QP.read_bytes()).stdout)["files"]
    assert [f["path"] for f in files] == ["drafts/reply.eml"]
    assert "reconsider-plea" not in {d["rule"] for d in files[0]["diagnostics"]}
    excluded = invoke([*args, "--force-exclude"], exit_code=0, input=QP.read_bytes())
    assert json.loads(excluded.stdout)["files"] == []


def test_stdin_filename_without_reading_stdin_is_a_usage_error() -> None:
    result = invoke(["--stdin-filename", "reply.eml", str(QP)], exit_code=2)
    assert "--stdin-filename" in result.stderr


# --- the editor: the same reader and real lines ------------------------------------------


async def diagnostics(lsp: LanguageClient, name: str, path: Path, language: str) -> dict:
    uri = (lsp.root / name).as_uri()
    lsp.text_document_did_open(t.DidOpenTextDocumentParams(text_document=t.TextDocumentItem(
        uri=uri, language_id=language, version=1, text=raw(path))))  # fmt: skip
    await lsp.wait_for_notification(t.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    return {d.code: d.range for d in lsp.diagnostics[uri]}


@pytest.mark.asyncio
async def test_server_places_email_findings_on_real_lines(
    client: LanguageClient,  # noqa: F811 (the fixture imported above)
) -> None:
    # a QP draft named .eml: on the encoded text (LSP lines and characters count from 0)
    found = await diagnostics(client, "reply.eml", QP, "plaintext")
    assert found["RL104"] == t.Range(t.Position(12, 11), t.Position(12, 21))
    line, column = line_of(raw(QP), "your lo=")
    assert found["RL101"] == t.Range(t.Position(line - 1, column - 1), t.Position(13, 2))
    # a document whose name says nothing is known by its headers, as standard input is
    found = await diagnostics(client, "draft", QP, "plaintext")
    assert found["RL104"] == t.Range(t.Position(12, 11), t.Position(12, 21))
    # the language id says email whatever the name: base64 findings on the body's first line
    found = await diagnostics(client, "draft.txt", BASE64, "mail")
    assert found["RL101"] == found["RL104"] == t.Range(t.Position(8, 0), t.Position(8, 76))


def test_readme_documents_the_option_and_the_positions() -> None:
    readme = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")
    assert "`--stdin-filename NAME`" in readme
    assert all(f'`"{value}"`' in readme for value in ("file", "body-start", "decoded-body"))
