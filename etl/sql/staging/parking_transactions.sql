-- One row per parking transaction. vehicle_key is the keyed hash of the number plate.
with source as (select * from raw.valid_parking_transactions),
final as (
    select
        transaction_id, zone, started_at, ended_at,
        parking_fee_eur, service_fee_eur,
        channel, vehicle_key,
        source_file, source_row
    from source
)
select * from final
