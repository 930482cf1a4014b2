"""A Safe City's cameras kept up, or cameras made to plug into a Safe City that exists, are cctv, not a platform.

Why (round 41, r41_tags; labelling rule "Platform: connected cameras, monitoring rooms and capture cameras", first
bullet, and "Brands of goods, dispatch centres and vehicle trajectories" (2)): the platform cues read "Safe City
maintenance", "maintenance of the Safe City system", "compatible with the existing Huawei safe city platform" and
a Safe City named in a contractor's name ("ملتان سیف سٹی ٹیکنالوجیز") as the platform itself. The labels since the
rule say otherwise where the notice names nothing the Safe City fuses: a Safe City's upkeep that names no command
centre, calls, dispatch, recognition or software is the upkeep of its cameras (cctv), and cameras bought to be
compatible with or plugged into a Safe City buy no platform. Where the notice names the command centre that takes
999/991 calls, a "command platform", recognition or other data beside the upkeep, the platform stays.

Counted before writing (model on, every development set): Safe City upkeep with nothing fused is labelled cctv only
in ae (2), ag, ak, am, an (2), ap and d, the older sets' upkeep labels (n, s, t, x, y: platform) name the command
centre or were written before the rule; upkeep naming the command centre, its calls or a "command platform" is a
platform in af, ah, ai and ao (kept). Cameras "compatible with" or that "plug into" a Safe City: cctv only in an (2)
and ap; the one platform label (n) adds face matching (kept: another tag). A Safe City in a firm's name: ap (1).
"""
from __future__ import annotations

import re

from enrich.classify.rule_quotes import platform_as_cctv, rule_quotes
from enrich.model import TechTag

PLATFORM = "surveillance_platform"
CCTV = "cctv"

#: Cheap pre-filter: a Safe City in the folded text.
_NAMES = ("safe cit", "سیف سٹی", "ciudad segura", "cidade segura", "ville sure", "cite sure")

#: A platform quote that names the Safe City (bare, with its system, network or programme, or its upkeep).
_QUOTE = re.compile(r"safe cit(?:y|ies)|سیف سٹی|ciudad segura|cidade segura|(?:ville|cite) sure")

#: The upkeep of the Safe City (en fr es pt ur).
_UPKEEP = re.compile(r"\bmaint(?:ain|enance)\w*|\bupkeep\b|\bentretien\b|\bmantenimiento\b|\bmanutencao\b|دیکھ بھال")

#: Cameras made to work with, or plugged into, a Safe City (its platform, centre, system or network); a Safe City in
#: a firm's name ("X Safe City Technologies (Pvt) Ltd", "... سیف سٹی ٹیکنالوجیز"). Removed before fusion is looked for.
_JOINED = re.compile(
    r"\b(?:compatib\w*|interoperab\w*) (?:with|con|com|avec) [^.;\n]{0,40}?"
    r"(?:safe cit(?:y|ies)|ciudad segura|cidade segura|(?:ville|cite) sure)"
    r"(?: (?:platform|centre|center|system|network|command centre|command center))?"
    r"|\b(?:plug\w*|connect\w*|link\w*|tie|ties|tied|join\w*) (?:in)?to (?:the |its |their )?(?:existing )?"
    r"(?:[\w-]+ ){0,2}?safe cit(?:y|ies)(?: (?:platform|centre|center|system|network))?\b"
    r"|safe cit(?:y|ies) (?:technolog\w*|solutions?|systems? (?:ltd|limited|inc|pvt)|\(pvt\)|pvt|ltd|limited)\b"
    r"|سیف سٹی (?:ٹیکنالوج\w*|سلوشن\w*|پرائیویٹ|لمیٹڈ)")

