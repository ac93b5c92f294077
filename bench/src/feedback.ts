import { addDays, FEEDBACK_DEADLINE_DAYS, vnInstant } from '@motcua/shared';
import { loadCalendar } from '@motcua/api/src/modules/calendar/calendar.service';
import { dueAfter } from '@motcua/api/src/modules/feedback/feedback.service';
import type { Database } from '@motcua/api/src/db/client';
import type pg from 'pg';
import { runScript } from './database';

/** The window of generated activity: two years up to the demo history's last day. */
export const WINDOW = { from: '2025-01-01', to: '2026-11-20' } as const;

const TOPICS: readonly (readonly [category: 'rules' | 'conduct', title: string, content: string])[] = [
  [
    'rules',
    'Thời hạn cấp giấy chứng nhận quyền sử dụng đất',
    'Tôi nộp hồ sơ cấp giấy chứng nhận quyền sử dụng đất đã quá hạn nhưng chưa nhận được kết quả, đề nghị cơ quan xem xét.',
  ],
  [
    'rules',
    'Thành phần hồ sơ đăng ký khai sinh',
    'Đề nghị làm rõ trường hợp cha mẹ chưa đăng ký kết hôn thì cần nộp những giấy tờ gì khi đăng ký khai sinh.',
  ],
  [
    'rules',
    'Lệ phí chứng thực bản sao',
    'Mức thu lệ phí chứng thực bản sao từ bản chính tại xã khác với mức niêm yết trên Cổng dịch vụ công.',
  ],
  [
    'rules',
    'Nộp hồ sơ trực tuyến bị lỗi',
    'Khi nộp hồ sơ trực tuyến, hệ thống báo lỗi ở bước tải tệp đính kèm, đề nghị kiểm tra và hướng dẫn.',
  ],
  [
    'conduct',
    'Thái độ tiếp công dân tại bộ phận một cửa',
    'Cán bộ tiếp nhận hồ sơ có thái độ chưa đúng mực, yêu cầu nộp thêm giấy tờ không có trong danh mục.',
  ],
  [
    'conduct',
    'Chậm trả kết quả không có thư xin lỗi',
    'Hồ sơ của tôi trễ hẹn nhưng không nhận được văn bản xin lỗi và hẹn lại ngày trả kết quả theo quy định.',
  ],
];
const ANSWER =
  'Cơ quan đã kiểm tra, làm việc với bộ phận liên quan và chấn chỉnh; kết quả giải quyết đã được thông báo cho công dân.';
const SENDERS = [
  'Nguyễn Văn Hùng',
  'Trần Thị Mai',
  'Lê Minh Tuấn',
  'Phạm Thị Lan',
  'Hoàng Đức Long',
  'Võ Thị Hoa',
];

/** Statuses by share (out of 100); what is still open was received in the last three months. */
const STATUS_SHARES: readonly (readonly [status: string, share: number])[] = [
  ['published', 55],
  ['answered', 17],
  ['refused', 7],
  ['processing', 10],
  ['new', 4],
  ['awaiting_info', 3],
  ['awaiting_approval', 2],
  ['supplemented', 2],
];
const OPEN_SINCE = '2026-09-01';

/**
 * Each day's deadlines for feedback received that morning, from the product's own working-day rule (holidays,
 * swapped days), so that generated feedback is late or on time as real feedback would be.
 */
async function deadlinesByDay(db: Database) {
  const calendar = await loadCalendar(db, addDays(WINDOW.from, -7), addDays(WINDOW.to, 120));
  const rows: { day: string; refuse: string; info: string; handle: string; publish: string }[] = [];
  for (let day: string = WINDOW.from; day <= WINDOW.to; day = addDays(day, 1)) {
    const at = vnInstant(day, 9 * 60);
    rows.push({
      day,
      refuse: dueAfter(calendar, at, FEEDBACK_DEADLINE_DAYS.refuse).toISOString(),
      info: dueAfter(calendar, at, FEEDBACK_DEADLINE_DAYS.info).toISOString(),
      handle: dueAfter(calendar, at, FEEDBACK_DEADLINE_DAYS.handle).toISOString(),
      publish: dueAfter(calendar, at, FEEDBACK_DEADLINE_DAYS.publish).toISOString(),
    });
  }
  return rows;
}

