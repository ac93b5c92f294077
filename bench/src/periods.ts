import type pg from 'pg';

/**
 * A year of reporting: every province issues the quarters, the half-year and the nine months of 2026 with the
 * Biểu 06 and feedback forms. The periods that are over are closed with every unit's forms accepted; the fourth
 * quarter is issued and open (Quảng Trị's own fourth quarter comes from the demo seed).
 */
const PERIODS: readonly (readonly [kind: string, name: string, from: string, to: string, closed: boolean])[] =
  [
    ['q1', 'Báo cáo quý I năm 2026', '2025-12-15', '2026-03-14', true],
    ['q2', 'Báo cáo quý II năm 2026', '2026-03-15', '2026-06-14', true],
    ['half_year', 'Báo cáo 6 tháng năm 2026', '2025-12-15', '2026-06-14', true],
    ['q3', 'Báo cáo quý III năm 2026', '2026-06-15', '2026-09-14', true],
    ['nine_months', 'Báo cáo 9 tháng năm 2026', '2025-12-15', '2026-09-14', true],
    ['q4', 'Báo cáo quý IV năm 2026', '2026-09-15', '2026-12-14', false],
  ];

export async function createReportingYear(client: pg.Client): Promise<string> {
  const periods = await client.query(
    `
    insert into report_periods (issuer_unit_id, name, kind, year, data_from, data_to, entry_deadline, template_ids,
        status, issued_at, closed_at)
    select bp.id, x.name, x.kind, 2026, x.data_from, x.data_to, x.data_to + 6,
      array(select id from report_templates where version_no = 1 and code in ('06/VPCP/KSTT', 'PAKN') order by code),
      case when x.closed then 'closed' else 'issued' end, x.data_from::timestamptz + interval '10 days',
      case when x.closed then x.data_to::timestamptz + interval '12 days' end
    from bench_provinces bp
    cross join jsonb_to_recordset($1::jsonb) as x(kind text, name text, data_from date, data_to date, closed boolean)
    where not (bp.p = 0 and x.kind = 'q4')`,
    [
      JSON.stringify(
        PERIODS.map(([kind, name, from, to, closed]) => ({
          kind,
          name,
          data_from: from,
          data_to: to,
          closed,
        })),
      ),
    ],
  );
  const reports = await client.query(`
    insert into reports (period_id, unit_id, template_id, status, values, totals, submitted_at, accepted_at)
    select rp.id, u.id, tid, 'accepted', '{}', '{}', rp.closed_at - interval '5 days', rp.closed_at - interval '2 days'
    from report_periods rp
    join units issuer on issuer.id = rp.issuer_unit_id
    join units u on u.path like issuer.path || '%' and u.valid_to is null
    cross join unnest(rp.template_ids) as tid
    where rp.status = 'closed'`);
  return `${periods.rowCount} periods, ${reports.rowCount} accepted forms`;
}
