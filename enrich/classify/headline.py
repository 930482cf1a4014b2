"""What a headline takes back holds for the whole notice.

Why: a news item, agenda line or cancellation notice says in its headline that a purchase was dropped, denied,
rejected or cancelled ("Council shelves plan for camera poles", "Köln: Rat lehnt Videoüberwachung ab", 叶城县公安局
电子围栏侦码系统流标公告), and its body then names the technology again in sentences of their own - the quoted
rumour, the project's name, the contract that was voted down. Clause-level negation (`negation.Document`) cannot
see that far, so a notice that buys nothing was tagged. Readings of the headline (the stored text's first line):

- a technology the headline negates first in its clause ("no facial recognition in new junction cameras": the
  facial recognition, not the cameras) or names right after a `denies` word ("police drop facial recognition from
  stadium CCTV deal") is denied throughout the notice, unless the headline also keeps it;
- a `withdraws` word whose clause names a purchase ("rejects Flock camera contract", "shelves plan for camera
  poles") or no technology after it ("traffic cameras deal revoked", 项目终止公告) takes back every technology,
  unless the headline goes on, past a clause break, to one it keeps ("Rennes renonce à la reconnaissance faciale,
  garde ses caméras"); followed by a technology and no purchase ("Senat stoppt Gesichtserkennung am
  Hauptbahnhof") it denies that technology only;
- the same said of this notice in its body (`withdraws_in_body`: 本项目终止采购, an OCDS award with status
  "cancelled", "Item withdrawn from the agenda") takes back everything;
- a body that says nothing is bought or spent (`nothing_bought_in_body`: "no expenditure was proposed", "involves
  no purchase", "has no such contract") denies every technology, but withdraws no other purchase the notice makes
  (the Christmas lights of the same minutes keep their buyer and price);
- what the headline drops or withdraws leaves standing a purchase the body states with a verb of its own before the
  technology, in its clause ("drop X trial, sign with Y" … "has signed a contract with Y for a face-search system";
  "rejects face recognition" … "but approved $640,000 to replace 38 cameras"): round 26, over the 29 development sets'
  rule outputs 9 notices of five writers gained a true tag and none a false one.
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from enrich.classify.cancel_labels import drops_own_plan, labels_cancelled_tender
from enrich.classify.closings import closes_nothing_bought
from enrich.classify.makers import brand_before
from enrich.classify.market_studies import forecasts_market
from enrich.classify.negation import Document
from enrich.classify.report_genre import reports_on_it
from enrich.classify.reports import denies_in_body, opens_with_marketing, opens_with_report
from enrich.classify.rules import Cue, IdRules, Rules
from enrich.classify.used_by_body import used_ids
from enrich.fastscan import finditer
from enrich.model import TechTag

#: A question answered no right after a `withdraws` word
_ANSWERED_NO = re.compile(r"[^\n?]{0,30}\?\s*(?:no|non|nein|нет|não|nu)\b"
                          # "Council votes to end contract for social-media monitoring? Not quite"
                          r"|[^\n?]{0,60}\?\s*not (?:quite|so|exactly|really|true|yet)\b", re.IGNORECASE)
#: How far after a `denies` or `withdraws` word its technology may start ("drops the live facial recognition").
_REACH = 25
#: The `withdraws` words that deny a claim rather than cancel a purchase (folded): what they deny is the claim they
#: answer - the headline's question ("cámaras con reconocimiento étnico? El ministerio lo niega") or the words
#: before them ("police ethnicity tagging alleged, denied") - not every technology of the notice.
_DENIAL = re.compile(r"den(?:y|ies|ied|ials?)\b|nieg|nega\b|negou|desmien|desment|dement|smenti|опроверг|спросту|"
                     r"yalanla|kanusha|bantah|ontken|kiistaa|διαψε|poprel|popira|cafol|dezmint|təkzib|否认|辟谣|不实|"
                     r"تنفي|ينفي|نفت|نفى|इनकार|অস্বীকার|부인")

#: A colon right after a `withdraws` word: the word is the headline's label ("Audit report: …", "审计报告：…",
#: "Anulado: …"), and what follows is what it withdraws or reports on, not a technology the headline keeps.
_LABEL = re.compile(r"\s*[:：]")

#: Round 19. A headline technology that carries the one denied ("descarta cámaras de reconocimiento facial", "cámaras
#: con analítica de etnia? … desmiente", "camer with …"): a join word and up to two words between them (folded).
_CARRIES = re.compile(r"\s*(?:with|con|com|avec|mit|с|со|cu|ile|dengan|met|de|di|of|do|da|du|des|del|d['’]|z|ze|za|sa)"
                      r"\s*(?:[^\W\d_]+\s+){0,2}")
#: Round 19. A body technology said to be the plain one, or the only one, bought or kept ("300 câmeras comuns … seguem
#: em operação", "закупаются только камеры видеонаблюдения", "es sólo de videovigilancia", "60 cámaras convencionales
#: adjudicadas"): what the headline denies or withdraws is the analytics, not it. Not "existing cameras remain" alone.
_PLAIN_AFTER = re.compile(r"\s*(?:convencional(?:es|s)?|convencionais|conventional|ordinary|regular|plain"
                          r"|comun(?:es|s)?|comuns|conventionnel(?:le)?s?|classiques?|ordinaires?|tradizional[ie]|convenzional[ie]"
                          r"|herkommlich\w*|konventionell\w*|обычн\w*|звичайн\w*|zwykl\w*|konvencionaln\w*"
                          # round 28b: hr/sr/bs "obične kamere", bg/mk/sr "обични камери", cs "běžné kamery"
                          r"|obicn\w*|обичн\w*|bezn(?:e|a|y|ych|ymi))(?!\w)")
_PLAIN_WORD = (r"(?<!\w)(?:only|solely|solo|solamente|unicamente|nomes|seulement|uniquement|apenas|somente"
                           r"|soltanto|nur|lediglich|только|лише|тільки|tylko|jen|pouze|iba|csak|alleen|endast|bara|kun"
                           r"|vain|yaln[ıi]zca|sadece|conventional|ordinary|regular|plain|herkommliche\w*|konventionelle\w*|обычн\w*"
                           r"|звичайн\w*|zwykl\w*"
                           # round 28b: hr/sr/bs/sl "samo", "jedino", Cyrillic "само", ro "doar"/"numai", and the
                           # plain words of `_PLAIN_AFTER` ("Nabavit će se samo obične kamere za videonadzor")
                           r"|samo|само|jedino|doar|numai|obicn\w*|обичн\w*|bezn(?:e|a|y|ych|ymi))")
_PLAIN_BEFORE = re.compile(_PLAIN_WORD + r"\s+(?:[\d.,]+\s+)?(?:[^\W\d_]+\s+){0,2}$")  # round 23: a count between
_PLAIN_IN = re.compile(_PLAIN_WORD + r"\s")  # "… system bought from X only records video": in the cue's own words
# round 22: 防犯カメラの増設のみ (only more cameras; folded: 増设)
_PLAIN_AFTER_JA = re.compile(r"の?(?:増[設设]|[設设]置|[導导]入|更新|整[備备]|[購购]入)?のみ")

#: Round 19. What a headline's withdrawal is followed by when another offer was taken instead: "X rejected, local engine
#: chosen", "oferta de X rechazada, se elige otra", "… abgelehnt, Angebot von Y gewählt" (folded).
_REPLACED = re.compile(r"[^\n,;:]{0,40}[,;]\s*(?:[^\W\d_]+\s+){0,4}?(?:chosen|selected|picked|preferred|wins|won"
                       r"|awarded|elegid[oa]s?|elige|seleccionad[oa]s?|escolhid[oa]s?|choisie?s?|retenue?s?|gewahlt"
                       r"|ausgewahlt|scelt[oaie]|выбран\w*|обран\w*"
                       # round 22: "… renewal voted down; Flock contract proceeds": the other purchase goes on
                       r"|proceeds|goes ahead|moves ahead|moves forward|continues|approved|approves|survives"
                       r")(?![^\W\d_])")
#: Round 23. The word after a brand that a `withdraws` word drops (see `_names_next`).
_NEXT_WORD = re.compile(r"[\s'’\"”»]*(\S)")
#: Round 31 (negation31): a `denies` or `withdraws` word that reaches "from" over at most three words ("ethnicity-
#: tagging feature dropped from Kitwe cameras", "drop caste field from CCTV analytics tender", "Ethnic origin classifier
#: dropped from … camera tender"; sets aa, x, z): what follows "from" is what the thing is taken out of, and stays.
_FROM = re.compile(r"(?:\s+[^\W\d_]+(?:-[^\W\d_]+)*){0,3}?\s+"
                   r"(?:from|out of|aus (?:der|dem|den)|dal|dalla|dalle|dai|dagli)\s")
#: Round 22. One bidder's offer rejected (before the word: "Dahua bid rejected", "a rival bid from X was rejected";
#: after it: "after rejecting Vumacam bid"): the purchase goes on with another bidder. Not "rejects all bids", "the
#: only bid".
_BID = r"(?:bid|offer|oferta|propuesta|proposta|offre|angebot)(?![^\W\d_])"
_BID_BEFORE = re.compile(rf"(?<!only )(?<!sole )(?<!single )(?<!lone ){_BID}\s+(?:(?:from|by|de|of)\s+\S+\s+)?"
                         r"(?:(?:was|were|is|has been|fue|foi|a ete)\s+)?$")
_BID_AFTER = re.compile(rf"\s+(?!all\b|every\b|the only\b|the sole\b)(?:(?:a|the|one|rival|competing|losing)\s+)?"
                        rf"(?:(?!only\b|sole\b|single\b|lone\b)[^\W\d_][\w'’-]*\s+){{1,2}}?{_BID}")
#: Round 22. A headline that names the award besides the rejected bid ("awards camera contract after rejecting X bid"):
#: without it, "municipality rejects Safe City bid" may be the buyer turning down the only offer.
_AWARDED = re.compile(r"(?<![^\W\d_])(?:awards?|awarded|contract goes to|chooses|chose|picks|picked|selects|selected"
                      r"|adjudica\w*|attribue\w*|vergibt|vergeben)(?![^\W\d_])")
#: Round 31 (negation31): a body technology said to stay in service or to go on, priced in its own sentence ("le 60
#: telecamere di videosorveglianza restano attive e saranno rinnovate con 290.000 euro", "Se mantienen las 48 cámaras …
#: por 1,9 millones de euros", "the A$5.6 million tender for 480 cameras continues"; sets y, ad, z): what the headline
#: drops is the analytics, the cameras stay bought. Unpriced ("existing cameras remain"), the labels say nothing is.
_KEPT_AFTER = re.compile(r"(?:\s+[^\W\d_]+){0,4}?\s+(?:remain|remains|stay|stays|continue|continues|restano|rimangono"
                         r"|restent|resteront|siguen|seguiran|seguem|continuam|bleiben)(?![^\W\d_])")
_KEPT_BEFORE = re.compile(r"(?<![^\W\d_])(?:se mantienen|se mantiene|se mantem|keeps|will keep|maintient|"
                          r"conserva|conservano)\s+(?:[^\s.;,]+\s+){0,3}$")
#: Round 19. A notice that prices what it buys (a sum in a currency): only there do plain cameras in its body count
#: against a headline's denial ("el sistema «no identifica…»: se trata de cámaras convencionales" prices nothing).
_PRICED = re.compile(r"(?:[$€£¥₹₽]|(?<![^\W\d_])(?:usd|eur|us\$|r\$|s/|gbp|chf|rs\.?|inr|cny|rmb|sr|kes|ngn|zar))\s?\d"
                     r"|\d[\d.,]*\s?(?:mil(?:lones|lon|hoes|hao|liards?|ioni|ione|joner|ioner)|millions?|billions?|milyon|milyar"
                     r"|mio\.?|mrd\.?|млн|млрд|тыс|мільйон\w*|мiльярд\w*|euros?|eur|usd|dolares|dollars|reais|pesos"
                     r"|soles|rubl\w*|руб\w*|грн|zl|kc|lei|dinar\w*|rupees|万元|元|亿元"
                     # round 28b: "1,4 milijuna eura", "9 mil. Kč", "2 miliony korun", "3 milioane lei"
                     r"|milijun\w*|milion\w*|miliard\w*|milioane|mil\.|eura|korun\w*)(?![^\W\d_])|[万億亿]円")

#: Round 26. A purchase the body states in so many words - a verb of buying, signing or awarding before a technology in
#: the same sentence ("signed a contract with Y for face-recognition gates", "will buy 560 body-worn cameras", "approved
#: A$640,000 to replace 38 cameras", "adjudicó a Y 80 cámaras", "a attribué … 40 caméras"): when the headline drops
#: another vendor's offer, trial or licence, or a feature, that purchase still stands. Not "had signed" (what the
#: withdrawal undid), and no clause break or negation may stand between the verb and the technology (folded text).
_BOUGHT_BEFORE = re.compile(
    r"(?<![^\W\d_])(?<!had )(?<!had been )(?<!not )(?<!never )"
    r"(?:signed|awarded|approved|bought|purchased|procured|ordered|contracted|chose|selected|buys|signs|awards|approves"
    r"|orders|will (?:only )?(?:buy|purchase|procure|install|deploy|replace|maintain)|is (?:buying|installing)"
    r"|hired|hires"  # r38b_tags: "drops NEC plan … will only replace 60 cameras", "hired Y to maintain its cameras"
    r"|firmo|adjudico|compro|adquirio|aprobo|eligio|comprara|adquirira"   # (not contrató: folded, the noun contrato)
    r"|assinou|adjudicou|comprou|adquiriu|contratou|aprovou|escolheu|comprara|adquirira"
    r"|a (?:signe|attribue|achete|acquis|commande|approuve|choisi)|achetera|acquerra"
    r"|ha (?:firmato|aggiudicato|acquistato|approvato|scelto)|acquistera"
    r"|unterzeichnete|vergab|kaufte|beschaffte|bestellte|genehmigte)"
    # not a date of approval ("contract ($620,000, approved 2025)"); a sum's decimal point is no sentence end
    r"(?![^\W\d_])(?!\s*(?:in |on |en |em )?(?:19|20)\d\d)"
    r"(?:[^.;:!?\n]|(?<=\d)[.:](?=\d)){0,100}$")
#: ... unless the verb is what a denied claim or report says was bought ("dismissed claims that it bought face
#: scanners").
_CLAIMED = re.compile(_DENIAL.pattern
                      + r"|claim|alleg|rumou?r|dismiss|report(?:s|ed)? that|reportedly|desmient|negad|negou")
Matches = list[tuple[int, int, Cue]]
KeptTags = Callable[[Document, Rules, IdRules, Matches], list[TechTag]]


@dataclass(frozen=True)
class _HeadlineCue:
    start: int
    end: int
    taxonomy_id: str
    kept: bool  # it would give a tag on its own clause's reading


def headline_end(doc: Document) -> int:
    """Where the stored text's first line ends."""
    end = doc.folded.find("\n")
    return len(doc.folded) if end == -1 else end


