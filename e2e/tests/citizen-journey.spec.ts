import { expect, test, type Locator, type Page } from '@playwright/test';
import {
  act,
  mainNav,
  newCitizen,
  openFromQueue,
  openMenuIfCollapsed,
  signInOfficer,
  type Citizen,
} from './support';

/**
 * The journey that proves the citizen portal, through the browsers only: a citizen registers, finds a procedure,
 * files it online, answers a completion request and gets the signed electronic result; the officers of Phường Đồng
 * Hới take the dossier through every step in the admin SPA; anyone can then track it by its code.
 */

const PASSWORD = 'MatKhau2026';
/** Phường Đồng Hới has every one-stop role. */
const OFFICERS = {
  receiving: 'qti.donghoi.tn',
  divisionHead: 'qti.donghoi.ldp',
  processing: 'qti.donghoi.cv',
  leader: 'qti.donghoi.ld',
} as const;
const CODE = /^H44\.50\.01-\d{6}-\d{4,}$/;
const ADDRESS = '25 Quang Trung, phường Đồng Hới, Quảng Trị';

/** A minimal PDF, unique per call: the API checks an upload's type by its content and signs by its digest. */
function pdf(label: string): Buffer {
  return Buffer.from(
    `%PDF-1.4\n% ${label} ${Date.now()} ${Math.random()}\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n` +
      '2 0 obj<</Type/Pages/Count 0/Kids[]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
  );
}

