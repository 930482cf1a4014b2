"""Cameras bought in a notice that negates another technology keep the tag model's cctv proposal.

Why (round 41, r41_tags; labelling rule "Negation removes only what it negates"): "awarded camera upgrades …; the face
scanning option was deleted", "l'extension des caméras Visupol … ; aucune reconnaissance faciale", "rozbudowę
monitoringu …; system nie rozpoznaje twarzy" buy cameras and negate face recognition. Where the cue rules read the
cameras only through words they leave to the model ("camera upgrades", "terminal cameras", "monitoringu": bare camera
words are too broad for a cue in these languages), the notice had no rule tag but a negated cue, and such a notice got
no proposals at all ("a notice naming surveillance only to negate it"), so the cameras were lost with the face
recognition. Now the model may propose cctv there, and only cctv (the negated technology is withheld, and nothing
else is proposed beside a negation), quoting a clause that the negation does not reach; not in a text a report genre
reads (`reported_on`: a market study "negates" the technology it forecasts, and the model reads its market as cameras).

Counted before writing (model on, every development set): 14 notices labelled cctv with `hard_negative_class:
"negated"` got no tag (q, ab 2, ad, aj 4, al, g, h, n, w, z) and get cctv; no negated notice labelled without cctv
gains it (2,626 negated notices in all), and no other notice changes. Probes of our own in en es de fr pt zh pl
(a park renovated "no cameras will be installed", "no facial recognition at the march") stay untagged: the quoted
clause must be one the negation does not reach, and the model proposes nothing where nothing is bought.
"""
from __future__ import annotations

from collections.abc import Callable

from enrich.model import TechTag

CCTV = "cctv"


def cameras_beside_negation(proposals: list[TechTag], negated: Callable[[int, int], bool]) -> list[TechTag]:
    """The model's proposals for a notice whose rules found only negated cues: its cctv, where the quoted clause is
    not itself negated (`negated(start, end)`: `Document.negated`)."""
    return [tag for tag in proposals
            if tag.taxonomy_id == CCTV and not negated(tag.evidence.start, tag.evidence.end)]
