-- Working days after the day of receipt up to the day of the result, on the national calendar (weekdays, less
-- holidays, compensation and swapped days, plus make-up Saturdays), counted in Vietnam's time (UTC+7). Supplement
-- pauses are left out by the application when it fixes days_taken at the result; this function fills older rows.
CREATE FUNCTION working_days_between(from_at timestamptz, to_at timestamptz) RETURNS integer
LANGUAGE sql STABLE AS $$
  SELECT count(*)::int
  FROM generate_series(
    ((from_at AT TIME ZONE 'UTC') + interval '7 hours')::date + 1,
    ((to_at AT TIME ZONE 'UTC') + interval '7 hours')::date,
    interval '1 day'
  ) AS g(day)
  LEFT JOIN calendar_days c ON c.date = g.day::date
  WHERE CASE
    WHEN c.kind = 'makeup' THEN true
    WHEN c.kind IS NOT NULL THEN false
    ELSE extract(isodow FROM g.day) < 6
  END
$$;
--> statement-breakpoint
UPDATE dossiers SET days_taken = working_days_between(received_at, finished_at)
WHERE result IS NOT NULL AND days_taken IS NULL AND received_at IS NOT NULL;
