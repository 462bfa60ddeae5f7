"""Attribution lines of mail clients in many languages: who wrote the rejection and when."""

from __future__ import annotations

import re
from datetime import datetime

import pytest
from replylint import lint_text
from replylint.sources import attribution, dates

# Each line is written the way that client writes it, with people and dates of our own.
LINES = [
    # Hungarian Gmail: the sender first, the date in brackets, year first
    ("Szabó Réka <reka.szabo@example.hu> ezt írta (időpont: 2025. okt. 21., K, 16:48):",
     "Szabó Réka", "reka.szabo@example.hu", datetime(2025, 10, 21, 16, 48)),
    # Dutch Gmail: a month abbreviation without a full stop, "om" before the time
    ("Op vr 7 mrt 2025 om 08:30 schreef Joris Bakker <joris@example.nl>:",
     "Joris Bakker", "joris@example.nl", datetime(2025, 3, 7, 8, 30)),
    # Japanese Gmail: no verb, year-month-day in kanji, the weekday in brackets
    ("2025年10月21日(火) 16:48 Mori Aoi <aoi.mori@example.co.jp>:",
     "Mori Aoi", "aoi.mori@example.co.jp", datetime(2025, 10, 21, 16, 48)),
    # Korean Gmail: 오후 is PM, the sender ends in 님이 작성
    ("2025년 10월 21일 (화) 오후 4:48, Lee Seo-yeon <seoyeon@example.kr>님이 작성:",
     "Lee Seo-yeon", "seoyeon@example.kr", datetime(2025, 10, 21, 16, 48)),
    # Chinese Gmail, simplified and traditional, with a full-width colon
    ("Zhang Wei <wei.zhang@example.cn> 于2025年10月21日周二 16:48写道\uff1a",
     "Zhang Wei", "wei.zhang@example.cn", datetime(2025, 10, 21, 16, 48)),
    ("Lin Yu <yu.lin@example.tw> 於 2025年10月21日 週二 下午4:48寫道\uff1a",
     "Lin Yu", "yu.lin@example.tw", datetime(2025, 10, 21, 16, 48)),
    # Turkish Gmail: the sender first, "tarihinde şunu yazdı"
    ("Elif Demir <elif@example.com.tr>, 21 Eki 2025 Sal, 16:48 tarihinde şunu yazdı:",
     "Elif Demir", "elif@example.com.tr", datetime(2025, 10, 21, 16, 48)),
    # Russian Gmail: no verb, "г." after the year, "в" before the time
    ("вт, 21 окт. 2025 г. в 16:48, Olga Smirnova <olga@example.ru>:",
     "Olga Smirnova", "olga@example.ru", datetime(2025, 10, 21, 16, 48)),
    # Czech Gmail: day. month. year with spaces, "odesílatel ... napsal"
    ("út 21. 10. 2025 v 16:48 odesílatel Jana Horáková <jana@example.cz> napsal:",
     "Jana Horáková", "jana@example.cz", datetime(2025, 10, 21, 16, 48)),
    # Finnish Gmail: the time with a full stop after "klo", the address in brackets
    ("ti 21.10.2025 klo 16.48 Aino Korhonen (aino@example.fi) kirjoitti:",
     "Aino Korhonen", "aino@example.fi", datetime(2025, 10, 21, 16, 48)),
    # Polish Gmail: "napisał(a)"
    ("W dniu wt., 21.10.2025 o 16:48 Piotr Nowak <piotr@example.pl> napisał(a):",
     "Piotr Nowak", "piotr@example.pl", datetime(2025, 10, 21, 16, 48)),
    # Spanish Gmail: "a las" is not an AM marker
    ("El vie, 7 mar 2025 a las 18:05, Pablo Ortega (<pablo@example.es>) escribió:",
     "Pablo Ortega", "pablo@example.es", datetime(2025, 3, 7, 18, 5)),
    # Italian Gmail: "Il giorno <weekday>" is no month
    ("Il giorno mar 21 ott 2025 alle ore 16:48 Chiara Bruno <chiara@example.it> ha scritto:",
     "Chiara Bruno", "chiara@example.it", datetime(2025, 10, 21, 16, 48)),
    # Thunderbird's short date is day first, and a given name such as "Mar" is no month
    ("On 03.04.25 16:48, Mar Vidal wrote:", "Mar Vidal", "", datetime(2025, 4, 3, 16, 48)),
]  # fmt: skip


