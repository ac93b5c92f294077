import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { openMenuIfCollapsed } from './support';

const CITIZEN = { login: '0912345678', password: 'Demo@123' };
const BIRTH_REGISTRATION = '1.001193';

/** Enough of a PDF for the server, which recognises files by their first bytes rather than their names. */
const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n',
);

/**
 * The demo citizen's open drafts are removed before each test, so the wizard starts a new one rather than
 * offering to resume what an earlier test (or the other browser project, on the same server) left.
 */
async function deleteDrafts(request: APIRequestContext) {
  const login = await request.post('/api/v1/citizen/auth/login', { data: CITIZEN });
  expect(login.ok()).toBe(true);
  const { accessToken } = (await login.json()) as { accessToken: string };
  const headers = { authorization: `Bearer ${accessToken}` };
  const list = await request.get('/api/v1/citizen/drafts', { headers });
  const { items } = (await list.json()) as { items: { id: string }[] };
  for (const { id } of items) {
    expect((await request.delete(`/api/v1/citizen/drafts/${id}`, { headers })).status()).toBe(204);
  }
}

/** Opens the wizard of a procedure signed out: the login form comes first, then the new draft. */
async function startSubmission(page: Page, code: string) {
  await page.goto(`/nop-truc-tuyen/${code}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Đăng nhập' })).toBeVisible();
  await page.getByLabel('Số điện thoại hoặc email', { exact: true }).fill(CITIZEN.login);
  await page.getByLabel('Mật khẩu', { exact: true }).fill(CITIZEN.password);
  await page.getByRole('button', { name: 'Đăng nhập', exact: true }).click();
  await expect(page).toHaveURL(/\/ho-so-dang-soan\/[0-9a-f-]{36}/);
  await expect(page.getByRole('heading', { level: 1, name: 'Thủ tục đăng ký khai sinh' })).toBeVisible();
}

async function chooseAgency(page: Page) {
  await page.getByRole('combobox', { name: 'Cơ quan tiếp nhận hồ sơ' }).fill('Đồng Hới');
  await page.getByRole('option', { name: /Phường Đồng Hới/ }).click();
  await expect(page.getByRole('group', { name: 'Cơ quan tiếp nhận hồ sơ' })).toContainText('Phường Đồng Hới');
}

test.beforeEach(async ({ request }) => {
  await deleteDrafts(request);
});

test('a citizen files a birth registration online, leaving and resuming the draft on the way @phone', async ({
  page,
}) => {
  await startSubmission(page, BIRTH_REGISTRATION);

  // Step 1: the agency is required, then picked by searching its name.
  await expect(page.getByRole('heading', { level: 2, name: /Trường hợp và cơ quan/ })).toBeVisible();
  await page.getByRole('button', { name: 'Tiếp tục', exact: true }).click();
  await expect(page.getByRole('combobox', { name: 'Cơ quan tiếp nhận hồ sơ' })).toHaveAccessibleDescription(
    /Chọn cơ quan tiếp nhận hồ sơ/,
  );
  await chooseAgency(page);
  await page.getByRole('button', { name: 'Tiếp tục', exact: true }).click();

  // Step 2: the applicant comes pre-filled from the account; the demo account has no address to copy.
  await expect(page.getByRole('heading', { level: 2, name: /Người nộp hồ sơ/ })).toBeVisible();
  await expect(page.getByLabel('Họ và tên', { exact: true })).toHaveValue('Nguyễn Văn An');
  await expect(page.getByLabel('Số định danh cá nhân', { exact: true })).toHaveValue('044090001234');
  await page
    .getByLabel('Địa chỉ liên hệ', { exact: true })
    .fill('12 Lý Thường Kiệt, phường Đồng Hới, Quảng Trị');

  // Leave for the drafts list straight away (the draft saves on the way out), then resume it.
  await openMenuIfCollapsed(page);
  await page
    .getByRole('navigation', { name: 'Điều hướng chính' })
    .getByRole('link', { name: 'Hồ sơ đang soạn' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Hồ sơ đang soạn' })).toBeVisible();
  await page.getByRole('link', { name: 'Tiếp tục soạn: Thủ tục đăng ký khai sinh' }).click();
  await expect(page.getByRole('group', { name: 'Cơ quan tiếp nhận hồ sơ' })).toContainText('Phường Đồng Hới');
  await page.getByRole('button', { name: /Người nộp hồ sơ/ }).click();
  await expect(page.getByLabel('Địa chỉ liên hệ', { exact: true })).toHaveValue(
    '12 Lý Thường Kiệt, phường Đồng Hới, Quảng Trị',
  );
  await page.getByRole('button', { name: 'Tiếp tục', exact: true }).click();

  // Step 3: moving on without the required papers marks them; a PDF for each clears the mark.
  await expect(page.getByRole('heading', { level: 2, name: /Thành phần hồ sơ/ })).toBeVisible();
  await page.getByRole('button', { name: 'Tiếp tục', exact: true }).click();
  const missing = page.getByRole('region').filter({ hasText: 'Đính kèm giấy tờ này' });
  const count = await missing.count();
  expect(count).toBeGreaterThan(0);
  for (let i = 0; i < count; i += 1) {
    await missing
      .first()
      .getByLabel('Chọn tệp từ máy')
      .setInputFiles({ name: `giay-to-${i}.pdf`, mimeType: 'application/pdf', buffer: PDF });
    await expect(page.getByText(`giay-to-${i}.pdf`, { exact: true })).toBeVisible();
  }
  await expect(missing).toHaveCount(0);
  await page.getByRole('button', { name: 'Tiếp tục', exact: true }).click();

  // Step 4: the result online, the default.
  await expect(page.getByRole('heading', { level: 2, name: /Nhận kết quả/ })).toBeVisible();
  await expect(page.getByLabel(/Trực tuyến \(kết quả điện tử\)/)).toBeChecked();
  await page.getByRole('button', { name: 'Tiếp tục', exact: true }).click();

  // Step 5: the review shows the choices, the files, the fee and the time limit of the online channel.
  const review = page.getByRole('form', { name: /Xem lại và nộp/ });
  await expect(review).toContainText('Phường Đồng Hới, UBND tỉnh Quảng Trị');
  await expect(review).toContainText('12 Lý Thường Kiệt, phường Đồng Hới, Quảng Trị');
  await expect(review).toContainText('giay-to-0.pdf');
  await expect(review).toContainText('Miễn phí');
  await expect(review).toContainText(
    'Hồ sơ chờ cơ quan tiếp nhận; thời hạn giải quyết tính từ khi tiếp nhận.',
  );
  await page.getByRole('button', { name: 'Nộp hồ sơ', exact: true }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Đã nộp hồ sơ' })).toBeVisible();
  const code = (await page.getByText(/^H44\.50\.01-\d{6}-\d{4,}$/).textContent()) ?? '';
  await expect(page.getByRole('link', { name: 'Tra cứu tình trạng hồ sơ' })).toHaveAttribute(
    'href',
    `/tra-cuu/${encodeURIComponent(code)}`,
  );
  await page.getByRole('link', { name: 'Xem hồ sơ' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(code);
  await expect(page.getByText('Chờ tiếp nhận trực tuyến').first()).toBeVisible();

  // The submitted draft is no longer among the drafts.
  await page.goto('/ho-so-dang-soan');
  await expect(page.getByRole('heading', { level: 2, name: 'Bạn không có hồ sơ đang soạn' })).toBeVisible();
});

test('a file that is not a PDF, JPEG or PNG is refused with a clear message, whatever its name', async ({
  page,
}) => {
  await startSubmission(page, BIRTH_REGISTRATION);
  await page.getByRole('button', { name: /Thành phần hồ sơ/ }).click();
  await expect(page.getByRole('heading', { level: 2, name: /Thành phần hồ sơ/ })).toBeVisible();
  const component = page.getByRole('region', { name: /^Hộ chiếu\/Thẻ căn cước công dân/ });

  // Text renamed .pdf: only the server, reading the bytes, can tell.
  await component.getByLabel('Chọn tệp từ máy').setInputFiles({
    name: 'ghi-chu.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from('Đây là một tệp văn bản, không phải bản quét.'),
  });
  await expect(component.getByRole('alert')).toContainText('Tệp “ghi-chu.pdf” không phải PDF, JPEG hoặc PNG');
  await expect(component.getByRole('list', { name: 'Tệp đã đính kèm' })).toHaveCount(0);

  // A real scan is then taken.
  await component
    .getByLabel('Chọn tệp từ máy')
    .setInputFiles({ name: 'can-cuoc.pdf', mimeType: 'application/pdf', buffer: PDF });
  await expect(component.getByRole('list', { name: 'Tệp đã đính kèm' })).toContainText('can-cuoc.pdf');
  await expect(component.getByRole('list', { name: 'Tệp đã đính kèm' })).toContainText('PDF');
});

test('submitting an incomplete draft goes back to the first step with an error, keeping what was typed', async ({
  page,
}) => {
  await startSubmission(page, BIRTH_REGISTRATION);
  await chooseAgency(page);
  await page.getByRole('button', { name: /Xem lại và nộp/ }).click();
  await page.getByRole('button', { name: 'Nộp hồ sơ', exact: true }).click();

  // The address is missing (step 2) and so is the identity paper (step 3): the wizard opens step 2 on the field.
  await expect(page.getByRole('heading', { level: 2, name: /Người nộp hồ sơ/ })).toBeVisible();
  const address = page.getByLabel('Địa chỉ liên hệ', { exact: true });
  await expect(address).toBeFocused();
  await expect(address).toHaveAccessibleDescription(/Không được để trống/);
  const summary = page.getByRole('alert').filter({ hasText: 'Chưa nộp được hồ sơ' });
  await expect(summary).toContainText('Cần tải lên hoặc chọn giấy tờ này');
  await expect(page.getByLabel('Họ và tên', { exact: true })).toHaveValue('Nguyễn Văn An');

  // The summary leads to the component that needs a file.
  await summary.getByRole('button', { name: /Thành phần hồ sơ/ }).click();
  await expect(page.getByRole('region', { name: /^Hộ chiếu\/Thẻ căn cước công dân/ })).toContainText(
    'Cần tải lên hoặc chọn giấy tờ này',
  );
});
