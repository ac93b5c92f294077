import type pg from 'pg';
import { runScript } from './database';

/**
 * The 34 provinces and centrally run cities since 1 July 2025. Quảng Trị is the demo's own province: it keeps its
 * seeded units and receives more communes; every other province gets a copy of its departments, service centre and
 * officers, and its share of communes.
 */
const PROVINCES: readonly (readonly [key: string, name: string])[] = [
  ['hni', 'Thành phố Hà Nội'],
  ['hue', 'Thành phố Huế'],
  ['lcu', 'Tỉnh Lai Châu'],
  ['dbn', 'Tỉnh Điện Biên'],
  ['sla', 'Tỉnh Sơn La'],
  ['lsn', 'Tỉnh Lạng Sơn'],
  ['qnh', 'Tỉnh Quảng Ninh'],
  ['tha', 'Tỉnh Thanh Hóa'],
  ['nan', 'Tỉnh Nghệ An'],
  ['hti', 'Tỉnh Hà Tĩnh'],
  ['cbg', 'Tỉnh Cao Bằng'],
  ['tqg', 'Tỉnh Tuyên Quang'],
  ['lci', 'Tỉnh Lào Cai'],
  ['tng', 'Tỉnh Thái Nguyên'],
  ['pto', 'Tỉnh Phú Thọ'],
  ['bnh', 'Tỉnh Bắc Ninh'],
  ['hyn', 'Tỉnh Hưng Yên'],
  ['hpg', 'Thành phố Hải Phòng'],
  ['nbh', 'Tỉnh Ninh Bình'],
  ['dng', 'Thành phố Đà Nẵng'],
  ['qng', 'Tỉnh Quảng Ngãi'],
  ['gli', 'Tỉnh Gia Lai'],
  ['khh', 'Tỉnh Khánh Hòa'],
  ['ldg', 'Tỉnh Lâm Đồng'],
  ['dlk', 'Tỉnh Đắk Lắk'],
  ['hcm', 'Thành phố Hồ Chí Minh'],
  ['dni', 'Tỉnh Đồng Nai'],
  ['tnh', 'Tỉnh Tây Ninh'],
  ['cto', 'Thành phố Cần Thơ'],
  ['vlg', 'Tỉnh Vĩnh Long'],
  ['dtp', 'Tỉnh Đồng Tháp'],
  ['cmu', 'Tỉnh Cà Mau'],
  ['agg', 'Tỉnh An Giang'],
];

/** Communes are named from two syllables, each province's list running through the pairs in turn. */
const FIRST_SYLLABLES = ['An', 'Bình', 'Phú', 'Tân', 'Hòa', 'Thạnh', 'Phước', 'Long', 'Hưng', 'Thuận'];
const SECOND_SYLLABLES = ['Đông', 'Tây', 'Nam', 'Bắc', 'Lợi', 'Mỹ', 'Hiệp', 'Lộc', 'Xuân', 'Thịnh', 'Khánh'];

/** The demo communes whose dossier history is copied; each new commune copies one of them. */
export const TEMPLATE_COMMUNES = ['qti.quangtri', 'qti.minhhoa', 'qti.botrach'] as const;

export type WorldSize = { communes: number; procedures: number };

/** Units created for the benchmark start before the history does (the demo's own start with the 2025 reform). */
const BENCH_VALID_FROM = '2025-01-01';

/**
 * Provinces, their copies of Quảng Trị's provincial units, communes and officers, set-based. Leaves two session
 * tables for the history: `bench_unit_map` (province number, demo unit → its copy in that province; identity for
 * Quảng Trị, number 0) and `bench_communes` (every commune that receives copied dossiers, with the demo commune it
 * copies and its number among that demo commune's copies).
 */
