"""Read Outlook's header block above a quoted rejection ("From: ... Sent: ... Subject: ...").

Outlook writes the block in its user's language, each label in a fixed form; the labels
below are those forms, and the date is read by ``dates``.
"""

from __future__ import annotations

import re

from replylint.letter import Context, Person
from replylint.sources import attribution, dates

#: The line above a quoted message, in English or as phones and webmail localise it
#: (Samsung's Norwegian "-------- Opprinnelig melding --------").
ORIGINAL = re.compile(
    r"^[ \t]*-{2,}\s*(?:Original Message|Forwarded message|Opprinnelig melding"
    r"|Oprindelig (?:meddelelse|besked)|Ursprungligt meddelande|Urspr(?:ü|ue)ngliche Nachricht"
    r"|Message d'origine|Mensaje original|Messaggio originale|Oorspronkelijk bericht"
    r"|Mensagem original|Pesan Asli|Wiadomo(?:ść|sc) oryginalna)\s*-{2,}[ \t]*\r?$",
    re.MULTILINE | re.IGNORECASE,
)
#: Outlook's header labels in the languages it is localised into ("Von:", "De :").
_FROM_LABEL = (r"(?:From|De|Von|Da|Van|Från|Fra|Od|Lähettäjä|Feladó|Kimden|Dari|Kutoka|От|Από|من"
               r"|प्रेषक|差出人|发件人|寄件者|보낸\s?사람)")  # fmt: skip
#: NOTE: Indonesian Outlook writes "Terkirim:" (sent) as well as "Dikirim:"
#: NOTE: and Portugal's "Enviada:" (of the message, feminine), where Spain's says "Enviado:";
#: Brazil's Outlook writes "Enviado em:" or "Enviada em:" ("sent on"), as Spain's "Enviado el:"
#: NOTE: Polish Outlook writes "Wysłane:" (sent, of the message), Polish webmail "Wysłano:"
#: NOTE: Swahili Outlook: "Kutoka:" (from), "Imetumwa:" (sent), "Kwa:" (to), "Mada:" (subject)
_SENT_LABEL = (r"(?:Sent|Date|Envoyé|Gesendet|Enviad[oa](?:\s+e[lm])?|Inviato|Verzonden|Skickat"
               r"|Sendt|Dato|Datum|Data|Wysłan[oe]|Imetumwa|Lähetetty|Odesláno|Elküldve|Gönderildi|Dikirim|Terkirim|Отправлено"
               r"|Στάλθηκε|تاريخ\s+الإرسال|أ\u064f?رسلت?|भेजा\s+गया|送信日時|发送时间|傳送時間|寄件日期"
               r"|보낸\s?날짜)")  # fmt: skip
_SUBJECT_LABEL = (r"(?:Subject|Objet|Sujet|Betreff|Asunto|Oggetto|Onderwerp|Assunto|Ämne|Emne"
                  r"|Temat|Aihe|Předmět|Tárgy|Konu|Subjek|Mada|Тема|Θέμα|الموضوع|विषय"
                  r"|件名|主题|主旨|제목)")  # fmt: skip
_CC_LABEL = r"(?:Cc|CC|Kopie|Kopia|Kopio|Másolatot\s+kap|Bilgi|Копия|نسخة|抄送|副本|참조)"
_TO_LABEL = (r"(?:To|À|Pour|An|Para|A|Aan|Till|Til|Do|Vastaanottaja|Címzett|Kime|Kepada|Кому|Προς"
             r"|Kwa|إلى|प्रति|宛先|收件人|收件者|받는\s?사람)")  # fmt: skip
_COLON = r"[ \t]?[:\uff1a]\*?[ \t]*"
#: One header line of the block, by what it holds (the subject's value is not needed).
#: NOTE: a client may quote the block itself ("> Date: Mon, 9 Mar 2026 09:00:00 -0400"
#: under Thunderbird's "-------- Original Message --------"); its lines then start with ">".
_QUOTED = r"[ \t]*(?:>[ \t]?)*"
_LINES = {
    "from": rf"{_QUOTED}[ \t]*\*?{_FROM_LABEL}{_COLON}(?P<from>.+?)\r?\n",
    "date": rf"{_QUOTED}[ \t]*\*?{_SENT_LABEL}{_COLON}(?P<date>.+?)\r?\n",
    "subject": rf"{_QUOTED}[ \t]*\*?{_SUBJECT_LABEL}{_COLON}",
}
#: The orders mail clients write the block in; "gap" is up to N other lines (To:, Cc: ...),
#: "rest" the lines after the sender and date where Cc: may stand. French Outlook puts a
#: space before each colon ("De : ..."), East Asian ones a full-width colon.
_ORDERS = (
    # Outlook: From:, then Sent:/Date: and Subject: within a few lines
    ("from", "gap3", "date", "rest", "subject"),
    # webmail such as GMX and WEB.DE: "Gesendet: ...", then "Von: ...", "An: ...", "Betreff: ..."
    ("date", "gap2", "from", "rest", "subject"),
    # Apple Mail's forwarded block: "From: ...", "Subject: ...", "Date: ...", "To: ..."
    ("from", "subject", "date", "rest"),
    # Thunderbird's "-------- Original Message --------": "Subject:", "Date:", "From:", "To:"
    ("subject", "date", "from", "rest"),
)


