/**
 * The standard slips of Thông tư 03/2025/TT-VPCP, Phụ lục I (Mẫu 01–07), as printable PDFs generated from the dossier
 * and its processing log.
 */
import {
  CHANNEL_LABELS,
  DOSSIER_ACTION_LABELS,
  formatVnDate,
  ON_TIME_LABELS,
  RESULT_METHOD_LABELS,
  SLIP_TITLES,
  TIME_UNIT_LABELS,
  vnDate,
  vnMinutes,
  type DossierAction,
  type SlipForm,
} from '@motcua/shared';
import QRCode from 'qrcode';
import type { dossierEvents } from '../../db/schema';
import {
  createPdf,
  heading,
  line,
  paragraph,
  render,
  signatures,
  table,
  title,
  type Pdf,
} from '../../lib/pdf';
import type { DossierRow } from './dossiers.repository';

type Event = typeof dossierEvents.$inferSelect;
export type SlipContext = { unitName: string; events: Event[]; trackingUrl: string; now: Date };

const FORM_FORMS: Record<string, string> = {
  original: 'Bản chính',
  certified_copy: 'Bản sao chứng thực',
  copy: 'Bản photo',
  electronic: 'Bản điện tử',
};

function time(instant: Date | null): string {
  if (!instant) return '';
  const m = vnMinutes(instant);
  return `${Math.floor(m / 60)} giờ ${String(m % 60).padStart(2, '0')} phút, ngày ${formatVnDate(vnDate(instant))}`;
}

function dateLine(now: Date) {
  const [y, m, d] = vnDate(now).split('-');
  return `ngày ${d} tháng ${m} năm ${y}`;
}

function applicantLines(doc: Pdf, row: DossierRow) {
  line(doc, 'Ông/Bà', row.applicant.fullName);
  line(doc, 'Số định danh cá nhân', row.applicant.identificationNumber);
  line(doc, 'Địa chỉ', row.applicant.address);
  line(doc, 'Số điện thoại', row.applicant.phone);
  line(doc, 'Email', row.applicant.email);
  if (row.authorisedPerson) {
    line(
      doc,
      'Người được ủy quyền',
      `${row.authorisedPerson.fullName} (số định danh ${row.authorisedPerson.identificationNumber})`,
    );
  }
}

function lastEvent(events: Event[], action: DossierAction) {
  return events.filter((e) => e.action === action).at(-1);
}

function receipt(doc: Pdf, row: DossierRow, ctx: SlipContext, qr: Buffer) {
  title(doc, 'GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ', `Mã hồ sơ: ${row.code}`);
  paragraph(doc, `${ctx.unitName} đã tiếp nhận hồ sơ (${CHANNEL_LABELS[row.channel].toLowerCase()}) của:`);
  applicantLines(doc, row);
  line(doc, 'Nội dung yêu cầu giải quyết', row.procedureName);
  doc.moveDown(0.3);
  paragraph(doc, `1. Thành phần hồ sơ nộp (${row.caseName}):`);
  table(
    doc,
    [30, '*', 80, 45, 45],
    ['STT', 'Tên giấy tờ', 'Hình thức', 'Bản chính', 'Bản sao'],
    row.components
      .filter((c) => c.provided)
      .map((c, i) => [
        String(i + 1),
        c.name,
        FORM_FORMS[c.form] ?? c.form,
        String(c.originals),
        String(c.copies),
      ]),
  );
  paragraph(doc, `2. Số lượng hồ sơ: ${String(row.sets).padStart(2, '0')} bộ.`);
  paragraph(
    doc,
    `3. Thời gian giải quyết hồ sơ theo quy định: ${row.timeLimitAmount} ${TIME_UNIT_LABELS[row.timeLimitUnit]}.`,
  );
  paragraph(doc, `4. Thời gian nhận hồ sơ: ${time(row.receivedAt)}.`);
  paragraph(
    doc,
    `5. Thời gian trả kết quả giải quyết hồ sơ: ${time(row.dueAt) || 'sẽ hẹn lại khi hồ sơ đầy đủ'}.`,
  );
  paragraph(doc, `6. Đăng ký nhận kết quả: ${RESULT_METHOD_LABELS[row.resultMethod]}.`);
  const sequence = Number(row.code.split('-').at(-1));
  paragraph(
    doc,
    `Vào Sổ theo dõi hồ sơ, Quyển số: ${vnDate(row.receivedAt ?? ctx.now).slice(0, 4)}, Số thứ tự: ${sequence}.`,
  );
  const qrTop = doc.y;
  doc.image(qr, doc.page.margins.left, qrTop, { width: 72 });
  doc
    .fontSize(9)
    .text(
      `Tra cứu tình trạng hồ sơ: quét mã QR hoặc vào ${ctx.trackingUrl}`,
      doc.page.margins.left + 84,
      qrTop + 24,
      {
        width: 360,
      },
    )
    .fontSize(11);
  doc.x = doc.page.margins.left;
  doc.y = qrTop + 80;
  signatures(doc, [
    { role: 'Người nộp hồ sơ', name: row.applicant.fullName },
    { role: 'Người tiếp nhận hồ sơ', name: ctx.events[0]?.actorName },
  ]);
}

