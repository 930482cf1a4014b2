"""A market forecast: a text about a market's size or growth, which names no body that buys, runs or uses anything.

Why (round 40, tests/eval/README.md "Technologies of texts that buy nothing": "a text about no particular body and
no company (a market study, an explainer, a law in general) is tagged with nothing"): the report readers
(`reports`, `report_genre`) are read only in a notice naming no sum, and a market study names one - the market's size
("will reach $9 billion by 2030", 市场规模预计达到2,800亿元, "alcanzará 4.000 millones de dólares") - so its
technologies were tagged (sets an and ao: 2 of 2 market forecasts falsely tagged). Counted on every development set's
headlines and first 300 characters: the forecast shape below matches those two and no positive; the bare words
"market study" or "estudio de mercado" are left out (a police market study before a tender, a comptroller citing
one about a purchase made: positives in sets ad and z). The caller keeps what a purchase verb buys and what a use
statement says a named body runs (`used_by_body`).
"""
from __future__ import annotations

import re

_L = r"[^\W\d_]"
_WORD = _L + r"+ "
#: The forecast of a market's size or growth (folded text: lower case, no accents, simplified Chinese).
_FORECAST = re.compile(
    r"(?<!" + _L + r")(?:"
    # en: "the global video analytics market will reach", "spending on X is expected to top", CAGR
    r"market(?: (?:for|of) [^.;\n]{1,60}?)? (?:(?:is|are) (?:expected|forecast|projected|set|poised|likely) to |will "
    r"|could |would |to |should )(?:reach|grow|double|triple|hit|top|exceed|expand|rise|surpass)"
    r"|(?:spending|expenditure|investment)s? (?:on|in) [^.;\n]{1,60}? (?:will|to|is expected to|could|should)"
    r" (?:reach|grow|hit|top|exceed|double)"
    r"|market (?:size|sizing|share forecast)|cagr|compound annual growth"
    # es pt fr it de ru
    r"|el mercado (?:" + _WORD + r"){0,6}?(?:alcanzara|crecera|superara|llegara a|duplicara)"
    r"|o mercado (?:" + _WORD + r"){0,6}?(?:deve atingir|atingira|crescera|deve crescer|devera atingir)"
    r"|le marche (?:" + _WORD + r"){0,6}?(?:atteindra|devrait atteindre|croitra|devrait croitre|doublera)"
    r"|il mercato (?:" + _WORD + r"){0,6}?(?:raggiungera|crescera|dovrebbe raggiungere)"
    r"|(?:der|den) (?:" + _WORD + r"){0,3}?markt (?:" + _WORD + r"){0,6}?(?:wachsen|wachst|erreichen|verdoppeln)"
    r"|marktvolumen|volumen del mercado|tamano del mercado|taille du marche"
    r"|рынок (?:" + _WORD + r"){0,6}?(?:достигнет|вырастет|удвоится)|объем рынка"
    r")(?!" + _L + r")"
    # zh ja ko
    r"|市场规模|年复合增长率|市場規模|시장 ?규모")
#: How far into the text the forecast is looked for: the headline and the lead.
_LEAD = 300


def forecasts_market(folded: str, headline_end: int) -> bool:
    """Does the headline or the lead (`_LEAD` characters after the headline) forecast a market's size or growth?"""
    return _FORECAST.search(folded, 0, min(len(folded), headline_end + _LEAD)) is not None