def denied_ids(doc: Document, rules: Rules, candidates: Sequence[tuple[IdRules, Matches]],
               kept_tags: KeptTags) -> set[str] | None:
    """The taxonomy ids the headline takes back, or None when it withdraws the notice's purchase.

    `kept_tags` is the classifier's own test of a match (exclusions, conditions, negation), so that a headline cue
    counts as kept exactly when it would give a tag."""
    end = headline_end(doc)
    cues = _headline_cues(doc, rules, candidates, kept_tags, end)
    taken_back: set[int] = set()  # indexes into cues
    body, brands, withdrawn = _Body(doc, rules, kept_tags, end), rules.negation_brands, False
    for deny_start, deny_end in _spans(rules.headline_denies, doc, 0, end):
        if brand_before(doc.folded, brands, deny_start):
            continue  # round 27: "… cameras: ZTE denies role": the maker denies, not the notice
        if brands is not None and (brand := brands.match(doc.folded, deny_end, end)) is not None \
                and not _names_next(doc, rules, cues, brand.end(), end):
            continue  # round 23: "esclude Hikvision dal bando telecamere": the vendor is excluded, not the cameras
        if (removed := _removed_from(doc, rules, cues, deny_start, deny_end, end)) is not None:
            # round 31: "X dropped from the cameras": X, not the cameras
            taken_back |= _unkept(removed, cues, body.kept(candidates)) if -1 in removed else removed
            continue
        taken_back |= _object_of(doc, rules, cues, deny_end)
    for n, cue in enumerate(cues):
        if not cue.kept and _first_in_clause(doc, rules, cues, n) and not _in_container(doc, rules, cue) \
                and doc.negated(cue.start, cue.end) and not _ANSWERED_NO.match(doc.text, cue.end):
            taken_back.add(n)
    for marker_start, marker_end in _spans(rules.headline_withdraws, doc, 0, end):
        if brand_before(doc.folded, brands, marker_start):
            continue  # round 27: "ignores Hikvision ban calls", "カメラ調達でファーウェイ製品を除外": a vendor excluded
        if _ANSWERED_NO.match(doc.text, marker_end):
            continue  # "DNCC bans? No — DMP adds AI cameras": the headline asks and denies the withdrawal
        if _REPLACED.match(doc.folded, marker_end, end):
            continue  # "Yitu face search rejected, local engine chosen": another is bought; the body says which
        if _BID_BEFORE.search(doc.folded, max(0, marker_start - 40), marker_start) or (
                _BID_AFTER.match(doc.folded, marker_end, end) and _AWARDED.search(doc.folded, 0, end)):
            continue  # round 22: "camera tender awarded, Dahua bid rejected", "awards … after rejecting X bid"
        if brands is not None and (brand := brands.match(doc.folded, marker_end, end)) is not None \
                and not _names_next(doc, rules, cues, brand.end(), end):
            continue  # round 23: "descarta a Huawei y compra cámaras", "esclude Hikvision dal bando": a vendor dropped
        if _LABEL.match(doc.folded, marker_end, end) or labels_cancelled_tender(  # r33: "Cancellation of RFP 24-117 …"
                doc.folded, doc.clause_start(marker_start)[0], marker_start, marker_end, end):
            doc.__dict__["withdrawn_at"] = (marker_start, marker_end)  # the clause that withdraws (r32_money32)
            return None  # "审计报告：某县视频监控项目…", "Tender cancelled: …": the word labels the whole headline
        if (removed := _removed_from(doc, rules, cues, marker_start, marker_end, end)) is not None:
            # round 31: "scraps face search from camera contract": the cameras stay
            taken_back |= _unkept(removed, cues, body.kept(candidates)) if -1 in removed else removed
            continue
        objects = _object_of(doc, rules, cues, marker_end)
        if objects and not _names_purchase(doc, rules, marker_start, marker_end):
            taken_back |= objects  # "stoppt Gesichtserkennung": that technology only
            continue
        if not objects and _denies_claim_before(doc, rules, cues, marker_start, marker_end):
            taken_back |= {n for n, cue in enumerate(cues) if cue.end <= marker_start}
            continue
        if not any(cue.kept and cue.start >= marker_end and _break_between(doc, marker_end, cue.start)
                   for n, cue in enumerate(cues) if n not in objects):
            if not body.plain(candidates) and not body.bought(candidates) \
                    and not used_ids(doc, rules, kept_tags, candidates, end):  # r39: a use stopped ran
                doc.__dict__["withdrawn_at"] = (marker_start, marker_end)
                return None
            withdrawn = True  # "suspende contrato de reconhecimento facial" … "300 câmeras comuns seguem em operação"
    kept_ids = {cue.taxonomy_id for n, cue in enumerate(cues) if cue.kept and n not in taken_back}
    if rules.body_withdraws is not None and (said := doc.search("body_withdraws", rules.body_withdraws, end)):
        doc.__dict__["withdrawn_at"] = said.span()
        return None  # tried only where the classifier's automaton found one of its prefixes
    if (dropped := drops_own_plan(doc.folded, end)) is not None and not body.bought(candidates):  # r33
        doc.__dict__["withdrawn_at"] = dropped
        return None
    if rules.body_nothing_bought is not None and doc.search("body_nothing_bought", rules.body_nothing_bought, end):
        return {id_rules.taxonomy_id for id_rules, _ in candidates} \
            - used_ids(doc, rules, kept_tags, candidates, end)  # named, none bought: the notice's other buys stand
    if candidates and not withdrawn and not taken_back and forecasts_market(doc.folded, end):  # r40: the sum is the
        doc.__dict__.setdefault("reported_on", doc.negated_cues)  # market's; a market study negates nothing
        return {id_rules.taxonomy_id for id_rules, _ in candidates} - body.bought(candidates) \
            - used_ids(doc, rules, kept_tags, candidates, end)
    if candidates and (opens_with_report(doc.folded, end) or opens_with_marketing(doc.folded, end)
                       or closes_nothing_bought(doc.folded, end) or denies_in_body(doc.folded, end)) \
            and not _PRICED.search(doc.folded):  # r31b, r33
        return {id_rules.taxonomy_id for id_rules, _ in candidates} - body.bought(candidates) \
            - used_ids(doc, rules, kept_tags, candidates, end)  # round 30; r39: what a named body runs or ran
    if candidates and not withdrawn and not taken_back and not _PRICED.search(doc.folded) \
            and reports_on_it(doc.folded, end) and not _names_sum(doc.text):  # r34_facial34: a report by its genre
        # its technologies are only reported on, but the body under scrutiny keeps its role (the writers of sets ae
        # and ag label it the buyer): a text that negates nothing is no "negated" notice (classify)
        if not doc.neg_before:
            doc.__dict__["reported_on"] = doc.negated_cues
        return {id_rules.taxonomy_id for id_rules, _ in candidates} - body.bought(candidates) \
            - used_ids(doc, rules, kept_tags, candidates, end, reported=True)  # r42: the body's own system too
    if withdrawn:
        return {id_rules.taxonomy_id for id_rules, _ in candidates} - body.plain(candidates) - body.bought(candidates) \
            - used_ids(doc, rules, kept_tags, candidates, end)
    taken_back -= {n for n in taken_back if not cues[n].kept and brands is not None
                   and brands.match(doc.folded, cues[n].end)}  # "no comprará cámaras Hikvision": the brand is refused
    denied = {cues[n].taxonomy_id for n in taken_back} - kept_ids
    if denied:
        carriers = {cues[n].taxonomy_id for n in taken_back if _carries(doc, cues, n, taken_back)}
        denied -= body.plain(candidates) | body.bought(candidates) | (carriers & body.kept(candidates)) \
            | used_ids(doc, rules, kept_tags, candidates, end)
    return denied


