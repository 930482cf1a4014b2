"""Sums in grids: a header line over tab-separated data rows, as enrich/html_tables.py writes HTML tables.

Why: Chinese trading-centre result pages print the award in a table — "序号 | 供应商名称 | 中标价(元) | 工期"
over one row per winner — so the label and the unit of a price sit in the header, lines away from the number.
Read line by line, "8865005.32" has neither a currency nor a label. Here the header line is matched to the rows
under it cell by cell (same number of tab-separated cells): a column whose header states a unit ("(元)",
"（万元）", "(USD)") makes its bare numbers money, and a kind cue in the header ("中标价", "预算金额",
"投标报价") gives every cell of the column its kind. A lot column (包号, 标段, Lot) names each row's lot; a
"合计/Total" row is the stated total; in a candidate list the first-ranked row's offer is the prospective award.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from decimal import Decimal

from enrich.money.currencies import iso_currencies
from enrich.money.labels import FIRST_RANKED, TOTAL_LABEL, nearest_cue
from enrich.money.patterns import UNIT_IN_BRACKETS

_BRACKETED = re.compile(r"[（(][^（()）]*[)）]")
_DIGIT = re.compile(r"\d")
_LOT_HEADER = re.compile(
    r"(?:包号|包组|包件|标段|标包|分包|采购包|包|标段号|标包号|分标|lot|lote|los|lotto|partija)(?:号|编号|no\.?)?",
    re.IGNORECASE,
)
_RANK_HEADER = re.compile(r"排名|名次|排序|候选人排序|中标候选人排序|rank(?:ing)?", re.IGNORECASE)
_FIRST = re.compile(r"1|第一名?|第1名|一")
_UNIT = re.compile(UNIT_IN_BRACKETS)
UNIT_SCALE = {"万元": Decimal(10) ** 4, "亿元": Decimal(10) ** 8}
_SYMBOL_CURRENCY = {"€": "EUR", "£": "GBP", "US$": "USD", "R$": "BRL", "S/": "PEN", "S/.": "PEN"}


def unit_currency(unit: str, yuan: str) -> str | None:
    """The ISO currency of a bracketed unit ("万元" → the local yuan, "USD", "€"); None for an unknown code."""
    if unit in ("万元", "亿元", "元"):
        return yuan
    if unit.startswith("руб"):
        return "RUB"
    if unit in _SYMBOL_CURRENCY:
        return _SYMBOL_CURRENCY[unit]
    return unit if unit in iso_currencies() else None


@dataclass(frozen=True)
class Column:
    header: str
    kind: str | None  # the kind a cue in the header gives (None: the header names no kind)
    bid: bool  # the header's cue is a bid ("投标报价"): the first-ranked row's is the prospective award
    unit: str | None  # the unit the header states (万元, 元, USD …), None when it states none


@dataclass(frozen=True)
class GridCell:
    """A data cell of a money column. Offsets index the text; the cell text is stripped of spaces."""

    start: int
    end: int
    text: str
    column: Column
    lot: str | None  # from the row's lot column
    has_lot_column: bool
    total: bool  # the row is a stated total (合计, Total)
    first_ranked: bool  # the row is the first-ranked candidate
    grid_start: int  # where the grid's header line starts (a lot heading above the table applies to it)

    @property
    def kind(self) -> str | None:
        if self.column.bid and self.first_ranked:
            return "award"  # 中标候选人公示: the first-ranked offer is the prospective award
        return self.column.kind


def grid_cells(text: str) -> list[GridCell]:
    """The data cells of money columns of every grid in `text`, in text order."""
    cells: list[GridCell] = []
    for lines in _tabbed_blocks(text):
        i = 0
        while i < len(lines):
            header = lines[i]
            columns = _money_columns(header)
            if not columns:
                i += 1
                continue
            lot_index = next((n for n, (_, c) in enumerate(header) if _LOT_HEADER.fullmatch(c)), None)
            rank_index = next((n for n, (_, c) in enumerate(header) if _RANK_HEADER.fullmatch(c)), None)
            i += 1
            lot = None
            while i < len(lines) and len(lines[i]) == len(header):
                row = lines[i]
                if lot_index is not None:
                    lot = _lot_label(header[lot_index][1], row[lot_index][1]) or lot  # a merged (rowspan) cell is empty
                cells.extend(_row_cells(row, columns, lot, lot_index is not None, rank_index, header[0][0]))
                i += 1
    return cells


def _lot_label(header: str, value: str) -> str | None:
    """"第一标段" as written; a bare "1" under "包号" as "包号 1"."""
    value = value.strip()
    if not value or TOTAL_LABEL.search(value):
        return None
    return value if _LOT_HEADER.search(value) else f"{header.strip()} {value}"


def cell_at(cells: list[GridCell], starts: list[int], start: int, end: int) -> GridCell | None:
    """The grid cell holding [start, end), if any (`starts`: the cells' starts, in order)."""
    i = bisect_right(starts, start) - 1
    if i >= 0 and cells[i].start <= start and end <= cells[i].end:
        return cells[i]
    return None


def _tabbed_blocks(text: str) -> list[list[list[tuple[int, str]]]]:
    """The runs of consecutive lines holding a tab, each line as (offset, cell) pairs split on tabs; then the runs of
    pipe-table lines (`_piped_blocks`).

    Why only these: a grid's header and rows have two cells or more, so a line without a tab (one cell) is neither
    and ends any grid above it; a long notice has thousands of lines and few tabs."""
    blocks = _tab_blocks(text)
    if "|" in text:
        blocks = sorted(blocks + _piped_blocks(text), key=lambda block: block[0][0][0])  # cells in text order
    return blocks


# r43_money: a line of a pipe table as notices pasted from spreadsheets, wikis and e-mail write it: "| Line | Amount
# (USD) |" over "| 1 | 286,400.00 |", or without the outer bars, "N° | Objeto | Monto (S/)" over "1 | Cámaras |
# 184.600,00"
_PIPED_LINE = re.compile(r"^[^\n|]*\|[^\n]*$", re.MULTILINE)
_SPACED_BAR = re.compile(r"[ \t\u00a0]\|[ \t\u00a0]")


def _piped_blocks(text: str) -> list[list[list[tuple[int, str]]]]:
    """The runs of consecutive pipe-table lines, each line as (offset, cell) pairs split on its inner bars.

    Why: a table pasted as text keeps its grid in bars, not tabs - the unit in the header ("Amount (ZMW)"), a bare
    figure under it - and was read line by line, where the figure has no currency. A line is a table's when it opens
    and closes with a bar or holds a bar with a space on each side (not a URL's or a path's)."""
    blocks: list[list[list[tuple[int, str]]]] = []
    previous_end = -2
    for m in _PIPED_LINE.finditer(text):
        line = m.group(0)
        if "\t" in line:
            continue  # a tabbed line is read by `_tab_blocks`
        first = len(line) - len(line.lstrip())
        last = len(line.rstrip())
        inner_start, inner_end = first, last
        if line.startswith("|", first) and line.endswith("|", 0, last) and last - first > 1:
            inner_start, inner_end = first + 1, last - 1
        elif not _SPACED_BAR.search(line):
            continue
        inner = line[inner_start:inner_end]
        if "|" not in inner:
            continue
        cells = []
        at = m.start() + inner_start
        for cell in inner.split("|"):
            cells.append((at, cell))
            at += len(cell) + 1
        if m.start() == previous_end + 1:
            blocks[-1].append(cells)
        else:
            blocks.append([cells])
        previous_end = m.end()
    return blocks


def _tab_blocks(text: str) -> list[list[list[tuple[int, str]]]]:
    """The runs of consecutive lines holding a tab, each line as (offset, cell) pairs split on tabs."""
    blocks: list[list[list[tuple[int, str]]]] = []
    previous_end = -2  # where the last line with a tab ends (its line break)
    tab = text.find("\t")
    while tab != -1:
        start = text.rfind("\n", 0, tab) + 1
        end = text.find("\n", tab)
        end = len(text) if end == -1 else end
        cells = []
        at = start
        for cell in text[start:end].split("\t"):
            cells.append((at, cell))
            at += len(cell) + 1
        if start == previous_end + 1:
            blocks[-1].append(cells)
        else:
            blocks.append([cells])
        previous_end = end
        tab = text.find("\t", end)
    return blocks


def _money_columns(header: list[tuple[int, str]]) -> dict[int, Column] | None:
    """The header's money columns by position; None when the line is no header (a cell holds figures)."""
    columns: dict[int, Column] = {}
    for n, (_, raw) in enumerate(header):
        cell = raw.strip()
        if not cell:
            continue
        if len(cell) > 30 or _DIGIT.search(_BRACKETED.sub("", cell)):
            return None
        unit_match = _UNIT.search(cell)
        unit = unit_match.group("unit") if unit_match else None
        if unit is not None and re.fullmatch(r"[A-Z]{3}", unit) and unit not in iso_currencies():
            unit = None
        found = nearest_cue(cell)
        if found is None and unit is None:
            continue
        columns[n] = Column(cell, found.kind if found else None, bool(found and found.is_bid), unit)
    return columns or None


def _row_cells(row: list[tuple[int, str]], columns: dict[int, Column], lot: str | None, has_lot_column: bool,
               rank_index: int | None, grid_start: int) -> list[GridCell]:
    texts = [cell.strip() for _, cell in row]
    total = any(TOTAL_LABEL.search(t) for n, t in enumerate(texts) if n not in columns and t)
    first_ranked = any(FIRST_RANKED.search(t) for t in texts) or (
        rank_index is not None and bool(_FIRST.fullmatch(texts[rank_index]))
    )
    out = []
    for n, column in columns.items():
        start, raw = row[n]
        if not texts[n]:
            continue
        lead = len(raw) - len(raw.lstrip())
        cell_start = start + lead
        out.append(GridCell(cell_start, cell_start + len(texts[n]), texts[n], column,
                            None if total else lot, has_lot_column, total, first_ranked, grid_start))
    return out
