import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { DEMO_PASSWORD, mainNav, signInOfficer, tokenFrom } from './support';

const FORM = 'Tình hình, kết quả giải quyết thủ tục hành chính';
const FIELD = 'Đăng ký, quản lý cư trú';

/** A commune's receiving officer takes in a residence registration, so that the system has figures to pre-fill. */
async function receiveDossier(request: APIRequestContext, commune: string) {
  const token = await tokenFrom(request, '/api/v1/auth/login', {
    username: `qti.${commune}.tn`,
    password: DEMO_PASSWORD,
  });
  const received = await request.post('/api/v1/dossiers', {
    headers: { authorization: `Bearer ${token}` },
    data: {
      procedureCode: '1.004222',
      caseIndex: 0,
      applicant: { fullName: 'Hoàng Văn Báo', identificationNumber: '044090002222', address: 'Quảng Trị' },
      components: [0, 1, 2, 3, 4, 5, 6, 7, 8].map((index) => ({ index, provided: true })),
    },
  });
  expect(received.status(), await received.text()).toBe(201);
}

async function openPeriod(page: Page, name: string) {
  await mainNav(page).getByRole('link', { name: 'Báo cáo', exact: true }).click();
  await page.getByRole('link', { name }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
}

/** A confirmed step: the button, then the same label in its dialog (with a reason when asked). */
async function step(page: Page, label: string, reason?: string) {
  await page.getByRole('button', { name: label, exact: true }).click();
  const dialog = page.getByRole('dialog');
  if (reason) await dialog.getByLabel('Lý do').fill(reason);
  await dialog.getByRole('button', { name: label, exact: true }).click();
  await expect(dialog).toBeHidden();
}

/** The unit's entry account opens its own form in the period. */
async function openOwnForm(page: Page, name: string) {
  await openPeriod(page, name);
  await page
    .getByRole('link', { name: new RegExp(FORM) })
    .first()
    .click();
  await expect(page.getByRole('region', { name: /Bảng số liệu/ })).toBeVisible();
}

/** Saves what was typed (when anything was), then sends the form to the unit's leader. */
async function sendToLeader(page: Page, typed = true) {
  if (typed) {
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    await expect(page.getByText('Đã lưu số liệu')).toBeVisible();
  }
  await step(page, 'Gửi lãnh đạo');
  await expect(page.getByText('Chờ lãnh đạo duyệt').first()).toBeVisible();
}

test('a quarter is issued by the province, entered and approved by two communes, returned once, and summed', async ({
  page,
  browser,
  baseURL,
  request,
}) => {
  test.setTimeout(240_000);
  await receiveDossier(request, 'donghoi');
  await receiveDossier(request, 'dongha');
  const name = `Báo cáo quý IV năm 2026 — đợt ${Date.now().toString(36).slice(-4)}`;

  // The province's approval account drafts and issues the quarter.
  const province = await signInOfficer(browser, baseURL, 'qti.dg');
  await mainNav(province.page).getByRole('link', { name: 'Báo cáo', exact: true }).click();
  await province.page.getByRole('button', { name: 'Tạo đợt báo cáo' }).click();
  const dialog = province.page.getByRole('dialog', { name: 'Tạo đợt báo cáo' });
  await dialog.getByLabel('Loại kỳ báo cáo').selectOption({ label: 'Quý IV' });
  await dialog.getByLabel('Năm', { exact: true }).fill('2026');
  await dialog.getByLabel('Tên đợt báo cáo').fill(name);
  await expect(dialog.getByLabel('Số liệu từ ngày')).toHaveValue('2026-09-15');
  await expect(dialog.getByLabel('Đến hết ngày')).toHaveValue('2026-12-14');
  await dialog.getByLabel('Hạn nhập số liệu').fill('2026-12-20');
  await dialog.getByRole('checkbox', { name: /06\/VPCP\/KSTT/ }).check();
  await dialog.getByRole('button', { name: 'Tạo đợt báo cáo' }).click();
  await expect(dialog).toBeHidden();
  // The new period opens; its issuer issues it from there.
  await expect(province.page.getByRole('heading', { level: 1, name })).toBeVisible();
  await step(province.page, 'Ban hành');
  await expect(province.page.getByText('Đã ban hành').first()).toBeVisible();

  // Đồng Hới's form opens pre-filled with the system's figures, which it sends as they are.
  const donghoi = await signInOfficer(browser, baseURL, 'qti.donghoi.nl');
  await openOwnForm(donghoi.page, name);
  await expect(donghoi.page.getByLabel(`${FIELD} — Trực tiếp, dịch vụ bưu chính`)).toHaveValue(/^[1-9]/);
  await sendToLeader(donghoi.page, false);
  await donghoi.close();

  // Đông Hà changes a figure and sees how it differs from the system's.
  const dongha = await signInOfficer(browser, baseURL, 'qti.dongha.nl');
  await openOwnForm(dongha.page, name);
  await dongha.page.getByLabel(`${FIELD} — Trực tuyến`).fill('3');
  await expect(dongha.page.getByText('lệch +3').first()).toBeVisible();
  await sendToLeader(dongha.page);

  // Each commune's leader approves and sends up.
  for (const commune of ['donghoi', 'dongha']) {
    const leader = await signInOfficer(browser, baseURL, `qti.${commune}.dg`);
    await openOwnForm(leader.page, name);
    await step(leader.page, 'Duyệt và gửi cấp trên');
    await expect(leader.page.getByText('Đã gửi cấp trên').first()).toBeVisible();
    await leader.close();
  }

  // The province returns Đông Hà's form with a reason.
  await openPeriod(province.page, name);
  await province.page.getByRole('link', { name: /^Phường Đông Hà/ }).click();
  await step(province.page, 'Trả lại đơn vị', 'Số hồ sơ trực tuyến không khớp với hệ thống');

  // Đông Hà reads the reason, corrects, and sends again; its leader approves again.
  await dongha.page.reload();
  await expect(dongha.page.getByText('Số hồ sơ trực tuyến không khớp với hệ thống').first()).toBeVisible();
  await dongha.page.getByRole('button', { name: 'Lấy số liệu hệ thống' }).click();
  await dongha.page.getByRole('dialog').getByRole('button', { name: 'Thay bằng số liệu hệ thống' }).click();
  // A zero shows as an empty cell.
  await expect(dongha.page.getByLabel(`${FIELD} — Trực tuyến`)).toHaveValue('');
  await sendToLeader(dongha.page);
  await dongha.close();
  const donghaLeader = await signInOfficer(browser, baseURL, 'qti.dongha.dg');
  await openOwnForm(donghaLeader.page, name);
  await step(donghaLeader.page, 'Duyệt và gửi cấp trên');
  await donghaLeader.close();

  // The province accepts both and its own form shows their sum.
  for (const commune of [/^Phường Đồng Hới/, /^Phường Đông Hà/]) {
    await openPeriod(province.page, name);
    await province.page.getByRole('link', { name: commune }).click();
    await step(province.page, 'Duyệt báo cáo cấp dưới');
    await expect(province.page.getByText('Cấp trên đã duyệt').first()).toBeVisible();
  }
  await openOwnForm(province.page, name);
  await expect(province.page.getByText('II. Tổng hợp từ đơn vị cấp dưới (đã được duyệt)')).toBeVisible();
  // The communes it accepted are summed; the others are listed as missing.
  const missing = province.page.getByRole('region', { name: 'Đơn vị cấp dưới chưa được duyệt' });
  await expect(missing).toContainText('Xã Tuyên Hóa');
  await expect(missing).not.toContainText('Phường Đồng Hới');
  await expect(missing).not.toContainText('Phường Đông Hà');

  // The province's report downloads as Excel and PDF.
  for (const [label, extension] of [
    ['Tải Excel', '.xlsx'],
    ['Tải PDF', '.pdf'],
  ] as const) {
    const download = province.page.waitForEvent('download');
    await province.page.getByRole('button', { name: label }).click();
    expect((await download).suggestedFilename()).toMatch(new RegExp(`\\${extension}$`));
  }
  await province.close();
  await page.close();
});
