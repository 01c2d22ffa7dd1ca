-- One row per KPI and period: the city-wide value. It is the delivered row without a Stadtbezirk;
-- where a period has only district rows, it is their sum (is_sum_of_districts).
-- The phone-share KPI (marts.kpi_definitions.parking_measure = 'phone_share') is not taken as delivered:
-- one row per month, the share of the year up to the month's last day with data (marts.kpi_phone_share),
-- so the KPI-Katalog shows the figure the Handyparken page and the Board slide show (docs/metrics.md).
-- depends on: marts.kpi_definitions, marts.kpi_phone_share
with kpi_values as (select * from staging.kpi_values),
phone_share_kpi as (select kpi_id from marts.kpi_definitions where parking_measure = 'phone_share'),
delivered as (
    select * from kpi_values where kpi_id not in (select kpi_id from phone_share_kpi)
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
)
select * from final
