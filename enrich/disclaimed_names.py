"""A supplier name followed by a bracket that rules out a vendor of a similar name ("X科技股份有限公司（非浙江大華）",
"Hikari Vision Ltd (not to be confused with …)", "(not affiliated with …)"): the writer says the company is another
one, so the registry vendor the name resembles is not resolved for it.

Why: set ar labelled such a supplier without a vendor id, and the engine linked the very vendor the bracket ruled out
(a false accusation in a vendor → buyer graph). Only the disclaiming forms are read: "（不含安装）", "(not including
installation)" qualify the goods, not the company, and do not match.
"""
from __future__ import annotations

import re

_DISCLAIMER_RE = re.compile(
    r"\s*[（(]\s*(?:非|并非|並非|不是|不属于|不屬於|"
    r"(?i:not\s+(?:to\s+be\s+confused\s+with|related\s+to|affiliated\s+with|connected\s+(?:to|with)|part\s+of)|"
    r"unrelated\s+to|no\s+(?:relacionad[ao]|vinculad[ao])\s+con|sin\s+relaci[oó]n\s+con|sem\s+relaç[aã]o\s+com|"
    r"sans\s+(?:lien|rapport)\s+avec))")


def disclaimer_at(text: str, start: int, end: int) -> int | None:
    """Where a bracket disclaiming a vendor opens inside the name text[start:end] or right after it (the name ends
    there), or None."""
    found = _DISCLAIMER_RE.search(text, start, min(len(text), end + 60))
    return found.start() if found is not None and start < found.start() <= end else None
