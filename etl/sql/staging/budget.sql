-- One row per project, budget year, budget type, account and funding source.
with source as (select * from raw.valid_budget),
final as (
    select
        project_id, budget_year, budget_type, product, account,
        planned_eur, updated_plan_eur,
        committed_eur, actual_eur,
        actual_as_of as actual_as_of_date, funding_source, funding_programme,
        funding_deadline as funding_deadline_date,
        source_file, source_row
    from source
)
select * from final
