import AxeBuilder from '@axe-core/playwright';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { DEMO_PASSWORD, newCitizen, openMenuIfCollapsed, tokenFrom } from './support';

/**
 * WCAG 2.1 AA audit of the citizen portal with axe-core: every page a citizen meets, signed out and signed in, in
 * the state that has the most on it (results listed, errors shown, a dossier with a fee, a completion request and
 * a signed result). Each page must have no violation at all; a rule that fails names its elements. What axe leaves
 * to a person is checked here too: text on gradients, reflow at 320 px, and the wizard used from the keyboard.
 */

const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const PASSWORD = 'MatKhau2026';
const BIRTH_REGISTRATION = '1.001193';
/** Đăng ký thường trú: it has a fee (10.000 đồng online), so the dossier page shows the payment section. */
const PERMANENT_RESIDENCE = '1.004222';
const OFFICERS = {
  receiving: 'qti.donghoi.tn',
  divisionHead: 'qti.donghoi.ldp',
  processing: 'qti.donghoi.cv',
  leader: 'qti.donghoi.ld',
} as const;

/** A minimal PDF, unique per call: the API checks an upload's type by its content and signs by its digest. */
function pdf(label: string): Buffer {
  return Buffer.from(
    `%PDF-1.4\n% ${label} ${Date.now()} ${Math.random()}\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n` +
      '2 0 obj<</Type/Pages/Count 0/Kids[]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
  );
}

/** Runs axe on the page as it is now and fails with each violated rule, its impact and the elements it found. */
async function expectNoViolations(page: Page, what: string) {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_21_AA).analyze();
  const report = violations.map(
    (v) =>
      `${v.id} (${v.impact ?? 'unknown'}): ${v.help}\n` +
      v.nodes.map((node) => `    ${node.target.join(' ')}\n      ${node.failureSummary ?? ''}`).join('\n'),
  );
  expect(report, `axe violations on ${what}`).toEqual([]);
}

/**
 * axe cannot work out the contrast of text on a gradient (it leaves it "to review", not failed): each element with
 * text on a gradient is flattened in turn to every colour of its gradient, and its text checked on each.
 */
async function expectReadableOnGradients(page: Page, what: string) {
  // The e2e package compiles without the DOM's types: the page functions reach the window through an element.
  const stops: string[][] = await page.locator('body *').evaluateAll((elements) =>
    elements
      .filter(
        (element) =>
          element.ownerDocument.defaultView.getComputedStyle(element).backgroundImage.includes('gradient(') &&
          (element.innerText ?? '').trim() !== '',
      )
      .map((element, index) => {
        element.setAttribute('data-gradient', String(index));
        const image = element.ownerDocument.defaultView.getComputedStyle(element).backgroundImage;
        return image.match(/rgba?\([^)]*\)/g) ?? [];
      }),
  );
  expect(stops.length, `text on a gradient on ${what}`).toBeGreaterThan(0);
  const gradients = page.locator('[data-gradient]');
  const report: string[] = [];
  for (let stop = 0; stop < Math.max(...stops.map((colours) => colours.length)); stop += 1) {
    await gradients.evaluateAll(
      (elements, { stops, stop }) => {
        for (const element of elements) {
          const colours = stops[Number(element.getAttribute('data-gradient'))] ?? [];
          element.style.setProperty('background', colours[Math.min(stop, colours.length - 1)], 'important');
        }
      },
      { stops, stop },
    );
    const { violations } = await new AxeBuilder({ page })
      .include('[data-gradient]')
      .withRules(['color-contrast'])
      .analyze();
    for (const node of violations.flatMap((v) => v.nodes))
      report.push(`${node.target.join(' ')} on colour ${stop + 1}: ${node.failureSummary ?? ''}`);
  }
  await gradients.evaluateAll((elements) => {
    for (const element of elements) {
      element.style.removeProperty('background');
      element.removeAttribute('data-gradient');
    }
  });
  expect(report, `text on gradients on ${what}`).toEqual([]);
}

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

/**
 * Registers a new citizen through the API; with a page's own request context this also sets the refresh cookie
 * there, as the form would: the signed-in pages are what is audited here, not the registration (the journey does
 * that through the form).
 */