export async function createUnits(client: pg.Client, size: WorldSize): Promise<string> {
  await runScript(
    client,
    `
    create temp table bench_provinces (p int primary key, id uuid not null, key text not null, name text not null,
      code text not null, path text not null);
    insert into bench_provinces
      select 0, id, account_prefix, replace(name, 'UBND ', ''), code, path from units where account_prefix = 'qti';
    insert into bench_provinces
      select n, pg_temp.bench_uuid('bench-province-' || n), x.key, x.name, 'H' || lpad(n::text, 2, '0'), ''
      from jsonb_to_recordset($1::jsonb) as x(n int, key text, name text);
    update bench_provinces p set path = root.path || p.id || '/'
      from units root where root.parent_id is null and p.p > 0;
    insert into units (id, parent_id, name, level, code, account_prefix, valid_from, path, depth)
      select p.id, root.id, 'UBND ' || lower(left(p.name, 1)) || substr(p.name, 2), 'province', p.code, p.key,
        '${BENCH_VALID_FROM}', p.path, 1
      from bench_provinces p, units root where root.parent_id is null and p.p > 0;`,
    [JSON.stringify(PROVINCES.map(([key, name], i) => ({ n: i + 1, key, name })))],
  );
  // Quảng Trị's departments, divisions and service centre, copied into every province (ids derived, so that the
  // history can map a demo unit to its copy by expression).
  await runScript(
    client,
    `
    create temp table bench_unit_map (p int not null, template_id uuid not null, unit_id uuid not null,
      name text not null, primary key (p, template_id));
    insert into bench_unit_map
      select 0, u.id, u.id, u.name from units u
      where u.path like (select path from bench_provinces where p = 0) || '%' and u.level <> 'commune';
    insert into bench_unit_map
      select p.p, u.id, case when u.level = 'province' then p.id else pg_temp.bench_uuid(u.id::text || p.p) end,
        case when u.level = 'province' then 'UBND ' || lower(left(p.name, 1)) || substr(p.name, 2)
          else replace(u.name, 'tỉnh Quảng Trị', lower(left(p.name, 1)) || substr(p.name, 2)) end
      from units u cross join bench_provinces p
      where p.p > 0 and u.path like (select path from bench_provinces where p = 0) || '%' and u.level <> 'commune';
    insert into units (id, parent_id, name, level, code, account_prefix, valid_from, feedback_approval_required,
        path, depth)
      select m.unit_id, pm.unit_id, m.name, u.level, p.code || substr(u.code, 4), p.key || substr(u.account_prefix, 4),
        '${BENCH_VALID_FROM}', u.feedback_approval_required,
        replace(u.path, (select path from bench_provinces where p = 0), p.path)
          -- the path's ids are the demo's; each becomes its copy's
          , u.depth
      from bench_unit_map m
      join units u on u.id = m.template_id
      join bench_unit_map pm on pm.p = m.p and pm.template_id = u.parent_id
      join bench_provinces p on p.p = m.p
      where m.p > 0 and u.level <> 'province'
      order by u.depth;`,
  );
  // Paths still name the demo's departments for divisions: rewrite each path segment through the map.
  await client.query(`
    update units u set path = (
      select '/' || string_agg(coalesce(m.unit_id::text, seg), '/' order by ord) || '/'
      from unnest(string_to_array(trim(both '/' from u.path), '/')) with ordinality as s(seg, ord)
      left join bench_unit_map m on m.p = bp.p and m.template_id::text = s.seg and s.ord > 2)
    from bench_provinces bp
    where bp.p > 0 and u.path like bp.path || '%' and u.depth >= 2`);

  const newCommunes = Math.max(0, size.communes - 6);
  await runScript(
    client,
    `
    create temp table bench_communes (id uuid primary key, p int not null, j int not null, n int not null,
      name text not null, code text not null, prefix text not null, template_id uuid not null);
    insert into bench_communes
      select u.id, 0, t.j - 1, 0, u.name, u.code, u.account_prefix, u.id
      from unnest($1::text[]) with ordinality as t(prefix, j) join units u on u.account_prefix = t.prefix;
    with numbered as (
      select s, s % 34 as p, s / 34 as k from generate_series(0, $2::int - 1) s
    )
    insert into bench_communes
      select pg_temp.bench_uuid('bench-commune-' || s), n.p, n.s % 3, 0,
        case when n.k % 3 = 0 then 'Phường ' else 'Xã ' end
          || ($3::text[])[1 + n.k % array_length($3::text[], 1)] || ' '
          || ($4::text[])[1 + (n.k / array_length($3::text[], 1)) % array_length($4::text[], 1)]
          || case when n.k >= array_length($3::text[], 1) * array_length($4::text[], 1)
               then ' ' || (n.k / (array_length($3::text[], 1) * array_length($4::text[], 1)) + 1) else '' end,
        -- two digits at least (the demo's communes are .50.01 to .50.06), three past 99
        p.code || '.50.' || (select case when x < 100 then to_char(x, 'FM09') else x::text end
          from (select n.k + case when n.p = 0 then 7 else 1 end as x) as number),
        p.key || '.x' || lpad((n.k + 1)::text, 3, '0'),
        (select id from units where account_prefix = ($1::text[])[1 + n.s % 3])
      from numbered n join bench_provinces p on p.p = n.p;
    update bench_communes c set n = x.n from (
      select id, row_number() over (partition by j order by p, code) - 1 as n from bench_communes) x
    where x.id = c.id;
    insert into units (id, parent_id, name, level, code, account_prefix, valid_from, path, depth)
      select c.id, p.id, c.name, 'commune', c.code, c.prefix, '${BENCH_VALID_FROM}', p.path || c.id || '/', 2
      from bench_communes c join bench_provinces p on p.p = c.p where c.id <> c.template_id;`,
    [TEMPLATE_COMMUNES, newCommunes, FIRST_SYLLABLES, SECOND_SYLLABLES],
  );
  // Each copied unit gets the officers of the unit it copies: the same roles and names, ids derived from both.
  const users = await client.query(`
    insert into users (id, username, password_hash, full_name, unit_id, roles)
      select pg_temp.bench_uuid(u.id::text || x.unit_id::text), x.prefix || '.' || regexp_replace(u.username, '^.*\\.', ''),
        u.password_hash, u.full_name, x.unit_id, u.roles
      from (
        select m.template_id, m.unit_id, nu.account_prefix as prefix from bench_unit_map m
          join units nu on nu.id = m.unit_id where m.p > 0
        union all
        select template_id, id, prefix from bench_communes where id <> template_id
      ) x join users u on u.unit_id = x.template_id`);
  const [counts] = (
    await client.query<{ provinces: number; communes: number }>(
      `select (select count(*) from units where level = 'province' and valid_to is null)::int as provinces,
        (select count(*) from units where level = 'commune' and valid_to is null)::int as communes`,
    )
  ).rows;
  return `${counts?.provinces} provinces, ${counts?.communes} communes, ${users.rowCount} officers added`;
}

