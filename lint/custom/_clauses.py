"""The clause before a name: its words, read as English cue words, and where it starts.

What a clause tells is read beside it: the writer's own past or present in _own_past.py,
a future wished for in _hopes.py.
"""

from __future__ import annotations

from replylint.custom._org_cues import (
    ABROAD,
    CLAUSE_BREAKS,
    FUNCTION_WORDS,
    OF_ABROAD,
)


def in_english(words: list[str]) -> list[str]:
    """Return lowercase ``words`` with each foreign cue word read as its English one.

    "cinq ans chez" reads "cinq years at", "el equipo de" "el team at": a word of ABROAD
    (past an elided article, "l'équipe") becomes its English cue, and "de" or "von" after
    a team "at". One word stays one word, so positions in the clause are kept.
    """
    out: list[str] = []
    for word in words:
        bare = word[2:] if word[1:2] in ("'", "’") else word
        english = ABROAD.get(word) or ABROAD.get(bare)
        if english is None and word in OF_ABROAD and out[-1:] == ["team"]:
            english = "at"  # "l'équipe de X", "dem Team von X": the team at X
        out.append(english or word)
    return out


def cue_words(words: list[str]) -> list[str]:
    """Return ``words`` in English cue words, with "on board" read as the one word "aboard"."""
    out: list[str] = []
    for word in in_english(words):
        if word == "board" and out[-1:] == ["on"]:
            out[-1] = "aboard"
        elif word in _SHOP_HEADS and out[-1:] == ["department"]:
            # NOTE: "the department store buyers at X": a kind of shop, no department of
            # the firm written to; the compound reads as its head noun alone
            out[-1] = word
        else:
            out.append(word)
    return out


def attributive(word: str) -> bool:
    """Return True when ``word`` after a name is a noun it qualifies ("the Clyde bridge")."""
    return word.isalpha() and word.islower() and word not in FUNCTION_WORDS


def clause_break(doc, k: int) -> bool:
    """Return True when doc[k] ends a clause.

    A hyphen inside a word does not ("first-year"), nor "so" as a word of degree ("so
    far", "so much"). "In case" does, opening a clause of its own ("my certificate again
    in case X needs it": X is no place of the certificate), but not "in case of"; "case"
    stays in the clause, which it opens.
    """
    token = doc[k]
    if token.lower_ == "in" and doc[k + 1 : k + 2].text.lower() == "case":
        return doc[k + 2 : k + 3].text.lower() != "of"
    if token.lower_ not in CLAUSE_BREAKS:
        return False
    if token.lower_ == "so" and k + 1 < len(doc) and doc[k + 1].lower_ in _DEGREE:
        return False
    inside = token.text in ("-", "\u2011") and not token.whitespace_
    return not (inside and k > 0 and not doc[k - 1].whitespace_)


def window_before(doc, sent_start: int, start: int) -> list[str]:
    """Return the lowercase words of the clause before doc[start] (a few words at most)."""
    k = start - 1
    while k >= sent_start and not clause_break(doc, k) and start - k <= 10:
        k -= 1
    if k >= sent_start and doc[k].text in (",", "(") and k == start - 1:
        return window_before(doc, sent_start, k)  # "my previous employer, Globex,": an apposition
    return in_english([t.lower_ for t in doc[k + 1 : start]])


#: Nouns "department" qualifies as a kind of shop ("a department store"), not a department.
_SHOP_HEADS = frozenset({"store", "stores"})
#: Words after "so" that make it a word of degree, not a clause's link ("so far").
_DEGREE = frozenset({"far", "much", "many", "long", "little", "few", "often"})
