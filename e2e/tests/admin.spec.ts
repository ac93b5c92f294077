import { expect, test, type Locator, type Page } from '@playwright/test';
import { DEMO_PASSWORD, mainNav } from './support';

async function signIn(page: Page, username: string, password: string) {
  await page.goto('/admin/');
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
}

async function signOut(page: Page) {
  await page.getByRole('banner').getByRole('button', { name: 'Đăng xuất' }).click();
  await expect(page.getByRole('heading', { name: 'Đăng nhập', level: 1 })).toBeVisible();
}

/** Options are indented by tree level, so pick the unit by the text it contains. */
async function selectUnit(select: Locator, name: string) {
  const value = await select.locator('option', { hasText: name }).first().getAttribute('value');
  expect(value, `option for ${name}`).toBeTruthy();
  await select.selectOption(value ?? '');
}

/** A short suffix so the journeys can run again against the same database. */
function uniqueSuffix(): string {
  return Date.now().toString(36).slice(-5);
}

test.describe('admin sign-in', () => {
  test('a wrong password is refused with a clear message', async ({ page }) => {
    await signIn(page, 'qti.sotuphap.tn', 'khong-dung-1');
    await expect(page.getByRole('alert')).toContainText('Tên đăng nhập hoặc mật khẩu không đúng.');
    await expect(page.getByRole('heading', { name: 'Đăng nhập', level: 1 })).toBeVisible();
    await expect(page.getByLabel('Mật khẩu', { exact: true })).toHaveValue('');
  });

  test('a receiving officer sees their name and unit, only the screens of their role, and signs out', async ({
    page,
    request,
  }) => {
    const login = await request.post('/api/v1/auth/login', {
      data: { username: 'qti.sotuphap.tn', password: DEMO_PASSWORD },
    });
    expect(login.ok()).toBe(true);
    const { user } = (await login.json()) as { user: { fullName: string } };

    await signIn(page, 'qti.sotuphap.tn', DEMO_PASSWORD);
    await expect(page.getByRole('heading', { name: 'Tổng quan', level: 1 })).toBeVisible();
    const header = page.getByRole('banner');
    await expect(header).toContainText(user.fullName);
    await expect(header).toContainText('Sở Tư pháp');
    await expect(page.getByRole('main')).toContainText('Cán bộ tiếp nhận');

    await expect(mainNav(page).getByRole('link', { name: 'Đơn vị' })).toBeVisible();
    await expect(mainNav(page).getByRole('link', { name: 'Tài khoản' })).toHaveCount(0);

    // A reload keeps the session: the access token lives in memory, the refresh cookie restores it.
    await page.reload();
    await expect(page.getByRole('banner')).toContainText(user.fullName);

    await signOut(page);
    await expect(page.getByText('Bạn đã đăng xuất.')).toBeVisible();
    await page.goto('/admin/units');
    await expect(page.getByRole('heading', { name: 'Đăng nhập', level: 1 })).toBeVisible();
  });
});

