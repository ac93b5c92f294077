import { expect, test, type Page } from '@playwright/test';
import { act, mainNav, signInOfficer } from './support';

/** A minimal PDF: the API checks an attachment's type by its bytes. */
const PDF = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');
const SENDER = { fullName: 'Trần Minh Khoa', email: 'khoa.tran@example.vn' };
const CODE = /PA-[0-9A-HJKMNP-TV-Z]{10}/;

/** A short suffix so the journeys can run again against the same database. */
function unique(): string {
  return Date.now().toString(36).slice(-5);
}

/**
 * Sends feedback to UBND tỉnh Quảng Trị through the portal's form, with an attachment and the captcha the browser
 * solves by itself; returns the code and the private link shown once sent.
 */
async function sendFeedback(page: Page, title: string): Promise<{ code: string; privateLink: string }> {
  await page.goto('/phan-anh/gui');
  await expect(page.getByRole('heading', { level: 1, name: 'Gửi phản ánh, kiến nghị' })).toBeVisible();
  await page.getByRole('combobox', { name: 'Cơ quan nhận phản ánh, kiến nghị' }).fill('quang tri');
  await page.getByRole('option', { name: /UBND tỉnh Quảng Trị/ }).click();
  await page.getByRole('radio', { name: /Quy định hành chính, chính sách/ }).check();
  await page.getByLabel('Tiêu đề').fill(title);
  await page
    .getByLabel('Nội dung phản ánh, kiến nghị')
    .fill(
      'Bộ phận một cửa yêu cầu nộp bản sao sổ hộ khẩu khi làm thủ tục, dù giấy tờ này đã bị bãi bỏ.\n\n' +
        `Liên hệ ${SENDER.email} nếu cần.`,
    );
  await page.getByLabel('Họ và tên').fill(SENDER.fullName);
  await page.getByLabel('Email').fill(SENDER.email);
  await page.getByRole('checkbox', { name: /Tôi đồng ý/ }).check();
  // Attaching waits for the captcha, which the browser solves as soon as the form is in use.
  await page
    .locator('input[type="file"]')
    .setInputFiles({ name: 'giay-hen.pdf', mimeType: 'application/pdf', buffer: PDF });
  await expect(page.getByText('Đã xác nhận')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('button', { name: 'Bỏ tệp giay-hen.pdf' })).toBeVisible({ timeout: 30_000 });
  await page.getByRole('button', { name: 'Gửi phản ánh, kiến nghị' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Đã gửi phản ánh, kiến nghị' })).toBeVisible();
  const code = ((await page.getByText(CODE).first().textContent()) ?? '').match(CODE)?.[0] ?? '';
  expect(code).toMatch(CODE);
  const privateLink = await page.getByRole('textbox', { name: 'Đường liên kết riêng' }).inputValue();
  expect(privateLink).toContain(`/phan-anh/${code}#k=`);
  return { code, privateLink };
}

/** Opens a feedback from one of the officer's boxes, by its code. */
async function openFromBox(page: Page, box: RegExp, code: string) {
  await mainNav(page).getByRole('link', { name: 'Phản ánh, kiến nghị' }).click();
  await page.getByRole('navigation', { name: 'Hộp phản ánh' }).getByRole('link', { name: box }).click();
  await page.getByRole('link', { name: code, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: code })).toBeVisible();
}

test.describe('citizen feedback (PAKN)', () => {
  test('a feedback goes from the portal to the province, a department, back to the citizen and onto the public list', async ({
    page,
    browser,
    baseURL,
  }) => {
    test.setTimeout(180_000);
    const title = `Yêu cầu giấy tờ đã bãi bỏ ${unique()}`;
    const { code, privateLink } = await sendFeedback(page, title);

    // The province's feedback desk forwards it to Sở Xây dựng.
    const province = await signInOfficer(browser, baseURL, 'qti.pakn');
    await openFromBox(province.page, /^Chờ tiếp nhận, phân loại/, code);
    await expect(province.page.getByText('giay-hen.pdf')).toBeVisible();
    await act(province.page, 'Chuyển xử lý', async (dialog) => {
      await dialog.getByLabel('Đơn vị chủ trì xử lý').selectOption({ label: 'Sở Xây dựng' });
    });
    await province.close();

    // The department asks the sender for more information.
    const department = await signInOfficer(browser, baseURL, 'qti.soxaydung.pakn');
    await openFromBox(department.page, /^Được giao xử lý/, code);
    await act(department.page, 'Đề nghị bổ sung thông tin', async (dialog) => {
      await dialog
        .getByLabel('Thông tin cần bổ sung')
        .fill('Đề nghị cho biết ngày nộp hồ sơ và tên bộ phận tiếp nhận.');
    });

    // The sender adds it through the private link: same code.
    await page.goto(privateLink);
    await expect(page.getByRole('heading', { name: 'Cơ quan đề nghị bổ sung thông tin' })).toBeVisible();
    await expect(
      page.getByText('Đề nghị cho biết ngày nộp hồ sơ và tên bộ phận tiếp nhận.').first(),
    ).toBeVisible();
    await page.getByLabel('Thông tin bổ sung').fill('Nộp ngày 10/11/2026 tại bộ phận một cửa Sở Xây dựng.');
    await page.getByRole('button', { name: 'Gửi bổ sung' }).click();
    await expect(page.getByText('Đã gửi thông tin bổ sung.', { exact: false })).toBeVisible();
    await expect(page.getByText(code).first()).toBeVisible();

    // The department answers and publishes.
    await department.page.reload();
    // Appended to the content and recorded in the history.
    await expect(
      department.page.getByText('Nộp ngày 10/11/2026 tại bộ phận một cửa Sở Xây dựng.'),
    ).toHaveCount(2);
    await department.page
      .getByLabel('Dự thảo trả lời')
      .fill(
        'Sở Xây dựng tiếp thu. Sổ hộ khẩu không thuộc thành phần hồ sơ; bộ phận tiếp nhận đã được chấn chỉnh.',
      );
    await act(department.page, 'Gửi trả lời');
    await act(department.page, 'Công khai trả lời');
    await department.close();

    // The sender reads the answer and rates it.
    await page.goto(privateLink);
    await page.reload();
    await expect(page.getByText('Sở Xây dựng tiếp thu.', { exact: false })).toBeVisible();
    await page.getByRole('button', { name: 'Hài lòng', exact: true }).click();
    await expect(page.getByText('Đánh giá của người gửi: Hài lòng.')).toBeVisible();

    // The public list finds it without diacritics, and shows nothing of the sender.
    await page.goto('/phan-anh');
    await page.getByLabel('Tìm phản ánh, kiến nghị').fill('giay to da bai bo');
    await page.getByRole('button', { name: 'Tìm', exact: true }).click();
    const item = page.getByRole('article').filter({ hasText: title });
    await expect(item).toBeVisible();
    await expect(item).toContainText('Sở Xây dựng tiếp thu.');
    await expect(page.getByText(SENDER.fullName)).toHaveCount(0);
    await expect(page.getByText(SENDER.email)).toHaveCount(0);
  });

  test('a transfer to another agency keeps the code and the history', async ({ page, browser, baseURL }) => {
    test.setTimeout(120_000);
    const { code } = await sendFeedback(page, `Lệ phí chứng thực chưa hợp lý ${unique()}`);

    const province = await signInOfficer(browser, baseURL, 'qti.pakn');
    await openFromBox(province.page, /^Chờ tiếp nhận, phân loại/, code);
    await act(province.page, 'Chuyển cơ quan khác', async (dialog) => {
      await dialog.getByRole('combobox', { name: 'Cơ quan có thẩm quyền' }).fill('bo tu phap');
      await dialog.getByRole('option', { name: 'Bộ Tư pháp' }).click();
      await dialog.getByLabel('Lý do chuyển').fill('Mức lệ phí chứng thực do Bộ Tư pháp quy định.');
    });
    await province.close();

    const ministry = await signInOfficer(browser, baseURL, 'btp.pakn');
    await openFromBox(ministry.page, /^Chờ tiếp nhận, phân loại/, code);
    const history = ministry.page.getByRole('region', { name: 'Quá trình xử lý' });
    await expect(history).toContainText('Gửi phản ánh, kiến nghị');
    await expect(history).toContainText('Chuyển cơ quan khác xử lý');
    await expect(history).toContainText('UBND tỉnh Quảng Trị');
    await ministry.close();

    await page.goto(`/phan-anh/${code}`);
    await expect(page.getByText('Bộ Tư pháp').first()).toBeVisible();
    await expect(page.getByText('Chuyển cơ quan khác xử lý')).toBeVisible();
  });
});
