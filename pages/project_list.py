"""Projektliste (placeholder until its page lands)."""

import streamlit as st

st.title("Projektliste")
