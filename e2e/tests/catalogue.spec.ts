import { createRequire } from 'node:module';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { DEMO_PASSWORD, mainNav } from './support';

/**
 * The few calls of exceljs the import journey needs. exceljs is a dependency of the API, not of the e2e
 * package: it is loaded from there, so the test edits a real export the way an officer would in Excel.
 */
type Cell = { value: unknown };
type Row = {
  getCell: (column: number) => Cell;
  eachCell: (callback: (cell: Cell, column: number) => void) => void;
};
type Worksheet = { getRow: (row: number) => Row };
type Workbook = {
  xlsx: { readFile: (path: string) => Promise<unknown>; writeFile: (path: string) => Promise<void> };
  getWorksheet: (name: string) => Worksheet | undefined;
};
const ExcelJS = createRequire(new URL('../../apps/api/package.json', import.meta.url))('exceljs') as {
  Workbook: new () => Workbook;
};

async function signIn(page: Page, username: string) {
  await page.goto('/admin/');
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page.getByRole('heading', { name: 'Tổng quan', level: 1 })).toBeVisible();
}

/** Options are indented by tree level, so pick the unit by the text it contains. */
async function selectUnit(select: Locator, name: string) {
  const value = await select.locator('option', { hasText: name }).first().getAttribute('value');
  expect(value, `option for ${name}`).toBeTruthy();
  await select.selectOption(value ?? '');
}

/** Today in Vietnam as dd/MM/yyyy, as the screens write dates. */
function todayVn(): string {
  const [year, month, day] = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Ho_Chi_Minh',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  })
    .format(new Date())
    .split('-');
  return `${day}/${month}/${year}`;
}

/** Sets a cell by its column header, as the import reads columns by header. */
function setCell(sheet: Worksheet, row: number, header: string, value: string | number) {
  let column = 0;
  sheet.getRow(1).eachCell((cell, index) => {
    if (cell.value === header) column = index;
  });
  expect(column, `column "${header}"`).toBeGreaterThan(0);
  sheet.getRow(row).getCell(column).value = value;
}

