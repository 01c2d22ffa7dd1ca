"""Who is looking, at what: the viewer context every page hands to data access. Plain Python, no Streamlit.

The router (dashboard.py, through cockpit.ui.context) builds one Viewer per run: who signed in, their
Scope (decided on the server, never by the URL), the global Filters from the sidebar and the URL, the
interface language and the day (common.clock.today()). Data access, slides and packs take it as an
argument, so the same functions serve a page, a meeting snapshot and the command line.
"""

import datetime as dt
from dataclasses import dataclass, field, replace

from common import clock

# ---- roles: what kind of user ------------------------------------------------------------------

CDO = "cdo"  # the CDO and the Stabsstelle: everything; prepares whole-portfolio meetings; reads load findings
BOARD = "board"  # Smart-City-Board members: everything, read-only
DEPARTMENT = "department"  # a Fachbereich: only projects led by its units, everywhere
FORUM = "forum"  # Smart-City-Forum and public: city KPIs and the public fields of projects
ROLES = (CDO, BOARD, DEPARTMENT, FORUM)

# ---- scope: who may see what ---------------------------------------------------------------------


@dataclass(frozen=True)
class Scope:
    """units=None: everything; otherwise only projects led by these units (an empty tuple: nothing)."""

    units: tuple[str, ...] | None = None

    @property
    def is_everything(self) -> bool:
        return self.units is None

    def allows(self, unit_id: str) -> bool:
        return self.units is None or unit_id in self.units


EVERYTHING = Scope()


def units_scope(text: str) -> Scope:
    """'61, 65' -> Scope(units=('61', '65')) (a comma-separated list, as the command line takes it)."""
    return Scope(units=tuple(sorted({u.strip() for u in text.split(",") if u.strip()})))


# ---- filters: what the viewer chose --------------------------------------------------------------


@dataclass(frozen=True)
class Filters:
    """The global filters (sidebar and URL). Empty selections mean 'all'; as_of None means the viewer's day."""

    dezernate: tuple[str, ...] = ()
    lead_units: tuple[str, ...] = ()
    fields: tuple[str, ...] = ()
    phases: tuple[str, ...] = ()
    as_of: dt.date | None = None


# ---- time window of the city-KPI charts ----------------------------------------------------------

# URL value -> days before the reference date that still belong to the window (None: since the start)
PERIODS = {"90t": 89, "12m": 364, "3j": 3 * 365 - 1, "alle": None}
# URL value -> the date part DuckDB's date_trunc takes
GRAINS = {"tag": "day", "woche": "week", "monat": "month", "jahr": "year"}
DEFAULT_PERIOD, DEFAULT_GRAIN = "12m", "monat"
EARLIEST_DATE = dt.date(1900, 1, 1)  # 'since the start': before any delivery
# Plotly date formats of axis ticks and hover per grain (weeks are named by their Monday)
AXIS_FORMATS = {"day": "%d.%m.%Y", "week": "%d.%m.%Y", "month": "%b %Y", "year": "%Y"}
HOVER_FORMATS = {"day": "%d.%m.%Y", "week": "%d.%m.%Y", "month": "%B %Y", "year": "%Y"}


@dataclass(frozen=True)
class TimeWindow:
    period: str  # a key of PERIODS ('90t')
    grain: str  # a date_trunc part ('week')
    start_date: dt.date | None  # None: since the start of the data
    end_date: dt.date

    def as_params(self) -> dict:
        """The query parameters: $grain, $window_start, $window_end."""
        return {"grain": self.grain, "window_start": self.start_date or EARLIEST_DATE, "window_end": self.end_date}

    @property
    def axis_format(self) -> str:
        return AXIS_FORMATS[self.grain]

    @property
    def hover_format(self) -> str:
        return HOVER_FORMATS[self.grain]


def time_window(period: str, grain_choice: str, reference_date: dt.date) -> TimeWindow:
    """The window of a period (a key of PERIODS) and grain (a key of GRAINS) ending at the reference date."""
    days = PERIODS[period]
    grain = GRAINS[grain_choice]
    start = _period_start(reference_date - dt.timedelta(days=days), grain) if days is not None else None
    return TimeWindow(period, grain, start, reference_date)


def _period_start(day: dt.date, grain: str) -> dt.date:
    """The first day of the week, month or year holding day: the window's first bar is a whole period."""
    if grain == "week":
        return day - dt.timedelta(days=day.weekday())
    if grain == "month":
        return day.replace(day=1)
    if grain == "year":
        return day.replace(month=1, day=1)
    return day


# ---- the viewer ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Viewer:
    """One person's view for one run: who, what they may see, what they chose, in which language, on which day."""

    who: str | None = None  # the signed-in user's e-mail or subject; None: the command line or a test
    scope: Scope = EVERYTHING
    role: str = CDO  # one of ROLES; the command line acts as the Stabsstelle
    filters: Filters = field(default_factory=Filters)
    language: str = "de"
    day: dt.date = field(default_factory=clock.today)

    def __post_init__(self):
        if self.role not in ROLES:
            raise ValueError(f"unknown role {self.role!r}; expected one of {', '.join(ROLES)}")
        if self.role == DEPARTMENT and self.scope.is_everything:
            raise ValueError("a department viewer needs its units (a scope), never everything")

    # What the role may do. Pages ask these; the data gate (cockpit.data_access.gate) enforces what is read.
    @property
    def sees_internal(self) -> bool:
        """Budgets, risks, assessments, reasons, meetings: everyone but the Forum."""
        return self.role != FORUM

    @property
    def sees_load_findings(self) -> bool:
        """The findings of loads (cell values of rejected deliveries): the Stabsstelle only."""
        return self.role == CDO

    @property
    def may_prepare_meetings(self) -> bool:
        """The Stabsstelle (whole portfolio) and a department (its own scope only)."""
        return self.role in (CDO, DEPARTMENT)

    @property
    def reads_audit_log(self) -> bool:
        return self.role == CDO

    @property
    def reference_date(self) -> dt.date:
        """The Stichtag: the date chosen in the filters, else the viewer's day."""
        return self.filters.as_of or self.day

    def as_params(self) -> dict:
        """The query parameters every query may use: filters (empty means all, NULL in SQL) and dates. The scope
        is not a parameter: the scope gate (cockpit.data_access.gate) builds the viewer's views from it."""
        return {
            "dezernate": self.filters.dezernate or None,
            "lead_units": self.filters.lead_units or None,
            "fields": self.filters.fields or None,
            "phases": self.filters.phases or None,
            "as_of": self.reference_date,
            "today": self.day,
        }

    def as_of(self, day: dt.date) -> "Viewer":
        """The same viewer with another Stichtag (e.g. a meeting's data date)."""
        return replace(self, filters=replace(self.filters, as_of=day))

    def with_filters(self, filters: Filters) -> "Viewer":
        return replace(self, filters=filters)

    def unfiltered(self) -> "Viewer":
        """The same viewer without the global filters (scope and day stay): e.g. the filters' own options."""
        return replace(self, filters=Filters())
