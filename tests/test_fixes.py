"""Quick fixes: declared in rule files, shown by --diff, made by --fix, offered by the server."""

from __future__ import annotations

import base64
import os
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import invoke
from replylint.engine import Input, Options
from replylint.errors import ConfigError
from replylint.fixes.declared import KINDS
from replylint.fixes.edits import edit_for
from replylint.fixes.run import NotFixed, letter_for
from replylint.fixes.run import write as write_back
from replylint.rulefiles import load_rule_file, load_rules
from test_rule_files import GOOD_RULE

BLANK = ["--model", "blank"]
RULES = {rule.name: rule for rule in load_rules()}

#: A plain reply: a greeting by name alone, a vent in mid-paragraph, a blaming paragraph
#: of its own, and no feedback request or door left open.
PLAIN = """\
Greg,

Thank you for the interview on Tuesday and for the time the team gave me. Honestly, thanks for nothing.

Your process was a joke from start to finish.

Congratulations on your new hire; I wish the team every success.

Regards,
Derek Holloway
"""

#: Front matter says who signed and which company: the greeting and the company can be fixed.
FRONT_MATTER = """\
---
to: ["Dana Whitfield <dana.whitfield@acmecorp.com>"]
rejection:
  from: ["Dana Whitfield <dana.whitfield@acmecorp.com>"]
  company: Acme Corp
---
Dear Hiring Team,

Thank you for considering me for the analyst role. I would still love to join the team
at Globex one day, and I enjoyed meeting everyone at [Company Name].

Congratulations on your new hire. Could you share what would make me a stronger
candidate next time? Please keep me in mind for future openings.

Best,
Sam Lee
"""

HEADERS = """\
MIME-Version: 1.0
Date: Wed, 04 Mar 2026 10:00:00 -0500
Subject: Re: Your application for Marketing Coordinator
From: Chris Holloway <chris.holloway@gmail.com>
To: Dana Whitfield <dana.whitfield@acmecorp.com>
Content-Type: text/plain; charset="UTF-8"
"""
REPLY = """\
Hi Dana,

Thank you for the interview last week and for the time you and Raj gave me.
The panel was clearly biased against me.

Congratulations on finding your new coordinator; I wish the whole team every
success with the launch.

Best regards,
Chris
"""
#: The quoted rejection holds words the rules flag in a reply: they must never be touched.
QUOTE = """\

On Tue, Mar 3, 2026 at 4:20 PM Dana Whitfield <dana.whitfield@acmecorp.com> wrote:

> Hi Chris,
>
> Thank you for your interest in the Marketing Coordinator position at Acme
> Corp. Frankly, the process was a joke this year, and it's your loss if you
> stop applying.
>
> Best regards,
> Dana Whitfield
"""
EML = HEADERS + "Content-Transfer-Encoding: 7bit\n\n" + REPLY + QUOTE


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_bytes(text.encode("utf-8"))
    return path


def fixed(path: Path, *args: str, exit_code: int = 0) -> str:
    """Run --fix on ``path`` and return its new text."""
    invoke([str(path), *BLANK, "--fix", *args], exit_code=exit_code)
    return path.read_text(encoding="utf-8")


# --- each kind of fix on real letters ---------------------------------------------------


def test_plain_letter_every_kind_then_nothing_remains(tmp_path: Path) -> None:
    path = write(tmp_path, "reply.txt", PLAIN)
    result = invoke([str(path), *BLANK, "--fix"])
    assert result.stdout == "No problems found in 1 file.\n"  # the letter is linted again
    assert result.stderr == (f"replylint: {path}: fixed 4 findings: RL203 missing-feedback-"
                             "request, RL204 missing-door-open, RL103 negative-emotion, "
                             "RL101 blame-employer\n")  # fmt: skip
    assert (
        path.read_text(encoding="utf-8")
        == """\
Greg,

Thank you for the interview on Tuesday and for the time the team gave me.

Congratulations on your new hire; I wish the team every success. \
Would you be willing to share what would make me a stronger candidate next time? \
Please keep me in mind for future openings; I would be glad to stay in touch.

Regards,
Derek Holloway
"""
    )


def test_insert_start_goes_after_the_greeting_even_a_bare_name(tmp_path: Path) -> None:
    path = write(tmp_path, "reply.txt", "Greg,\n\nI got your email about the role.\n\nBest,\nSam\n")
    text = fixed(path, "--select", "RL201,RL202")
    assert text == ("Greg,\n\nThank you for considering me and for the time you gave me. "
                    "Congratulations on your new hire; I wish you and the team every success. "
                    "I got your email about the role.\n\nBest,\nSam\n")  # fmt: skip


