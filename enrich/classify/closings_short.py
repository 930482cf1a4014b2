"""Short closing sentences that say a text about surveillance buys nothing, in the wordings `closings` lacks.

Why (round 36b, tags; set al's reports and studies read with the models off, then counted on every development
set's last sentences): reports, studies, guidance and hearings end with a verbless note - "No new contract.",
"Keine Beschaffung.", "Nessun acquisto.", "Aucun achat." - or a verb `closings` does not read: "It does not
commission any system.", sv "fann inga nya inköp", hi "कोई खरीद प्रस्ताव नहीं है", sw "bila ununuzi wowote", ar
"دون اتخاذ قرار بالشراء", ko "구매 계획은 포함되지 않았다". The verbless shape must be the whole sentence (a purchase
notice that ends "no new contract for the cameras was needed" is no closing of this kind; not "no purchase was made",
which a use policy of a device in service says, round 17), and like `closings` the
caller reads it only in a notice naming no price and keeps what a purchase verb of the body buys.
"""
from __future__ import annotations

import re

#: Purchase nouns in the languages of the verbless closing (folded: accents stripped).
_NOUN = (r"(?:purchases?|procurements?|contracts?|acquisitions?|tenders?|orders?|beschaffung(?:en)?|anschaffung(?:en)?"
         r"|kauf|kaufe|vertrag|auftrag|acquist[oi]|contratt[oi]|appalt[oi]|compras?|contrat[oa]s?|adquisicion(?:es)?"
         r"|aquisicao|aquisicoes|achats?|marches?|inkop|upphandling(?:ar)?|aankoop|aanschaf|inkoop|zakup(?:y|u)?)")
_VERBLESS = re.compile(
    r"^(?:there (?:is|was|will be) )?(?:no|keine?|nessun[oa]?|ningun[ao]?|nenhum[a]?|aucun[e]?|sin|sem|sans|inga|ingen"
    r"|geen|brak) (?:new |neuen? |neue |nuov[oa] |nuev[oa]s? |nov[oa]s? |nouvel(?:le)?s? |nouveaux? |nya |nye |nieuwe "
    r"|nowych |further |public |publica |publico )?" + _NOUN + r"(?: (?:is|was|are|were) (?:planned|involved))?$")
_VERBS = re.compile(
    # en: "it does not commission any system", "it does not fund any purchase" (the text's own account of itself; not
    # "did not buy a system from X", which may follow what the body did buy)
    r"(?<![^\W\d_])(?:does|do) not (?:commission|fund) (?:any|a|an)"
    r" (?:new )?(?:[\w-]+ )?(?:systems?|equipment|technology|technologies|cameras?|products?|services?|purchases?"
    r"|contracts?)(?![^\W\d_])"
    # sv: "fann inga nya inköp"; hi: "कोई खरीद प्रस्ताव नहीं"; sw: "bila ununuzi wowote"
    r"|(?<![^\W\d_])(?:fann|hittade|fant|fandt) (?:inga|ingen|ikke) (?:nya |nye |noen |nogen )?(?:inkop|upphandling\w*"
    r"|innkjop|indkob|anskaffelse\w*)(?![^\W\d_])"
    r"|कोई (?:नई |नया )?खरीद(?: प्रस्ताव| योजना| अनुबंध)? नहीं"
    r"|(?<![^\W\d_])bila (?:ununuzi|manunuzi|mkataba|zabuni)(?![^\W\d_])"
    # ar: "دون اتخاذ قرار بالشراء"; ko: "구매 계획은 포함되지 않았다"
    r"|(?:دون|بدون) (?:اتخاذ )?(?:اي |أي )?قرار (?:بال|ب)?شراء"
    r"|(?:예산|구매|조달|계약) 계획[은는이가]? (?:포함|논의|언급|검토)되지 않")


def short_closing_buys_nothing(sentence: str) -> bool:
    """Does this closing sentence (folded, stripped of its full stop) say, in a short form, that nothing is bought?"""
    return _VERBLESS.search(sentence) is not None or _VERBS.search(sentence) is not None
