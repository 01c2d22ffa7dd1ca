-- One row per facility connected on or before the reference date, with whether it still is.
select facility_id, facility, facility_type, is_in_city, connected_from_date, connected_to_date,
       connected_to_date is null or connected_to_date > $as_of::date as is_connected
from marts.ivena_facilities
where connected_from_date <= $as_of::date
order by facility_type, connected_from_date, facility
