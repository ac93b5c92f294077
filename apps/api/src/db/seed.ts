import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { periodWindow, ROLE_ACCOUNT_SUFFIX, type Role } from '@motcua/shared';
import { count, eq } from 'drizzle-orm';
import { ProcedureInputSchema } from '@motcua/shared';
import type { FileStore } from '../lib/files';
import type { Signer } from '../lib/signing';
import { hashPassword } from '../lib/passwords';
import { indexedColumns } from '../modules/procedures/procedures.repository';
import { ensureShippedForms } from '../modules/reports/reports.service';
import { dueAfter, feedbackCalendar, searchTextOf, startClock } from '../modules/feedback/feedback.service';
import demoProcedures from './reference/procedures-demo.json';
import type { Database, Executor } from './client';
import { seedHistory } from './seed-history';
import { birthRegistrationForm } from './seed-templates';
import {
  citizens,
  feedback,
  feedbackEvents,
  procedures,
  procedureTemplates,
  procedureVersions,
  questions,
  reportPeriods,
  reportTemplates,
  units,
  users,
} from './schema';
import {
  DEMO_ADMIN,
  DEMO_CITIZEN,
  DEMO_FEEDBACK,
  DEMO_WAITING_FEEDBACK,
  DEMO_NAMES,
  DEMO_PASSWORD,
  DEMO_QUESTIONS,
  DEMO_ROOT,
  type DemoUnit,
} from './seed-data';

type UnitInsert = typeof units.$inferInsert;
type UserInsert = typeof users.$inferInsert;

/** Flattens the demo tree into unit rows (with paths) and one account per listed role. */
function flatten(root: DemoUnit, passwordHash: string) {
  const unitRows: (UnitInsert & { mergedIntoKey?: string })[] = [];
  const userRows: UserInsert[] = [];
  let nameIndex = 0;
  const nextName = () => DEMO_NAMES[nameIndex++ % DEMO_NAMES.length] ?? 'Cán bộ';

  function visit(unit: DemoUnit, parent: { id: string; path: string; prefix: string; depth: number } | null) {
    const id = randomUUID();
    const prefix = parent && parent.prefix !== 'vpcp' ? `${parent.prefix}.${unit.key}` : unit.key;
    const path = `${parent?.path ?? '/'}${id}/`;
    unitRows.push({
      id,
      parentId: parent?.id ?? null,
      name: unit.name,
      level: unit.level,
      code: unit.code,
      accountPrefix: prefix,
      validFrom: unit.validFrom,
      validTo: unit.validTo ?? null,
      path,
      depth: parent ? parent.depth + 1 : 0,
      mergedIntoKey: unit.mergedInto,
      feedbackApprovalRequired: unit.feedbackApprovalRequired ?? false,
    });
    for (const role of unit.accounts) {
      userRows.push({
        username: `${prefix}.${ROLE_ACCOUNT_SUFFIX[role]}`,
        fullName: nextName(),
        unitId: id,
        roles: [role] satisfies Role[],
        passwordHash,
      });
    }
    for (const child of unit.children ?? [])
      visit(child, { id, path, prefix, depth: parent ? parent.depth + 1 : 0 });
  }
  visit(root, null);
  return { unitRows, userRows };
}

/**
 * Published answers for the portal's public list, each with the steps that led to it, and one feedback just sent
 * to the province, waiting in its intake queue.
 */
async function seedFeedback(tx: Executor, idByPrefix: Map<string, string | undefined>) {
  const province = idByPrefix.get('qti');
  if (!province) throw new Error('demo province missing');
  for (const [i, item] of DEMO_FEEDBACK.entries()) {
    const handler = idByPrefix.get(item.handler);
    if (!handler) throw new Error(`demo unit ${item.handler} missing`);
    const submitted = new Date(Date.UTC(2026, 9, 5 + i * 9, 2));
    const forwarded = new Date(submitted.getTime() + 86_400_000);
    const answered = new Date(submitted.getTime() + 6 * 86_400_000);
    const published = new Date(answered.getTime() + 3_600_000);
    const calendar = await feedbackCalendar(tx, submitted);
    const code = `PA-DEM${String(i + 1).padStart(7, '0')}`;
    const [row] = await tx
      .insert(feedback)
      .values({
        code,
        category: item.category,
        title: item.title,
        content: item.content,
        searchText: searchTextOf({ ...item, code }),
        senderName: DEMO_NAMES[i] ?? 'Công dân',
        senderEmail: `congdan${i + 1}@example.vn`,
        consentAt: submitted,
        accessKeyHash: createHash('sha256').update(randomBytes(24)).digest('hex'),
        receivingUnitId: province,
        handlingUnitId: handler,
        status: 'published',
        ...startClock(calendar, submitted),
        classifiedAt: forwarded,
        answer: item.answer,
        answeredByName: 'Văn phòng Sở',
        answeredAt: answered,
        publishDueAt: dueAfter(calendar, answered, 2),
        publishedAt: published,
        rating: item.rating,
        ratedAt: item.rating ? published : null,
        createdAt: submitted,
      })
      .returning({ id: feedback.id });
    if (!row) throw new Error('insert returned no row');
    await tx.insert(feedbackEvents).values([
      { feedbackId: row.id, event: 'submitted', toStatus: 'new', unitId: province, createdAt: submitted },
      {
        feedbackId: row.id,
        event: 'forward',
        fromStatus: 'new',
        toStatus: 'processing',
        unitId: province,
        actorName: 'Văn phòng UBND tỉnh',
        createdAt: forwarded,
      },
      {
        feedbackId: row.id,
        event: 'submit_answer',
        fromStatus: 'processing',
        toStatus: 'answered',
        unitId: handler,
        actorName: 'Văn phòng Sở',
        createdAt: answered,
      },
      {
        feedbackId: row.id,
        event: 'publish',
        fromStatus: 'answered',
        toStatus: 'published',
        unitId: handler,
        actorName: 'Văn phòng Sở',
        createdAt: published,
      },
    ]);
  }
  const now = new Date();
  const waiting = { ...DEMO_WAITING_FEEDBACK, code: 'PA-DEM0000004' };
  const [row] = await tx
    .insert(feedback)
    .values({
      ...waiting,
      searchText: searchTextOf({ ...waiting, answer: null }),
      senderName: 'Phạm Thị Thu',
      senderPhone: '0905123456',
      consentAt: now,
      accessKeyHash: createHash('sha256').update(randomBytes(24)).digest('hex'),
      receivingUnitId: province,
      ...startClock(await feedbackCalendar(tx, now), now),
    })
    .returning({ id: feedback.id });
  if (!row) throw new Error('insert returned no row');
  await tx
    .insert(feedbackEvents)
    .values({ feedbackId: row.id, event: 'submitted', toStatus: 'new', unitId: province });
}