function supplement(doc: Pdf, row: DossierRow, ctx: SlipContext) {
  const event = lastEvent(ctx.events, 'request_supplement');
  const items = (event?.details?.items as string[] | undefined) ?? row.pauses.at(-1)?.items ?? [];
  title(doc, 'PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ', `Mã hồ sơ: ${row.code}`);
  paragraph(doc, `${ctx.unitName} đã tiếp nhận hồ sơ đề nghị giải quyết thủ tục "${row.procedureName}" của:`);
  applicantLines(doc, row);
  paragraph(doc, 'Sau khi xem xét, hồ sơ cần được bổ sung, hoàn thiện các nội dung sau:');
  items.forEach((item, i) => paragraph(doc, `${i + 1}. ${item}`));
  line(doc, 'Lý do', event?.comment);
  paragraph(
    doc,
    `Trong quá trình hoàn thiện hồ sơ, nếu có vướng mắc, Ông/Bà liên hệ ${event?.actorName ?? 'cán bộ xử lý'} (${event?.unitName ?? ctx.unitName}) để được hướng dẫn.`,
  );
  paragraph(doc, 'Thời gian chờ bổ sung hồ sơ không tính vào thời hạn giải quyết.');
  signatures(doc, [{ role: 'Người hướng dẫn', name: event?.actorName }]);
}

function refusal(doc: Pdf, row: DossierRow, ctx: SlipContext) {
  title(doc, 'PHIẾU TỪ CHỐI TIẾP NHẬN, GIẢI QUYẾT HỒ SƠ', `Mã hồ sơ: ${row.code}`);
  paragraph(doc, `${ctx.unitName} nhận được hồ sơ đề nghị giải quyết thủ tục "${row.procedureName}" của:`);
  applicantLines(doc, row);
  paragraph(
    doc,
    'Qua xem xét, cơ quan, đơn vị từ chối tiếp nhận, giải quyết hồ sơ với lý do cụ thể như sau:',
  );
  paragraph(doc, row.refusalReason ?? '');
  paragraph(doc, 'Xin thông báo để Ông/Bà được biết và thực hiện.');
  signatures(doc, [{ role: 'Người từ chối', name: lastEvent(ctx.events, 'refuse')?.actorName }]);
}

function apology(doc: Pdf, row: DossierRow, ctx: SlipContext) {
  const event = lastEvent(ctx.events, 'extend');
  const previous =
    typeof event?.details?.previousDueAt === 'string' ? new Date(event.details.previousDueAt) : null;
  title(doc, 'PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ', `Mã hồ sơ: ${row.code}`);
  line(doc, 'Kính gửi', row.applicant.fullName);
  paragraph(
    doc,
    `Ngày ${formatVnDate(vnDate(row.receivedAt ?? ctx.now))}, ${ctx.unitName} tiếp nhận hồ sơ đề nghị giải quyết thủ tục "${row.procedureName}".`,
  );
  line(doc, 'Thời gian hẹn trả kết quả giải quyết hồ sơ', time(previous));
  line(doc, 'Lý do chậm trả kết quả', row.extensionReason);
  paragraph(
    doc,
    `Sự chậm trễ này đã gây phiền hà cho Ông/Bà. ${ctx.unitName} xin lỗi và hẹn trả kết quả vào ${time(row.extendedDueAt)}.`,
  );
  paragraph(doc, 'Trân trọng xin lỗi.');
  signatures(doc, [{ role: 'Thủ trưởng cơ quan, đơn vị', name: event?.actorName }]);
}

function stopNotice(doc: Pdf, row: DossierRow, ctx: SlipContext) {
  const event = lastEvent(ctx.events, 'stop');
  title(doc, 'THÔNG BÁO DỪNG GIẢI QUYẾT HỒ SƠ', `Mã hồ sơ: ${row.code}`);
  paragraph(doc, `${ctx.unitName} đã tiếp nhận hồ sơ đề nghị giải quyết thủ tục "${row.procedureName}" của:`);
  applicantLines(doc, row);
  paragraph(
    doc,
    `Theo đề nghị của người nộp hồ sơ, cơ quan dừng giải quyết hồ sơ kể từ ${time(row.finishedAt)}.`,
  );
  line(doc, 'Lý do', event?.comment);
  signatures(doc, [{ role: 'Người thông báo', name: event?.actorName }]);
}