/** Registers through the portal's form, from the home page; the new account's profile opens. */
async function register(page: Page, citizen: Citizen) {
  await page.goto('/');
  await openMenuIfCollapsed(page);
  await mainNav(page).getByRole('link', { name: 'Đăng ký' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Đăng ký tài khoản' })).toBeVisible();
  await page.getByLabel('Họ và tên', { exact: true }).fill(citizen.fullName);
  await page.getByLabel('Số định danh cá nhân', { exact: true }).fill(citizen.identificationNumber);
  await page.getByLabel('Số điện thoại di động', { exact: true }).fill(citizen.phone);
  await page.getByLabel('Mật khẩu', { exact: true }).fill(PASSWORD);
  await page.getByLabel('Nhập lại mật khẩu', { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Đăng ký', exact: true }).click();
  await expect(page).toHaveURL(/\/tai-khoan$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Thông tin tài khoản' })).toBeVisible();
}

/** Searches the catalogue from the home page without diacritics and opens the birth registration. */
async function findBirthRegistration(page: Page) {
  await page.goto('/');
  const search = page.getByRole('search', { name: 'Tìm thủ tục hành chính' });
  await search.getByLabel('Tìm thủ tục hành chính').fill('dang ky khai sinh');
  await search.getByRole('button', { name: 'Tìm thủ tục' }).click();
  await expect(page.getByRole('status').filter({ hasText: /Tìm thấy \d+ thủ tục/ })).toBeVisible();
  await page.getByRole('link', { name: 'Thủ tục đăng ký khai sinh', exact: true }).click();
  await expect(page).toHaveURL(/\/thu-tuc\/1\.001193$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Thủ tục đăng ký khai sinh' })).toBeVisible();
}

/**
 * Fills the wizard of the procedure whose page is open, as the signed-in citizen: Phường Đồng Hới picked by
 * typing its name, the address typed (a new account has none), a PDF for each required component, the result
 * online; the review states the fee. Returns the new dossier's code.
 */
async function submitThroughWizard(page: Page, citizen: Citizen, procedureName: string, fee: string) {
  await page.getByRole('link', { name: 'Nộp hồ sơ trực tuyến' }).first().click();
  await expect(page).toHaveURL(/\/ho-so-dang-soan\/[0-9a-f-]{36}/);
  await expect(page.getByRole('heading', { level: 1, name: procedureName })).toBeVisible();
  const next = page.getByRole('button', { name: 'Tiếp tục', exact: true });

  await expect(page.getByRole('heading', { level: 2, name: /Trường hợp và cơ quan/ })).toBeVisible();
  await page.getByRole('combobox', { name: 'Cơ quan tiếp nhận hồ sơ' }).fill('Đồng Hới');
  await page.getByRole('option', { name: /Phường Đồng Hới/ }).click();
  await expect(page.getByRole('group', { name: 'Cơ quan tiếp nhận hồ sơ' })).toContainText('Phường Đồng Hới');
  await next.click();

  // The applicant comes from the account.
  await expect(page.getByRole('heading', { level: 2, name: /Người nộp hồ sơ/ })).toBeVisible();
  await expect(page.getByLabel('Họ và tên', { exact: true })).toHaveValue(citizen.fullName);
  await expect(page.getByLabel('Số định danh cá nhân', { exact: true })).toHaveValue(
    citizen.identificationNumber,
  );
  await page.getByLabel('Địa chỉ liên hệ', { exact: true }).fill(ADDRESS);
  await next.click();

  await expect(page.getByRole('heading', { level: 2, name: /Thành phần hồ sơ/ })).toBeVisible();
  const required = page
    .getByRole('region')
    .filter({ has: page.getByText('Bắt buộc', { exact: true }) })
    .filter({ has: page.getByLabel('Chọn tệp từ máy') });
  const count = await required.count();
  expect(count, 'the procedure has required components').toBeGreaterThan(0);
  for (let i = 0; i < count; i += 1) {
    const component = required.nth(i);
    await component
      .getByLabel('Chọn tệp từ máy')
      .setInputFiles({ name: `giay-to-${i}.pdf`, mimeType: 'application/pdf', buffer: pdf(`giay to ${i}`) });
    await expect(component.getByRole('list', { name: 'Tệp đã đính kèm' })).toContainText(`giay-to-${i}.pdf`);
  }
  await next.click();

  await expect(page.getByRole('heading', { level: 2, name: /Nhận kết quả/ })).toBeVisible();
  await expect(page.getByLabel(/Trực tuyến \(kết quả điện tử\)/)).toBeChecked();
  await next.click();

  const review = page.getByRole('form', { name: /Xem lại và nộp/ });
  await expect(review).toContainText('Phường Đồng Hới, UBND tỉnh Quảng Trị');
  await expect(review).toContainText(citizen.fullName);
  await expect(review).toContainText(ADDRESS);
  await expect(review).toContainText('giay-to-0.pdf');
  await expect(review).toContainText(fee);
  await page.getByRole('button', { name: 'Nộp hồ sơ', exact: true }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Đã nộp hồ sơ' })).toBeVisible();
  const code = ((await page.getByText(CODE).textContent()) ?? '').trim();
  expect(code).toMatch(CODE);
  return code;
}

/** The admin dossier page's header, named by the dossier code. */
function officerHeader(page: Page): Locator {
  return page.getByRole('region', { name: /^H44\./ });
}

/** The citizen's dossier page, opened from "Hồ sơ của tôi". */
async function openMyDossier(page: Page, code: string) {
  await openMenuIfCollapsed(page);
  await mainNav(page).getByRole('link', { name: 'Hồ sơ của tôi' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Hồ sơ của tôi' })).toBeVisible();
  await page.getByRole('link', { name: code }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(code);
}

function summary(page: Page): Locator {
  return page.getByRole('region', { name: 'Thông tin chung' });
}

test('a new citizen files a birth registration online, completes it on request and gets the signed result @phone', async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(150_000);
  const citizen = newCitizen();
  await register(page, citizen);
  await findBirthRegistration(page);
  const code = await submitThroughWizard(page, citizen, 'Thủ tục đăng ký khai sinh', 'Miễn phí');
  // Birth registration is free: nothing to pay.
  await expect(page.getByRole('button', { name: 'Thanh toán trực tuyến' })).toHaveCount(0);

  // The receiving officer accepts it from the online queue, then asks for one more document.
  const receiving = await signInOfficer(browser, baseURL, OFFICERS.receiving);
  const tn = receiving.page;
  await openFromQueue(tn, 'Chờ tiếp nhận trực tuyến', code);
  await expect(officerHeader(tn)).toContainText('Trực tuyến');
  await expect(tn.getByRole('region', { name: 'Người nộp hồ sơ' })).toContainText(citizen.fullName);
  await act(tn, 'Tiếp nhận hồ sơ trực tuyến');
  await expect(officerHeader(tn)).toContainText('Đã tiếp nhận, chờ chuyển xử lý');
  const reason = 'Thiếu bản sao giấy chứng nhận kết hôn của cha mẹ';
  await act(tn, 'Yêu cầu bổ sung hồ sơ', async (dialog) => {
    await dialog.getByLabel('Lý do yêu cầu bổ sung').fill(reason);
    await dialog.getByLabel('Giấy tờ cần bổ sung 1').fill('Bản sao giấy chứng nhận kết hôn');
  });
  await expect(officerHeader(tn)).toContainText('Chờ bổ sung hồ sơ');

  // The citizen comes back to the portal (within one visit a dossier stays cached for 30 s), sees the request on
  // "Hồ sơ của tôi", uploads the document and sends it.
  await page.goto('/');
  await openMyDossier(page, code);
  await expect(summary(page)).toContainText('Chờ bổ sung hồ sơ');
  const supplement = page.getByRole('region', { name: 'Giấy tờ cần bổ sung' });
  await expect(supplement).toContainText('Bản sao giấy chứng nhận kết hôn');
  await supplement
    .getByLabel('Tệp giấy tờ (chọn được nhiều tệp)')
    .setInputFiles({ name: 'giay-ket-hon.pdf', mimeType: 'application/pdf', buffer: pdf('ket hon') });
  await expect(supplement.getByRole('list', { name: 'Đã tải lên cho lần bổ sung này' })).toContainText(
    'giay-ket-hon.pdf',
  );
  await supplement.getByRole('button', { name: 'Gửi bổ sung' }).click();
  const sent = page.getByRole('status').filter({ hasText: 'Đã gửi hồ sơ bổ sung' });
  await expect(sent).toContainText(/Ngày hẹn trả kết quả mới: \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/);
  await expect(summary(page)).toContainText('Đã tiếp nhận, chờ chuyển xử lý');
  await expect(page.getByRole('region', { name: 'Giấy tờ cần bổ sung' })).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Ngày hẹn trả kết quả' })).toContainText(
    /\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/,
  );

  // The officers finish it: hand over, assign, review, signature with the result attached, return.
  await tn.reload();
  await expect(officerHeader(tn)).toContainText('Đã tiếp nhận, chờ chuyển xử lý');
  await expect(tn.getByRole('region', { name: 'Tệp đính kèm' })).toContainText('giay-ket-hon.pdf');
  await act(tn, 'Chuyển xử lý');

  const head = await signInOfficer(browser, baseURL, OFFICERS.divisionHead);
  await openFromQueue(head.page, 'Chờ phân công', code);
  await act(head.page, 'Phân công thụ lý', async (dialog) => {
    const select = dialog.getByLabel('Chuyên viên thụ lý');
    const value = await select.locator('option', { hasText: OFFICERS.processing }).getAttribute('value');
    await select.selectOption(value ?? '');
  });

  const processing = await signInOfficer(browser, baseURL, OFFICERS.processing);
  await openFromQueue(processing.page, 'Đang xử lý', code);
  await act(processing.page, 'Trình lãnh đạo phòng');

  await openFromQueue(head.page, 'Chờ xem xét', code);
  await act(head.page, 'Trình ký');

  const leader = await signInOfficer(browser, baseURL, OFFICERS.leader);
  const ld = leader.page;
  await openFromQueue(ld, 'Chờ ký duyệt', code);
  const files = ld.getByRole('region', { name: 'Tệp đính kèm' });
  await files.getByLabel('Loại tệp').selectOption('Kết quả giải quyết');
  await files.getByLabel('Tệp', { exact: true }).setInputFiles({
    name: 'giay-khai-sinh.pdf',
    mimeType: 'application/pdf',
    buffer: pdf('giay khai sinh'),
  });
  await files.getByRole('button', { name: 'Tải lên' }).click();
  await expect(files.getByRole('list', { name: 'Kết quả giải quyết' })).toContainText('giay-khai-sinh.pdf');
  await act(ld, 'Ký duyệt kết quả');
  await expect(files).toContainText('Đã ký số');

  await openFromQueue(tn, 'Chờ trả kết quả', code);
  await act(tn, 'Trả kết quả');
  await expect(officerHeader(tn)).toContainText('Đã trả kết quả');
  for (const officer of [receiving, head, processing, leader]) await officer.close();

  // The citizen downloads the signed result, checks the signature and rates the service.
  await page.reload();
  await expect(summary(page)).toContainText('Đã trả kết quả');
  const result = page
    .getByRole('region', { name: 'Giấy tờ và kết quả' })
    .getByRole('list', { name: 'Kết quả giải quyết' })
    .getByRole('listitem');
  await expect(result).toContainText('giay-khai-sinh.pdf');
  await expect(result).toContainText(/Đã ký số bởi .+ lúc \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/);
  const download = page.waitForEvent('download');
  await result.getByRole('button', { name: 'Tải về: giay-khai-sinh.pdf' }).click();
  expect((await download).suggestedFilename()).toBe('giay-khai-sinh.pdf');

  await result.getByRole('button', { name: 'Kiểm tra chữ ký: giay-khai-sinh.pdf' }).click();
  const verdict = result.getByRole('status');
  await expect(verdict).toContainText('Kết quả hợp lệ');
  await expect(verdict).toContainText(code);
  await expect(verdict).toContainText('Phường Đồng Hới');

  const rating = page.getByRole('region', { name: 'Đánh giá mức độ hài lòng' });
  await rating.getByLabel('Chưa hài lòng').check();
  await rating.getByLabel('Yêu cầu thêm giấy tờ ngoài quy định').check();
  await rating.getByLabel('Góp ý thêm').fill('Nên nói rõ cần giấy chứng nhận kết hôn ngay từ đầu');
  await rating.getByRole('button', { name: 'Gửi đánh giá' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Cảm ơn bạn đã đánh giá' })).toBeVisible();
  await expect(rating).toContainText('Yêu cầu thêm giấy tờ ngoài quy định');
  await expect(rating.getByRole('button', { name: 'Gửi đánh giá' })).toHaveCount(0);

  // Anyone, signed in or not, tracks it by its code and sees the name masked.
  const anyone = await browser.newContext({ baseURL, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
  const visitor = await anyone.newPage();
  await visitor.goto('/tra-cuu');
  await visitor.getByLabel('Mã hồ sơ', { exact: true }).fill(code);
  await visitor.getByRole('button', { name: 'Tra cứu', exact: true }).click();
  const tracked = visitor.getByRole('region', { name: `Hồ sơ ${code}` });
  await expect(tracked.getByText('Đã trả kết quả', { exact: true })).toBeVisible();
  await expect(tracked).toContainText('Thủ tục đăng ký khai sinh');
  await expect(tracked).toContainText('L* T** H*** N****');
  await expect(visitor.getByText(citizen.fullName)).toHaveCount(0);
  await anyone.close();
});

test('a new citizen files a procedure with a fee and pays it online through the gateway', async ({
  page,
}) => {
  const citizen = newCitizen();
  await register(page, citizen);
  await page.goto('/thu-tuc/2.000635');
  const name = 'Cấp bản sao Trích lục hộ tịch, bản sao Giấy khai sinh';
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  const code = await submitThroughWizard(page, citizen, name, '8.000 đồng');

  // The fee is payable at once from the confirmation.
  const due = page.getByRole('region', { name: /Lệ phí cần nộp/ });
  await expect(due).toContainText('8.000 đồng');
  await due.getByRole('button', { name: 'Thanh toán trực tuyến' }).click();

  // The sandbox gateway's own page, whose buttons are plain HTML forms.
  await expect(page).toHaveURL(/\/payment-sandbox\//);
  await expect(page.getByRole('heading', { level: 1, name: 'Cổng thanh toán thử nghiệm' })).toBeVisible();
  await page.getByRole('button', { name: 'Thanh toán', exact: true }).click();

  await expect(page).toHaveURL(/\/ho-so-cua-toi\/[0-9a-f-]+\?thanh-toan=thanh-cong$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(code);
  await expect(page.getByRole('status').filter({ hasText: 'Thanh toán thành công' })).toBeVisible();
  const fee = page.getByRole('region', { name: 'Phí, lệ phí' });
  await expect(fee).toContainText('8.000 đồng');
  await expect(fee).toContainText(/Đã nộp lúc \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/);
  await expect(fee).not.toContainText('Chưa nộp');
  await expect(fee.getByRole('button', { name: 'Thanh toán trực tuyến' })).toHaveCount(0);
  await expect(fee.getByRole('button', { name: 'Tải biên lai' })).toBeVisible();
});
