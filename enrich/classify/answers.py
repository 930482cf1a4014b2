"""A question answered no: what a headline asks and denies, and an indirect question answered no in the body.

Why: "Police add facial recognition? Force says no", "…? Ei, sanoo poliisilaitos", "县里装“刷脸”路灯？城管局：
只是换灯" name the technology only to deny it; `negation.Document` reads these patterns (the folded text: no
accents, lower case).
"""
from __future__ import annotations

import re

#: A headline's question answered no: "? Force says no", "? No, says ministry", "? Governo nega".
ANSWERED_NO = re.compile(r"\?\s*(?:(?:[^?\n]{0,40}?\b(?:says?|said)\s+)?no\b[\W]*|no\b[^?\n]{0,40}"
                          # "…? Force says no contract", "…? Ministry: no such plan"
                          r"|[^?\n]{0,40}?\b(?:says?|said)\s+no\s+(?:such\s+)?(?:contracts?|deals?|plans?|purchases?"
                          r"|orders?|tenders?|agreements?|decision)\b[\W]*"
                          r"|[^?\n]{0,30}\b(?:denies|nega|niega|dement\w*|dementiert)"
                          # "…? Board defers", "…? Conselho adia", "…? Stadtrat vertagt": not bought, not yet
                          r"|[^?\n]{0,30}\b(?:defers|deferred|postpones|postponed|aplaza|pospone|adia|adiou"
                          r"|ajourne|vertagt|verschiebt|rinvia|rimanda|откладывает|отложил\w*|odgađa|odgada"
                          r"|odklada|uitgesteld|stelt uit)\b[\W]*"
                          r"|(?:nu|non|nein|nie|nao|нет|ne|hayir|nej|ei)\b[\W]*"  # "…? Nu", "…? Non."
                          # "…? Ei, ainult liikluse loendurid": no, only something else
                          r"|(?:nu|non|nein|nie|nao|нет|ne|hayir|nej|ei|nee)\b\W{0,3}(?:only|just|nur|seulement|solo|"
                          r"solamente|ainult|tylko|только|bara|kun|alleen|soltanto|apenas|sadece|doar|numai|csak|samo|"
                          r"jen|pouze|iba|len|tikai|tik|vetem|hanya|chi|лише|yalniz)\b[^?\n]{0,60}"
                          # "…? Ei, sanoo poliisi", "…? Non, dit la préfecture": no, says the body that was asked
                          r"|(?:nu|non|nein|nie|nao|нет|ні|ne|hayir|nej|ei|nee|niet|οχι|tidak|khong)\b\W{1,3}"
                          r"(?:says?|said|dit|disent|sagt|sagen|dice|dicen|dijo|diz|dizem|disse|dicono|mowi|mowia|sager"
                          r"|sier|sanoo|sanovat|zegt|zeggen|говор\w*|заяв\w*|kaze|kazu|spune|spun|mondja|mondjak|saka"
                          r"|vastaa|tvrdi|teatab|λε\w*|kata|diyor)\b[^?\n]{0,60}"
                          r"|[^?\n]{0,30}\b(?:clarification|fact[- ]check)\w*[\W]*)$"
                          # 县里装“刷脸”路灯？城管局：只是换灯; …？海晏县：积分与救助无关
                          r"|[?？][^?？\n]{0,15}[:：]\s*(?:只是|仅|无关|不实|谣言|误读|否认|没有|未|并非|不是)[^?？\n]{0,20}$")