/** The quarter under way, issued by the province with the dossier and feedback forms, for its units to fill in. */
async function seedReportPeriod(tx: Executor, idByPrefix: Map<string, string | undefined>) {
  const province = idByPrefix.get('qti');
  if (!province) throw new Error('demo province missing');
  await ensureShippedForms(tx);
  const forms = await tx.select().from(reportTemplates).where(eq(reportTemplates.versionNo, 1));
  const { from, to } = periodWindow('q4', 2026);
  await tx.insert(reportPeriods).values({
    issuerUnitId: province,
    name: 'Báo cáo quý IV năm 2026',
    kind: 'q4',
    year: 2026,
    dataFrom: from,
    dataTo: to,
    entryDeadline: '2026-12-20',
    templateIds: forms.filter((f) => f.code === '06/VPCP/KSTT' || f.code === 'PAKN').map((f) => f.id),
    status: 'issued',
    issuedAt: new Date(Date.UTC(2026, 9, 1, 2)),
  });
}

/**
 * Seeds the demo organisation, its accounts (password Demo@123) and a demo citizen into an empty database.
 * Does nothing when units exist. Callers refuse it in production (see config).
 */
export async function seedDemo(
  db: Database,
  log: (message: string) => void,
  files?: FileStore,
  signer?: Signer,
): Promise<boolean> {
  const [existing] = await db.select({ n: count() }).from(units);
  if ((existing?.n ?? 0) > 0) return false;
  const template = files
    ? await files.save(await birthRegistrationForm(), 'to-khai-dang-ky-khai-sinh.pdf')
    : undefined;
  // One hash for every demo account keeps the first start fast; real accounts each get their own salt.
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const { unitRows, userRows } = flatten(DEMO_ROOT, passwordHash);
  const idByPrefix = new Map(unitRows.map((u) => [u.accountPrefix, u.id]));
  const root = unitRows[0];
  if (!root?.id) throw new Error('demo tree is empty');
  userRows.push({ ...DEMO_ADMIN, unitId: root.id, roles: ['system_admin'], passwordHash });

  await db.transaction(async (tx) => {
    await tx.insert(units).values(
      unitRows.map(({ mergedIntoKey, ...row }) => ({
        ...row,
        mergedIntoId: mergedIntoKey ? (idByPrefix.get(mergedIntoKey) ?? null) : null,
      })),
    );
    await tx.insert(users).values(userRows);
    const [citizen] = await tx
      .insert(citizens)
      .values({ ...DEMO_CITIZEN, passwordHash })
      .returning({ id: citizens.id });
    if (!citizen) throw new Error('insert returned no row');
    // Real procedures of the national catalogue, in force since the two-tier reform.
    const [form] = template ? await tx.insert(procedureTemplates).values(template).returning() : [];
    for (const input of demoProcedures.procedures) {
      const content = ProcedureInputSchema.parse(input);
      // The printed form goes with the component that asks for it.
      for (const component of content.cases.flatMap((c) => c.components)) {
        if (form && content.code === '1.001193' && component.name.startsWith('Tờ khai đăng ký khai sinh')) {
          component.templates = [{ id: form.id, name: 'Tờ khai đăng ký khai sinh' }];
        }
      }
      const [procedure] = await tx.insert(procedures).values({ code: content.code }).returning();
      if (!procedure) throw new Error('insert returned no row');
      await tx.insert(procedureVersions).values({
        procedureId: procedure.id,
        versionNo: 1,
        status: 'published',
        effectiveFrom: '2025-07-01',
        ...indexedColumns(content),
      });
    }
    const commune = idByPrefix.get('qti.donghoi');
    if (!commune) throw new Error('demo commune missing');
    await tx.insert(questions).values(
      DEMO_QUESTIONS.map((q, i) => ({
        ...q,
        citizenId: citizen.id,
        unitId: commune,
        status: 'answered' as const,
        answeredByName: 'Bộ phận Một cửa phường Đồng Hới',
        createdAt: new Date(Date.UTC(2026, 8, 28 + i * 7, 2)),
        answeredAt: new Date(Date.UTC(2026, 9, 1 + i * 7, 2)),
      })),
    );
    await seedFeedback(tx, idByPrefix);
    await seedReportPeriod(tx, idByPrefix);
    await seedHistory(tx, { citizenId: citizen.id, passwordHash, files, signer });
  });
  log(
    `Demo data seeded: ${unitRows.length} units, ${userRows.length} officer accounts, a citizen (password ${DEMO_PASSWORD}) and ${demoProcedures.procedures.length} procedures.`,
  );
  return true;
}
