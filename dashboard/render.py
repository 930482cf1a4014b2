"""Turning hostile scraped text into safe HTML: escape everything first, then add our own markup.

Notices are written by third parties and sometimes by people who know we scrape them. Nothing from the database
reaches `st.html` without passing through `html.escape` here. (Map tooltips: see dashboard/maps.py.)
"""
from __future__ import annotations

import html
import re
from collections.abc import Iterable, Mapping
from itertools import pairwise

EVIDENCE_STYLE = """
<style>
.survtrack-text { white-space: pre-wrap; font-family: inherit; line-height: 1.6; }
.survtrack-text mark { background: #ffe58a; padding: 0 1px; }
.survtrack-text .tag-label { font-size: 0.72em; color: #fff; background: #7a4b00; border-radius: 3px;
  padding: 0 3px; margin-left: 2px; vertical-align: super; }
.survtrack-text mark.amount { background: #cfe8ff; }
.survtrack-text mark.party { background: #d9f2d9; }
</style>
"""


def escape(value) -> str:
    """HTML-escape any value (None becomes an empty string)."""
    return "" if value is None else html.escape(str(value), quote=True)


_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()<>#+\-.!|~:$])")


def markdown_literal(value) -> str:
    """Any value as Markdown that shows exactly its characters: for captions, errors and link labels, which
    Streamlit renders as Markdown. Unescaped, `![x](http://host/p.png)` in a supplier name would make every
    reader's browser fetch an address chosen by whoever wrote the notice (a tracking pixel), and a backtick or a
    bracket would break out of our own markup. Escaping does not stop GFM autolinks: a bare http://… or www.…
    still becomes a link in a caption or an error (link labels are safe), so text that may hold one goes through
    st.text instead."""
    text = "" if value is None else str(value)
    return _MARKDOWN_SPECIAL.sub(r"\\\1", text.replace("\n", " ")).replace("&", "&amp;")


def highlight(text: str, spans: Iterable[Mapping], *, label_key: str = "taxonomy_id",
              css_class_key: str | None = None) -> str:
    """`text` as escaped HTML with every span (start_offset/end_offset into `text`) wrapped in <mark>.

    Each span is labelled with its `label_key` value right after its end. Overlapping spans are fine: the text
    is cut at every boundary and each piece is marked once with all labels covering it. Spans outside the text
    (stale offsets) are skipped rather than shifting the highlight onto the wrong words.
    """
    valid = []
    for span in spans:
        start, end = span.get("start_offset"), span.get("end_offset")
        if start is None or end is None or not (0 <= start < end <= len(text)):
            continue
        valid.append((start, end, str(span.get(label_key) or ""), span.get(css_class_key) if css_class_key else None))
    if not valid:
        return f'<div class="survtrack-text">{escape(text)}</div>'
    cuts = sorted({0, len(text), *(s for s, _, _, _ in valid), *(e for _, e, _, _ in valid)})
    out = ['<div class="survtrack-text">']
    for left, right in pairwise(cuts):
        piece = escape(text[left:right])
        covering = [v for v in valid if v[0] <= left and right <= v[1]]
        if covering:
            labels = sorted({label for _, _, label, _ in covering if label})
            css = covering[0][3] or ""
            title = escape(", ".join(labels))
            out.append(f'<mark class="{escape(css)}" title="{title}">{piece}</mark>')
        else:
            out.append(piece)
        ending = sorted({label for s, e, label, _ in valid if e == right and label})
        for label in ending:
            out.append(f'<span class="tag-label">{escape(label)}</span>')
    out.append("</div>")
    return "".join(out)
