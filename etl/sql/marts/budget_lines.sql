-- One row per project, budget year, budget type, account and funding source, with what is left
-- (available = fortgeschriebener Ansatz - Ist - Obligo).
-- depends on: nothing
with budget as (select * from staging.budget),
final as (
    select b.* exclude (source_file, source_row),
           updated_plan_eur - actual_eur - committed_eur as available_eur
    from budget as b
)
select * from final
