-- One row per KPI shown: definition, latest city-wide value known on $as_of (its period over:
-- kpi_city_values_as_of in scoping.sql), the previous value,
-- status against target and whether the latest value is stale.
-- Status: the kpi_status macro (cockpit/sql/scoping.sql). Stale: the end of the latest value's period lies
-- further back than the cadence allows (marts.kpi_definitions.allowed_age) before $as_of.
-- The phone-share KPI's value of the Stichtag's month is the share of the year up to $as_of
-- (marts.kpi_phone_share), as on the Handyparken page; earlier months as in marts.kpi_city_values.
with definitions as (select * from marts.kpi_definitions),
phone_share_now as (
    select d.kpi_id, date_trunc('month', s.day_date)::date as period_start_date, 100 * s.phone_share as value,
           false as is_sum_of_districts
    from marts.kpi_phone_share as s
    cross join definitions as d
    where d.parking_measure = 'phone_share' and s.day_date <= $as_of and s.year = year(cast($as_of as date))
      and s.phone_share is not null
    qualify row_number() over (order by s.day_date desc) = 1
),
city_values as (
    select v.*
    from kpi_city_values_as_of($as_of) as v
    anti join phone_share_now as n using (kpi_id, period_start_date)
    union all by name
    select * from phone_share_now
),
chosen as (
    select d.kpi_id
    from definitions as d
    where ($fields is null or list_contains(cast($fields as varchar[]), d.field))
      and ($project_id is null or d.kpi_id in (
            select l.kpi_id
            from marts.kpi_project_links as l
            join scoped_projects($dezernate, $lead_units, null, $phases) as p using (project_id)
            where l.project_id = $project_id
      ))
),
ranked as (
    select *, row_number() over (partition by kpi_id order by period_start_date desc) as recency
    from city_values
),
latest as (select * from ranked where recency = 1),
previous as (select * from ranked where recency = 2),
district_kpis as (
    select distinct v.kpi_id
    from marts.kpi_district_values as v
    join definitions as d using (kpi_id)
    where is_kpi_value_known(v.period_start_date, d.period_length, $as_of)
),
measured as (
    select
        d.*,
        l.value as latest_value, l.period_start_date as latest_period_start_date,
        l.is_sum_of_districts,
        p.value as previous_value, p.period_start_date as previous_period_start_date,
        cast(l.period_start_date + d.period_length - interval 1 day as date) as latest_period_end_date,
        dk.kpi_id is not null as has_district_values
    from definitions as d
    join chosen using (kpi_id)
    left join latest as l using (kpi_id)
    left join previous as p using (kpi_id)
    left join district_kpis as dk using (kpi_id)
),
final as (
    select
        * exclude (period_length, allowed_age),
        kpi_status(latest_value, target_value, is_higher_better) as status,
        latest_value - previous_value as change,
        case
            when latest_value is null or previous_value is null or latest_value = previous_value then null
            else (latest_value > previous_value) = is_higher_better
        end as is_improving,
        latest_value is null
            or latest_period_end_date + allowed_age < cast($as_of as date) as is_stale
    from measured
    order by field_sort_order, kpi_id
)
select * from final