test.describe('procedure catalogue', () => {
  test('admin finds a procedure without diacritics, then creates, publishes and lists a new one', async ({
    page,
  }) => {
    await signIn(page, 'admin');
    await mainNav(page).getByRole('link', { name: 'Thủ tục hành chính' }).click();
    await expect(page.getByRole('heading', { name: 'Thủ tục hành chính', level: 1 })).toBeVisible();

    // Typed without diacritics; the server folds both sides.
    await page.getByRole('searchbox', { name: 'Tìm kiếm' }).fill('khai sinh');
    const list = page.getByRole('table', { name: /Danh sách phiên bản thủ tục/ });
    await list.getByRole('link', { name: 'Thủ tục đăng ký khai sinh', exact: true }).click();
    await expect(page.getByRole('heading', { name: 'Thủ tục đăng ký khai sinh', level: 1 })).toBeVisible();
    await expect(page.getByText('Mã 1.001193 · Lĩnh vực Hộ tịch')).toBeVisible();
    await expect(page.getByRole('list', { name: 'Các phiên bản của thủ tục, mới nhất trước' })).toContainText(
      'Đang áp dụng',
    );

    await page.getByRole('link', { name: 'Danh sách thủ tục' }).click();
    await page.getByRole('link', { name: 'Thêm thủ tục' }).click();
    const editor = page.getByRole('form', { name: 'Thêm thủ tục hành chính' });

    // Saving an empty draft shows the problems on the fields themselves.
    await editor.getByRole('button', { name: 'Lưu bản nháp' }).click();
    await expect(editor.getByText('Mã thủ tục dạng 1.001193')).toBeVisible();
    await expect(editor.getByText('Chọn ít nhất một cấp thực hiện')).toBeVisible();

    await editor.getByLabel('Mã thủ tục').fill('9.100100');
    await editor.getByLabel('Lĩnh vực').fill('Thử nghiệm');
    await editor.getByLabel('Tên thủ tục').fill('Thủ tục thử nghiệm cấp giấy xác nhận');
    await editor.getByRole('checkbox', { name: 'Cấp xã' }).check();
    const method = editor.getByRole('group', { name: 'Cách thức 1: Trực tiếp' });
    await method.getByLabel('Thời hạn giải quyết').fill('5');
    await expect(method.getByLabel('Đơn vị thời hạn')).toHaveValue('working_days');
    const component = editor.getByRole('group', { name: 'Giấy tờ 1 của trường hợp 1' });
    await component.getByLabel('Tên giấy tờ').fill('Tờ khai đề nghị cấp giấy xác nhận');
    await editor.getByLabel('Cơ quan thực hiện', { exact: true }).fill('UBND cấp xã');
    await editor.getByRole('button', { name: 'Lưu bản nháp' }).click();

    await expect(page.getByText('Đã lưu bản nháp thủ tục 9.100100')).toBeVisible();
    await expect(
      page.getByRole('heading', { name: 'Thủ tục thử nghiệm cấp giấy xác nhận', level: 1 }),
    ).toBeVisible();
    await expect(page.getByText('Phiên bản 1 đang là bản nháp, chưa áp dụng.')).toBeVisible();

    await page.getByRole('button', { name: 'Công bố', exact: true }).click();
    const publish = page.getByRole('dialog', { name: 'Công bố thủ tục' });
    await expect(publish.getByText(`Đã chọn: ${todayVn()}`)).toBeVisible();
    await publish.getByRole('button', { name: 'Công bố' }).click();
    await expect(publish).toBeHidden();
    await expect(page.getByText(`Đã công bố thủ tục 9.100100, áp dụng từ ${todayVn()}`)).toBeVisible();

    await page.getByRole('link', { name: 'Danh sách thủ tục' }).click();
    await page.getByRole('searchbox', { name: 'Tìm kiếm' }).fill('9.100100');
    const row = page.getByRole('row', { name: /Thủ tục thử nghiệm cấp giấy xác nhận/ });
    await expect(row).toContainText('Đang áp dụng');
    await expect(row).toContainText(`Từ ${todayVn()}`);
    await expect(row).toContainText('Cấp xã');
  });

  test('admin imports an exported workbook with bad rows: every bad row is listed and nothing is imported', async ({
    page,
  }, testInfo) => {
    const renamed = 'Tên sửa trong tệp nhập không được lưu';
    await signIn(page, 'admin');
    await mainNav(page).getByRole('link', { name: 'Thủ tục hành chính' }).click();

    await page.getByRole('button', { name: 'Xuất tệp' }).click();
    const exportDialog = page.getByRole('dialog', { name: 'Xuất danh mục thủ tục' });
    const downloading = page.waitForEvent('download');
    await exportDialog.getByRole('button', { name: 'Tải tệp Excel (.xlsx)' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^thu-tuc-hanh-chinh-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const file = testInfo.outputPath('thu-tuc-sai.xlsx');
    await download.saveAs(file);

    // One valid change and two bad cells, as an officer might leave them after editing in Excel.
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const procedures = workbook.getWorksheet('Thủ tục');
    const methods = workbook.getWorksheet('Cách thức');
    if (!procedures || !methods) throw new Error('the export lacks its sheets');
    setCell(procedures, 2, 'Tên thủ tục', renamed);
    setCell(procedures, 3, 'Cấp thực hiện', 'Cấp thôn');
    setCell(methods, 2, 'Kênh', 'Fax');
    await workbook.xlsx.writeFile(file);

    await page.getByRole('button', { name: 'Nhập từ tệp' }).click();
    const importDialog = page.getByRole('dialog', { name: 'Nhập thủ tục từ tệp' });
    await importDialog.getByLabel('Tệp nhập').setInputFiles(file);
    await importDialog.getByRole('button', { name: 'Nhập', exact: true }).click();

    await expect(importDialog.getByText(/Tệp có \d+ lỗi: không thủ tục nào được nhập/)).toBeVisible();
    const errors = importDialog.getByRole('table', { name: 'Các dòng lỗi trong tệp nhập' });
    const badLevel = errors.getByRole('row').filter({ hasText: 'Giá trị không hợp lệ: "Cấp thôn"' });
    await expect(badLevel.getByRole('cell')).toHaveText([
      'Thủ tục',
      '3',
      /^Cấp thực hiện/,
      'Giá trị không hợp lệ: "Cấp thôn"',
    ]);
    const badChannel = errors.getByRole('row').filter({ hasText: 'Kênh không hợp lệ: "Fax"' });
    await expect(badChannel.getByRole('cell')).toHaveText([
      'Cách thức',
      '2',
      /^Kênh/,
      'Kênh không hợp lệ: "Fax"',
    ]);
    await importDialog.getByRole('button', { name: 'Đóng' }).first().click();
    await expect(importDialog).toBeHidden();

    // All or nothing: the valid row was not written either.
    await page.getByRole('searchbox', { name: 'Tìm kiếm' }).fill(renamed);
    await expect(page.getByText('Không có thủ tục nào khớp với bộ lọc.')).toBeVisible();
  });
});

test.describe('working-day calendar', () => {
  test('admin sees Tết 2026 on the year calendar and computes a due date across it', async ({ page }) => {
    await signIn(page, 'admin');
    await mainNav(page).getByRole('link', { name: 'Lịch làm việc' }).click();
    await page.getByRole('combobox', { name: 'Năm' }).selectOption({ label: 'Năm 2026' });
    await expect(page.getByRole('heading', { name: 'Lịch năm 2026' })).toBeVisible();

    const tet = page.getByRole('cell', { name: /^17\/02\/2026, Thứ Ba\. Tết Nguyên đán/ });
    await expect(tet).toHaveAccessibleName(/Nghỉ lễ, Tết/);
    await expect(tet).toHaveClass(/cal-holiday/);
    await expect(page.getByRole('cell', { name: /^23\/02\/2026, Thứ Hai$/ })).toHaveClass(/cal-workday/);
    await expect(
      page.getByRole('table', { name: /Các ngày nghỉ trong tuần và ngày làm bù năm 2026/ }),
    ).toContainText('Tết Nguyên đán (mùng 1 Bính Ngọ)');

    const calculator = page.getByRole('form', { name: 'Tính thời hạn giải quyết' });
    await calculator.getByLabel('Ngày tiếp nhận').fill('2026-02-13');
    await calculator.getByLabel('Giờ tiếp nhận').fill('09:00');
    await calculator.getByLabel('Thời hạn', { exact: true }).fill('3');
    await calculator.getByLabel('Đơn vị').selectOption({ label: 'ngày làm việc' });
    await calculator.getByRole('button', { name: 'Tính hạn' }).click();

    await expect(page.getByText('17:00, Thứ Tư 25/02/2026')).toBeVisible();
    const explanation = page.getByRole('list').filter({ hasText: 'Tiếp nhận lúc 09:00 ngày 13/02/2026' });
    await expect(explanation).toContainText('Không tính: Tết Nguyên đán (mùng 1 Bính Ngọ)');
    await expect(explanation).toContainText('Ngày làm việc được tính (đến ngày thứ 3)');
  });
});

test.describe('internal workflows', () => {
  test('the province leader builds a workflow within the legal limit and publishes it', async ({ page }) => {
    await signIn(page, 'qti.ld');
    await mainNav(page).getByRole('link', { name: 'Quy trình nội bộ' }).click();
    await page.getByRole('link', { name: 'Tạo quy trình' }).click();

    const editor = page.getByRole('form', { name: 'Tạo quy trình nội bộ' });
    await editor.getByRole('searchbox', { name: 'Tìm thủ tục' }).fill('1.004222');
    await editor.getByRole('button', { name: 'Chọn thủ tục 1.004222 Đăng ký thường trú' }).click();
    await expect(editor.getByText('Thời hạn giải quyết: 7 ngày làm việc (56 giờ làm việc)')).toBeVisible();
    await selectUnit(editor.getByLabel('Đơn vị ban hành quy trình'), 'UBND tỉnh Quảng Trị');

    // The standard steps share out the limit; the total follows every change.
    const budget = editor.getByRole('meter', { name: 'Tổng thời gian các bước so với thời hạn giải quyết' });
    await expect(editor.getByText('Tổng 56 / 56 giờ làm việc')).toBeVisible();
    const processing = editor.getByRole('group', { name: 'Bước 3' });
    await expect(processing.getByLabel('Tên bước')).toHaveValue('Thẩm định, xử lý');
    await processing.getByLabel('Số giờ làm việc').fill('48');
    await expect(editor.getByText('Tổng 68 / 56 giờ làm việc')).toBeVisible();
    await expect(editor.getByText('Vượt thời hạn 12 giờ: không công bố được')).toBeVisible();
    await expect(budget).toHaveAttribute('aria-valuenow', '68');
    await processing.getByLabel('Số giờ làm việc').fill('30');
    await expect(editor.getByText('Tổng 50 / 56 giờ làm việc')).toBeVisible();
    await expect(editor.getByText('Còn 6 giờ chưa phân bổ')).toBeVisible();

    // Reordering by keyboard-reachable buttons: the step moves and focus follows it.
    await editor.getByRole('button', { name: 'Chuyển bước 4 xuống dưới' }).click();
    await expect(editor.getByRole('group', { name: 'Bước 5' }).getByLabel('Tên bước')).toHaveValue(
      'Xem xét, trình ký',
    );
    await expect(editor.getByRole('button', { name: 'Chuyển bước 5 xuống dưới' })).toBeFocused();
    await page.keyboard.press('Shift+Tab');
    await expect(editor.getByRole('button', { name: 'Chuyển bước 5 lên trên' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(editor.getByRole('group', { name: 'Bước 4' }).getByLabel('Tên bước')).toHaveValue(
      'Xem xét, trình ký',
    );

    await editor.getByRole('button', { name: 'Lưu bản nháp' }).click();
    await expect(page.getByText('Đã lưu bản nháp quy trình thủ tục 1.004222')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Đăng ký thường trú', level: 1 })).toBeVisible();
    await expect(page.getByText('Tổng 50 / 56 giờ làm việc')).toBeVisible();

    await page.getByRole('button', { name: 'Công bố', exact: true }).click();
    const publish = page.getByRole('dialog', { name: 'Công bố quy trình' });
    await publish.getByRole('button', { name: 'Công bố' }).click();
    await expect(publish).toBeHidden();
    await expect(
      page.getByText(`Đã công bố quy trình thủ tục 1.004222, áp dụng từ ${todayVn()}`),
    ).toBeVisible();
    await expect(page.getByText('Quy trình đã công bố không sửa được.', { exact: false })).toBeVisible();

    // The preview now resolves the published workflow for a dossier received at the province.
    const preview = page.getByRole('region', {
      name: 'Thời gian từng bước đối với hồ sơ tiếp nhận tại đơn vị đã chọn',
    });
    await expect(page.getByText('Theo quy trình nội bộ đang áp dụng')).toBeVisible();
    await expect(preview.getByRole('row', { name: /Thẩm định, xử lý/ })).toContainText('30 giờ');

    await page.getByRole('link', { name: 'Danh sách quy trình' }).click();
    const row = page.getByRole('row', { name: /1\.004222/ });
    await expect(row).toContainText('UBND tỉnh Quảng Trị');
    await expect(row).toContainText('Đang áp dụng');
    await expect(row).toContainText('50 giờ');
  });
});
