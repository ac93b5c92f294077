import { expect, test, type APIRequestContext, type Locator, type Page } from '@playwright/test';
import { DEMO_PASSWORD, act, mainNav, openFromQueue, signInOfficer, tokenFrom } from './support';

/** Phường Đồng Hới has every one-stop role. */
const OFFICERS = {
  receiving: 'qti.donghoi.tn',
  divisionHead: 'qti.donghoi.ldp',
  processing: 'qti.donghoi.cv',
  leader: 'qti.donghoi.ld',
} as const;

const CODE = /^H44\.50\.01-\d{6}-\d{4,}$/;

/** A minimal PDF: the API checks an upload's type by its content, not by its name. */
const RESULT_PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Count 0/Kids[]>>endobj\n' +
    'trailer<</Root 1 0 R>>\n%%EOF\n',
);

function header(page: Page): Locator {
  return page.getByRole('region', { name: /^H44\./ });
}

/** Receives a dossier of procedure 1.004222 at the counter; returns its code. */
async function receiveAtCounter(page: Page, applicant: { name: string; id: string }): Promise<string> {
  await mainNav(page).getByRole('link', { name: 'Tiếp nhận hồ sơ' }).click();
  await expect(page.getByRole('heading', { name: 'Tiếp nhận hồ sơ', level: 1 })).toBeVisible();

  // Searched without diacritics, as officers type at the counter.
  await page.getByRole('combobox', { name: 'Thủ tục', exact: true }).fill('thuong tru');
  await page.getByRole('option', { name: /1\.004222/ }).click();
  await expect(page.getByText('7 ngày làm việc')).toBeVisible();
  await expect(page.getByText('20.000 đồng')).toBeVisible();
  const preview = page.getByRole('region', { name: 'Ngày hẹn trả dự kiến' });
  await expect(preview.getByRole('list', { name: 'Cách tính' })).toContainText('Hẹn trả kết quả');

  const section = page.getByRole('region', { name: 'Người nộp hồ sơ' });
  await section.getByLabel('Họ và tên').fill(applicant.name);
  await section.getByLabel('Số định danh cá nhân').fill(applicant.id);
  await section.getByLabel('Địa chỉ').fill('25 Quang Trung, phường Đồng Hới, Quảng Trị');
  await section.getByLabel('Số điện thoại').fill('0912345678');

  // Nothing ticked yet: the required documents are named as missing and nothing is sent.
  await page.getByRole('button', { name: 'Tiếp nhận hồ sơ', exact: true }).click();
  const checklist = page.getByRole('group', { name: 'Thành phần hồ sơ' });
  const required = checklist.getByRole('listitem').filter({ hasText: 'Bắt buộc' });
  const missing = await required.count();
  expect(missing).toBeGreaterThan(0);
  await expect(checklist.getByRole('alert')).toContainText(`Còn thiếu ${missing} giấy tờ bắt buộc`);
  for (const item of await required.all()) await item.getByRole('checkbox').check();
  await required.first().getByRole('combobox').selectOption('Bản điện tử');

  await page.getByRole('button', { name: 'Tiếp nhận hồ sơ', exact: true }).click();
  // The dossier opens with its new code as the page's heading.
  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading).toHaveText(CODE);
  const code = (await heading.textContent())?.trim() ?? '';
  await expect(page.getByRole('status').filter({ hasText: `Mã hồ sơ: ${code}` })).toBeVisible();
  // What the officer typed is what the dossier holds.
  await expect(page.getByRole('region', { name: 'Người nộp hồ sơ' })).toContainText(applicant.name);
  await expect(page.getByRole('region', { name: 'Thành phần hồ sơ' })).toContainText('Bản điện tử');
  return code;
}

/** The demo citizen submits a birth registration (1.001193) online to Phường Đồng Hới; returns the new dossier. */
async function submitOnline(
  request: APIRequestContext,
  citizenToken: string,
  applicant: { fullName: string; identificationNumber: string; address: string },
): Promise<{ id: string; code: string }> {
  const adminToken = await tokenFrom(request, '/api/v1/auth/login', {
    username: 'admin',
    password: DEMO_PASSWORD,
  });
  const units = await request.get('/api/v1/units', { headers: { authorization: `Bearer ${adminToken}` } });
  expect(units.status()).toBe(200);
  const { items } = (await units.json()) as { items: { id: string; accountPrefix: string | null }[] };
  const commune = items.find((unit) => unit.accountPrefix === 'qti.donghoi');
  expect(commune, 'the demo data has Phường Đồng Hới').toBeDefined();

  const procedure = await request.get('/api/v1/procedures/1.001193');
  expect(procedure.status()).toBe(200);
  const { cases } = (await procedure.json()) as { cases: { components: unknown[] }[] };
  const components = (cases[0]?.components ?? []).map((_, index) => ({ index, provided: true }));
  expect(components.length).toBeGreaterThan(0);

  const submitted = await request.post('/api/v1/citizen/dossiers', {
    headers: { authorization: `Bearer ${citizenToken}` },
    data: { procedureCode: '1.001193', receivingUnitId: commune?.id, applicant, components },
  });
  expect(submitted.status()).toBe(201);
  const dossier = (await submitted.json()) as { id: string; code: string; state: string };
  expect(dossier.code).toMatch(CODE);
  expect(dossier.state).toBe('waiting_online_intake');
  return dossier;
}

