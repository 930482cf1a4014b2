"""Contexts in which a vendor a notice names did not supply this purchase, whatever its wording (round 17).

Why: on set r the spurious supplier links were vendors named in a role that is not supply: the brand of cameras a
maintenance contract services ("The 180 cameras are X units", 摄像机品牌为X in a 运维 notice), the builder of the
network being maintained ("X-built network gets maintenance contract"), the systems an audit reviews in a notice that
says it "involves no purchase". A supplier link accuses a company of this sale, so these are `mentioned`.

How (cues in enrich/data/vendor_link_cues.yaml, whose `version` covers them):

* A maintenance-only notice: the title names a maintenance, operation or repair service (`maintenance_title`) and
  no goods (`supply_cues`). There a vendor stays a supplier only through wording that binds it to the contract
  (`binding_cues` in the supplier phrase: "maintenance agreement with X", "awarded to X", 由X提供), or where its
  sentence buys goods too (spare parts, new cameras, 备件, 补点): the brand or the builder of the equipment serviced is
  mentioned.
* A notice that states it buys nothing (enrich/buyer_denials.py `states_no_purchase`: "it involves no purchase",
  "no new purchase is requested"; `no_purchase_more`: "No new acquisition or funding is requested", "the report makes
  recommendations but no purchase"; round 31b `no_purchase_r31b`: "The paper makes no procurement", "No deals were
  announced", "El informe no refiere ninguna compra nueva"): every vendor is mentioned.
* Round 31b: a control-room staffing or watch service (`service_title_r31b`: 值守, 驻场, "CCTV control room staffing")
  counts as a maintenance title, and award verbs bind a company to it (`binding_r31b`: "gegund aan X", "a confié à
  X la maintenance", 判給X).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from enrich.buyer_denials import states_no_purchase
from enrich.cache import table
from enrich.fastscan import Prefixed

CUES_PATH = Path(__file__).parent / "data" / "vendor_link_cues.yaml"  # the vendor-link cue file (its `version`)
_SENTENCE_RE = re.compile(r"[.!?。！？；;\n](?=\s|$|[^\x00-\x7f])")


@dataclass(frozen=True)
class _ContextCues:
    maintenance: re.Pattern[str]
    supply: re.Pattern[str]
    binding: re.Pattern[str]
    # round 23: "No new acquisition or funding is requested" (and states_no_purchase). Searched over the whole notice,
    # so tried only where one of its literal openings occurs (enrich/fastscan.py; the plain search cost ~4 ms per
    # 64 KB notice, 9 % of its enrichment)
    no_purchase: Prefixed


@table()
def _cues() -> _ContextCues:
    data = yaml.safe_load(CUES_PATH.read_text(encoding="utf-8"))
    maintenance, supply, binding = (re.compile(data[key], re.IGNORECASE)
                                    for key in ("maintenance_title", "supply_cues", "binding_cues"))
    # round 31b: a control-room staffing service (值守, 驻场) reads like a maintenance title
    maintenance = re.compile(f"(?:{maintenance.pattern})|(?:{data['service_title_r31b']})", re.IGNORECASE)
    # round 31b: award verbs bind the company too ("gegund aan X BV", "a confié à X SARL la maintenance", 判給X)
    binding = re.compile(f"(?:{binding.pattern})|(?:{data['binding_r31b']})", re.IGNORECASE)
    # r32b: "this is not a procurement", "it proposes no purchase", "approved no new funds"; r33b: "No hay contrato."
    no_purchase = "|".join(f"(?:{p})" for p in [data["no_purchase_more"], *data["no_purchase_r31b"],
                                                   *data["no_purchase_r32b_vendors32b"],
                                                   *data["no_purchase_r33b_vendors33b"],
                                                   *data["no_purchase_r34b_vendors34b"]])
    return _ContextCues(maintenance, supply, binding, Prefixed(no_purchase, re.IGNORECASE))


class Restriction:
    """Whether a vendor named at [start, end) with the given supplier wording ("" for none) is only `mentioned`.

    The text is read at the first question, and the last text's answers are kept: a notice makes one for its supply
    statements and one for its vendor links (the same text up to LINK_WINDOW), and many ask nothing (each read
    searches the whole text: ~1 % of a 16 KB notice)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._read: tuple[bool, bool] | None = None  # (none bought, a maintenance-only title)

    def __call__(self, start: int, end: int, wording: str) -> bool:
        none_bought, maintenance = self._read or self._reading()
        if none_bought:
            return True
        if not maintenance:
            return False
        cues = _cues()
        if wording and cues.binding.search(wording):
            return False
        return not cues.supply.search(self.text, *_sentence(self.text, start, end))


    def _reading(self) -> tuple[bool, bool]:
        global _last_read
        cues, text = _cues(), self.text
        if _last_read is not None and _last_read[1] is cues and _last_read[0] == text:
            self._read = _last_read[2]
            return self._read
        title = text.partition("\n")[0]
        self._read = (states_no_purchase(text) or bool(cues.no_purchase.search(text)),
                      bool(cues.maintenance.search(title)) and not cues.supply.search(title))
        _last_read = (text, cues, self._read)
        return self._read


_last_read: tuple[str, _ContextCues, tuple[bool, bool]] | None = None  # the last text Restriction read, its answers


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    """[start, end) of the sentence around a name (at most 300 characters either side)."""
    lo = max(0, start - 300)
    marks = [m.end() for m in _SENTENCE_RE.finditer(text, lo, start)]
    stop = _SENTENCE_RE.search(text, end, min(len(text), end + 300))
    return (marks[-1] if marks else lo), (stop.start() if stop else min(len(text), end + 300))
