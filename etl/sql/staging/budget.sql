-- One row per project, budget year, budget type, account and funding source.
with source as (select * from raw.valid_budget),
final as (
    select
        project_id, de_int(budget_year) as budget_year, budget_type, product, account,
        de_decimal(planned_eur) as planned_eur, de_decimal(updated_plan_eur) as updated_plan_eur,
        de_decimal(committed_eur) as committed_eur, de_decimal(actual_eur) as actual_eur,
        de_date(actual_as_of) as actual_as_of_date, funding_source, funding_programme,
        de_date(funding_deadline) as funding_deadline_date,
        source_file, source_row
    from source
)
select * from final