async function register(request: APIRequestContext): Promise<string> {
  const response = await request.post('/api/v1/citizen/auth/register', {
    data: { ...newCitizen(), password: PASSWORD },
  });
  expect(response.status()).toBe(201);
  return ((await response.json()) as { accessToken: string }).accessToken;
}

type Dossier = { id: string; code: string; state: string; version: number };

/** Files a dossier online with Phường Đồng Hới through the API, as the wizard would; it waits for intake. */
async function submitOnline(request: APIRequestContext, citizenToken: string, procedureCode: string) {
  const units = await request.get(`/api/v1/procedures/${procedureCode}/receiving-units`, {
    params: { q: 'Đồng Hới' },
  });
  expect(units.ok()).toBe(true);
  const { items } = (await units.json()) as { items: { id: string; name: string }[] };
  const unit = items.find((u) => u.name === 'Phường Đồng Hới');
  expect(unit, `Phường Đồng Hới receives ${procedureCode}`).toBeDefined();
  const procedure = await request.get(`/api/v1/procedures/${procedureCode}`);
  const { cases } = (await procedure.json()) as { cases: { components: unknown[] }[] };
  const components = (cases[0]?.components ?? []).map((_, index) => ({ index, provided: true }));
  const submitted = await request.post('/api/v1/citizen/dossiers', {
    headers: bearer(citizenToken),
    data: {
      procedureCode,
      receivingUnitId: unit?.id,
      applicant: {
        fullName: 'Lê Thị Hồng Nhung',
        identificationNumber: '044190012345',
        address: '12 Lý Thường Kiệt, phường Đồng Hới, Quảng Trị',
      },
      components,
    },
  });
  expect(submitted.status()).toBe(201);
  return (await submitted.json()) as Dossier;
}

/** An officer's action through the API (the officers' screens are not under audit here). */
async function act(
  request: APIRequestContext,
  username: string,
  dossier: Dossier,
  action: string,
  extra = {},
) {
  const token = await tokenFrom(request, '/api/v1/auth/login', { username, password: DEMO_PASSWORD });
  const response = await request.post(`/api/v1/dossiers/${dossier.id}/actions`, {
    headers: bearer(token),
    data: { action, version: dossier.version, ...extra },
  });
  expect(response.status(), `${action} is accepted`).toBe(200);
  return (await response.json()) as Dossier;
}

/** Takes a dossier through to its returned, signed result (officers' steps through the API). */
async function returnWithResult(request: APIRequestContext, submitted: Dossier): Promise<Dossier> {
  let dossier = await act(request, OFFICERS.receiving, submitted, 'accept');
  dossier = await act(request, OFFICERS.receiving, dossier, 'hand_over');
  const head = await tokenFrom(request, '/api/v1/auth/login', {
    username: OFFICERS.divisionHead,
    password: DEMO_PASSWORD,
  });
  const assignees = await request.get('/api/v1/dossiers/assignees', { headers: bearer(head) });
  const { items } = (await assignees.json()) as { items: { id: string; username: string }[] };
  const assignee = items.find((item) => item.username === OFFICERS.processing);
  dossier = await act(request, OFFICERS.divisionHead, dossier, 'assign', { assigneeId: assignee?.id });
  const processing = await tokenFrom(request, '/api/v1/auth/login', {
    username: OFFICERS.processing,
    password: DEMO_PASSWORD,
  });
  const upload = await request.post(`/api/v1/dossiers/${dossier.id}/files?kind=result`, {
    headers: bearer(processing),
    multipart: { file: { name: 'giay-khai-sinh.pdf', mimeType: 'application/pdf', buffer: pdf('ket qua') } },
  });
  expect(upload.status()).toBe(201);
  const current = await request.get(`/api/v1/dossiers/${dossier.id}`, { headers: bearer(processing) });
  dossier = (await current.json()) as Dossier;
  dossier = await act(request, OFFICERS.processing, dossier, 'submit_review');
  dossier = await act(request, OFFICERS.divisionHead, dossier, 'submit_signature');
  dossier = await act(request, OFFICERS.leader, dossier, 'sign');
  return act(request, OFFICERS.receiving, dossier, 'return_result');
}

