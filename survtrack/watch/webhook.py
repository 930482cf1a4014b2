"""Webhook delivery: a JSON POST per batch of a watch's events, signed with HMAC-SHA256, retried with back-off.

Configuration comes from the environment only (the URL of a Slack or Mattermost incoming webhook is itself a
secret): SURVTRACK_WEBHOOK_URL and/or SURVTRACK_WEBHOOK_URLS (several, separated by spaces or commas),
SURVTRACK_WEBHOOK_SECRET (signs every body), SURVTRACK_WEBHOOK_BACKOFF (seconds before the first retry, default 1).
Messages never name a URL: a channel is `webhook:<first 12 hex digits of its SHA-256>`.

The body is {"text": …, "watch": …, "events": [...]}: `text` is what Slack and Mattermost show (markup-neutral,
see render.chat_safe), `events` the exact events. Headers: X-Survtrack-Delivery (the same id for a retried
batch), X-Survtrack-Signature-256: sha256=<hex HMAC-SHA256 of the raw body with the secret>.
"""
from __future__ import annotations

import hashlib
import hmac
import json
import os
import re
import time
import urllib.error
import urllib.request
import uuid
from dataclasses import dataclass
from typing import Any

from survtrack.errors import CommandError

ATTEMPTS = 4
TIMEOUT_SECONDS = 15
MAX_RETRY_AFTER = 60.0
BATCH = 20
USER_AGENT = "survtrack-watch/0.1"
_NAMESPACE = uuid.UUID("0b9a3c1e-5d6f-4e27-9a8b-7c6d5e4f3a21")


class DeliveryError(Exception):
    """The receiver refused, or could not be reached after every retry; the message names no URL."""


@dataclass(frozen=True)
class Webhook:
    url: str
    secret: str | None
    backoff: float

    @property
    def channel(self) -> str:
        return "webhook:" + hashlib.sha256(self.url.encode()).hexdigest()[:12]


def configured() -> list[Webhook]:
    """The webhooks the environment names (none: webhooks are off)."""
    raw = " ".join(os.environ.get(name, "") for name in ("SURVTRACK_WEBHOOK_URL", "SURVTRACK_WEBHOOK_URLS"))
    urls = list(dict.fromkeys(u for u in re.split(r"[\s,]+", raw) if u))
    for url in urls:
        if not url.startswith(("http://", "https://")):
            raise CommandError("SURVTRACK_WEBHOOK_URL(S): every URL must start with http:// or https://")
    try:
        backoff = float(os.environ.get("SURVTRACK_WEBHOOK_BACKOFF", "1") or 1)
    except ValueError:
        raise CommandError("SURVTRACK_WEBHOOK_BACKOFF: expected seconds, e.g. 1 or 0.5") from None
    secret = os.environ.get("SURVTRACK_WEBHOOK_SECRET") or None
    return [Webhook(url, secret, max(backoff, 0.0)) for url in urls]


def signature(secret: str, body: bytes) -> str:
    return "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


def delivery_id(event_ids: list[str]) -> str:
    """The same id for the same batch, so a receiver can recognise a retry."""
    return str(uuid.uuid5(_NAMESPACE, ",".join(sorted(event_ids))))


def post(hook: Webhook, body: bytes, delivery: str) -> None:
    """POST `body`; retry connection failures, timeouts, 429 and 5xx (honouring Retry-After) with exponential
    back-off; any other answer outside 2xx fails at once. Raises DeliveryError."""
    headers = {"Content-Type": "application/json; charset=utf-8", "User-Agent": USER_AGENT,
               "X-Survtrack-Delivery": delivery}
    if hook.secret:
        headers["X-Survtrack-Signature-256"] = signature(hook.secret, body)
    problem = "not tried"
    for attempt in range(1, ATTEMPTS + 1):
        wait = hook.backoff * 2 ** (attempt - 1)
        request = urllib.request.Request(hook.url, data=body, headers=headers, method="POST")
        try:
            with urllib.request.urlopen(request, timeout=TIMEOUT_SECONDS) as response:
                response.read()
                return
        except urllib.error.HTTPError as exc:
            problem = f"HTTP {exc.code}"
            if exc.code != 429 and exc.code < 500:
                raise DeliveryError(f"{hook.channel} refused the delivery: {problem}") from None
            wait = _retry_after(exc.headers.get("Retry-After"), wait)
        except (urllib.error.URLError, TimeoutError, ConnectionError, OSError) as exc:
            reason = getattr(exc, "reason", exc)
            problem = type(reason).__name__ if not isinstance(reason, str) else "connection failed"
        if attempt < ATTEMPTS:
            time.sleep(wait)
    raise DeliveryError(f"{hook.channel} failed after {ATTEMPTS} attempts (last: {problem})")


def _retry_after(value: str | None, default: float) -> float:
    try:
        return min(max(float(value), 0.0), MAX_RETRY_AFTER) if value else default
    except ValueError:
        return default


def body(watch_name: str, text: str, events: list[dict[str, Any]]) -> bytes:
    return json.dumps({"text": text, "watch": watch_name, "events": events}, ensure_ascii=False,
                      default=str).encode("utf-8")
