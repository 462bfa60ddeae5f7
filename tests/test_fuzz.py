"""Fuzz suite: whatever a letter, front matter, email, rule file or configuration holds.

Every property drives the real command line (in-process through click's runner, and a
subprocess where the bytes of standard output matter) and asserts what DESIGN.md
promises for bad input: no traceback, an exit status of 0, 1 or 2, exactly one
``path: error: ...`` line per unreadable letter while a good letter beside it is still
reported, one ``replylint: error:`` line naming the file for a broken rule or
configuration file, output that parses and validates in every machine format (JSON
against the contract below, SARIF against the official schema in ../shared/schemas,
JUnit as XML), true positions, and a letter never written to.

The runs are fixed and bounded for CI: each property is derandomized (the same examples
every run) with at most a few dozen examples, and no example database is kept. For a
deep manual run, set ``REPLYLINT_FUZZ_EXAMPLES``: each property then tries that many
examples with a fresh random seed, and a failure prints its seed and a
``@reproduce_failure`` line to replay it::

    REPLYLINT_FUZZ_EXAMPLES=2000 python -m pytest tests/test_fuzz.py -q -x

A failure found that way is kept below as an explicit example or plain test.
"""

from __future__ import annotations

import base64
import json
import os
import quopri
import re
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from xml.etree import ElementTree as ET

import jsonschema
import pytest
import yaml
from click.testing import CliRunner
from conftest import shared_file
from hypothesis import HealthCheck, event, example, given, settings
from hypothesis import strategies as st
from replylint.checks import CHECK_TYPES
from replylint.cli import main
from replylint.output import FORMATS
from replylint.output.safe import name as safe_name
from replylint.output.safe import shown
from replylint.ruleschema import COMMON_KEYS

# --- settings ----------------------------------------------------------------------------

#: Examples per property for a deep manual run (0: the fixed CI budget below).
DEEP = int(os.environ.get("REPLYLINT_FUZZ_EXAMPLES", "0") or 0)


def budget(examples: int):
    """Return the settings for a property: ``examples`` fixed ones, or DEEP random ones."""
    return settings(
        max_examples=DEEP or examples,
        derandomize=not DEEP,
        deadline=None,
        database=None,
        print_blob=True,
        suppress_health_check=[
            HealthCheck.too_slow,
            HealthCheck.data_too_large,
            HealthCheck.filter_too_much,
        ],
    )


# --- what a report must look like --------------------------------------------------------

_POSITION = {
    "type": "object",
    "required": ["line", "column", "offset"],
    "additionalProperties": False,
    "properties": {
        "line": {"type": "integer", "minimum": 1},
        "column": {"type": "integer", "minimum": 1},
        "offset": {"type": "integer", "minimum": 0},
    },
}
#: The JSON report as DESIGN.md's contract and the README describe it (with its additions,
#: "positions" and "score"); ../shared/schemas has no schema of its own for it.
JSON_REPORT = {
    "type": "object",
    "required": ["version", "files", "summary"],
    "additionalProperties": False,
    "properties": {
        "version": {"const": 1},
        "files": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["path", "diagnostics", "error", "positions"],
                "additionalProperties": False,
                "properties": {
                    "path": {"type": "string"},
                    "error": {"type": ["string", "null"], "minLength": 1},
                    "positions": {"enum": ["file", "body-start", "decoded-body"]},
                    "diagnostics": {
                        "type": "array",
                        "items": {
                            "type": "object",
                            "required": [
                                "rule",
                                "code",
                                "severity",
                                "message",
                                "start",
                                "end",
                                "text",
                                "suggestion",
                                "score",
                            ],
                            "additionalProperties": False,
                            "properties": {
                                "rule": {"type": "string", "pattern": "^[a-z][a-z0-9-]*$"},
                                "code": {"type": "string", "pattern": "^[A-Z]{1,4}[0-9]{3}$"},
                                "severity": {"enum": ["error", "warning", "info"]},
                                "message": {"type": "string", "minLength": 1},
                                "start": _POSITION,
                                "end": _POSITION,
                                "text": {"type": "string"},
                                "suggestion": {"type": "string"},
                                "score": {"type": ["number", "null"], "minimum": 0, "maximum": 1},
                            },
                        },
                    },
                },
            },
        },
        "summary": {
            "type": "object",
            "required": ["files", "errors", "warnings", "infos"],
            "additionalProperties": False,
            "properties": {
                k: {"type": "integer", "minimum": 0}
                for k in ("files", "errors", "warnings", "infos")
            },
        },
    },
}
_JSON_VALIDATOR = jsonschema.Draft202012Validator(JSON_REPORT)


class Sarif:
    """The official SARIF 2.1.0 schema from ../shared/schemas, compiled once."""

    def __init__(self) -> None:
        path = shared_file("schemas/sarif-schema-2.1.0.json")
        schema = json.loads(path.read_text(encoding="utf-8"))
        self._validator = jsonschema.validators.validator_for(schema)(schema)

    def validate(self, log: object) -> None:
        """Raise jsonschema.ValidationError when ``log`` is not valid SARIF."""
        self._validator.validate(log)

    def __repr__(self) -> str:
        return "Sarif()"  # NOTE: hypothesis prints the arguments of a failing example


@pytest.fixture(scope="module")
def sarif_validator() -> Sarif:
    """Return the SARIF validator (skipped where ../shared is missing, outside CI)."""
    return Sarif()


#: Exit codes a run may end with (DESIGN.md): 0 clean, 1 findings, 2 errors.
STATUSES = {0, 1, 2}
#: A letter every run lints beside the fuzzed input: it must always be reported.
GOOD = "Dear Jo,\n\nWell, thanks for nothing.\n"
#: Where GOOD's one venting finding is.
GOOD_FINDING = ":3:7: RL103"
_LINE_END = re.compile(r"\r\n|\r|\n")


@contextmanager
def scratch() -> Iterator[Path]:
    """Yield a new empty folder for one example (caches are per path: never reuse one)."""
    with tempfile.TemporaryDirectory(prefix="fuzz-") as folder:
        yield Path(folder).resolve()


def cli(args: list[str]):
    """Run the command line in-process; an uncaught exception fails the property."""
    result = CliRunner().invoke(main, args, catch_exceptions=False)
    out = result.stdout_bytes.decode("utf-8")  # strict: every report is valid UTF-8
    err = result.stderr_bytes.decode("utf-8")
    where = f"args: {args}\nexit code: {result.exit_code}\nstdout:\n{out}\nstderr:\n{err}"
    assert result.exit_code in STATUSES, where
    assert "Traceback" not in out + err, where
    return result.exit_code, out, err, where


