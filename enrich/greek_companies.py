"""Company names written in Greek: "Αχαΐα Τεχνολογίες Α.Ε.", "Θερμαϊκός Ασφάλεια Α.Ε.", "Θεσσαλική Ασφάλεια" (round 39).

Why: the name readers of enrich/prose_names.py and enrich/supply_statements.py read Latin and Cyrillic capitals only,
so a Greek award ("Ο Δήμος Πατρέων ανέθεσε στην X Α.Ε. την εγκατάσταση …", "υπέγραψε σύμβαση … με την X") named no
supplier: about 20 labelled names across the development sets (p, q, ac, ae, ag, ai, aj, ak, al, an, e-k) were lost.
A Greek name here is two or more capitalised Greek words, or one with a Greek legal form (Α.Ε., Ε.Π.Ε., Ι.Κ.Ε., Ο.Ε.);
a public body's head (Δήμος, Περιφέρεια, Υπουργείο, Αστυνομία, Ελληνική …) opens none.
"""
from __future__ import annotations

import re

_WORD = r"[Α-ΩΆΈΉΊΌΎΏ][α-ωάέήίόύώϊϋΐΰ'’-]+"
_FORM = r"(?:Α\.?Ε\.?|Ε\.?Π\.?Ε\.?|Ι\.?Κ\.?Ε\.?|Ο\.?Ε\.?|Ε\.?Ε\.?|Μ\.?Ι\.?Κ\.?Ε\.?)(?![\wΑ-Ωα-ω])"
_PUBLIC = r"(?!Δήμ|Περιφέρει|Υπουργ|Ελληνικ|Αστυνομ|Κυβέρνησ|Δημοτικ|Κεντρικ|Ελλάδ|Αθήν|Θεσσαλονίκ)"
GREEK_COMPANY_RE = re.compile(rf"{_PUBLIC}{_WORD}(?:\s{_WORD}){{1,5}}(?:\s{_FORM})?|{_PUBLIC}{_WORD}\s{_FORM}")
