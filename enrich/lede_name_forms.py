"""Name forms an English lede writes without an initial capital (r38b_buyers); enrich/lede_subjects.py asks.

Why: the lede reader keeps a subject only when it reads as a proper name, and in English that meant capitals. Two
kinds of body names break that rule and were read as no name at all (set an; the same bodies in sets ad-am):

* a name opening with a Nguni or Fijian noun-class or locative prefix before its capital: "eThekwini Municipality",
  "uMhlathuze Local Municipality", "iTaukei Affairs Board";
* a body written in its own script, which has no capitals, inside English prose: "BUSAN — 부산광역시 replaced …",
  "OSAKA — 大阪市 said …", "… — 喀什市公安局 bought …". Only a word that ends in a public body's head (Korean 시, 군,
  구, 청, 경찰서 …; Chinese and Japanese 市, 县, 区, 局, 署, 庁, 政府 …) is kept, so a company written in its own
  script (해운대시스템, 浪速セキュリティ) stays out.
"""
from __future__ import annotations

import re

# a Nguni (Zulu, Xhosa, Ndebele) or Fijian prefix glued to a capitalised stem: eThekwini, uMgungundlovu, kwaDukuza
PREFIXED = re.compile(r"(?:e|i|u|o|ka|kwa|ku|ezi|em)[A-Z][a-z]{3,}")

# a body's head at the end of a word in Hangul, Han or kana
_CASELESS_BODY = re.compile(
    r"[\uac00-\ud7a3]{1,12}(?:특별시|광역시|특별자치시|특별자치도|시|군|구|도|청|시청|군청|구청|도청|경찰청|경찰서|공사|공단)"
    r"|[\u4e00-\u9fff\u3040-\u30ff]{1,16}(?:市|县|縣|区|區|町|村|府|都|道|県|局|署|庁|廳|厅|政府|委员会|委員会|办公室|辦公室"
    r"|信用办|文明办|服务站|服務站|中心)")


def caseless_body(word: str) -> bool:
    """A one-word body written in Hangul, Han or kana, closed by a public body's head."""
    return bool(_CASELESS_BODY.fullmatch(word))
