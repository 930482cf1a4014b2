"""Plate-reading cameras named again as "cameras" are no cctv (labelling rule: "Dedicated plate readers alone …").

The cue file already keeps "plate-reading cameras", "ANPR cameras" and "number-plate recognition cameras" out of the
cctv camera cues, but a notice about them names them a second time in a word the cctv cues read: its maker's cameras
("80 Hikvision plate-reading cameras … Hikvision cameras", "the cameras are Dahua units", "delivering Uniview cameras"),
"traffic cameras" in the headline, a barred bid "based on Hikvision cameras". This module says when every cctv tag of
the rules rests on a bare camera noun in a notice whose cameras are all plate readers: the notice names plate-reading
cameras or plate readers and no other kind of surveillance camera (CCTV, video surveillance, security or public-space
cameras, a monitoring room, body or face cameras).

Counted before writing (round 31b, rules only, all development sets): 6 notices in sets ac, u, w, x and ag (five
writers) are labelled vehicle_recognition only and read cctv from such a second "cameras"; no development notice so
shaped is labelled cctv.

Patterns read folded text (`enrich.text.fold`: lower case, no accents).
"""
from __future__ import annotations

import re

from enrich.classify.rule_quotes import rule_quotes
from enrich.model import TechTag

CCTV = "cctv"

#: The plate-reading cameras the notice buys (not "cameras and plate readers", two things): en only (the sets' other
#: languages name them with cues the cctv camera cues already leave alone).
_FLOCK_CAMERAS = r"\bflock(?: safety)?(?: falcon| plate)? cameras?\b"
_PLATE_CAMERAS = re.compile(
    r"\bplate[- ](?:reading|recognition|reader) cameras?\b|\b(?:anpr|alpr|lpr) cameras?\b"
    # r37b tags: the plate cameras of one maker, named by it ("12 Flock Safety cameras", "Flock Falcon cameras"):
    # labelled vehicle_recognition only in ab, ai, am (3), s; cctv only beside other cameras ("live-view cameras")
    r"|" + _FLOCK_CAMERAS
    # r43b tags: the same one-phrase plate cameras in sq, el, az/tr (the cue file's r43b_tags_plate_cameras keeps
    # them out of the cctv cues); the notice's headline then names them again as bare "kameralar", "κάμερες"
    + r"|\bkamera\w* (?:me |per )?(?:lexim\w*|njohje\w*|lexues\w*) (?:automatik\w* )?(?:te |e )?targa"
    r"|\bkamera\w* (?:qe|te cilat) lexoj\w* (?:te |e )?targa"
    r"|\bκαμερ\w* (?:αυτοματ\w* )?(?:αναγνωρισ|αναγνωσ)\w* (?:των )?πινακιδ"
    r"|\b(?:nomr\w*|plaka) (?:nisan\w* )?tan[iı]ma (?:\(pts\) )?kamera")

#: A cctv tag's evidence that is only a camera noun, with at most a maker, a count or "traffic" before it.
_BARE_CAMERAS = re.compile(r"^(?:[\w-]+ )?(?:traffic |road |roadside )?(?:cameras?|camera units?|camera networks?"
                           r"|kamer\w*|καμερ\w*)$")  # r43b: sq/az/tr kamera, kameralar; el κάμερες

#: Any other kind of camera or video surveillance: then the notice may buy cctv too, and the rules' tag stays.
_OTHER_CAMERAS = re.compile(
    r"cctv|closed[- ]circuit|video ?surveillance|surveillance cameras?|security cameras?"
    r"|video (?:camera|monitor|feed|wall)"
    r"|(?:public|street|city|safety|ip|dome|ptz|fixed video|body|body-worn|dash|face|facial|mobile) cameras?"
    r"|monitoring (?:room|centre|center)|control room|command (?:centre|center)|\bvms\b|video management|footage"
    r"|speed cameras?|red[- ]light|live[- ]view cameras?"
    # cameras that recognise faces, gait or people besides plates ("cameras with face recognition and number-plate
    # reading") are cameras watching people
    r"|\bfac(?:e|ial)\b|\bgait\b|biometric|\bperson|\bpeople\b"
    # r43b: the same in the languages of the plate-camera phrases above (video surveillance, security cameras,
    # faces, persons): sq vezhgim/sigurie/fytyr, el επιτηρηση/ασφαλειας/κλειστου κυκλωματος/προσωπ, az/tr
    # musahide/guvenlik/mobese/yuz/uz, and a monitoring room in each
    r"|vezhgim|sigurie|fytyr|monitorim|επιτηρησ|ασφαλει|κλειστου κυκλωματος|προσωπ|ατομ|musahid|guvenlik"
    r"|tehlukesizlik|mobese|\byuz|\bu[zž] tan|izleme|nezaret|monitorinq")


def plate_cameras_only(folded: str, tags: list[TechTag]) -> bool:
    """Does every cctv tag of the rules (at least one) rest on a bare camera noun, in a notice whose only
    cameras are plate-reading cameras, that names no other kind of camera and that the rules read as no platform?"""
    quotes = rule_quotes(tags, CCTV)
    if not quotes or not any(tag.taxonomy_id == "vehicle_recognition" for tag in tags):
        return False
    if any(tag.taxonomy_id == "surveillance_platform" for tag in tags):  # a centre joining the city's cameras too
        return False
    if any(_BARE_CAMERAS.match(words) is None for words in quotes):
        return False
    # "Flock Safety cameras" are no "safety cameras"
    return _PLATE_CAMERAS.search(folded) is not None \
        and _OTHER_CAMERAS.search(re.sub(_FLOCK_CAMERAS, " ", folded)) is None
