import { expect, test, type Page } from '@playwright/test';
import { newCitizen, openMenuIfCollapsed } from './support';

const PASSWORD = 'MatKhau2026';

async function logIn(page: Page, login: string, password: string) {
  await page.getByLabel('Số điện thoại hoặc email', { exact: true }).fill(login);
  await page.getByLabel('Mật khẩu', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Đăng nhập', exact: true }).click();
}

test('the home page says what the portal is for and offers an account', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveTitle('Cổng dịch vụ công — Một Cửa');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Thủ tục hành chính thuận tiện, minh bạch',
  );
  await expect(page.getByRole('heading', { name: 'Ba bước để bắt đầu' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Đăng ký tài khoản' }).first()).toBeVisible();
  const footer = page.getByRole('contentinfo');
  await expect(footer).toContainText('Hệ thống thông tin giải quyết thủ tục hành chính');
  await expect(footer.getByRole('link', { name: 'Tài liệu API' })).toHaveAttribute('href', '/api/docs');

  await page.getByRole('link', { name: 'Đăng ký tài khoản' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Đăng ký tài khoản' })).toBeVisible();
});

test('a citizen registers, signs out and signs in again with the phone number @phone', async ({ page }) => {
  const citizen = newCitizen();
  await page.goto('/');
  await openMenuIfCollapsed(page);
  await page
    .getByRole('navigation', { name: 'Điều hướng chính' })
    .getByRole('link', { name: 'Đăng ký' })
    .click();

  await expect(page.getByRole('heading', { level: 1, name: 'Đăng ký tài khoản' })).toBeVisible();
  await page.getByLabel('Họ và tên', { exact: true }).fill(citizen.fullName);
  await page.getByLabel('Số định danh cá nhân', { exact: true }).fill(citizen.identificationNumber);
  await page.getByLabel('Số điện thoại di động', { exact: true }).fill(citizen.phone);
  await page.getByLabel('Mật khẩu', { exact: true }).fill(PASSWORD);
  await page.getByLabel('Nhập lại mật khẩu', { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Đăng ký', exact: true }).click();

  await expect(page).toHaveURL(/\/tai-khoan$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Thông tin tài khoản' })).toBeVisible();
  await expect(page.getByLabel('Họ và tên', { exact: true })).toHaveValue(citizen.fullName);
  await expect(page.getByLabel('Số định danh cá nhân', { exact: true })).toHaveValue(
    citizen.identificationNumber,
  );

  await openMenuIfCollapsed(page);
  await page.getByRole('button', { name: 'Đăng xuất' }).click();
  await expect(page.getByText('Bạn đã đăng xuất khỏi tài khoản.')).toBeVisible();
  await expect(page).toHaveURL(/\/$/);

  // Signed out, the profile is behind the login form, which brings the citizen back to it.
  await page.goto('/tai-khoan');
  await expect(page.getByRole('heading', { level: 1, name: 'Đăng nhập' })).toBeVisible();
  await logIn(page, citizen.phone, PASSWORD);
  await expect(page).toHaveURL(/\/tai-khoan$/);
  await expect(page.getByLabel('Họ và tên', { exact: true })).toHaveValue(citizen.fullName);

  // The session survives a reload: the access token is restored from the refresh cookie.
  await page.reload();
  await expect(page.getByLabel('Họ và tên', { exact: true })).toHaveValue(citizen.fullName);
});

test('a wrong password is refused with the server message and the typed login is kept', async ({ page }) => {
  await page.goto('/dang-nhap');
  await logIn(page, '0912345678', 'KhongDung123');
  await expect(page.getByRole('alert')).toContainText('Thông tin đăng nhập không đúng');
  await expect(page.getByLabel('Số điện thoại hoặc email', { exact: true })).toHaveValue('0912345678');
  await expect(page).toHaveURL(/\/dang-nhap$/);
});

test('registering with a phone number already in use marks the phone field and keeps the form', async ({
  page,
}) => {
  const citizen = newCitizen();
  await page.goto('/dang-ky');
  await page.getByLabel('Họ và tên', { exact: true }).fill(citizen.fullName);
  await page.getByLabel('Số định danh cá nhân', { exact: true }).fill(citizen.identificationNumber);
  // The demo citizen's number.
  await page.getByLabel('Số điện thoại di động', { exact: true }).fill('0912345678');
  await page.getByLabel('Mật khẩu', { exact: true }).fill(PASSWORD);
  await page.getByLabel('Nhập lại mật khẩu', { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Đăng ký', exact: true }).click();

  const phone = page.getByLabel('Số điện thoại di động', { exact: true });
  await expect(phone).toHaveAccessibleDescription(/Số điện thoại đã được đăng ký/);
  await expect(phone).toBeFocused();
  await expect(page.getByLabel('Họ và tên', { exact: true })).toHaveValue(citizen.fullName);
  await expect(page.getByLabel('Mật khẩu', { exact: true })).toHaveValue(PASSWORD);
});

test('a citizen updates the profile, changes the password, and can still save the profile', async ({
  page,
}) => {
  const citizen = newCitizen();
  // Registering through the API sets the refresh cookie in this browser context, as the form would.
  const response = await page.request.post('/api/v1/citizen/auth/register', {
    data: { ...citizen, password: PASSWORD },
  });
  expect(response.status()).toBe(201);

  await page.goto('/tai-khoan');
  await page
    .getByLabel('Địa chỉ liên hệ', { exact: true })
    .fill('12 Lý Thường Kiệt, phường Hoàn Kiếm, Hà Nội');
  await page.getByRole('button', { name: 'Lưu thay đổi' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Đã lưu thông tin tài khoản.' })).toBeVisible();

  await page.getByLabel('Mật khẩu hiện tại', { exact: true }).fill(PASSWORD);
  await page.getByLabel('Mật khẩu mới', { exact: true }).fill('MatKhauMoi2026');
  await page.getByLabel('Nhập lại mật khẩu mới', { exact: true }).fill('MatKhauMoi2026');
  await page.getByRole('button', { name: 'Đổi mật khẩu' }).click();
  await expect(page.getByText('Đã đổi mật khẩu.')).toBeVisible();

  // Changing the password bumped the account's version; the profile form must not report a false conflict.
  await page.getByLabel('Họ và tên', { exact: true }).fill('Lê Thị Hồng Nhung Anh');
  await page.getByRole('button', { name: 'Lưu thay đổi' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Đã lưu thông tin tài khoản.' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Điều hướng chính' })).toContainText(
    'Lê Thị Hồng Nhung Anh',
  );

  // The new access token works after a reload as well, through the refresh cookie the change issued.
  await page.reload();
  await expect(page.getByLabel('Địa chỉ liên hệ', { exact: true })).toHaveValue(
    '12 Lý Thường Kiệt, phường Hoàn Kiếm, Hà Nội',
  );
});
