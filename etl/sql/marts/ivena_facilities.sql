-- One row per facility connected to IVENA eHealth (hospital or control centre).
-- depends on: nothing
with facilities as (select * from staging.ivena_facilities),
final as (
    select facility_id, facility, facility_type, is_in_city, connected_from_date, connected_to_date
    from facilities
    order by facility_type, connected_from_date, facility
)
select * from final
