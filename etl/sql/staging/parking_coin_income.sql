-- One row per emptying of a ticket machine.
with source as (select * from raw.valid_parking_coin_income),
final as (
    select machine_id, emptied_on as emptied_date, amount_eur,
           source_file, source_row
    from source
)
select * from final
