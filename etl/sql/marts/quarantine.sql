-- One row per problem found in a row of a measurement feed that was set aside (quarantined).
-- depends on: nothing
with findings as (select * from raw.quarantine),
contracts as (select * from ref.deliveries),
final as (
    select c.delivery_label, f.delivery, f.source_file, f.source_row, f.column_label, f.value, f.message
    from findings as f join contracts as c on c.delivery = f.delivery
    order by f.delivery, f.source_file, f.source_row
)
select * from final
