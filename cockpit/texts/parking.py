"""Texts of the Handyparken page: key -> (German, English)."""

TEXTS = {
    "parking_intro": (
        "Handyparken seit 16.09.2016 an allen Parkscheinautomaten: Parkvorgänge, Gebühren und Kanäle "
        "aus dem Export des Anbieters, Münzeinnahmen aus den Automatenleerungen.",
        "Mobile parking since 16.09.2016 at every ticket machine: sessions, fees and channels from the "
        "provider's export, coin income from the machine emptyings.",
    ),
    "parking_as_of": ("Datenstand Handyparken (letzter Parkvorgang)", "Mobile parking data as of (latest session)"),
    "parking_coins_as_of": ("Letzte Automatenleerung", "Latest machine emptying"),
    "parking_empty": (
        "Bis zum Stichtag liegen keine Handyparken-Transaktionen vor.",
        "There are no mobile parking transactions up to the reference date.",
    ),
    "parking_tickets_year": ("Digitale Parkscheine {year}", "Digital tickets {year}"),
    "parking_vs_last_year": ("ggü. Vorjahr", "vs. last year"),
    "parking_year_to_date": (
        "Kennzahlen {year}: 01.01. bis Stichtag {date}; Vergleich mit demselben Zeitraum des Vorjahres.",
        "Figures {year}: 1 January to the reference date {date}; compared with the same period last year.",
    ),
    "parking_ticket_target": ("Ziel {year}: digitale Parkscheine", "Target {year}: digital tickets"),
    "parking_share_target": ("Ziel {year}: Anteil per Handy", "Target {year}: paid by phone"),
    "parking_no_target": ("kein Zielwert definiert", "no target defined"),
    "parking_target_note": (
        "Ziele aus den KPI-Definitionen ({kpis}). Status Parkscheine: anteilig zum vergangenen Teil des Jahres "
        "(grün ab 100 %, gelb ab 90 %); Anteil per Handy: wie im KPI-Katalog (grün ab Zielwert, gelb höchstens "
        "10 % des Zielwerts darunter).",
        "Targets from the KPI definitions ({kpis}). Ticket status is pro rata to the part of the year gone "
        "(green from 100 %, amber from 90 %); phone share: as in the KPI catalogue (green at target, amber up to "
        "10 % of the target below it).",
    ),
    "parking_target_missing": (
        "In den gelieferten KPI-Definitionen ist kein Ziel für digitale Parkscheine oder den Handy-Anteil "
        "hinterlegt; die Seite zeigt daher keinen Zielwert.",
        "The delivered KPI definitions hold no target for digital tickets or the phone share, so no target is shown.",
    ),
    "parking_tickets_heading": ("Digitale Parkscheine", "Digital parking tickets"),
    "parking_month": ("Monat", "Month"),
    "parking_year": ("Jahr", "Year"),
    "parking_tickets": ("Parkscheine", "Tickets"),
    "parking_target": ("Ziel", "Target"),
    "parking_target_day": ("Ziel je Tag (1/365 des Jahresziels)", "Target per day (1/365 of the yearly target)"),
    "parking_target_week": ("Ziel je Woche (1/52 des Jahresziels)", "Target per week (1/52 of the yearly target)"),
    "parking_target_year": ("Ziel", "Target"),
    "parking_period_from": ("Periode ab", "Period from"),
    "parking_weekday": ("Wochentag", "Weekday"),
    "parking_band_from": ("Parkdauer ab (Minuten)", "Duration from (minutes)"),
    "parking_band_to": ("Parkdauer bis unter (Minuten)", "Duration below (minutes)"),
    "parking_target_month": ("Ziel je Monat (1/12 des Jahresziels)", "Target per month (1/12 of the yearly target)"),
    "parking_channel": ("Kanal", "Channel"),
    "parking_share_heading": ("Anteil der Parkgebühren per Handy", "Share of parking fees paid by phone"),
    "parking_share_explained": (
        "Parkgebühren per Handy (ohne Servicegebühr) im Verhältnis zu Handy-Gebühren plus Münzeinnahmen. "
        "Münzen zählen am Tag der Leerung, daher schwanken einzelne Monate.",
        "Parking fees paid by phone (without service fee) against phone fees plus coin income. Coins count on "
        "the day of emptying, so single months swing.",
    ),
    "parking_share_percent": ("Anteil per Handy (%)", "Paid by phone (%)"),
    "parking_channels_heading": ("App, SMS und Anruf", "App, SMS and call"),
    "parking_channel_share": ("Anteil der Parkvorgänge (%)", "Share of sessions (%)"),
    "parking_zones_heading": ("Zonen", "Zones"),
    "parking_zone": ("Zone", "Zone"),
    "parking_zone_reform": ("Zonen I a / I b ab 01.05.2024", "Zones I a / I b from 01.05.2024"),
    "parking_zones_explained": (
        "Bis 30.04.2024 Zone I (und ab 01.09.2023 die erweiterte Zone II); seit 01.05.2024 Zone I a "
        "(höchstens 3 h) und I b (bis 24 h, Tagesticket 9 €).",
        "Until 30.04.2024 zone I (and from 01.09.2023 the extended zone II); since 01.05.2024 zone I a "
        "(3 h at most) and I b (up to 24 h, day ticket €9).",
    ),
    "parking_heatmap_heading": ("Wann geparkt wird: Wochentag × Stunde", "When people park: weekday × hour"),
    "parking_pick_year": ("Jahr", "Year"),
    "parking_hour": ("Beginn (Stunde)", "Start (hour)"),
    "parking_duration_heading": ("Typische Parkdauer", "Typical parking duration"),
    "parking_median_minutes": ("Median (min)", "Median (min)"),
    "parking_mean_minutes": ("Mittel (min)", "Mean (min)"),
    "parking_all_zones": ("alle Zonen", "all zones"),
    "parking_duration_minutes": ("Parkdauer (Minuten)", "Parking duration (minutes)"),
    "parking_duration_explained": (
        "Median: untere Grenze des 5-Minuten-Bands, in das der mittlere Parkvorgang fällt. Zählt ganze Monate "
        "bis zum Stichtag.",
        "Median: lower bound of the 5-minute band holding the middle session. Counts whole months up to the "
        "reference date.",
    ),
    "parking_published_heading": (
        "Unsere Zahlen neben den veröffentlichten Jahreszahlen",
        "Our figures beside the published yearly figures",
    ),
    "parking_published_source": (
        "Veröffentlicht: gerundete Jahreszahlen laut {source} (Jahresberichte). Abweichung = unsere Zahl "
        "gegenüber der veröffentlichten.",
        "Published: rounded yearly figures according to {source} (yearly reports). Deviation = our figure "
        "against the published one.",
    ),
    "parking_ours": ("Unsere Zahl", "Our figure"),
    "parking_published": ("Veröffentlicht", "Published"),
    "parking_deviation": ("Abweichung", "Deviation"),
    "parking_measure": ("Kennzahl", "Measure"),
    "parking_measure_tickets": ("Digitale Parkscheine", "Digital tickets"),
    "parking_measure_phone_fees_eur": ("Parkgebühren per Handy", "Parking fees paid by phone"),
    "parking_measure_coin_income_eur": ("Münzeinnahmen", "Coin income"),
    "parking_phone_fees": ("Parkgebühren per Handy", "Parking fees by phone"),
    "parking_phone_fees_eur": ("Parkgebühren per Handy (€)", "Parking fees by phone (€)"),
    "parking_service_fees_eur": ("Servicegebühren (€)", "Service fees (€)"),
    "parking_coin_income_eur": ("Münzeinnahmen (€)", "Coin income (€)"),
    "parking_is_partial_year": ("Jahr noch nicht vollständig", "Year not yet complete"),
    "parking_service_fees": ("Servicegebühren", "Service fees"),
    "parking_coin_income": ("Münzeinnahmen", "Coin income"),
    "parking_fees_heading": (
        "Gebühren, Servicegebühren und Wiederholer je Jahr",
        "Fees, service fees and repeat parkers per year",
    ),
    "parking_eur": ("Euro", "Euro"),
    "parking_vehicles": ("Fahrzeuge", "Vehicles"),
    "parking_repeat_vehicles": ("davon mehrfach", "of which repeat"),
    "parking_repeat_share": ("Parkscheine von Wiederholern", "Tickets by repeat parkers"),
    "parking_repeat_share_percent": ("Parkscheine von Wiederholern (%)", "Tickets by repeat parkers (%)"),
    "parking_partial_year": ("{year} bis {date}", "{year} to {date}"),
    "parking_vehicles_note": (
        "Fahrzeuge über einen Schlüssel-Hash des Kennzeichens gezählt (das Kennzeichen selbst wird nie "
        "gespeichert); Wiederholer: zwei oder mehr Parkvorgänge im Jahr, ganzes Jahr.",
        "Vehicles counted by a keyed hash of the number plate (the plate itself is never stored); repeat "
        "parkers: two or more sessions in the year, whole year.",
    ),
}