test.describe('one-stop dossiers', () => {
  test('a counter dossier goes through every step, with a supplement, and its result is returned', async ({
    browser,
    baseURL,
  }) => {
    test.setTimeout(180_000);
    const receiving = await signInOfficer(browser, baseURL, OFFICERS.receiving);
    const tn = receiving.page;
    const code = await receiveAtCounter(tn, { name: 'Trần Thị Bích Ngọc', id: '044190012345' });
    await expect(header(tn)).toContainText('Đã tiếp nhận, chờ chuyển xử lý');
    await expect(header(tn)).toContainText(/Còn \d+ ngày/);

    // The fee is paid at the counter; the amount comes prefilled from the procedure.
    await act(tn, 'Ghi nhận nộp phí', async (dialog) => {
      await expect(dialog.getByLabel('Số tiền đã nộp (đồng)')).toHaveValue('20000');
      await dialog.getByLabel('Số biên lai').fill('BL-000123');
    });
    const fee = tn.getByRole('region', { name: 'Phí, lệ phí' });
    await expect(fee).toContainText('Đã nộp lúc');
    const payment = fee.getByRole('list', { name: 'Các lần nộp phí' }).getByRole('listitem');
    await expect(payment).toHaveCount(1);
    for (const text of ['20.000 đồng', 'Đã thanh toán', 'Nộp tại quầy', 'BL-000123'])
      await expect(payment).toContainText(text);
    await act(tn, 'Chuyển xử lý');
    await expect(header(tn)).toContainText('Chờ phân công');

    const head = await signInOfficer(browser, baseURL, OFFICERS.divisionHead);
    await openFromQueue(head.page, 'Chờ phân công', code);
    await act(head.page, 'Phân công thụ lý', async (dialog) => {
      const select = dialog.getByLabel('Chuyên viên thụ lý');
      const value = await select.locator('option', { hasText: OFFICERS.processing }).getAttribute('value');
      await select.selectOption(value ?? '');
    });
    await expect(header(head.page)).toContainText('Đang xử lý');

    const processing = await signInOfficer(browser, baseURL, OFFICERS.processing);
    const cv = processing.page;
    await openFromQueue(cv, 'Đang xử lý', code);
    await act(cv, 'Yêu cầu bổ sung hồ sơ', async (dialog) => {
      // A reason of a few letters is refused on the field, before anything is sent.
      await dialog.getByLabel('Lý do yêu cầu bổ sung').fill('Sai');
      await dialog
        .getByLabel('Giấy tờ cần bổ sung 1')
        .fill('Bản sao chứng thực giấy chứng nhận quyền sử dụng đất');
      await dialog.getByRole('button', { name: 'Yêu cầu bổ sung hồ sơ', exact: true }).click();
      await expect(dialog.getByText('Cần ít nhất 5 ký tự')).toBeVisible();
      await dialog.getByLabel('Lý do yêu cầu bổ sung').fill('Thiếu giấy tờ chứng minh chỗ ở hợp pháp');
    });
    await expect(header(cv)).toContainText('Chờ bổ sung hồ sơ');
    await expect(header(cv)).toContainText('Tạm dừng chờ bổ sung');
    // What the applicant must bring is listed where the officer who takes the supplement will look.
    await expect(
      cv
        .getByRole('region', { name: 'Ngày hẹn trả' })
        .getByRole('list', { name: 'Giấy tờ yêu cầu bổ sung' })
        .getByRole('listitem'),
    ).toHaveText(['Bản sao chứng thực giấy chứng nhận quyền sử dụng đất']);

    await openFromQueue(tn, 'Chờ bổ sung', code);
    await act(tn, 'Nhận hồ sơ bổ sung');
    await expect(header(tn)).toContainText('Đang xử lý');

    // The officer drafts the result and attaches it; the leader signs that file.
    await cv.reload();
    await expect(header(cv)).toContainText('Đang xử lý');
    const files = cv.getByRole('region', { name: 'Tệp đính kèm' });
    await files.getByLabel('Loại tệp').selectOption('Kết quả giải quyết');
    await files
      .getByLabel('Tệp', { exact: true })
      .setInputFiles({ name: 'ket-qua.pdf', mimeType: 'application/pdf', buffer: RESULT_PDF });
    await files.getByRole('button', { name: 'Tải lên' }).click();
    await expect(files.getByRole('list', { name: 'Kết quả giải quyết' })).toContainText('ket-qua.pdf');
    await act(cv, 'Trình lãnh đạo phòng');
    await expect(header(cv)).toContainText('Chờ lãnh đạo phòng xem xét');

    await openFromQueue(head.page, 'Chờ xem xét', code);
    await act(head.page, 'Trình ký');

    const leader = await signInOfficer(browser, baseURL, OFFICERS.leader);
    await openFromQueue(leader.page, 'Chờ ký duyệt', code);
    await act(leader.page, 'Ký duyệt kết quả');
    await expect(header(leader.page)).toContainText('Đã có kết quả, chờ trả');
    await expect(leader.page.getByRole('region', { name: 'Tệp đính kèm' })).toContainText('Đã ký số');

    await openFromQueue(tn, 'Chờ trả kết quả', code);
    await act(tn, 'Trả kết quả');
    await expect(header(tn)).toContainText('Đã trả kết quả');
    await expect(tn.getByText('Bạn không có thao tác nào với hồ sơ ở trạng thái hiện tại.')).toBeVisible();

    const log = tn.getByRole('list', { name: 'Nhật ký xử lý hồ sơ, theo thời gian' }).getByRole('listitem');
    const steps = [
      'Tiếp nhận hồ sơ',
      'Ghi nhận nộp phí',
      'Chuyển xử lý',
      'Phân công thụ lý',
      'Yêu cầu bổ sung hồ sơ',
      'Nhận hồ sơ bổ sung',
      'Trình lãnh đạo phòng',
      'Trình ký',
      'Ký duyệt kết quả',
      'Trả kết quả',
    ];
    await expect(log).toHaveCount(steps.length);
    for (const [index, step] of steps.entries()) await expect(log.nth(index)).toContainText(step);
    await expect(log.nth(4)).toContainText('Thiếu giấy tờ chứng minh chỗ ở hợp pháp');
    await expect(
      tn.getByRole('list', { name: 'Các bước của quy trình nội bộ' }).getByRole('listitem'),
    ).toHaveText(Array(6).fill(/Đã xong/));

    // The search finds it by the applicant's name typed without diacritics.
    await mainNav(tn).getByRole('link', { name: 'Hồ sơ một cửa' }).click();
    await tn.getByRole('link', { name: 'Tra cứu hồ sơ' }).click();
    await tn.getByLabel('Từ khóa').fill('tran thi bich ngoc');
    await tn.getByRole('button', { name: 'Tra cứu' }).click();
    const row = tn.getByRole('row', { name: new RegExp(code.replace(/\./g, '\\.')) });
    await expect(row).toContainText('Đã trả kết quả');

    for (const officer of [receiving, head, processing, leader]) await officer.close();
  });

  test('a receiving officer refuses a dossier with a reason', async ({ browser, baseURL }) => {
    const receiving = await signInOfficer(browser, baseURL, OFFICERS.receiving);
    const page = receiving.page;
    const code = await receiveAtCounter(page, { name: 'Phạm Văn Hùng', id: '044087654321' });

    await page.getByRole('button', { name: 'Từ chối', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Từ chối' });
    await dialog.getByLabel('Lý do từ chối').fill('abc');
    await dialog.getByRole('button', { name: 'Từ chối', exact: true }).click();
    await expect(dialog.getByText('Cần ít nhất 5 ký tự')).toBeVisible();
    await dialog.getByLabel('Lý do từ chối').fill('Nơi đăng ký thường trú không thuộc địa bàn phường');
    await dialog.getByRole('button', { name: 'Từ chối', exact: true }).click();
    await expect(dialog).toBeHidden();

    await expect(page.getByRole('heading', { level: 1, name: code })).toBeVisible();
    await expect(header(page)).toContainText('Từ chối');
    await expect(page.getByRole('alert').filter({ hasText: 'Lý do từ chối' })).toContainText(
      'Nơi đăng ký thường trú không thuộc địa bàn phường',
    );
    await expect(page.getByText('Bạn không có thao tác nào với hồ sơ ở trạng thái hiện tại.')).toBeVisible();
    await receiving.close();
  });

  test('a division head assigns several waiting dossiers to one officer at once', async ({
    browser,
    baseURL,
  }) => {
    test.setTimeout(120_000);
    const receiving = await signInOfficer(browser, baseURL, OFFICERS.receiving);
    const codes: string[] = [];
    for (const applicant of [
      { name: 'Hoàng Thị Mai', id: '044199000111' },
      { name: 'Võ Văn Nam', id: '044199000222' },
    ]) {
      codes.push(await receiveAtCounter(receiving.page, applicant));
      await act(receiving.page, 'Chuyển xử lý');
    }

    const head = await signInOfficer(browser, baseURL, OFFICERS.divisionHead);
    const page = head.page;
    await mainNav(page).getByRole('link', { name: 'Hồ sơ một cửa' }).click();
    await page
      .getByRole('navigation', { name: 'Hàng đợi hồ sơ' })
      .getByRole('link', { name: /^Chờ phân công/ })
      .click();
    for (const code of codes) await page.getByRole('checkbox', { name: `Chọn hồ sơ ${code}` }).check();
    const bar = page.getByRole('region', { name: 'Phân công hàng loạt' });
    await expect(bar).toContainText('Đã chọn 2 hồ sơ');
    const select = bar.getByLabel('Giao cho');
    const value = await select.locator('option', { hasText: OFFICERS.processing }).getAttribute('value');
    await select.selectOption(value ?? '');
    await bar.getByRole('button', { name: 'Phân công', exact: true }).click();

    const done = page.getByRole('status').filter({ hasText: 'Đã phân công 2 hồ sơ' });
    for (const code of codes) await expect(done).toContainText(code);
    for (const code of codes)
      await expect(page.getByRole('link', { name: code, exact: true })).toHaveCount(0);

    // They are now in the officer's processing queue.
    const processing = await signInOfficer(browser, baseURL, OFFICERS.processing);
    await mainNav(processing.page).getByRole('link', { name: 'Hồ sơ một cửa' }).click();
    for (const code of codes) {
      await expect(processing.page.getByRole('link', { name: code, exact: true })).toBeVisible();
    }
    for (const officer of [receiving, head, processing]) await officer.close();
  });

  test('an online dossier is refused at intake and the citizen sees the refusal', async ({
    browser,
    baseURL,
    request,
  }) => {
    const citizenToken = await tokenFrom(request, '/api/v1/citizen/auth/login', {
      login: '0912345678',
      password: DEMO_PASSWORD,
    });
    const { id, code } = await submitOnline(request, citizenToken, {
      fullName: 'Lê Thị Thu Trang',
      identificationNumber: '044195001234',
      address: '12 Lý Thường Kiệt, phường Đồng Hới, Quảng Trị',
    });

    const receiving = await signInOfficer(browser, baseURL, OFFICERS.receiving);
    const page = receiving.page;
    await openFromQueue(page, 'Chờ tiếp nhận trực tuyến', code);
    await expect(header(page)).toContainText('Chờ tiếp nhận trực tuyến');
    await expect(header(page)).toContainText('Trực tuyến');

    const reason = 'Người yêu cầu đăng ký khai sinh không cư trú trên địa bàn phường';
    await act(page, 'Từ chối', async (dialog) => {
      await dialog.getByLabel('Lý do từ chối').fill(reason);
    });
    await expect(header(page)).toContainText('Từ chối');
    await expect(page.getByRole('alert').filter({ hasText: 'Lý do từ chối' })).toContainText(reason);
    await expect(page.getByText('Bạn không có thao tác nào với hồ sơ ở trạng thái hiện tại.')).toBeVisible();
    await receiving.close();

    // The citizen's own view says the same.
    const mine = await request.get(`/api/v1/citizen/dossiers/${id}`, {
      headers: { authorization: `Bearer ${citizenToken}` },
    });
    expect(mine.status()).toBe(200);
    expect(await mine.json()).toMatchObject({ code, state: 'refused', refusalReason: reason });
  });

  test('every officer has a notifications bell that opens a panel of notices', async ({
    browser,
    baseURL,
  }) => {
    const head = await signInOfficer(browser, baseURL, OFFICERS.divisionHead);
    const page = head.page;
    const bell = page.getByRole('banner').getByRole('button', { name: /^Thông báo, / });
    await expect(bell).toHaveAttribute('aria-expanded', 'false');
    await bell.click();
    const panel = page.getByRole('dialog', { name: 'Thông báo' });
    await expect(panel).toBeVisible();
    await expect(bell).toHaveAttribute('aria-expanded', 'true');
    await expect(panel).toBeFocused();
    // A fresh database may or may not have dossiers near their due date yet: either answer is a real one.
    await expect(
      panel.getByText('Không có thông báo').or(panel.getByRole('list', { name: 'Thông báo' })),
    ).toBeVisible();

    await page.keyboard.press('Escape');
    await expect(panel).toBeHidden();
    await expect(bell).toBeFocused();
    await head.close();
  });
});
