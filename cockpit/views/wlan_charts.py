"""WLAN charts in words: the text alternative of the coverage tile map and the hotspot map (cockpit.ui.charts)."""

import pandas as pd

from cockpit.ui.charts import categories_in_words
from cockpit.ui.context import t, tr
from cockpit.views import common


def coverage_in_words(coverage: pd.DataFrame) -> str:
    """The districts with the highest and the lowest share within reach."""
    shares = coverage["covered_share"]
    labels = common.district_labels(coverage)
    return categories_in_words(t("chart_words_coverage"), labels, shares, common.percents(shares, 1))


def hotspot_map_in_words(hotspots: pd.DataFrame) -> str:
    """How many hotspots are in operation and out of service; the districts with the most and the fewest."""
    in_operation = hotspots[hotspots["status"] == "in_operation"]
    counts = in_operation.groupby("district_name").size()
    what = t(
        "chart_words_hotspots",
        in_operation=tr().number(len(in_operation)),
        out_of_service=tr().number(int((hotspots["status"] == "out_of_service").sum())),
    )
    words = categories_in_words(what, counts.index, counts, common.numbers(counts))
    return words or t("chart_words_only", what=what)