def lint_everywhere(paths: list[str], extra: list[str], sarif) -> dict[str, tuple]:
    """Run ``paths`` once per output format; check each report is valid and all agree."""

    def run(fmt: str) -> tuple:
        return cli([*paths, "--model", "blank", "--no-cache", "--format", fmt, *extra])

    runs = {"json": run("json")}
    status, out, _, where = runs["json"]
    # NOTE: a configuration error stops every format alike, so one more is enough
    runs.update((fmt, run(fmt)) for fmt in (["text"] if status == 2 and not out else FORMATS))
    # the same exit status and the same standard error (empty, or the one error line)
    outcomes = {fmt: (r[0], r[2]) for fmt, r in runs.items()}
    assert len(set(outcomes.values())) == 1, f"formats disagree: {outcomes}"
    if status == 2 and not out:
        return runs  # a configuration error: nothing was linted (checked by the caller)
    doc = json.loads(out)
    _JSON_VALIDATOR.validate(doc)
    counts = {"error": 0, "warning": 0, "info": 0}
    for entry in doc["files"]:
        assert not (entry["error"] and entry["diagnostics"]), where
        for d in entry["diagnostics"]:
            counts[d["severity"]] += 1
            assert d["start"]["offset"] <= d["end"]["offset"], where
            assert d["start"]["line"] <= d["end"]["line"], where
    assert doc["summary"] == {
        "files": len(doc["files"]),
        "errors": counts["error"],
        "warnings": counts["warning"],
        "infos": counts["info"],
    }, where
    assert (status == 2) == any(e["error"] for e in doc["files"]), where
    log = json.loads(runs["sarif"][1])
    sarif.validate(log)
    # SARIF says the same as JSON: each finding at the same place, with the same text
    regions = sorted(
        (location["physicalLocation"]["artifactLocation"]["uri"], region["charOffset"],
         region["charLength"], region["snippet"]["text"])
        for result in log["runs"][0]["results"]
        for location in result["locations"]
        for region in [location["physicalLocation"]["region"]]
    )  # fmt: skip
    found = sorted(
        (entry["path"], d["start"]["offset"], d["end"]["offset"] - d["start"]["offset"], d["text"])
        for entry in doc["files"]
        for d in entry["diagnostics"]
    )
    assert regions == found, where
    suite = ET.fromstring(runs["junit"][1])
    assert suite.attrib["tests"] == str(len(doc["files"]))
    return runs


def check_letters(folder: Path, bad: Path, data: bytes, sarif, extra: list[str] = ()) -> dict:
    """Lint ``bad`` (holding ``data``) beside a good letter and check what every report says.

    Return the JSON report's entry for ``bad``.
    """
    bad.write_bytes(data)
    good = folder / "zz-good.txt"
    good.write_text(GOOD, encoding="utf-8")
    runs = lint_everywhere([str(bad), str(good)], list(extra), sarif)
    _, out, err, where = runs["json"]
    # standard error holds only warnings about the fuzzed letter (such as an unknown front
    # matter key), one line each, naming it
    warning = re.compile(rf"replylint: warning: {re.escape(shown(str(bad)))}:\d+: \S")
    assert all(warning.match(line) for line in err.splitlines()), where
    assert bad.read_bytes() == data, "replylint must never write to a letter"

    doc = json.loads(out)
    assert [f["path"] for f in doc["files"]] == [safe_name(str(bad)), str(good)], where
    entry, good_entry = doc["files"]
    # a crash inside the linter is caught per letter, but it is a bug all the same
    assert "internal error" not in (entry["error"] or ""), where
    assert good_entry["error"] is None, where
    assert any(d["code"] == "RL103" for d in good_entry["diagnostics"]), where

    # text: one line for an unreadable letter, naming it; the good letter still reported
    text = runs["text"][1]
    prefix = f"{shown(str(bad))}: error: "
    errors = [line for line in text.splitlines() if line.startswith(prefix)]
    assert len(errors) == (1 if entry["error"] else 0), text
    if entry["error"]:
        assert errors[0] == prefix + shown(entry["error"], 1000), text
        assert "\n" not in entry["error"] and "\r" not in entry["error"], entry["error"]
    assert f"{good}{GOOD_FINDING}" in text, text
    cases = ET.fromstring(runs["junit"][1]).findall("./testsuite/testcase")
    assert (cases[0].find("error") is not None) == bool(entry["error"])

    if entry["error"] is None and entry["positions"] != "decoded-body":
        # NOTE: an email's quoted-printable range covers the encoded text, so only a
        # letter's text is the file's own, character for character
        check_positions(data, entry, exact=bad.suffix.lower() != ".eml")
    # NOTE: events show in --hypothesis-show-statistics: which errors a run reached
    event(f"error: {entry['error'][:40]}" if entry["error"] else f"linted ({entry['positions']})")
    return entry


def check_positions(data: bytes, entry: dict, exact: bool = True) -> None:
    """Check every finding's offsets, lines and columns against the decoded file."""
    text = data.decode("utf-8-sig")
    starts = [0] + [m.end() for m in _LINE_END.finditer(text)]
    for d in entry["diagnostics"]:
        assert d["end"]["offset"] <= len(text), d
        if exact:
            assert text[d["start"]["offset"] : d["end"]["offset"]] == d["text"], d
        for point in (d["start"], d["end"]):
            line = max(i for i, s in enumerate(starts) if s <= point["offset"])
            assert (point["line"], point["column"]) == (
                line + 1,
                point["offset"] - starts[line] + 1,
            ), (d, point)


# --- strategies: letters -----------------------------------------------------------------