/**
 * Citizens' feedback over the window, to provinces (most) and communes, forwarded to a department or handled by
 * the commune, in every status with the events that led there. Codes are `PA-` and ten Crockford base32 characters,
 * a bijection of the row number so that they are unique and look random.
 */
export async function createFeedback(client: pg.Client, db: Database, count: number): Promise<string> {
  const days = await deadlinesByDay(db);
  const cumulative: { status: string; upTo: number }[] = [];
  let sum = 0;
  for (const [status, share] of STATUS_SHARES) cumulative.push({ status, upTo: (sum += share) });
  await runScript(
    client,
    `
    create temp table bench_feedback_days as
      select * from jsonb_to_recordset($1::jsonb)
        as x(day date, refuse timestamptz, info timestamptz, handle timestamptz, publish timestamptz);
    create temp table bench_departments as
      select m.p, row_number() over (partition by m.p order by m.template_id)::int - 1 as n, m.unit_id
      from bench_unit_map m join units u on u.id = m.unit_id where u.level = 'department';
    create temp table bench_feedback as
    with base as (
      select g, (select count(*) from bench_feedback_days)::int as span
      from generate_series(0, $3::int - 1) g
    )
    select b.g, gen_random_uuid() as id,
      'PA-' || (select string_agg(substr('0123456789ABCDEFGHJKMNPQRSTVWXYZ',
          1 + (((b.g::bigint * 2654435761 + 12345) % 1125899906842624 >> (5 * i)) % 32)::int, 1), '' order by i desc)
        from generate_series(0, 9) i) as code,
      d.day, d.refuse, d.info, d.handle, d.publish,
      (d.day::timestamp + interval '7 hours 30 minutes' + (b.g * 37 % 600) * interval '1 minute')
        at time zone 'Asia/Ho_Chi_Minh' as received_at,
      case when s.status in ('published', 'answered', 'refused') or d.day < $4::date then
        case when s.status in ('published', 'answered', 'refused') then s.status else 'published' end
        else s.status end as status,
      b.g % 10 < 6 as to_province, b.g % 34 as p
    from base b
    join bench_feedback_days d on d.day = $5::date + (b.g * 7919 % b.span)
    cross join lateral (select x.status from jsonb_to_recordset($2::jsonb) as x(status text, "upTo" int)
      where x."upTo" > b.g * 37 % 100 order by x."upTo" limit 1) s;`,
    [JSON.stringify(days), JSON.stringify(cumulative), count, OPEN_SINCE, WINDOW.from],
  );
  await runScript(
    client,
    `
    create temp table bench_province_communes as
      select p, row_number() over (partition by p order by code)::int - 1 as n, id from bench_communes;
    create temp table bench_feedback_rows as
    select f.*, ($1::text[])[1 + f.g % array_length($1::text[], 1)] as category,
      ($2::text[])[1 + f.g % array_length($2::text[], 1)] as title,
      ($3::text[])[1 + f.g % array_length($3::text[], 1)] as content,
      ($4::text[])[1 + f.g % array_length($4::text[], 1)] as sender_name,
      case when f.to_province then bp.id else c.id end as receiving_unit_id,
      case when f.status = 'new' then null when f.to_province then dep.unit_id else c.id end as handling_unit_id,
      f.received_at + interval '1 day' as classified_at,
      f.received_at + (4 + f.g % 14) * interval '1 day' as answered_at
    from bench_feedback f
    join bench_provinces bp on bp.p = f.p
    left join (select p, count(*)::int as count from bench_communes group by p) pc on pc.p = f.p
    left join bench_province_communes c on c.p = f.p and c.n = (f.g / 34) % pc.count
    left join bench_departments dep on dep.p = f.p
      and dep.n = f.g % (select count(*) from bench_departments x where x.p = 0)::int;`,
    [TOPICS.map((t) => t[0]), TOPICS.map((t) => t[1]), TOPICS.map((t) => t[2]), SENDERS],
  );
  const inserted = await client.query(
    `
    insert into feedback (id, code, category, title, content, search_text, sender_name, sender_email, consent_at,
        access_key_hash, receiving_unit_id, handling_unit_id, status, info_request, refusal_reason, received_at,
        refuse_due_at, info_due_at, handle_due_at, publish_due_at, classified_at, refused_at, first_info_request_at,
        answer, answered_by_name, answered_at, published_at, rating, rated_at, created_at, updated_at)
    select f.id, f.code, f.category, f.title, f.content,
      f_unaccent(f.code || ' ' || f.title || ' ' || f.content || ' '
        || case when f.status in ('answered', 'published') then $1 else '' end),
      f.sender_name, 'congdan' || f.g || '@example.vn', f.received_at, md5('key-' || f.g) || md5('salt-' || f.g),
      f.receiving_unit_id, f.handling_unit_id, f.status,
      case when f.status = 'awaiting_info' then 'Đề nghị cung cấp mã hồ sơ và bản chụp giấy hẹn trả kết quả.' end,
      case when f.status = 'refused' then 'Nội dung không thuộc phạm vi tiếp nhận phản ánh, kiến nghị.' end,
      f.received_at, f.refuse, f.info, f.handle,
      case when f.status in ('answered', 'published') then f.answered_at + (f.publish - f.day::timestamptz) end,
      case when f.status not in ('new', 'refused') then f.classified_at end,
      case when f.status = 'refused' then f.classified_at end,
      case when f.status = 'awaiting_info' then f.classified_at end,
      case when f.status in ('answered', 'published') then $1 end,
      case when f.status in ('answered', 'published') then 'Văn phòng' end,
      case when f.status in ('answered', 'published') then f.answered_at end,
      case when f.status = 'published' then f.answered_at + interval '3 hours' end,
      case when f.status = 'published' and f.g % 5 < 2 then case when f.g % 7 = 0 then 'dislike' else 'like' end end,
      case when f.status = 'published' and f.g % 5 < 2 then f.answered_at + interval '2 days' end,
      f.received_at,
      greatest(f.received_at, case when f.status in ('answered', 'published') then f.answered_at
        else f.classified_at end)
    from bench_feedback_rows f`,
    [ANSWER],
  );
  const events = await client.query(`
    insert into feedback_events (feedback_id, event, from_status, to_status, unit_id, actor_name, created_at)
    select id, 'submitted', null, 'new', receiving_unit_id, null, received_at from bench_feedback_rows
    union all
    select id, 'forward', 'new', 'processing', receiving_unit_id, 'Văn phòng', classified_at from bench_feedback_rows
      where status not in ('new', 'refused')
    union all
    select id, 'refuse', 'new', 'refused', receiving_unit_id, 'Văn phòng', classified_at from bench_feedback_rows
      where status = 'refused'
    union all
    select id, 'request_info', 'processing', 'awaiting_info', handling_unit_id, 'Văn phòng',
      classified_at + interval '1 hour' from bench_feedback_rows where status = 'awaiting_info'
    union all
    select id, 'submit_answer', 'processing', 'answered', handling_unit_id, 'Văn phòng', answered_at
      from bench_feedback_rows where status in ('answered', 'published')
    union all
    select id, 'publish', 'answered', 'published', handling_unit_id, 'Văn phòng', answered_at + interval '3 hours'
      from bench_feedback_rows where status = 'published'`);
  return `${inserted.rowCount} feedback, ${events.rowCount} events`;
}
