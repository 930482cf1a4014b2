"""survtrack's database layer: the embedded server (`server.py`), migrations (`migrations/`, `migrate.py`) and
every SQL statement — the write path (`store.py`, `watchlists.py`), the export query (`export.py`) and the
dashboard's read queries (`queries/`). Imports only `enrich` and the leaf modules survtrack.config/errors."""
