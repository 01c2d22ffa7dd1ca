"""Portfolio data: projects, status, milestones, risks, budget, always within the viewer's scope."""

from cockpit.data_access import query
from cockpit.viewer import Viewer

PHASE_ORDER = ["Idee", "Planung", "Umsetzung", "Betrieb", "Abgeschlossen", "Eingestellt"]
FIELD_ORDER = [
    "E-Government",
    "Infrastruktur",
    "Soziales",
    "Umwelt",
    "Industrie und Wirtschaft 4.0",
    "Digitale Bildung",
    "Kommunikation und Bürgerdialog",
    "Smart Living",
]


def filter_options(viewer: Viewer) -> dict[str, dict[str, str]]:
    """{filter: {value: label}} for the global filters, limited to the viewer's scope. Every phase is offered, as
    every field: the phase filter applies to the phase as of the Stichtag, which may be one no project has today."""
    rows = query("portfolio/filter_options", viewer.unfiltered())
    units = rows.drop_duplicates("lead_unit_id").sort_values("lead_unit_id")
    return {
        "dezernate": {d: d for d in sorted(rows["dezernat"].unique())},
        "lead_units": dict(zip(units["lead_unit_id"], units["lead_unit"], strict=True)),
        "fields": {f: f for f in FIELD_ORDER},
        "phases": {p: p for p in PHASE_ORDER},
    }
