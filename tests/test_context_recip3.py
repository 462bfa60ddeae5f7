"""wrong-recipient: French and Turkish forms of address, and "Respected Madam, Sir,".

Cases from the blind set tests/context127 and the forms tests/context122 raised: French
greets with a title alone, which the greeting's part reads as the greeting word ("Madame,"):
two titles at once ("Madame, Monsieur,", "Mesdames, Messieurs,") greet nobody in
particular although a person signed, while one title alone greets the one written to. South
Asian English's "Respected Madam, Sir," is the same greeting of two titles. Turkish
"Sayin" greets formally before a name or a title: a stranger's name after it is flagged,
and so is "Sayin Yetkili," (its "To whom it may concern"); the signer greeted so is not.
"""

from __future__ import annotations

import pytest
from test_context_recip108 import _letter
from test_context_recip122 import _reply


def test_the_french_two_title_greeting_is_flagged_in_the_letter() -> None:
    path = "context127/kinshasa-child-protection-fr-gmail-madame-monsieur-sarcastic-late.eml"
    assert _letter(path) == ["Madame, Monsieur"]


@pytest.mark.parametrize(
    ("greeting", "signer", "flagged"),
    [
        ("Madame, Monsieur,", "Odile Mabiala", "Madame, Monsieur"),
        ("Monsieur, Madame,", "Odile Mabiala", "Monsieur, Madame"),
        ("Mesdames, Messieurs,", "Odile Mabiala", "Mesdames, Messieurs"),
        ("Bonjour Madame, Monsieur,", "Odile Mabiala", "Bonjour Madame, Monsieur"),
        ("Chère Madame, cher Monsieur,", "Odile Mabiala", "Chère Madame, cher Monsieur"),
        ("Messieurs,", "Odile Mabiala", "Messieurs,"),
        ("Respected Madam, Sir,", "Ravi Deshmukh", "Respected Madam, Sir"),
        ("Respected Sir, Madam,", "Ravi Deshmukh", "Respected Sir, Madam"),
        ("Sayın Yetkili,", "Zeynep Korkmaz", "Sayın Yetkili,"),
        ("Sayın İlgili,", "Zeynep Korkmaz", "Sayın İlgili,"),
        ("Sayın İnsan Kaynakları,", "Zeynep Korkmaz", "Sayın İnsan Kaynakları,"),
    ],
)
def test_a_greeting_to_nobody_in_particular_is_flagged(greeting, signer, flagged) -> None:
    assert _reply(greeting, signer) == [flagged]


@pytest.mark.parametrize(
    ("greeting", "signer"),
    [
        ("Sayın Özdemir,", "Zeynep Korkmaz"),
        ("Sayın Ayten Hanım,", "Zeynep Korkmaz"),
        ("Sayın Murat Bey,", "Kerem Aksoy"),
    ],
)
def test_a_stranger_greeted_after_sayin_is_flagged(greeting, signer) -> None:
    assert _reply(greeting, signer) == [greeting]


@pytest.mark.parametrize(
    ("greeting", "signer"),
    [
        ("Madame,", "Odile Mabiala"),
        ("Monsieur,", "Pascal Ilunga"),
        ("Madame Mabiala,", "Odile Mabiala"),
        ("Respected Madam,", "Ravi Deshmukh"),
        ("Sayın Korkmaz,", "Zeynep Korkmaz"),
        ("Sayın Zeynep Hanım,", "Zeynep Korkmaz"),
        ("Sayın Kerem Bey,", "Kerem Aksoy"),
        ("SAYIN KEREM BEY,", "Kerem Aksoy"),
    ],
)
def test_the_signer_greeted_by_a_title_or_name_is_right(greeting, signer) -> None:
    assert _reply(greeting, signer) == []
