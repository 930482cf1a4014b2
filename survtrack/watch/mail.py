"""E-mail delivery: one message per watch and run (up to BATCH events), plain text plus the events as JSON.

Configuration from the environment only: SURVTRACK_SMTP_HOST (e-mail is off without it), SURVTRACK_SMTP_PORT
(default 587; 465 means TLS from the start), SURVTRACK_SMTP_USER and SURVTRACK_SMTP_PASSWORD (optional),
SURVTRACK_SMTP_FROM, SURVTRACK_SMTP_TO (comma-separated). STARTTLS is used whenever the server offers it, and
credentials are never sent over an unencrypted connection except to this machine (127.0.0.1, ::1, localhost).
Headers carry only the watch name and counts: notice text goes in the body, never in a header.
"""
from __future__ import annotations

import hashlib
import os
import smtplib
import ssl
import uuid
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import formatdate
from typing import Any

from survtrack.errors import CommandError
from survtrack.watch.render import json_line
from survtrack.watch.webhook import DeliveryError

BATCH = 200
TIMEOUT_SECONDS = 30
LOCAL_HOSTS = ("127.0.0.1", "::1", "localhost")


@dataclass(frozen=True)
class SmtpSettings:
    host: str
    port: int
    user: str | None
    password: str | None
    sender: str
    recipients: tuple[str, ...]

    @property
    def channel(self) -> str:
        return "smtp:" + hashlib.sha256(",".join(self.recipients).encode()).hexdigest()[:12]


def configured() -> SmtpSettings | None:
    host = os.environ.get("SURVTRACK_SMTP_HOST", "").strip()
    if not host:
        return None
    sender = os.environ.get("SURVTRACK_SMTP_FROM", "").strip()
    recipients = tuple(r.strip() for r in os.environ.get("SURVTRACK_SMTP_TO", "").split(",") if r.strip())
    if not sender or not recipients:
        raise CommandError("SURVTRACK_SMTP_HOST is set: SURVTRACK_SMTP_FROM and SURVTRACK_SMTP_TO are needed too")
    if any(c in value for value in (sender, *recipients) for c in "\r\n"):
        raise CommandError("SURVTRACK_SMTP_FROM/TO: one address per entry, no line breaks")
    try:
        port = int(os.environ.get("SURVTRACK_SMTP_PORT", "587") or 587)
    except ValueError:
        raise CommandError("SURVTRACK_SMTP_PORT: expected a port number") from None
    return SmtpSettings(host, port, os.environ.get("SURVTRACK_SMTP_USER") or None,
                        os.environ.get("SURVTRACK_SMTP_PASSWORD") or None, sender, recipients)


def message(settings: SmtpSettings, watch_name: str, texts: list[str], events: list[dict[str, Any]]) -> EmailMessage:
    mail = EmailMessage()
    mail["Subject"] = f"survtrack watch {watch_name}: {len(events)} new event(s)"
    mail["From"] = settings.sender
    mail["To"] = ", ".join(settings.recipients)
    mail["Date"] = formatdate(localtime=False)
    # The same events give the same Message-ID: a resent message after a crash is recognised as the same one.
    digest = uuid.uuid5(uuid.NAMESPACE_URL, "survtrack:" + ",".join(sorted(e["id"] for e in events)))
    mail["Message-ID"] = f"<{digest}@survtrack.invalid>"
    body = [f"{len(events)} new event(s) for the survtrack watch {watch_name}.", ""]
    for text in texts:
        body.extend([text, ""])
    body.append("The exact events (notice text as published, evidence offsets) are attached as JSON lines.")
    mail.set_content("\n".join(body))
    mail.add_attachment("\n".join(json_line(e) for e in events).encode("utf-8"), maintype="application",
                        subtype="x-ndjson", filename=f"survtrack-{watch_name}-events.jsonl")
    return mail


def send(settings: SmtpSettings, mail: EmailMessage) -> None:
    """Send one message; raises DeliveryError (without the password) when the server refuses or is unreachable."""
    try:
        client: smtplib.SMTP
        if settings.port == 465:
            client = smtplib.SMTP_SSL(settings.host, settings.port, timeout=TIMEOUT_SECONDS,
                                      context=ssl.create_default_context())
        else:
            client = smtplib.SMTP(settings.host, settings.port, timeout=TIMEOUT_SECONDS)
        with client:
            client.ehlo()
            encrypted = settings.port == 465
            if not encrypted and client.has_extn("starttls"):
                client.starttls(context=ssl.create_default_context())
                client.ehlo()
                encrypted = True
            if settings.user:
                if not encrypted and settings.host not in LOCAL_HOSTS:
                    raise DeliveryError(f"{settings.channel}: the server offers no STARTTLS; refusing to send "
                                        "the SMTP password unencrypted")
                client.login(settings.user, settings.password or "")
            client.send_message(mail)
    except DeliveryError:
        raise
    except (smtplib.SMTPException, OSError) as exc:
        first_line = (str(exc).splitlines() or [""])[0]
        raise DeliveryError(f"{settings.channel}: {type(exc).__name__}: {first_line}") from None