GREETINGS = [
    "Dear Dana,",
    "Hi Jo,",
    "Hello [Hiring Manager],",
    "Dear Ms. Whitfield,",
    "Dana,",
    "Good morning Dr. O'Neil-Ávila,",
    "Dear Sir or Madam,",
    "Hey {{first_name}}!",
    "To whom it may concern:",
    "Dear Dana Whitfield <dana@acmecorp.com>,",
]
SENTENCES = [
    "Thank you for letting me know.",
    "Well, thanks for nothing.",
    "It's your loss.",
    "I'd love to stay in touch.",
    "Could you share any feedback on my interview?",
    "Congratulations to the new hire.",
    "Please reconsider my application.",
    "I enjoyed meeting the team at XXX.",
    "I demand to know why I was rejected.",
    "The interview was a waste of my time.",
    "Thank you for the interview at Acme Corp.",
    "I hope you're happy with your decision.",
    "Please keep me in mind for future roles.",
    "I'm not angry at all.",
    "My lawyer will be in touch.",
    "Sorry for the late reply.",
    "I applied for the (position title) opening.",
    "Dear ___,",
    "I don't blame you at all.",
    "Thanks for your time — and for the coffee ☕.",
    "¡Muchas gracias por todo!",
    "感谢您的考虑。",
    "شكرا لك",
    "I wasn't surprised, you never gave me a fair chance.",
]
SIGN_OFFS = [
    "Best,\nSam",
    "Kind regards,\nSam Lee\nsam@example.com",
    "Thanks,\n-- \nSam",
    "Cheers",
    "Best regards,\nChris Holloway\nAcme Corp",
    "Sincerely,\n\n\nSam",
]
QUOTES = [
    "On Tue, Mar 3, 2026 at 4:20 PM Dana Whitfield <dana@acmecorp.com> wrote:\n"
    "> Thank you for your interest in Acme Corp.\n> We have decided to move forward with "
    "another candidate.\n>\n> Best regards,\n> Dana Whitfield\n> Acme Corp",
    "-----Original Message-----\nFrom: Dana Whitfield <dana@acmecorp.com>\n"
    "Sent: Tuesday, March 3, 2026 4:20 PM\nTo: Sam <sam@example.com>\nSubject: Your "
    "application\n\nThank you for applying.\n\nDana",
    "> > nested quote\n> quote\n>",
    "On 31/02/2026 25:61, Dana wrote:\n> bad date",
    "Le mar. 3 mars 2026 à 16:20, Dana <dana@acmecorp.com> a écrit :\n> Merci",
    "On Tue, Mar 3, 2026 at 4:20 PM Dana <dana@acmecorp.com> wrote:",
]
#: Characters a letter may hold that parsers, terminals and XML trip over.
ODD = [
    "\u2028",
    "\u2029",
    "\u202e",
    "\u2066",
    "\u200b",
    "\ufeff",
    "😀",
    "👩‍💻",
    "\x1b[31m",
    "\x1b]0;title\x07",
    "\x07",
    "\x0c",
    "\x0b",
    "\x85",
    "\x9b",
    "\r",
    "\t",
    "é",
    "e\u0301",
    "ﬁ",
    "\U0010ffff",
    "\ufffe",
    "\uffff",
    "\x7f",
    "\x00",
    "---",
    "...",
    "> ",
    "-- ",
    "\u00a0",
    "İ",
    "ß",
    "\u0130\u0307",
    "ǅ",
    "[",
    "]",
    "{",
    "}",
    "<",
    ">",
    "&amp;",
]
_LINE_ENDS = st.sampled_from(["\n", "\r\n", "\r", "\n\n", "\r\n\r\n", " ", ""])

long_lines = st.builds(
    lambda word, count: word * count,
    st.sampled_from(["word ", "x", "Thank you. ", "é", "[Company Name] ", "😀", ", ", "\t"]),
    st.integers(200, 6000),
)
fragments = st.one_of(
    st.sampled_from(SENTENCES),
    st.sampled_from(GREETINGS),
    st.sampled_from(SIGN_OFFS),
    st.sampled_from(QUOTES),
    st.sampled_from(ODD),
    st.text(max_size=60),
    st.text(st.characters(codec="ascii"), max_size=40),
    long_lines,
)
letter_texts = st.lists(st.tuples(fragments, _LINE_ENDS), min_size=1, max_size=20).map(
    lambda pieces: "".join(f"{a}{b}" for a, b in pieces)
)


@st.composite
def encoded(draw, texts=letter_texts) -> bytes:
    """Return a text as the bytes of a file: mostly UTF-8, sometimes not, sometimes damaged."""
    text = draw(texts)
    how = draw(st.sampled_from(["utf-8"] * 6 + ["bom", "utf-16", "latin-1", "surrogates"]))
    if how == "bom":
        data = b"\xef\xbb\xbf" + text.encode("utf-8")
    elif how == "utf-16":
        data = text.encode("utf-16")
    elif how == "latin-1":
        data = text.encode("latin-1", "replace")
    elif how == "surrogates":
        data = text.encode("utf-8") + draw(st.binary(max_size=8))
    else:
        data = text.encode("utf-8")
    for _ in range(draw(st.integers(0, 2))):
        at = draw(st.integers(0, len(data)))
        if draw(st.booleans()):
            data = data[:at] + draw(st.binary(min_size=1, max_size=6)) + data[at:]
        else:
            data = data[:at]
    return data


#: File names: plain, odd Unicode, undecodable bytes (surrogate-escaped, as Python gives them).
name_stems = st.one_of(
    st.just("letter"),
    st.text(
        st.characters(exclude_characters="/\x00", exclude_categories=("Cs",)),
        min_size=1,
        max_size=30,
    ),
    st.binary(min_size=1, max_size=30)
    .filter(lambda b: b"/" not in b and b"\x00" not in b)
    .map(os.fsdecode),
).filter(lambda s: s not in (".", "..") and len(os.fsencode(s)) < 200)


def place(folder: Path, stem: str, suffix: str) -> Path:
    """Return the path for a fuzzed input, in its own subfolder (never the good letter)."""
    inside = folder / "in"
    inside.mkdir(exist_ok=True)
    return inside / f"{stem}{suffix}"


# --- strategies: YAML ----------------------------------------------------------------------

_OFFSETS = st.builds(
    timezone,
    st.timedeltas(
        min_value=timedelta(hours=-23, minutes=-59), max_value=timedelta(hours=23, minutes=59)
    ),
)
#: Values that look like dates and are not, or barely are.
BAD_DATES = [
    "2026-02-30",
    "2026-13-01",
    "2026-02-30T10:00:00",
    "next tuesday",
    "0000-00-00",
    "9999-12-31T23:59:59+25:00",
    "2026-03-03 16:20:00 IST",
    "03/04/2026",
    "",
    "2026-03-03T24:00:00",
    "1e400",
    "99999-01-01",
    "2026-W10-2",
    "-1",
]
yaml_scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**30), max_value=10**30),
    st.floats(),
    st.text(max_size=30),
    st.sampled_from(
        [
            "Dana Whitfield <dana@acmecorp.com>",
            "Acme Corp",
            "careers@acmecorp.com",
            "blank",
            "error",
            "warning",
            "info",
            "RL101",
            "RL1",
            "too-long",
            "on",
            "no",
            "~",
            "null",
            "*.txt",
            "[",
            "!",
            "**",
            "\\",
        ]
    ),
    st.sampled_from(BAD_DATES),
    st.dates(min_value=date(1, 1, 1)),
    st.datetimes(timezones=st.none() | _OFFSETS),
)
yaml_values = st.recursive(
    yaml_scalars,
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.dictionaries(
            st.text(max_size=12) | st.sampled_from(["from", "to", "company"]), inner, max_size=4
        )
    ),
    max_leaves=10,
)
#: Text a YAML parser trips on, inserted into otherwise well-formed YAML.
YAML_DAMAGE = [
    "\t",
    '"',
    "'",
    ": ",
    "- ",
    "[",
    "{",
    "}",
    "]",
    "\n  ",
    "\n\t",
    "? ",
    "%YAML 1.1\n",
    "\u2028",
    "\x85",
    "#",
    "|",
    ">",
    "@",
    "`",
    "!",
    "!!timestamp 2026-02-30",
    "!!python/object/apply:os.system ['echo hi']",
    "!!binary ===",
    "!!bool maybe",
    "\\",
    "\ufeff",
    "&a x",
    "*a",
    "<<: {}",
    "!!int x",
    "!!float nope",
    "\x1b",
    "...\n",
    "---\n",
]


