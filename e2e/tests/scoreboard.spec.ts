import AxeBuilder from '@axe-core/playwright';
import { expect, test, type APIRequestContext, type Locator, type Page } from '@playwright/test';
import { DEMO_PASSWORD, openMenuIfCollapsed, tokenFrom } from './support';

/**
 * The public scoreboard (/bang-xep-hang): anyone opens it from the portal's navigation, reads the agencies of
 * Quảng Trị with their figures, sorts them and finds one by typing its name without diacritics. The figures come
 * from dossiers this spec resolves and rates through the API (the demo data may have none for this year): one at
 * Phường Đồng Hới rated satisfied, one at Phường Đông Hà rated not satisfied, so the satisfaction column has two
 * different values to sort.
 */

const DEMO_CITIZEN = '0912345678';
/** Đăng ký thường trú, received online by every commune of Quảng Trị. */
const PROCEDURE = '1.004222';
const SATISFACTION = 'Tỷ lệ hài lòng';
/** The data cells of a row, in the table's order (the agency's name is the row's header). */
const CELL = { resolved: 0, onTimeShare: 1, averageDays: 2, satisfiedShare: 3, rated: 4 } as const;

type Dossier = { id: string; code: string; state: string; version: number };

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

/** A minimal PDF, unique per call: the API checks an upload's type by its content and signs by its digest. */
function pdf(label: string): Buffer {
  return Buffer.from(
    `%PDF-1.4\n% ${label} ${Date.now()} ${Math.random()}\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n` +
      '2 0 obj<</Type/Pages/Count 0/Kids[]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
  );
}

function officerToken(request: APIRequestContext, username: string): Promise<string> {
  return tokenFrom(request, '/api/v1/auth/login', { username, password: DEMO_PASSWORD });
}

async function act(
  request: APIRequestContext,
  token: string,
  dossier: Dossier,
  action: string,
  extra: object = {},
): Promise<Dossier> {
  const response = await request.post(`/api/v1/dossiers/${dossier.id}/actions`, {
    headers: bearer(token),
    data: { action, version: dossier.version, ...extra },
  });
  expect(response.status(), `${action} is accepted`).toBe(200);
  return (await response.json()) as Dossier;
}

/**
 * The demo citizen files 1.004222 online with a commune; its officers (accounts `<prefix>.tn`, `.ldp`, `.cv`, `.ld`)
 * take it to a returned, signed result; the citizen rates the service.
 */
async function resolveAndRate(
  request: APIRequestContext,
  commune: { name: string; prefix: string },
  satisfied: boolean,
) {
  const citizen = await tokenFrom(request, '/api/v1/citizen/auth/login', {
    login: DEMO_CITIZEN,
    password: DEMO_PASSWORD,
  });
  const units = await request.get(`/api/v1/procedures/${PROCEDURE}/receiving-units`, {
    headers: bearer(citizen),
  });
  expect(units.status()).toBe(200);
  const unit = ((await units.json()) as { items: { id: string; name: string }[] }).items.find(
    (u) => u.name === commune.name,
  );
  expect(unit, `${commune.name} receives ${PROCEDURE}`).toBeDefined();
  const procedure = await request.get(`/api/v1/procedures/${PROCEDURE}`);
  expect(procedure.status()).toBe(200);
  const { cases } = (await procedure.json()) as { cases: { components: unknown[] }[] };
  const components = (cases[0]?.components ?? []).map((_, index) => ({ index, provided: true }));
  const submitted = await request.post('/api/v1/citizen/dossiers', {
    headers: bearer(citizen),
    data: {
      procedureCode: PROCEDURE,
      receivingUnitId: unit?.id,
      applicant: { fullName: 'Hoàng Văn Nam', identificationNumber: '044190012345', address: '5 Hùng Vương' },
      components,
    },
  });
  expect(submitted.status()).toBe(201);

  const receiving = await officerToken(request, `${commune.prefix}.tn`);
  const head = await officerToken(request, `${commune.prefix}.ldp`);
  const processing = await officerToken(request, `${commune.prefix}.cv`);
  const leader = await officerToken(request, `${commune.prefix}.ld`);
  let dossier = await act(request, receiving, (await submitted.json()) as Dossier, 'accept');
  dossier = await act(request, receiving, dossier, 'hand_over');
  const assignees = await request.get('/api/v1/dossiers/assignees', { headers: bearer(head) });
  const { items } = (await assignees.json()) as { items: { id: string; username: string }[] };
  const assignee = items.find((item) => item.username === `${commune.prefix}.cv`);
  dossier = await act(request, head, dossier, 'assign', { assigneeId: assignee?.id });
  const upload = await request.post(`/api/v1/dossiers/${dossier.id}/files?kind=result`, {
    headers: bearer(processing),
    multipart: { file: { name: 'ket-qua.pdf', mimeType: 'application/pdf', buffer: pdf(commune.prefix) } },
  });
  expect(upload.status()).toBe(201);
  const current = await request.get(`/api/v1/dossiers/${dossier.id}`, { headers: bearer(processing) });
  dossier = (await current.json()) as Dossier;
  dossier = await act(request, processing, dossier, 'submit_review');
  dossier = await act(request, head, dossier, 'submit_signature');
  dossier = await act(request, leader, dossier, 'sign');
  dossier = await act(request, receiving, dossier, 'return_result');

  const rated = await request.post(`/api/v1/citizen/dossiers/${dossier.id}/rating`, {
    headers: bearer(citizen),
    data: satisfied ? { satisfied: true } : { satisfied: false, reasons: ['unclear_guidance'] },
  });
  expect(rated.status(), 'the rating is accepted').toBe(200);
}

