-- Casts from the German text forms of delivered files (see etl/formats.py).
-- Only applied to values whose text form matched the pattern of their type (etl/formats.py), so "1.5" never becomes 15.
create or replace macro de_int(v) as try_cast(replace(v, '.', '') as bigint);
create or replace macro de_decimal(v) as try_cast(replace(case when contains(v, '.') then replace(v, '.', '') else v end, ',', '.') as double);
create or replace macro de_date(v) as cast(try_strptime(v, '%d.%m.%Y') as date);
create or replace macro de_month(v) as cast(coalesce(try_strptime('01.' || v, '%d.%m.%Y'), date_trunc('month', try_strptime(v, '%d.%m.%Y'))) as date);
create or replace macro de_timestamp(v) as try_strptime(v, ['%d.%m.%Y %H:%M', '%d.%m.%Y %H:%M:%S']);
create or replace macro de_bool(v) as case lower(v) when 'ja' then true when 'nein' then false end;
