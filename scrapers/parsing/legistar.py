"""Legistar matters (+ their attachments) → notice fields with labelled lines.

Why: council items approving surveillance contracts carry the facts in a few fields (title, type, status, body,
dates) and in attachment names (staff reports, contracts, surveillance impact reports).
"""
from __future__ import annotations

from datetime import date


def _day(value: object) -> date | None:
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def matter_notice(matter: dict, attachments: list[dict], client: str) -> dict:
    title = (matter.get("MatterTitle") or matter.get("MatterName") or f"Matter {matter.get('MatterId')}").strip()
    lines = [f"Jurisdiction: {client}.legistar.com"]
    for label, key in (("File", "MatterFile"), ("Name", "MatterName"), ("Type", "MatterTypeName"),
                       ("Status", "MatterStatusName"), ("Body", "MatterBodyName"), ("Introduced", "MatterIntroDate"),
                       ("Agenda date", "MatterAgendaDate"), ("Passed", "MatterPassedDate"),
                       ("Enacted", "MatterEnactmentNumber"), ("Requester", "MatterRequester")):
        value = matter.get(key)
        if value:
            lines.append(f"{label}: {str(value)[:10] if key.endswith('Date') else value}")
    if matter.get("MatterText"):
        lines.append(str(matter["MatterText"]))
    for attachment in attachments or []:
        name = attachment.get("MatterAttachmentName") or "attachment"
        lines.append(f"Attachment: {name} <{attachment.get('MatterAttachmentHyperlink', '')}>")
    kind = "award" if "contract" in (matter.get("MatterTypeName") or "").lower() else "other"
    url = (f"https://{client}.legistar.com/LegislationDetail.aspx?ID={matter.get('MatterId')}"
           f"&GUID={matter.get('MatterGuid', '')}")
    facts = {"legistar_client": client, "matter_id": matter.get("MatterId"), "matter_file": matter.get("MatterFile"),
             "matter_type": matter.get("MatterTypeName"), "matter_status": matter.get("MatterStatusName")}
    return {"title": title, "body": "\n".join(lines), "kind": kind,
            "published": _day(matter.get("MatterIntroDate")) or _day(matter.get("MatterLastModifiedUtc")), "url": url,
            "facts": {k: v for k, v in facts.items() if v not in (None, "")}}
