import { expect, test, type APIRequestContext, type Locator, type Page } from '@playwright/test';
import { DEMO_PASSWORD, tokenFrom } from './support';

const DEMO_CITIZEN = '0912345678';
/** Đăng ký thường trú, filed online with Phường Đồng Hới, which has every one-stop role. */
const PROCEDURE = '1.004222';
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

type Dossier = { id: string; code: string; state: string; version: number };

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

function officerToken(request: APIRequestContext, username: string): Promise<string> {
  return tokenFrom(request, '/api/v1/auth/login', { username, password: DEMO_PASSWORD });
}

/** The demo citizen files 1.004222 online with Phường Đồng Hới; the dossier waits for online intake. */
async function submitOnline(request: APIRequestContext, fullName: string): Promise<Dossier> {
  const adminToken = await officerToken(request, 'admin');
  const units = await request.get('/api/v1/units', { headers: bearer(adminToken) });
  expect(units.status()).toBe(200);
  const { items } = (await units.json()) as { items: { id: string; accountPrefix: string | null }[] };
  const commune = items.find((unit) => unit.accountPrefix === 'qti.donghoi');
  expect(commune, 'the demo data has Phường Đồng Hới').toBeDefined();

  const procedure = await request.get(`/api/v1/procedures/${PROCEDURE}`);
  expect(procedure.status()).toBe(200);
  const { cases } = (await procedure.json()) as { cases: { components: unknown[] }[] };
  const components = (cases[0]?.components ?? []).map((_, index) => ({ index, provided: true }));

  const citizenToken = await tokenFrom(request, '/api/v1/citizen/auth/login', {
    login: DEMO_CITIZEN,
    password: DEMO_PASSWORD,
  });
  const submitted = await request.post('/api/v1/citizen/dossiers', {
    headers: bearer(citizenToken),
    data: {
      procedureCode: PROCEDURE,
      receivingUnitId: commune?.id,
      applicant: { fullName, identificationNumber: '044190012345', address: '12 Lý Thường Kiệt, Đồng Hới' },
      components,
    },
  });
  expect(submitted.status()).toBe(201);
  const dossier = (await submitted.json()) as Dossier;
  expect(dossier.state).toBe('waiting_online_intake');
  return dossier;
}

/** An officer's action through the API; returns the dossier as it now is. */
async function act(
  request: APIRequestContext,
  token: string,
  dossier: Dossier,
  action: string,
  extra: object = {},
): Promise<Dossier> {
  const response = await request.post(`/api/v1/dossiers/${dossier.id}/actions`, {
    headers: bearer(token),
    data: { action, version: dossier.version, ...extra },
  });
  expect(response.status(), `${action} is accepted`).toBe(200);
  return (await response.json()) as Dossier;
}

/** The citizen's view of their dossier, straight from the API. */
async function citizenView(request: APIRequestContext, id: string): Promise<Dossier & { files: unknown[] }> {
  const token = await tokenFrom(request, '/api/v1/citizen/auth/login', {
    login: DEMO_CITIZEN,
    password: DEMO_PASSWORD,
  });
  const response = await request.get(`/api/v1/citizen/dossiers/${id}`, { headers: bearer(token) });
  expect(response.status()).toBe(200);
  return (await response.json()) as Dossier & { files: unknown[] };
}

