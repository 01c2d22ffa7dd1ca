-- One row per patient announcement.
with source as (select * from raw.valid_ivena_announcements),
final as (
    select announcement_id, announced_at, facility_id, department,
           pzc, split_part(pzc, '-', 1) as indication_code, urgency,
           list_transform(string_split(coalesce(flags, ''), ','), lambda x: trim(x)) as flags,
           source_file, source_row
    from source
)
select * from final
