"""Kyotei review app (Streamlit). Run with `make app` or `streamlit run app.py`."""

from __future__ import annotations

import streamlit as st

from analyzer import ui

st.set_page_config(page_title="Kyotei 協定", layout="wide")


@st.cache_resource(show_spinner="Loading the analyzer…")
def engine():
    return ui.build_engine()


st.title("Kyotei 協定")
st.caption("Upload an agreement (PDF, DOCX, TXT or Markdown) to see its clauses. Nothing leaves this machine.")

upload = st.file_uploader("Agreement", type=ui.ACCEPTED_TYPES, key="upload")
password = st.text_input("PDF password (only for encrypted PDFs)", type="password", key="password")
max_level = st.slider("Outline depth", min_value=1, max_value=4, value=2, key="depth")

if upload is not None:
    data = upload.getvalue()
    key = ui.upload_key(upload.name, data, password)
    if st.session_state.get("result_key") != key:
        with st.spinner(f"Analysing {upload.name}…"):
            st.session_state["result"] = ui.analyze_upload(engine(), upload.name, data, password)
            st.session_state["result_key"] = key
    result = st.session_state["result"]
    level, message = ui.status_message(result)
    getattr(st, level)(message)
    if result.document.ok:
        if result.parties:
            st.markdown("**Parties:** " + "; ".join(f"{p.name} = {' / '.join(p.aliases)}" for p in result.parties))
        if result.summary is not None:
            lang = ui.report_language(result)
            counts = result.summary.counts_by_severity
            st.subheader(f"Overall risk: {result.summary.risk_level.upper()}")
            st.caption(f"high {counts.get('high', 0)} · medium {counts.get('medium', 0)} · low {counts.get('low', 0)}")
            rows = ui.findings_table(result, lang)
            if rows:
                st.dataframe(rows, hide_index=True, use_container_width=True, key="findings")
        st.subheader("Clause outline")
        st.dataframe(ui.outline_table(result, max_level), hide_index=True, use_container_width=True,
                     column_order=["clause", "kind", "pages"], key="outline")
        for clause in result.top_level():
            with st.expander(ui.clause_title(result, clause)):
                st.text(clause.text)
