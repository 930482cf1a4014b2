"""Methodology: what the tags mean, which classifier produced them, what the map draws, where data comes from."""
from __future__ import annotations

from pathlib import Path

import pandas as pd
import streamlit as st

from dashboard import data_access as data
from dashboard.widgets import demo_banner

st.title("Methodology")
coverage = data.coverage()
demo_banner(any(row["demo_notices"] for row in coverage))

st.markdown("""
**How a notice gets here.** Spiders (or `survtrack ingest`) archive the exact bytes a source served, with their
SHA-256 and retrieval time; the text is extracted and stored as *title + newline + body*. Enrichment then tags
surveillance technologies from reviewed cue lists, and every tag, party, amount and place keeps the quoted text
and the offsets where it was found. When a notice changes, a new version is stored and the old one kept; when it
disappears from its source, it is marked removed and stays in the archive (see Sources → takedown ledger).

**What a tag means.** A tag says the notice's text contains a clause matching a reviewed cue for that technology
(the clause is shown highlighted). It does not say the equipment was delivered or used.
""")

st.subheader("Technology taxonomy")
st.dataframe(pd.DataFrame(data.technologies()), hide_index=True)

st.subheader("Classifier versions in this database")
st.dataframe(pd.DataFrame(data.classifier_versions()), hide_index=True)
references = data.reference_versions()
if references:
    st.caption("Reference files loaded")
    st.dataframe(pd.DataFrame(references), hide_index=True)

st.subheader("The map and its point of view")
st.markdown((Path(__file__).resolve().parent.parent / "data" / "POINT_OF_VIEW.md").read_text(encoding="utf-8"))

st.subheader("Sources and coverage")
st.dataframe(pd.DataFrame(coverage), hide_index=True)
lists = data.watchlists()
if lists:
    st.subheader("Watch lists")
    st.dataframe(pd.DataFrame(lists), hide_index=True)
