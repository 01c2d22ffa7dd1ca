-- Handlungsbedarf: one row per open project (not Abgeschlossen/Eingestellt) and reason it needs
-- attention as of $as_of, with a severity weight and the details the reason text names.
-- Weights (documented on the page): red overall 5, Board decision needed 4, worsened since the
-- previous report 3, funding deadline within 90 days with money left 3, milestone slipped past
-- its baseline 2, spending ahead of progress (Ist share of total budget > percent complete + 15
-- points) 2, no report for over 2 months 2, report for the last full month missing 1.
-- project_score = sum of a project's weights; rows are ranked by it, then by weight.
with projects as (
    select project_id, title, lead_unit_id, lead_unit, phase, total_budget_eur
    from scoped_projects($dezernate, $lead_units, $fields, $phases)
    where phase not in ('Abgeschlossen', 'Eingestellt')
),
reference as (
    select cast($as_of as date) as as_of_date,
           cast(date_trunc('month', cast($as_of as date)) - interval 1 month as date) as due_month
),
latest as (
    select r.*
    from project_reports_as_of($as_of) as r
    join projects as p using (project_id)
),
milestones_latest as (
    select m.*
    from milestones_as_of($as_of) as m
    join projects as p using (project_id)
),
slipped as (
    select project_id, count(*) as slipped_milestones,
           arg_max(milestone, (date_diff('day', baseline_date, forecast_date), milestone_id)) as worst_milestone,
           arg_max(baseline_date, (date_diff('day', baseline_date, forecast_date), milestone_id)) as worst_baseline_date,
           arg_max(forecast_date, (date_diff('day', baseline_date, forecast_date), milestone_id)) as worst_forecast_date,
           max(date_diff('day', baseline_date, forecast_date)) as worst_slip_days
    from milestones_latest
    where forecast_date > baseline_date
      and (actual_date is null or actual_date > $as_of)
    group by project_id
),
spent as (
    select b.project_id, sum(b.actual_eur) as actual_eur
    from marts.budget_lines as b
    join projects as p using (project_id)
    where b.budget_year <= year(cast($as_of as date))
    group by b.project_id
),
spending_ahead as (
    select p.project_id, s.actual_eur / p.total_budget_eur as spent_share, l.percent_complete
    from projects as p
    join spent as s using (project_id)
    join latest as l using (project_id)
    where p.total_budget_eur > 0 and l.percent_complete is not null
      and 100 * s.actual_eur / p.total_budget_eur > l.percent_complete + 15
),
funding_due as (
    select b.project_id, min(b.funding_deadline_date) as deadline_date, sum(b.available_eur) as available_eur,
           string_agg(distinct coalesce(b.funding_programme, b.funding_source), ', ') as programmes
    from marts.budget_lines as b
    join projects as p using (project_id)
    where b.funding_deadline_date between (select as_of_date from reference)
                                      and (select as_of_date from reference) + 90
      and b.available_eur > 0
    group by b.project_id
),
reports_missing as (
    select p.project_id, l.report_month as last_report_month,
           l.report_month is null
           or date_diff('month', l.report_month, date_trunc('month', cast($as_of as date))) > 2 as is_stale
    from projects as p
    left join latest as l using (project_id)
    where p.phase in ('Planung', 'Umsetzung', 'Betrieb')
      and (l.report_month is null or l.report_month < (select due_month from reference))
),
reasons as (
    select project_id, 'red' as reason, 5 as weight, report_month as detail_date
    from latest where status_overall = 'rot'
    union all by name
    select project_id, 'board' as reason, 4 as weight, report_month as detail_date,
           board_decision_text as detail_text
    from latest where needs_board_decision
    union all by name
    select project_id, 'worsened' as reason, 3 as weight, previous_report_month as detail_date,
           previous_status_overall as detail_text
    from latest
    where (case status_overall when 'rot' then 2 when 'gelb' then 1 else 0 end)
        > (case previous_status_overall when 'rot' then 2 when 'gelb' then 1 else 0 end)
    union all by name
    select project_id, 'funding' as reason, 3 as weight, deadline_date as detail_date,
           programmes as detail_text, available_eur as detail_amount
    from funding_due
    union all by name
    select project_id, 'milestone' as reason, 2 as weight, worst_baseline_date as detail_date,
           worst_forecast_date as detail_date_2, worst_milestone as detail_text,
           worst_slip_days as detail_number, slipped_milestones as detail_number_2
    from slipped
    union all by name
    select project_id, 'spending' as reason, 2 as weight, spent_share * 100 as detail_number,
           percent_complete as detail_number_2
    from spending_ahead
    union all by name
    select project_id, case when is_stale then 'report_stale' else 'report_missing' end as reason,
           case when is_stale then 2 else 1 end as weight, last_report_month as detail_date,
           (select due_month from reference) as detail_date_2
    from reports_missing
),
final as (
    select p.project_id, p.title, p.lead_unit_id, p.lead_unit, l.status_overall,
           r.reason, r.weight, sum(r.weight) over (partition by r.project_id) as project_score,
           r.detail_text, r.detail_date, r.detail_date_2, r.detail_amount, r.detail_number, r.detail_number_2
    from reasons as r
    join projects as p using (project_id)
    left join latest as l using (project_id)
    order by project_score desc, p.project_id, r.weight desc, r.reason
)
select * from final
