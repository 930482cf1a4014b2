"""Contact details of officials removed from exported text, the same way in every format.

Notices print the names, phone numbers and e-mail addresses of the clerks who handle a procurement (联系人,
联系电话, "Contact: …"). Exports get forwarded, and those people are usually not the story, so every export
redacts them unless the user asks for them (`survtrack export --include-contacts`, the dashboard's checkbox).
What is redacted: the title, the text, and every evidence clause (technology tags, the headline amount, red flags).
Organisation names (buyer, suppliers, parties) are kept: they are the story.
"""
from __future__ import annotations

import copy
import re
from collections.abc import Iterable, Iterator
from typing import Any

REDACTED = "[redacted]"

# A label for a contact person or phone, then its value up to the next separator.
_CONTACT_LABEL = re.compile(
    r"(?P<label>(?:项目|采购人|采购单位|代理机构|采购代理机构)?(?:联\s*系\s*人|经\s*办\s*人|负\s*责\s*人)"
    r"|(?i:contact(?:\s+person)?|attn\.?|attention))"
    r"(?P<sep>\s*[：:]\s*)(?P<value>"
    r"[\u3400-\u9fff·•]{1,8}(?:\s[\u3400-\u9fff]{1,2}(?![\u3400-\u9fff]))?"  # 张三, 李 四
    r"|[A-Z][\w.'-]*(?:[ \t]+[A-Z][\w.'-]*){0,3}"  # Jane Example, Dr. J. Smith
    r"|[^\s，,；;。、|()（）\n]{1,30})")
_PHONE_LABEL = re.compile(
    r"(?P<label>联\s*系\s*电\s*话|联系方式|电\s*话|手\s*机|传\s*真|tel(?:ephone)?|phone|mobile|fax)"
    r"(?P<sep>\s*[：:]\s*)(?P<value>[0-9０-９+＋()（）\-－—–\s/、,，转ext.]{5,60}[0-9０-９])",
    re.IGNORECASE)
_PHONE_PATTERNS = [
    re.compile(r"(?<![0-9])1[3-9][0-9]{9}(?![0-9])"),  # mainland China mobile
    re.compile(r"(?<![0-9])0[0-9]{2,3}[-－—\s][0-9]{7,8}(?![0-9])"),  # mainland China landline with area code
    re.compile(r"(?<![0-9A-Za-z])\+[0-9]{1,3}[\s\-.]?(?:\(?[0-9]{1,4}\)?[\s\-.]?){2,5}[0-9]{2,4}(?![0-9])"),
    re.compile(r"(?<![0-9])\(?[0-9]{3}\)?[\s.-][0-9]{3}[\s.-][0-9]{4}(?![0-9])"),  # North American
]
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def redact(text: str | None) -> str | None:
    """`text` without contact persons' names, phone numbers and e-mail addresses (labels are kept)."""
    if not text:
        return text
    text = _CONTACT_LABEL.sub(lambda m: f"{m['label']}{m['sep']}{REDACTED}", text)
    text = _PHONE_LABEL.sub(lambda m: f"{m['label']}{m['sep']}{REDACTED}", text)
    for pattern in _PHONE_PATTERNS:
        text = pattern.sub(REDACTED, text)
    return _EMAIL.sub(REDACTED, text)


def prepare(records: Iterable[dict[str, Any]], *, include_contacts: bool = False) -> Iterator[dict[str, Any]]:
    """Copies of export records with free text redacted (unless include_contacts) and `contacts_redacted` set.

    Every writer reads records through this, so redaction is the same in every format."""
    for record in records:
        record = copy.deepcopy(record)
        if not include_contacts:
            record["title"] = redact(record.get("title"))
            record["text"] = redact(record.get("text"))
            for tag in record.get("technologies") or []:
                tag["evidence"] = redact(tag.get("evidence"))
            if record.get("amount"):
                record["amount"]["evidence"] = redact(record["amount"].get("evidence"))
            for flag in record.get("red_flags") or []:
                flag["evidence"] = redact(flag.get("evidence"))
            if record.get("purchase_state"):
                record["purchase_state"]["evidence"] = redact(record["purchase_state"].get("evidence"))
        record["contacts_redacted"] = not include_contacts
        yield record
