"""A withdrawn notice that cancels a tender names its buyer (r34_buyers34; tests/eval/README.md, "Buyers of
withdrawn tenders").

Why: a notice that cancels, voids, suspends or withdraws a tender, or declares it failed or deserted (废标, 流标,
终止公告, "declarada desierta", "appel d'offres déclaré sans suite", "RFP cancelled", "Ausschreibung aufgehoben"),
names the body that issued the tender like any other notice. `classify_notice_state` reads such a notice as
"withdrawn", and `enrich` used to keep its buyer only where a labelled field named it or a budget was stated: the
body of "Municipalidad de Rosario declara desierta la licitación …" or of "疏勒县公安局…本次采购作废标处理" was only
mentioned. A reporter looking for who tried to buy face recognition needs that body.

Whether the notice cancels a tender at all is read by `enrich.tender_cancellation` (the one cancellation
reader the classifier's withdrawn notices and the money rules share). This module keeps the buyer side only: the
buyer kept is never an overseeing body (a court, an audit office, a data-protection authority that stopped the
tender: `enrich.oversight_buyers`) nor a vendor, nor a reading that ran on past the name.
"""
from __future__ import annotations

import re

# Courts, audit offices and legislatures the oversight table (`enrich.oversight_buyers`) does not name: an Italian
# regional administrative court (TAR), courts in Arabic script and Urdu, a Spanish or Portuguese legislature
_OVERSEES_MORE = re.compile(r"(?<![^\W\d_])(?:TAR|Tribunale|Consiglio di Stato|Conseil d['’]État|Congreso|Congresso"
                            r"|Asamblea Legislativa|Assembleia Legislativa)(?![^\W\d_])|محكمة|المحكمة|عدالت|کورٹ")


# A reading that ran past the name into the sentence: a verb as its last word ("prefeitura suspendeu", "The office
# said", "Ministarstvo … odustalo", "ville de X ne"; not a lower-case noun: "Malmö stad", "Львівська міська рада"),
# the Urdu subject marker ("… پولیس نے چہرہ شناسی"), a quotation left open ("…公安局“净网"). A cancelled tender's
# buyer was never shown before (every withdrawn notice's was mentioned), so such readings (sets ai, t, y, k, ac, w,
# v) are not promoted.
_RAN_ON = re.compile(r"(?:^|\s)(?:said|says|ne|[a-z]\w*(?:eu|ou|ala|alo|ali|ila|ilo|ili))$|(?<!\S)نے(?!\S)|“[^”]*$"
                     r"|「[^」]*$")


def issuing_body(name: str) -> bool:
    """Can `name`, the buyer read in a cancelled tender, be the body that issued it: no court, audit office, data
    protection authority or legislature that stopped it, no vendor, and no reading that ran on past the name?"""
    from enrich.buyer_cues import is_vendor
    from enrich.oversight_buyers import _OVERSEES

    return not (_OVERSEES.search(name) or _OVERSEES_MORE.search(name) or _RAN_ON.search(name) or is_vendor(name))