@pytest.mark.parametrize(("line", "name", "address", "when"), LINES, ids=[row[1] for row in LINES])
def test_an_attribution_line_gives_its_sender_and_date(line, name, address, when) -> None:
    text = f"Thank you for letting me know.\n\n{line}\n> We chose someone else.\n"
    found = attribution.find(text, 0, len(text))
    assert found is not None
    assert found.start == text.index(line)
    assert found.sender is not None
    assert (found.sender.name, found.sender.address) == (name, address)
    assert found.when == when


@pytest.mark.parametrize(
    ("text", "when"),
    [
        ("2025. szept. 3., Sze, 9:15", datetime(2025, 9, 3, 9, 15)),
        ("2025年9月3日 17時05分", datetime(2025, 9, 3, 17, 5)),
        ("2025년 9월 3일 (수) 오전 11:20", datetime(2025, 9, 3, 11, 20)),
        ("ons 3 sep. 2025 kl. 10.40", datetime(2025, 9, 3, 10, 40)),
        ("3 Eylül 2025 Çarşamba 10:40", datetime(2025, 9, 3, 10, 40)),
        # Indonesian Outlook: a time with a full stop after the year, with or without "pukul"
        ("Rabu, 03 September 2025 10.40", datetime(2025, 9, 3, 10, 40)),
        ("Rabu, 3 Sep 2025 9.05", datetime(2025, 9, 3, 9, 5)),
    ],
)
def test_dates_of_other_clients_are_read(text: str, when: datetime) -> None:
    assert dates.parse(text) == when


def test_a_plain_sentence_ending_in_a_colon_is_no_attribution() -> None:
    text = "Here is what I wanted to ask Mori Aoi <aoi.mori@example.co.jp>:\n> quoted\n"
    assert attribution.find(text, 0, len(text)) is None


def _eml(attribution_line: str, date: str) -> str:
    return (f"From: Sam Lee <sam.lee@example.org>\nTo: Mori Aoi <aoi.mori@example.co.jp>\n"
            f"Subject: Re: Your application\nDate: {date}\n\nDear Ms. Mori,\n\n"
            f"Thank you for letting me know. I hope we stay in touch.\n\nBest regards,\nSam Lee\n\n"
            f"{attribution_line}\n> Dear Sam,\n> We have chosen another candidate.\n> Mori Aoi\n")  # fmt: skip


def test_a_reply_two_days_after_a_japanese_gmail_rejection_is_late() -> None:
    line = "2025年10月21日(火) 16:48 Mori Aoi <aoi.mori@example.co.jp>:"
    late = _eml(line, "Thu, 23 Oct 2025 18:00:00 +0900")
    (finding,) = lint_text(late, path="reply.eml", select=("late-reply",), model="blank")
    assert "2 days" in finding.message
    on_time = _eml(line, "Wed, 22 Oct 2025 09:00:00 +0900")
    assert lint_text(on_time, path="reply.eml", select=("late-reply",), model="blank") == []


def test_a_thunderbird_short_date_the_same_day_is_not_late() -> None:
    line = "On 03.04.25 09:10, Mori Aoi wrote:"
    same_day = _eml(line, "Thu, 3 Apr 2025 17:00:00 +0200")
    assert lint_text(same_day, path="reply.eml", select=("late-reply",), model="blank") == []


# Lines of clients the first sets did not have, with people and dates of our own.
MORE_LINES = [
    # Hindi Gmail: the weekday abbreviated, "को" before the time, "बजे" after it, "ने लिखा"
    ("मंगल, 9 दिसंबर 2025 को 11:40 am बजे Neha Joshi <neha.joshi@example.in> ने लिखा:",
     "Neha Joshi", "neha.joshi@example.in", datetime(2025, 12, 9, 11, 40)),
    # Arabic Gmail: an Arabic comma, "م" for PM, "كتب" before the sender
    ("في الأحد، 14 سبتمبر 2025 في 7:25 م، كتب Omar Haddad <omar.haddad@example.ae>:",
     "Omar Haddad", "omar.haddad@example.ae", datetime(2025, 9, 14, 19, 25)),
    # Arabic Gmail in the Levant's month names, with Arabic-Indic digits
    ("في الاثنين، ٣ آذار ٢٠٢٥ في ٩:٠٥ ص، كتب Rania Saleh <rania@example.jo>:",
     "Rania Saleh", "rania@example.jo", datetime(2025, 3, 3, 9, 5)),
    # Thunderbird in a Finnish locale: the time written with a full stop
    ("On 7.10.2025 9.05, Eero Laine wrote:", "Eero Laine", "", datetime(2025, 10, 7, 9, 5)),
    # Arabic Gmail's other wording ("the following was written by"), with the marks of
    # direction it sets around the line, the name and the address (the Riyadh letter of
    # context130 was missed as late for them)
    ("\u202bفي الأربعاء، 4 فبراير 2026 في 2:40 م تمت كتابة ما يلي بواسطة \u202aNoura Saad\u202c\u200f"
     " <\u202anoura.saad@example.sa\u202c\u200f>:\u202c",
     "Noura Saad", "noura.saad@example.sa", datetime(2026, 2, 4, 14, 40)),
    # the same wording without the marks, and the first wording with them
    ("في الأربعاء، 4 فبراير 2026 في 2:40 م تمت كتابة ما يلي بواسطة Noura Saad <noura.saad@example.sa>:",
     "Noura Saad", "noura.saad@example.sa", datetime(2026, 2, 4, 14, 40)),
    ("\u202bفي الأحد، 14 سبتمبر 2025 في 7:25 م، كتب \u202aOmar Haddad\u202c\u200f"
     " <\u202aomar.haddad@example.ae\u202c\u200f>:\u202c",
     "Omar Haddad", "omar.haddad@example.ae", datetime(2025, 9, 14, 19, 25)),
]  # fmt: skip


