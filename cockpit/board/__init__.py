"""Board mode: frozen meeting snapshots, the slides built from them, and the board pack (PDF, PPTX)."""
