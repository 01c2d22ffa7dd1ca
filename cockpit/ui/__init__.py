"""The Streamlit side of the cockpit: the viewer of this run, sidebar filters, time controls, sections,
charts and downloads. Pages and views use it; data access, slides and packs never do."""
