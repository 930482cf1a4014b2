"""Round 28: a question put in a hearing, minutes or a parliamentary answer, and the reply that says no.

Why: minutes and hearings name a technology in a member's question and deny it in the official's reply
("CM Okafor asked about face capture; staff confirmed the devices read plates only", "preguntaron por el
componente «Puntaje Ciudadano» … El secretario respondió que ese componente fue retirado del proyecto",
"سأل نواب عن إمكانية استخدام الكاميرات للتعرف على الوجوه، فأجاب المسؤولون بأن المرحلة الحالية لا تتضمن",
"委員詢問警政署是否…購置IMSI捕捉器。警政署書面答覆：本署並未採購").
`answers.ANSWER_NO` and `patterns.ASKED` read "asked whether … said it is not"; these add the question put
"about" a thing (asked about, preguntaron por, perguntaram sobre, fragten nach, سأل عن, 询问…是否) and replies
that deny it through an anaphor ("such a function was not part of the contract", "ese componente fue
retirado"), say the things bought do something else only ("the devices read plates only"), or answer in
Arabic and Chinese. `negation.Document._asked_then_no` reads them: the question must stand in the cue's
sentence before it, the reply right after it (same or next sentence). All patterns are written folded (lower
case, no accents, simplified Chinese, Arabic hamza seats folded).
"""
from __future__ import annotations

import re

#: Cheap pre-filter: a question of these shapes needs one of these substrings (folded).
ASKED_HINTS = ("ask", "inquir", "enquir", "pregunt", "pergunt", "interrog", "fragte", "спрос", "سال", "تساءل",
               "استفسر", "询问", "质询", "问及")

#: A question put about a thing (its object follows): not only "asked whether".
ASKED_ABOUT = re.compile(
    r"\b(?:asked|asks|inquired|enquired|questioned)\s+(?:\w+\s+){0,3}?(?:about|on|regarding)\b"
    r"|\bpregunt(?:o|aron|a|an)\s+(?:\w+\s+){0,3}?(?:por|sobre|acerca de)\b"
    r"|\bpergunt(?:ou|aram|a|am)\s+(?:\w+\s+){0,3}?(?:sobre|acerca de|pel[oa]s?)\b"
    r"|\binterroge(?:s|nt)?\s+(?:\w+\s+){0,3}?sur\b|\bfragte(?:n)?\s+(?:\w+\s+){0,3}?nach\b"
    r"|\bспросил\w*\s+(?:\w+\s+){0,3}?(?:о|об|про)\b"
    r"|(?:سال|سالت|تساءل|استفسر)\S*\s+(?:\S+\s+){0,3}?عن\b"
    r"|(?:询问|质询|问及)(?=[^。？?\n]{0,60}(?:是否|有没有|会不会|能否))")

_SAY = (r"(?:said|replied|answered|responded|confirmed|explained|stated|clarified|assured|told \w+)\s+(?:that\s+)?")
_THING = (r"(?:function|feature|component|capability|module|option|functionality|element|part|item|tool|software"
          r"|system|technology|application|app|service)s?")

#: A reply that denies what was asked about.
ANSWER_NO_MORE = re.compile(
    # "the deputy minister said that such a function was not part of the contract"
    r"\b" + _SAY + r"(?:such|this|that|these|those|the)\s+(?:an?\s+)?(?:\w+\s+)?" + _THING
    + r"\s+(?:is|was|are|were|will|would|had|has|have)\s+(?:been\s+|be\s+)?"
    r"(?:not|n['’]t|never|no longer|removed|dropped|excluded|withdrawn|deleted|struck|cut|scrapped|abandoned)\b"
    # es/pt/fr/it/de: that component was removed / is not …
    r"|\b(?:respondio|contesto|aclaro|explico|dijo|confirmo|preciso|aseguro|indico|respondeu|esclareceu|disse|confirmou"
    r"|explicou|afirmou|garantiu|repondu|precise|indique|confirme|explique|risposto|precisato|confermato|spiegato)"
    r"\s+(?:que|qu['’]\s*|che)\s*(?:ese|este|dicho|tal|esa|esta|dicha|esse|essa|tal|ce|cet|cette|tale|quel|quella|questo"
    r"|questa)\s+\w+\s+(?:\w+\s+)?(?:no\b|nao\b|n['’]|ne\b|non\b|fue\s+\w+ad[oa]|ha\s+sido\s+\w+ad[oa]|se\s+(?:retiro"
    r"|elimino|excluyo|descarto|suprimio)|foi\s+\w+ad[oa]|a\s+ete\s+\w+e|e\s+stat[oa]\s+\w+at[oa])"
    r"|\b(?:antwortete|erklarte|sagte|bestatigte|versicherte)n?,?\s+(?:dass\s+)?(?:diese|dieses|dieser|solche)\w*\s+\w+\s+"
    r"(?:\w+\s+){0,3}?(?:nicht|kein\w*|gestrichen|entfernt|ausgeschlossen)\b"
    # ar: "فأجاب المسؤولون بأن المرحلة الحالية لا تتضمن" (answered that … does not)
    r"|(?:فاجاب|واجاب|اجاب|فرد|ورد|رد|اوضح|واوضح|فاوضح)\S*\s+(?:\S+\s+){0,3}?(?:بان|ان)\s+(?:\S+\s+){0,4}?(?:لا|لم|لن|ليس|ليست)\s"
    # zh: 书面答覆：本署并未采购 (答复/答覆/回复/回应, then a negation within a few characters)
    r"|(?:答复|答覆|回复|回覆|回应)[:：][^。？?\n]{0,12}?(?:不(?!断|仅|但|少|同|过|限于)|没有|未|并未|并非|无(?!论))")

#: A reply that the things bought do something else only, or cannot ("staff confirmed the devices read plates only",
#: "said the units do not"): it denies what was asked only when no cue stands in its subject (not "the cameras only
#: record public areas", which confirms the cameras) - `negation.Document` checks that.
ANSWER_ONLY = re.compile(
    r"\b" + _SAY + r"(?P<subject>(?:the|its|their|these|those)\s+(?:\w+\s+){0,2}?(?:devices?|cameras?|units?|systems?"
    r"|sensors?|equipment|software|readers?|terminals?))\s+(?:only\s+\w+|\w+\s+(?:\w+\s+)?only\b|(?:do|does|will|would|can|could)"
    r"\s*(?:not|n['’]t)\b)")