function controlSheet(doc: Pdf, row: DossierRow, ctx: SlipContext) {
  title(doc, 'PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ', `Mã hồ sơ: ${row.code}`);
  line(doc, 'Cơ quan, đơn vị giải quyết', [...new Set(row.steps.map((s) => s.unitName))].join('; '));
  line(doc, 'Cơ quan phối hợp', null);
  line(doc, 'Thời gian nhận hồ sơ', time(row.receivedAt));
  line(doc, 'Thời gian hẹn trả kết quả', time(row.dueAt));
  table(
    doc,
    [100, 110, 70, '*', '*'],
    ['Thời gian giao, nhận', 'Bước', 'Kết quả', 'Bên giao', 'Ghi chú'],
    ctx.events.map((e) => [
      time(e.at),
      e.action === 'receive' ? 'Tiếp nhận' : (DOSSIER_ACTION_LABELS[e.action as DossierAction] ?? e.action),
      e.stepResult ? ON_TIME_LABELS[e.stepResult] : '',
      [e.actorName, e.unitName].filter(Boolean).join(' — '),
      e.comment ?? '',
    ]),
  );
}

const RENDERERS: Record<SlipForm, (doc: Pdf, row: DossierRow, ctx: SlipContext, qr: Buffer) => void> = {
  '01': receipt,
  '02': supplement,
  '03': refusal,
  '04': apology,
  '05': stopNotice,
  '06': controlSheet,
};

export async function renderSlip(form: SlipForm, row: DossierRow, ctx: SlipContext): Promise<Buffer> {
  const doc = createPdf(`${SLIP_TITLES[form]} — ${row.code}`);
  heading(doc, ctx.unitName, row.code, dateLine(ctx.now));
  doc.fontSize(9).font('italic').text(`Mẫu số ${form}`, { align: 'right' }).font('regular').fontSize(11);
  const qr = await QRCode.toBuffer(ctx.trackingUrl, { margin: 1, width: 160 });
  RENDERERS[form](doc, row, ctx, qr);
  return render(doc);
}

/** Mẫu 07: the dossier register of a receiving unit over a period. */
export async function renderRegister(
  unitName: string,
  from: string,
  to: string,
  rows: DossierRow[],
  now: Date,
) {
  const doc = createPdf(`Sổ theo dõi hồ sơ ${from} – ${to}`, 'landscape');
  heading(doc, unitName, `${formatVnDate(from)}–${formatVnDate(to)}`, dateLine(now));
  title(doc, 'SỔ THEO DÕI HỒ SƠ', `Từ ngày ${formatVnDate(from)} đến ngày ${formatVnDate(to)}`);
  table(
    doc,
    [26, 118, '*', 92, 100, 80, 64, 64, 64, 64],
    [
      'STT',
      'Mã hồ sơ',
      'Tên thủ tục',
      'Người nộp',
      'Địa chỉ, số điện thoại',
      'Cơ quan giải quyết',
      'Ngày nhận',
      'Ngày hẹn trả',
      'Ngày trả',
      'Hình thức trả',
    ],
    rows.map((r, i) => [
      String(i + 1),
      r.code,
      r.procedureName,
      r.applicant.fullName,
      [r.applicant.address, r.applicant.phone].filter(Boolean).join(', '),
      [...new Set(r.steps.filter((s) => s.phase === 'processing').map((s) => s.unitName))].join('; '),
      r.receivedAt ? formatVnDate(vnDate(r.receivedAt)) : '',
      r.dueAt ? formatVnDate(vnDate(r.dueAt)) : '',
      r.returnedAt ? formatVnDate(vnDate(r.returnedAt)) : '',
      r.returnedAt ? RESULT_METHOD_LABELS[r.resultMethod] : '',
    ]),
  );
  return render(doc);
}

/** The receipt (biên lai) of a fee paid for a dossier, at the counter or online. */
export async function renderReceipt(
  unitName: string,
  row: DossierRow,
  payment: {
    id: string;
    amountVnd: number;
    method: 'counter' | 'online';
    receiptNumber: string | null;
    provider: string | null;
    providerRef: string | null;
    paidAt: Date;
  },
  now: Date,
) {
  const doc = createPdf(`Biên lai thu phí, lệ phí — ${row.code}`);
  heading(
    doc,
    unitName,
    payment.receiptNumber ?? payment.providerRef ?? payment.id.slice(0, 8).toUpperCase(),
    dateLine(now),
  );
  title(doc, 'BIÊN LAI THU PHÍ, LỆ PHÍ', `Mã hồ sơ: ${row.code}`);
  line(doc, 'Người nộp', row.applicant.fullName);
  line(doc, 'Số định danh cá nhân', row.applicant.identificationNumber);
  line(doc, 'Nội dung thu', `Phí, lệ phí giải quyết thủ tục "${row.procedureName}"`);
  line(doc, 'Số tiền', `${payment.amountVnd.toLocaleString('vi-VN')} đồng`);
  line(
    doc,
    'Hình thức nộp',
    payment.method === 'online'
      ? `Trực tuyến (mã giao dịch ${payment.providerRef ?? ''})`
      : 'Nộp tại Bộ phận Một cửa',
  );
  line(doc, 'Thời gian nộp', time(payment.paidAt));
  signatures(doc, [{ role: 'Người nộp tiền', name: row.applicant.fullName }, { role: 'Người thu tiền' }]);
  return render(doc);
}
