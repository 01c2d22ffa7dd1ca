"""IVENA eHealth: connected facilities, anonymous patient announcements and department sign-offs.

City hospitals from January 2020; the regional control centre (IRLS Braunschweig) and seven
hospitals of the region joined in 2021/2022 (connection dates and names in the region invented).
The Klinikum's Holwedestraße site closed on 11.12.2024; its patients then go mostly to Salzdahlumer
Straße. About 6 % of announcements have urgency 1; January to March is 15-25 % busier.
Indication codes are invented in the PZC format 'iii-aa-u' (indication, age, urgency).

Deliberately invalid announcements: urgency not matching the PZC (3), malformed PZC (2), an
unknown facility, urgency 4. Invalid sign-offs: one ending before it starts, one duplicate.
"""

import datetime as dt

import numpy as np
import pandas as pd

from etl.demo.common import DemoSettings, date_parts, day_numbers, format_timestamps, to_day_number

HOLWEDE_CLOSED = dt.date(2024, 12, 11)
# facility_id, name, type, in city, connected from, connected to, announcements per year, departments
FACILITIES = [
    (
        "SKBS-HW",
        "Städtisches Klinikum Braunschweig – Standort Holwedestraße",
        "Krankenhaus",
        True,
        "2020-01-01",
        "2024-12-11",
        10500,
        "IUANKP",
    ),
    (
        "SKBS-SA",
        "Städtisches Klinikum Braunschweig – Standort Salzdahlumer Straße",
        "Krankenhaus",
        True,
        "2020-01-01",
        None,
        12500,
        "IUANKPG",
    ),
    ("MST", "Krankenhaus Marienstift", "Krankenhaus", True, "2020-01-01", None, 6000, "IACG"),
    ("HEH", "Herzogin Elisabeth Hospital", "Krankenhaus", True, "2020-01-01", None, 6500, "IUAKG"),
    ("IRLS-BS", "IRLS Braunschweig (Integrierte Regionalleitstelle)", "Leitstelle", True, "2021-03-01", None, 0, ""),
    ("KH-WF", "Städtisches Klinikum Wolfenbüttel", "Krankenhaus", False, "2021-04-01", None, 7500, "IUAKG"),
    ("KH-SZL", "Klinikum Salzgitter-Lebenstedt", "Krankenhaus", False, "2021-06-01", None, 8000, "IUANKG"),
    ("KH-SZB", "St. Elisabeth-Krankenhaus Salzgitter-Bad", "Krankenhaus", False, "2021-09-01", None, 4000, "IAG"),
    ("KH-PE", "Klinikum Peine", "Krankenhaus", False, "2021-10-01", None, 6500, "IUAKG"),
    ("KH-GF", "Klinikum Gifhorn", "Krankenhaus", False, "2022-02-01", None, 7000, "IUANKG"),
    ("KH-HE", "Klinik Helmstedt", "Krankenhaus", False, "2022-05-01", None, 3500, "IAU"),
    ("KH-GS", "Harzklinik Goslar", "Krankenhaus", False, "2022-09-01", None, 6000, "IUANG"),
]
DEPARTMENTS = {
    "I": "Innere Medizin",
    "U": "Unfallchirurgie",
    "A": "Allgemeinchirurgie",
    "N": "Neurologie (Stroke Unit)",
    "K": "Kardiologie (Herzkatheter)",
    "P": "Pädiatrie",
    "G": "Gynäkologie und Geburtshilfe",
    "C": "Psychiatrie",
}
# invented indication code, department letter, weight, probability of urgency 1 and 2, age range
INDICATIONS = [
    (321, "K", 6, 0.35, 0.55, (45, 95)),
    (322, "I", 8, 0.02, 0.45, (40, 99)),
    (341, "N", 5, 0.3, 0.6, (50, 99)),
    (342, "N", 2, 0.05, 0.5, (30, 95)),
    (411, "I", 14, 0.01, 0.35, (18, 99)),
    (412, "I", 10, 0.02, 0.4, (60, 99)),
    (431, "I", 6, 0.03, 0.45, (18, 95)),
    (511, "U", 2, 0.6, 0.35, (16, 90)),
    (521, "U", 10, 0.01, 0.3, (5, 99)),
    (531, "A", 9, 0.02, 0.45, (18, 95)),
    (611, "P", 5, 0.04, 0.4, (0, 17)),
    (711, "G", 4, 0.05, 0.5, (16, 45)),
    (811, "C", 4, 0.01, 0.3, (16, 85)),
    (421, "I", 5, 0.02, 0.45, (30, 99)),
]
SEASON = np.array([1.22, 1.2, 1.15, 1.0, 0.95, 0.92, 0.93, 0.93, 0.95, 0.98, 1.02, 1.08])
HOUR_WEIGHTS = np.array(
    [2, 1.6, 1.3, 1.1, 1, 1.1, 1.6, 2.6, 3.6, 4.3, 4.6, 4.6, 4.4, 4.2, 4.1, 4.0, 3.9, 3.8, 3.6, 3.4, 3.1, 2.8, 2.5, 2.2]
)
FIRST_DAY = dt.date(2020, 1, 1)