def _names_sum(text: str) -> bool:
    """Does the text name a sum of money (`enrich.money`: any currency, script or scale, "Tk 48 crore", "14억 원")?"""
    from enrich.money import extract_amounts  # (imported here: enrich.money is not needed by most notices)
    return bool(extract_amounts(text, None))


class _Body:
    """What the body keeps (round 19): the ids with a body cue that would give a tag, and those of them said plain or
    only (`_PLAIN_AFTER`, `_PLAIN_BEFORE`); read once, only when the headline takes something back."""

    def __init__(self, doc: Document, rules: Rules, kept_tags: KeptTags, end: int) -> None:
        self.doc, self.rules, self.kept_tags, self.end = doc, rules, kept_tags, end
        self._read: tuple[set[str], set[str]] | None = None
        self._bought: set[str] | None = None

    def kept(self, candidates: Sequence[tuple[IdRules, Matches]]) -> set[str]:
        return self._reading(candidates)[0]

    def plain(self, candidates: Sequence[tuple[IdRules, Matches]]) -> set[str]:
        return self._reading(candidates)[1]

    def bought(self, candidates: Sequence[tuple[IdRules, Matches]]) -> set[str]:
        """The ids of body cues that would give a tag and that a purchase verb of their own sentence comes before
        (`_BOUGHT_BEFORE`): bought whatever the headline drops (round 26)."""
        if self._bought is None:
            doc, folded = self.doc, self.doc.folded
            saved = doc.negated_cues, {tid: list(ends) for tid, ends in doc.negated_ends.items()}
            self._bought = set()
            for id_rules, matches in candidates:
                in_body = [m for m in matches if m[0] > self.end]
                for tag in self.kept_tags(doc, self.rules, id_rules, in_body) if in_body else []:
                    lo = max(self.end, tag.evidence.start - 140, doc.clause_start(tag.evidence.start)[0])
                    verb = _BOUGHT_BEFORE.search(folded, lo, tag.evidence.start)
                    if verb is not None and not any(verb.start() <= s < tag.evidence.start for s, _ in doc.neg_before) \
                            and not _CLAIMED.search(folded, doc.sentence(verb.start(), verb.start())[0], verb.start()):
                        self._bought.add(id_rules.taxonomy_id)
                        break
            doc.negated_cues, doc.negated_ends = saved
        return self._bought

    def _reading(self, candidates: Sequence[tuple[IdRules, Matches]]) -> tuple[set[str], set[str]]:
        if self._read is None:
            doc, folded = self.doc, self.doc.folded
            saved = doc.negated_cues, {tid: list(ends) for tid, ends in doc.negated_ends.items()}
            kept: set[str] = set()
            plain: set[str] = set()
            for id_rules, matches in candidates if _PRICED.search(folded) else ():
                in_body = [m for m in matches if m[0] > self.end]
                for tag in self.kept_tags(doc, self.rules, id_rules, in_body) if in_body else []:
                    kept.add(id_rules.taxonomy_id)
                    start, stop = tag.evidence.start, tag.evidence.end
                    before = folded[max(0, start - 40):start]
                    if _PLAIN_AFTER.match(folded, stop) or _PLAIN_AFTER_JA.match(folded, stop) \
                            or _PLAIN_BEFORE.search(before) or _PLAIN_IN.search(folded, start, stop) \
                            or self._kept_priced(start, stop, before):
                        plain.add(id_rules.taxonomy_id)
                        break
            doc.negated_cues, doc.negated_ends = saved  # (the reading counts no negation of its own)
            self._read = kept, plain
        return self._read


    def _kept_priced(self, start: int, stop: int, before: str) -> bool:
        """Round 31: is the body cue at [start, stop) said to stay or go on (`_KEPT_AFTER`, `_KEPT_BEFORE`) in a
        sentence that names a price?"""
        folded = self.doc.folded
        if not (_KEPT_AFTER.match(folded, stop) or _KEPT_BEFORE.search(before)):
            return False
        lo, hi = self.doc.sentence(start, stop)
        return _PRICED.search(folded, lo, hi) is not None


