-- One row per facility connected to IVENA.
with source as (select * from raw.valid_ivena_facilities),
final as (
    select facility_id, facility, facility_type, is_in_city,
           connected_from as connected_from_date, connected_to as connected_to_date,
           source_file, source_row
    from source
)
select * from final
