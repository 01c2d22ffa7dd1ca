-- One row per KPI and period: the city-wide value. It is the delivered row without a Stadtbezirk;
-- where a period has only district rows, it is their sum (is_sum_of_districts).
-- The phone-share KPI (marts.kpi_definitions.parking_measure = 'phone_share') is not taken as delivered:
-- one row per month, the share of the year up to the month's last day with data (marts.kpi_phone_share),
-- so the KPI-Katalog shows the figure the Handyparken page and the Board slide show (docs/metrics.md).
-- Nor is the IVENA hospitals KPI (marts.kpi_definitions.computed_measure = 'IVENA-Krankenhäuser'): for each
-- period it was delivered for, the hospitals connected on the period's last day in marts.ivena_facilities,
-- counted as houses (the sites "<Haus> – Standort <Ort>" of one hospital once), as the Notfallversorgung page
-- and the Board's KPI slide count them (cockpit/sql/emergency_care/headline.sql).
-- depends on: marts.kpi_definitions, marts.kpi_phone_share, marts.ivena_facilities
with kpi_values as (select * from staging.kpi_values),
phone_share_kpi as (select kpi_id from marts.kpi_definitions where parking_measure = 'phone_share'),
ivena_hospitals_kpi as (
    select kpi_id, period_length
    from marts.kpi_definitions
    where computed_measure = 'IVENA-Krankenhäuser'
),
delivered as (
    select * from kpi_values
    where kpi_id not in (select kpi_id from phone_share_kpi)
      and kpi_id not in (select kpi_id from ivena_hospitals_kpi)
),
city_rows as (
    select kpi_id, period_start_date, sum(value) as value
    from delivered
    where district_id is null or district_id = ''
    group by all
),
district_sums as (
    select kpi_id, period_start_date, sum(value) as value
    from delivered
    where district_id is not null and district_id <> ''
    group by all
),
computed_phone_share as (
    select k.kpi_id, date_trunc('month', s.day_date)::date as period_start_date,
           100 * arg_max(s.phone_share, s.day_date) as value
    from marts.kpi_phone_share as s
    cross join phone_share_kpi as k
    group by all
),
ivena_periods as (
    select distinct v.kpi_id, v.period_start_date,
           cast(v.period_start_date + k.period_length - interval 1 day as date) as period_end_date
    from kpi_values as v
    join ivena_hospitals_kpi as k using (kpi_id)
),
computed_ivena_hospitals as (
    select p.kpi_id, p.period_start_date,
           count(distinct regexp_replace(f.facility, '\s+[–-]\s+Standort\s.*$', '')) as value
    from ivena_periods as p
    left join marts.ivena_facilities as f
        on f.facility_type = 'Krankenhaus'
       and f.connected_from_date <= p.period_end_date
       and (f.connected_to_date is null or f.connected_to_date > p.period_end_date)
    group by all
),
final as (
    select
        coalesce(c.kpi_id, d.kpi_id) as kpi_id,
        coalesce(c.period_start_date, d.period_start_date) as period_start_date,
        coalesce(c.value, d.value) as value,
        c.value is null as is_sum_of_districts
    from city_rows as c
    full join district_sums as d using (kpi_id, period_start_date)
    union all by name
    select kpi_id, period_start_date, value, false as is_sum_of_districts
    from computed_phone_share
    where value is not null
    union all by name
    select kpi_id, period_start_date, cast(value as double) as value, false as is_sum_of_districts
    from computed_ivena_hospitals
)
select * from final
