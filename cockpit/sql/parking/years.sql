-- The years with digital tickets on or before the reference date, latest first.
select distinct year(day_date) as year from marts.parking_daily where day_date <= $as_of order by year desc
