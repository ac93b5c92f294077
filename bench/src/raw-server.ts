// The raw limit of each benchmarked read: the same SQL the product runs, through `pg`, from a bare node:http server
// with the product's pool size, answering the same JSON. Started by run.ts: `tsx src/raw-server.ts <port> <url>`.
import { createServer, type ServerResponse } from 'node:http';
import pg from 'pg';
import {
  DOSSIER_STATE_LABELS,
  dossierEventLabel,
  maskName,
  toVnIso,
  type DossierState,
} from '@motcua/shared';

const [portArg, url] = process.argv.slice(2);
const pool = new pg.Pool({ connectionString: url, max: 20 });

function send(res: ServerResponse, status: number, body: unknown) {
  const json = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(json);
}

function iso(value: Date | null): string | null {
  return value ? value.toISOString() : null;
}

/** GET /api/v1/public/dossiers/:code — dossiers.repository findByCode, unitsByIds and events. */
async function track(code: string) {
  const { rows } = await pool.query('select * from dossiers where code = $1', [code.trim().toUpperCase()]);
  const row = rows[0];
  if (!row) return undefined;
  // One after the other, as the service does.
  const units = await pool.query('select id, name, path from units where id in ($1)', [
    row.receiving_unit_id,
  ]);
  const events = await pool.query('select * from dossier_events where dossier_id = $1 order by id asc', [
    row.id,
  ]);
  return {
    code: row.code,
    procedureName: row.procedure_name,
    state: row.state,
    stateLabel: DOSSIER_STATE_LABELS[row.state as DossierState],
    applicantName: maskName(row.applicant_name),
    receivingUnit: units.rows[0]?.name ?? '',
    receivedAt: iso(row.received_at),
    dueAt: iso(row.due_at),
    finishedAt: iso(row.finished_at),
    timeline: events.rows.map((e) => ({
      at: toVnIso(e.at),
      label: dossierEventLabel(e.action),
      stateLabel: DOSSIER_STATE_LABELS[e.to_state as DossierState],
    })),
  };
}

/** The in-force and search conditions of procedures.repository list (public catalogue). */
const CATALOGUE_WHERE = `status = 'published' and effective_from <= $1 and (effective_to is null or effective_to >= $1)
  and f_unaccent(code || ' ' || name || ' ' || field) like '%' || f_unaccent($2) || '%'`;

function vietnamToday(): string {
  return new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
}

/** GET /api/v1/procedures?q=…&page&pageSize — procedures.repository list: a page and the count, in parallel. */
async function catalogue(q: string, page: number, pageSize: number) {
  const params = [vietnamToday(), q.replace(/[\\%_]/g, (c) => `\\${c}`)];
  const [rows, total] = await Promise.all([
    pool.query(
      `select * from procedure_versions where ${CATALOGUE_WHERE} order by vi_sort_key(name), code limit $3 offset $4`,
      [...params, pageSize, (page - 1) * pageSize],
    ),
    pool.query(`select count(*)::int as n from procedure_versions where ${CATALOGUE_WHERE}`, params),
  ]);
  return {
    items: rows.rows.map((r) => ({
      id: r.id,
      code: r.content.code,
      name: r.content.name,
      field: r.content.field,
      levels: r.content.levels,
      onlineLevel: r.content.onlineLevel,
      status: r.status,
      versionNo: r.version_no,
      effectiveFrom: r.effective_from,
      effectiveTo: r.effective_to,
      agencies: r.content.agencies,
      methods: r.content.methods,
    })),
    total: total.rows[0]?.n ?? 0,
    page,
    pageSize,
  };
}

const server = createServer((req, res) => {
  const requestUrl = new URL(req.url ?? '/', 'http://raw');
  const tracked = /^\/api\/v1\/public\/dossiers\/([^/]+)$/.exec(requestUrl.pathname);
  const work = tracked?.[1]
    ? track(decodeURIComponent(tracked[1]))
    : requestUrl.pathname === '/api/v1/procedures'
      ? catalogue(
          requestUrl.searchParams.get('q') ?? '',
          Number(requestUrl.searchParams.get('page') ?? 1),
          Number(requestUrl.searchParams.get('pageSize') ?? 20),
        )
      : requestUrl.pathname === '/api/health'
        ? Promise.resolve({ status: 'ok' })
        : Promise.resolve(undefined);
  work.then(
    (body) => (body ? send(res, 200, body) : send(res, 404, { title: 'Not found' })),
    (error: unknown) => {
      console.error(error);
      send(res, 500, { title: 'Internal error' });
    },
  );
});
server.listen(Number(portArg), '127.0.0.1');
