"""survtrack dashboard entrypoint: a router over the pages (run with `survtrack serve`).

Each page file under app_pages/ describes its UI; the logic lives in importable modules (filters, maps, render,
widgets, data_access), every SQL statement in db/ and the export writers in survtrack/export/.
"""
from __future__ import annotations

import sys
from pathlib import Path

import streamlit as st

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # `streamlit run dashboard/app.py` puts only dashboard/ on the path
    sys.path.insert(0, str(ROOT))

PAGES = Path(__file__).resolve().parent / "app_pages"

st.set_page_config(page_title="survtrack", layout="wide", menu_items={"About": "survtrack: surveillance "
                   "procurement tracker. Every fact links to the text it came from."})

navigation = st.navigation([
    st.Page(PAGES / "map.py", title="Map", url_path="map", default=True),
    st.Page(PAGES / "notices.py", title="Notices", url_path="notices"),
    st.Page(PAGES / "vendors.py", title="Vendors", url_path="vendors"),
    st.Page(PAGES / "sources.py", title="Sources", url_path="sources"),
    st.Page(PAGES / "watches.py", title="Watches", url_path="watches"),
    st.Page(PAGES / "methodology.py", title="Methodology", url_path="methodology"),
])
navigation.run()
