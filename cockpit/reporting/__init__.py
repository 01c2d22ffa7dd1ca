"""Monthly reporting in the cockpit: the departments' Meldung and the Stabsstelle's Prüfung. Plain Python.

- rules: which months may be reported, the due date, what a complete report holds (reason, stock phrases,
  board decision request), and the field-by-field difference of two reports;
- store: drafts, submissions and reviews in their own SQLite file (never the warehouse), with a version per
  report against lost updates, an append-only history, and the unit-scope check;
- inbox: an accepted report written atomically as a delivery folder that the next load applies.
"""
