import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { DEMO_PASSWORD, mainNav } from './support';

/** The demo citizen (DEMO_CITIZEN in the seed): signs in with the phone, is written to by e-mail. */
const CITIZEN = { login: '0912345678', fullName: 'Nguyễn Văn An', email: 'nguyenvanan@example.vn' };
const RESET_SUBJECT = 'Đặt lại mật khẩu Cổng dịch vụ công';

async function signIn(page: Page, username: string, password: string) {
  await page.goto('/admin/');
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
}

/** A short suffix so the journeys can run again against the same database. */
function uniqueSuffix(): string {
  return Date.now().toString(36).slice(-5);
}

/** The demo citizen asks Phường Đồng Hới about the birth registration (1.001193), through the API. */
async function askAsCitizen(request: APIRequestContext, title: string, content: string) {
  const login = await request.post('/api/v1/citizen/auth/login', {
    data: { login: CITIZEN.login, password: DEMO_PASSWORD },
  });
  expect(login.ok(), await login.text()).toBe(true);
  const { accessToken } = (await login.json()) as { accessToken: string };

  const units = await request.get('/api/v1/procedures/1.001193/receiving-units', {
    params: { q: 'Đồng Hới' },
  });
  expect(units.ok()).toBe(true);
  const { items } = (await units.json()) as { items: { id: string; name: string }[] };
  const unit = items.find((u) => u.name === 'Phường Đồng Hới');
  expect(unit, 'Phường Đồng Hới receives 1.001193').toBeTruthy();

  const asked = await request.post('/api/v1/citizen/questions', {
    headers: { authorization: `Bearer ${accessToken}` },
    data: { unitId: unit?.id, procedureCode: '1.001193', title, content },
  });
  expect(asked.status(), await asked.text()).toBe(201);
  return (await asked.json()) as { id: string; version: number };
}

test.describe('outgoing mail', () => {
  test('the administrator reads in "Hộp thư đi" the password-reset e-mail the system sent a citizen', async ({
    page,
    request,
  }) => {
    const reset = await request.post('/api/v1/citizen/auth/password-reset', {
      data: { login: CITIZEN.login },
    });
    expect(reset.ok(), await reset.text()).toBe(true);

    await signIn(page, 'admin', DEMO_PASSWORD);
    await mainNav(page).getByRole('link', { name: 'Hộp thư đi' }).click();
    await expect(page.getByRole('heading', { name: 'Hộp thư đi', level: 1 })).toBeVisible();

    // No SMTP server is configured: once the delivery worker has run, the message sits in the local mailbox.
    await page.getByLabel('Đường gửi').selectOption({ label: 'Hộp thư nội bộ' });
    await page.getByLabel('Tìm kiếm').fill(CITIZEN.email);
    await expect(page).toHaveURL(/transport=mailbox/);
    await expect(page).toHaveURL(/q=nguyenvanan/);
    const open = page.getByRole('button', { name: RESET_SUBJECT, exact: true }).first();
    await expect(async () => {
      await page.reload();
      await expect(open).toBeVisible({ timeout: 2_000 });
    }).toPass({ timeout: 30_000 });

    const row = page.getByRole('row').filter({ has: open });
    await expect(row).toContainText(CITIZEN.email);
    await expect(row).toContainText('Đã gửi');
    await expect(row).toContainText('Hộp thư nội bộ');

    await open.click();
    const message = page.getByRole('dialog', { name: RESET_SUBJECT });
    await expect(message).toContainText(CITIZEN.email);
    await expect(message).toContainText(`Xin chào ${CITIZEN.fullName},`);
    await expect(message).toContainText('thư không rời hệ thống');
    // The one-time link is clickable, and opens away from the admin.
    const link = message.getByRole('link', { name: /dat-lai-mat-khau\?ma=/ });
    await expect(link).toHaveAttribute('href', /^https?:\/\/[^ ]+\/dat-lai-mat-khau\?ma=[\w-]+$/);
    await expect(link).toHaveAttribute('target', '_blank');
    // A delivered message has nothing to send again.
    await expect(message.getByRole('button', { name: 'Gửi lại' })).toHaveCount(0);
    await message.getByRole('button', { name: 'Đóng' }).last().click();
    await expect(message).toBeHidden();
  });

  test('the mailbox is the administrator’s: an officer neither sees it nor opens it', async ({ page }) => {
    await signIn(page, 'qti.donghoi.tn', DEMO_PASSWORD);
    await expect(mainNav(page).getByRole('link', { name: 'Hỏi đáp công dân' })).toBeVisible();
    await expect(mainNav(page).getByRole('link', { name: 'Hộp thư đi' })).toHaveCount(0);
    await page.goto('/admin/mailbox');
    await expect(page.getByRole('heading', { name: 'Không có quyền truy cập', level: 1 })).toBeVisible();
  });
});