def facility_rows() -> list[list[object]]:
    return [
        [
            fid,
            name,
            kind,
            "ja" if in_city else "nein",
            dt.date.fromisoformat(start),
            dt.date.fromisoformat(end) if end else None,
        ]
        for fid, name, kind, in_city, start, end, *_ in FACILITIES
    ]


def _yearly_rate(facility_index: int, day: np.ndarray) -> np.ndarray:
    fid, _, _, _, _, _, rate, _ = FACILITIES[facility_index]
    after_closure = day >= to_day_number(HOLWEDE_CLOSED)
    if fid == "SKBS-SA":
        return np.where(after_closure, rate + 0.8 * FACILITIES[0][6], rate).astype(float)
    if fid in ("MST", "HEH"):
        return np.where(after_closure, rate + 0.1 * FACILITIES[0][6], rate).astype(float)
    return np.full(len(day), float(rate))


def announcements(settings: DemoSettings) -> pd.DataFrame:
    rng = settings.rng("ivena")
    frames = []
    weights = np.array([i[2] for i in INDICATIONS], dtype=float)
    for index, (fid, _, kind, _, start, end, _, departments) in enumerate(FACILITIES):
        if kind != "Krankenhaus":
            continue
        last = (
            settings.yesterday
            if end is None
            else min(settings.yesterday, dt.date.fromisoformat(end) - dt.timedelta(days=1))
        )
        days = day_numbers(max(dt.date.fromisoformat(start), FIRST_DAY), last)
        _, months, _ = date_parts(days)
        expected = _yearly_rate(index, days) / 365 * SEASON[months - 1] * settings.scale
        counts = rng.poisson(expected)
        day = np.repeat(days, counts)
        n = len(day)
        minute = day * 1440 + rng.choice(24, n, p=HOUR_WEIGHTS / HOUR_WEIGHTS.sum()) * 60 + rng.integers(0, 60, n)
        allowed = np.array([i[1] in departments for i in INDICATIONS])
        indication = rng.choice(len(INDICATIONS), n, p=weights * allowed / (weights * allowed).sum())
        p1 = np.array([i[3] for i in INDICATIONS])[indication]
        p2 = np.array([i[4] for i in INDICATIONS])[indication]
        draw = rng.random(n)
        urgency = np.where(draw < p1, 1, np.where(draw < p1 + p2, 2, 3))
        low = np.array([i[5][0] for i in INDICATIONS])[indication]
        high = np.array([i[5][1] for i in INDICATIONS])[indication]
        age = low + np.floor(rng.random(n) * (high - low + 1)).astype(int)
        frames.append(
            pd.DataFrame(
                {"minute": minute, "facility_id": fid, "indication": indication, "urgency": urgency, "age": age}
            )
        )
    frame = pd.concat(frames, ignore_index=True).sort_values(["minute", "facility_id"], kind="stable")
    return frame.reset_index(drop=True)


