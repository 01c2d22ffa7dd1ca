-- One row per risk.
with source as (select * from raw.valid_risks),
final as (
    select
        risk_id, project_id, risk, de_int(probability) as probability, de_int(impact) as impact,
        de_int(probability) * de_int(impact) as risk_score, risk_status, mitigation, owner_role,
        de_date(identified_on) as identified_date,
        source_file, source_row
    from source
)
select * from final