test.describe('signed out', () => {
  test('home page, and the text on its gradients (header, hero, banner)', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectNoViolations(page, 'the home page');
    await expectReadableOnGradients(page, 'the home page');
  });

  test('home page with the navigation open on a phone @phone', async ({ page, isMobile }) => {
    test.skip(!isMobile, 'the navigation folds behind a menu on a phone only');
    await page.goto('/');
    await openMenuIfCollapsed(page);
    await expect(
      page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Đăng ký' }),
    ).toBeVisible();
    await expectNoViolations(page, 'the home page with its navigation');
    // Opened, the header is tall: the brand sits on the lightest end of its gradient.
    await expectReadableOnGradients(page, 'the header with its navigation');
  });

  test('at 320 px wide nothing scrolls sideways and the brand stays clear of the menu button', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    for (const url of [
      '/',
      '/thu-tuc?q=dang+ky+khai+sinh',
      `/thu-tuc/${BIRTH_REGISTRATION}`,
      '/dang-ky',
      '/phan-anh',
      '/phan-anh/gui',
    ]) {
      await page.goto(url);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      const overflow = await page.locator('html').evaluate((html) => html.scrollWidth - html.clientWidth);
      expect(overflow, `${url} scrolls sideways`).toBe(0);
      const brand = await page.getByRole('link', { name: /^Cổng dịch vụ công/i }).boundingBox();
      const menu = await page.getByRole('button', { name: 'Menu' }).boundingBox();
      expect(
        brand && menu && brand.x + brand.width <= menu.x,
        `the brand on ${url} runs under the menu`,
      ).toBe(true);
    }
  });

  test('catalogue with results', async ({ page }) => {
    await page.goto('/thu-tuc?q=dang+ky+khai+sinh');
    await expect(page.getByRole('status').filter({ hasText: /Tìm thấy \d+ thủ tục/ })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Thủ tục đăng ký khai sinh', exact: true })).toBeVisible();
    await expectNoViolations(page, 'the catalogue');
  });

  test('procedure page', async ({ page }) => {
    await page.goto(`/thu-tuc/${BIRTH_REGISTRATION}`);
    await expect(page.getByRole('heading', { level: 1, name: 'Thủ tục đăng ký khai sinh' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Thành phần hồ sơ' })).toBeVisible();
    await expectNoViolations(page, 'the procedure page');
  });

  test('guided finder with results', async ({ page }) => {
    await page.goto('/huong-dan?tinh-huong=con+t%C3%B4i+m%E1%BB%9Bi+sinh');
    await expect(page.getByRole('article', { name: 'Thủ tục đăng ký khai sinh' })).toBeVisible();
    await expectNoViolations(page, 'the finder');
  });

  test('questions and answers', async ({ page }) => {
    await page.goto('/hoi-dap');
    await expect(page.getByRole('heading', { level: 1, name: 'Hỏi đáp thủ tục hành chính' })).toBeVisible();
    await expect(page.getByRole('article').first()).toBeVisible();
    await expectNoViolations(page, 'the Q&A page');
  });

  test('feedback: the published answers, the form with its errors, and tracking a published one', async ({
    page,
  }) => {
    await page.goto('/phan-anh');
    await expect(
      page.getByRole('heading', { level: 1, name: 'Phản ánh, kiến nghị đã trả lời' }),
    ).toBeVisible();
    await expect(page.getByRole('article').first()).toBeVisible();
    await expectNoViolations(page, 'the published feedback');
    await page.goto('/phan-anh/gui');
    // The captcha solves itself once the form is in use; sending waits for it.
    await page.getByLabel('Tiêu đề').focus();
    await expect(page.getByText('Đã xác nhận')).toBeVisible({ timeout: 30_000 });
    await page.getByRole('button', { name: 'Gửi phản ánh, kiến nghị' }).click();
    await expect(page.getByText('Nhập tiêu đề')).toBeVisible();
    await expectNoViolations(page, 'the feedback form with its errors');
    await page.goto('/phan-anh/PA-DEM0000001');
    await expect(page.getByRole('heading', { name: 'Câu trả lời của cơ quan có thẩm quyền' })).toBeVisible();
    await expectNoViolations(page, 'a published feedback');
  });

  test('tracking with a result', async ({ page, request }) => {
    const { code } = await submitOnline(request, await register(request), BIRTH_REGISTRATION);
    await page.goto(`/tra-cuu/${code}`);
    await expect(page.getByRole('region', { name: `Hồ sơ ${code}` })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Quá trình xử lý' })).toBeVisible();
    await expectNoViolations(page, 'the tracking page');
  });

  test('login, with and without errors', async ({ page }) => {
    await page.goto('/dang-nhap');
    await expect(page.getByRole('heading', { level: 1, name: 'Đăng nhập' })).toBeVisible();
    await expectNoViolations(page, 'the login page');
    await page.getByRole('button', { name: 'Đăng nhập', exact: true }).click();
    await expect(page.getByLabel('Số điện thoại hoặc email', { exact: true })).toHaveAttribute(
      'aria-invalid',
      'true',
    );
    await expectNoViolations(page, 'the login page with its errors');
  });

  test('register, with and without errors', async ({ page }) => {
    await page.goto('/dang-ky');
    await expect(page.getByRole('heading', { level: 1, name: 'Đăng ký tài khoản' })).toBeVisible();
    await expectNoViolations(page, 'the registration page');
    await page.getByRole('button', { name: 'Đăng ký', exact: true }).click();
    await expect(page.getByLabel('Họ và tên', { exact: true })).toHaveAttribute('aria-invalid', 'true');
    await expectNoViolations(page, 'the registration page with its errors');
  });

  test('forgot password, before and after sending', async ({ page }) => {
    await page.goto('/quen-mat-khau');
    await expect(page.getByRole('heading', { level: 1, name: 'Quên mật khẩu' })).toBeVisible();
    await expectNoViolations(page, 'the forgotten-password page');
    await page.getByLabel('Số điện thoại hoặc email', { exact: true }).fill('khong-ton-tai@example.vn');
    await page.getByRole('button', { name: 'Gửi đường dẫn đặt lại mật khẩu' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Đã tiếp nhận yêu cầu' })).toBeVisible();
    await expectNoViolations(page, 'the forgotten-password page once sent');
  });

  test('verify a result, before and after checking a file', async ({ page }) => {
    await page.goto('/xac-thuc-ket-qua');
    await expect(page.getByRole('heading', { level: 1, name: 'Xác thực kết quả điện tử' })).toBeVisible();
    await expectNoViolations(page, 'the verification page');
    await page
      .getByLabel('Tệp kết quả cần kiểm tra')
      .setInputFiles({ name: 'ket-qua.pdf', mimeType: 'application/pdf', buffer: pdf('tu che') });
    await expect(page.getByRole('region', { name: 'Kết quả kiểm tra' })).toContainText(
      'Không phải kết quả do hệ thống này cấp',
    );
    await expectNoViolations(page, 'the verification page with its verdict');
  });
});

test.describe('signed in', () => {
  test('profile, and the signed-in header on its gradient', async ({ page }) => {
    await register(page.request);
    await page.goto('/tai-khoan');
    await expect(page.getByLabel('Họ và tên', { exact: true })).toHaveValue('Lê Thị Hồng Nhung');
    await expectNoViolations(page, 'the profile page');
    await expectReadableOnGradients(page, 'the signed-in header');
  });

  test('my dossiers, and a dossier waiting for a completion, with a fee due', async ({ page }) => {
    const token = await register(page.request);
    let dossier = await submitOnline(page.request, token, PERMANENT_RESIDENCE);
    dossier = await act(page.request, OFFICERS.receiving, dossier, 'accept');
    await act(page.request, OFFICERS.receiving, dossier, 'request_supplement', {
      items: ['Bản sao giấy khai sinh có chứng thực'],
      comment: 'Thiếu giấy khai sinh của người đăng ký',
    });

    await page.goto('/ho-so-cua-toi');
    await expect(page.getByRole('link', { name: dossier.code })).toBeVisible();
    await expectNoViolations(page, 'my dossiers');

    await page.getByRole('link', { name: dossier.code }).click();
    const supplement = page.getByRole('region', { name: 'Giấy tờ cần bổ sung' });
    await expect(supplement).toContainText('Bản sao giấy khai sinh có chứng thực');
    await expect(page.getByRole('region', { name: 'Phí, lệ phí' })).toContainText('Chưa nộp');
    await expectNoViolations(page, 'a dossier waiting for a completion');

    // With the error the empty form shows.
    await supplement.getByRole('button', { name: 'Gửi bổ sung' }).click();
    await expect(supplement.getByRole('alert')).toContainText('Tải lên ít nhất một tệp');
    await expectNoViolations(page, 'a dossier waiting for a completion, with its error');
  });

  test('a dossier with its signed result and the rating form, and my documents', async ({ page }) => {
    test.setTimeout(90_000);
    const token = await register(page.request);
    const dossier = await returnWithResult(
      page.request,
      await submitOnline(page.request, token, BIRTH_REGISTRATION),
    );

    await page.goto(`/ho-so-cua-toi/${dossier.id}`);
    const result = page
      .getByRole('region', { name: 'Giấy tờ và kết quả' })
      .getByRole('list', { name: 'Kết quả giải quyết' })
      .getByRole('listitem');
    await expect(result).toContainText('giay-khai-sinh.pdf');
    await result.getByRole('button', { name: 'Kiểm tra chữ ký: giay-khai-sinh.pdf' }).click();
    await expect(result.getByRole('status')).toContainText('Kết quả hợp lệ');
    const rating = page.getByRole('region', { name: 'Đánh giá mức độ hài lòng' });
    await rating.getByLabel('Chưa hài lòng').check();
    await rating.getByRole('button', { name: 'Gửi đánh giá' }).click();
    await expect(rating).toContainText('Chọn ít nhất một lý do chưa hài lòng');
    await expectNoViolations(page, 'a dossier with its result, the verdict and the rating form');

    await page.goto('/giay-to-cua-toi');
    await expect(page.getByRole('heading', { level: 1, name: 'Giấy tờ của tôi' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Kết quả: Thủ tục đăng ký khai sinh' })).toBeVisible();
    await expectNoViolations(page, 'my documents');
  });

  test('every step of the wizard, with its errors, the submitted page and the drafts', async ({ page }) => {
    test.setTimeout(90_000);
    await register(page.request);
    await page.goto(`/nop-truc-tuyen/${BIRTH_REGISTRATION}`);
    await expect(page).toHaveURL(/\/ho-so-dang-soan\/[0-9a-f-]{36}/);
    const next = page.getByRole('button', { name: 'Tiếp tục', exact: true });

    await expect(page.getByRole('heading', { level: 2, name: /Trường hợp và cơ quan/ })).toBeVisible();
    await expect(page.getByRole('option').first()).toBeVisible();
    await expectNoViolations(page, 'wizard step 1');
    await next.click();
    const agency = page.getByRole('combobox', { name: 'Cơ quan tiếp nhận hồ sơ' });
    await expect(agency).toHaveAccessibleDescription(/Chọn cơ quan tiếp nhận hồ sơ/);
    await expectNoViolations(page, 'wizard step 1 with its error');
    await agency.fill('Đồng Hới');
    await page.getByRole('option', { name: /Phường Đồng Hới/ }).click();
    await expect(page.getByRole('group', { name: 'Cơ quan tiếp nhận hồ sơ' })).toContainText(
      'Phường Đồng Hới',
    );
    await expectNoViolations(page, 'wizard step 1 with the agency chosen');
    await next.click();

    await expect(page.getByRole('heading', { level: 2, name: /Người nộp hồ sơ/ })).toBeVisible();
    await next.click();
    await expect(page.getByLabel('Địa chỉ liên hệ', { exact: true })).toHaveAttribute('aria-invalid', 'true');
    await expectNoViolations(page, 'wizard step 2 with its error');
    await page
      .getByLabel('Địa chỉ liên hệ', { exact: true })
      .fill('12 Lý Thường Kiệt, phường Đồng Hới, Quảng Trị');
    await next.click();

    await expect(page.getByRole('heading', { level: 2, name: /Thành phần hồ sơ/ })).toBeVisible();
    await expectNoViolations(page, 'wizard step 3');
    await next.click();
    const missing = page.getByRole('region').filter({ hasText: 'Đính kèm giấy tờ này' });
    await expect(missing.first()).toBeVisible();
    await expectNoViolations(page, 'wizard step 3 with its errors');
    const count = await missing.count();
    for (let i = 0; i < count; i += 1) {
      await missing
        .first()
        .getByLabel('Chọn tệp từ máy')
        .setInputFiles({
          name: `giay-to-${i}.pdf`,
          mimeType: 'application/pdf',
          buffer: pdf(`giay to ${i}`),
        });
      await expect(page.getByText(`giay-to-${i}.pdf`, { exact: true })).toBeVisible();
    }
    await expectNoViolations(page, 'wizard step 3 with files attached');
    await next.click();

    await expect(page.getByRole('heading', { level: 2, name: /Nhận kết quả/ })).toBeVisible();
    await expectNoViolations(page, 'wizard step 4');
    await next.click();

    await expect(page.getByRole('form', { name: /Xem lại và nộp/ })).toContainText('giay-to-0.pdf');
    await expectNoViolations(page, 'wizard step 5');

    // The draft being filled in is listed among the drafts; back to it, it is submitted.
    await page.goto('/ho-so-dang-soan');
    await expect(page.getByRole('link', { name: /^Tiếp tục soạn/ }).first()).toBeVisible();
    await expectNoViolations(page, 'the drafts page');

    await page.goBack();
    await page.getByRole('button', { name: 'Nộp hồ sơ', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Đã nộp hồ sơ' })).toBeVisible();
    await expectNoViolations(page, 'the submitted page');
  });
});

test('the wizard works from the keyboard: Tab through step 1, the agency picked with the arrows and Enter @phone', async ({
  page,
}) => {
  await register(page.request);
  // A procedure many agencies receive, so the list of agencies is longer than its box.
  await page.goto('/nop-truc-tuyen/2.000635');
  await expect(page.getByRole('heading', { level: 2, name: /Trường hợp và cơ quan/ })).toBeVisible();
  const agency = page.getByRole('combobox', { name: 'Cơ quan tiếp nhận hồ sơ' });

  // Tab goes through the steps, then reaches the agency box.
  const stops: string[] = [];
  for (let i = 0; i < 20; i += 1) {
    await page.keyboard.press('Tab');
    if (await agency.evaluate((box) => box === box.ownerDocument.activeElement)) break;
    stops.push((await page.locator(':focus').textContent()) ?? '');
  }
  await expect(agency).toBeFocused();
  expect(stops.filter((stop) => /Bước \d\/5/.test(stop))).toHaveLength(5);

  // Arrowing down highlights each agency in turn and keeps the highlighted one in sight.
  const options = page.getByRole('option');
  await expect(options.nth(8)).toBeAttached();
  const count = await options.count();
  for (let i = 0; i < count; i += 1) await page.keyboard.press('ArrowDown');
  const last = options.nth(count - 1);
  await expect(last).toHaveAttribute('aria-selected', 'true');
  await expect(agency).toHaveAttribute('aria-activedescendant', (await last.getAttribute('id')) ?? '');
  await expect(last).toBeInViewport();
  await page.keyboard.press('ArrowUp');
  await expect(options.nth(count - 2)).toHaveAttribute('aria-selected', 'true');

  // Narrowed by typing, the agency is taken with Enter; focus lands on the way to change it.
  await page.keyboard.type('dong hoi');
  await expect(options).toHaveCount(1);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('group', { name: 'Cơ quan tiếp nhận hồ sơ' })).toContainText('Phường Đồng Hới');
  await expect(page.getByRole('button', { name: 'Đổi cơ quan' })).toBeFocused();

  // On to the next step without the mouse; its heading takes focus.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Tiếp tục', exact: true })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: /Người nộp hồ sơ/ })).toBeFocused();
});
