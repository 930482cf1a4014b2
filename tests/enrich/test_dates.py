"""Date parsing and labelled publication dates, read by the notice's language."""
from __future__ import annotations

from datetime import date

import pytest

from enrich.dates import extract_published, parse_date


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("2019年03月05日", None, date(2019, 3, 5)),
        ("2019年3月5日", "zh", date(2019, 3, 5)),
        ("二〇一九年三月五日", "zh", date(2019, 3, 5)),
        ("二〇二〇年十二月三十一日", "zh", date(2020, 12, 31)),
        ("2019-03-05", None, date(2019, 3, 5)),
        ("2019-03-05T10:00:00+01:00", None, date(2019, 3, 5)),
        ("2019/3/5", None, date(2019, 3, 5)),
        ("05.03.2019", "de", date(2019, 3, 5)),
        ("05.03.2019", "ru", date(2019, 3, 5)),
        ("05/03/2019", "es", date(2019, 3, 5)),
        ("05/03/2019", "fr", date(2019, 3, 5)),
        ("5 March 2019", "en", date(2019, 3, 5)),
        ("March 5, 2019", "en", date(2019, 3, 5)),
        ("5 de marzo de 2019", "es", date(2019, 3, 5)),
        ("5 de março de 2019", "pt", date(2019, 3, 5)),
        ("5 mars 2019", "fr", date(2019, 3, 5)),
        ("5. März 2019", "de", date(2019, 3, 5)),
        ("5 марта 2019 г.", "ru", date(2019, 3, 5)),
        ("5. marta 2019.", "sr", date(2019, 3, 5)),
        ("5. ožujka 2019.", "hr", date(2019, 3, 5)),
        ("5 listopada 2019", "hr", date(2019, 10, 5)),
        ("5 listopada 2019", "pl", date(2019, 11, 5)),
    ],
)
def test_parse_date_formats(text, language, expected):
    assert parse_date(text, language) == expected


def test_us_dates_need_the_source_hint():
    assert parse_date("03/05/2019", "en", dayfirst=False) == date(2019, 3, 5)
    assert parse_date("03/05/2019", "en", dayfirst=True) == date(2019, 5, 3)
    assert parse_date("03/05/2019", "en") is None  # ambiguous without a hint: never guessed
    assert parse_date("13/05/2019", "en") == date(2019, 5, 13)  # only one reading possible
    assert parse_date("05.03.2019", "en") == date(2019, 3, 5)  # dotted dates are day-first


@pytest.mark.parametrize("text", ["", "hello", "2019年13月5日", "2019-02-30", "项目编号：2019-0305", "32323500"])
def test_unreadable_dates_are_none(text):
    assert parse_date(text, "zh") is None


def test_ccgp_publication_time_not_the_deadline():
    text = ("疏附县示范社区服务中心视频监控采购项目公告\n2025年05月27日 20:20\n"
            "投标截止时间：2025年06月17日 09:30\n公告时间\n2025年05月26日  20:20\n")
    found = extract_published(text, "zh")
    assert found.value == date(2025, 5, 26)
    assert text[found.evidence.start:found.evidence.end] == found.evidence.text == "2025年05月26日"


def test_no_label_means_no_publication_date():
    text = "示范项目公告\n投标截止时间：2025年06月17日\n开标时间：2025-06-18 09:30"
    assert extract_published(text, "zh") is None


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("发布时间：2019-03-05 10:00", "zh", date(2019, 3, 5)),
        ("发布日期：二〇一九年三月五日", "zh", date(2019, 3, 5)),
        ("Notice\nDate of dispatch of this notice: 05/03/2019\nTime limit for receipt of tenders: 10/04/2019", "en",
         date(2019, 3, 5)),
        ("Publication date: 5 March 2019", "en", date(2019, 3, 5)),
        ("Fecha de publicación: 05/03/2019", "es", date(2019, 3, 5)),
        ("Data de publicação: 05/03/2019", "pt", date(2019, 3, 5)),
        ("Datum der Veröffentlichung: 05.03.2019", "de", date(2019, 3, 5)),
        ("Date d'envoi du présent avis : 05/03/2019", "fr", date(2019, 3, 5)),
        ("Дата размещения: 05.03.2019", "ru", date(2019, 3, 5)),
        ("Дата публикации: 5 марта 2019 г.", "ru", date(2019, 3, 5)),
        ("Datum objave: 5. marta 2019.", "sr", date(2019, 3, 5)),
    ],
)
def test_labelled_publication_dates(text, language, expected):
    found = extract_published(text, language, dayfirst=True if language == "en" else None)
    assert found is not None and found.value == expected
    assert text[found.evidence.start:found.evidence.end] == found.evidence.text


def test_label_followed_by_deadline_is_not_taken():
    text = "Publication date: see annex. Deadline for tenders: 10/04/2019"
    assert extract_published(text, "en", dayfirst=True) is None
