-- Handlungsbedarf: one row per open project (not Abgeschlossen/Eingestellt) that needs attention as
-- of $as_of, with its score and its reasons (a list, heaviest first, each with the details its text
-- names). project_score = sum of the points of a project's reasons; the points per reason are
-- ATTENTION_WEIGHTS in cockpit/data_access/overview.py, bound as $weight_reasons/$weight_points
-- (the page's "so berechnet" text is written from the same constant).
-- Ranked by score, then overall status (rot, gelb, grün, none), then project id.
-- $horizon_days: how far ahead a funding deadline and how far back a new high risk count.
-- $high_risk_score: the score (probability x impact) from which a risk is high (HIGH_RISK_SCORE).
-- $performance_floor: CPI or SPI below it is a reason (project_performance in scoping.sql).
with weights as (
    -- the points per reason, from ATTENTION_WEIGHTS in cockpit/data_access/overview.py (in the same order)
    select unnest($weight_reasons) as reason, unnest($weight_points) as weight,
           generate_subscripts($weight_reasons, 1) as position
),
projects as (
    select project_id, title, lead_unit_id, lead_unit, phase, total_budget_eur
    from scoped_projects_as_of($dezernate, $lead_units, $fields, $phases, $as_of)
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
performance as (
    select f.project_id, f.cpi, f.spi
    from project_performance($as_of) as f
    join projects as p using (project_id)
),
funding_due as (
    -- the money the Budget page calls "noch nicht ausgegeben" (budget/funding_deadlines.sql: unspent_eur)
    select b.project_id, min(b.funding_deadline_date) as deadline_date, sum(b.unspent_eur) as unspent_eur,
           string_agg(distinct coalesce(b.funding_programme, b.funding_source), ', ') as programmes
    from marts.budget_lines_forecast as b
    join projects as p using (project_id)
    where b.funding_source <> 'Eigenmittel'
      and b.funding_deadline_date between (select as_of_date from reference)
                                      and (select as_of_date from reference) + $horizon_days
      and b.unspent_eur > 0
    group by b.project_id
),
high_risks as (
    select r.project_id, count(*) as new_high_risks,
           arg_max(r.risk, (r.risk_score, r.identified_date, r.risk_id)) as worst_risk,
           max(r.risk_score) as worst_risk_score
    from marts.risks as r
    join projects as p using (project_id)
    where r.risk_score >= $high_risk_score
      and r.risk_status <> 'geschlossen'
      and r.identified_date <= $as_of
      and r.identified_date > (select as_of_date from reference) - $horizon_days
    group by r.project_id
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
    select project_id, case status_overall when 'rot' then 'red' else 'amber' end as reason,
           report_month as detail_date
    from latest where status_overall in ('rot', 'gelb')
    union all by name
    select project_id, 'board' as reason, report_month as detail_date, board_decision_text as detail_text
    from latest where needs_board_decision
    union all by name
    select project_id, 'worsened' as reason, previous_report_month as detail_date,
           previous_status_overall as detail_text
    from latest
    where previous_status_overall is not null  -- a first report has nothing to be worse than
      and (case status_overall when 'rot' then 2 when 'gelb' then 1 else 0 end)
        > (case previous_status_overall when 'rot' then 2 when 'gelb' then 1 else 0 end)
    union all by name
    select project_id, 'cost' as reason, cpi as detail_number from performance where cpi < $performance_floor
    union all by name
    select project_id, 'schedule' as reason, spi as detail_number from performance where spi < $performance_floor
    union all by name
    select project_id, 'funding' as reason, deadline_date as detail_date, programmes as detail_text,
           unspent_eur as detail_amount
    from funding_due
    union all by name
    select project_id, 'milestone' as reason, worst_baseline_date as detail_date,
           worst_forecast_date as detail_date_2, worst_milestone as detail_text,
           worst_slip_days as detail_number, slipped_milestones as detail_number_2
    from slipped
    union all by name
    select project_id, 'risk' as reason, worst_risk as detail_text, worst_risk_score as detail_number,
           new_high_risks as detail_number_2
    from high_risks
    union all by name
    select project_id, case when is_stale then 'report_stale' else 'report_missing' end as reason,
           last_report_month as detail_date, (select due_month from reference) as detail_date_2
    from reports_missing
),
weighted as (
    select r.*, w.weight, w.position
    from reasons as r
    join weights as w using (reason)
),
final as (
    select p.project_id, p.title, p.lead_unit_id, p.lead_unit, l.status_overall,
           sum(r.weight) as project_score,
           list(struct_pack(reason := r.reason, weight := r.weight, detail_text := r.detail_text,
                            detail_date := r.detail_date, detail_date_2 := r.detail_date_2,
                            detail_amount := r.detail_amount, detail_number := r.detail_number,
                            detail_number_2 := r.detail_number_2)
                order by r.position) as reasons
    from weighted as r
    join projects as p using (project_id)
    left join latest as l using (project_id)
    group by p.project_id, p.title, p.lead_unit_id, p.lead_unit, l.status_overall
    order by project_score desc,
             case l.status_overall when 'rot' then 0 when 'gelb' then 1 when 'grün' then 2 else 3 end,
             p.project_id
)
select * from final
