-- One row per parking transaction. vehicle_key is the keyed hash of the number plate.
with source as (select * from raw.valid_parking_transactions),
final as (
    select
        transaction_id, zone, de_timestamp(started_at) as started_at, de_timestamp(ended_at) as ended_at,
        de_decimal(parking_fee_eur) as parking_fee_eur, de_decimal(service_fee_eur) as service_fee_eur,
        channel, vehicle_key,
        source_file, source_row
    from source
)
select * from final