def _carries(doc: Document, cues: list[_HeadlineCue], n: int, taken_back: set[int]) -> bool:
    """Is cue n joined to a later taken-back cue of another id that it carries ("cámaras con analítica de etnia")?"""
    cue = cues[n]
    return any(m in taken_back and other.taxonomy_id != cue.taxonomy_id and other.start >= cue.end
               and _CARRIES.fullmatch(doc.folded, cue.end, other.start) is not None
               for m, other in enumerate(cues))


def _headline_cues(doc: Document, rules: Rules, candidates: Sequence[tuple[IdRules, Matches]],
                   kept_tags: KeptTags, end: int) -> list[_HeadlineCue]:
    cues: list[_HeadlineCue] = []
    for id_rules, matches in candidates:
        in_headline = [m for m in matches if m[1] <= end]
        if in_headline:
            kept = {tag.evidence.start for tag in kept_tags(doc, rules, id_rules, in_headline)}
            cues += [_HeadlineCue(s, e, id_rules.taxonomy_id, s in kept) for s, e in dict.fromkeys(
                (s, e) for s, e, _ in in_headline)]  # one cue per span (the lanes of an id may match the same words)
    cues.sort(key=lambda cue: (cue.start, cue.end))
    return cues


def _object_of(doc: Document, rules: Rules, cues: list[_HeadlineCue], word_end: int) -> set[int]:
    """The cue right after a word (within _REACH, same clause) and the cues joined to it by list glue ("facial
    recognition and ALPR") or a join word ("cámaras con reconocimiento facial")."""
    found: set[int] = set()
    cursor = word_end
    for n, cue in enumerate(cues):
        if cue.start < cursor:
            continue
        if _break_between(doc, cursor, cue.start):
            break
        gap = doc.folded[cursor:cue.start]
        if not found and cue.start - word_end > _REACH:
            break
        if found and not _is_glue(rules, gap):
            break
        found.add(n)
        cursor = cue.end
    # the other spans of the same words go with them (كاميرات and كاميرا: the lanes of an id may match the same words)
    return found | {m for m, cue in enumerate(cues) if m not in found and any(
        cues[n].start <= cue.start < cues[n].end for n in found)}