def test_insert_end_goes_above_a_name_and_after_words_that_end_no_sentence(tmp_path: Path) -> None:
    path = write(tmp_path, "reply.txt", "Hi Jo,\n\nThank you for your time.\n\nSam\n")
    assert fixed(path, "--select", "RL204") == (
        "Hi Jo,\n\nThank you for your time. Please keep me in mind for future openings; "
        "I would be glad to stay in touch.\n\nSam\n"
    )
    listing = "Hi Jo,\n\nThank you for your time. My work:\n- example.com/portfolio\n\nBest,\nSam\n"
    path = write(tmp_path, "list.txt", listing)
    assert fixed(path, "--select", "RL204") == listing.replace(
        "portfolio\n",
        "portfolio\n\nPlease keep me in mind for future openings; "
        "I would be glad to stay in touch.\n",
    )


def test_replace_with_uses_the_context_and_front_matter_stays(tmp_path: Path) -> None:
    path = write(tmp_path, "reply.md", FRONT_MATTER)
    text = fixed(path, "--select", "RL301,RL303,RL401")
    head = FRONT_MATTER[: FRONT_MATTER.index("Dear")]
    assert text.startswith(head)
    assert text[len(head) :] == FRONT_MATTER[len(head) :].replace(
        "Dear Hiring Team,", "Dear Dana Whitfield,"
    ).replace("\nat Globex", "\nat Acme Corp").replace("[Company Name]", "Acme Corp")


def test_a_slot_the_context_cannot_fill_is_left_for_the_writer(tmp_path: Path) -> None:
    letter = FRONT_MATTER.replace("  company: Acme Corp\n", "").replace(
        "[Company Name]", "[Your Name]"
    )
    path = write(tmp_path, "reply.md", letter)
    result = invoke([str(path), *BLANK, "--diff", "--select", "RL401"], exit_code=1)
    assert result.stdout == ""  # neither slot can be filled: nothing to show
    assert path.read_text(encoding="utf-8") == letter


def test_email_fix_never_touches_headers_or_the_quoted_thread(tmp_path: Path) -> None:
    path = write(tmp_path, "reply.eml", EML)
    result = invoke([str(path), *BLANK, "--fix"])
    assert "No problems found" in result.stdout
    data = path.read_text(encoding="utf-8")
    head = HEADERS + "Content-Transfer-Encoding: 7bit\n\n"
    assert data.startswith(head) and data.endswith(QUOTE)
    assert data[len(head) : -len(QUOTE)] == REPLY.replace(
        "The panel was clearly biased against me.\n", ""
    ).replace(
        "with the launch.",
        "with the launch. Would you be willing to share what would make me a stronger "
        "candidate next time? Please keep me in mind for future openings; I would be glad "
        "to stay in touch.",
    )


def test_an_email_with_an_encoded_body_is_refused_in_one_line(tmp_path: Path) -> None:
    body = base64.encodebytes(REPLY.encode("utf-8")).decode("ascii")
    data = HEADERS + "Content-Transfer-Encoding: base64\n\n" + body
    path = write(tmp_path, "reply.eml", data)
    for option in ("--fix", "--diff"):
        result = invoke([str(path), *BLANK, option], exit_code=1)  # the blame is still there
        (line,) = result.stderr.splitlines()
        assert line == (f"replylint: {path}: not fixed: its body is encoded (base64 or "
                        "quoted-printable), so the findings point into the decoded text, "
                        "not the file")  # fmt: skip
        assert path.read_text(encoding="utf-8") == data


# --- --diff --------------------------------------------------------------------------------


def letters(folder: Path) -> dict[str, bytes]:
    """Write letters that test the edges of a diff: CRLF, no last line break, a BOM."""
    found = {
        "plain.txt": PLAIN.encode(),
        "crlf.txt": PLAIN.replace("\n", "\r\n").encode(),
        "no-last-break.txt": PLAIN.rstrip("\n").encode(),
        "bom.md": b"\xef\xbb\xbf" + FRONT_MATTER.encode(),
        "reply.eml": EML.encode(),
    }
    for name, data in found.items():
        (folder / name).write_bytes(data)
    return found