@pytest.mark.parametrize(
    ("line", "name", "address", "when"), MORE_LINES, ids=[row[1] for row in MORE_LINES]
)
def test_more_clients_attribution_lines_give_sender_and_date(line, name, address, when) -> None:
    test_an_attribution_line_gives_its_sender_and_date(line, name, address, when)


@pytest.mark.parametrize(
    ("labels", "when"),
    [
        # Japanese Outlook, with a full-width colon
        (("差出人\uff1a", "送信日時\uff1a", "件名\uff1a"), datetime(2025, 11, 6, 18, 45)),
        # Chinese Outlook
        (("发件人:", "发送时间:", "主题:"), datetime(2025, 11, 6, 18, 45)),
        # Korean Outlook
        (("보낸 사람:", "보낸 날짜:", "제목:"), datetime(2025, 11, 6, 18, 45)),
    ],
)
def test_an_east_asian_outlook_header_block_gives_sender_and_date(labels, when) -> None:
    from replylint.sources import quote

    sender, sent, subject = labels
    text = (f"Thank you.\n\nSam\n\n{sender} Mori Aoi <aoi.mori@example.co.jp>\n"
            f"{sent} 2025年11月6日 18:45\n{subject} Result\n\nDear Sam,\nNo.\n")  # fmt: skip
    found = quote.find(text, 0, len(text))
    assert found is not None
    assert found.context.received == when
    assert found.context.signers[0].address == "aoi.mori@example.co.jp"


@pytest.mark.parametrize(
    ("line", "date", "late"),
    [
        # Europe's autumn change (25 Oct 2026): 09:30 CEST is 07:30Z; 09:00 CET next day is
        # 08:00Z, 24h30m later, though the clocks read 23h30m
        ("On Sat, 24 Oct 2026 at 09:30, Mori Aoi <aoi.mori@example.co.jp> wrote:",
         "Sun, 25 Oct 2026 09:00:00 +0100", True),
        # Europe's spring change (29 Mar 2026): 10:00 CET is 09:00Z; 10:30 CEST next day is
        # 08:30Z, 23h30m later, though the clocks read 24h30m
        ("On Sat, 28 Mar 2026 at 10:00, Mori Aoi <aoi.mori@example.co.jp> wrote:",
         "Sun, 29 Mar 2026 10:30:00 +0200", False),
        # the same clocks with no change of zone between them are 24h30m apart
        ("On Sat, 14 Mar 2026 at 10:00, Mori Aoi <aoi.mori@example.co.jp> wrote:",
         "Sun, 15 Mar 2026 10:30:00 +0100", True),
    ],
)  # fmt: skip
def test_a_quoted_time_without_a_zone_is_read_in_the_writers_zone_on_that_day(line, date, late):
    findings = lint_text(_eml(line, date), path="reply.eml", select=("late-reply",), model="blank")
    assert bool(findings) is late


def test_the_quick_test_before_each_clients_search_skips_no_attribution(monkeypatch) -> None:
    # each form is searched only where its needed piece of text is (attribution._NEEDED):
    # every client's line, alone, inside a letter and with text around, is found the same
    texts = []
    for line, *_ in LINES + MORE_LINES:
        texts += [line, f"Thanks.\n\n> {line}\n> Dear applicant,\n", f"x {line}\n{line}"]
    found = [attribution.find(t, 0, len(t)) for t in texts]
    assert sum(f is not None for f in found) >= len(LINES + MORE_LINES)
    monkeypatch.setattr(attribution, "_NEEDED", ("",) * len(attribution._FORMS))
    assert [attribution.find(t, 0, len(t)) for t in texts] == found