test.describe('admin units and accounts', () => {
  test('the organisation chart on 30/06/2025 still shows the former district', async ({ page }) => {
    await signIn(page, 'admin', DEMO_PASSWORD);
    await mainNav(page).getByRole('link', { name: 'Đơn vị' }).click();
    const tree = page.getByRole('list', { name: 'Cây đơn vị' });
    await expect(tree.getByText('UBND tỉnh Quảng Trị', { exact: true })).toBeVisible();
    await expect(tree.getByText('UBND huyện Tuyên Hóa', { exact: true })).toHaveCount(0);

    await page.getByLabel('Xem cơ cấu tại ngày').fill('2025-06-30');
    await expect(page.getByRole('heading', { name: 'Cơ cấu tổ chức tại ngày 30/06/2025' })).toBeVisible();
    await expect(tree.getByText('UBND huyện Tuyên Hóa', { exact: true })).toBeVisible();
    await expect(tree.getByText('UBND tỉnh Quảng Trị', { exact: true })).toHaveCount(0);
  });

  test('admin creates a unit under the province and an account in it; the new officer signs in', async ({
    page,
  }) => {
    const suffix = uniqueSuffix();
    const unitName = `Sở Tài chính ${suffix}`;
    const prefix = `qti.stc${suffix}`;
    const username = `${prefix}.tn`;
    const fullName = 'Trần Thị Thu Trang';
    const password = 'Matkhau@2026';

    await signIn(page, 'admin', DEMO_PASSWORD);
    await mainNav(page).getByRole('link', { name: 'Đơn vị' }).click();
    await page.getByRole('button', { name: 'Thêm đơn vị con của UBND tỉnh Quảng Trị' }).click();

    const unitDialog = page.getByRole('dialog', { name: 'Thêm đơn vị' });
    await expect(unitDialog.getByLabel('Đơn vị cấp trên').locator('option:checked')).toContainText(
      'UBND tỉnh Quảng Trị',
    );
    await expect(unitDialog.getByLabel('Tiền tố tài khoản')).toHaveValue('qti.');
    // Saving an empty form shows the problems on the fields themselves.
    await unitDialog.getByRole('button', { name: 'Lưu' }).click();
    await expect(unitDialog.getByText('Chọn cấp của đơn vị')).toBeVisible();

    await unitDialog.getByLabel('Tên đơn vị').fill(unitName);
    await unitDialog.getByLabel('Cấp đơn vị').selectOption({ label: 'Sở, ban, ngành' });
    await unitDialog.getByLabel('Mã định danh').fill(`H44.T${suffix.toUpperCase()}`);
    await unitDialog.getByLabel('Tiền tố tài khoản').fill(prefix);
    await unitDialog.getByRole('button', { name: 'Lưu' }).click();
    await expect(unitDialog).toBeHidden();
    await expect(page.getByText(`Đã thêm đơn vị ${unitName}`)).toBeVisible();
    await expect(
      page.getByRole('list', { name: 'Cây đơn vị' }).getByText(unitName, { exact: true }),
    ).toBeVisible();

    await mainNav(page).getByRole('link', { name: 'Tài khoản' }).click();
    await page.getByRole('button', { name: 'Thêm tài khoản' }).click();
    const userDialog = page.getByRole('dialog', { name: 'Thêm tài khoản' });
    await selectUnit(userDialog.getByLabel('Đơn vị', { exact: true }), unitName);
    await expect(userDialog.getByLabel('Tên đăng nhập')).toHaveValue(`${prefix}.`);
    await userDialog.getByLabel('Tên đăng nhập').fill(username);
    await userDialog.getByLabel('Họ và tên').fill(fullName);
    await userDialog.getByLabel('Email').fill(`${suffix}@stc.quangtri.gov.vn`);
    await userDialog.getByRole('checkbox', { name: 'Cán bộ tiếp nhận' }).check();
    await userDialog.getByLabel('Mật khẩu', { exact: true }).fill(password);
    await userDialog.getByRole('button', { name: 'Lưu' }).click();
    await expect(userDialog).toBeHidden();
    await expect(page.getByText(`Đã tạo tài khoản ${username}`)).toBeVisible();

    await page.getByRole('searchbox', { name: 'Tìm kiếm' }).fill('tran thi thu trang');
    const row = page.getByRole('row', { name: new RegExp(fullName) });
    await expect(row).toContainText(username);
    await expect(row).toContainText(unitName);
    await expect(row).toContainText('Cán bộ tiếp nhận');

    await signOut(page);
    await signIn(page, username, password);
    await expect(page.getByRole('heading', { name: 'Tổng quan', level: 1 })).toBeVisible();
    await expect(page.getByRole('banner')).toContainText(fullName);
    await expect(page.getByRole('banner')).toContainText(unitName);
  });

  test('an account created without a password gets a one-time password and must change it', async ({
    page,
  }) => {
    const suffix = uniqueSuffix();
    const username = `qti.sotuphap.tam${suffix}`;

    await signIn(page, 'admin', DEMO_PASSWORD);
    await mainNav(page).getByRole('link', { name: 'Tài khoản' }).click();
    await page.getByRole('button', { name: 'Thêm tài khoản' }).click();
    const userDialog = page.getByRole('dialog', { name: 'Thêm tài khoản' });
    await selectUnit(userDialog.getByLabel('Đơn vị', { exact: true }), 'Sở Tư pháp');
    await userDialog.getByLabel('Tên đăng nhập').fill(username);
    await userDialog.getByLabel('Họ và tên').fill('Lê Văn Tạm');
    await userDialog.getByRole('checkbox', { name: 'Chuyên viên thụ lý' }).check();
    await userDialog.getByRole('button', { name: 'Lưu' }).click();

    const passwordDialog = page.getByRole('dialog', { name: 'Mật khẩu tạm thời' });
    await expect(passwordDialog).toContainText('chỉ hiển thị một lần');
    const temporary = await passwordDialog
      .getByLabel(`Mật khẩu tạm thời của tài khoản ${username}:`)
      .inputValue();
    expect(temporary.length).toBeGreaterThanOrEqual(8);
    await passwordDialog.getByRole('button', { name: 'Tôi đã lưu mật khẩu' }).click();
    await expect(passwordDialog).toBeHidden();

    await signOut(page);
    await signIn(page, username, temporary);
    await expect(page.getByRole('heading', { name: 'Đổi mật khẩu trước khi tiếp tục' })).toBeVisible();
    await expect(mainNav(page)).toHaveCount(0);
    await page.getByLabel('Mật khẩu hiện tại').fill(temporary);
    await page.getByLabel('Mật khẩu mới', { exact: true }).fill('Moi@2026xyz');
    await page.getByLabel('Nhập lại mật khẩu mới').fill('Moi@2026xyz');
    await page.getByRole('button', { name: 'Đổi mật khẩu' }).click();
    await expect(page.getByRole('heading', { name: 'Tổng quan', level: 1 })).toBeVisible();
    await expect(page.getByRole('banner')).toContainText('Lê Văn Tạm');
  });
});