def _removed_from(doc: Document, rules: Rules, cues: list[_HeadlineCue], lo: int, hi: int, end: int) -> set[int] | None:
    """Round 31: when the word at [lo, hi) takes something out "from" a container (`_FROM`), the cues it takes back:
    those between the word and "from" (its object: "drop caste field from …") and, passive, those right before the
    word in its clause ("Ethnic origin classifier dropped from …"); the container after "from" only when nothing
    named is taken out, and then less what the body keeps (-1 marks it). None when the shape does not hold or the
    container names no technology (then the word reads as before)."""
    m = _FROM.match(doc.folded, hi, end)
    if m is None or not any(cue.start >= m.end() and not _break_between(doc, m.end(), cue.start) for cue in cues):
        return None
    between = {n for n, cue in enumerate(cues) if hi <= cue.start and cue.end <= m.end()}
    if between:
        return between
    before = {n for n, cue in enumerate(cues) if cue.end <= lo and not _break_between(doc, cue.end, lo)}
    if before:
        return before
    # nothing named is taken out ("drop caste field from CCTV analytics tender"): the container, marked -1, but for
    # what the body of a priced notice keeps (the caller subtracts `_Body.kept`)
    return {-1} | {n for n, cue in enumerate(cues)
                   if cue.start >= m.end() and not _break_between(doc, m.end(), cue.start)}


