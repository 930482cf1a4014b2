"""Content-addressed archive of raw bytes under SURVTRACK_HOME/archive/ab/cd/<sha256>.

Bytes are written (atomically, once) before anything parses them, so every stored fact can be traced back to
exactly what the source served.
"""
from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path

from survtrack import config


def relative_path(sha256: str) -> str:
    return f"archive/{sha256[:2]}/{sha256[2:4]}/{sha256}"


def write_bytes(body: bytes, home: Path | None = None) -> tuple[str, str]:
    """Archive `body`; returns (sha256 hex, path relative to SURVTRACK_HOME). Idempotent."""
    sha256 = hashlib.sha256(body).hexdigest()
    rel = relative_path(sha256)
    target = (home or config.survtrack_home()) / rel
    if not target.exists():
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".tmp-")
        with os.fdopen(fd, "wb") as handle:
            handle.write(body)
        os.replace(tmp, target)
    return sha256, rel


def write_file(source: Path, home: Path | None = None) -> tuple[str, str, int]:
    """Archive a file's bytes without reading it into memory (bulk files of any size): copied in chunks while
    hashed, then moved into place under its hash; returns (sha256 hex, relative path, byte size). Idempotent."""
    root = home or config.survtrack_home()
    staging = root / "archive" / ".incoming"
    staging.mkdir(parents=True, exist_ok=True)
    digest, size = hashlib.sha256(), 0
    fd, tmp = tempfile.mkstemp(dir=staging, prefix=".tmp-")
    try:
        with os.fdopen(fd, "wb") as out, open(source, "rb") as handle:
            while chunk := handle.read(1 << 20):
                digest.update(chunk)
                out.write(chunk)
                size += len(chunk)
        sha256 = digest.hexdigest()
        rel = relative_path(sha256)
        target = root / rel
        if target.exists():
            os.unlink(tmp)
        else:
            target.parent.mkdir(parents=True, exist_ok=True)
            os.replace(tmp, target)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise
    return sha256, rel, size


def read_bytes(rel: str, home: Path | None = None) -> bytes:
    """The archived bytes; raises FileNotFoundError when the archive lost them."""
    return ((home or config.survtrack_home()) / rel).read_bytes()