test.describe('citizens’ questions', () => {
  test('a receiving officer follows the notice, answers the question, and the answer is published', async ({
    page,
    request,
  }) => {
    const suffix = uniqueSuffix();
    const title = `Đăng ký khai sinh cho con sinh ở tỉnh khác ${suffix}`;
    await askAsCitizen(
      request,
      title,
      'Con tôi sinh ở bệnh viện tỉnh bên cạnh.\nTôi có đăng ký khai sinh ở phường nơi tôi cư trú được không?',
    );

    await signIn(page, 'qti.donghoi.tn', DEMO_PASSWORD);
    await expect(page.getByRole('heading', { name: 'Tổng quan', level: 1 })).toBeVisible();
    // The bell tells the unit's officers; its link leads to the questions screen.
    await page.getByRole('button', { name: /^Thông báo, \d+ chưa đọc/ }).click();
    const panel = page.getByRole('dialog', { name: 'Thông báo' });
    const notice = panel.getByRole('listitem').filter({ hasText: title });
    await expect(notice).toContainText('Câu hỏi mới');
    await notice.getByRole('link', { name: 'Câu hỏi mới của công dân' }).click();
    await expect(page).toHaveURL(/\/admin\/questions$/);
    await expect(page.getByRole('heading', { name: 'Hỏi đáp của công dân', level: 1 })).toBeVisible();

    const row = page.getByRole('row').filter({ hasText: title });
    await expect(row).toContainText(CITIZEN.fullName);
    await expect(row).toContainText('Chờ trả lời');
    await row.getByRole('button', { name: `Trả lời câu hỏi: ${title}` }).click();

    const dialog = page.getByRole('dialog', { name: title });
    await expect(dialog).toContainText(CITIZEN.fullName);
    await expect(dialog).toContainText('1.001193');
    await expect(dialog).toContainText('Tôi có đăng ký khai sinh ở phường nơi tôi cư trú được không?');
    await expect(dialog).toContainText('đăng công khai ngay');

    // Too short: the shared schema's rule, on the field, before anything is sent.
    await dialog.getByLabel('Câu trả lời').fill('Được ạ.');
    await dialog.getByRole('button', { name: 'Gửi câu trả lời' }).click();
    await expect(dialog.getByText('Cần ít nhất 10 ký tự')).toBeVisible();

    const answer = `Được. Ông/bà đăng ký khai sinh tại UBND phường nơi cư trú của cha hoặc mẹ (mã ${suffix}).`;
    await dialog.getByLabel('Câu trả lời').fill(answer);
    await dialog.getByRole('button', { name: 'Gửi câu trả lời' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByText(`Đã trả lời và đăng công khai câu hỏi "${title}"`)).toBeVisible();
    await expect(row).toContainText('Đã trả lời');

    // Published at once, without the asker's name.
    const published = await request.get('/api/v1/public/questions', { params: { q: suffix } });
    expect(published.ok()).toBe(true);
    const { items } = (await published.json()) as { items: Record<string, unknown>[] };
    const item = items.find((q) => q.title === title);
    expect(item?.answer).toBe(answer);
    expect(JSON.stringify(item)).not.toContain(CITIZEN.fullName);
  });

  test('a question a colleague answered meanwhile: the dialog reloads it and says why', async ({
    page,
    request,
  }) => {
    const suffix = uniqueSuffix();
    const title = `Lệ phí đăng ký khai sinh quá hạn ${suffix}`;
    const question = await askAsCitizen(
      request,
      title,
      'Đăng ký khai sinh quá hạn thì có phải nộp lệ phí không?',
    );

    await signIn(page, 'qti.donghoi.tn', DEMO_PASSWORD);
    await mainNav(page).getByRole('link', { name: 'Hỏi đáp công dân' }).click();
    await page
      .getByRole('row')
      .filter({ hasText: title })
      .getByRole('button', { name: `Trả lời câu hỏi: ${title}` })
      .click();
    const dialog = page.getByRole('dialog', { name: title });
    await dialog.getByLabel('Câu trả lời').fill('Không phải nộp lệ phí đăng ký khai sinh.');

    // A colleague (here: the same account, through the API) answers first.
    const officer = await request.post('/api/v1/auth/login', {
      data: { username: 'qti.donghoi.tn', password: DEMO_PASSWORD },
    });
    const { accessToken } = (await officer.json()) as { accessToken: string };
    const colleagueAnswer = 'Việc đăng ký khai sinh được miễn lệ phí, kể cả khi quá hạn.';
    const first = await request.post(`/api/v1/questions/${question.id}/answer`, {
      headers: { authorization: `Bearer ${accessToken}` },
      data: { answer: colleagueAnswer, version: question.version },
    });
    expect(first.ok(), await first.text()).toBe(true);

    await dialog.getByRole('button', { name: 'Gửi câu trả lời' }).click();
    await expect(dialog.getByRole('alert')).toContainText('vừa được cán bộ khác trả lời');
    // The latest copy replaces the form: the colleague's answer, and nothing left to send.
    await expect(dialog).toContainText(colleagueAnswer);
    await expect(dialog.getByRole('button', { name: 'Gửi câu trả lời' })).toHaveCount(0);
  });
});