/** The rows of agencies (the header row has no row header). */
function agencyRows(page: Page, table: Locator): Locator {
  return table.getByRole('row').filter({ has: page.getByRole('rowheader') });
}

function agencyRow(page: Page, table: Locator, name: string): Locator {
  return table.getByRole('row').filter({ has: page.getByRole('rowheader', { name, exact: true }) });
}

/** A column's shares as numbers, top to bottom; null where the table shows a dash (nothing to measure). */
async function sharesOf(page: Page, table: Locator, cell: number): Promise<(number | null)[]> {
  const rows = agencyRows(page, table);
  const shares: (number | null)[] = [];
  for (let i = 0; i < (await rows.count()); i += 1) {
    const text = (await rows.nth(i).getByRole('cell').nth(cell).textContent()) ?? '';
    const match = /(\d+(?:,\d+)?)\s?%/.exec(text);
    shares.push(match?.[1] ? Number(match[1].replace(',', '.')) : null);
  }
  return shares;
}

/** The order a sorted column must be in: measured values in the direction, unmeasured ones after them. */
function sortedCopy(values: (number | null)[], direction: 'asc' | 'desc'): (number | null)[] {
  const measured = values.filter((v): v is number => v !== null);
  measured.sort((a, b) => (direction === 'asc' ? a - b : b - a));
  return [...measured, ...values.filter((v) => v === null)];
}

test('the public ranks the agencies of Quảng Trị, sorts them by satisfaction and finds one by its name without diacritics @phone', async ({
  page,
  request,
}) => {
  test.setTimeout(120_000);
  await resolveAndRate(request, { name: 'Phường Đồng Hới', prefix: 'qti.donghoi' }, true);
  await resolveAndRate(request, { name: 'Phường Đông Hà', prefix: 'qti.dongha' }, false);

  await page.goto('/');
  await openMenuIfCollapsed(page);
  await page
    .getByRole('navigation', { name: 'Điều hướng chính' })
    .getByRole('link', { name: 'Bảng xếp hạng' })
    .click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Bảng xếp hạng chất lượng phục vụ' }),
  ).toBeVisible();
  await expect(page).toHaveURL(/\/bang-xep-hang/);

  await page.getByLabel('Tỉnh, thành phố').selectOption({ label: 'UBND tỉnh Quảng Trị' });
  const table = page.getByRole('table', { name: /Cơ quan, đơn vị thuộc UBND tỉnh Quảng Trị, năm \d{4}/ });
  await expect(table).toBeVisible();
  // First ranked by the on-time share, highest first.
  await expect(table.getByRole('columnheader', { name: 'Tỷ lệ đúng hạn' })).toHaveAttribute(
    'aria-sort',
    'descending',
  );

  const donghoi = agencyRow(page, table, 'Phường Đồng Hới');
  const cells = donghoi.getByRole('cell');
  await expect(cells.nth(CELL.resolved)).toContainText(/[1-9]/);
  await expect(cells.nth(CELL.onTimeShare)).toContainText(/\d+(,\d)?%/);
  await expect(cells.nth(CELL.averageDays)).toContainText(/\d+,\d/);
  await expect(cells.nth(CELL.satisfiedShare)).toContainText(/\d+(,\d)?%/);
  await expect(cells.nth(CELL.rated)).toContainText(/[1-9]/);
  await expect(agencyRow(page, table, 'Phường Đông Hà')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Cách tính các chỉ số' })).toBeVisible();

  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(
    axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    'axe violations on the scoreboard',
  ).toEqual([]);

  // Sorting by satisfaction: the most satisfied first, then, once more, the least satisfied first.
  const satisfaction = table.getByRole('columnheader', { name: SATISFACTION });
  await satisfaction.getByRole('button', { name: SATISFACTION }).click();
  await expect(satisfaction).toHaveAttribute('aria-sort', 'descending');
  await expect(table).toHaveAccessibleName(/xếp theo tỷ lệ hài lòng, giảm dần/);
  const descending = await sharesOf(page, table, CELL.satisfiedShare);
  expect(new Set(descending.filter((v) => v !== null)).size, 'different shares to sort').toBeGreaterThan(1);
  expect(descending).toEqual(sortedCopy(descending, 'desc'));

  await satisfaction.getByRole('button', { name: SATISFACTION }).click();
  await expect(satisfaction).toHaveAttribute('aria-sort', 'ascending');
  const ascending = await sharesOf(page, table, CELL.satisfiedShare);
  expect(ascending).toEqual(sortedCopy(ascending, 'asc'));
  expect(ascending).not.toEqual(descending);

  // Searching without diacritics: "dong hoi" finds Phường Đồng Hới, and not Phường Đông Hà.
  const search = page.getByRole('searchbox', { name: 'Tìm cơ quan, đơn vị' });
  await search.fill('dong hoi');
  await expect(table.getByRole('rowheader')).toHaveText(['Phường Đồng Hới']);
  await expect(page.getByRole('status').filter({ hasText: 'khớp với “dong hoi”' })).toContainText(/^1\/\d+ /);

  await search.fill('khong co don vi nay');
  await expect(page.getByRole('heading', { name: 'Không tìm thấy cơ quan, đơn vị phù hợp' })).toBeVisible();
  await page.getByRole('button', { name: 'Xoá từ khoá tìm' }).click();
  await expect(search).toHaveValue('');
  await expect(agencyRow(page, table, 'Phường Đông Hà')).toBeVisible();
  await expect(donghoi).toBeVisible();
});