def _unkept(removed: set[int], cues: list[_HeadlineCue], kept: set[str]) -> set[int]:
    """Round 31: the container cues `_removed_from` marks (-1) whose id the body does not keep."""
    return {n for n in removed if n >= 0 and cues[n].taxonomy_id not in kept}


def _denies_claim_before(doc: Document, rules: Rules, cues: list[_HeadlineCue], lo: int, hi: int) -> bool:
    """Is the `withdraws` word at [lo, hi) a denial that names no purchase and answers what the headline said before
    it - a question ("…? Ministry denies") or a claim ("… alleged, denied")? It denies those technologies only."""
    if not cues or cues[0].end > lo or not _DENIAL.match(doc.folded, lo, hi):
        return False
    last = max(cue.end for cue in cues if cue.end <= lo)
    # past a break: a language that puts the object before its verb ("yüz tanıma iddialarını yalanladı") denies in
    # one clause what the purchase was, and its denial still withdraws the notice
    return _break_between(doc, last, lo) and not _names_purchase(doc, rules, lo, hi)


def _first_in_clause(doc: Document, rules: Rules, cues: list[_HeadlineCue], n: int) -> bool:
    """No other cue stands before cue n in its clause, except over list glue: in "no facial recognition in new
    junction cameras" the negation is about the facial recognition, not the cameras."""
    if n == 0:
        return True
    before, cue = cues[n - 1], cues[n]
    if before.end > cue.start or _break_between(doc, before.end, cue.start):
        return True
    return _is_glue(rules, doc.folded[before.end:cue.start])