#: A Thunderbird reply: its quoted block lists the Subject first, then Date and From.
THUNDERBIRD = """\
From: Ines Prado <ines.prado@example.org>
To: Kofi Mensah <kofi.mensah@lumenbooks.example>
Date: Wed, 15 Apr 2026 16:45:00 +0200
Subject: Re: Editorial Assistant

Dear Kofi,

Thank you for the interview. Congratulations to whoever joins the team; could you tell
me what would have made my application stronger? I'd love to stay in touch.

Ines

-------- Original Message --------
Subject: Editorial Assistant
Date: Tue, 14 Apr 2026 10:15:00 -0400
From: Kofi Mensah <kofi.mensah@lumenbooks.example>
To: Ines Prado <ines.prado@example.org>

Dear Ines,

We have offered the role to another candidate.

Kofi Mensah
"""


def test_a_thunderbird_block_with_the_subject_first_gives_sender_and_date() -> None:
    # 14:15Z to 14:45Z the next day: half an hour past the 24 hours
    from replylint.sources import quote

    found = quote.find(THUNDERBIRD, THUNDERBIRD.index("Dear Kofi"), len(THUNDERBIRD))
    assert found is not None
    assert found.context.received.isoformat() == "2026-04-14T10:15:00-04:00"
    assert found.context.signers[0].address == "kofi.mensah@lumenbooks.example"
    assert [f.rule for f in lint_text(THUNDERBIRD, path="reply.eml")] == ["late-reply"]


def _quoted_block(reply_date: str) -> str:
    """Return THUNDERBIRD's reply with its header block and rejection quoted with ">"."""
    head, sep, tail = THUNDERBIRD.partition("-------- Original Message --------\n")
    quoted = "".join(f"> {line}".rstrip() + "\n" for line in tail.splitlines())
    return re.sub(r"^Date: .*$", f"Date: {reply_date}", head, count=1, flags=re.M) + sep + quoted


def test_a_thunderbird_block_quoted_with_markers_still_gives_the_date() -> None:
    # context106: "> Date: Mon, 9 Mar 2026 09:00:00 -0400" under the separator went unread,
    # so a reply 26.5 hours later (its clock times 23.5 hours apart) was never called late
    late = _quoted_block("Wed, 15 Apr 2026 07:45:00 -0700")  # 14:45Z next day: 28.5 h
    on_time = _quoted_block("Tue, 14 Apr 2026 20:00:00 -0700")  # 03:00Z next day: 16.75 h
    assert late.count("> Date: Tue, 14 Apr 2026 10:15:00 -0400") == 1
    assert [f.rule for f in lint_text(late, path="reply.eml", select=("late-reply",))] == [
        "late-reply"
    ]
    assert lint_text(on_time, path="reply.eml", select=("late-reply",)) == []


# Turkish Gmail may put the date first: "<date> tarihinde <sender> şunu yazdı:"
def test_a_turkish_attribution_with_the_date_first_gives_sender_and_date() -> None:
    line = "12 Şub 2026 Per, 15:20 tarihinde Kerem Aydın <kerem@example.com.tr> şunu yazdı:"
    test_an_attribution_line_gives_its_sender_and_date(
        line, "Kerem Aydın", "kerem@example.com.tr", datetime(2026, 2, 12, 15, 20)
    )


@pytest.mark.parametrize(
    ("text", "readings"),
    [
        # two numbers up to 12 and a 12-hour clock: month first (US) or day first (Australia)
        ("07/05/2026 4:10 pm", (datetime(2026, 7, 5, 16, 10), datetime(2026, 5, 7, 16, 10))),
        # a weekday written beside it decides: 7 May 2026 is a Thursday, 5 July a Sunday
        ("Thu, 07/05/2026 4:10 PM", (datetime(2026, 5, 7, 16, 10),)),
        ("Sun, 07/05/2026 4:10 PM", (datetime(2026, 7, 5, 16, 10),)),
        # a number over 12, or a 24-hour clock (day first), leaves one reading
        ("07/25/2026 4:10 pm", (datetime(2026, 7, 25, 16, 10),)),
        ("07/05/2026 16:10", (datetime(2026, 5, 7, 16, 10),)),
    ],
)
def test_a_date_only_the_locale_tells_has_both_readings(text, readings) -> None:
    assert dates.readings(text) == readings


