"""Budget und Förderung tables: money in T€ as the council papers show it ('220 T€'), by breakdown, by
type, by funding programme, by funding deadline, and the year-end forecast by lead unit."""

import pandas as pd

from cockpit.ui.context import language, t
from cockpit.views import common
from common import formats

UNDER_USE_SHARE = 0.8
MONEY_COLUMNS = [
    "budget_planned",
    "budget_updated_plan",
    "budget_committed",
    "budget_actual",
    "budget_available",
    "budget_utilisation",
]
MONEY_VALUES = ["planned_eur", "updated_plan_eur", "committed_eur", "actual_eur", "available_eur"]
ASSESSMENT_WORDS = {"rot": "budget_over", "gelb": "budget_under", "grün": "budget_on_plan", None: "budget_no_forecast"}


def teur(value) -> str:
    """Money as the council papers show it: '220 T€'."""
    return (
        formats.MISSING if pd.isna(value) else f"{formats.number(value / 1000, 0, language())} {t('budget_unit_teur')}"
    )


def teurs(values) -> list[str]:
    return [teur(v) for v in values]


def money_column_names() -> list[str]:
    return [t(k) for k in MONEY_COLUMNS]


def source_label(source: str) -> str:
    return t(f"budget_source_{source}")


def source_labels(sources: pd.DataFrame) -> list[str]:
    return [source_label(s) for s in sources["group_key"]]


def type_labels(types: pd.DataFrame) -> list[str]:
    return [t(f"budget_type_{k}") for k in types["group_key"]]


def money_table(rows: pd.DataFrame, first_column: str, labels) -> dict:
    """The figures a chart shows, as a table in T€."""
    used = (rows["actual_eur"] + rows["committed_eur"]) / rows["updated_plan_eur"].where(rows["updated_plan_eur"] > 0)
    return {
        first_column: labels,
        t("budget_planned"): teurs(rows["planned_eur"]),
        t("budget_updated_plan"): teurs(rows["updated_plan_eur"]),
        t("budget_committed"): teurs(rows["committed_eur"]),
        t("budget_actual"): teurs(rows["actual_eur"]),
        t("budget_available"): teurs(rows["available_eur"]),
        t("budget_utilisation"): common.percents(used, 0),
    }


def type_table(types: pd.DataFrame, total: pd.Series) -> dict:
    """investiv and konsumtiv in T€, with each one's share of the updated plan."""
    table = money_table(types, t("budget_type"), type_labels(types))
    table[t("budget_share")] = common.percents(types["updated_plan_eur"] / total["updated_plan_eur"], 0)
    return table


def programme_table(programmes: pd.DataFrame) -> dict:
    money = money_table(programmes, "", programmes["group_key"])
    return {
        t("budget_funding_source"): source_labels(programmes),
        t("budget_funding_programme"): programmes["funding_programme"].fillna("–"),
        t("budget_next_deadline"): common.dates(programmes["next_deadline_date"]),
        **{name: money[name] for name in money_column_names() if name != t("budget_planned")},
    }


def deadline_table(deadlines: pd.DataFrame):
    """Funded money by deadline; near deadlines tinted amber, projects ending after their deadline red."""
    near, late = deadlines["is_deadline_near"], deadlines["is_end_after_deadline"]
    table = {
        t("budget_deadline"): common.dates(deadlines["funding_deadline_date"]),
        t("budget_days_left"): common.numbers(deadlines["days_left"], 0),
        t("budget_deadline_state"): [t("budget_deadline_near" if n else "budget_deadline_far") for n in near],
        t("budget_project"): deadlines["project_id"] + " " + deadlines["title"],
        t("budget_at_risk"): teurs(deadlines["at_risk_eur"]),
        t("budget_end_after_deadline"): [t("budget_yes_risk" if r else "budget_no_risk") for r in late],
        t("budget_expected_end"): common.dates(deadlines["expected_end_date"]),
        t("budget_unspent"): teurs(deadlines["unspent_eur"]),
        t("budget_available"): teurs(deadlines["available_eur"]),
        t("budget_funding_source"): [source_label(s) for s in deadlines["funding_source"]],
        t("budget_funding_programme"): deadlines["funding_programme"],
        t("budget_year_column"): deadlines["budget_year"].astype(str),
        t("budget_lead_unit"): deadlines["lead_unit"],
    }
    return common.tinted(
        table,
        {
            t("budget_deadline_state"): ["gelb" if n else "grün" for n in near],
            t("budget_end_after_deadline"): ["rot" if r else "grün" for r in late],
        },
    )


# ---- downloads: the same rows with typed values (euros, dates, Ja/Nein) under the viewer's headers --------