ANSWER_NO = re.compile(
    r"\b(?:(?:confirmed|said|replied|answered|responded|stated|assured|explained|clarified)\s+(?:that\s+)?"
    r"(?:it|this|that|they|such|none|the (?:system|function|feature|capability|technology|software|module))\s+"
    r"(?:is|was|are|were|will|would|shall|does|did|do|has|had)\s*(?:not|n['’]t|never)\b"
    r"|(?:replied|answered|responded|said)\s+(?:that\s+)?no\b"
    r"|(?:confirmo|respondio|aclaro|dijo|preciso|aseguro|confirmou|respondeu|esclareceu|disse|garantiu|afirmou"
    r"|confermato|risposto|precisato|assicurato|detto|confermo|rispose)\s+(?:que|che)\s+(?:no|nao|non)\b"
    r"|(?:confirme|repondu|precise|assure|indique|affirme)\s+(?:qu['’]\s*|que\s+)(?:(?:il|elle|cela|ce|ceci)\s+)?"
    r"(?:n['’]|ne\s|non\b)"
    r"|(?:bestatigte|antwortete|erklarte|versicherte|sagte),?\s+(?:dass\s+)?(?:dies|sie|es|das|diese|er)\s+"
    r"(?:[^\W\d_]+\s+){0,3}?(?:nicht|kein\w*)\b|verneinte)"
    # round 22: 答：公司不开发…; 答：公司未参与… (the answer of an investor Q&A)
    r"|答[:：][^。？?\n]{0,12}?(?:不(?!断|仅|但|少|同|过|限于)|没有|未|并未|并非|无(?!论))"
    # round 27: the answer names the document that excludes it ("the clerk replied that the tender excludes it",
    # "respondió que el pliego lo excluye expresamente")
    r"|(?:replied|answered|responded|said|confirmed|explained|stated)\s+(?:that\s+)?(?:the|its|their)\s+"
    r"(?:tender|contract|specifications?|bid documents?|terms|scope|call for tenders)\s+(?:expressly\s+|explicitly\s+)?"
    r"(?:excludes?|rules?\s+(?:it\s+)?out|prohibits?|bars?)\b"
    r"|(?:respondio|contesto|aclaro|explico|dijo|confirmo|preciso|respondeu|esclareceu|disse|confirmou|explicou)\s+que\s+"
    r"(?:el|la|o|a)\s+(?:pliego|contrato|licitacion|edital|caderno de encargos|convocatoria)\s+"
    r"(?:lo\s+|la\s+|o\s+|a\s+)?"
    r"(?:excluye|exclui|prohibe|proibe|descarta)\b")

#: Round 27: a question of the body answered no at the start of what follows it ("3. Wird eine Gesichtserkennung
#: eingesetzt?\nNein. …", "Will the cameras read faces? No."): the question's cues are what the answer denies.
QUESTION_ANSWERED_NO = re.compile(r"[?？]\s*(?:\d{1,2}[.)]\s*)?"
                                  r"(?:answer|antwort|respuesta|reponse|resposta|risposta|答复?|回答)?"
                                  r"\s*[:：]?\s*(?:no|nein|non|nie|nao|нет|ні|ne|nee|nej|ei|hayir|niet|否|没有|不是)"
                                  r"(?:[.!,;:。，！]|\s*$|\s+[—–-])"
                                  # round 29: an answer that declines to say ("Setzt die Polizei IMSI-Catcher ein?
                                  # Antwort: Aus Gründen des Geheimschutzes macht die Landesregierung keine Angaben",
                                  # "…? Answer: The ministry declines to comment"): the question names, buys nothing
                                  r"|[?？]\s*(?:\d{1,2}[.)]\s*)?(?:answer|antwort|respuesta|reponse|resposta|risposta)\s*[:：.]"
                                  r"[^.?!\n]{0,90}?(?:keine angaben|keine auskunft"
                                  r"|au(?:ss|ß)ert sich\b[^.?!\n]{0,70}?\bnicht"
                                  r"|declines? to (?:comment|disclose|say|answer)|does not comment|will not comment"
                                  r"|no comment|refuses? to (?:comment|disclose)"
                                  r"|se niega a (?:comentar|revelar|informar)"
                                  r"|no (?:comenta|informa)|ne commente pas|refuse de (?:commenter|divulguer)"
                                  r"|nao comenta|recusa-se a (?:comentar|divulgar))\b"
                                  # round 29: a hearing's answer after its speaker's name ("Senator: And facial
                                  # recognition?\nCommissioner: We do not use live facial recognition")
                                  r"|[?？]\s*[^\W\d_][^\n:：?？]{0,40}[:：]\s*(?:no\b(?:[.!,;:—–-]|\s*$)"
                                  r"|we (?:do|did|have|will|are) not|we don['’]t|we have never)", re.MULTILINE)
#: Round 29: a written question put as "Whether …" and answered no ("Question 1143. Whether station cameras use facial
#: recognition. Answer. No facial recognition is in use").
_WHETHER = re.compile(r"\s*(?:whether|si|ob|se|czy)\s")
_WHETHER_ANSWERED_NO = re.compile(r"\.\s*(?:answer|antwort|respuesta|reponse|resposta|risposta)\s*[.:]\s*"
                                  r"(?:no|nein|non|nie|nao)\b")


def question_answered_no(folded: str, sentence_start: int, sentence_end: int) -> bool:
    """Is the sentence ending at `sentence_end` a question its answer right after denies (round 27: "…?\nNein.")?"""
    if folded.startswith(("?", "？"), sentence_end):
        return QUESTION_ANSWERED_NO.match(folded, sentence_end, sentence_end + 160) is not None
    return folded.startswith(".", sentence_end) and _WHETHER.match(folded, sentence_start) is not None and \
        _WHETHER_ANSWERED_NO.match(folded, sentence_end, sentence_end + 40) is not None