/** Signs the demo citizen in through the form and opens one of their dossiers. */
async function openOwnDossier(page: Page, dossier: Dossier) {
  await page.goto('/dang-nhap');
  await page.getByLabel('Số điện thoại hoặc email', { exact: true }).fill(DEMO_CITIZEN);
  await page.getByLabel('Mật khẩu', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Thông tin tài khoản' })).toBeVisible();
  await page.goto(`/ho-so-cua-toi/${dossier.id}`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(dossier.code);
}

function summary(page: Page): Locator {
  return page.getByRole('region', { name: 'Thông tin chung' });
}

test('anyone checks a result file; a file this system never signed is flagged as not issued here', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('contentinfo').getByRole('link', { name: 'Xác thực kết quả điện tử' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Xác thực kết quả điện tử' })).toBeVisible();

  await page
    .getByLabel('Tệp kết quả cần kiểm tra')
    .setInputFiles({ name: 'ket-qua-tu-che.pdf', mimeType: 'application/pdf', buffer: pdf('tu che') });
  const result = page.getByRole('region', { name: 'Kết quả kiểm tra' });
  await expect(result).toContainText('Không phải kết quả do hệ thống này cấp');
  await expect(result).toContainText('ket-qua-tu-che.pdf');
  await expect(result).not.toContainText('Kết quả hợp lệ');
  await expect(result).not.toContainText('Người ký');
});

test('forgetting a password gives the same answer whether or not the account exists', async ({ page }) => {
  await page.goto('/dang-nhap');
  await page.getByRole('link', { name: 'Quên mật khẩu?' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Quên mật khẩu' })).toBeVisible();

  const field = page.getByLabel('Số điện thoại hoặc email', { exact: true });
  await page.getByRole('button', { name: 'Gửi đường dẫn đặt lại mật khẩu' }).click();
  await expect(field).toHaveAccessibleDescription(/Nhập số điện thoại hoặc email/);

  const answers: string[] = [];
  for (const login of [DEMO_CITIZEN, 'khong-ton-tai@example.vn']) {
    await field.fill(login);
    const response = page.waitForResponse((r) => r.url().endsWith('/api/v1/citizen/auth/password-reset'));
    await page.getByRole('button', { name: /^(Gửi đường dẫn đặt lại mật khẩu|Gửi lại)$/ }).click();
    expect((await response).status(), 'the server answers alike too').toBe(202);
    const sent = page.getByRole('status').filter({ hasText: 'Đã tiếp nhận yêu cầu' });
    await expect(sent).toContainText('Nếu số điện thoại hoặc email này đã đăng ký tài khoản');
    answers.push(await sent.innerText());
  }
  expect(answers[1], 'an unknown account reads exactly like a known one').toBe(answers[0]);

  // A link that is not (or no longer) valid says so and offers a new one.
  await page.goto(`/dat-lai-mat-khau?ma=${'x'.repeat(43)}`);
  await page.getByLabel('Mật khẩu mới', { exact: true }).fill('MatKhauMoi2026');
  await page.getByLabel('Nhập lại mật khẩu mới', { exact: true }).fill('MatKhauMoi2026');
  await page.getByRole('button', { name: 'Đặt lại mật khẩu' }).click();
  await expect(page.getByRole('alert')).toContainText('Đường dẫn không còn dùng được');
  await expect(page.getByRole('link', { name: 'Yêu cầu đường dẫn mới' })).toBeVisible();
});

test('a citizen answers a completion request: uploads the document and sends the supplement @phone', async ({
  page,
  request,
}) => {
  const receiving = await officerToken(request, OFFICERS.receiving);
  let dossier = await submitOnline(request, 'Lê Thị Hồng Nhung');
  dossier = await act(request, receiving, dossier, 'accept');
  dossier = await act(request, receiving, dossier, 'request_supplement', {
    items: ['Bản sao giấy khai sinh có chứng thực'],
    comment: 'Thiếu giấy khai sinh của người đăng ký',
  });
  expect(dossier.state).toBe('waiting_supplement');

  await openOwnDossier(page, dossier);
  await expect(summary(page)).toContainText('Chờ bổ sung hồ sơ');
  await expect(summary(page)).toContainText('Tạm dừng, chờ bạn bổ sung hồ sơ');
  const supplement = page.getByRole('region', { name: 'Giấy tờ cần bổ sung' });
  await expect(supplement).toContainText('Bản sao giấy khai sinh có chứng thực');
  // Neither withdrawing (only before intake) nor a second completion form is offered.
  await expect(page.getByRole('button', { name: 'Rút hồ sơ' })).toHaveCount(0);

  // Nothing uploaded yet: the page says so instead of sending.
  await supplement.getByRole('button', { name: 'Gửi bổ sung' }).click();
  await expect(supplement.getByRole('alert')).toContainText('Tải lên ít nhất một tệp');

  await supplement
    .getByLabel('Tệp giấy tờ (chọn được nhiều tệp)')
    .setInputFiles({ name: 'giay-khai-sinh.pdf', mimeType: 'application/pdf', buffer: pdf('khai sinh') });
  await expect(supplement.getByRole('list', { name: 'Đã tải lên cho lần bổ sung này' })).toContainText(
    'giay-khai-sinh.pdf',
  );
  await supplement.getByLabel('Ghi chú gửi cơ quan giải quyết').fill('Gửi bản sao giấy khai sinh');
  await supplement.getByRole('button', { name: 'Gửi bổ sung' }).click();

  const sent = page.getByRole('status').filter({ hasText: 'Đã gửi hồ sơ bổ sung' });
  await expect(sent).toContainText(/Ngày hẹn trả kết quả mới: \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/);
  await expect(summary(page)).not.toContainText('Chờ bổ sung hồ sơ');
  await expect(summary(page)).toContainText('Đã tiếp nhận, chờ chuyển xử lý');
  await expect(page.getByRole('region', { name: 'Giấy tờ cần bổ sung' })).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Ngày hẹn trả kết quả' })).toContainText(
    'Cách tính ngày hẹn',
  );
  await expect(page.getByRole('region', { name: 'Giấy tờ và kết quả' })).toContainText('giay-khai-sinh.pdf');

  const after = await citizenView(request, dossier.id);
  expect(after.state).toBe('received');
});

test('a citizen withdraws a dossier the agency has not accepted yet', async ({ page, request }) => {
  const dossier = await submitOnline(request, 'Phạm Quốc Bảo');
  await openOwnDossier(page, dossier);
  await expect(summary(page)).toContainText('Chờ tiếp nhận trực tuyến');

  await page.getByRole('button', { name: 'Rút hồ sơ' }).click();
  const dialog = page.getByRole('dialog', { name: 'Rút hồ sơ này?' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText(dossier.code);
  const reason = dialog.getByLabel('Lý do');
  await expect(reason).toBeFocused();

  // The reason is required, and checked before anything is sent.
  await dialog.getByRole('button', { name: 'Rút hồ sơ' }).click();
  await expect(reason).toHaveAccessibleDescription(/Nhập lý do/);
  // Escape leaves the dossier as it was.
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(summary(page)).toContainText('Chờ tiếp nhận trực tuyến');

  await page.getByRole('button', { name: 'Rút hồ sơ' }).click();
  await dialog.getByLabel('Lý do').fill('Nộp nhầm thủ tục, sẽ nộp lại');
  await dialog.getByRole('button', { name: 'Rút hồ sơ' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'Đã rút hồ sơ' })).toBeVisible();
  await expect(summary(page)).toContainText('Đã rút hồ sơ');
  await expect(page.getByRole('button', { name: 'Rút hồ sơ' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Thanh toán trực tuyến' })).toHaveCount(0);

  expect((await citizenView(request, dossier.id)).state).toBe('withdrawn');
});

test('a citizen asks to stop a dossier in progress, and the page shows it waits for the agency', async ({
  page,
  request,
}) => {
  const receiving = await officerToken(request, OFFICERS.receiving);
  const dossier = await act(request, receiving, await submitOnline(request, 'Võ Minh Tâm'), 'accept');
  await openOwnDossier(page, dossier);

  await page.getByRole('button', { name: 'Đề nghị dừng xử lý' }).click();
  const dialog = page.getByRole('dialog', { name: 'Đề nghị dừng xử lý hồ sơ?' });
  await dialog.getByLabel('Lý do').fill('Gia đình đã chuyển đi nơi khác');
  await dialog.getByRole('button', { name: 'Gửi đề nghị' }).click();
  await expect(dialog).toBeHidden();
  await expect(summary(page)).toContainText(/Đã đề nghị dừng xử lý lúc .+, chờ cơ quan quyết định/);
  // The agency decides: the dossier is still being handled, and the request cannot be sent twice.
  await expect(summary(page)).toContainText('Đã tiếp nhận, chờ chuyển xử lý');
  await expect(page.getByRole('button', { name: 'Đề nghị dừng xử lý' })).toHaveCount(0);
});

test('a citizen gets the signed electronic result, checks its signature and rates the service', async ({
  page,
  request,
}) => {
  test.setTimeout(90_000);
  const receiving = await officerToken(request, OFFICERS.receiving);
  const head = await officerToken(request, OFFICERS.divisionHead);
  const processing = await officerToken(request, OFFICERS.processing);
  const leader = await officerToken(request, OFFICERS.leader);
  let dossier = await submitOnline(request, 'Đặng Thu Hà');
  dossier = await act(request, receiving, dossier, 'accept');
  dossier = await act(request, receiving, dossier, 'hand_over');
  const assignees = await request.get('/api/v1/dossiers/assignees', { headers: bearer(head) });
  const { items } = (await assignees.json()) as { items: { id: string; username: string }[] };
  const assignee = items.find((item) => item.username === OFFICERS.processing);
  dossier = await act(request, head, dossier, 'assign', { assigneeId: assignee?.id });
  const upload = await request.post(`/api/v1/dossiers/${dossier.id}/files?kind=result`, {
    headers: bearer(processing),
    multipart: {
      file: { name: 'xac-nhan-thuong-tru.pdf', mimeType: 'application/pdf', buffer: pdf('ket qua') },
    },
  });
  expect(upload.status()).toBe(201);
  const current = await request.get(`/api/v1/dossiers/${dossier.id}`, { headers: bearer(processing) });
  dossier = (await current.json()) as Dossier;
  dossier = await act(request, processing, dossier, 'submit_review');
  dossier = await act(request, head, dossier, 'submit_signature');
  dossier = await act(request, leader, dossier, 'sign');
  dossier = await act(request, receiving, dossier, 'return_result');

  await openOwnDossier(page, dossier);
  await expect(summary(page)).toContainText('Đã trả kết quả');
  const files = page.getByRole('region', { name: 'Giấy tờ và kết quả' });
  const result = files.getByRole('list', { name: 'Kết quả giải quyết' }).getByRole('listitem');
  await expect(result).toContainText('xac-nhan-thuong-tru.pdf');
  await expect(result).toContainText(/Đã ký số bởi .+ lúc \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/);

  const download = page.waitForEvent('download');
  await result.getByRole('button', { name: 'Tải về: xac-nhan-thuong-tru.pdf' }).click();
  expect((await download).suggestedFilename()).toBe('xac-nhan-thuong-tru.pdf');

  await result.getByRole('button', { name: 'Kiểm tra chữ ký: xac-nhan-thuong-tru.pdf' }).click();
  const verdict = result.getByRole('status');
  await expect(verdict).toContainText('Kết quả hợp lệ');
  await expect(verdict).toContainText(dossier.code);
  await expect(verdict).toContainText('Phường Đồng Hới');

  const rating = page.getByRole('region', { name: 'Đánh giá mức độ hài lòng' });
  await rating.getByLabel('Chưa hài lòng').check();
  await rating.getByRole('button', { name: 'Gửi đánh giá' }).click();
  await expect(rating).toContainText('Chọn ít nhất một lý do chưa hài lòng');
  await rating.getByLabel('Giải quyết trễ hẹn').check();
  await rating.getByLabel('Góp ý thêm').fill('Phải hỏi lại nhiều lần qua điện thoại');
  await rating.getByRole('button', { name: 'Gửi đánh giá' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Cảm ơn bạn đã đánh giá' })).toBeVisible();
  await expect(rating).toContainText('Chưa hài lòng');
  await expect(rating).toContainText('Giải quyết trễ hẹn');
  await expect(rating).toContainText('Phải hỏi lại nhiều lần qua điện thoại');
  await expect(rating.getByRole('button', { name: 'Gửi đánh giá' })).toHaveCount(0);
});
