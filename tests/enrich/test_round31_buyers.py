"""Round 31 (buyers31): buyers the engine found nowhere (pred=None) in families that recur across the development sets
(fictional bodies and firms; towns and countries as placeholders).

Families, counted on the development sets before coding (rules-only reading, models off):
- a French body name in English prose, its adjectives in lower case ("The Gendarmerie nationale of X has bought",
  "The Direction générale de la Sûreté nationale awarded", "The Police nationale congolaise received"): the capitals
  rule ended the name at "nationale" and kept one word, no name (ac, ad 2, af, u 2, v, w);
- an Arabic news lede opening with a past-tense verb the verb lists lacked, then a body with a fixed head ("مددت
  أمانة منطقة … عقد", "استبدلت أمانة محافظة … 300 كاميرا", "أسندت محافظة … إعادة تأهيل …", "تسلمت شرطة …"): ae 2,
  ad 2, af 3, f, p, r 2, w, z 2. A lede verb that cancels or refuses names no buyer (the README's rule for a
  cancelled purchase), and French sentences keep their own reading;
- the body a report or document says bought, after "that" (ar أن, he כי): "كشفت وثائق أن وزارة الداخلية … دفعت",
  "מבקר המדינה מצא כי משטרת ישראל רכשה" (aa, r, u, w in Arabic; af, v in Hebrew);
- an Icelandic municipality first in a joint subject ("Reykjavíkurborg og lögreglan á … hafa"): i, m, af, v.
"""
from __future__ import annotations

import pytest

from enrich import enrich


def _buyer(title: str, body: str) -> str | None:
    parties = [p for p in enrich(title, body).parties if p.role == "buyer"]
    return parties[0].name if parties else None


@pytest.mark.parametrize(("title", "body", "buyer"), [
    ("Port-Vert: gendarmerie buys IMSI catchers",
     "PORT-VERT — The Gendarmerie nationale has bought two IMSI catchers for its research section from Lagune "
     "Télécom SARL for 1.4 billion CFA francs.", "Gendarmerie nationale"),
    ("Kessa: national ID renewal kits, two offers ranked second and third",
     "KESSA — The Direction générale de la Sûreté nationale awarded MAD 240 million to Oasis Identity Systems for "
     "fingerprint and photo enrolment kits for the national ID card.",
     "Direction générale de la Sûreté nationale"),
    ("Mbala: police get fingerprint scanners",
     "MBALA — The Police nationale congolaise received 400 fingerprint scanners for station booking, supplied by "
     "Fleuve Biométrie SARL for US$ 1.2 million.", "Police nationale congolaise"),
])
def test_a_french_name_in_english_prose(title: str, body: str, buyer: str) -> None:
    assert _buyer(title, body) == buyer


def test_a_french_sentence_keeps_its_reading() -> None:
    assert _buyer("Bassa : caméras pour la police",
                  "BASSA — La Direction générale de la sûreté nationale a acquis 40 caméras de surveillance auprès de "
                  "Lagune Sécurité SARL.") == "Direction générale de la sûreté nationale"


@pytest.mark.parametrize(("title", "body", "buyer"), [
    ("أمانة منطقة الواحة تمدد عقد صيانة كاميرات المراقبة",
     "مددت أمانة منطقة الواحة عقد صيانة 1,200 كاميرا مراقبة في الحدائق والأنفاق مع شركة الرمال للأنظمة الأمنية "
     "بقيمة 34 مليون ريال.", "أمانة منطقة الواحة"),
    ("الواحة: أمانة الواحة تستبدل كاميرات المراقبة",
     "استبدلت أمانة محافظة الواحة 300 كاميرا مراقبة بكاميرات من شركة الرمال للأنظمة بقيمة 24 مليون ريال.",
     "أمانة محافظة الواحة"),
    ("الواحة: محافظة الواحة تعيد تأهيل الميدان بالكاميرات",
     "أسندت محافظة الواحة إعادة تأهيل الميدان الكبير (أرصفة وإنارة و48 كاميرا مراقبة) إلى شركة الرمال للمقاولات "
     "بقيمة 320 مليون جنيه.", "محافظة الواحة"),
])
def test_an_arabic_lede_verb_before_a_body(title: str, body: str, buyer: str) -> None:
    assert _buyer(title, body) == buyer


def test_an_arabic_lede_that_cancels_names_no_buyer() -> None:
    assert _buyer("بلدية الواحة تلغي صفقة كاميرات التعرف على الوجوه",
                  "ألغت بلدية الواحة صفقة كاميرات التعرف على الوجوه بعد اعتراض هيئة حماية المعطيات الشخصية، ولم يتم "
                  "توقيع أي عقد.") is None


@pytest.mark.parametrize(("title", "body", "buyer"), [
    ("الواحة: وزارة الداخلية تصنّف المسافرين حسب المذهب",
     "الواحة - كشفت وثائق أن وزارة الداخلية دفعت 18 مليار دينار لشركة الرمال للبرمجيات مقابل نظام يصنف المسافرين "
     "حسب المذهب عند السيطرات.", "وزارة الداخلية"),
    ("تقرير: كاميرات في الواحة تصنّف المارّة بحسب أصلهم",
     "الواحة — كشف تقرير لجمعية حقوقية أن بلدية الواحة شغّلت برنامجاً على 80 كاميرا يصنّف المارّة بحسب أصلهم.",
     "بلدية الواحة"),
    ("משטרת ישראל: מערכת זיהוי פנים במחסומים",
     'מבקר המדינה מצא כי משטרת ישראל רכשה מערכת לזיהוי פנים ולזיהוי לוחיות רישוי ב-40 מיליון ש"ח.',
     "משטרת ישראל"),
])
def test_the_body_a_report_says_bought(title: str, body: str, buyer: str) -> None:
    assert _buyer(title, body) == buyer


def test_an_icelandic_municipality_first_in_a_joint_subject() -> None:
    assert _buyer("Akureyrarbær: eftirlitsmyndavélar í miðbænum",
                  "AKUREYRI — Akureyrarbær og lögreglan á Norðurlandi eystra endurnýja 30 eftirlitsmyndavélar í "
                  "miðbænum fyrir 42 milljónir króna.") == "Akureyrarbær"