def _in_container(doc: Document, rules: Rules, cue: _HeadlineCue) -> bool:
    """Does the cue stand where a negated thing would go ("… in new bus cameras")?"""
    if rules.headline_container is None:
        return False
    clause_start, _ = doc.clause_start(cue.start)
    return rules.headline_container.search(doc.folded[clause_start:cue.start]) is not None


def _names_next(doc: Document, rules: Rules, cues: list[_HeadlineCue], pos: int, end: int) -> bool:
    """Does a technology or a purchase word follow `pos` right away ("rejects Hikvision cameras", "… Dahua contract"):
    then the brand only names whose cameras or contract are withdrawn."""
    nxt = _NEXT_WORD.match(doc.folded, pos, end)
    if nxt is None:
        return False
    if any(cue.start == nxt.start(1) for cue in cues):
        return True
    purchases = rules.headline_purchases
    return purchases is not None and purchases.match(doc.folded, nxt.start(1), end) is not None


def _is_glue(rules: Rules, gap: str) -> bool:
    return bool(rules.list_connector.match(gap)) or (
        rules.headline_joins is not None and rules.headline_joins.fullmatch(gap.strip()) is not None)


def _names_purchase(doc: Document, rules: Rules, lo: int, hi: int) -> bool:
    """Does the clause of a `withdraws` word name a purchase (a plan, contract, tender, 项目)?"""
    if rules.headline_purchases is None:
        return False
    clause_start, _ = doc.clause_start(lo)
    clause_end = _next_break(doc, hi)
    return rules.headline_purchases.search(doc.folded, clause_start, clause_end) is not None