def _flags(frame: pd.DataFrame, rng: np.random.Generator) -> np.ndarray:
    n = len(frame)
    codes = np.array([i[0] for i in INDICATIONS])[frame["indication"].to_numpy()]
    urgent = frame["urgency"].to_numpy() == 1
    shock = urgent & (rng.random(n) < 0.7)
    resus = urgent & np.isin(codes, [321, 341]) & (rng.random(n) < 0.12)
    _, months, _ = date_parts(frame["minute"].to_numpy() // 1440)
    isolation = rng.random(n) < np.where(np.isin(months, [1, 2, 3, 12]), 0.06, 0.025)
    intensive = (frame["urgency"].to_numpy() <= 2) & (rng.random(n) < 0.08)
    flags = np.full(n, "", dtype=object)
    for mask, name in (
        (shock, "Schockraum"),
        (resus, "Reanimation"),
        (isolation, "Isolation"),
        (intensive, "Intensiv"),
    ):
        flags = np.where(mask, np.where(flags == "", name, flags + ", " + name), flags)
    return flags


def announcements_text(frame: pd.DataFrame, settings: DemoSettings) -> pd.DataFrame:
    rng = settings.rng("ivena-flags")
    codes = np.array([i[0] for i in INDICATIONS])[frame["indication"].to_numpy()]
    department_names = np.array([DEPARTMENTS[i[1]] for i in INDICATIONS], dtype=object)
    urgency = frame["urgency"].to_numpy()
    pzc = (
        pd.Series(codes).astype(str)
        + "-"
        + pd.Series(frame["age"].to_numpy()).astype(str).str.zfill(2)
        + "-"
        + pd.Series(urgency).astype(str)
    )
    numbers = pd.Series(np.arange(1, len(frame) + 1)).astype(str).str.zfill(8)
    return pd.DataFrame(
        {
            "announcement_id": ("V" + numbers).to_numpy(dtype=object),
            "announced_at": format_timestamps(frame["minute"].to_numpy()),
            "facility_id": frame["facility_id"].to_numpy(dtype=object),
            "department": department_names[frame["indication"].to_numpy()],
            "pzc": pzc.to_numpy(dtype=object),
            "urgency": pd.Series(urgency).astype(str).to_numpy(dtype=object),
            "flags": _flags(frame, rng),
        }
    )


INVALID_ANNOUNCEMENTS = [
    ["VX0000001", "14.01.2021 09:12", "SKBS-SA", "Kardiologie (Herzkatheter)", "321-67-1", "3", "Schockraum"],
    ["VX0000002", "03.02.2022 17:40", "MST", "Innere Medizin", "411-80-3", "1", ""],
    ["VX0000003", "22.08.2023 11:05", "HEH", "Unfallchirurgie", "521-34-2", "3", ""],
    ["VX0000004", "09.03.2022 08:30", "KH-WF", "Innere Medizin", "33-76-1", "1", "Schockraum"],
    ["VX0000005", "17.11.2024 23:10", "SKBS-HW", "Neurologie (Stroke Unit)", "341-7X-1", "1", ""],
    ["VX0000006", "05.05.2025 14:20", "KH-99", "Innere Medizin", "412-88-2", "2", ""],
    ["VX0000007", "28.12.2025 03:45", "SKBS-SA", "Innere Medizin", "412-91-4", "4", "Isolation"],
]


def signoffs_text(settings: DemoSettings) -> pd.DataFrame:
    """A few sign-offs per facility and month (more in winter), one hour to one day long."""
    rng = settings.rng("ivena-signoffs")
    rows = []
    for fid, _, kind, _, start, end, _, departments in FACILITIES:
        if kind != "Krankenhaus":
            continue
        last = (
            settings.yesterday
            if end is None
            else min(settings.yesterday, dt.date.fromisoformat(end) - dt.timedelta(days=1))
        )
        days = day_numbers(max(dt.date.fromisoformat(start), FIRST_DAY), last)
        _, months, _ = date_parts(days)
        counts = rng.poisson(np.where(np.isin(months, [1, 2, 3, 12]), 4.5, 2.5) / 30.4, len(days))
        day = np.repeat(days, counts)
        begin = day * 1440 + rng.integers(0, 1440, len(day))
        length = np.clip(np.round(rng.lognormal(np.log(240), 0.8, len(day))), 60, 1440).astype(np.int64)
        dept = rng.choice(np.array([DEPARTMENTS[d] for d in departments], dtype=object), len(day))
        rows.append(pd.DataFrame({"facility_id": fid, "department": dept, "begin": begin, "end": begin + length}))
    frame = pd.concat(rows, ignore_index=True).drop_duplicates(["facility_id", "department", "begin"])
    frame = frame.sort_values(["begin", "facility_id", "department"], kind="stable").reset_index(drop=True)
    text = pd.DataFrame(
        {
            "facility_id": frame["facility_id"].to_numpy(dtype=object),
            "department": frame["department"].to_numpy(dtype=object),
            "signed_off_from": format_timestamps(frame["begin"].to_numpy()),
            "signed_off_to": format_timestamps(frame["end"].to_numpy()),
        }
    )
    invalid = [["MST", "Innere Medizin", "15.02.2023 18:00", "15.02.2023 14:00"], list(text.iloc[len(text) // 2])]
    return pd.concat([text, pd.DataFrame(invalid, columns=text.columns)], ignore_index=True)