def test_diff_headers_name_each_fix_and_nothing_is_written(tmp_path: Path) -> None:
    path = write(tmp_path, "reply.md", FRONT_MATTER)
    before = path.stat()
    result = invoke([str(path), *BLANK, "--diff"], exit_code=1)
    assert result.stdout.startswith(
        "# RL301 wrong-recipient, line 7: Address Dana Whitfield\n"
        "# RL303 wrong-company, line 10: Use Acme Corp\n"
        "# RL401 template-placeholder, line 10: Fill in Acme Corp\n"
        f"--- {path}\n+++ {path}\n@@ "
    )
    after = path.stat()
    assert (after.st_mtime_ns, after.st_size) == (before.st_mtime_ns, before.st_size)


@pytest.mark.skipif(shutil.which("patch") is None, reason="needs GNU patch")
def test_diff_is_a_unified_diff_that_patch_applies_as_fix_would(tmp_path: Path) -> None:
    originals = letters(tmp_path)
    result = subprocess.run(
        [sys.executable, "-m", "replylint", *originals, *BLANK, "--diff"],
        cwd=tmp_path,
        capture_output=True,
        check=False,
    )
    assert result.returncode == 1, result.stderr
    diff = result.stdout
    assert diff.count(b"\n--- ") == len(originals)  # one block per letter, after its titles
    checked = subprocess.run(["patch", "--dry-run", "-p0"], input=diff, cwd=tmp_path,
                             capture_output=True, check=False)  # fmt: skip
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert b"FAILED" not in checked.stdout and b"fuzz" not in checked.stdout
    subprocess.run(["patch", "-p0"], input=diff, cwd=tmp_path, capture_output=True, check=True)
    patched = {name: (tmp_path / name).read_bytes() for name in originals}
    for name, data in originals.items():
        (tmp_path / name).write_bytes(data)
    invoke([*(str(tmp_path / name) for name in originals), *BLANK, "--fix"])
    for name in originals:
        assert (tmp_path / name).read_bytes() == patched[name], name
    assert patched["bom.md"].startswith(b"\xef\xbb\xbf---\n")
    assert not patched["no-last-break.txt"].endswith(b"\n")
    assert patched["crlf.txt"].count(b"\n") == patched["crlf.txt"].count(b"\r\n")


def test_diff_does_not_mix_with_report_options() -> None:
    result = invoke(["x.txt", "--diff", "--format", "json"], exit_code=2)
    assert "--diff prints a diff, not a report" in result.stderr
    invoke(["x.txt", "--diff", "--fix"], exit_code=2)


def test_standard_input_can_be_diffed_but_not_fixed() -> None:
    result = invoke(["-", *BLANK, "--diff", "--select", "RL101"], exit_code=1, input=PLAIN)
    assert result.stdout.startswith(
        '# RL101 blame-employer, line 5: Remove "Your process was a joke from start to finish."\n'
        "--- -\n"
    )
    result = invoke(["-", *BLANK, "--fix", "--select", "RL101"], exit_code=1, input=PLAIN)
    assert "replylint: -: not fixed: standard input cannot be written back (use --diff)" in (
        result.stderr
    )


def test_unreadable_files_still_exit_2_with_diff(tmp_path: Path) -> None:
    path = write(tmp_path, "reply.txt", PLAIN)
    result = invoke([str(path), str(tmp_path / "missing.txt"), *BLANK, "--diff"], exit_code=2)
    assert f"replylint: {tmp_path / 'missing.txt'}: no such file or folder" in result.stderr
    assert f"--- {path}" in result.stdout


# --- --fix: only when asked, atomically -----------------------------------------------------


def test_without_fix_a_letter_is_never_written(tmp_path: Path) -> None:
    path = write(tmp_path, "reply.txt", PLAIN)
    os.utime(path, ns=(1_000_000_000, 1_000_000_000))
    invoke([str(path), *BLANK], exit_code=1)
    invoke([str(path), *BLANK, "--format", "json"], exit_code=1)
    invoke([str(path), *BLANK, "--diff"], exit_code=1)
    assert path.read_bytes() == PLAIN.encode() and path.stat().st_mtime_ns == 1_000_000_000


def test_fix_keeps_permissions_leaves_no_temporary_file_and_follows_a_link(tmp_path: Path) -> None:
    path = write(tmp_path, "reply.txt", PLAIN)
    path.chmod(0o640)
    link = tmp_path / "link.txt"
    link.symlink_to(path)
    fixed(link)
    assert link.is_symlink() and "Your process" not in path.read_text(encoding="utf-8")
    assert stat.S_IMODE(path.stat().st_mode) == 0o640
    assert sorted(p.name for p in tmp_path.iterdir()) == ["link.txt", "reply.txt"]