@pytest.mark.parametrize(
    ("line", "date", "late"),
    [
        # Thunderbird in Australia: 7 May 4:10 pm, answered 9 May: late (the US reading,
        # 5 July, would be after the reply)
        ("On 07/05/2026 4:10 pm, Mori Aoi wrote:", "Sat, 9 May 2026 10:00:00 +1000", True),
        ("On 07/05/2026 4:10 pm, Mori Aoi wrote:", "Fri, 8 May 2026 09:00:00 +1000", False),
        # in the US, 5 July 4:10 pm answered the next morning is on time (7 May is two months
        # before, no date a rejection quoted in this reply came)
        ("On 07/05/2026 4:10 PM, Mori Aoi wrote:", "Mon, 6 Jul 2026 09:00:00 -0500", False),
        ("On 07/05/2026 4:10 PM, Mori Aoi wrote:", "Wed, 8 Jul 2026 09:00:00 -0500", True),
    ],
)  # fmt: skip
def test_a_date_only_the_locale_tells_is_read_as_the_one_before_the_reply(line, date, late):
    findings = lint_text(_eml(line, date), path="reply.eml", select=("late-reply",), model="blank")
    assert bool(findings) is late


def test_an_irish_sign_off_above_the_attribution_hides_neither_sender_nor_date() -> None:
    # "Le meas," opens like a French "Le ... a écrit": the line below it is still found
    text = ("Thank you for the interview.\n\nLe meas,\nNiamh Keane\n\n"
            "On Wed, 4 Mar 2026 at 11:15, Siobhán Walsh <swalsh@example.ie> wrote:\n"
            "> Dear Niamh,\n> We have appointed another candidate.\n")  # fmt: skip
    found = attribution.find(text, 0, len(text))
    assert found is not None
    assert found.sender is not None and found.sender.address == "swalsh@example.ie"
    assert found.when == datetime(2026, 3, 4, 11, 15)


