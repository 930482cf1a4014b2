"""The sentence's verb, topic particle or contracted firm that a buyer span ran into at its end (round 35, buyers).

Why: a name read up to the next punctuation in a language whose capitals do not show where it ends keeps the
predicate that follows it: Hebrew "עיריית חיפה רכשה …" (bought), Persian "شهرداری رشت قرارداد …" (contract),
Japanese "富山市は …" (topic particle), Vietnamese "Sở Giao thông vận tải Cần Thơ chọn …" (chose), Lao
"… ເຊັນສັນຍາກັບ …" (signed with), Chinese "X县公安局，其他内容不变"; a Latin-script name followed by a
lower-case past verb ("Gradska uprava Grada Čačka dodelila", "Detran-GO concluiu", "Instituto … de Málaga
renovó"); or a registry vendor named right after the body ("Ichki ishlar vazirligi Kedacom bilan …",
"Алматы қаласы әкімдігі Sergek"). The body is the name before it. Only these closed word lists and a past-tense
ending after a capitalised word are cut, so "Malmö stad", "Gradska uprava" and "Львівська міська рада" keep
their lower-case words.
"""
from __future__ import annotations

import re

from enrich.buyer_cues import is_vendor

# Hebrew past-tense buying verbs (masculine and feminine), Persian nouns and verbs that open the predicate
_HE_FA_VERB = re.compile(r"[ \t]+(?:רכשה|רכש|אישרה|אישר|חתמה|חתם|התקשרה|התקשר|בחרה|בחר|הזמינה|הזמין|התקינה|התקין"
                         r"|פרסמה|פרסם|הודיעה|הודיע|מתקינה|רוכשת|قرارداد|خرید|نصب|را)(?:[ \t].*)?$")
# Japanese topic and subject particles after a body's head (市, 県, 庁, 局, 署, 省, 町, 村, 区, 部, 課)
_JA_PARTICLE = re.compile(r"(?<=[市県庁局署省町村区部課])(?:は|が)[^\s、。]*$")
# Vietnamese predicates after a body's name (lower-case verbs; the name's own lower-case words are no verbs)
_VI_VERB = re.compile(r"[ \t]+(?:nghiệm thu|chọn|bổ sung|ký|mua|lắp đặt|triển khai|trang bị|đầu tư|phê duyệt"
                      r"|công bố|khánh thành|hoàn thành|thuê|nâng cấp|đưa vào|giao|ra mắt)(?:[ \t].*)?$")
# Lao: "signed a contract with", "bought", "installed"
_LO_VERB = re.compile(r"[ \t]+(?:ເຊັນສັນຍາ|ຊື້|ຕິດຕັ້ງ|ຈັດຊື້)[^\n]*$")
# A lower-case Latin-script past verb after a capitalised word: es/pt/it preterite (renovó, adjudicó, concluiu,
# comprou, contratou), sr/hr/bs/sl/cs/sk past participles (dodelila, nabavilo, potpisali, instalirala)
# Chinese: a clause break or the preposition 对/為/为 after a body's head ("X县公安局，其他内容不变", "X县教育局对中心
# 小学…"): the name ended before it
_ZH_BREAK = re.compile(r"(?<=[局委院府署处處厅廳所队隊办辦])(?:[，,；;。]|对|對)[^\n]*$")
_LATIN_PAST = re.compile(r"(?<=[A-ZÀ-Þ\w)»”\"'])[ \t]+[a-zà-ž]{3,}(?:ó|ou|eu|iu|ila|ilo|ili|ala|alo|ali|ela|elo|eli"
                         r"|ovala|ovalo|ovali)$")
_PREVIOUS_CAPITAL = re.compile(r"(?:^|[ \t])[A-ZÀ-ÞČŠŽĆĐ][^ \t]*$")
_LAST_WORDS = re.compile(r"[ \t]+([A-Z][\w-]+(?:[ \t][A-Z][\w-]+)?)$")
# r42_buyers: a vendor's name that is also a place's or a person's, governed by the body's head through "of"
# ("Condado de Harris", "Municipio de Axis", "City of Harris", "Landkreis von Bosch"): the place the body is named
# after, not a firm it contracts with (a firm named after a body follows it bare: "… әкімдігі Sergek")
_OF_BEFORE = re.compile(r"(?i)(?:^|[ \t])(?:de|del|de[ \t]+la|de[ \t]+los|de[ \t]+las|of|of[ \t]+the|von|vom|der"
                        r"|du|des|de[ \t]+l['’]|d['’]|di|da|do|dos|das|della|dello|van|van[ \t]+de|af|för)$")


def verb_tail_end(text: str, start: int, end: int) -> int:
    """End of the buyer span without a predicate or a vendor it ran into, else `end`."""
    name = text[start:end]
    for regex in (_HE_FA_VERB, _VI_VERB, _LO_VERB, _JA_PARTICLE, _ZH_BREAK):
        match = regex.search(name)
        if match and match.start() >= 3:
            return start + match.start()
    past = _LATIN_PAST.search(name)
    if past and past.start() >= 4 and _PREVIOUS_CAPITAL.search(name, 0, past.start()):
        return start + past.start()
    brand = _LAST_WORDS.search(name)
    if brand and brand.start() >= 6 and not _OF_BEFORE.search(name, max(0, brand.start() - 12), brand.start()) \
            and is_vendor(brand.group(1)):
        return start + brand.start()
    return end
