import { readFileSync } from 'node:fs';
import { inflateRawSync } from 'node:zlib';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type APIRequestContext, type Locator, type Page } from '@playwright/test';
import { DEMO_PASSWORD, mainNav, signInOfficer, tokenFrom } from './support';

/**
 * A province leader reads the statistics: the dashboard narrowed to one commune and today, a number opened to the
 * dossiers behind it, a custom report built, run, saved and exported to Excel in the background, and the
 * service-quality index ranking the communes with one commune's six groups. The figures are exact because the spec
 * receives its own dossiers at Xã Minh Hóa today and reads, before that, what the commune already had today.
 * Desktop only (no @phone tag), like the other officers' journeys.
 */

const COMMUNE = { name: 'Xã Minh Hóa', prefix: 'qti.minhhoa' };
/** Đăng ký thường trú, received by every commune of Quảng Trị. */
const PROCEDURE = '1.004222';
const RECEIVED = 'Đã tiếp nhận, chờ chuyển xử lý';
const ASSIGNING = 'Chờ phân công';
const INDEX_GROUPS = [
  'Công khai, minh bạch',
  'Tiến độ giải quyết',
  'Dịch vụ công trực tuyến',
  'Thanh toán trực tuyến',
  'Số hóa hồ sơ',
  'Mức độ hài lòng',
];

type Dossier = { id: string; code: string; state: string; version: number; receivedAt: string };
type Count = { count: number };
type Dashboard = { byState: (Count & { state: string })[]; online: { total: Count } };

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

/** Today's date where the dossiers are received (the server counts days in Vietnam). */
function todayInVietnam(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());
}

/** What the commune's dashboard says for today, as the API answers it. */
async function dashboardToday(request: APIRequestContext, token: string, unitId: string, today: string) {
  const response = await request.get('/api/v1/statistics/dashboard', {
    headers: bearer(token),
    params: { unitId, from: today, to: today },
  });
  expect(response.status(), await response.text()).toBe(200);
  const dashboard = (await response.json()) as Dashboard;
  const inState = (state: string) => dashboard.byState.find((row) => row.state === state)?.count ?? 0;
  return {
    total: dashboard.online.total.count,
    received: inState('received'),
    assigning: inState('assigning'),
  };
}

/** The commune's receiving officer takes in a residence registration at the counter. */
async function receive(request: APIRequestContext, token: string, fullName: string): Promise<Dossier> {
  const response = await request.post('/api/v1/dossiers', {
    headers: bearer(token),
    data: {
      procedureCode: PROCEDURE,
      caseIndex: 0,
      applicant: { fullName, identificationNumber: '044090003333', address: 'Minh Hóa, Quảng Trị' },
      components: [0, 1, 2, 3, 4, 5, 6, 7, 8].map((index) => ({ index, provided: true })),
    },
  });
  expect(response.status(), await response.text()).toBe(201);
  return (await response.json()) as Dossier;
}

/** The text of every file in a zip archive (an .xlsx is one), inflated from its central directory. */
function zipText(bytes: Buffer): string {
  const end = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  expect(end, 'the archive has a central directory').toBeGreaterThan(0);
  const entries = bytes.readUInt16LE(end + 10);
  let at = bytes.readUInt32LE(end + 16);
  const texts: string[] = [];
  for (let i = 0; i < entries; i += 1) {
    const method = bytes.readUInt16LE(at + 10);
    const size = bytes.readUInt32LE(at + 20);
    const nameLength = bytes.readUInt16LE(at + 28);
    const skip = nameLength + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
    const local = bytes.readUInt32LE(at + 42);
    const start = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
    const data = bytes.subarray(start, start + size);
    texts.push((method === 8 ? inflateRawSync(data) : data).toString('utf8'));
    at += 46 + skip;
  }
  return texts.join('\n');
}

