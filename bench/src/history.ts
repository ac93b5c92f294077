import { CLOSED_STATES } from '@motcua/shared';
import {
  FAMILY_NAMES,
  FEMALE_GIVEN,
  FEMALE_MIDDLE,
  MALE_GIVEN,
  MALE_MIDDLE,
  PHONE_PREFIXES,
} from '@motcua/api/src/db/demo-people';
import type pg from 'pg';
import { runScript } from './database';

/**
 * The dossier history at scale, made from the demo's own: the ~1,500 dossiers the seed played through the product's
 * rules (legal clock, workflows, on-time results, working days taken, payments, scans, signed results, ratings) are
 * the templates, and each generated dossier is a copy of one of them placed in another commune or province, half of
 * the closed ones about a year earlier. A copy keeps its
 * template's states, steps, events, files, payments and rating; its units, officers, code, applicant and dates are
 * its own. Set-based: every table is filled by INSERT … SELECT over generate_series, in a few large batches.
 */

/**
 * Closed dossiers: half of their copies move back 46 to 52 whole weeks (same weekday, about the same season), so
 * that the history covers two years; what is still running stays where it is, recent.
 */
const ZERO_UUID = '00000000-0000-0000-0000-000000000000';
/** Dossiers per INSERT: big enough to stay set-based, small enough to show progress and keep transactions short. */
const BATCH = 250_000;

/** Indexes rebuilt after the load (each from its own definition): maintaining them row by row is what costs. */
const LOADED_TABLES = [
  'dossiers',
  'dossier_events',
  'dossier_files',
  'payments',
  'dossier_ratings',
  'feedback',
  'feedback_events',
];

export type SecondaryIndexes = { name: string; definition: string }[];

/** Drops the secondary indexes of the loaded tables (not those behind a constraint) and returns their definitions. */
export async function dropSecondaryIndexes(client: pg.Client): Promise<SecondaryIndexes> {
  const { rows } = await client.query<{ name: string; definition: string }>(
    `select i.indexrelid::regclass::text as name, pg_get_indexdef(i.indexrelid) as definition
     from pg_index i join pg_class t on t.oid = i.indrelid
     where t.relname = any($1) and t.relnamespace = 'public'::regnamespace
       and not exists (select 1 from pg_constraint c where c.conindid = i.indexrelid)`,
    [LOADED_TABLES],
  );
  for (const index of rows) await client.query(`drop index ${index.name}`);
  return rows;
}

export async function createIndexes(client: pg.Client, indexes: SecondaryIndexes): Promise<string> {
  for (const index of indexes) await client.query(index.definition);
  return `${indexes.length} indexes`;
}

