"""Start the dashboard: `python -m cockpit.serve run dashboard.py [streamlit options]`.

Same as `streamlit run`, with one difference: Streamlit treats an app that has a `pages/`
folder as an old-style multipage app until the entry file has called st.navigation once
after the server started. The first visitor's deep link (e.g. /handyparken) then meets a
"Page not found" dialog, or a page runs without the router. dashboard.py registers every page
with st.navigation, so we tell Streamlit so from the start.
"""

import sys

from streamlit.runtime.pages_manager import PagesManager
from streamlit.web import cli

if __name__ == "__main__":
    PagesManager.uses_pages_directory = False
    sys.exit(cli.main())
