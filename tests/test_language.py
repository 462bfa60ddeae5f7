"""A letter written in another language: the English-only rules stand aside, with a warning."""

from __future__ import annotations

from pathlib import Path

import pytest
from replylint import language
from replylint.engine import Input, Options, lint
from replylint.rulefiles import load_rules

ROOT = Path(__file__).parent

ENGLISH_ONLY = {
    "blame-employer", "downplay-effort", "negative-emotion", "reconsider-plea",
    "demanding-feedback", "missing-thanks", "missing-congratulations",
    "missing-feedback-request", "missing-door-open",
}  # fmt: skip

# Letters of our own; each also keeps a template slot, which template-placeholder (a rule
# that reads any language) must still find.
GERMAN = """\
Sehr geehrte Frau Keller,

vielen Dank für Ihre Nachricht und für die Zeit, die Sie sich im Gespräch für mich genommen
haben. Ich gratuliere der ausgewählten Person herzlich. Über eine kurze Rückmeldung, was ich
beim nächsten Mal besser machen könnte, würde ich mich sehr freuen. Ich würde mich freuen,
wenn Sie bei künftigen Stellen bei [Company Name] an mich denken.

Mit freundlichen Grüßen
Jonas Weber
"""
SPANISH = """\
Estimada Sra. Ortega:

Muchas gracias por su mensaje y por el tiempo que me dedicaron durante la entrevista.
Felicito sinceramente a la persona seleccionada. Le agradecería mucho cualquier comentario
sobre cómo mejorar mi candidatura. Me encantaría que me tuvieran en cuenta para futuras
vacantes en [Company Name].

Atentamente,
Lucía Fernández
"""


def _run(text: str, name: str = "letter.txt") -> tuple[set[str], list[str]]:
    (result,) = lint([Input(name, text.encode("utf-8"), Path(name).suffix)],
                     Options(model="blank"))  # fmt: skip
    assert result.error is None
    return {f.rule for f in result.findings}, [message for _, message in result.warnings]


def test_the_nine_english_only_rules_say_so() -> None:
    declared = {r.name for r in load_rules() if r.languages}
    assert declared == ENGLISH_ONLY
    assert all(r.languages == ("en",) for r in load_rules() if r.languages)


@pytest.mark.parametrize(("text", "code", "name"),
                         [(GERMAN, "de", "German"), (SPANISH, "es", "Spanish")])  # fmt: skip
def test_a_letter_in_another_language_skips_the_english_rules_once(text, code, name) -> None:
    rules, warnings = _run(text)
    assert not rules & ENGLISH_ONLY
    assert rules == {"template-placeholder"}  # the rules that read any language still run
    assert warnings == [f"this letter reads as {name} ({code}): the rules that read English "
                        f"only (9) were not run"]  # fmt: skip


def test_the_context_rules_still_run_on_a_german_email() -> None:
    path = ROOT / "context6" / "automotive-esslingen-german-two-signers-cc-interviewer.eml"
    rules, warnings = _run(path.read_text(encoding="utf-8"), "letter.eml")
    assert "wrong-recipient" in rules
    assert not rules & ENGLISH_ONLY
    assert len(warnings) == 1 and "German (de)" in warnings[0]


def test_the_same_letter_in_english_is_read_by_every_rule() -> None:
    english = ("Dear Ms Keller,\n\nThanks for letting me know. I was sure I was the best "
               "candidate and your panel clearly got it wrong.\n\nJonas\n")  # fmt: skip
    rules, warnings = _run(english)
    assert warnings == []
    assert {"missing-thanks", "missing-congratulations", "missing-door-open"} <= rules


@pytest.mark.parametrize(
    "text",
    [
        # non-native English, with a few words of the writer's own language
        "Dear Mr Schmidt, thank you very much for the informations and for the time you have "
        "took for me in the interview. Is pity for me, but I wish to the new colleague much "
        "success. Maybe you can say me what I can make better? Mit freundlichen Grüßen, Dieter",
        # short: too few words to tell, so the English rules read it
        "Danke, ok.",
        "Gracias por todo, saludos.",
    ],
)
def test_non_native_and_short_letters_count_as_english(text: str) -> None:
    assert language.detect(text) == "en"