# One line per language and client the first sets lacked, written from each client's own
# form with people and dates of our own: the rejection was sent on Friday 13 March 2026.
LANGUAGE_LINES = [
    # Romanian Gmail: "În", weekday and month abbreviated with full stops, "la" before the time
    ("În vin., 13 mar. 2026 la 16:20, Ioana Dumitru <ioana.dumitru@example.ro> a scris:",
     "Ioana Dumitru", "ioana.dumitru@example.ro"),
    # Romanian Apple Mail and Thunderbird: "Pe"
    ("Pe 13 martie 2026, la 16:20, Ioana Dumitru <ioana.dumitru@example.ro> a scris:",
     "Ioana Dumitru", "ioana.dumitru@example.ro"),
    ("Pe 13.03.2026 16:20, Ioana Dumitru a scris:", "Ioana Dumitru", ""),
    # Brazilian Portuguese Gmail: "de" around the month, "às" before the time
    ("Em sex., 13 de mar. de 2026 às 16:20, Rafael Lima <rafael.lima@example.com.br> escreveu:",
     "Rafael Lima", "rafael.lima@example.com.br"),
    # European Portuguese Gmail: the sender first, "escreveu no dia", "à(s)"
    ("Marta Sousa <marta.sousa@example.pt> escreveu no dia sexta, 13/03/2026 à(s) 16:20:",
     "Marta Sousa", "marta.sousa@example.pt"),
    # Italian Gmail
    ("Il giorno ven 13 mar 2026 alle ore 16:20 Luca Ferri <luca.ferri@example.it> ha scritto:",
     "Luca Ferri", "luca.ferri@example.it"),
    # Polish Gmail with "W dniu" and without it; Polish Apple Mail ("Wiadomość napisana przez")
    ("W dniu pt., 13 mar 2026 o 16:20 Ewa Wójcik <ewa.wojcik@example.pl> napisał(a):",
     "Ewa Wójcik", "ewa.wojcik@example.pl"),
    ("pt., 13 mar 2026 o 16:20 Ewa Wójcik <ewa.wojcik@example.pl> napisał(a):",
     "Ewa Wójcik", "ewa.wojcik@example.pl"),
    ("Wiadomość napisana przez Ewa Wójcik <ewa.wojcik@example.pl> w dniu 13.03.2026, o godz. 16:20:",
     "Ewa Wójcik", "ewa.wojcik@example.pl"),
    # Slovak Gmail: day. month. year in numbers, "napísal(a)"
    ("pi 13. 3. 2026 o 16:20 Zuzana Kováčová <zuzana@example.sk> napísal(a):",
     "Zuzana Kováčová", "zuzana@example.sk"),
    # Dutch Apple Mail: "heeft ... het volgende geschreven"
    ("Op 13 mrt 2026 om 16:20 heeft Sanne de Vries <sanne@example.nl> het volgende geschreven:",
     "Sanne de Vries", "sanne@example.nl"),
    # Afrikaans Gmail: "Op", "om" before the time, "het ... geskryf" around the sender
    ("Op Vr. 13 Mrt. 2026 om 16:20 het Annelie du Toit <annelie@example.co.za> geskryf:",
     "Annelie du Toit", "annelie@example.co.za"),
    ("Op Vr 13 Mrt 2026 om 16:20 het Johan Pretorius <johan.p@example.co.za> geskryf:",
     "Johan Pretorius", "johan.p@example.co.za"),
    # Swedish Gmail ("Den ... skrev") and Apple Mail (no opening word)
    ("Den fre 13 mars 2026 kl 16:20 skrev Linnea Berg <linnea.berg@example.se>:",
     "Linnea Berg", "linnea.berg@example.se"),
    ("13 mars 2026 kl. 16:20 skrev Linnea Berg <linnea.berg@example.se>:",
     "Linnea Berg", "linnea.berg@example.se"),
    # Norwegian Gmail: no opening word; Danish Gmail: "Den", the time with a full stop
    ("fre. 13. mar. 2026 kl. 16:20 skrev Ola Nilsen <ola.nilsen@example.no>:",
     "Ola Nilsen", "ola.nilsen@example.no"),
    ("Den fre. 13. mar. 2026 kl. 16.20 skrev Mette Holm <mette.holm@example.dk>:",
     "Mette Holm", "mette.holm@example.dk"),
    # Vietnamese Gmail: "Vào", weekday "Th 6" (the sixth day), month "thg 3", "vào lúc"
    ("Vào Th 6, 13 thg 3, 2026 vào lúc 16:20 Trần Minh Khoa <khoa.tran@example.vn> đã viết:",
     "Trần Minh Khoa", "khoa.tran@example.vn"),
    # and the older form with the time first: "lúc", "ngày ... tháng ... năm"
    ("Vào lúc 16:20 Thứ Sáu, ngày 13 tháng 3 năm 2026, Trần Minh Khoa <khoa.tran@example.vn> "
     "đã viết:", "Trần Minh Khoa", "khoa.tran@example.vn"),
    # Indonesian Gmail: "Pada tanggal", "pukul" and a time with a full stop, "menulis"
    ("Pada tanggal Jum, 13 Mar 2026 pukul 16.20 Dewi Lestari <dewi.lestari@example.co.id> "
     "menulis:", "Dewi Lestari", "dewi.lestari@example.co.id"),
    ("Pada 13 Maret 2026 pukul 16:20, Dewi Lestari <dewi.lestari@example.co.id> menulis:",
     "Dewi Lestari", "dewi.lestari@example.co.id"),
    # Ukrainian Gmail: no opening word, "р." after the year, "о" before the time, "пише"
    ("пт, 13 бер. 2026 р. о 16:20 Олена Коваль <olena.koval@example.ua> пише:",
     "Олена Коваль", "olena.koval@example.ua"),
    # Ukrainian Apple Mail: the month written out, "написав(ла)"
    ("13 березня 2026 р. о 16:20 Олена Коваль <olena.koval@example.ua> написав(ла):",
     "Олена Коваль", "olena.koval@example.ua"),
    # Greek Gmail: "Στις", a 12-hour clock with "μ.μ." (p.m.), "ο/η" before the sender
    ("Στις Παρ 13 Μαρ 2026 στις 4:20 μ.μ., ο/η Νίκος Παππάς <nikos.pappas@example.gr> έγραψε:",
     "Νίκος Παππάς", "nikos.pappas@example.gr"),
    ("Στις 13 Μαρτίου 2026 στις 16:20, ο/η Νίκος Παππάς <nikos.pappas@example.gr> έγραψε:",
     "Νίκος Παππάς", "nikos.pappas@example.gr"),
    # Croatian Gmail: months abbreviated in Croatian ("ožu", March), "u" before the time;
    # Thunderbird: "je napisao/la"
    ("pet, 13. ožu 2026. u 16:20 Ivana Horvat <ivana.horvat@example.hr> napisao je:",
     "Ivana Horvat", "ivana.horvat@example.hr"),
    ("13.03.2026. u 16:20, Ivana Horvat je napisao/la:", "Ivana Horvat", ""),
    # Swahili Gmail: "Mnamo", the weekday cut to three letters or written out, "saa" before
    # the time, "aliandika" (wrote)
    ("Mnamo Iju, 13 Mac 2026 saa 16:20 Zawadi Kamau <zawadi.kamau@example.co.ke> aliandika:",
     "Zawadi Kamau", "zawadi.kamau@example.co.ke"),
    ("Mnamo Ijumaa, 13 Machi 2026 saa 16:20, Zawadi Kamau <zawadi.kamau@example.co.ke> "
     "aliandika:", "Zawadi Kamau", "zawadi.kamau@example.co.ke"),
    # Turkish Thunderbird: the date first, "tarihinde ... yazdı" with no "şunu", the address
    # there or not
    ("13.03.2026 16:20 tarihinde Deniz Kaya yazdı:", "Deniz Kaya", ""),
    ("13.03.2026 16:20 tarihinde Deniz Kaya <deniz.kaya@example.com.tr> yazdı:",
     "Deniz Kaya", "deniz.kaya@example.com.tr"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("line", "name", "address"), LANGUAGE_LINES, ids=[row[0][:12] for row in LANGUAGE_LINES]
)
def test_each_languages_attribution_gives_sender_and_date(line, name, address) -> None:
    test_an_attribution_line_gives_its_sender_and_date(
        line, name, address, datetime(2026, 3, 13, 16, 20)
    )


@pytest.mark.parametrize(
    "line", [row[0] for row in LANGUAGE_LINES], ids=[row[0][:12] for row in LANGUAGE_LINES]
)
def test_a_reply_in_each_language_is_late_only_after_a_day(line) -> None:
    # the quoted 16:20 is read on the writer's clock (+01:00 in March): 15:20Z on Friday
    monday = _eml(line, "Mon, 16 Mar 2026 09:00:00 +0100")
    (finding,) = lint_text(monday, path="reply.eml", select=("late-reply",), model="blank")
    assert "day" in finding.message
    friday = _eml(line, "Fri, 13 Mar 2026 21:00:00 +0100")
    assert lint_text(friday, path="reply.eml", select=("late-reply",), model="blank") == []


@pytest.mark.parametrize(
    ("template", "months"),
    [
        # each client's month abbreviations, January to December
        ("În lun., 9 {} 2026 la 10:00, Ioana <i@example.ro> a scris:",
         "ian. feb. mar. apr. mai iun. iul. aug. sept. oct. nov. dec."),
        ("pon., 9 {} 2026 o 10:00 Ewa <e@example.pl> napisał(a):",
         "sty lut mar kwi maj cze lip sie wrz paź lis gru"),
        ("man. 9. {} 2026 kl. 10:00 skrev Ola <o@example.no>:",
         "jan. feb. mar. apr. mai jun. jul. aug. sep. okt. nov. des."),
        ("Em seg., 9 de {} de 2026 às 10:00, Rafael <r@example.br> escreveu:",
         "jan. fev. mar. abr. mai. jun. jul. ago. set. out. nov. dez."),
        ("pon, 9. {} 2026. u 10:00 Ivo <ivo@example.hr> napisao je:",
         "sij velj ožu tra svi lip srp kol ruj lis stu pro"),
        ("пн, 9 {} 2026 р. о 10:00 Олег <o@example.ua> пише:",
         "січ. лют. бер. квіт. трав. черв. лип. серп. вер. жовт. лист. груд."),
        ("Στις Δευ 9 {} 2026 στις 10:00 π.μ., ο/η Νίκος <n@example.gr> έγραψε:",
         "Ιαν Φεβ Μαρ Απρ Μαΐ Ιουν Ιουλ Αυγ Σεπ Οκτ Νοε Δεκ"),
        ("Pada tanggal Sen, 9 {} 2026 pukul 10.00 Budi <b@example.id> menulis:",
         "Jan Feb Mar Apr Mei Jun Jul Agu Sep Okt Nov Des"),
        ("Mnamo Jum, 9 {} 2026 saa 10:00 Neema <n@example.tz> aliandika:",
         "Jan Feb Mac Apr Mei Jun Jul Ago Sep Okt Nov Des"),
        ("Mnamo 9 {} 2026 saa 10:00, Neema <n@example.tz> aliandika:",
         "Januari Februari Machi Aprili Mei Juni Julai Agosti Septemba Oktoba Novemba Desemba"),
    ],
)  # fmt: skip
def test_every_month_of_a_clients_abbreviations_is_read(template: str, months: str) -> None:
    for number, month in enumerate(months.split(), 1):
        text = f"Thanks.\n\n{template.format(month)}\n> No.\n"
        found = attribution.find(text, 0, len(text))
        assert found is not None
        assert found.when is not None
        assert (found.when.month, found.when.day) == (number, 9), month


def test_a_month_abbreviation_is_read_in_the_language_of_its_line() -> None:
    # "lis" is October (listopad) in Croatian but November (listopad) in Polish
    croatian = "Hvala.\n\nčet, 9. lis 2025. u 10:00 Ivo <ivo@example.hr> napisao je:\n> Ne.\n"
    polish = "Dzięki.\n\nczw., 9 lis 2025 o 10:00 Jan <jan@example.pl> napisał(a):\n> Nie.\n"
    months = [attribution.find(t, 0, len(t)).when.month for t in (croatian, polish)]
    assert months == [10, 11]


def test_the_quick_test_skips_no_attribution_of_the_added_languages(monkeypatch) -> None:
    texts = [f"Thanks.\n\n> {line}\n> Dear applicant,\n" for line, *_ in LANGUAGE_LINES]
    found = [attribution.find(t, 0, len(t)) for t in texts]
    assert all(found)
    monkeypatch.setattr(attribution, "_NEEDED", ("",) * len(attribution._FORMS))
    assert [attribution.find(t, 0, len(t)) for t in texts] == found


def test_a_romanian_sentence_ending_in_a_colon_with_no_date_gives_no_date() -> None:
    text = "Mulțumesc.\n\nPe scurt, iată ce colegul meu a scris:\n> Nu.\n"
    found = attribution.find(text, 0, len(text))
    assert found is None or found.when is None


def test_a_turkish_sentence_with_no_time_before_tarihinde_gives_no_date() -> None:
    # "On the day of the interview the manager wrote this:" is no attribution line
    text = "Teşekkürler.\n\nMülakat günü tarihinde müdür bana yazdı:\n> Hayır.\n"
    found = attribution.find(text, 0, len(text))
    assert found is None or found.when is None


#: Outlook in Indonesian, the reply above the quote: "Pesan Asli" (original message) and
#: the labels Dari (from), Dikirim (sent), Kepada (to), Subjek (subject).
INDONESIAN_OUTLOOK = """\
From: Rina Wijaya <rina.wijaya@example.org>
To: Hendra Gunawan <hendra@example.co.id>
Date: {date}
Subject: RE: Lamaran Staf Gudang

Dear Pak Hendra,

Thank you for telling me. I hope we can stay in touch.

Rina

-----Pesan Asli-----
Dari: Hendra Gunawan <hendra@example.co.id>
Dikirim: Selasa, 10 Maret 2026 16.05
Kepada: Rina Wijaya <rina.wijaya@example.org>
Subjek: Lamaran Staf Gudang

Dear Rina,

We have chosen another candidate.

Hendra Gunawan
"""


def test_an_indonesian_outlook_block_gives_sender_and_date() -> None:
    from replylint.sources import quote

    text = INDONESIAN_OUTLOOK.format(date="Wed, 11 Mar 2026 09:00:00 +0700")
    found = quote.find(text, text.index("Dear Pak"), len(text))
    assert found is not None
    assert found.context.received == datetime(2026, 3, 10, 16, 5)
    assert found.context.signers[0].address == "hendra@example.co.id"


@pytest.mark.parametrize(
    ("date", "late"),
    [("Wed, 11 Mar 2026 09:00:00 +0700", False), ("Thu, 12 Mar 2026 16:30:00 +0700", True)],
)
def test_a_reply_to_an_indonesian_outlook_rejection_is_late_only_after_a_day(date, late) -> None:
    text = INDONESIAN_OUTLOOK.format(date=date)
    findings = lint_text(text, path="reply.eml", select=("late-reply",), model="blank")
    assert bool(findings) is late


# K-9 Mail writes the zone and its offset as one word after the time; the two wall clocks
# are 17 h 30 min apart, the two moments 24 h 30 min.
K9_GERMAN = """\
From: Ana Ruiz <ana.ruiz@example.mx>
To: Petra Vogel <p.vogel@example.de>
Subject: Re: Ihre Bewerbung
Date: Sat, 14 Mar 2026 {time} -0600
Content-Type: text/plain; charset=utf-8

Dear Ms Vogel,

Thank you for telling me. I would be glad to hear what I could improve, and I hope
our paths cross again.

Best regards,
Ana Ruiz

Am 13. März 2026 17:00:00 GMT+01:00 schrieb Petra Vogel <p.vogel@example.de>:
> Sehr geehrte Frau Ruiz, leider haben wir uns für eine andere Bewerbung entschieden.
> Petra Vogel
"""


def test_a_zone_with_its_offset_in_one_word_is_read_as_the_zone() -> None:
    line = "Am 13. März 2026 17:00:00 GMT+01:00 schrieb Petra Vogel <p.vogel@example.de>:"
    found = attribution.find(line, 0, len(line))
    assert found is not None and found.sender.name == "Petra Vogel"
    assert found.when is not None and found.when.utcoffset().total_seconds() == 3600


@pytest.mark.parametrize(("time", "late"), [("10:30:00", True), ("08:30:00", False)])
def test_a_k9_reply_across_zones_is_late_by_the_clock_of_the_world(time, late) -> None:
    findings = lint_text(K9_GERMAN.format(time=time), path="reply.eml",
                         select=("late-reply",), model="blank")  # fmt: skip
    assert bool(findings) is late
