"""A data protection authority is never a notice's buyer: it rules on, fines or stops other bodies' surveillance.

Why: across the development sets 60 notices name a privacy regulator (Garante per la protezione dei dati personali,
AEPD, CNIL, the Information Commissioner's Office, Autoriteit Persoonsgegevens, Datatilsynet …); no label names one
as buyer (41 name none, 19 the body it sanctioned), while the sentence readers took the regulator, the subject of
"fined X" or "gave a negative opinion to X", as the buyer in set ar (three notices). The regulator is kept as
`mentioned`, so the text is still placed where it is.
"""
from __future__ import annotations

import re
from dataclasses import replace

from enrich.model import Party

_REGULATOR = re.compile(
    r"\b(?:data[ \t]+protection[ \t]+(?:authority|agency|commission(?:er)?|board|office|inspectorate)"
    r"|(?:Information|Privacy)[ \t]+Commissioner"
    r"|protecci[óo]n[ \t]+de[ \t]+datos|protezione[ \t]+dei[ \t]+dati|prote[çc][ãa]o[ \t]+de[ \t]+dados"
    r"|protection[ \t]+des[ \t]+donn[ée]es|Garante[ \t]+(?:per[ \t]+la[ \t]+)?privacy"
    r"|informatique[ \t]+et[ \t]+des[ \t]+libert[ée]s|Autoriteit[ \t]+Persoonsgegevens|Datenschutz\w{0,20}"
    r"|Datatilsynet|Datainspektionen|Integritetsskyddsmyndigheten|Tietosuojavaltuutet\w{0,6}"
    r"|Ochrony[ \t]+Danych[ \t]+Osobowych|AEPD|CNIL|ANPD|UODO)\b", re.IGNORECASE)


def is_privacy_regulator(name: str) -> bool:
    """Whether a body's name is a data protection authority's ("Garante per la protezione dei dati personali")."""
    return bool(_REGULATOR.search(name))


def without_regulator_buyers(parties: list[Party]) -> list[Party]:
    """The parties with a privacy regulator read as buyer made `mentioned`."""
    return [replace(p, role="mentioned") if p.role == "buyer" and is_privacy_regulator(p.name) else p
            for p in parties]
