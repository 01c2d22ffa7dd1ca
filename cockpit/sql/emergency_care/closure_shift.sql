-- One row per hospital: announcements in the 12 months before the closure date $closure_date and
-- in the 12 months from it (cut at the reference date), and each hospital's share of all
-- announcements in either window. Counts of 1 to 4 are suppressed, and so is the share built on them
-- (a zero, e.g. the closed site afterwards, tells nothing about a patient and is shown).
with params as (
    select $closure_date::date as closure_date,
           ($closure_date::date - interval 1 year)::date as before_start,
           ($closure_date::date - interval 1 day)::date as before_end,
           least(($closure_date::date + interval 1 year - interval 1 day)::date, $as_of::date) as after_end
),
windows as (
    select a.facility_id,
           sum(a.announcements) filter (where a.day_date >= p.before_start and a.day_date < p.closure_date) as before_count,
           sum(a.announcements) filter (where a.day_date >= p.closure_date and a.day_date <= p.after_end) as after_count
    from marts.ivena_announcements_daily as a, params as p
    where a.day_date >= p.before_start and a.day_date <= p.after_end
    group by all
),
shares as (
    select facility_id, coalesce(before_count, 0) as before_count, coalesce(after_count, 0) as after_count,
           coalesce(before_count, 0) / nullif(sum(coalesce(before_count, 0)) over (), 0) as before_share,
           coalesce(after_count, 0) / nullif(sum(coalesce(after_count, 0)) over (), 0) as after_share
    from windows
),
final as (
    select s.facility_id, f.facility, p.before_start, p.before_end, p.closure_date, p.after_end,
           case when s.before_count not between 1 and 4 then s.before_count end as before_announcements,
           s.before_count between 1 and 4 as is_before_suppressed,
           case when s.before_count not between 1 and 4 then s.before_share end as before_share,
           case when s.after_count not between 1 and 4 then s.after_count end as after_announcements,
           s.after_count between 1 and 4 as is_after_suppressed,
           case when s.after_count not between 1 and 4 then s.after_share end as after_share
    from shares as s
    join marts.ivena_facilities as f using (facility_id)
    cross join params as p
    order by s.before_count desc, f.facility
)
select * from final
