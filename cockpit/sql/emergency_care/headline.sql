-- Headline figures at the reference date: facilities connected, and for the 12 months up to it
-- announcements, the share of urgency 1 and the hours hospitals were signed off.
-- Hospitals are counted as houses, as the KPI "An IVENA angeschlossene Krankenhäuser" counts them
-- (docs/metrics.md): the sites of one hospital ("<house> – Standort <site>") count once; hospital_sites_connected
-- counts the sites.
with params as (select $as_of::date as as_of_date, ($as_of::date - interval 1 year + interval 1 day)::date as window_start),
connected as (
    select count(distinct regexp_replace(facility, '\s+[–-]\s+Standort\s.*$', ''))
               filter (where facility_type = 'Krankenhaus') as hospitals_connected,
           count(*) filter (where facility_type = 'Krankenhaus') as hospital_sites_connected,
           count(*) filter (where facility_type = 'Leitstelle') as control_centres_connected
    from marts.ivena_facilities, params
    where connected_from_date <= params.as_of_date
      and (connected_to_date is null or connected_to_date > params.as_of_date)
),
announcements as (
    select coalesce(sum(announcements), 0) as announcements_12m,
           sum(announcements) filter (where urgency = 1) / nullif(sum(announcements), 0) as urgency_1_share_12m
    from marts.ivena_announcements_daily, params
    where day_date between params.window_start and params.as_of_date
),
signoffs as (
    select coalesce(sum(signed_off_hours), 0) as signed_off_hours_12m
    from marts.ivena_signoffs_daily, params
    where day_date between params.window_start and params.as_of_date
),
final as (select params.window_start, connected.*, announcements.*, signoffs.* from params, connected, announcements, signoffs)
select * from final