@st.composite
def yaml_text(draw, data, damage: int = 3) -> str:
    """Return ``data`` as YAML in a random style, with up to ``damage`` things broken."""
    text = yaml.safe_dump(
        data,
        allow_unicode=draw(st.booleans()),
        sort_keys=False,
        default_flow_style=draw(st.sampled_from([None, True, False])),
    )
    for _ in range(draw(st.integers(0, damage))):
        at = draw(st.integers(0, len(text)))
        if draw(st.integers(0, 4)):
            text = text[:at] + draw(st.sampled_from(YAML_DAMAGE)) + text[at:]
        else:
            text = text[:at]
    return text


FRONT_KEYS = ["to", "cc", "sent", "rejection", "subject", "from"]


NAMES = st.sampled_from(
    [
        "Dana Whitfield <dana.whitfield@acmecorp.com>",
        "Dana",
        "raj@acmecorp.com",
        "careers@acmecorp.com",
        "<>",
        "Dana <dana@",
        "Whitfield, Dana",
        "",
    ]
)
WHEN = st.one_of(
    st.datetimes(timezones=st.none() | _OFFSETS),
    st.dates(min_value=date(1, 1, 1)),
    st.sampled_from(BAD_DATES),
    st.sampled_from(["2026-03-04T10:00:00", "2026-03-03 16:20:00+01:00"]),
)
#: Values of the right shape (not always the right content) for the front matter's keys.
FRONT_SHAPES = {
    "to": NAMES | st.lists(NAMES, max_size=3),
    "cc": NAMES | st.lists(NAMES, max_size=3),
    "sent": WHEN,
    "rejection": st.fixed_dictionaries(
        {},
        optional={"from": NAMES | st.lists(NAMES, max_size=2), "received": WHEN,
                  "company": st.sampled_from(["Acme Corp", "", "ACME"]) | st.text(max_size=20)},
    ),
}  # fmt: skip


@st.composite
def front_matter(draw) -> dict:
    """Return a front matter mapping: the known keys, mostly with values of the right shape."""
    data = {}
    for _ in range(draw(st.integers(0, 5))):
        key = draw(st.sampled_from(FRONT_KEYS) if draw(st.integers(0, 4)) else st.text(max_size=10))
        good = key in FRONT_SHAPES and draw(st.integers(0, 4))
        data[key] = draw(FRONT_SHAPES[key] if good else yaml_values)
    return data


@st.composite
def markdown_letters(draw) -> bytes:
    """Return a letter with front matter, well-formed or not, as the bytes of a .md file."""
    block = draw(yaml_text(draw(front_matter()), damage=draw(st.sampled_from([0, 0, 1, 2, 3]))))
    end = draw(st.sampled_from(["\n", "\r\n"]))
    opening = draw(st.sampled_from(["---", "---", "--- ", "---\t"])) + end
    closing = draw(st.sampled_from(["---"] * 4 + ["...", "--- ", "", "----"]))
    body = draw(letter_texts.filter(str.strip) | st.sampled_from([GOOD, "\n\n"]))
    text = opening + block.replace("\n", end) + (closing + end if closing else "") + body
    return draw(encoded(st.just(text))) if draw(st.integers(0, 5)) == 0 else text.encode()


# --- properties: letters -----------------------------------------------------------------


@budget(60)
@given(data=encoded(), stem=name_stems, suffix=st.sampled_from([".txt", ".md", ".TXT", ""]))
@example(data=b"\xef\xbb\xbf\r\n\r\n", stem="letter", suffix=".txt")
@example(data=b"", stem="empty", suffix=".txt")
@example(data="Dear Jo,\u2028\u2028Thanks.\x85Best,\rSam".encode(), stem="x", suffix=".md")
def test_fuzzed_letters(sarif_validator, data: bytes, stem: str, suffix: str) -> None:
    with scratch() as folder:
        check_letters(folder, place(folder, stem, suffix), data, sarif_validator)


@budget(60)
@given(data=markdown_letters())
@example(data=b"---\nsent: 2026-02-30\n---\nDear Dana,\n")
@example(data=b"---\nto: !!python/object/apply:os.system ['echo hi']\n---\nHi\n")
def test_fuzzed_front_matter(sarif_validator, data: bytes) -> None:
    with scratch() as folder:
        check_letters(folder, place(folder, "reply", ".md"), data, sarif_validator)


# --- strategies: email -------------------------------------------------------------------

ADDRESSES = [
    "Dana Whitfield <dana.whitfield@acmecorp.com>",
    "dana@acmecorp.com",
    '"Whitfield, Dana" <dana@acmecorp.com>',
    "Panel: raj@acmecorp.com, Dana <dana@acmecorp.com>;",
    "Outer: Inner: a@x.com;;",
    "undisclosed-recipients:;",
    "<>",
    "careers@acmecorp.com",
    "=?utf-8?b?RGFuYSBXaGl0ZmllbGQ=?= <dana@acmecorp.com>",
    "=?utf-8?q?D=C3=A1na?= <d@x.com>",
    "=?bogus-charset?q?D=E1na?= <d@x.com>",
    "=?utf-8?b?!!!?= <d@x.com>",
    "=?utf-8?x?abc?=",
    "<@route,@other:a@b.com>",
    "a@[1.2.3",
    "a@b@c",
    "Name <a@b",
    "(comment) a@b.com (more",
    '"unterminated <a@b.com>',
    "a@b.com, , ,",
    "Dána Whitfield <dana@acmecorp.com>",
    "Dana <dana@acmecorp.com>, Raj Patel <raj@acmecorp.com>",
    "@",
    ":;",
    "<<a@b>>",
    ",",
    "=?utf-8?q?=E2=80=AE?= <rtl@x.com>",
    "a@b.com (Dana \\(the\\) boss)",
    '"" <@>',
]
DATES = [
    "Tue, 03 Mar 2026 16:20:00 +0000",
    "Wed, 4 Mar 2026 10:00:00 -0500",
    "3 Mar 2026 16:20 GMT",
    "Tue, 31 Feb 2026 10:00:00 +0000",
    "Mon, 99 Foo 99999999999 99:99:99 +9999",
    "Thu, 1 Jan 10000 00:00:00 +0000",
    "2026-03-03T16:20:00",
    "",
    "yesterday",
    "Tue, 03 Mar 2026 16:20:00 +2500",
    "Tue, 03 Mar 26 16:20:00 EST",
    "0",
    "Tue, 03 Mar 2026 16:20:00 IST",
    "Tue, 03 Mar 2026 16:20:60 +0000",
    "Fri, 31 Dec 9999 23:59:59 -2359",
    "Sat, 1 Jan 0001 00:00:00 +0000",
]
LEAF_TYPES = [
    "text/plain",
    'text/plain; charset="utf-8"',
    "text/plain; charset=iso-8859-1",
    "text/plain; charset=x-unknown",
    "text/plain; charset=utf-7",
    "text/html",
    "text/html; charset=utf-8",
    "text/plain; format=flowed; delsp=yes",
    "text",
    "application/octet-stream",
    "text/plain; charset=",
    'text/plain; charset="utf-8',
    "image/png",
    "",
    "text/plain; charset=utf-16",
    "TEXT/PLAIN; CHARSET=UTF-8",
    "text/plain; name*=utf-8''%E2%80%AE.txt",
    "text/plain; charset*=x''",
]
ENCODINGS = [
    "",
    "7bit",
    "8bit",
    "binary",
    "base64",
    "quoted-printable",
    "x-uuencode",
    "BASE64",
    "quoted-printable; junk",
    "bogus",
    " base64 ",
]
HTML_BITS = [
    "<html><body>",
    "<p>",
    "</p>",
    "<br>",
    "<div>",
    "<script>alert(1)</script>",
    "<style>p{}</style>",
    "&amp;",
    "&#xFFFFFFFF;",
    "&#0;",
    "&nbsp;",
    "<!--",
    "-->",
    "<blockquote>",
    "</blockquote>",
    "<a href='x'>",
    "<",
    "&#x202e;",
    "<![CDATA[x]]>",
    "</body></html>",
]
emails_texts = st.lists(st.tuples(fragments, _LINE_ENDS), min_size=1, max_size=10).map(
    lambda pieces: "".join(f"{a}{b}" for a, b in pieces)
)