/** The templates, their targets and each copy's placement, applicant, time shift and code (session tables). */
export async function planCopies(client: pg.Client, dossiers: number): Promise<string> {
  await client.query(`
    create function pg_temp.bench_place(unit uuid, target uuid) returns uuid language sql immutable
      as $$ select case when unit = '${ZERO_UUID}' then target else unit end $$;
    create temp table bench_templates as
      select row_number() over (order by d.created_at, d.id)::int - 1 as t, d.*, u.level = 'commune' as commune,
        bc.j as j
      from dossiers d join units u on u.id = d.receiving_unit_id
      left join bench_communes bc on bc.id = d.receiving_unit_id;
    create unique index on bench_templates (t);
    -- Communes handle most dossiers: a commune's dossier is copied three times as often as a provincial one.
    create temp table bench_picks as
      select row_number() over (order by rep, t)::int - 1 as k, t
      from bench_templates cross join lateral generate_series(1, case when commune then 3 else 1 end) rep;
    create temp table bench_commune_counts as select j, count(*)::int as n from bench_communes group by j;
    create temp table bench_officers as
      select id, unit_id from users where unit_id in (
        select template_id from bench_unit_map where p = 0 union select template_id from bench_communes);
    create temp table bench_template_events as
      select e.* from dossier_events e join bench_templates t on t.id = e.dossier_id;
    create temp table bench_template_files as
      select f.* from dossier_files f join bench_templates t on t.id = f.dossier_id;
    create temp table bench_template_payments as
      select x.* from payments x join bench_templates t on t.id = x.dossier_id;
    create temp table bench_template_ratings as
      select x.* from dossier_ratings x join bench_templates t on t.id = x.dossier_id;
    -- Each template as it reads in each province: provincial units mapped to their copies, the commune (known only
    -- per copy) left as a placeholder.
    create temp table bench_shapes as
      select t.t, bp.p,
        (select jsonb_agg(case
            when t.commune and (el->>'unitId')::uuid = t.receiving_unit_id
              then el || '{"unitId": "@UNIT@", "unitName": "@UNITNAME@"}'::jsonb
            else el || coalesce((select jsonb_build_object('unitId', m.unit_id, 'unitName', m.name)
              from bench_unit_map m where m.p = bp.p and m.template_id = (el->>'unitId')::uuid), '{}')
            end order by ord)
          from jsonb_array_elements(t.steps) with ordinality as s(el, ord))::text as steps,
        array(select case when t.commune and x.u = t.receiving_unit_id then '${ZERO_UUID}'::uuid
            else coalesce(m.unit_id, x.u) end
          from unnest(t.involved_unit_ids) with ordinality as x(u, o)
          left join bench_unit_map m on m.p = bp.p and m.template_id = x.u order by x.o) as involved,
        case when t.commune and t.current_unit_id = t.receiving_unit_id then '${ZERO_UUID}'::uuid
          else coalesce((select unit_id from bench_unit_map m where m.p = bp.p and m.template_id = t.current_unit_id),
            t.current_unit_id) end as current_unit,
        o.unit_id as assignee_template_unit,
        case when o.unit_id is null then null
          when t.commune and o.unit_id = t.receiving_unit_id then '${ZERO_UUID}'::uuid
          else coalesce((select unit_id from bench_unit_map m where m.p = bp.p and m.template_id = o.unit_id),
            o.unit_id) end as assignee_unit
      from bench_templates t cross join bench_provinces bp
      left join bench_officers o on o.id = t.assignee_id;
    create unique index on bench_shapes (t, p);`);

  const { rows } = await client.query<{ k: number }>(`select count(*)::int as k from bench_picks`);
  const picks = rows[0]?.k ?? 1;
  await runScript(
    client,
    `
    create temp table bench_copies as
    with placed as (
      select g, k.t, g / $2::int as c from generate_series(0::bigint, $1::bigint - 1) g join bench_picks k on k.k = g % $2::int
    ), targeted as (
      select pl.g, pl.t, tp.commune, coalesce(bc.id, um.unit_id) as target, coalesce(bc.name, um.name) as target_name,
        coalesce(bc.p, um.p) as p,
        case when tp.state = any($3::text[]) and (pl.g + pl.c) % 2 = 1 then -7 * (46 + (pl.g + pl.c / 2) % 7)
          else 0 end as shift_days,
        tp.created_at
      from placed pl join bench_templates tp on tp.t = pl.t
      left join bench_commune_counts cc on cc.j = tp.j
      left join bench_communes bc on tp.commune and bc.j = tp.j and bc.n = (pl.c * 31 + pl.t) % cc.n
      left join bench_unit_map um on not tp.commune and um.p = (pl.c + pl.t) % 34
        and um.template_id = tp.receiving_unit_id
    ), dated as (
      select x.*, x.shift_days * interval '1 day' as shift,
        ((x.created_at + x.shift_days * interval '1 day') at time zone 'Asia/Ho_Chi_Minh')::date as day
      from targeted x
    )
    select d.g, gen_random_uuid() as id, d.t, d.commune, d.target, d.target_name, d.p, bp.id as province_id,
      d.shift, d.day,
      u.code || '-' || to_char(d.day, 'YYMMDD') || '-' || lpad((coalesce(ds.last, 0)
        + row_number() over (partition by d.target, d.day order by d.created_at, d.g))::text, 4, '0') as code,
      ($4::text[])[1 + (d.g * 7) % array_length($4::text[], 1)] || ' ' || case when d.g % 2 = 0
        then ($5::text[])[1 + (d.g / 2) % array_length($5::text[], 1)] || ' '
          || ($6::text[])[1 + (d.g * 11) % array_length($6::text[], 1)]
        else ($8::text[])[1 + (d.g / 2) % array_length($8::text[], 1)] || ' '
          || ($9::text[])[1 + (d.g * 11) % array_length($9::text[], 1)] end as applicant_name,
      '0' || lpad((1 + d.p * 3 % 96)::text, 2, '0') || (d.g % 4)::text || lpad(((d.g * 13) % 55 + 52)::text, 2, '0')
        || lpad(((d.g * 7919) % 1000000)::text, 6, '0') as applicant_id_number,
      ($7::text[])[1 + d.g % array_length($7::text[], 1)] || lpad(((d.g * 104729) % 10000000)::text, 7, '0') as phone,
      case when d.commune then 'Thôn ' || (1 + d.g % 12) || ', ' || lower(left(d.target_name, 1))
          || substr(d.target_name, 2)
        else 'Tổ dân phố ' || (1 + d.g % 12) end || ', ' || lower(left(bp.name, 1)) || substr(bp.name, 2) as address
    from dated d
    join bench_provinces bp on bp.p = d.p
    join units u on u.id = d.target
    left join dossier_sequences ds on ds.unit_id = d.target and ds.day = d.day;
    create unique index on bench_copies (g);`,
    [
      dossiers,
      picks,
      CLOSED_STATES,
      FAMILY_NAMES.flatMap(([name, weight]) => Array<string>(weight).fill(name)),
      MALE_MIDDLE,
      MALE_GIVEN,
      PHONE_PREFIXES,
      FEMALE_MIDDLE,
      FEMALE_GIVEN,
    ],
  );
  return `${picks} template picks for ${dossiers} copies`;
}

