"""Stable short ids from raw source values: a listing's fingerprint of a notice, a list entry that has no id.

Why one function: the same values must give the same id in every run and in every module that derives one.
"""
from __future__ import annotations

import hashlib
import json
from typing import Any


def fingerprint(*parts: Any) -> str:
    """16 hex digits of the SHA-256 of `parts` as JSON (dates and other values by their str())."""
    return hashlib.sha256(json.dumps(parts, ensure_ascii=False, default=str).encode()).hexdigest()[:16]
