"""Sources: is each spider healthy? Last run, notices collected, errors, blocked pages, and the takedown ledger
of notices that disappeared from their source (exportable, with archived copies to cite)."""
from __future__ import annotations

import pandas as pd
import streamlit as st

from dashboard import data_access as data
from dashboard import watch_data
from dashboard.widgets import demo_banner

st.title("Sources")
health = data.source_health()
demo_banner(any(row["demo_notices"] for row in health))
if not health:
    st.info("No source has run yet. Try `survtrack crawl SPIDER` or `survtrack demo`.")
    st.stop()
silence = watch_data.silent_since()  # from each source's own run history (db/queries/watches.py)
for row in health:
    found = silence.get(row["source"])
    row["silent_since"] = f"{found['since']:%Y-%m-%d %H:%M} ({found['reason']})" if found else ""
st.dataframe(pd.DataFrame(health)[["source", "kind", "silent_since", "last_run_started", "last_run_finished",
                                   "last_run_status", "notices", "surveillance_notices", "errors", "blocked_pages",
                                   "removed_notices", "earliest", "latest", "demo_notices"]], hide_index=True)

sources = [None, *(row["source"] for row in health)]
requested = st.query_params.get("source")
source = st.selectbox("Source", sources, index=sources.index(requested) if requested in sources else 0,
                      key="source_pick", format_func=lambda s: s or "all sources")
if source:
    st.query_params["source"] = source
elif "source" in st.query_params:
    del st.query_params["source"]

interrupted = data.interrupted_runs(source)
if interrupted:
    st.subheader("Interrupted runs")
    st.caption("Runs whose process ended without closing them (killed, out of memory, a reboot): their last sign "
               "of life and how far they got. What they stored is kept; run the crawl again to complete it.")
    st.dataframe(pd.DataFrame(interrupted)[["source", "run", "started_at", "last_sign_of_life", "progress",
                                            "found_at", "pid", "host", "reason"]], hide_index=True)

st.subheader("Takedown ledger: notices removed from their source")
ledger = data.takedown_ledger(source)
if ledger:
    frame = pd.DataFrame(ledger)
    frame["open"] = [f"/notices?notice={r['notice_id']}" for r in ledger]
    st.dataframe(frame, hide_index=True, column_order=["open", *[c for c in frame.columns if c != "open"]],
                 column_config={"open": st.column_config.LinkColumn("open", display_text="open")})
    csv = frame.drop(columns=["open"]).to_csv(index=False).encode("utf-8-sig")
    st.download_button("Download the takedown ledger (CSV)", csv, file_name="survtrack-takedowns.csv",
                       mime="text/csv", key="ledger_download", on_click="ignore")
else:
    st.caption("No notice has been found removed.")

st.subheader("Recent errors and blocked pages")
errors = data.recent_errors(source)
if errors:
    st.dataframe(pd.DataFrame(errors), hide_index=True)
else:
    st.caption("No errors recorded.")
