-- One row per calendar month: announcements per month averaged over the years, counting only
-- complete months (from the first month with data to the last month ended by the reference date);
-- index 100 = the average month.
with monthly as (
    select date_trunc('month', day_date)::date as month_date, sum(announcements) as announcements
    from marts.ivena_announcements_daily
    where day_date <= $as_of
    group by all
),
complete as (
    select * from monthly
    where month_date > (select min(month_date) from monthly)
       and month_date + interval 1 month <= $as_of::date + interval 1 day
       or month_date = (select min(month_date) from monthly)
          and (select min(day_date) from marts.ivena_announcements_daily) = month_date
          and month_date + interval 1 month <= $as_of::date + interval 1 day
),
profile as (
    select month(month_date) as calendar_month, avg(announcements) as average_announcements,
           count(*) as years_counted
    from complete
    group by all
),
final as (
    select calendar_month, average_announcements, years_counted,
           100 * average_announcements / avg(average_announcements) over () as seasonal_index
    from profile
    order by calendar_month
)
select * from final
