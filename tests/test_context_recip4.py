"""wrong-recipient: words of kinship and respect before a given name, in several languages.

Vietnamese greets by the given name after a word of kinship ("Anh", "Chị", "Em", "Cô",
"Chú"), Filipino with "Ate" and "Kuya", as Thai does with "Khun", Malay and Indonesian with
"Encik", "Puan", "Pak", "Ibu" and "Bu", Amharic with "Ato" and "W/ro", Swahili with "Bi." and
"Bwana": the signer greeted so is the right person, someone else greeted so is not. A word of
kinship that is a given name too ("Anh", "Chi") greets someone of that name when alone.
"""

from __future__ import annotations

import pytest
from test_context_recip108 import _letter
from test_context_recip122 import _reply

#: A title, the signer, the signer's given name, and the given name of someone else.
_GREETED = [
    ("Anh", "Phan Quốc Bảo", "Bảo", "Minh"),
    ("Chị", "Võ Thị Ngân", "Ngân", "Thảo"),
    ("Chi", "Võ Thị Ngân", "Ngân", "Thảo"),
    ("Em", "Hồ Ngọc Vy", "Vy", "Khánh"),
    ("Cô", "Đỗ Thị Phượng", "Phượng", "Yến"),
    ("Chú", "Lý Văn Thắng", "Thắng", "Phúc"),
    ("Ate", "Liza Macaraeg", "Liza", "Carmela"),
    ("Kuya", "Arnel Dizon", "Arnel", "Jomar"),
    ("Khun", "Kanokwan Srisuk", "Kanokwan", "Pimchanok"),
    ("Encik", "Zulkifli Osman", "Zulkifli", "Syahmi"),
    ("Puan", "Rosnah Ismail", "Rosnah", "Liyana"),
    ("Pak", "Hendra Wijaya", "Hendra", "Rudi"),
    ("Ibu", "Ratna Kusuma", "Ratna", "Wulan"),
    ("Bu", "Ratna Kusuma", "Ratna", "Wulan"),
    ("Ato", "Tesfaye Girma", "Tesfaye", "Mulugeta"),
    ("W/ro", "Selam Haile", "Selam", "Tigist"),
    ("Bi.", "Neema Achieng", "Neema", "Rehema"),
    ("Bwana", "Hamisi Mbwana", "Hamisi", "Omari"),
]


def test_the_vietnamese_greeting_is_not_flagged_in_the_letter() -> None:
    # the HR mailbox copied is still flagged; the greeting of the caller is not
    path = "context129/binh-phuoc-cashew-phone-call-honorific-cc-hr-mailbox.md"
    assert _letter(path) == ["hr@binhphuoccashew.vn"]


@pytest.mark.parametrize(("title", "signer", "given", "other"), _GREETED)
def test_the_signer_greeted_after_a_title_is_not_flagged(title, signer, given, other) -> None:
    assert _reply(f"Dear {title} {given},", signer) == []
    assert _reply(f"Hello {title} {given},", signer) == []


@pytest.mark.parametrize(("title", "signer", "given", "other"), _GREETED)
def test_someone_else_greeted_after_a_title_is_flagged(title, signer, given, other) -> None:
    assert _reply(f"Dear {title} {other},", signer) == [f"Dear {title} {other},"]


@pytest.mark.parametrize(
    ("greeting", "signer", "flagged"),
    [
        ("Dear Anh,", "Phan Quốc Bảo", ["Dear Anh,"]),
        ("Dear Anh,", "Trương Minh Anh", []),
        ("Dear Chi,", "Phan Quốc Bảo", ["Dear Chi,"]),
        ("Dear Chi,", "Lâm Khánh Chi", []),
    ],
)
def test_a_word_of_kinship_alone_is_a_given_name(greeting, signer, flagged) -> None:
    assert _reply(greeting, signer) == flagged
