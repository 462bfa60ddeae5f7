"""wrong-recipient and late-reply: forms of the signer's name, a title, an iPhone attribution.

The signer greeted in the Polish vocative ("Szanowny Panie Krzysztofie"), by a Spanish pet
form on "-i" ("Coni" of Constanza) or after a Malaysian engineer's "Ir." is the right
person; someone else greeted so is not. Brazilian Apple Mail opens its attribution line
with "No dia".
"""

from __future__ import annotations

from datetime import datetime

import pytest
from replylint import lint_text
from replylint.sources import attribution
from test_context_recip122 import _reply


@pytest.mark.parametrize(
    ("greeting", "signer"),
    [
        ("Szanowny Panie Bartoszu,", "Bartosz Lewandowski"),
        ("Szanowny Panie Zbigniewie,", "Zbigniew Kaczmarek"),
        ("Drogi Wojciechu,", "Wojciech Zieliński"),
        ("Szanowna Pani Agnieszko,", "Agnieszka Dąbrowska"),
        ("Szanowny Panie Hubercie,", "Hubert Sikora"),
        ("Drogi Leszku,", "Leszek Pawlak"),
        ("Cześć Kamilu,", "Kamil Wróbel"),
    ],
)
def test_the_signer_greeted_in_the_polish_vocative_is_not_flagged(greeting, signer) -> None:
    assert _reply(greeting, signer) == []


@pytest.mark.parametrize(
    ("greeting", "signer"),
    [
        ("Szanowny Panie Grzegorzu,", "Bartosz Lewandowski"),
        ("Szanowna Pani Małgorzato,", "Agnieszka Dąbrowska"),
        # outside a Polish greeting an "-o" ending makes another name ("Mario" is not Maria)
        ("Dear Mario,", "Maria Ferreira"),
    ],
)
def test_someone_else_in_the_polish_vocative_is_flagged(greeting, signer) -> None:
    assert _reply(greeting, signer) == [greeting]


@pytest.mark.parametrize(
    ("greeting", "signer"),
    [
        ("Hola Coni,", "Constanza Pizarro"),
        ("Hola Gabi,", "Gabriela Fuenzalida"),
    ],
)
def test_the_signer_greeted_by_a_pet_form_is_not_flagged(greeting, signer) -> None:
    assert _reply(greeting, signer) == []


@pytest.mark.parametrize(
    ("greeting", "signer"),
    [
        ("Hola Coni,", "Catalina Fuenzalida"),
    ],
)
def test_someone_else_greeted_by_a_pet_form_is_flagged(greeting, signer) -> None:
    assert _reply(greeting, signer) == [greeting]


def test_the_signer_greeted_after_an_engineers_title_is_not_flagged() -> None:
    assert _reply("Dear Ir. Lim,", "Ir. Lim Kok Seng") == []
    assert _reply("Dear Ir. Wong,", "Ir. Lim Kok Seng") == ["Dear Ir. Wong,"]


_IPHONE_LINE = (
    "> No dia 13 de mar. de 2026, às 16:20, Rafaela Campos <rafaela.campos@example.com.br> "
    "escreveu:"
)


def _eml(date: str) -> str:
    return (f"From: Caio Nunes <caio@example.org>\nTo: Rafaela Campos "
            f"<rafaela.campos@example.com.br>\nSubject: Re: Vaga\nDate: {date}\n\n"
            f"Oi Rafaela,\n\nObrigado pelo retorno.\n\nAbraços,\nCaio\n\n"
            f"{_IPHONE_LINE}\n> \n> Olá Caio,\n> Seguimos com outro candidato.\n")  # fmt: skip


def test_a_brazilian_iphone_attribution_gives_sender_and_date() -> None:
    found = attribution.find(_IPHONE_LINE, 0, len(_IPHONE_LINE))
    assert found is not None and found.sender is not None
    assert found.sender.address == "rafaela.campos@example.com.br"
    assert found.when == datetime(2026, 3, 13, 16, 20)


def test_a_reply_to_a_brazilian_iphone_rejection_is_late_only_after_a_day() -> None:
    late = _eml("Sat, 14 Mar 2026 18:00:00 -0300")
    assert len(lint_text(late, path="reply.eml", select=("late-reply",), model="blank")) == 1
    on_time = _eml("Fri, 13 Mar 2026 21:00:00 -0300")
    assert lint_text(on_time, path="reply.eml", select=("late-reply",), model="blank") == []