/**
 * The national catalogue's size: copies of the demo's published procedures under new codes (`4.xxxxxx`), one
 * published version each, their content's code and name rewritten so that the catalogue reads them as its own.
 */
export async function createProcedures(client: pg.Client, size: WorldSize): Promise<string> {
  await runScript(
    client,
    `
    create temp table bench_procedure_templates as
      select row_number() over (order by code) - 1 as t, v.* from procedure_versions v where status = 'published';
    create temp table bench_new_procedures as
      select s, pg_temp.bench_uuid('bench-procedure-' || s) as id, '4.' || lpad((100000 + s)::text, 6, '0') as code,
        t.name || ' (' || ($2::text[])[1 + (s / (select count(*) from bench_procedure_templates))::int
          % array_length($2::text[], 1)] || ')' as name, t.id as template_id
      from generate_series(0, greatest($1::int - (select count(*) from bench_procedure_templates)::int, 0) - 1) s
      join bench_procedure_templates t on t.t = s % (select count(*) from bench_procedure_templates);
    insert into procedures (id, code) select id, code from bench_new_procedures;
    insert into procedure_versions (procedure_id, version_no, status, effective_from, code, name, field, levels,
        online_level, executing_agency, content)
      select n.id, 1, 'published', v.effective_from, n.code, n.name, v.field, v.levels, v.online_level,
        v.executing_agency, v.content || jsonb_build_object('code', n.code, 'name', n.name)
      from bench_new_procedures n join procedure_versions v on v.id = n.template_id;`,
    [size.procedures, PROCEDURE_VARIANTS],
  );
  const [count] = (await client.query<{ n: number }>(`select count(*)::int as n from procedure_versions`))
    .rows;
  return `${count?.n} published procedures`;
}

/** Qualifiers that tell the copies of one procedure apart, as the catalogue's variants by subject and case do. */
const PROCEDURE_VARIANTS = [
  'đối với cá nhân',
  'đối với tổ chức',
  'trường hợp cấp lại',
  'trường hợp điều chỉnh',
  'trường hợp có yếu tố nước ngoài',
  'cấp tỉnh',
  'cấp xã',
  'liên thông',
  'trường hợp đặc biệt',
  'trường hợp bổ sung',
];