/** Inserts the planned copies batch by batch: the dossiers, then their events, files, payments and ratings. */
export async function insertCopies(
  client: pg.Client,
  dossiers: number,
  table: 'dossiers' | 'events' | 'files' | 'payments' | 'ratings',
): Promise<string> {
  let rows = 0;
  for (let from = 0; from < dossiers; from += BATCH) {
    const result = await client.query(STATEMENTS[table], [from, Math.min(from + BATCH, dossiers) - 1]);
    rows += result.rowCount ?? 0;
  }
  return `${rows} rows`;
}

/** Whether the copy's template was received by a commune, whose place each copy takes. */
const SHIFT = (column: string) => `${column} + c.shift`;

const STATEMENTS = {
  dossiers: `
    insert into dossiers (id, code, procedure_version_id, procedure_code, procedure_name, case_name, channel, state,
      resume_state, province_id, receiving_unit_id, current_unit_id, involved_unit_ids, assignee_id, citizen_id,
      applicant, applicant_name, applicant_id_number, authorised_person, components, sets, result_method, steps,
      current_step, time_limit_amount, time_limit_unit, cutoff_time, received_at, due_at, due_explanation,
      step_started_at, step_due_at, pauses, supplement_requests, extended, extended_due_at, extension_reason,
      finished_at, returned_at, result, fee_vnd, paid_at, refusal_reason, note, received_on, version, created_at,
      updated_at, stop_requested_at, stop_request_reason, days_taken)
    select c.id, c.code, t.procedure_version_id, t.procedure_code, t.procedure_name, t.case_name, t.channel, t.state,
      t.resume_state, c.province_id, c.target, pg_temp.bench_place(s.current_unit, c.target),
      array_replace(s.involved, '${ZERO_UUID}'::uuid, c.target),
      case when t.assignee_id is null then null
        when pg_temp.bench_place(s.assignee_unit, c.target) = s.assignee_template_unit then t.assignee_id
        else pg_temp.bench_uuid(t.assignee_id::text || pg_temp.bench_place(s.assignee_unit, c.target)::text) end,
      t.citizen_id,
      t.applicant || jsonb_build_object('fullName', c.applicant_name, 'identificationNumber', c.applicant_id_number,
        'phone', c.phone, 'address', c.address,
        'email', case when t.applicant->>'email' is null then null else 'congdan' || c.g || '@example.vn' end),
      c.applicant_name, c.applicant_id_number, t.authorised_person, t.components, t.sets, t.result_method,
      replace(replace(s.steps, '@UNIT@', c.target::text), '@UNITNAME@', c.target_name)::jsonb,
      t.current_step, t.time_limit_amount, t.time_limit_unit, t.cutoff_time, ${SHIFT('t.received_at')},
      ${SHIFT('t.due_at')}, t.due_explanation, ${SHIFT('t.step_started_at')}, ${SHIFT('t.step_due_at')},
      case when c.shift = interval '0' or t.pauses = '[]'::jsonb then t.pauses
        else (select jsonb_agg(pause.value || jsonb_build_object(
            'from', (pause.value->>'from')::timestamptz + c.shift, 'to', (pause.value->>'to')::timestamptz + c.shift))
          from jsonb_array_elements(t.pauses) as pause(value)) end,
      t.supplement_requests, t.extended, ${SHIFT('t.extended_due_at')}, t.extension_reason,
      ${SHIFT('t.finished_at')}, ${SHIFT('t.returned_at')}, t.result, t.fee_vnd, ${SHIFT('t.paid_at')},
      t.refusal_reason, t.note, t.received_on + extract(day from c.shift)::int, t.version,
      ${SHIFT('t.created_at')}, ${SHIFT('t.updated_at')}, ${SHIFT('t.stop_requested_at')}, t.stop_request_reason,
      t.days_taken
    from bench_copies c
    join bench_templates t on t.t = c.t
    join bench_shapes s on s.t = c.t and s.p = c.p
    where c.g between $1 and $2`,
  events: `
    insert into dossier_events (dossier_id, at, action, from_state, to_state, step_index, step_name, actor_id,
      actor_name, unit_id, unit_name, comment, step_result, details)
    select x.id, x.at, x.action, x.from_state, x.to_state, x.step_index, x.step_name,
      case when x.officer and x.unit_id is distinct from x.template_unit_id
        then pg_temp.bench_uuid(x.actor_id::text || x.unit_id::text) else x.actor_id end,
      x.actor_name, x.unit_id, x.unit_name, x.comment, x.step_result, x.details
    from (
      select c.id, ${SHIFT('e.at')} as at, e.action, e.from_state, e.to_state, e.step_index, e.step_name,
        e.actor_id, o.id is not null as officer, e.unit_id as template_unit_id,
        case when e.actor_name = t.applicant_name then c.applicant_name else e.actor_name end as actor_name,
        case when e.unit_id is null then null when t.commune and e.unit_id = t.receiving_unit_id then c.target
          else coalesce(m.unit_id, e.unit_id) end as unit_id,
        case when e.unit_id is null then null when t.commune and e.unit_id = t.receiving_unit_id then c.target_name
          else coalesce(m.name, e.unit_name) end as unit_name,
        e.comment, e.step_result, e.details
      from bench_copies c
      join bench_templates t on t.t = c.t
      join bench_template_events e on e.dossier_id = t.id
      left join bench_unit_map m on m.p = c.p and m.template_id = e.unit_id
      left join bench_officers o on o.id = e.actor_id
      where c.g between $1 and $2
    ) x`,
  files: `
    insert into dossier_files (dossier_id, kind, component_index, name, mime, size, sha256, storage_key, uploaded_by,
      reused_from_file_id, signature, signature_key_id, signed_by, signed_by_name, signed_at, created_at)
    select c.id, f.kind, f.component_index, f.name, f.mime, f.size, f.sha256, f.storage_key, f.uploaded_by,
      f.reused_from_file_id, f.signature, f.signature_key_id, f.signed_by, f.signed_by_name, ${SHIFT('f.signed_at')},
      ${SHIFT('f.created_at')}
    from bench_copies c
    join bench_templates t on t.t = c.t
    join bench_template_files f on f.dossier_id = t.id
    where c.g between $1 and $2`,
  payments: `
    insert into payments (dossier_id, amount_vnd, method, provider, provider_ref, status, receipt_number,
      failure_reason, created_at, paid_at)
    select c.id, x.amount_vnd, x.method, x.provider,
      case when x.provider_ref is null then null else 'MC' || regexp_replace(c.code, '[^0-9A-Z]', '', 'g') end,
      x.status, x.receipt_number, x.failure_reason, ${SHIFT('x.created_at')}, ${SHIFT('x.paid_at')}
    from bench_copies c
    join bench_templates t on t.t = c.t
    join bench_template_payments x on x.dossier_id = t.id
    where c.g between $1 and $2`,
  ratings: `
    insert into dossier_ratings (dossier_id, citizen_id, receiving_unit_id, satisfied, reasons, comment, created_at)
    select c.id, x.citizen_id, c.target, x.satisfied, x.reasons, x.comment, ${SHIFT('x.created_at')}
    from bench_copies c
    join bench_templates t on t.t = c.t
    join bench_template_ratings x on x.dossier_id = t.id
    where c.g between $1 and $2`,
} as const;

/** Real intakes on the history's days continue after the copies' numbers. */
export async function advanceSequences(client: pg.Client): Promise<string> {
  const result = await client.query(`
    insert into dossier_sequences (unit_id, day, last)
      select target, day, max(right(code, 4)::int) from bench_copies group by target, day
    on conflict (unit_id, day) do update set last = greatest(dossier_sequences.last, excluded.last)`);
  return `${result.rowCount} unit-days`;
}
