import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { DEMO_PASSWORD } from './support';

/** The demo citizen, who signs in with the phone number. */
const CITIZEN_LOGIN = '0912345678';
/** Receiving officer of Phường Đồng Hới, which receives the birth registration (1.001193). */
const OFFICER = 'qti.donghoi.tn';

/** A short suffix so the journeys can run again against the same database. */
function uniqueSuffix(): string {
  return Date.now().toString(36).slice(-5);
}

async function logIn(page: Page, login: string, password: string) {
  await page.getByLabel('Số điện thoại hoặc email', { exact: true }).fill(login);
  await page.getByLabel('Mật khẩu', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Đăng nhập', exact: true }).click();
}

async function tokenOf(request: APIRequestContext, path: string, data: Record<string, string>) {
  const response = await request.post(path, { data });
  expect(response.ok(), await response.text()).toBe(true);
  return ((await response.json()) as { accessToken: string }).accessToken;
}

/** A question asked by the demo citizen and answered by Phường Đồng Hới, through the API: the published Q&A. */
async function publishAnswer(request: APIRequestContext, title: string, content: string, answer: string) {
  const citizen = await tokenOf(request, '/api/v1/citizen/auth/login', {
    login: CITIZEN_LOGIN,
    password: DEMO_PASSWORD,
  });
  const units = await request.get('/api/v1/procedures/1.001193/receiving-units', {
    params: { q: 'Đồng Hới' },
  });
  expect(units.ok()).toBe(true);
  const { items } = (await units.json()) as { items: { id: string; name: string }[] };
  const unit = items.find((u) => u.name === 'Phường Đồng Hới');
  expect(unit, 'Phường Đồng Hới receives 1.001193').toBeTruthy();
  const asked = await request.post('/api/v1/citizen/questions', {
    headers: { authorization: `Bearer ${citizen}` },
    data: { unitId: unit?.id, procedureCode: '1.001193', title, content },
  });
  expect(asked.status(), await asked.text()).toBe(201);
  const question = (await asked.json()) as { id: string; version: number };

  const officer = await tokenOf(request, '/api/v1/auth/login', {
    username: OFFICER,
    password: DEMO_PASSWORD,
  });
  const answered = await request.post(`/api/v1/questions/${question.id}/answer`, {
    headers: { authorization: `Bearer ${officer}` },
    data: { answer, version: question.version },
  });
  expect(answered.ok(), await answered.text()).toBe(true);
}

test('a citizen finds a procedure typed without diacritics and reads what to bring @phone', async ({
  page,
}) => {
  await page.goto('/');
  const search = page.getByRole('search', { name: 'Tìm thủ tục hành chính' });
  await search.getByLabel('Tìm thủ tục hành chính').fill('dang ky khai sinh');
  await search.getByRole('button', { name: 'Tìm thủ tục' }).click();

  // The search is in the URL: the result list can be shared and reloaded.
  await expect(page).toHaveURL(/\/thu-tuc\?q=dang\+ky\+khai\+sinh$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Thủ tục hành chính' })).toBeVisible();
  await expect(page.getByLabel('Tìm thủ tục', { exact: true })).toHaveValue('dang ky khai sinh');
  await expect(page.getByRole('status').filter({ hasText: /Tìm thấy \d+ thủ tục/ })).toBeVisible();
  await page.getByRole('link', { name: 'Thủ tục đăng ký khai sinh', exact: true }).click();

  await expect(page).toHaveURL(/\/thu-tuc\/1\.001193$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Thủ tục đăng ký khai sinh' })).toBeVisible();
  await expect(page.getByText('Mã thủ tục: 1.001193')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Nộp hồ sơ trực tuyến' })).toHaveAttribute(
    'href',
    '/nop-truc-tuyen/1.001193',
  );
  await expect(page.getByRole('link', { name: 'Đặt câu hỏi về thủ tục này' })).toHaveAttribute(
    'href',
    '/hoi-dap/dat-cau-hoi?thu-tuc=1.001193',
  );

  const components = page.getByRole('region', { name: 'Thành phần hồ sơ' });
  await expect(components.getByRole('heading', { name: 'Giấy tờ phải nộp' })).toBeVisible();
  await expect(components.getByRole('heading', { name: 'Giấy tờ phải xuất trình' })).toBeVisible();
  await expect(components.getByRole('listitem').filter({ hasText: 'Giấy chứng sinh' })).toContainText(
    'Bản chính: 1',
  );
  // The identity paper is the one marked as required.
  await expect(components.getByRole('listitem').filter({ hasText: 'Hộ chiếu/Thẻ căn cước' })).toContainText(
    'Bắt buộc',
  );
  const methods = page.getByRole('region', { name: 'Cách thức thực hiện' });
  await expect(methods.getByRole('heading', { name: 'Trực tuyến' })).toBeVisible();
  await expect(methods).toContainText('Miễn phí');

  // Back returns to the same results.
  await page.getByRole('link', { name: 'Quay lại kết quả tìm kiếm' }).click();
  await expect(page).toHaveURL(/\/thu-tuc\?q=dang\+ky\+khai\+sinh$/);
  await expect(page.getByRole('link', { name: 'Thủ tục đăng ký khai sinh', exact: true })).toBeVisible();
});

test('the catalogue filters by level and pages on the server, and the back button restores the search', async ({
  page,
}) => {
  await page.goto('/thu-tuc');
  await expect(page.getByRole('status').filter({ hasText: /Có \d+ thủ tục đang áp dụng/ })).toBeVisible();
  await page.getByLabel('Cấp thực hiện').selectOption({ label: 'Cấp xã' });
  await page.getByRole('button', { name: 'Áp dụng bộ lọc' }).click();
  await expect(page).toHaveURL(/cap=commune/);
  const cards = page.getByRole('list').filter({ has: page.getByRole('heading', { level: 2 }) });
  await expect(cards.getByRole('listitem').first()).toContainText('Cấp xã');

  const pager = page.getByRole('navigation', { name: 'Phân trang kết quả' });
  await expect(pager).toContainText('Trang 1/');
  await pager.getByRole('link', { name: 'Trang sau' }).click();
  await expect(page).toHaveURL(/cap=commune&trang=2/);
  await expect(pager).toContainText('Trang 2/');

  await page.goBack();
  await expect(page).toHaveURL(/cap=commune$/);
  await expect(pager).toContainText('Trang 1/');
  await expect(page.getByLabel('Cấp thực hiện')).toHaveValue('commune');

  await page.getByRole('link', { name: 'Xóa bộ lọc' }).click();
  await expect(page).toHaveURL(/\/thu-tuc$/);
  await expect(page.getByLabel('Cấp thực hiện')).toHaveValue('');
});

test('the guided finder turns a situation told in everyday words into procedures and papers', async ({
  page,
}) => {
  await page.goto('/');
  await page
    .getByRole('navigation', { name: 'Điều hướng chính' })
    .getByRole('link', { name: 'Hướng dẫn' })
    .click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Hướng dẫn thủ tục theo tình huống' }),
  ).toBeVisible();

  await page.getByRole('textbox', { name: 'Tình huống của bạn' }).fill('con tôi mới sinh');
  await page.getByRole('button', { name: 'Tìm thủ tục phù hợp' }).click();
  await expect(page).toHaveURL(/tinh-huong=con\+t/);
  const suggestion = page.getByRole('article', { name: 'Thủ tục đăng ký khai sinh' });
  await expect(suggestion).toBeVisible();
  await expect(suggestion.getByRole('heading', { name: 'Giấy tờ cần chuẩn bị' })).toBeVisible();
  await expect(suggestion.getByRole('listitem').filter({ hasText: 'Giấy chứng sinh' })).toBeVisible();
  await expect(suggestion.getByRole('link', { name: 'Nộp hồ sơ trực tuyến' })).toHaveAttribute(
    'href',
    '/nop-truc-tuyen/1.001193',
  );

  // An example chip asks in one click.
  await page.getByRole('link', { name: 'Tôi muốn kết hôn' }).click();
  await expect(page.getByRole('textbox', { name: 'Tình huống của bạn' })).toHaveValue('Tôi muốn kết hôn');
  await expect(page.getByRole('article', { name: 'Thủ tục đăng ký kết hôn', exact: true })).toBeVisible();

  await page
    .getByRole('article', { name: 'Thủ tục đăng ký kết hôn', exact: true })
    .getByRole('link', { name: 'Xem chi tiết thủ tục' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Thủ tục đăng ký kết hôn' })).toBeVisible();
});

test('published answers are searchable without diacritics', async ({ page, request }) => {
  const suffix = uniqueSuffix();
  await publishAnswer(
    request,
    `Khai sinh cho con sinh ở nước ngoài ${suffix}`,
    'Con tôi sinh ở nước ngoài và đã về nước. Tôi đăng ký khai sinh ở đâu?',
    'Ông/bà đăng ký khai sinh tại UBND cấp xã nơi cư trú; mang theo giấy tờ chứng minh việc sinh ở nước ngoài.',
  );

  await page.goto('/hoi-dap');
  await expect(page.getByRole('heading', { level: 1, name: 'Hỏi đáp thủ tục hành chính' })).toBeVisible();
  await page.getByLabel('Tìm câu hỏi').fill(`sinh o nuoc ngoai ${suffix}`);
  await page.getByRole('button', { name: 'Tìm', exact: true }).click();
  await expect(page).toHaveURL(/\/hoi-dap\?q=sinh\+o\+nuoc\+ngoai/);

  const question = page.getByRole('article', { name: `Khai sinh cho con sinh ở nước ngoài ${suffix}` });
  await expect(question).toBeVisible();
  await expect(question).toContainText('Trả lời của Phường Đồng Hới');
  await expect(question).toContainText('UBND cấp xã nơi cư trú');
  await expect(question.getByRole('link', { name: 'Thủ tục đăng ký khai sinh' })).toHaveAttribute(
    'href',
    '/thu-tuc/1.001193',
  );

  await page.getByLabel('Tìm câu hỏi').fill(`khong co cau hoi nao ${suffix}`);
  await page.getByRole('button', { name: 'Tìm', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Không tìm thấy câu hỏi phù hợp' })).toBeVisible();
});

test('a signed-in citizen asks about a procedure and sees the question pending in "Câu hỏi của tôi" @phone', async ({
  page,
}) => {
  const title = `Làm khai sinh cho con ở phường khác ${uniqueSuffix()}`;
  await page.goto('/thu-tuc/1.001193');
  await page.getByRole('link', { name: 'Đặt câu hỏi về thủ tục này' }).click();

  // Asking needs an account: the login form brings the citizen back to the question form.
  await expect(page.getByRole('heading', { level: 1, name: 'Đăng nhập' })).toBeVisible();
  await logIn(page, CITIZEN_LOGIN, DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/hoi-dap\/dat-cau-hoi\?thu-tuc=1\.001193$/);
  await expect(
    page.getByRole('heading', { level: 1, name: 'Đặt câu hỏi về thủ tục hành chính' }),
  ).toBeVisible();

  // The procedure came from its page; sending without the rest names each missing field.
  const procedure = page.getByRole('group', { name: 'Thủ tục bạn muốn hỏi' });
  await expect(procedure).toContainText('Thủ tục đăng ký khai sinh');
  await page.getByRole('button', { name: 'Gửi câu hỏi' }).click();
  await expect(page.getByLabel('Tiêu đề câu hỏi')).toHaveAccessibleDescription(/Nhập tiêu đề câu hỏi/);
  await expect(page.getByRole('combobox', { name: 'Cơ quan nhận câu hỏi' })).toBeFocused();

  await page.getByRole('combobox', { name: 'Cơ quan nhận câu hỏi' }).fill('dong hoi');
  await page.getByRole('option', { name: /Phường Đồng Hới/ }).click();
  await page.getByLabel('Tiêu đề câu hỏi').fill(title);
  await page
    .getByLabel('Nội dung câu hỏi')
    .fill(
      'Tôi thường trú ở phường Đồng Hới nhưng đang tạm trú ở nơi khác. Tôi đăng ký khai sinh cho con ở đâu?',
    );
  await page.getByRole('button', { name: 'Gửi câu hỏi' }).click();

  await expect(page).toHaveURL(/\/hoi-dap\?muc=cua-toi$/);
  await expect(page.getByRole('status').filter({ hasText: 'Đã gửi câu hỏi' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Câu hỏi của tôi' })).toHaveAttribute('aria-current', 'page');
  const mine = page.getByRole('article', { name: title });
  await expect(mine).toContainText('Chờ trả lời');
  await expect(mine).toContainText('Gửi Phường Đồng Hới');
  await expect(mine).toContainText('Cơ quan chưa trả lời');
});
