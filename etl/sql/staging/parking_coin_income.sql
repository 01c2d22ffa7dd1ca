-- One row per emptying of a ticket machine.
with source as (select * from raw.valid_parking_coin_income),
final as (
    select machine_id, de_date(emptied_on) as emptied_date, de_decimal(amount_eur) as amount_eur,
           source_file, source_row
    from source
)
select * from final
