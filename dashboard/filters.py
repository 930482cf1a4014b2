"""Filters <-> URL query parameters, so a pasted link reopens exactly the same view.

Pure functions over plain dicts (Streamlit's `st.query_params` behaves like one), testable without Streamlit.
A malformed parameter is dropped and reported, never fatal: links get mangled in chat apps and e-mails.
"""
from __future__ import annotations

from datetime import date

from db.queries.filters import NOTICE_KINDS, NOTICE_STATUSES, NoticeFilters, flag_ids

#: Query parameter names; part of the shareable-link contract, so extend rather than rename. `vendor` holds
#: registry vendor ids (as `--where vendor=`); a link from before `org` existed put organisation numbers there,
#: and those still open (digits in `vendor` are read as `org`).
PARAMS = {
    "date_from": "from",
    "date_to": "to",
    "technologies": "tech",
    "vendors": "vendor",
    "orgs": "org",
    "buyer": "buyer",
    "countries": "country",
    "province": "province",
    "adcode": "adcode",
    "kinds": "kind",
    "sources": "source",
    "status": "status",
    "designated_at_award": "designated",
    "flags": "flag",
    "search": "q",
    "surveillance": "surv",
    "demo": "demo",
    "point": "at",
}
FILTER_KEYS = frozenset(PARAMS.values())
_TRUE, _FALSE = ("1", "true", "yes"), ("0", "false", "no")


def _split(value: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(part.strip() for part in str(value).split(",") if part.strip()))


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
    orgs: list[int] = []
    vendors = [v for v in _split(get("vendor")) if not v.isdigit()]
    for part in [v for v in _split(get("vendor")) if v.isdigit()] + list(_split(get("org"))):
        if part.isdigit():
            orgs.append(int(part))
        else:
            problems.append(f"ignored org={part!r}: expected an organisation number")
    if vendors:
        values["vendors"] = tuple(vendors)
    if orgs:
        values["orgs"] = tuple(dict.fromkeys(orgs))
    for field_name, key in (("buyer", "buyer"), ("province", "province"), ("search", "q")):
        if get(key).strip():
            values[field_name] = get(key).strip()
    countries = _split(get("country").upper())
    good = tuple(c for c in countries if len(c) == 2 and c.isalpha())
    if good:
        values["countries"] = good
    for bad in (c for c in countries if c not in good):
        problems.append(f"ignored country={bad!r}: expected a two-letter ISO code such as CN")
    adcode = get("adcode").strip()
    if adcode:
        if adcode.isdigit() and len(adcode) in (2, 4, 6):
            values["adcode"] = adcode
        else:
            problems.append(f"ignored adcode={adcode!r}: expected a GB/T 2260 code of 2, 4 or 6 digits")
    for field_name, key, allowed in (("kinds", "kind", NOTICE_KINDS), ("status", "status", NOTICE_STATUSES),
                                     ("flags", "flag", flag_ids())):
        if get(key):
            chosen = _split(get(key))
            unknown = [k for k in chosen if k not in allowed]
            if unknown:
                problems.append(f"ignored {key}={','.join(unknown)!r}: expected {', '.join(allowed)}")
            values[field_name] = tuple(k for k in chosen if k in allowed)
    if get("source"):
        values["sources"] = _split(get("source"))
    values["designated_at_award"] = get("designated") in _TRUE
    for field_name, key in (("surveillance", "surv"), ("demo", "demo")):
        raw = get(key).strip().lower()
        if raw in _TRUE or raw in _FALSE:
            values[field_name] = raw in _TRUE
        elif raw:
            problems.append(f"ignored {key}={raw!r}: expected 1 or 0")
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
    for field_name in ("technologies", "vendors", "orgs", "countries", "kinds", "sources", "status", "flags"):
        if getattr(filters, field_name):
            out[PARAMS[field_name]] = ",".join(str(v) for v in getattr(filters, field_name))
    for field_name in ("buyer", "province", "adcode", "search"):
        if getattr(filters, field_name):
            out[PARAMS[field_name]] = getattr(filters, field_name)
    if filters.designated_at_award:
        out["designated"] = "1"
    for field_name in ("surveillance", "demo"):
        if getattr(filters, field_name) is not None:
            out[PARAMS[field_name]] = "1" if getattr(filters, field_name) else "0"
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