def _spans(pattern: re.Pattern[str] | None, doc: Document, lo: int, hi: int) -> list[tuple[int, int]]:
    """``pattern.finditer(doc.folded, lo, hi)``'s spans; a headline pattern (the headline is [lo, hi)) tried only where
    one of its prefixes is (a large alternation tried at every character of a title cost ~30 µs a notice)."""
    scan = doc.rules.headline_scan
    if pattern is None:
        return []
    n = 0 if pattern is doc.rules.headline_denies else 1 if pattern is doc.rules.headline_withdraws else -1
    if scan is None or n < 0 or n in scan.unbounded:
        return [m.span() for m in pattern.finditer(doc.folded, lo, hi)]
    # one scan of the headline serves both patterns (denies, then withdraws: the same [lo, hi))
    seen: dict[tuple[int, int], list[dict[int, int]]] = doc.__dict__.setdefault("_headline_found", {})
    found = seen.get((lo, hi))
    if found is None:
        found = seen[(lo, hi)] = scan.find(doc.folded, lo, hi)
    return [m.span() for m in finditer(pattern, doc.folded, found[n], lo, hi)]


def _next_break(doc: Document, pos: int) -> int:
    ends = [len(doc.folded)]
    doc.soft_spans.upto(pos)  # (the soft breaks read as far as the first at or after `pos`)
    for breaks in (doc.soft_spans.starts, doc.hard_breaks):
        i = bisect.bisect_left(breaks, pos)
        if i < len(breaks):
            ends.append(breaks[i])
    return min(ends)


def _break_between(doc: Document, lo: int, hi: int) -> bool:
    """Is there a clause or sentence break in [lo, hi)?"""
    return _next_break(doc, lo) < hi
