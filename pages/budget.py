"""Budget und Förderung (placeholder until its page lands)."""

import streamlit as st

st.title("Budget und Förderung")