/** Picks a unit in a select whose options are indented by level. */
async function pickUnit(select: Locator, name: string) {
  const value = await select.getByRole('option', { name }).getAttribute('value');
  await select.selectOption(value ?? '');
}

/** A chart's card, found by its heading (its figures, once shown, are a region of the same name inside it). */
function chartCard(page: Page, title: string): Locator {
  return page
    .getByRole('region', { name: title, exact: true })
    .filter({ has: page.getByRole('heading', { level: 2, name: title, exact: true }) });
}

/** No WCAG 2.1 AA violation that axe can find on the screen as it stands. */
async function expectAccessible(page: Page, what: string) {
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  expect(
    violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    `axe violations on ${what}`,
  ).toEqual([]);
}

function statisticsTab(page: Page, name: string): Locator {
  return page
    .getByRole('navigation', { name: 'Các màn hình thống kê' })
    .getByRole('link', { name, exact: true });
}

test('a province leader reads the dashboard, drills to the dossiers, builds and exports a report and ranks the communes', async ({
  browser,
  baseURL,
  request,
}) => {
  test.setTimeout(120_000);
  const today = todayInVietnam();
  const leaderToken = await tokenFrom(request, '/api/v1/auth/login', {
    username: 'qti.ld',
    password: DEMO_PASSWORD,
  });
  const units = await request.get('/api/v1/units', { headers: bearer(leaderToken) });
  const commune = ((await units.json()) as { items: { id: string; name: string }[] }).items.find(
    (unit) => unit.name === COMMUNE.name,
  );
  expect(commune, `${COMMUNE.name} is in the leader's reach`).toBeDefined();
  const unitId = commune?.id ?? '';
  const before = await dashboardToday(request, leaderToken, unitId, today);

  // Two dossiers today: one waits to be handed over, the other waits for its division head to assign it.
  const receiving = await tokenFrom(request, '/api/v1/auth/login', {
    username: `${COMMUNE.prefix}.tn`,
    password: DEMO_PASSWORD,
  });
  const run = Date.now().toString(36).slice(-5);
  const waiting = await receive(request, receiving, `Trần Thị Chờ ${run}`);
  const handed = await receive(request, receiving, `Lê Văn Chuyển ${run}`);
  const moved = await request.post(`/api/v1/dossiers/${handed.id}/actions`, {
    headers: bearer(receiving),
    data: { action: 'hand_over', version: handed.version },
  });
  expect(moved.status(), await moved.text()).toBe(200);
  expect((await moved.json()) as Dossier).toMatchObject({ state: 'assigning' });
  expect(waiting.receivedAt.slice(0, 10), 'received today').toBe(today);
  const expected = {
    total: before.total + 2,
    received: before.received + 1,
    assigning: before.assigning + 1,
  };

  const { page, close } = await signInOfficer(browser, baseURL, 'qti.ld');

  // The dashboard, narrowed to the commune and today.
  await mainNav(page).getByRole('link', { name: 'Thống kê', exact: true }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Tổng quan tình hình giải quyết hồ sơ' }),
  ).toBeVisible();
  const scope = page.getByRole('form', { name: 'Phạm vi thống kê' });
  await pickUnit(scope.getByLabel('Đơn vị', { exact: true }), COMMUNE.name);
  await scope.getByLabel('Từ ngày').fill(today);
  await scope.getByLabel('Đến ngày').fill(today);
  await scope.getByRole('button', { name: 'Xem', exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`unitId=${unitId}`));

  const headline = page.getByRole('region', { name: 'Số liệu chính' });
  await expect(
    headline.getByRole('link', { name: `Hồ sơ tiếp nhận: xem ${expected.total} hồ sơ` }),
  ).toHaveText(String(expected.total));
  await expect(headline.getByText(/^Từ \d{2}\/\d{2}\/\d{4} đến \d{2}\/\d{2}\/\d{4}$/)).toBeVisible();
  await expect(headline).toContainText('Tỷ lệ nộp trực tuyến');

  const byState = chartCard(page, 'Hồ sơ theo trạng thái');
  await expect(byState.locator('.recharts-wrapper')).toBeVisible();
  await expect(chartCard(page, 'Hồ sơ nộp trực tuyến').locator('.recharts-wrapper')).toBeVisible();
  await byState.getByRole('button', { name: 'Xem bảng số liệu' }).click();
  const figures = byState.getByRole('table', { name: 'Hồ sơ theo trạng thái' });
  await expect(figures).toBeVisible();
  await expect(figures.getByRole('row', { name: new RegExp(`^${ASSIGNING}`) }).getByRole('cell')).toHaveText(
    String(expected.assigning),
  );
  await expectAccessible(page, 'the dashboard with a chart’s figures shown');

  // A number opens the dossiers behind it: the one still waiting is there, the one handed over is not.
  await figures.getByRole('link', { name: `${RECEIVED}: xem ${expected.received} hồ sơ` }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Danh sách hồ sơ' })).toBeVisible();
  await expectAccessible(page, 'the dossiers behind a number');
  const conditions = page.getByRole('region', { name: 'Điều kiện lọc' });
  await expect(conditions).toContainText(COMMUNE.name);
  await expect(conditions).toContainText(RECEIVED);
  await expect(page.getByText(`${expected.received} hồ sơ`, { exact: true })).toBeVisible();
  const drilled = page.getByRole('table', { name: 'Danh sách hồ sơ theo điều kiện đã chọn' });
  await expect(drilled.getByRole('rowheader', { name: waiting.code })).toBeVisible();
  await expect(drilled.getByRole('rowheader', { name: handed.code })).toHaveCount(0);
  await page.getByRole('link', { name: 'Quay lại' }).click();
  await expect(page.getByRole('region', { name: 'Số liệu chính' })).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`unitId=${unitId}`));

  // The custom report: four columns, the commune, today and the procedure.
  await statisticsTab(page, 'Báo cáo tùy chọn').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Báo cáo tùy chọn' })).toBeVisible();
  for (const column of ['Thủ tục hành chính', 'Ngày tiếp nhận', 'Ngày hẹn trả'])
    await page.getByRole('checkbox', { name: column, exact: true }).uncheck();
  await page.getByRole('checkbox', { name: 'Số ngày làm việc đã dùng', exact: true }).check();
  await expect(page.getByRole('list', { name: 'Thứ tự cột (4)' }).getByRole('listitem')).toHaveText([
    'Mã hồ sơ',
    'Người nộp',
    'Trạng thái',
    'Số ngày làm việc đã dùng',
  ]);
  await pickUnit(page.getByLabel('Đơn vị', { exact: true }), COMMUNE.name);
  await page.getByLabel('Từ ngày').fill(today);
  await page.getByLabel('Đến ngày').fill(today);
  await page.getByRole('textbox', { name: 'Mã thủ tục' }).fill(PROCEDURE);
  await page.getByRole('button', { name: 'Xem kết quả' }).click();

  const results = page.getByRole('region', { name: 'Kết quả', exact: true });
  const table = results.getByRole('table');
  await expect(table.getByRole('columnheader')).toHaveText([
    'Mã hồ sơ',
    'Người nộp',
    'Trạng thái',
    'Số ngày làm việc đã dùng',
  ]);
  await expectAccessible(page, 'the custom report builder with its results');
  const waitingRow = table
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: waiting.code }) });
  await expect(waitingRow.getByRole('cell').nth(0)).toHaveText(`Trần Thị Chờ ${run}`);
  await expect(waitingRow.getByRole('cell').nth(1)).toHaveText(RECEIVED);
  const handedRow = table
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: handed.code }) });
  await expect(handedRow.getByRole('cell').nth(1)).toHaveText(ASSIGNING);

  // Saved under a name, it is listed among the leader's reports and opens in the builder.
  const name = `Hồ sơ thường trú Minh Hóa ${run}`;
  await page.getByRole('button', { name: 'Lưu báo cáo' }).click();
  const dialog = page.getByRole('dialog', { name: 'Lưu báo cáo' });
  await dialog.getByLabel('Tên báo cáo').fill(name);
  await dialog.getByRole('button', { name: 'Lưu', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText(`Đã lưu báo cáo ${name}`)).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: `Đang mở: ${name}` })).toBeVisible();
  await expect(
    page.getByRole('list', { name: 'Báo cáo đã lưu' }).getByRole('listitem').filter({ hasText: name }),
  ).toContainText('Đang mở');
  // Saving a new report clears the results: they are run again for the export.
  await page.getByRole('button', { name: 'Xem kết quả' }).click();
  await expect(table.getByRole('rowheader', { name: waiting.code })).toBeVisible();

  // Exported to Excel: the progress shows while the job runs (its first answer is held until the bar is seen),
  // then the file downloads by itself.
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route(/\/api\/v1\/statistics\/exports\/[0-9a-f-]{36}$/, async (route) => {
    await held;
    await route.continue();
  });
  const download = page.waitForEvent('download');
  await results.getByRole('button', { name: 'Xuất Excel' }).click();
  await expect(results.getByRole('progressbar', { name: /^Tiến độ xuất tệp/ })).toBeVisible();
  release();
  await expect(results.getByText('Đã xuất xong, tệp đã được tải về máy.')).toBeVisible();
  await expect(results.getByRole('progressbar')).toHaveCount(0);
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/\.xlsx$/);
  const bytes = readFileSync(await file.path());
  expect(bytes.length).toBeGreaterThan(0);
  expect(bytes.subarray(0, 2).toString('latin1'), 'an .xlsx is a zip archive').toBe('PK');
  const sheet = zipText(bytes);
  expect(sheet).toContain(waiting.code);
  expect(sheet).toContain(handed.code);
  expect(sheet).toContain('Số ngày làm việc đã dùng');
  await page.unroute(/\/api\/v1\/statistics\/exports\/[0-9a-f-]{36}$/);
  const exported = page.getByRole('table', { name: 'Tệp đã xuất, mới nhất trước' });
  await expect(exported.getByRole('row').filter({ hasText: name }).first()).toContainText('Hoàn thành');

  // The service-quality index ranks the communes out of 100; one commune shows its six groups.
  await statisticsTab(page, 'Chỉ số phục vụ').click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Chỉ số phục vụ người dân, doanh nghiệp' }),
  ).toBeVisible();
  await page.getByLabel('Cấp đơn vị xếp hạng').selectOption({ label: 'Xã, phường, đặc khu' });
  const ranking = page.getByRole('table', { name: 'Bảng xếp hạng chỉ số phục vụ, điểm cao nhất trước' });
  // A unit's name in the ranking is the link to its own index.
  const unitLink = (unit: string) => page.getByRole('link', { name: unit, exact: true });
  const communeRow = ranking.getByRole('row').filter({ has: unitLink(COMMUNE.name) });
  await expect(communeRow.getByRole('cell').nth(1)).toHaveText(/^\d+(,\d+)?\/100$/);
  await expect(ranking.getByRole('row').filter({ has: unitLink('Phường Đồng Hới') })).toContainText('/100');
  await expectAccessible(page, 'the ranking');
  await communeRow.getByRole('link', { name: COMMUNE.name, exact: true }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: `Chỉ số phục vụ: ${COMMUNE.name}` }),
  ).toBeVisible();
  await expect(page.getByText('trên 100 điểm')).toBeVisible();
  await expectAccessible(page, 'a commune’s index');
  await expect(page.getByRole('heading', { level: 2 }).filter({ hasNotText: 'Tổng điểm' })).toHaveText(
    INDEX_GROUPS,
  );
  await close();
});
