"""A Safe City programme's cameras installed or kept up are cctv (labelling rule "Platform: connected cameras …").

The taxonomy's `cctv` row names camera programmes (雪亮/天网/平安城市); the labelling rule of round 29 makes cameras
only joined to an existing centre, and a monitoring room that only watches them, `cctv`. The cue file reads
the programme's name in Russian, Ukrainian, Kyrgyz and Uzbek (Безопасный город, Безпечна столиця, Коопсуз
шаар, Xavfsiz shahar) and a situation centre beside cameras as a platform (round 18, round 27: the older sets'
convention). This module says when that is all the platform evidence a notice has, the notice names nothing
but cameras and the programme (no other technology found), and it names nothing the programme would fuse,
analyse or build: the platform tag goes, and the programme is cctv (quoting the same words when no cctv cue
fired: "«Коопсуз шаар» долбоору боюнча 60 видеокөзөмөл камерасын … орнотту").

Counted before writing (round 33, r33_platform33, labels of every development set): notices naming such a programme
or a situation centre with cameras are labelled no platform in all 8 notices of sets ae, af, ag and ah (installation or
maintenance of the programme's cameras, with or without its situation centre: ae-0259, af-0358/0364/0369,
ag-0256/0289/0559, ah-0302), and a platform in 54 of 77 notices of the older sets, nearly all naming recognition,
extension or the centre's build (those stay: recognition tags, extension and build words keep the platform).

Patterns read folded text (`enrich.text.fold`: lower case, no accents; й→и, ё→е, ї/і kept).
"""
from __future__ import annotations

import re

from enrich.classify.rule_quotes import platform_as_cctv, rule_quotes
from enrich.model import TechTag

PLATFORM = "surveillance_platform"
CCTV = "cctv"

#: A platform tag's quote that is only the programme's name or a situation centre.
_PROGRAMME_QUOTE = re.compile(
    r"^(?:(?:мку|система|системы|системи) )?[«\"“]?(?:коопсуз шаар\w*|безопасн\w* город\w*"
    r"|безпечн\w* (?:міст|столиц)\w*|xavfsiz shahar\w*|ситуацион\w* центр\w*|ситуаці\w* центр\w*"
    r"|vaziyat markaz\w*)[»\"”]?$")

#: Cheap pre-filter: one of these words must be in the folded text.
_PROGRAMME_WORDS = ("коопсуз", "безопасн", "безпечн", "xavfsiz", "ситуац", "vaziyat")

#: Cameras named as the notice's object (ru, uk, ky, uz, kk).
_CAMERAS = re.compile(r"камер|kamera|видеокөзөмөл|видеонаблюдени|відеоспостереженн|videokuzatuv|бейнекамер")

#: What the notice would name if the programme fused, analysed or were built, extended or modernised: recognition,
#: analytics, emergency calls, databases, software, servers, a platform, integration, a new centre.
_PLATFORM_WORK = re.compile(
    r"распозна|розпізна|идентифик|ідентифік|аналит|аналіт|интеллект|інтелект|(?<![а-я])лиц(?:\b|а\b)|облич|номер|походк"
    r"|этническ|етніч|национальн|національн|112|вызов|виклик|экстренн|екстрен|диспетчер|баз\w* данн|баз\w* дан"
    r"|програмн|программн|сервер|платформ|интеграц|інтеграц|объедин|об.єдн|модул|модерниз|модерніз|расшир|розшир"
    r"|создани|створенн|строительств|будівництв|нов\w* (?:ситуацион|ситуаці)|цод\b|центр\w* обработки"
    r"|кеңе|kengay|откро|открыт|открыва|відкри|запуст|запуск"  # extended (ky, uz) or a centre opened: built
    r"|tahlil|aniqla|yuz|raqam|sergek|integratsiya|platforma|server|taniy|tanish"
    r"|recogni|analyt|database|software|platform|dispatch|integrat"
    # cameras joined to the programme's centre (ky): the older reading, left to the cue file (test_round14_core)
    r"|борбор\w* (?:туташ|кош)")


def programme_cameras_kept(folded: str, tags: list[TechTag]) -> bool:
    """Is every platform tag (at least one, of the rules) only a Safe City programme's name or a situation centre, in a
    notice whose only other tag is cctv, that names cameras and nothing the programme would fuse, analyse or build?"""
    if not any(word in folded for word in _PROGRAMME_WORDS):
        return False
    quotes = rule_quotes(tags, PLATFORM)
    if not quotes or any(_PROGRAMME_QUOTE.search(words.strip()) is None for words in quotes):
        return False
    if {tag.taxonomy_id for tag in tags} - {PLATFORM, CCTV}:
        return False
    return _CAMERAS.search(folded) is not None and _PLATFORM_WORK.search(folded) is None


def programme_as_cctv(tags: list[TechTag]) -> list[TechTag]:
    """`tags` without the platform, and with cctv quoting the programme's name when no cctv tag is left."""
    quote = next(tag for tag in tags if tag.taxonomy_id == PLATFORM)
    return platform_as_cctv(tags, quote, "cctv/r33/safe_city_programme")
