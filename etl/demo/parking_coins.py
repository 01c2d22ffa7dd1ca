"""Coin income of the ~135 parking ticket machines, one row per emptying (the city knows no more).

Each machine is emptied weekly on its own weekday; now and then an emptying is skipped and the next
one holds two weeks. Yearly totals are scaled to EUR 1.6 M (2022), 2.2 M (2023) and 2.16 M (2024)
as published; earlier and later years are invented (higher before Covid, a dip in 2020/2021).
This feed does not depend on the scale: it has ~7,000 rows a year at most.
"""

import datetime as dt

import numpy as np
import pandas as pd

from etl.demo.common import DemoSettings, date_parts, day_numbers

MACHINE_COUNT = 135
FIRST_DAY = dt.date(2016, 1, 1)
YEARLY_COINS_EUR = {
    2016: 2_700_000,
    2017: 2_650_000,
    2018: 2_600_000,
    2019: 2_550_000,
    2020: 1_750_000,
    2021: 1_700_000,
    2022: 1_600_000,
    2023: 2_200_000,
    2024: 2_160_000,
    2025: 2_100_000,
    2026: 2_050_000,
}
SEASON = np.array([0.9, 0.9, 0.97, 1.0, 1.0, 0.97, 0.95, 0.97, 1.0, 1.03, 1.08, 1.25])


def yearly_coins_eur(year: int) -> float:
    return float(YEARLY_COINS_EUR.get(year, YEARLY_COINS_EUR[2026] * 0.98 ** max(year - 2026, 0)))


def coin_emptyings(settings: DemoSettings) -> pd.DataFrame:
    """machine_id, emptied_on (day number), amount in cents."""
    rng = settings.rng("coins")
    days = day_numbers(FIRST_DAY, settings.yesterday)
    _, _, weekdays = date_parts(days)
    machine_weight = rng.lognormal(0, 0.45, MACHINE_COUNT)
    frames = []
    for machine in range(MACHINE_COUNT):
        emptying_days = days[weekdays == machine % 5]
        emptying_days = emptying_days[rng.random(len(emptying_days)) > 0.05]
        if len(emptying_days) == 0:
            continue
        previous = np.concatenate([[emptying_days[0] - 7], emptying_days[:-1]])
        frames.append(
            pd.DataFrame(
                {
                    "machine_id": f"PSA-{machine + 1:03d}",
                    "day": emptying_days,
                    "raw": machine_weight[machine] * (emptying_days - previous),
                }
            )
        )
    frame = pd.concat(frames, ignore_index=True)
    years, months, _ = date_parts(frame["day"].to_numpy())
    frame["raw"] = frame["raw"] * SEASON[months - 1] * rng.lognormal(0, 0.15, len(frame))
    amounts = np.zeros(len(frame))
    for year in np.unique(years):
        inside = years == year
        covered = (min(settings.yesterday, dt.date(int(year), 12, 31)) - dt.date(int(year), 1, 1)).days + 1
        target = yearly_coins_eur(int(year)) * covered / (366 if int(year) % 4 == 0 else 365)
        amounts[inside] = frame["raw"].to_numpy()[inside] / frame["raw"].to_numpy()[inside].sum() * target
    frame["cents"] = np.round(amounts * 100).astype(np.int64)
    return frame.sort_values(["day", "machine_id"], kind="stable").reset_index(drop=True)[
        ["machine_id", "day", "cents"]
    ]
