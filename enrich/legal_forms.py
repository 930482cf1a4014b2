"""Company legal forms ("Ltd", "GmbH", "S.A.C.", "sp. z o.o.", "Kft.", "Sdn Bhd") as a name's closing words.

Why: a supplier that is not a registry vendor is recognised by the shape of its name, and the surest shape is a
legal form closing it. The forms come from `cleanco` (a maintained list of legal forms by country) rather than a
hand list; cleanco's bare two-letter forms that are also ordinary words ("as", "da", "ae", "og") are left out
unless written in capitals, and a few forms it lacks are added.
"""
from __future__ import annotations

import re

from cleanco.termdata import terms_by_country, terms_by_type

from enrich.cache import table

# cleanco forms that are ordinary words of some language when written in lower case ("da", "as", "et", "ei")
_WORDLIKE = {"as", "da", "ae", "ee", "og", "sd", "mb", "pp", "ay", "ky", "kb", "kt", "ks", "kd", "co", "ab", "oy",
             "hb", "ans", "dat", "vat", "zat", "cpt", "teo", "aj", "et", "ei", "ep", "ev", "ec", "ok", "uk", "ps", "ik",
             "ij", "ud", "fa", "pt", "sp", "gp", "sa", "bl", "ba", "hf", "kf", "sf", "at", "nl", "fie", "fop", "sal",
             "stg", "sep", "sem", "sca", "scs", "ood", "company", "private", "incorporated", "unlimited", "tapui",
             "etat",
             "obrt", "and company", "& company", "nuf", "qk", "xt", "xk", "esv", "iks", "rhf", "fkf", "sagl",
             "crl", "ohf", "ead", "kda", "tmi", "cio", "cic", "ent.", "coop.", "koop.", "me", "se", "ag", "kg",
             "sia", "sas", "spa", "epp", "bv", "nv", "ad", "оод", "еад", "ад", "доо"}
# forms cleanco lacks, as written after names in the notices read
_EXTRA = ["a.ş.", "a.s.", "tbk", "jsc", "ojsc", "cjsc", "s.a.c.", "s.a.a.", "spa", "s.a.s.", "s.a. de c.v.",
          "s.a.p.i. de c.v.", "s. de r.l. de c.v.", "pvt ltd", "pvt. ltd.", "(pvt) ltd", "pte ltd", "pty ltd",
          "pty. ltd.", "pvt", "pty", "co., ltd.", "co. ltd.", "co., ltd", "eireli", "me", "epp", "kft.", "zrt.",
          "nyrt.", "sp. z o.o.",
          "spółka z o.o.", "s.r.l.", "srl", "sas", "sarl", "oü", "sia", "uab", "a/s", "aps", "ab", "oy", "oyj", "asa",
          "bv", "nv", "s.l.", "s.l.u.", "slu", "llp", "plc", "gmbh & co. kg", "ag", "kg", "se", "inc.", "llc", "ltd.",
          "ltd. şti.", "ltd.şti.", "s.à r.l.",  # round 37b: Turkish limited company, Luxembourg SARL
          # r39_suppliers: Bulgarian, Serbian and Macedonian forms in Cyrillic ("Витоша Секюрити ЕООД", "Нишава
          # Системи д.о.о.", "Вардар Сигурност ДООЕЛ"); the short ones count only in capitals (_WORDLIKE)
          "еоод", "оод", "еад", "ад", "д.о.о.", "дооел", "доо", "а.д.",
          "α.ε.", "ε.π.ε.", "ι.κ.ε.", "ο.ε.",  # r39_suppliers: Greek forms (enrich/greek_companies.py)
          # r41_suppliers: Latin American forms cleanco lacks (Peru's one-owner company, Honduras' and Mexico's
          # limited companies), written wherever the notice was: "Chimú Redes E.I.R.L.", "X S. de R.L.",
          # "X S.R.L. de C.V."
          "e.i.r.l.", "s. de r.l.", "s.r.l. de c.v."]