def test_every_labeled_english_letter_reads_as_english() -> None:
    # The letters of tests/context6, 8, 17, 28 and 42 written in German, Spanish,
    # French or Portuguese are the only ones that aren't.
    foreign = {"automotive-esslingen-german-two-signers-cc-interviewer.eml": "de",
               "snacks-mexico-spanish-pasted-grupo-cumbre.eml": "es",
               "escuela-valle-verde-spanish-clean.md": "es",
               "weidemann-gmbh-german-letter-late.md": "de",
               "brazil-hospital-joint-signers-no-door.eml": "pt",
               "french-publisher-sa-pasted.md": "fr",
               "german-hochschule-plea-pasted.eml": "de",
               "quebec-university-french-no-congrats.eml": "fr",
               "spain-charity-fundacion-clean.md": "es",
               "spain-engineering-sa-late-by-hours.eml": "es",
               "spain-structures-misspelled-gonzales.eml": "es",
               "french-atelier-pasted-maison.md": "fr",
               "german-compliment-pasted-maschinenbau.eml": "de",
               "logistics-german-legit-current-employer-notlate.eml": "de",
               "publishing-french-legit-previous-employer-phone.md": "fr",
               "spanish-outlook-late-signoff-pasted.eml": "es",
               # context42: mostly Spanish, with one English sentence
               "retail-guadalajara-half-translated-pasted-wish.eml": "es"}  # fmt: skip
    from replylint.engine import read_letter

    folders = [p for p in ROOT.iterdir() if p.is_dir() and p.name.startswith(
        ("letters", "emails", "holdout", "train", "context"))]  # fmt: skip
    checked = 0
    for expected in sorted(p for folder in folders for p in folder.glob("*.expected")):
        letter_file = next((p for p in expected.parent.glob(expected.stem + ".*")
                            if p.suffix != ".expected"), None)  # fmt: skip
        if letter_file is None:
            continue
        try:
            letter = read_letter(Input(str(letter_file), letter_file.read_bytes(),
                                       letter_file.suffix))  # fmt: skip
        except Exception:  # a letter the reader refuses is not at issue here
            continue
        checked += 1
        assert language.detect(letter.own_text) == foreign.get(letter_file.name, "en"), letter_file
    assert checked > 1000


def test_a_letter_in_another_language_shows_its_english_rules_as_not_checked() -> None:
    # the rules skipped for its language must not tick the checklist as done
    from replylint.engine import Input, Options, lint

    text = ("Estimada Lucía:\n\nMuchas gracias por su mensaje y por la entrevista del martes. "
            "Lamento no haber sido seleccionada, pero entiendo la decisión y les deseo mucho "
            "éxito con el nuevo equipo. Quedo a su disposición para futuras oportunidades.\n\n"
            "Saludos cordiales,\nMarta\n")  # fmt: skip
    (result,) = lint([Input("carta.txt", text.encode(), ".txt")], Options(model="blank"))
    assert "missing-thanks" not in result.checked and "template-placeholder" in result.checked


def test_an_english_letter_never_loads_the_detector() -> None:
    # the model takes about a second to load: an English letter is told by its common
    # words, and only a text without them is put to the detector
    from replylint import language

    language._identifier.cache_clear()
    text = ("Thank you for the interview and for your time last week. I enjoyed meeting the "
            "team, and I would be glad to hear any feedback you have.")  # fmt: skip
    assert language.detect(text) == "en"
    assert language._identifier.cache_info().misses == 0
    assert language.detect("Vielen Dank für das freundliche Gespräch und Ihre Zeit. Ich "
                           "wünsche Ihnen und dem neuen Kollegen viel Erfolg.") == "de"  # fmt: skip
