"""A governing board that heads its own minutes item is the buyer of what the item approves.

Why (round 43b; README "Buyers of rejected proposals", 10:25: "One it approves names as buyer the body that is to
buy, exactly as written"): US and Canadian county, township and school-district minutes and agenda items open with
the board as a heading and then state the action in the imperative, never naming the board again ("Harris County
Commissioners Court – Item 252 \\n Approve $2,950,000 to … for 900 cameras", "Board of Trustees of Shelby Township –
regular meeting \\n Trustees approved purchase of …", "Board of Education of the X County Public Schools – Consent
agenda \\n Approve purchase of …", "Hennepin County Board – consent \\n Authorize a contract with …"). The lede then
has no subject the sentence readers could take, so the engine named no buyer, the bare county or township ("Shelby
Township", "Loudoun County") or a unit the item is for without a name of its own ("Sheriff's Office").

What counts: the headline opens with a name that holds a governing-board word (board of supervisors, commissioners,
county commissioners, trustees, education, aldermen, selectmen; commissioners court; county council, legislature or
board; school(s) or district board), as written in the heading, up to a spaced dash, a colon or a bar; the name
carries a place or a district's name of its own (a bare "Board of Supervisors" does not say whose), and the body
approves, authorizes, awards or ratifies within its first sentences. An item the board fails, vetoes, rejects,
denies, tables, defers, sends back or sees withdrawn names no buyer (README 10:25); a solicitation cancelled by its
issuer keeps it (README "Budgets of failed tenders"). The caller then lets `enrich.council_beneficiaries` give way to
another named body the board approves money or a contract for ("for the Unified Police Department to install …").
"""
from __future__ import annotations

import re

# A governing board's words (not a "Tender Board", "Police Commission" or "Transport Board" that runs a service)
_BOARD = re.compile(
    r"(?i)\b(?:board[ \t]+of[ \t]+(?:county[ \t]+)?(?:supervisors|commissioners|trustees|education|aldermen"
    r"|selectmen|selectboard|freeholders"
    r"|directors[ \t]+of[ \t]+(?:the[ \t]+)?\w+[ \t]+(?:school|unified)[ \t]+district)"
    r"|(?:county|township|city|town|village|borough)[ \t]+commissioners(?:[ \t]+court)?|commissioners[ \t]+court"
    r"|(?:county|parish)[ \t]+(?:council|legislature|board|commission)|legislature"
    r"|(?:school|schools|school[ \t]+district|district|education)[ \t]+board(?:[ \t]+of[ \t]+(?:education|trustees))?"
    r"|board[ \t]+of[ \t]+education|fiscal[ \t]+court|township[ \t]+(?:board|trustees)|village[ \t]+board)\b")
# Where the heading's name ends: a spaced dash, a colon or a bar
_HEADING = re.compile(r"[ \t]*(?P<name>[A-Z][^\n:–—|]{5,110}?)[ \t]*(?:[ \t][–—-][ \t]|[:|])")
# Words of the board's own name; a capitalised word outside them is the place or district that says whose board
_OWN_WORDS = frozenset(
    "board boards of the county parish township city town village borough commissioners commissioner court supervisors "
    "trustees education aldermen selectmen selectboard freeholders legislature council commission school schools "
    "district public directors fiscal and regular special meeting".split())
_APPROVES = re.compile(
    r"(?i)\b(?:approv\w*|authori[sz]\w*|award(?:s|ed)?|ratif\w*|adopt\w*|motion[ \t]+carried|passed|accept\w*)\b")
_REFUSES = re.compile(
    r"(?i)\b(?:fail(?:s|ed)?|veto(?:es|ed)?|reject\w*|den(?:y|ies|ied)|declin\w*|voted[ \t]+down|turned[ \t]+down"
    r"|struck[ \t]+down|tabl(?:e|ed|ing)|defer\w*|postpon\w*|continued[ \t]+to|sent[ \t]+back|referred[ \t]+back"
    r"|withdr[ae]w\w*|removed[ \t]+from[ \t]+the[ \t]+agenda|no[ \t]+vote|no[ \t]+action)\b")
_CANCELLED = re.compile(r"(?i)\b(?:cancel+ed|cancels|rescinded)\b")
_SOLICITATION = re.compile(r"\b(?:RFP|RFQ|ITB|IFB|(?i:bid|bids|tender|solicitation|request[ \t]+for[ \t]+proposals))\b")
_SENTENCE_END = re.compile(r"[.!?](?=\s+[A-Z\"“(])|\n")
_WORD = re.compile(r"[^\W\d_][\w'’.\-]*")


def _whose(name: str) -> bool:
    """Does the board's name carry a place or district of its own ("Cobb", "Anoka-Hennepin", "San Diego")?"""
    return any(word[:1].isupper() and word.casefold().strip(".") not in _OWN_WORDS for word in _WORD.findall(name))


def board_heading(text: str) -> tuple[int, int] | None:
    """The span of the governing board the headline opens with, when the body approves the item (see the module's
    docstring), or None."""
    title_end = text.find("\n")
    if title_end <= 0:
        return None
    heading = _HEADING.match(text, 0, title_end + 1)
    if heading is None:
        return None
    start, end = heading.span("name")
    name = text[start:end]
    if not _BOARD.search(name) or not _whose(name) or len(name.split()) > 14:
        return None
    # the title's rest and the body's first three sentences
    stop = title_end + 1
    for _ in range(3):
        found = _SENTENCE_END.search(text, stop + 1)
        stop = found.end() if found else len(text)
    item = text[heading.end():stop]
    if _REFUSES.search(item):
        return None  # README 10:25: failed, vetoed, tabled, deferred or withdrawn: nothing is bought
    approving = _APPROVES.search(item)
    if approving and _another_subject(item[:approving.start()], name):
        return None  # "Board of Selectmen, Town of X – Warrant Article 22 \n Town Meeting approved …": not the board
    if approving or (_CANCELLED.search(item) and _SOLICITATION.search(item)):
        return start, end
    return None


# The subject right before the approving word ("Town Meeting approved", "Supervisors approved", "Council voted to")
_SUBJECT = re.compile(r"((?:[A-Z][\w'’-]*[ \t]+){1,3})(?:[a-z]+ly[ \t]+)?$")
_PLACE_WORDS = frozenset("the county city town village township borough parish".split())


def _another_subject(before: str, name: str) -> bool:
    """Does the item's approving word follow a body other than the heading's board ("Town Meeting approved")? The
    board's own words ("Supervisors approved", "Trustees approved", "Council approved") are no other body."""
    subject = _SUBJECT.search(before[-60:])
    if subject is None:
        return False
    own = {word.casefold().rstrip("s") for word in _WORD.findall(name)}
    words = [word.casefold().rstrip("s") for word in _WORD.findall(subject.group(1))]
    return any(word not in _PLACE_WORDS for word in words) and not any(
        word in own for word in words if word not in _PLACE_WORDS)
