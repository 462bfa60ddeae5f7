"""Malformed email drafts and --rejection emails: one line per bad file, never a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import invoke
from test_email import QUOTE_GMAIL, QUOTE_OUTLOOK, REPLY, eml

#: A good letter beside each bad one: its one finding shows the run went on.
GOOD = "Dear Jo,\n\nWell, thanks for nothing.\n"
REJECTION_BODY = "Dear Sam,\n\nWe chose another candidate.\n"


def run_folder(tmp_path: Path, data: bytes, exit_code: int, *args: str):
    """Lint a folder holding ``data`` as bad.eml and one good letter; return (result, bad)."""
    folder = tmp_path / "letters"
    folder.mkdir()
    bad = folder / "bad.eml"
    bad.write_bytes(data)
    good = folder / "good.txt"
    good.write_text(GOOD, encoding="utf-8")
    result = invoke([str(folder), "--model", "blank", "--no-cache", *args], exit_code=exit_code)
    assert "Traceback" not in result.stdout + result.stderr
    assert f"{good}:3:7: RL103" in result.stdout, "the good letter must still be linted"
    return result, bad


def error_line(result, bad: Path) -> str:
    """Return the one error line the run printed for ``bad``."""
    lines = [ln for ln in result.stdout.splitlines() if ln.startswith(f"{bad}: error: ")]
    assert len(lines) == 1, result.stdout
    return lines[0]


def rejection(tmp_path: Path, data: bytes, *args: str, exit_code: int):
    """Lint one reply with ``data`` as the --rejection email."""
    path = tmp_path / "rejection.eml"
    path.write_bytes(data)
    reply = tmp_path / "reply.txt"
    reply.write_text("Dear Hiring Team,\n\nThank you for your time.\n", encoding="utf-8")
    result = invoke([str(reply), "--rejection", str(path), "--model", "blank", "--no-cache",
                     "--select", "RL301", *args], exit_code=exit_code)  # fmt: skip
    assert "Traceback" not in result.stdout + result.stderr
    return result, path


def from_header(value: str, *, date: str = "Tue, 03 Mar 2026 16:20:00 -0500") -> bytes:
    """Return a rejection email sent by ``value``, with no signature to name anyone else."""
    return (f"From: {value}\nTo: Sam Lee <sam@example.com>\nDate: {date}\n"
            f"Subject: Your application\n\n{REJECTION_BODY}").encode()  # fmt: skip


# --- 3. group addresses ------------------------------------------------------------


@pytest.mark.parametrize(("to", "flagged"), [
    # the members of a group are the recipients
    ("Hiring: Dana Whitfield <dana.whitfield@acmecorp.com>;", None),
    ("Hiring: careers@acmecorp.com;", "careers@acmecorp.com is a shared mailbox"),
    ("panel: Dana Whitfield <dana.whitfield@acmecorp.com>, raj.patel@acmecorp.com;",
     "raj.patel@acmecorp.com did not sign"),
    # an empty group is simply no recipients
    ("undisclosed-recipients:;", None),
    # a group inside a group is not allowed, but its members are still recipients (this
    # was an AttributeError inside the standard library)
    ("a: b: raj.patel@acmecorp.com;;", "raj.patel@acmecorp.com did not sign"),
])  # fmt: skip
def test_group_recipients_in_a_draft(tmp_path: Path, to: str, flagged: str | None) -> None:
    data = eml(REPLY + QUOTE_GMAIL, to=to)
    result, bad = run_folder(tmp_path, data, 1 if flagged else 0, "--select", "RL301,RL103")
    found = [ln for ln in result.stdout.splitlines() if ln.startswith(f"{bad}:")]
    if flagged is None:
        assert found == [], result.stdout
    else:
        assert len(found) == 1 and "RL301" in found[0] and flagged in found[0], result.stdout


def test_group_in_cc_counts_too(tmp_path: Path) -> None:
    data = eml(REPLY + QUOTE_GMAIL, cc="panel: a: raj.patel@acmecorp.com;;")
    result, _ = run_folder(tmp_path, data, 1, "--select", "RL301,RL103")
    assert "raj.patel@acmecorp.com did not sign" in result.stdout


@pytest.mark.parametrize(("sender", "signed"), [
    ("Hiring: Dana Whitfield <dana.whitfield@acmecorp.com>;", True),
    ("a: b: Dana Whitfield <dana.whitfield@acmecorp.com>;;", True),
    ("undisclosed-recipients:;", False),
])  # fmt: skip
def test_group_sender_of_a_rejection(tmp_path: Path, sender: str, signed: bool) -> None:
    result, _ = rejection(tmp_path, from_header(sender), exit_code=1 if signed else 0)
    assert ("Dana Whitfield signed" in result.stdout) is signed, result.stdout


# --- 4. dates no calendar holds --------------------------------------------------------

IMPOSSIBLE_DATES = [
    "Mon, 1 Jan 99999 10:00:00 +0000",
    "Mon, 1 Jan 999999999999999999999 10:00:00 +0000",  # overflows a C long
    "Mon, 99999999999999999999 Jan 2026 10:00:00 +0000",
    "Mon, 1 Jan 2026 99999999999999999999:00:00 +0000",
    "Mon, 1 Jan 2026 10:00:00 +99999999999999999999",  # overflows a C int
    "Mon, 31 Feb 2026 10:00:00 +0000",
    "next tuesday",
]


@pytest.mark.parametrize("date", IMPOSSIBLE_DATES)
def test_impossible_date_in_a_draft(tmp_path: Path, date: str) -> None:
    result, bad = run_folder(tmp_path, eml(REPLY, date=date), 2)
    assert f"the Date header '{date}' is not a real date" in error_line(result, bad)


@pytest.mark.parametrize("date", IMPOSSIBLE_DATES)
def test_impossible_date_in_a_rejection(tmp_path: Path, date: str) -> None:
    result, path = rejection(tmp_path, from_header("dana@acmecorp.com", date=date), exit_code=2)
    assert result.stderr.splitlines() == [
        f"replylint: error: --rejection: {path}: broken email: the Date header '{date}' is "
        "not a real date"
    ]


def test_an_empty_date_is_unknown_not_an_error(tmp_path: Path) -> None:
    run_folder(tmp_path, eml(REPLY, date=""), 0, "--select", "RL302,RL103")


# --- 5. nesting past the recursion limit ----------------------------------------------


def nested_multipart(depth: int) -> bytes:
    """Return a draft whose text sits inside ``depth`` multipart sections."""
    opening = "".join(f'Content-Type: multipart/mixed; boundary="b{k}"\n\n--b{k}\n'
                      for k in range(depth))  # fmt: skip
    closing = "".join(f"\n--b{k}--\n" for k in reversed(range(depth)))
    return (f"From: Sam Lee <sam@example.com>\nTo: dana@acmecorp.com\nMIME-Version: 1.0\n"
            f"{opening}Content-Type: text/plain\n\n{REPLY}{closing}").encode()  # fmt: skip


DEEP = {
    "comments-in-to": (eml(REPLY, to="(" * 5000 + ")" * 5000 + " dana@acmecorp.com"),
                       "too deeply nested to read (the To header)"),
    "comments-in-content-type": (eml(REPLY, content_type="text/plain; (" + "(" * 5000),
                                 "too deeply nested"),
    "comments-in-encoding": (eml(REPLY).replace(b"Encoding: 8bit", b"Encoding: " + b"(" * 5000),
                             "too deeply nested"),
    "multipart": (nested_multipart(2000), "too deeply nested (2000 multipart or message parts"),
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(DEEP))
def test_too_deeply_nested_draft(tmp_path: Path, name: str) -> None:
    data, expected = DEEP[name]
    result, bad = run_folder(tmp_path, data, 2)
    assert expected in error_line(result, bad)


@pytest.mark.parametrize("name", sorted(DEEP))
def test_too_deeply_nested_rejection(tmp_path: Path, name: str) -> None:
    data, expected = DEEP[name]
    if name == "comments-in-to":  # a rejection is read for its sender
        data = data.replace(b"From: Sam Lee <sam@example.com>\nTo:", b"To: sam@example.com\nFrom:")
        expected = "too deeply nested to read (the From header)"
    result, path = rejection(tmp_path, data, exit_code=2)
    (line,) = result.stderr.splitlines()
    assert line.startswith(f"replylint: error: --rejection: {path}: broken email: ")
    assert expected in line


def test_nesting_a_draft_may_have_is_read(tmp_path: Path) -> None:
    result, bad = run_folder(tmp_path, nested_multipart(5), 0, "--select", "RL103")
    assert f"{bad}:" not in result.stdout


# --- other malformed headers and bodies ----------------------------------------------


def test_unclosed_domain_literal_is_no_traceback(tmp_path: Path) -> None:
    # the standard library's parser fails on it with an AttributeError
    data = eml(REPLY + QUOTE_GMAIL, to="Dana Whitfield <dana.whitfield@acmecorp.com>, a@[1.2.3")
    result, _ = run_folder(tmp_path, data, 1, "--select", "RL301,RL103")
    assert "a@[1.2.3] did not sign" in result.stdout
    rejected, _ = rejection(tmp_path, from_header("a@[1.2.3"), exit_code=0)
    assert rejected.stderr == ""


def test_raw_8bit_header_bytes_are_read(tmp_path: Path) -> None:
    data = eml(REPLY, to="Dana Whitfield <dana.whitfield@acmecorp.com>")
    data = data.replace(b"Subject: Re:", "Subject: Caf\xe9 Re:".encode("latin-1"))
    data = data.replace(b"To: Dana", "To: Ren\xe9e Dana".encode("latin-1"))
    run_folder(tmp_path, data, 0, "--select", "RL103")


def test_a_body_that_is_not_the_base64_it_claims_is_one_line(tmp_path: Path) -> None:
    # the standard library hands back the raw text with its line breaks removed
    result, bad = run_folder(tmp_path, eml(REPLY).replace(b": 8bit", b": base64"), 2)
    assert "broken email: the body is not the base64 its Content-Transfer-Encoding says" in (
        error_line(result, bad)
    )


@pytest.mark.parametrize("data", [
    # stray characters in base64 are skipped, as mail clients do
    eml(REPLY, encoding="base64").replace(b"\n\n", b"\n\n!", 1),
    # an encoding nobody knows: the body is taken as it stands
    eml(REPLY).replace(b": 8bit", b": x-unknown"),
    # a broken quoted-printable escape stays as written
    eml(REPLY.replace("Best,", "Best =ZZ,"), encoding="quoted-printable"),
])  # fmt: skip
def test_lenient_body_encodings_are_read(tmp_path: Path, data: bytes) -> None:
    run_folder(tmp_path, data, 0, "--select", "RL103")


def test_unknown_charset_is_one_line(tmp_path: Path) -> None:
    data = eml(REPLY, content_type="text/plain; charset=klingon")
    result, bad = run_folder(tmp_path, data, 2)
    assert "cannot decode the email body: unknown encoding: klingon" in error_line(result, bad)


@pytest.mark.parametrize("sent", [
    "Tuesday, March 3, 2026 4:20 PM (UTC+99:99)",
    "Tuesday, March 3, 2026 4:20 PM +9999",
])  # fmt: skip
def test_quoted_date_with_a_zone_no_clock_has_is_unknown(tmp_path: Path, sent: str) -> None:
    # dateutil reads the zone; datetime refused it later, in late-reply, with a traceback
    quote = QUOTE_OUTLOOK.replace("Sent: Tuesday, March 3, 2026 4:20 PM", f"Sent: {sent}")
    result, bad = run_folder(tmp_path, eml(REPLY + quote), 0, "--select", "RL302,RL103")
    assert f"{bad}:" not in result.stdout
