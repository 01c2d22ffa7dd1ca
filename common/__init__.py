"""What etl and cockpit share: settings (paths), the one clock, and the German/English formats.

This package imports nothing of etl, cockpit or Streamlit; both etl and cockpit import it.
"""