def _block(order: tuple[str, ...]) -> re.Pattern[str]:
    """Compile the header block whose lines come in ``order``."""
    parts = []
    for i, part in enumerate(order):
        last = i == len(order) - 1
        if part.startswith("gap"):
            parts.append(rf"(?:.*\r?\n){{0,{part[3:]}}}?")
        elif part == "rest":
            parts.append(r"(?P<rest>(?:.*\r?\n){0,3}" + ("" if last else "?") + ")")
        elif part == "subject" and not last:
            parts.append(_LINES["subject"] + r".*\r?\n")
        else:
            parts.append(_LINES[part])
    return re.compile("^" + "".join(parts), re.MULTILINE)


BLOCKS = tuple(_block(order) for order in _ORDERS)
#: A header line of a quoted or forwarded message in any of these languages ("Sent: ...",
#: "Von: ...", "Envoyé : ..."): a signature never holds one, and no company is written so.
HEADER_LINE = re.compile(
    rf"^[ \t]*\*?(?:{_FROM_LABEL}|{_SENT_LABEL}|{_SUBJECT_LABEL}|{_CC_LABEL}|{_TO_LABEL})"
    rf"{_COLON}\S"
)
#: The line a mail client writes above a message it forwards, in its user's language:
#: Gmail's and Thunderbird's between dashes, Apple Mail's ending in a colon.
FORWARDED = re.compile(
    r"^[ \t]*(?:-{2,}\s*(?:Forwarded message|Weitergeleitete Nachricht|Message transf[ée]r[ée]"
    r"|Mensaje reenviado|Messaggio inoltrato|Doorgestuurd bericht|Mensagem encaminhada)\s*-{2,}"
    r"|(?:Begin forwarded message|Anfang der weitergeleiteten Nachricht"
    r"|D[ée]but du message r[ée]exp[ée]di[ée]|Inicio del mensaje reenviado"
    r"|Inizio messaggio inoltrato|Begin doorgestuurd bericht|In[ií]cio da mensagem reencaminhada)"
    r"[ \t]?:)[ \t]*\r?$",
    re.MULTILINE | re.IGNORECASE,
)
#: Where a quoted or forwarded message starts below a signature: a forwarding line, any
#: words between dashes ("-----Ursprüngliche Nachricht-----"), or Outlook's rule of
#: underscores. A bare "--" is no such line: it opens a signature.
SEPARATOR = re.compile(
    rf"{FORWARDED.pattern}|^[ \t]*(?:-{{2,}}[ \t]*[^\W\d_][^-]*-{{2,}}|_{{10,}})[ \t]*\r?$",
    re.MULTILINE | re.IGNORECASE,
)
_CC_LINE = re.compile(rf"^{_QUOTED}[ \t]*\*?{_CC_LABEL}{_COLON}(?P<cc>.+?)\r?$", re.MULTILINE)


def first_block(text: str, start: int, end: int) -> re.Match[str] | None:
    """Return the first header block in text[start:end], in either order of its lines."""
    # NOTE: every label ends in a colon: most replies have none, and four searches of
    # the whole letter cost a fifth of reading it
    if text.find(":", start, end) < 0 and text.find("\uff1a", start, end) < 0:
        return None
    found = [m for m in (b.search(text, start, end) for b in BLOCKS) if m is not None]
    return min(found, key=lambda m: m.start(), default=None)


def context(match: re.Match[str]) -> Context:
    """Return who sent the quoted rejection, when, and whom it was copied to."""
    person = _person(match["from"])
    # NOTE: a comma inside a name ("Whitfield, Dana <d@x.com>") does not part two people
    parts = [part for line in _CC_LINE.finditer(match["rest"])
             for part in re.split(r";|(?<=>)\s*,", line["cc"]) if part.strip()]  # fmt: skip
    copied = [_person(part) for part in parts]
    when = dates.readings(match["date"])
    return Context(signers=[person], received=when[0] if when else None,
                   received_choices=when if len(when) > 1 else (), copied=copied)  # fmt: skip


def _person(text: str) -> Person:
    """Return the person of a header value ('Dana Whitfield <dana@acme.com>', 'Whitfield, Dana')."""
    sender = text.strip().strip("*")
    address = attribution.ADDRESS.search(sender)
    name = sender[: address.start()].strip(' "*') if address else sender
    if name.count(",") == 1:  # Outlook's "Whitfield, Dana"
        last, first = (part.strip() for part in name.split(","))
        name = f"{first} {last}"
    return Person(name=name, address=address.group(1).lower() if address else "")
