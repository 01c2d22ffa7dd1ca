-- One row per risk.
with source as (select * from raw.valid_risks),
final as (
    select
        risk_id, project_id, risk, probability, impact,
        probability * impact as risk_score, risk_status, mitigation, owner_role,
        identified_on as identified_date,
        source_file, source_row
    from source
)
select * from final
