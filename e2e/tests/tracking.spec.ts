import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { DEMO_PASSWORD, openMenuIfCollapsed, tokenFrom } from './support';

const DEMO_CITIZEN = '0912345678';
const PROCEDURE = '1.004222';

/** The demo citizen submits a permanent residence registration (1.004222) online to Phường Đồng Hới. */
async function submitOnline(
  request: APIRequestContext,
  fullName: string,
): Promise<{ id: string; code: string; procedureName: string }> {
  const adminToken = await tokenFrom(request, '/api/v1/auth/login', {
    username: 'admin',
    password: DEMO_PASSWORD,
  });
  const units = await request.get('/api/v1/units', { headers: { authorization: `Bearer ${adminToken}` } });
  expect(units.status()).toBe(200);
  const { items } = (await units.json()) as { items: { id: string; accountPrefix: string | null }[] };
  const commune = items.find((unit) => unit.accountPrefix === 'qti.donghoi');
  expect(commune, 'the demo data has Phường Đồng Hới').toBeDefined();

  const procedure = await request.get(`/api/v1/procedures/${PROCEDURE}`);
  expect(procedure.status()).toBe(200);
  const { name, cases } = (await procedure.json()) as { name: string; cases: { components: unknown[] }[] };
  const components = (cases[0]?.components ?? []).map((_, index) => ({ index, provided: true }));
  expect(components.length).toBeGreaterThan(0);

  const citizenToken = await tokenFrom(request, '/api/v1/citizen/auth/login', {
    login: DEMO_CITIZEN,
    password: DEMO_PASSWORD,
  });
  const submitted = await request.post('/api/v1/citizen/dossiers', {
    headers: { authorization: `Bearer ${citizenToken}` },
    data: {
      procedureCode: PROCEDURE,
      receivingUnitId: commune?.id,
      applicant: { fullName, identificationNumber: '044190012345', address: '12 Lý Thường Kiệt, Đồng Hới' },
      components,
    },
  });
  expect(submitted.status()).toBe(201);
  const dossier = (await submitted.json()) as { id: string; code: string; feeVnd: number | null };
  expect(dossier.feeVnd, 'the online fee of 1.004222').toBe(10000);
  return { id: dossier.id, code: dossier.code, procedureName: name };
}

async function expectTracked(page: Page, code: string, procedureName: string) {
  const result = page.getByRole('region', { name: `Hồ sơ ${code}` });
  await expect(result).toBeVisible();
  await expect(result.getByText('Chờ tiếp nhận trực tuyến', { exact: true })).toBeVisible();
  await expect(result).toContainText(procedureName);
  await expect(result).toContainText('Phường Đồng Hới');
  // The name is masked: its initials only, never the full name.
  await expect(result).toContainText('T*** T** B*** N***');
  await expect(page.getByText('Trần Thị Bích Ngọc')).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Quá trình xử lý' })).toContainText('Nộp hồ sơ trực tuyến');
}

test('anyone tracks a dossier by its code, from the form or the QR code link @phone', async ({
  page,
  request,
}) => {
  const { code, procedureName } = await submitOnline(request, 'Trần Thị Bích Ngọc');

  await page.goto('/');
  await openMenuIfCollapsed(page);
  await page
    .getByRole('navigation', { name: 'Điều hướng chính' })
    .getByRole('link', { name: 'Tra cứu hồ sơ' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Tra cứu hồ sơ' })).toBeVisible();

  // A malformed code is caught before any lookup.
  const field = page.getByLabel('Mã hồ sơ', { exact: true });
  await field.fill('H44-khong-dung');
  await page.getByRole('button', { name: 'Tra cứu', exact: true }).click();
  await expect(field).toHaveAccessibleDescription(/Mã hồ sơ dạng H44\.50\.01-261122-0001/);

  // Typed in lower case, as people do; the page normalises it.
  await field.fill(code.toLowerCase());
  await field.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/tra-cuu/${code.replace(/\./g, '\\.')}$`));
  await expectTracked(page, code, procedureName);

  // The QR code on the receipt opens the same page directly.
  await page.goto(`/tra-cuu/${code}`);
  await expectTracked(page, code, procedureName);
  await expect(page.getByLabel('Mã hồ sơ', { exact: true })).toHaveValue(code);

  await page.goto('/tra-cuu/H44.50.01-991231-9999');
  await expect(page.getByRole('alert')).toContainText('Không tìm thấy hồ sơ');
  await page.goto('/tra-cuu/khong-phai-ma');
  await expect(page.getByRole('alert')).toContainText('Mã hồ sơ không đúng định dạng');
});

test('a citizen pays a dossier fee online and gets the receipt', async ({ page, request }) => {
  const { code } = await submitOnline(request, 'Trần Thị Bích Ngọc');

  await page.goto('/dang-nhap');
  await page.getByLabel('Số điện thoại hoặc email', { exact: true }).fill(DEMO_CITIZEN);
  await page.getByLabel('Mật khẩu', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Thông tin tài khoản' })).toBeVisible();

  await openMenuIfCollapsed(page);
  await page
    .getByRole('navigation', { name: 'Điều hướng chính' })
    .getByRole('link', { name: 'Hồ sơ của tôi' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Hồ sơ của tôi' })).toBeVisible();
  await page.getByRole('link', { name: code }).click();

  await expect(page.getByRole('heading', { level: 1 })).toContainText(code);
  const fee = page.getByRole('region', { name: 'Phí, lệ phí' });
  await expect(fee).toContainText('10.000 đồng');
  await expect(fee).toContainText('Chưa nộp');
  await expect(fee.getByRole('button', { name: 'Tải biên lai' })).toHaveCount(0);
  await fee.getByRole('button', { name: 'Thanh toán trực tuyến' }).click();

  // The sandbox gateway's own page, whose buttons are plain HTML forms.
  await expect(page).toHaveURL(/\/payment-sandbox\//);
  await page.getByRole('button', { name: 'Thanh toán', exact: true }).click();

  await expect(page).toHaveURL(/\/ho-so-cua-toi\/[0-9a-f-]+\?thanh-toan=thanh-cong$/);
  await expect(page.getByRole('status').filter({ hasText: 'Thanh toán thành công' })).toBeVisible();
  await expect(fee).toContainText('Đã nộp');
  await expect(fee).not.toContainText('Chưa nộp');
  await expect(fee.getByRole('button', { name: 'Thanh toán trực tuyến' })).toHaveCount(0);

  // The receipt opens in a new tab as a PDF fetched with the citizen's token.
  const popup = page.waitForEvent('popup');
  await fee.getByRole('button', { name: 'Tải biên lai' }).click();
  const receipt = await popup;
  await expect(receipt).toHaveURL(/^blob:/);
});
