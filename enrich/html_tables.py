"""HTML tables → lines that keep which label belongs to which value (used by enrich/html_text.py).

Why: procurement portals print their facts in tables, in two shapes, and flattening them naively loses the
link between a label and its value:

* label/value tables ("中标人 | 某公司 | 中标价(元) | 8865005.32"): each pair becomes a "label：value" line, the
  form every extractor reads;
* grids — a header row over data rows ("序号 | 供应商名称 | 中标价(元) | 工期" then "1 | 某公司 | 8865005.32 |
  90日历天"): the header line and each data row become tab-separated lines with one cell per column, empty cells
  kept, so that a column's cells stay under its header (enrich/money reads the unit and kind of a price column
  from its header). colspan and rowspan are expanded so columns line up.

A grid is recognised by its header row: every cell a label (no figures outside brackets), and the row below
it of the same width with figures under it — a column whose header names a money unit ("(元)", "（万元）",
"(USD)") over a number, a serial/rank column over a small number, header cells (th) over data cells, or an
odd number of columns (which cannot be label/value pairs).
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from lxml import etree

#: Stands for an empty grid cell until lines are normalised (which would strip leading/trailing tabs).
EMPTY_CELL = "\x00"

_MAX_SPAN = 50
_BRACKETED = re.compile(r"[（(][^（()）]*[)）]")
_DIGIT = re.compile(r"\d")
_NUMBER_CELL = re.compile(r"[-+]?(?:[¥￥$€£]\s?)?\d[\d.,，'\u00a0 ]*(?:万元|亿元|元)?"
                          r"|[*＊]{2,}(?:[.,][*＊]+)?(?:万元|元)?")
_RANK_CELL = re.compile(r"\d{1,3}|第[一二三四五六七八九十\d]+(?:名|中标候选人|成交候选人|候选人)?"
                        r"|[一二三四五六七八九十]")
_SERIAL_HEADERS = re.compile(r"(?:序号|排名|名次|排序|编号|候选人排序|No\.?|#|Rank|Nr\.?|N[°º])", re.IGNORECASE)
_MONEY_UNIT = re.compile(
    r"[（(][^（()）\n]{0,16}?(?:万元|亿元|元|[A-Z]{3}|US\$|R\$|€|£|¥|￥)[^（()）\n]{0,8}?[)）]|单位\s*[:：]\s*(?:万元|亿元|元)"
)


@dataclass
class _Row:
    elements: list[etree._Element]  # the row's td/th
    texts: list[str]  # their text, in source order
    cells: list[str]  # one per column: colspan and rowspan expanded ("" for a spanned or empty position)
    all_th: bool


def render_table(table: etree._Element, cell_text: Callable[[etree._Element], str]) -> list[str | etree._Element]:
    """The rows of `table` (not of tables nested in its cells) as lines, in order.

    Each item is a line of text, or a cell element when the row is a single layout cell whose own line structure
    the caller renders. Grid lines hold EMPTY_CELL for empty cells; the caller removes the marker last.
    """
    rows = _layout(table, cell_text)
    out: list[str | etree._Element] = []
    grid_width: int | None = None
    for i, row in enumerate(rows):
        if len(row.elements) == 1:  # a layout row: keep the cell's own line structure
            grid_width = None
            out.append(row.elements[0])
            continue
        if grid_width is not None and len(row.cells) != grid_width:
            grid_width = None
        if grid_width is None and _is_header(row, rows[i + 1] if i + 1 < len(rows) else None):
            grid_width = len(row.cells)
        if grid_width is not None and not _is_label_value_row(row):
            if any(row.cells):
                out.append("\t".join(cell or EMPTY_CELL for cell in row.cells))
            continue
        out.extend(_pairs([text for text in row.texts if text]))
    return out


def _pairs(cells: list[str]) -> list[str]:
    """Label/value rows: "a：b" per pair when the cells alternate short labels and values, else tab-separated."""
    if len(cells) == 2:
        return [f"{cells[0]}：{cells[1]}"]
    if len(cells) == 4 and all(len(c) <= 12 for c in cells[0::2]):
        return [f"{label}：{value}" for label, value in zip(cells[0::2], cells[1::2], strict=False)]
    return ["\t".join(cells)] if cells else []


def _layout(table: etree._Element, cell_text: Callable[[etree._Element], str]) -> list[_Row]:
    """The table's own rows with colspan/rowspan expanded into columns (the HTML table model, simplified)."""
    rows: list[_Row] = []
    spanned: dict[tuple[int, int], bool] = {}  # (row, column) covered by a rowspan from above
    for r, row in enumerate(_own_rows(table)):
        elements = [cell for cell in row if isinstance(cell.tag, str) and cell.tag.lower() in ("td", "th")]
        texts = [cell_text(cell) for cell in elements]
        cells: list[str] = []
        for element, text in zip(elements, texts, strict=False):
            while (r, len(cells)) in spanned:
                cells.append("")
            col = len(cells)
            colspan, rowspan = _span(element, "colspan"), _span(element, "rowspan")
            cells.append(text)
            cells.extend([""] * (colspan - 1))
            for dr in range(1, rowspan):
                for dc in range(colspan):
                    spanned[(r + dr, col + dc)] = True
        while (r, len(cells)) in spanned:
            cells.append("")
        all_th = bool(elements) and all(cell.tag.lower() == "th" for cell in elements)
        rows.append(_Row(elements, texts, cells, all_th))
    return rows


def _own_rows(table: etree._Element) -> list[etree._Element]:
    rows = []
    for row in table.iter("tr"):
        owner = next((a for a in row.iterancestors() if isinstance(a.tag, str) and a.tag.lower() == "table"), None)
        if owner is table:  # a nested table's rows are rendered inside their cell
            rows.append(row)
    return rows


def _span(element: etree._Element, attribute: str) -> int:
    try:
        return max(1, min(_MAX_SPAN, int((element.get(attribute) or "1").strip())))
    except ValueError:
        return 1


def _is_label(text: str) -> bool:
    """A header or label cell: short, and no figures outside brackets ("中标价(元)", "Amount (USD)")."""
    return len(text) <= 30 and not _DIGIT.search(_BRACKETED.sub("", text))


def _is_number(text: str) -> bool:
    return bool(_NUMBER_CELL.fullmatch(text.strip())) and bool(_DIGIT.search(text) or "*" in text or "＊" in text)


def _is_header(row: _Row, below: _Row | None) -> bool:
    """Whether `row` heads a grid whose first data row is `below` (see the module docstring)."""
    if below is None or len(below.cells) != len(row.cells) or len(below.elements) < 2:
        return False
    filled = [cell for cell in row.cells if cell]
    if len(filled) < 2 or not all(_is_label(cell) for cell in filled):
        return False
    if row.all_th and not below.all_th:
        return True
    for header, value in zip(row.cells, below.cells, strict=False):
        if header and value and _MONEY_UNIT.search(header) and _is_number(value):
            return True
    if row.cells[0] and _SERIAL_HEADERS.fullmatch(row.cells[0]) and _RANK_CELL.fullmatch(below.cells[0] or ""):
        return True
    return len(row.cells) % 2 == 1 and len(row.cells) >= 3 and any(_is_number(cell) for cell in below.cells if cell)


def _is_label_value_row(row: _Row) -> bool:
    """Inside a grid, a row like "备注 | (text spanning the other columns)" is a label and its value."""
    return len(row.elements) == 2 and len(row.cells) > 2 and _span(row.elements[1], "colspan") > 1