#: What a Safe City would fuse the cameras with, or work on it beyond its cameras: a command or control centre or
#: platform, calls and dispatch, recognition, data, software (the notice's text with `_JOINED` phrases removed).
_FUSES = re.compile(
    r"command|control (?:cent|room)|operations? cent|platform|plateforme|plataforma|emergenc|dispatch|\bcalls?\b"
    r"|\b(?:9-?1-?1|112|999|991|110|15)\b|database|records\b|fus(?:e|es|ed|ing|ion)\b|integrat|analytic|recogni"
    r"|plate|\banpr\b|\balpr\b|face|facial|gait|intelligence|software|server|upgrad|expan|extension|new cent"
    r"|کمانڈ|کنٹرول|شناخت|centro de (?:comando|control|mando)|centre de (?:commandement|supervision)")


def safe_city_cameras_only(folded: str, tags: list[TechTag]) -> bool:
    """Is every platform tag (at least one, of the rules) only a Safe City's name, in a notice whose only other tag
    is cctv, that keeps the Safe City up or buys cameras to plug into it (or names it in a firm's name), and names
    nothing the Safe City would fuse the cameras with?"""
    if not any(name in folded for name in _NAMES):
        return False
    quotes = rule_quotes(tags, PLATFORM)
    if not quotes or any(_QUOTE.search(words) is None for words in quotes):
        return False
    if {tag.taxonomy_id for tag in tags} - {PLATFORM, CCTV}:
        return False
    joined = _JOINED.search(folded) is not None
    if not joined and _UPKEEP.search(folded) is None:
        return False
    return _FUSES.search(_JOINED.sub(" ", folded)) is None


def safe_city_as_cctv(tags: list[TechTag]) -> list[TechTag]:
    """`tags` without the platform, and with cctv quoting the Safe City's name when no cctv tag is left."""
    quote = next(tag for tag in tags if tag.taxonomy_id == PLATFORM)
    return platform_as_cctv(tags, quote, "cctv/r41/safe_city_cameras")


#: r42b_tags: a Safe City named only in its authority's name ("Punjab Safe Cities Authority", "Islamabad Safe City
#: Authority", "پنجاب سیف سٹیز اتھارٹی"): the buyer, not the platform it runs. From set ae on, such an authority's
#: purchase of cameras, their upkeep or one kind of recognition for them is labelled without a platform (ae, ag, ah,
#: ai, aj, al, an ×2, ao, aq ×4, ar ×2); its notices that extend the command centre, its software or what it fuses
#: (15 calls, plate hits, records, alerts) are a platform (ag, ai, ak, am, ao) and keep it.
_AUTHORITY = re.compile(r"(?:safe cit(?:y|ies)|سیف سٹیز?) (?:authority|اتھارٹی)")
#: What the authority's platform would do or be (recognition of one kind is not it: labelling rule "Recognition of
#: one kind").
_AUTHORITY_WORK = re.compile(
    r"command|control (?:cent|room)|operations? cent|platform|plateforme|plataforma|emergenc|dispatch|\bcalls?\b"
    r"|\b(?:9-?1-?1|112|999|991|15)\b|database|records\b|fus(?:e|es|ed|ing|ion)\b|integrat|analytic|software"
    r"|alert|watch ?list|upgrad|expan|extension|extend|new cent|phase\b|project\b"
    r"|کمانڈ|کنٹرول|سافٹ ?ویئر|پلیٹ ?فارم|ڈیٹا|منصوب|تجزی")  # (تجزیاتی: analytical)


def safe_city_authority_only(folded: str, tags: list[TechTag]) -> bool:
    """Is every platform tag (at least one, of the rules) a Safe City's name, in a notice that names the Safe City
    only in its authority's name and names nothing the authority's platform would fuse or any work on it?"""
    if not any(name in folded for name in _NAMES):
        return False
    quotes = rule_quotes(tags, PLATFORM)
    if not quotes or any(_QUOTE.search(words) is None for words in quotes):
        return False
    rest = _AUTHORITY.sub(" ", folded)
    if rest == folded or _QUOTE.search(rest) is not None:
        return False
    return _AUTHORITY_WORK.search(rest) is None