@st.composite
def encoded_body(draw, text: str, encoding: str) -> bytes:
    """Return ``text`` encoded as ``encoding`` says, sometimes damaged."""
    raw = text.encode("utf-8") if draw(st.integers(0, 4)) else text.encode("latin-1", "replace")
    kind = encoding.strip().lower()
    if kind.startswith("base64"):
        data = base64.encodebytes(raw)
        damage = draw(st.sampled_from(["", "", "drop", "star", "padding", "cut"]))
        if damage and data:
            at = draw(st.integers(0, len(data) - 1))
            data = {
                "drop": data[:at] + data[at + 1 :],
                "star": data[:at] + b"*" + data[at:],
                "padding": data.replace(b"=", b""),
                "cut": data[:at],
            }[damage]
        return data
    if kind.startswith("quoted-printable"):
        data = quopri.encodestring(raw)
        extra = draw(st.sampled_from([b"", b"", b"=", b"=ZZ", b"=\n", b"=\r\n", b"=E2=80"]))
        at = draw(st.integers(0, len(data)))
        return data[:at] + extra + data[at:]
    return raw


@st.composite
def mime_part(draw, depth: int = 0) -> list:
    """Return one MIME part as [headers, body bytes]: a leaf, a multipart or a message."""
    kind = draw(st.sampled_from(["leaf"] * 3 + (["multipart", "message"] if depth < 3 else [])))
    headers: list[tuple[str, str]] = []
    if kind == "multipart":
        boundary = draw(st.sampled_from(["b1", "=_weird boundary", "x" * 80, "", "--"]))
        subtype = draw(st.sampled_from(["mixed", "alternative", "related", "signed", "x-odd"]))
        parameter = draw(
            st.sampled_from(
                [f'; boundary="{boundary}"', f"; boundary={boundary}", "", '; boundary="unclosed']
            )
        )
        headers.append(("Content-Type", f"multipart/{subtype}{parameter}"))
        used = boundary if draw(st.integers(0, 5)) else "other"
        body = draw(st.sampled_from([b"", b"This is a multi-part message.\n"]))
        for child in draw(st.lists(mime_part(depth + 1), max_size=3)):
            body += f"\n--{used}\n".encode() + render(*child)
        if draw(st.integers(0, 3)):
            body += f"\n--{used}--\n".encode()
        return [headers, body + draw(st.sampled_from([b"", b"epilogue\n"]))]
    if kind == "message":
        headers.append(("Content-Type", "message/rfc822"))
        inner_headers, inner_body = draw(mime_part(depth + 1))
        return [[*draw(header_set()), *inner_headers], inner_body]
    content_type = draw(
        st.sampled_from(LEAF_TYPES) if draw(st.integers(0, 2)) == 0
        else st.sampled_from(["text/plain; charset=utf-8", "", "text/html; charset=utf-8"])
    )  # fmt: skip
    encoding = draw(st.sampled_from(ENCODINGS))
    if content_type:
        headers.append(("Content-Type", content_type))
    if encoding:
        headers.append(("Content-Transfer-Encoding", encoding))
    text = draw(emails_texts | st.sampled_from([GOOD, ""]))
    if "html" in content_type:
        bits = draw(st.lists(st.sampled_from(HTML_BITS), max_size=6))
        text = "".join(bits[: len(bits) // 2]) + text + "".join(bits[len(bits) // 2 :])
    return [headers, draw(encoded_body(text, encoding))]


@st.composite
def header_set(draw) -> list[tuple[str, str]]:
    """Return a message's own headers: the usual ones, in any form, plus odd ones."""
    headers = []
    for name in draw(
        st.lists(
            st.sampled_from(
                ["From", "To", "Cc", "Date", "Subject", "MIME-Version", "Reply-To", "Bcc"]
            ),
            max_size=8,
        )
    ):
        if name in ("From", "To", "Cc", "Reply-To", "Bcc"):
            value = ", ".join(
                draw(
                    st.lists(
                        st.sampled_from(ADDRESSES) | st.text(max_size=20), min_size=1, max_size=3
                    )
                )
            )
        elif name == "Date":
            value = draw(
                st.sampled_from(DATES) if draw(st.integers(0, 4)) else st.text(max_size=30)
            )
        elif name == "MIME-Version":
            value = draw(st.sampled_from(["1.0", "2.0", "", "1.0 (produced by x)", "x"]))
        else:
            value = draw(
                st.sampled_from(
                    ["Re: Your application", "=?utf-8?q?Re=3A_=E2=9C=85?=", "=?utf-8?b?broken", ""]
                )
                | st.text(max_size=40)
            )
        headers.append((name, value))
    if draw(st.integers(0, 3)) == 0:
        headers.append(
            (
                draw(st.text(st.characters(codec="ascii"), min_size=1, max_size=12)),
                draw(st.text(max_size=30)),
            )
        )
    return headers


def render(headers: list[tuple[str, str]], body: bytes, end: str = "\n") -> bytes:
    """Return a part's bytes: its headers (raw UTF-8, as a careless mailer writes), a blank line."""
    head = "".join(f"{name}: {value}{end}" for name, value in headers)
    return head.encode("utf-8", "surrogateescape") + end.encode() + body


@st.composite
def emails(draw) -> bytes:
    """Return the bytes of a reply draft (.eml): headers and MIME structure of any shape."""
    headers, body = draw(mime_part())
    own = draw(header_set())
    end = draw(st.sampled_from(["\n", "\r\n"]))
    if draw(st.integers(0, 4)) == 0:
        # a long header folded over lines, as mailers do
        own.append(("Subject", f"Re:{end} Your{end}\tapplication"))
    data = render(own + headers, body, end)
    if draw(st.integers(0, 6)) == 0:
        data = data.replace(end.encode() * 2, end.encode(), 1)  # no blank line after the headers
    if draw(st.integers(0, 6)) == 0:
        data = draw(encoded(st.just(data.decode("utf-8", "replace"))))
    return data


# --- properties: email -------------------------------------------------------------------


@budget(60)
@given(data=emails())
@example(data=b"To: Outer: Inner: a@x.com;;\n\nHi,\n\nThanks.\n")
@example(data=b"Date: Thu, 1 Jan 10000 00:00:00 +0000\n\nHi,\n\nThanks.\n")
@example(data=b"Content-Type: multipart/mixed\n\n--\n\n")
def test_fuzzed_emails(sarif_validator, data: bytes) -> None:
    with scratch() as folder:
        check_letters(folder, place(folder, "reply", ".eml"), data, sarif_validator)


# --- strategies: rule files and configuration --------------------------------------------

#: The README's example rule: valid, so that each mutation tests one thing going wrong.
USER_RULE = {
    "name": "no-sorry",
    "code": "US101",
    "extends": "pattern",
    "severity": "info",
    "scope": "body",
    "message": "Skip the apology: '{match}'.",
    "skip-negated": True,
    "patterns": ["so sorry", [{"LOWER": {"IN": ["sorry", "apologies"]}}, {"LOWER": "for"}]],
    "unless": [[{"LOWER": "sorry"}, {"LOWER": "to"}, {"LOWER": "hear"}]],
    "docs": {
        "what": "Apologies for writing.",
        "why": "A reply is welcome.",
        "instead": "Just say thanks.",
    },
    "examples": {
        "flag": ["I'm so sorry to bother you again."],
        "pass": ["I was sorry to hear the team is moving offices."],
    },
}
#: Every key a rule file may have: the common ones and each check type's (read from the
#: code, so a new key is fuzzed as soon as it exists).
RULE_KEYS = sorted(COMMON_KEYS.union(*(check.KEYS for check in CHECK_TYPES.values())))
MESSAGES = [
    "Skip: '{match}'.",
    "{",
    "}",
    "{match",
    "{match!r}",
    "{match:d}",
    "{match:>10}",
    "{0}",
    "{}",
    "{count}",
    "{min}",
    "{max}",
    "{match!z}",
    "{{literal}}",
    "{match.upper}",
    "{match[0]}",
    "{detail}",
    "{match:{match}}",
    "{match:%}",
    "   ",
]
TOKEN_ATTRS = [
    "LOWER",
    "TEXT",
    "LEMMA",
    "ORTH",
    "NORM",
    "POS",
    "DEP",
    "ENT_TYPE",
    "OP",
    "IS_PUNCT",
    "LENGTH",
    "REGEX",
    "FUZZY",
    "SHAPE",
    "lower",
    "IS_SENT_START",
    "_",
    "SENT_START",
    "LIKE_NUM",
    "PREFIX",
]
token_values = st.one_of(
    st.sampled_from(["sorry", "so", "+", "*", "?", "!", "{2,3}", "{,}", "", "(", "[a-", "\\"]),
    st.integers(-3, 3),
    st.booleans(),
    st.none(),
    st.floats(),
    st.dictionaries(
        st.sampled_from(["IN", "NOT_IN", "REGEX", "FUZZY", "==", ">=", "IS_SUBSET", "bogus"]),
        st.sampled_from(["sorry", "(", 3]) | st.lists(st.sampled_from(["a", 1]), max_size=2),
        max_size=2,
    ),
)
token_patterns = st.lists(
    st.dictionaries(st.sampled_from(TOKEN_ATTRS) | st.text(max_size=6), token_values, max_size=3),
    max_size=3,
)
#: Regular expressions, valid and not; kept away from catastrophic backtracking (another
#: helper's subject) by a small alphabet and length.
regexes = st.text(st.sampled_from("ab()[]{}*+?|\\.^$-:!<=Pw1 "), max_size=8)


dependency_patterns = st.lists(
    st.lists(
        st.fixed_dictionaries(
            {
                "RIGHT_ID": st.text(max_size=4),
                "RIGHT_ATTRS": st.dictionaries(
                    st.sampled_from(TOKEN_ATTRS), token_values, max_size=2
                ),
            }
        ),
        max_size=2,
    ),
    max_size=2,
)
#: Values of the right shape (not always the right content) for the keys of a rule.
RULE_SHAPES = {
    "patterns": st.lists(token_patterns | regexes, max_size=3),
    "unless": st.lists(token_patterns | regexes, max_size=3),
    "message": st.sampled_from(MESSAGES),
    "dependency-patterns": dependency_patterns,
    "severity": st.sampled_from(["error", "warning", "info", "fatal", "Error"]),
    "scope": st.sampled_from(["body", "letter", "closing", "footer"])
    | st.lists(st.sampled_from(["salutation", "body", "signature", "x"]), max_size=3),
    "needs": st.lists(st.sampled_from(["tagger", "parser", "ner", "lemmatizer"]), max_size=2),
    "unless-scope": st.sampled_from(["sentence", "match", "letter"]),
    "skip-negated": st.booleans() | st.sampled_from(["yes", "on"]),
    "act": st.sampled_from(["thanks", "blame", "plea", "door-open", "nonsense"]),
    "threshold": st.sampled_from([0.5, 1, 0, 1.5, -0.1, float("nan")]),
    "unless-acts": st.lists(st.sampled_from(["thanks", "blame", "x"]), max_size=2),
    "min": st.integers(-1, 3),
    "max": st.integers(-1, 3) | st.just(10**30),
    "options": st.dictionaries(st.sampled_from(["max", "window", "x"]), st.integers(-1, 3)),
    "name": st.sampled_from(["no-sorry", "No-Sorry", "too-long", "", "no_sorry"]),
    "code": st.sampled_from(["US101", "RL101", "us101", "USER101", "US1011", "X999"]),
}


@st.composite
def rule_files(draw) -> tuple[str, str]:
    """Return (file name, text) for a user rule: the valid one, with a few things changed."""
    data = dict(USER_RULE)
    for _ in range(draw(st.integers(0, 3))):
        key = draw(st.sampled_from(RULE_KEYS) if draw(st.integers(0, 5)) else st.text(max_size=8))
        op = draw(st.sampled_from(["shape", "shape", "shape", "value", "delete"]))
        if op == "delete":
            data.pop(key, None)
        elif op == "shape" and key == "extends":
            data[key] = draw(st.sampled_from(["regex", "occurrence", "metric", "python"]))
            if data[key] == "regex":
                data["patterns"] = draw(st.lists(regexes, min_size=1, max_size=3))
                data.pop("unless", None)
        elif op == "shape" and key in RULE_SHAPES:
            data[key] = draw(RULE_SHAPES[key])
        else:
            data[key] = draw(yaml_values)
    stem = draw(st.sampled_from(["no-sorry", "no-sorry", "no-sorry", "too-long", "No Sorry"]))
    text = draw(yaml_text(data, damage=draw(st.sampled_from([0, 0, 0, 1, 2]))))
    return stem + draw(st.sampled_from([".yml", ".yaml"])), text


CONFIG_KEYS = [
    "select",
    "ignore",
    "extend-select",
    "severity",
    "per-file-ignores",
    "exclude",
    "fail-on",
    "model",
    "acts",
    "max-words",
    "reply-window-hours",
    "generic-addresses",
    "rules-dirs",
]
IDENTS = [
    "RL1",
    "RL101",
    "blame-employer",
    "too-long",
    "rl1",
    "R",
    "",
    "1",
    "RL9",
    "US101",
    "*",
    "negative-emotion",
    "RL",
]
GLOBS = [
    "*.txt",
    "**",
    "[",
    "!",
    "\\",
    "zz-good.txt",
    "/abs",
    "",
    "a/**/b",
    "in/",
    "*",
    "#x",
    "!zz-good.txt",
    "[z-a]",
]
config_values = {
    "select": st.lists(st.sampled_from(IDENTS), max_size=3),
    "ignore": st.lists(st.sampled_from(IDENTS), max_size=3),
    "extend-select": st.lists(st.sampled_from(IDENTS), max_size=3),
    "severity": st.dictionaries(
        st.sampled_from(IDENTS),
        st.sampled_from(["error", "warning", "info", "ERROR", "fatal", ""]),
        max_size=3,
    ),
    "per-file-ignores": st.dictionaries(
        st.sampled_from(GLOBS), st.lists(st.sampled_from(IDENTS), max_size=2), max_size=3
    ),
    "exclude": st.lists(st.sampled_from(GLOBS), max_size=3),
    "fail-on": st.sampled_from(["error", "warning", "info", "none", "Error"]),
    # NOTE: never a trained pipeline: loading one would take most of the time budget
    "model": st.sampled_from(["blank", "no_such_pipeline", "os", "", "en-core", "../x"]),
    "acts": st.sampled_from(["both", "patterns", "model", "neither"]),
    "max-words": st.integers(-2, 3) | st.sampled_from([250, 10**30]),
    "reply-window-hours": st.integers(-2, 3) | st.sampled_from([48, 10**30]),
    "generic-addresses": st.lists(st.sampled_from(["careers", "", "DANA", "*"]), max_size=2),
    "rules-dirs": st.lists(st.sampled_from(["rules", "nope", ".", ""]), max_size=2),
}


@st.composite
def configurations(draw) -> dict:
    """Return a configuration mapping: known keys with good or bad values, unknown keys."""
    data = {}
    for _ in range(draw(st.integers(0, 5))):
        key = draw(st.sampled_from(CONFIG_KEYS) if draw(st.integers(0, 5)) else st.text(max_size=8))
        good = key in config_values and draw(st.integers(0, 3))
        data[key] = draw(config_values[key] if good else yaml_values)
    return data


def toml_value(value: object) -> str:
    """Return ``value`` in TOML (what tomllib can't say, such as None, becomes a string)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        text = repr(value)
        return {"nan": "nan", "inf": "inf", "-inf": "-inf"}.get(text, text)
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(toml_value(v) for v in value) + "]"
    if isinstance(value, dict):
        return (
            "{"
            + ", ".join(f"{json.dumps(str(k))} = {toml_value(v)}" for k, v in value.items())
            + "}"
        )
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    return json.dumps(str(value))


@st.composite
def config_files(draw) -> tuple[str, str]:
    """Return (file name, text) for a configuration file: YAML, or TOML in pyproject.toml."""
    data = draw(configurations())
    if draw(st.integers(0, 3)):
        name = draw(st.sampled_from([".replylint.yaml", ".replylint.yml", "my config.yaml"]))
        return name, draw(yaml_text(data, damage=draw(st.sampled_from([0, 0, 0, 1, 2]))))
    lines = ["[project]", 'name = "x"', "", "[tool.replylint]"]
    lines += [f"{json.dumps(str(k))} = {toml_value(v)}" for k, v in data.items()]
    text = "\n".join(lines) + "\n"
    for _ in range(draw(st.integers(0, 2))):
        at = draw(st.integers(0, len(text)))
        text = (
            text[:at]
            + draw(
                st.sampled_from(['"', "[", "=", "\n[tool.replylint]\n", "\t", "\x00", "'''", "}"])
            )
            + text[at:]
        )
    return "pyproject.toml", text


def check_settings_file(folder: Path, path: Path, args: list[str], sarif) -> None:
    """Lint the good letter with a rule or configuration file; check the error or the report."""
    good = folder / "zz-good.txt"
    good.write_text(GOOD, encoding="utf-8")
    before = path.read_bytes()
    runs = lint_everywhere([*args, str(good)], [], sarif)
    status, out, err, where = runs["json"]
    assert path.read_bytes() == before
    if status == 2 and not out:
        # a broken rule or configuration file: one line that names it, nothing else
        lines = err.splitlines()
        assert len(lines) == 1 and lines[0].startswith("replylint: error: "), where
        assert shown(str(path)) in lines[0], where
        event(f"error: {lines[0].split(':', 4)[-1][:40]}")
        return
    assert err == "", where
    doc = json.loads(out)
    assert [(f["path"], f["error"]) for f in doc["files"]] == [(str(good), None)], where
    event("linted")


# --- properties: rule files and configuration ----------------------------------------------


@budget(40)
@given(rule=rule_files())
def test_fuzzed_rule_files(sarif_validator, rule: tuple[str, str]) -> None:
    with scratch() as folder:
        rules = folder / "rules"
        rules.mkdir()
        path = rules / rule[0]
        path.write_bytes(rule[1].encode("utf-8", "surrogateescape"))
        check_settings_file(folder, path, ["--rules-dir", str(rules)], sarif_validator)


@budget(60)
@given(config=config_files())
def test_fuzzed_configuration_files(sarif_validator, config: tuple[str, str]) -> None:
    with scratch() as folder:
        (folder / "rules").mkdir()
        (folder / "rules" / "no-sorry.yml").write_text(yaml.safe_dump(USER_RULE), encoding="utf-8")
        path = folder / config[0]
        path.write_bytes(config[1].encode("utf-8", "surrogateescape"))
        check_settings_file(folder, path, ["--config", str(path)], sarif_validator)


# --- a real process over a folder of everything ------------------------------------------

#: Input kinds for a folder: a strategy for the bytes and the file name ending.
KINDS = {"txt": encoded(), "md": markdown_letters(), "eml": emails()}


@budget(3)
@given(
    files=st.lists(st.sampled_from(sorted(KINDS)).flatmap(
        lambda kind: st.tuples(st.just(kind), KINDS[kind])), min_size=1, max_size=8),
    jobs=st.sampled_from([1, 2]),
)  # fmt: skip
def test_fuzzed_folder_in_a_real_process(files: list[tuple[str, bytes]], jobs: int) -> None:
    """A folder of fuzzed letters, in a real process: its stdout bytes and exit status.

    With --jobs 2 the files are repeated past the size that starts worker processes.
    """
    copies = 60 // len(files) + 1 if jobs == 2 else 1
    with scratch() as folder:
        letters = folder / "letters"
        letters.mkdir()
        written = {}
        for n, (kind, data) in enumerate(files * copies):
            path = letters / f"{n:03d}.{kind}"
            path.write_bytes(data)
            written[str(path)] = data
        (letters / "zz-good.txt").write_text(GOOD, encoding="utf-8")
        proc = subprocess.run(
            [sys.executable, "-m", "replylint", str(letters), "--format", "json", "--model",
             "blank", "--no-cache", "--jobs", str(jobs)],
            capture_output=True, timeout=300, cwd=folder, check=False,
        )  # fmt: skip
        where = f"exit {proc.returncode}\nstderr:\n{proc.stderr.decode(errors='replace')}"
        assert proc.returncode in STATUSES, where
        assert b"Traceback" not in proc.stdout + proc.stderr, where
        doc = json.loads(proc.stdout.decode("utf-8"))
        _JSON_VALIDATOR.validate(doc)
        assert [f["path"] for f in doc["files"]] == [*written, str(letters / "zz-good.txt")]
        assert any(d["code"] == "RL103" for d in doc["files"][-1]["diagnostics"]), where
        assert all("internal error" not in (f["error"] or "") for f in doc["files"]), where
        assert (proc.returncode == 2) == any(f["error"] for f in doc["files"]), where
        assert all(Path(p).read_bytes() == data for p, data in written.items())


# --- what the fuzzer found, kept as plain tests --------------------------------------------


@pytest.mark.parametrize(
    "value", ["!!float nope", "!!int x", "!!bool maybe", "!!timestamp 2026-02-30", "!!timestamp x"]
)
@pytest.mark.parametrize("where", ["rule", "config", "front matter"])
def test_a_tagged_value_no_type_can_hold_is_one_error_line(where: str, value: str) -> None:
    """A YAML tag whose constructor fails was a traceback (found by this suite)."""
    with scratch() as folder:
        good = folder / "zz-good.txt"
        good.write_text(GOOD, encoding="utf-8")
        if where == "rule":
            (folder / "rules").mkdir()
            path = folder / "rules" / "no-sorry.yml"
            path.write_text(yaml.safe_dump(USER_RULE) + f"threshold: {value}\n", encoding="utf-8")
            args = ["--rules-dir", str(path.parent)]
        elif where == "config":
            path = folder / ".replylint.yaml"
            path.write_text(f"select: [RL1]\nmax-words: {value}\n", encoding="utf-8")
            args = ["--config", str(path)]
        else:
            path = folder / "reply.md"
            path.write_text(f"---\nto: Dana\nsent: {value}\n---\n{GOOD}", encoding="utf-8")
            args = [str(path)]
        status, out, err, where_ = cli([*args, str(good), "--model", "blank", "--no-cache"])
        assert status == 2, where_
        value = value.split()[1]
        if where == "front matter":
            assert f"{path}: error: malformed front matter (line 3): '{value}' is not a" in out
            assert f"{good}{GOOD_FINDING}" in out, where_
            return
        line = len(path.read_text(encoding="utf-8").splitlines())
        assert out == "", where_
        assert err.startswith(
            f"replylint: error: {path}:{line}: not valid YAML: '{value}' is not a"
        )
        assert len(err.splitlines()) == 1, where_


@pytest.mark.parametrize("fmt", ["json", "sarif"])
def test_a_broken_rule_file_leaves_no_half_document(fmt: str) -> None:
    """The report streamed its opening before the rules were loaded (found by this suite)."""
    with scratch() as folder:
        good = folder / "zz-good.txt"
        good.write_text(GOOD, encoding="utf-8")
        (folder / "rules").mkdir()
        (folder / "rules" / "no-sorry.yml").write_text("name: no-sorry\n", encoding="utf-8")
        args = [
            "--rules-dir",
            str(folder / "rules"),
            str(good),
            "--format",
            fmt,
            "--model",
            "blank",
        ]
        status, out, err, where = cli(args)
        assert (status, out) == (2, ""), where
        assert err.startswith(f"replylint: error: {folder / 'rules' / 'no-sorry.yml'}:1: "), where


@pytest.mark.parametrize("fmt", ["json", "sarif"])
@pytest.mark.parametrize("separator", ["\u2028", "\u2029", "\x85"])
def test_line_separators_in_a_letter_are_kept_exactly_in_json_and_sarif(fmt, separator) -> None:
    """Indenting the streamed report put spaces after U+2028 and NEL inside the letter's
    text, as textwrap.indent cuts lines there too (found by this suite)."""
    with scratch() as folder:
        letter = folder / "reply.txt"
        text = f"Dear Jo,{separator}{separator}Thanks.{separator}Best,\rSam"
        letter.write_text(text, encoding="utf-8")
        _, out, _, where = cli([str(letter), "--format", fmt, "--model", "blank"])
        document = json.loads(out)
        if fmt == "json":
            texts = [d["text"] for d in document["files"][0]["diagnostics"]]
        else:
            texts = [result["locations"][0]["physicalLocation"]["region"]["snippet"]["text"]
                     for result in document["runs"][0]["results"]]  # fmt: skip
        assert texts and all(t == text[: len(t)] for t in texts), where


def test_a_severity_that_is_not_a_word_is_one_error_line() -> None:
    """``severity: {RL101: [error]}`` was a TypeError traceback (found by this suite)."""
    with scratch() as folder:
        good = folder / "zz-good.txt"
        good.write_text(GOOD, encoding="utf-8")
        path = folder / ".replylint.yaml"
        path.write_text("select: [RL1]\nseverity:\n  RL101: [error]\n", encoding="utf-8")
        status, out, err, where = cli(["--config", str(path), str(good), "--model", "blank"])
        assert (status, out) == (2, ""), where
        assert err.startswith(f"replylint: error: {path}:2: severity: must be a mapping"), where


@pytest.mark.parametrize("name", [".replylint.yaml", "pyproject.toml"])
def test_a_missing_rules_dir_in_a_configuration_names_the_configuration(name: str) -> None:
    """The error named only the folder, not the file that asked for it (found by this suite)."""
    with scratch() as folder:
        good = folder / "zz-good.txt"
        good.write_text(GOOD, encoding="utf-8")
        path = folder / name
        text = ("select: [RL1]\nrules-dirs: [nope]\n" if name != "pyproject.toml" else
                '[tool.replylint]\nselect = ["RL1"]\nrules-dirs = ["nope"]\n')  # fmt: skip
        path.write_text(text, encoding="utf-8")
        status, out, err, where = cli(["--config", str(path), str(good), "--model", "blank"])
        assert (status, out) == (2, ""), where
        line = 3 if name == "pyproject.toml" else 2
        expected = f"{path}:{line}: rules-dirs: {folder / 'nope'}: no such folder"
        assert err == f"replylint: error: {expected}\n", where
