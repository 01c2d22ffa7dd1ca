-- One row per sign-off period of a facility's department.
with source as (select * from raw.valid_ivena_signoffs),
final as (
    select facility_id, department, de_timestamp(signed_off_from) as signed_off_from,
           de_timestamp(signed_off_to) as signed_off_to,
           date_diff('minute', de_timestamp(signed_off_from), de_timestamp(signed_off_to)) / 60.0 as signed_off_hours,
           source_file, source_row
    from source
)
select * from final