def euro_header(key: str) -> str:
    return f"{t(key)} (€)"


def money_export(rows: pd.DataFrame, first_column: str, labels) -> pd.DataFrame:
    """What money_table shows, in euros (not T€) and utilisation in %, for the table's CSV/Excel buttons."""
    used = (rows["actual_eur"] + rows["committed_eur"]) / rows["updated_plan_eur"].where(rows["updated_plan_eur"] > 0)
    frame = pd.DataFrame({first_column: list(labels)})
    for key, column in zip(MONEY_COLUMNS, MONEY_VALUES, strict=False):
        frame[euro_header(key)] = rows[column].to_numpy()
    frame[f"{t('budget_utilisation')} (%)"] = (used * 100).round(1).to_numpy()
    return frame


def type_export(types: pd.DataFrame, total: pd.Series) -> pd.DataFrame:
    frame = money_export(types, t("budget_type"), type_labels(types))
    frame[f"{t('budget_share')} (%)"] = (
        (types["updated_plan_eur"] / total["updated_plan_eur"] * 100).round(1).to_numpy()
    )
    return frame


def programme_export(programmes: pd.DataFrame) -> pd.DataFrame:
    money = money_export(programmes, "", programmes["group_key"]).drop(columns=["", euro_header("budget_planned")])
    first = pd.DataFrame(
        {
            t("budget_funding_source"): source_labels(programmes),
            t("budget_funding_programme"): programmes["funding_programme"].to_numpy(),
            t("budget_next_deadline"): programmes["next_deadline_date"].to_numpy(),
        }
    )
    return pd.concat([first, money], axis=1)


def deadline_export(deadlines: pd.DataFrame) -> pd.DataFrame:
    return pd.DataFrame(
        {
            t("budget_deadline"): deadlines["funding_deadline_date"],
            t("budget_days_left"): deadlines["days_left"],
            t("budget_deadline_near_column"): deadlines["is_deadline_near"].eq(True),
            t("budget_project"): deadlines["project_id"] + " " + deadlines["title"],
            euro_header("budget_at_risk"): deadlines["at_risk_eur"],
            t("budget_end_after_deadline"): deadlines["is_end_after_deadline"].eq(True),
            t("budget_expected_end"): deadlines["expected_end_date"],
            euro_header("budget_unspent"): deadlines["unspent_eur"],
            euro_header("budget_available"): deadlines["available_eur"],
            t("budget_funding_source"): [source_label(s) for s in deadlines["funding_source"]],
            t("budget_funding_programme"): deadlines["funding_programme"],
            t("budget_year_column"): deadlines["budget_year"],
            t("budget_lead_unit"): deadlines["lead_unit"],
        }
    ).reset_index(drop=True)


def forecast_export(forecast: pd.DataFrame) -> pd.DataFrame:
    plan, expected = forecast["updated_plan_eur"], forecast["year_end_forecast_eur"]
    return pd.DataFrame(
        {
            t("budget_lead_unit"): forecast["group_label"],
            t("budget_assessment"): [t(ASSESSMENT_WORDS[a]) for a in forecast_assessment(forecast)],
            euro_header("budget_forecast"): expected,
            euro_header("budget_updated_plan"): plan,
            euro_header("budget_deviation"): expected - plan,
            euro_header("budget_actual"): forecast["actual_eur"],
            euro_header("budget_committed"): forecast["committed_eur"],
        }
    ).reset_index(drop=True)


def forecast_assessment(forecast: pd.DataFrame) -> list[str | None]:
    """Red above the plan, amber below 80 % of it, green between; None without a forecast."""
    return [
        None if pd.isna(f) else "rot" if f > p else "gelb" if f < UNDER_USE_SHARE * p else "grün"
        for f, p in zip(forecast["year_end_forecast_eur"], forecast["updated_plan_eur"], strict=True)
    ]


def forecast_table(forecast: pd.DataFrame):
    plan, expected = forecast["updated_plan_eur"], forecast["year_end_forecast_eur"]
    assessment = forecast_assessment(forecast)
    table = {
        t("budget_lead_unit"): forecast["group_label"],
        t("budget_assessment"): [t(ASSESSMENT_WORDS[a]) for a in assessment],
        t("budget_forecast"): teurs(expected),
        t("budget_updated_plan"): teurs(plan),
        t("budget_deviation"): [common.signed(teur(v), v) for v in expected - plan],
        t("budget_actual"): teurs(forecast["actual_eur"]),
        t("budget_committed"): teurs(forecast["committed_eur"]),
    }
    return common.tinted(table, {t("budget_assessment"): assessment})
