-- One row per KPI, period and current Stadtbezirk. Old district numbers (before 01.11.2021) are mapped
-- in staging; where several old districts map to one current district, their values are summed.
-- depends on: nothing
with kpi_values as (select * from staging.kpi_values),
districts as (select * from ref.districts),
per_district as (
    select kpi_id, period_start_date, district_id, sum(value) as value
    from kpi_values
    where district_id is not null and district_id <> ''
    group by all
),
final as (
    select v.kpi_id, v.period_start_date, v.district_id, d.district_name, v.value
    from per_district as v
    join districts as d using (district_id)
)
select * from final
