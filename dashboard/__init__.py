"""The Streamlit dashboard: `app.py` routes to the pages in `app_pages/`; the logic they share lives in importable
modules (filters ↔ URL, rendering, maps, cached data access). It reads through db/ with the read-only role and
exports through survtrack/export/, never through the CLI."""
