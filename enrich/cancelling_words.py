"""The cancellation words that two readers share: one list, so that they cannot drift apart.

Why (round 41, r41_money): `enrich.tender_cancellation.CANCELLING` (does a notice cancel, void or suspend a tender:
its money and its buyer) and the classifier's headline `withdraws` cues (enrich/data/taxonomy_cues.yaml, read by
`enrich.classify.rules`: does a headline take back its purchase) each kept the same cancellation words in every
language, written twice. The words both read the same way live here once; each reader adds its own edges (the
tender reader wants a whole word in letters, the classifier a left boundary in letters or digits and, where listed
below, a right one) and keeps beside these the words only it needs, with a comment saying why. The lists are of
folded text (lower case, accents stripped, Chinese simplified: `enrich.text.fold`), as regex fragments without
boundaries; each fragment is one word or phrase of one language.
"""
from __future__ import annotations

#: Whole words (letters on neither side) in both readers: cancels, annuls, withdraws, suspends, declares deserted.
WORDS: tuple[str, ...] = (
    # en
    r"cancel(?:s|led|ed|ling|lation)?", r"annul(?:s|led|ment)?", r"voided", r"scrapped", r"revoked",
    r"withdr(?:aws|awn|ew)", r"terminated", r"suspend(?:s|ed)",
    # es, pt, gl
    r"desiert[oa]s?", r"anul(?:a|o|ado|ada|ados|adas|acion|ou|acao)", r"cancel(?:a|o|ado|ada|acion|amento)",
    r"revog(?:a|ou|ado|ada|acao)", r"revoc(?:a|o|ado|ada|acion)",
    # fr, ro
    r"annul(?:e|ee|ation)", r"anulat[ae]?",
    # nl, cs/sk, fi, tr, id/ms
    r"ingetrokken", r"geannuleerd", r"stopgezet", r"zrusil[oai]?", r"perutt(?:u|iin)", r"iptal", r"batal",
)

#: Words the tender reader reads whole and the classifier's headline as the start of a word ("aufgehobene
#: Ausschreibung", "dibatalkannya"): the classifier's `withdraws` cues never had a right boundary on them.
WORD_STARTS: tuple[str, ...] = (
    r"falls? through", r"fell through",  # en
    r"deja sin efecto",  # es
    r"sans suite",  # fr
    r"anuleaza",  # ro
    r"aufgehoben", r"storniert", r"abgesagt", r"eingestellt",  # de
    r"afgeblazen",  # nl
    r"dibatalkan",  # id/ms
    r"huy (?:bo|thau)",  # vi
    r"imefutwa",  # sw
    r"kinansela",  # tl
    r"ləgv",  # az
)

#: Words of scripts the tender reader reads without boundaries (no spaces between words, or glued particles); the
#: classifier reads each as its own cue (a left boundary in Latin letters or digits, none before an ideograph).
UNSPACED: tuple[str, ...] = (
    r"ยกเลิก",  # th
    r"لغو", r"منسوخ",  # fa, ur
    r"ביטל", r"בוטל",  # he
    r"रद्द",  # hi, ne
    r"বাতিল",  # bn
    r"გააუქმ", r"გაუქმ",  # ka
    r"չեղարկ",  # hy
    r"ተሰርዟል", r"ተሰረዘ",  # am
    r"中止", r"撤回", r"取りやめ", r"取り止め",  # zh, ja
    r"취소", r"유찰", r"무산",  # ko
)


def alternation(words: tuple[str, ...]) -> str:
    """The fragments as one non-capturing alternation."""
    return "(?:" + "|".join(words) + ")"


def withdraws_cues() -> tuple[list[str], list[str]]:
    """The shared words as the classifier's headline `withdraws` cues (taxonomy_cues.yaml syntax), to go before and
    after the file's own cues: the Latin ones first (the whole words with a right boundary, the word starts
    without), each unspaced word last and as its own cue (`compile_cue` adds a left boundary to all but those opening
    with an ideograph). Where two cues match from one place the first listed wins; these places keep every match of
    the file as it was before the words moved here (Italian "revoca" after Spanish "revocado", Pashto "لغوه" before
    "لغو")."""
    return [alternation(WORDS) + "{b}", alternation(WORD_STARTS)], list(UNSPACED)