def test_a_failed_write_leaves_the_letter_whole(tmp_path: Path, monkeypatch) -> None:
    path = write(tmp_path, "reply.txt", PLAIN)

    def full_disk(_descriptor: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", full_disk)
    result = invoke([str(path), *BLANK, "--fix"], exit_code=2)
    assert f"replylint: {path}: not fixed: cannot write it: No space left on device" in (
        result.stderr
    )
    assert "Found 4 problems" in result.stdout  # what it found is still reported
    assert path.read_bytes() == PLAIN.encode()
    assert [p.name for p in tmp_path.iterdir()] == ["reply.txt"]


def test_a_letter_changed_since_it_was_read_is_left_alone(tmp_path: Path) -> None:
    path = write(tmp_path, "reply.txt", "edited meanwhile")
    with pytest.raises(NotFixed, match="changed while it was being checked"):
        write_back(path, PLAIN.encode(), b"fixed")
    assert path.read_text(encoding="utf-8") == "edited meanwhile"


def test_exit_status_after_fix_is_what_remains(tmp_path: Path) -> None:
    # wrong-recipient's To line is for the writer to decide: it remains, and is an error
    letter = FRONT_MATTER.replace('to: ["Dana', 'to: ["Raj Patel <raj@acmecorp.com>", "Dana')
    path = write(tmp_path, "reply.md", letter)
    result = invoke([str(path), *BLANK, "--fix"], exit_code=1)
    assert "RL301" in result.stdout and "Raj Patel" in result.stdout
    assert "Dear Dana Whitfield," in path.read_text(encoding="utf-8")
    assert "Globex" not in path.read_text(encoding="utf-8")


# --- the server's fixes come from the same place --------------------------------------------


def test_the_server_era_fixes_are_all_declared() -> None:
    kinds = {name: [fix.kind for fix in rule.fix] for name, rule in RULES.items() if rule.fix}
    assert kinds == {
        "blame-employer": ["remove-sentence"], "downplay-effort": ["remove-sentence"],
        "negative-emotion": ["remove-sentence"], "reconsider-plea": ["remove-sentence"],
        "missing-thanks": ["insert-start"], "missing-congratulations": ["insert-start"],
        "missing-feedback-request": ["insert-end"], "missing-door-open": ["insert-end"],
        "wrong-recipient": ["replace-with"], "wrong-company": ["replace-with"],
        "template-placeholder": ["replace-with"],
    }  # fmt: skip


def test_inserted_sentences_satisfy_their_rules(tmp_path: Path) -> None:
    lines = [rule.fix[0].text for rule in RULES.values() if rule.fix and rule.fix[0].text
             and "{" not in rule.fix[0].text]  # fmt: skip
    path = write(tmp_path, "reply.txt", "Hi Jo,\n\n" + " ".join(lines) + "\n\nBest,\nSam\n")
    result = invoke([str(path), *BLANK, "--fail-on", "info"])
    assert result.stdout == "No problems found in 1 file.\n"


def test_no_fix_reaches_outside_the_writers_words() -> None:
    item = Input("reply.eml", EML.encode(), ".eml")
    letter = letter_for(item, Options())
    quote_at = EML.index("\nOn Tue")
    for rule in RULES.values():
        for start in range(0, len(EML), 7):
            edit = edit_for(letter, rule, start, min(start + 12, len(EML)))
            if edit is not None:
                assert letter.own.start <= edit.start <= edit.end <= quote_at, rule.name


# --- `fix:` in a user's rule file ------------------------------------------------------------

FIXED_RULE = GOOD_RULE.replace("examples:", "fix:\n  kind: remove-sentence\nexamples:")

#: (what is changed in FIXED_RULE, the exact error after the file path)
BROKEN_FIX = {
    "unknown-kind": (FIXED_RULE.replace("kind: remove-sentence", "kind: delete"),
                     ":14: fix: kind: must be one of remove-sentence, insert-start, insert-end, "
                     "replace-with (got 'delete')"),
    "unknown-key": (FIXED_RULE.replace("kind: remove-sentence", "kind: remove-sentence\n  colour: red"),
                    ":15: fix: colour: unknown key; allowed: kind, text, title, when, part"),
    "insert-without-text": (FIXED_RULE.replace("remove-sentence", "insert-end"),
                            ":14: fix: text: insert-end needs the words to put in, as a string"),
    "text-on-remove": (FIXED_RULE.replace("kind: remove-sentence", "kind: remove-sentence\n  text: Hi"),
                       ":15: fix: text: remove-sentence takes no text"),
    "unknown-placeholder": (FIXED_RULE.replace("kind: remove-sentence",
                                               "kind: replace-with\n  text: '{employer}'"),
                            ":15: fix: text: unknown placeholder {employer}; allowed: {company}, "
                            "{signers}, {match}"),
    "two-line-text": (FIXED_RULE.replace("kind: remove-sentence",
                                         'kind: insert-end\n  text: "One.\\nTwo."'),
                      ":15: fix: text: must be one line"),
    "bad-when": (FIXED_RULE.replace("kind: remove-sentence", "kind: remove-sentence\n  when: '(sorry'"),
                 ":15: fix: when: not a regular expression: missing ), unterminated subpattern "
                 "at position 0"),
    "when-on-insert": (FIXED_RULE.replace("kind: remove-sentence",
                                          "kind: insert-end\n  text: Thanks.\n  when: sorry"),
                       ":16: fix: when: only means something with replace-with or remove-sentence"),
    "bad-part": (FIXED_RULE.replace("kind: remove-sentence", "kind: remove-sentence\n  part: footer"),
                 ":15: fix: part: must be one of salutation, body, closing, signature, postscript (got 'footer')"),
    "not-a-mapping": (FIXED_RULE.replace("fix:\n  kind: remove-sentence", "fix: remove-sentence"),
                      ":13: fix: each fix must be a mapping with 'kind' (got 'remove-sentence')"),
    "list-entry": (FIXED_RULE.replace("fix:\n  kind: remove-sentence",
                                      "fix:\n  - kind: remove-sentence\n  - 3"),
                   ":15: fix: each fix must be a mapping with 'kind' (got 3)"),
    "empty-list": (FIXED_RULE.replace("fix:\n  kind: remove-sentence", "fix: []"),
                   ":13: fix: must be a mapping with 'kind', or a list of them"),
}  # fmt: skip


@pytest.mark.parametrize("case", sorted(BROKEN_FIX))
def test_a_broken_fix_is_a_file_and_line_error(tmp_path: Path, case: str) -> None:
    text, expected = BROKEN_FIX[case]
    path = tmp_path / "no-sorry.yml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        load_rule_file(path)
    assert str(info.value) == f"{path}{expected}"
    letter = write(tmp_path, "x.txt", "Hello.\n")
    result = invoke([str(letter), "--rules-dir", str(tmp_path), "--fix"], exit_code=2)
    assert result.stderr == f"replylint: error: {path}{expected}\n"
    assert letter.read_text(encoding="utf-8") == "Hello.\n"


def test_a_user_rule_can_declare_fixes_tried_in_order(tmp_path: Path) -> None:
    rules = tmp_path / "rules"
    rules.mkdir()
    rule = GOOD_RULE.replace(
        "examples:",
        """\
fix:
  - kind: replace-with
    when: '(?i)^so sorry$'
    text: "sorry"
    title: "Say {match} more simply"
  - kind: remove-sentence
examples:""",
    )
    (rules / "no-sorry.yml").write_text(rule, encoding="utf-8")
    letter = "Hi Jo,\n\nI'm so sorry to write again. Thank you for your time.\n\nBest,\nSam\n"
    path = write(tmp_path, "reply.txt", letter)
    args = ["--rules-dir", str(rules), "--select", "US101", "--fail-on", "info"]
    result = invoke([str(path), *BLANK, "--diff", *args], exit_code=1)
    assert result.stdout.startswith("# US101 no-sorry, line 3: Say so sorry more simply\n")
    assert fixed(path, *args) == letter.replace("so sorry", "sorry")


def test_the_readme_documents_fixes_and_its_example_rule_loads(tmp_path: Path) -> None:
    readme = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")
    assert "`--diff`" in readme and "`--fix`" in readme
    assert all(f"`{kind}`" in readme for kind in KINDS)
    start = readme.index("# my-rules/no-sorry.yml\n")
    (tmp_path / "no-sorry.yml").write_text(readme[start : readme.index("```", start)])
    assert [fix.kind for fix in load_rule_file(tmp_path / "no-sorry.yml").fix] == [
        "remove-sentence"
    ]
