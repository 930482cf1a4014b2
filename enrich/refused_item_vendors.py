"""A registry vendor named in a purchase that a council refused, vetoed or deferred, or that its buyer terminated
before any award, supplied nothing (r43b_suppliers; tests/eval/README.md "Buyers of rejected proposals", 10:25, and
"in a withdrawn purchase the contractor ... is `mentioned`").

Why: "Resolution authorizing the Sheriff to purchase software from X for $36,000 ... Resolution failed", "The County
Executive vetoed the ordinance appropriating $4.1 million for X", "Item deferred: request for $450,000 ... from X",
"项目终止（原拟采购X）": the purchase never happened, and a vendor -> buyer graph must not show it. The notice-state
classifier reads many such texts as negated (no technology) or not at all, so the cue rules' supplier stays.

How: only when the text states the refusal, veto, deferral or termination of its item (agenda wording: "(failed)",
"motion failed", "was tabled", "vetoed the ordinance", "item deferred", "did not pass"; es pt fr de it; 终止采购,
原拟采购, 否决, 否決, 부결) and no award, approval or purchase of its own (awarded, approved, adopted, 中标, 成交 ...).
Then a supplier the registry knows becomes `mentioned`; a supplier the registry does not know (an awardee named in
a field) is left alone.
"""
from __future__ import annotations

import re
from dataclasses import replace

from enrich.model import Party

_ITEM = (r"(?:resolution|motion|ordinance|item|request|proposal|measure|bill|contract|purchase|appropriation|"
         r"agreement|amendment|budget item)")
_REFUSED_RE = re.compile(
    r"\((?:failed|vetoed|deferred|tabled|withdrawn|rejected|defeated|postponed)\)"
    r"|\b" + _ITEM + r"s? (?:failed|(?:was|were|has been) (?:defeated|tabled|withdrawn|deferred|rejected|vetoed|"
    r"voted down|postponed|pulled)|did not pass)\b"
    r"|\b(?:vetoed|voted down|tabled|deferred|postponed|rejected|defeated|killed) (?:the |an? |this )?"
    r"(?:[\w-]+ )?" + _ITEM + r"\b"
    r"|\b" + _ITEM + r" deferred\b|\bdid not override\b"
    r"|\b(?:rechaz|vet|aplaz|posterg)\w+ (?:la|el) (?:compra|contrato|propuesta|solicitud|moción|ordenanza|"
    r"resolución)\b|\b(?:rejeit|vet|adi)\w+ (?:a|o) (?:compra|contrato|proposta|pedido|projeto)\b"
    r"|\b(?:rejet|ajourn|report)\w* (?:la |le |l[’'])(?:délibération|achat|marché|contrat|projet|demande)\b"
    r"|\b(?:Antrag|Beschaffung|Vorlage|Vertrag)\w* (?:wurde |wird )?(?:abgelehnt|vertagt|zurückgestellt)\b"
    r"|\b(?:respint|rinvi)\w+ (?:la|il|l[’']) ?(?:delibera|acquisto|contratto|proposta|mozione)\b"
    r"|终止采购|采购终止|项目终止|原拟采购|原擬採購|否决|否決|부결|보류", re.IGNORECASE)
_DONE_RE = re.compile(
    r"\b(?:awarded|award to|approved|approves|approve|adopted|adopts|signed|purchased|bought|ratified|passed|"
    r"adjudic\w+|aprob\w+|approuv\w+|genehmigt|beschlossen|aggiudicat\w+|approvat\w+)\b|中标|中標|成交|签订|簽訂|"
    r"决标|決標|得标|得標|可決|낙찰|가결", re.IGNORECASE)


def settle(text: str, parties: list[Party]) -> list[Party]:
    """The parties with registry-vendor suppliers of a refused, deferred or terminated item made `mentioned`."""
    if not any(p.role == "supplier" and p.vendor_id for p in parties):
        return parties
    if _DONE_RE.search(text) or not _REFUSED_RE.search(text):  # (an award word comes early; the refusals scan is long)
        return parties
    return [replace(p, role="mentioned", decided_by="refused_item") if p.role == "supplier" and p.vendor_id else p
            for p in parties]
