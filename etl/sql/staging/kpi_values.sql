-- One row per KPI, period and district (district_id null = whole city).
-- Rows before 01.11.2021 may carry the 19 old district numbers; they are mapped to the 12 current ones.
with source as (select * from raw.valid_kpi_values),
mapping as (select * from ref.district_mapping),
final as (
    select
        s.kpi_id, s.period_start as period_start_date,
        case when s.period_start < date '2021-11-01' then m.district_id else s.district_id end as district_id,
        s.district_id as delivered_district_id,
        s.value,
        s.source_file, s.source_row
    from source as s
    left join mapping as m on m.old_district_id = s.district_id
)
select * from final
