import {
  FEEDBACK_CATEGORIES,
  FEEDBACK_CATEGORY_LABELS,
  FEEDBACK_EVENT_LABELS,
  FEEDBACK_STATUS_LABELS,
  FEEDBACK_STATUSES,
  formatVnDate,
  vnInstant,
  addDays,
  type FeedbackDetail,
  type FeedbackStatistics,
  type FeedbackStatisticsQuery,
} from '@motcua/shared';
import {
  AlignmentType,
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { and, count, eq, gte, lt, sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import type { Database } from '../../db/client';
import { feedback, units } from '../../db/schema';
import type { UnitSet } from './feedback.repository';

/** Counts for the agency's charts: everything its units hold or handle, submitted within the window. */
export async function feedbackStatistics(
  db: Database,
  scope: UnitSet,
  query: FeedbackStatisticsQuery,
  now = new Date(),
): Promise<FeedbackStatistics> {
  const where = and(
    gte(feedback.createdAt, vnInstant(query.from, 0)),
    lt(feedback.createdAt, vnInstant(addDays(query.to, 1), 0)),
    sql`(${feedback.receivingUnitId} in ${scope} or ${feedback.handlingUnitId} in ${scope})`,
  );
  const unitId = sql<string>`coalesce(${feedback.handlingUnitId}, ${feedback.receivingUnitId})`;
  const answered = sql`${feedback.answeredAt} is not null`;
  const [byStatus, byCategory, byUnit, byMonth, [ratings]] = await Promise.all([
    db.select({ key: feedback.status, n: count() }).from(feedback).where(where).groupBy(feedback.status),
    db.select({ key: feedback.category, n: count() }).from(feedback).where(where).groupBy(feedback.category),
    db
      .select({
        unitId: units.id,
        unitName: units.name,
        received: count(),
        answered: sql<number>`count(*) filter (where ${answered})::int`,
        onTime: sql<number>`count(*) filter (where ${feedback.answeredAt} <= ${feedback.handleDueAt})::int`,
        // Late: answered after the deadline, or still unanswered past it.
        late: sql<number>`count(*) filter (where ${feedback.answeredAt} > ${feedback.handleDueAt} or (${feedback.answeredAt} is null and ${feedback.status} <> 'refused' and ${feedback.handleDueAt} < ${now.toISOString()}::timestamptz))::int`,
      })
      .from(feedback)
      .innerJoin(units, eq(units.id, unitId))
      .where(where)
      .groupBy(units.id, units.name),
    db
      .select({
        month: sql<string>`to_char(${feedback.createdAt} at time zone 'Asia/Ho_Chi_Minh', 'YYYY-MM')`,
        received: count(),
        published: sql<number>`count(*) filter (where ${feedback.status} = 'published')::int`,
      })
      .from(feedback)
      .where(where)
      .groupBy(sql`1`)
      .orderBy(sql`1`),
    db
      .select({
        likes: sql<number>`count(*) filter (where ${feedback.rating} = 'like')::int`,
        dislikes: sql<number>`count(*) filter (where ${feedback.rating} = 'dislike')::int`,
      })
      .from(feedback)
      .where(where),
  ]);
  const statusCount = new Map(byStatus.map((r) => [r.key, r.n]));
  const categoryCount = new Map(byCategory.map((r) => [r.key, r.n]));
  const answeredTotal = byUnit.reduce((sum, u) => sum + u.answered, 0);
  const onTimeTotal = byUnit.reduce((sum, u) => sum + u.onTime, 0);
  const likes = ratings?.likes ?? 0;
  const dislikes = ratings?.dislikes ?? 0;
  return {
    from: query.from,
    to: query.to,
    total: byStatus.reduce((sum, r) => sum + r.n, 0),
    byStatus: FEEDBACK_STATUSES.map((key) => ({
      key,
      label: FEEDBACK_STATUS_LABELS[key],
      count: statusCount.get(key) ?? 0,
    })),
    byCategory: FEEDBACK_CATEGORIES.map((key) => ({
      key,
      label: FEEDBACK_CATEGORY_LABELS[key],
      count: categoryCount.get(key) ?? 0,
    })),
    byUnit: byUnit.sort((a, b) => b.received - a.received || a.unitName.localeCompare(b.unitName, 'vi')),
    byMonth,
    onTimeRate: answeredTotal > 0 ? onTimeTotal / answeredTotal : null,
    satisfaction: { likes, dislikes, rate: likes + dislikes > 0 ? likes / (likes + dislikes) : null },
  };
}

function percent(value: number | null) {
  return value === null ? '—' : `${(value * 100).toFixed(1)}%`;
}

/** The statistics as a workbook: a summary sheet and one sheet per breakdown. */
export async function statisticsWorkbook(stats: FeedbackStatistics, unitName: string): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'Một Cửa';
  const header = (sheet: ExcelJS.Worksheet, title: string) => {
    sheet.addRow([unitName]).font = { bold: true };
    sheet.addRow([title]).font = { bold: true, size: 14 };
    sheet.addRow([`Phản ánh, kiến nghị gửi từ ${formatVnDate(stats.from)} đến ${formatVnDate(stats.to)}`]);
    sheet.addRow([]);
  };
  const table = (sheet: ExcelJS.Worksheet, columns: string[], rows: (string | number)[][]) => {
    const head = sheet.addRow(columns);
    head.font = { bold: true };
    head.eachCell((cell) => {
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF7' } };
      cell.border = { bottom: { style: 'thin' } };
    });
    const first = sheet.rowCount + 1;
    rows.forEach((r) => sheet.addRow(r));
    // A total row with formulas, so that edits to the figures keep it right.
    if (rows.length > 0 && typeof rows[0]?.[1] === 'number') {
      const total = sheet.addRow([
        'Tổng cộng',
        ...columns.slice(1).map((_, i) => {
          const col = String.fromCharCode(66 + i);
          return { formula: `SUM(${col}${first}:${col}${sheet.rowCount})` };
        }),
      ]);
      total.font = { bold: true };
    }
    sheet.columns.forEach((c, i) => (c.width = i === 0 ? 48 : 16));
  };

  const summary = book.addWorksheet('Tổng hợp');
  header(summary, 'THỐNG KÊ PHẢN ÁNH, KIẾN NGHỊ');
  table(
    summary,
    ['Chỉ tiêu', 'Giá trị'],
    [
      ['Tổng số phản ánh, kiến nghị', stats.total],
      ['Tỉ lệ trả lời đúng hạn', percent(stats.onTimeRate)],
      ['Số lượt hài lòng', stats.satisfaction.likes],
      ['Số lượt không hài lòng', stats.satisfaction.dislikes],
      ['Tỉ lệ hài lòng', percent(stats.satisfaction.rate)],
    ],
  );
  const byStatus = book.addWorksheet('Theo trạng thái');
  header(byStatus, 'THEO TRẠNG THÁI');
  table(
    byStatus,
    ['Trạng thái', 'Số lượng'],
    stats.byStatus.map((s) => [s.label, s.count]),
  );
  const byCategory = book.addWorksheet('Theo nhóm');
  header(byCategory, 'THEO NHÓM PHẢN ÁNH');
  table(
    byCategory,
    ['Nhóm', 'Số lượng'],
    stats.byCategory.map((s) => [s.label, s.count]),
  );
  const byUnit = book.addWorksheet('Theo đơn vị');
  header(byUnit, 'THEO ĐƠN VỊ XỬ LÝ');
  table(
    byUnit,
    ['Đơn vị', 'Tiếp nhận', 'Đã trả lời', 'Đúng hạn', 'Trễ hạn'],
    stats.byUnit.map((u) => [u.unitName, u.received, u.answered, u.onTime, u.late]),
  );
  const byMonth = book.addWorksheet('Theo tháng');
  header(byMonth, 'THEO THÁNG');
  table(
    byMonth,
    ['Tháng', 'Tiếp nhận', 'Đã công khai'],
    stats.byMonth.map((m) => [m.month, m.received, m.published]),
  );
  return Buffer.from(await book.xlsx.writeBuffer());
}

function cell(text: string, bold = false) {
  return new TableCell({
    width: { size: bold ? 30 : 70, type: WidthType.PERCENTAGE },
    children: [new Paragraph({ children: [new TextRun({ text, bold })] })],
  });
}

function paragraphs(text: string) {
  return text
    .split(/\n+/)
    .map((line) => new Paragraph({ children: [new TextRun(line)], spacing: { after: 120 } }));
}

/** A feedback as a Word document, to attach to the agency's official letter (phiếu chuyển, công văn trả lời). */
export async function feedbackDocument(detail: FeedbackDetail): Promise<Buffer> {
  const sender = detail.sender;
  const facts: [string, string][] = [
    ['Mã phản ánh', detail.code],
    ['Ngày gửi', detail.submittedAt.slice(0, 10).split('-').reverse().join('/')],
    ['Nhóm', FEEDBACK_CATEGORY_LABELS[detail.category]],
    ['Trạng thái', FEEDBACK_STATUS_LABELS[detail.status]],
    ['Cơ quan tiếp nhận', detail.receivingUnit.name],
    ['Đơn vị chủ trì xử lý', detail.handlingUnit?.name ?? '—'],
    ['Người phản ánh', sender.fullName],
    ['Liên hệ', [sender.email, sender.phone, sender.address].filter(Boolean).join(' · ') || '—'],
    ['Thủ tục liên quan', detail.procedureCode ?? '—'],
    ['Hồ sơ liên quan', detail.dossierCode ?? '—'],
  ];
  const doc = new Document({
    creator: 'Một Cửa',
    title: `Phản ánh ${detail.code}`,
    styles: { default: { document: { run: { font: 'Times New Roman', size: 26 } } } },
    sections: [
      {
        children: [
          new Paragraph({
            alignment: AlignmentType.CENTER,
            children: [new TextRun({ text: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', bold: true })],
          }),
          new Paragraph({
            alignment: AlignmentType.CENTER,
            children: [new TextRun({ text: 'Độc lập - Tự do - Hạnh phúc', bold: true })],
            spacing: { after: 240 },
          }),
          new Paragraph({
            heading: HeadingLevel.HEADING_1,
            alignment: AlignmentType.CENTER,
            children: [new TextRun({ text: 'PHIẾU THÔNG TIN PHẢN ÁNH, KIẾN NGHỊ', bold: true })],
            spacing: { after: 240 },
          }),
          new Table({
            width: { size: 100, type: WidthType.PERCENTAGE },
            rows: facts.map(([label, value]) => new TableRow({ children: [cell(label, true), cell(value)] })),
          }),
          new Paragraph({ heading: HeadingLevel.HEADING_2, text: detail.title, spacing: { before: 240 } }),
          ...paragraphs(detail.content),
          ...(detail.files.length
            ? [
                new Paragraph({ heading: HeadingLevel.HEADING_3, text: 'Tệp đính kèm' }),
                ...detail.files.map((f) => new Paragraph({ text: `• ${f.name}` })),
              ]
            : []),
          ...(detail.answer
            ? [
                new Paragraph({ heading: HeadingLevel.HEADING_2, text: 'Nội dung trả lời' }),
                ...paragraphs(detail.answer),
              ]
            : []),
          new Paragraph({
            heading: HeadingLevel.HEADING_2,
            text: 'Quá trình xử lý',
            spacing: { before: 240 },
          }),
          new Table({
            width: { size: 100, type: WidthType.PERCENTAGE },
            rows: detail.events.map(
              (e) =>
                new TableRow({
                  children: [
                    cell(e.at.slice(0, 16).replace('T', ' ')),
                    cell(
                      [FEEDBACK_EVENT_LABELS[e.event], e.unitName, e.actorName, e.comment]
                        .filter(Boolean)
                        .join(' — '),
                    ),
                  ],
                }),
            ),
          }),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