@table()
def legal_form_re() -> re.Pattern[str]:
    """A legal form at the position searched, ending on a word boundary. Matching is case-blind for forms holding
    a dot or of three letters or more; a word-like two-letter form only counts written in capitals ("AS", "AB")."""
    terms = {t.strip() for group in (*terms_by_type.values(), *terms_by_country.values()) for t in group}
    terms |= set(_EXTRA)
    blind = sorted((t for t in terms if t not in _WORDLIKE and len(t.replace(".", "")) >= 2), key=len, reverse=True)
    capital = sorted({t.upper() for t in terms if t in _WORDLIKE and len(t) <= 3 and t.isalpha()}, key=len,
                     reverse=True)

    def spelled(term: str) -> str:
        """Spaces may be left out; dots too where the bare letters are no word ("s.r.l." as "srl", not "a.s." as
        "as")."""
        bare = re.sub(r"[.\s]", "", term)
        pattern = r"\s?".join(re.escape(part) for part in term.split(" "))
        return pattern.replace(r"\.", r"\.?") if len(bare) >= 3 and bare not in _WORDLIKE else pattern

    return re.compile(r"(?:(?i:" + "|".join(spelled(t) for t in blind) + r")|(?:" + "|".join(capital) + r"))"
                      r"(?![\w&])")


def ends_with_legal_form(name: str) -> bool:
    """Whether ``name`` closes with a legal form ("Kestrel Widgets Ltd", "Odra Systemy sp. z o.o.")."""
    pattern = legal_form_re()
    for match in re.finditer(r"(?:^|[\s,])(?=\S)", name):
        form = pattern.match(name, match.end())
        if form and name[form.end():].strip(" .") == "" and match.end() > 0:
            return True
    return False


# Forms whose closing dot the notices keep at a sentence end ("… Inc.", "… Kft.", "… Ltda."); a form without one
# ("Ltd", "GmbH", "SARL", "Bhd") leaves a sentence's final dot to the sentence, as the labelled sets write it.
_KEEPS_DOT = frozenset({"inc", "co", "corp", "kft", "zrt", "nyrt", "bt", "ltda", "lda", "cia", "cía", "bros", "pte",
                        "pvt", "şti"})


def takes_dot(name: str) -> bool:
    """Whether a "." right after ``name`` is its legal form's own ("Duna Példa Kft" + "."), not the sentence's:
    forms written with inner dots ("S.p.A", "s.r.o") and those of `_KEEPS_DOT`."""
    last = name.rsplit(" ", 1)[-1].casefold()
    if name.endswith("Co., Ltd"):
        return True  # "Example Technology Co., Ltd."
    return last in _KEEPS_DOT or ("." in last and ends_with_legal_form(name + "."))


# r39_suppliers: a name in quotes with its legal form after them ("„Марица Сигурност“ ЕООД", "„Нишава Системи“
# д.о.о.", "„Вардар Сигурност“ ДООЕЛ"): Bulgarian, Serbian and Macedonian notices write the form after the quotes,
# where Russian writes it before (ООО «…»). About 20 labelled names across the development sets.
QUOTED_THEN_FORM = re.compile(
    r"[„“\"«][^„“”\"«»\n]{1,60}[“”\"»]\s?(?:ЕООД|ООД|ЕАД|АД|ДООЕЛ|ДОО|(?i:д\.о\.о\.|а\.д\.|sh\.p\.k\.|sh\.a\.)|d\.o\.o\.|DOOEL)(?![\w&])")
# and the Baltic forms written before a quoted name ("SIA „Daugava Drošība”", "UAB „Nemuno sauga“", "AS „X“")
FORM_THEN_QUOTED = re.compile(r"(?:SIA|UAB|AS|OÜ|MB|VšĮ|AB|IĮ)\s?[„“\"«][^„“”\"«»\n]{1,60}[“”\"»]")
