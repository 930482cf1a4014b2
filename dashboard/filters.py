"""Filters <-> URL query parameters, so a pasted link reopens exactly the same view.

Pure functions over plain dicts (Streamlit's `st.query_params` behaves like one), testable without Streamlit.
A malformed parameter is dropped and reported, never fatal: links get mangled in chat apps and e-mails.
"""
from __future__ import annotations

from datetime import date

from db.queries.filters import NOTICE_KINDS, NoticeFilters

#: Query parameter names; part of the shareable-link contract, so extend rather than rename.
PARAMS = {
    "date_from": "from",
    "date_to": "to",
    "technologies": "tech",
    "vendors": "vendor",
    "buyer": "buyer",
    "country": "country",
    "province": "province",
    "kinds": "kind",
    "sources": "source",
    "designated_at_award": "designated",
    "search": "q",
    "surveillance_only": "surv",
    "point": "at",
}
FILTER_KEYS = frozenset(PARAMS.values())


def _split(value: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in str(value).split(",") if part.strip())


def from_params(params) -> tuple[NoticeFilters, list[str]]:
    """Filters from query parameters; also returns a message for each parameter that was ignored."""
    problems: list[str] = []
    values: dict = {}

    def get(key: str) -> str:
        raw = params.get(key)
        if isinstance(raw, list):  # st.query_params.to_dict() gives the last value; plain dicts may hold lists
            raw = raw[-1] if raw else ""
        return "" if raw is None else str(raw)

    for field_name, key in (("date_from", "from"), ("date_to", "to")):
        raw = get(key)
        if raw:
            try:
                values[field_name] = date.fromisoformat(raw)
            except ValueError:
                problems.append(f"ignored {key}={raw!r}: expected a date like 2019-03-05")
    if get("tech"):
        values["technologies"] = _split(get("tech"))
    if get("vendor"):
        vendors = []
        for part in _split(get("vendor")):
            if part.isdigit():
                vendors.append(int(part))
            else:
                problems.append(f"ignored vendor={part!r}: expected an organisation number")
        values["vendors"] = tuple(vendors)
    for field_name, key in (("buyer", "buyer"), ("province", "province"), ("search", "q")):
        if get(key).strip():
            values[field_name] = get(key).strip()
    country = get("country").strip().upper()
    if country:
        if len(country) == 2 and country.isalpha():
            values["country"] = country
        else:
            problems.append(f"ignored country={country!r}: expected a two-letter ISO code such as CN")
    if get("kind"):
        kinds = _split(get("kind"))
        unknown = [k for k in kinds if k not in NOTICE_KINDS]
        if unknown:
            problems.append(f"ignored kind={','.join(unknown)!r}: expected {', '.join(NOTICE_KINDS)}")
        values["kinds"] = tuple(k for k in kinds if k in NOTICE_KINDS)
    if get("source"):
        values["sources"] = _split(get("source"))
    values["designated_at_award"] = get("designated") in ("1", "true", "yes")
    values["surveillance_only"] = get("surv") in ("1", "true", "yes")
    if get("at"):
        try:
            lat, lon = (float(part) for part in get("at").split(","))
            if not (-90 <= lat <= 90 and -180 <= lon <= 180):
                raise ValueError
            values["point"] = (lat, lon)
        except ValueError:
            problems.append(f"ignored at={get('at')!r}: expected 'latitude,longitude'")
    return NoticeFilters(**values), problems


def to_params(filters: NoticeFilters) -> dict[str, str]:
    """The query parameters that reproduce `filters` (only the ones that restrict something)."""
    out: dict[str, str] = {}
    if filters.date_from:
        out["from"] = filters.date_from.isoformat()
    if filters.date_to:
        out["to"] = filters.date_to.isoformat()
    if filters.technologies:
        out["tech"] = ",".join(filters.technologies)
    if filters.vendors:
        out["vendor"] = ",".join(str(v) for v in filters.vendors)
    if filters.buyer:
        out["buyer"] = filters.buyer
    if filters.country:
        out["country"] = filters.country
    if filters.province:
        out["province"] = filters.province
    if filters.kinds:
        out["kind"] = ",".join(filters.kinds)
    if filters.sources:
        out["source"] = ",".join(filters.sources)
    if filters.designated_at_award:
        out["designated"] = "1"
    if filters.search:
        out["q"] = filters.search
    if filters.surveillance_only:
        out["surv"] = "1"
    if filters.point is not None:
        out["at"] = f"{filters.point[0]:.4f},{filters.point[1]:.4f}"
    return out


def sync_query_params(query_params, filters: NoticeFilters, *, keep: tuple[str, ...] = ()) -> None:
    """Make `query_params` (st.query_params) hold exactly `filters` plus the page keys listed in `keep`."""
    wanted = to_params(filters)
    for key in list(query_params.keys()):
        if key in FILTER_KEYS and key not in wanted:
            del query_params[key]
        elif key not in FILTER_KEYS and key not in keep:
            del query_params[key]
    for key, value in wanted.items():
        if query_params.get(key) != value:
            query_params[key] = value
