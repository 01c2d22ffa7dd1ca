-- One row per sign-off period of a facility's department.
with source as (select * from raw.valid_ivena_signoffs),
final as (
    select facility_id, department, signed_off_from,
           signed_off_to,
           date_diff('minute', signed_off_from, signed_off_to) / 60.0 as signed_off_hours,
           source_file, source_row
    from source
)
select * from final
