"""Cases from the blind set tests/context23, each on a new example of its own."""

from __future__ import annotations

from test_context11 import found, reply


def test_a_hyphenated_surname_missing_its_last_letter_is_misspelt() -> None:
    # a short form drops more than one letter ("Kath"); "Nwachukwu-Bell" without its last
    # letter had been taken for one
    signer = "Chidinma Nwachukwu-Bello <c.nwachukwu-bello@example.co.uk>"
    assert found(reply("Dear Ms Nwachukwu-Bell,", signer), "wrong-recipient") == [
        "Dear Ms Nwachukwu-Bell,"
    ]
    assert found(reply("Dear Ms Nwachukwu-Bello,", signer), "wrong-recipient") == []
    assert found(reply("Hi Chidi,", signer), "wrong-recipient") == []
