/** What several journeys need: demo credentials, a fresh citizen, sign-in tokens and the officer's dossier moves. */
import { expect, type APIRequestContext, type Browser, type Locator, type Page } from '@playwright/test';

/** Every demo account shares this password (apps/api/src/db/seed-data.ts). */
export const DEMO_PASSWORD = 'Demo@123';

export type Citizen = { fullName: string; identificationNumber: string; phone: string };

/** A citizen no earlier run has registered: unique 12-digit identification number and mobile number. */
export function newCitizen(): Citizen {
  const digits = `${Date.now()}${Math.floor(Math.random() * 1e6)
    .toString()
    .padStart(6, '0')}`;
  return {
    fullName: 'Lê Thị Hồng Nhung',
    identificationNumber: `0${digits.slice(-11)}`,
    phone: `09${digits.slice(-8)}`,
  };
}

/** On a phone the navigation sits behind the menu button; on a desktop it is always shown. */
export async function openMenuIfCollapsed(page: Page) {
  const menu = page.getByRole('button', { name: 'Menu' });
  if ((await menu.isVisible()) && (await menu.getAttribute('aria-expanded')) === 'false') await menu.click();
}

/** A bearer token from a sign-in endpoint, for the calls a test makes around the browser. */
export async function tokenFrom(request: APIRequestContext, url: string, data: object): Promise<string> {
  const response = await request.post(url, { data });
  expect(response.status(), `${url} answers`).toBe(200);
  const body = (await response.json()) as { accessToken: string };
  return body.accessToken;
}

/** The admin SPA's main navigation. */
export function mainNav(page: Page): Locator {
  return page.getByRole('navigation', { name: 'Điều hướng chính' });
}

/** Opens a dossier the way an officer finds their work: the queue, then the code. */
export async function openFromQueue(page: Page, queue: string, code: string) {
  await mainNav(page).getByRole('link', { name: 'Hồ sơ một cửa' }).click();
  await page
    .getByRole('navigation', { name: 'Hàng đợi hồ sơ' })
    .getByRole('link', { name: new RegExp(`^${queue}`) })
    .click();
  await expect(page.getByRole('heading', { level: 2, name: queue })).toBeVisible();
  await page.getByRole('link', { name: code, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: code })).toBeVisible();
}

/** Takes an officer's action through its dialog, which closes with a confirmation once the server accepted it. */
export async function act(page: Page, label: string, fill?: (dialog: Locator) => Promise<void>) {
  await page.getByRole('button', { name: label, exact: true }).click();
  const dialog = page.getByRole('dialog', { name: label });
  await expect(dialog).toBeVisible();
  if (fill) await fill(dialog);
  await dialog.getByRole('button', { name: label, exact: true }).click();
  await expect(dialog).toBeHidden();
  // The same action taken a moment ago on another dossier may still have its confirmation on screen.
  await expect(page.getByText(`Đã thực hiện: ${label}`).last()).toBeVisible();
}

export type Officer = { page: Page; close: () => Promise<void> };

/** Each officer works in a browser of their own and signs in to the admin SPA through its form. */
export async function signInOfficer(
  browser: Browser,
  baseURL: string | undefined,
  username: string,
): Promise<Officer> {
  const context = await browser.newContext({ baseURL, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
  const page = await context.newPage();
  await page.goto('/admin/');
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page.getByRole('heading', { name: 'Tổng quan', level: 1 })).toBeVisible();
  return { page, close: () => context.close() };
}
