/**
 * The catalogue as a spreadsheet and as JSON, both ways. The workbook has three sheets — procedures, methods per
 * channel, and dossier components per case — joined by the procedure code; enumerations are written with their
 * Vietnamese labels and read back from labels or codes.
 */
import {
  CHANNEL_LABELS,
  CHANNELS,
  ONLINE_LEVEL_LABELS,
  ONLINE_LEVELS,
  PROCEDURE_LEVEL_LABELS,
  PROCEDURE_LEVELS,
  ProcedureInputSchema,
  TIME_UNIT_LABELS,
  TIME_UNITS,
  type ProcedureContent,
} from '@motcua/shared';
import ExcelJS from 'exceljs';

export type RowError = { sheet: string | null; row: number; field: string; message: string };

const SHEETS = { procedures: 'Thủ tục', methods: 'Cách thức', components: 'Thành phần hồ sơ' } as const;

type Column = { key: string; header: string; width: number };
const PROCEDURE_COLUMNS: Column[] = [
  { key: 'code', header: 'Mã thủ tục', width: 12 },
  { key: 'name', header: 'Tên thủ tục', width: 50 },
  { key: 'field', header: 'Lĩnh vực', width: 25 },
  { key: 'levels', header: 'Cấp thực hiện', width: 18 },
  { key: 'executing', header: 'Cơ quan thực hiện', width: 30 },
  { key: 'onlineLevel', header: 'Mức độ trực tuyến', width: 16 },
  { key: 'cutoffTime', header: 'Nhận sau giờ (tính ngày hôm sau)', width: 14 },
  { key: 'procedureType', header: 'Loại thủ tục', width: 20 },
  { key: 'publishingDecision', header: 'Quyết định công bố', width: 18 },
  { key: 'applicants', header: 'Đối tượng thực hiện', width: 30 },
  { key: 'steps', header: 'Trình tự thực hiện', width: 40 },
  { key: 'conditions', header: 'Yêu cầu, điều kiện', width: 30 },
  { key: 'results', header: 'Kết quả (mỗi dòng: tên | mã)', width: 40 },
  { key: 'legalBases', header: 'Căn cứ pháp lý (mỗi dòng: số hiệu | trích yếu | ngày | cơ quan)', width: 40 },
  { key: 'relatedCodes', header: 'Thủ tục liên quan', width: 16 },
];
const METHOD_COLUMNS: Column[] = [
  { key: 'code', header: 'Mã thủ tục', width: 12 },
  { key: 'channel', header: 'Kênh', width: 18 },
  { key: 'amount', header: 'Thời hạn', width: 10 },
  { key: 'unit', header: 'Đơn vị thời hạn', width: 16 },
  { key: 'feeVnd', header: 'Phí, lệ phí (đồng)', width: 16 },
  { key: 'feeText', header: 'Mô tả phí, lệ phí', width: 40 },
  { key: 'note', header: 'Ghi chú', width: 30 },
];
const COMPONENT_COLUMNS: Column[] = [
  { key: 'code', header: 'Mã thủ tục', width: 12 },
  { key: 'case', header: 'Trường hợp', width: 30 },
  { key: 'group', header: 'Nhóm giấy tờ', width: 24 },
  { key: 'name', header: 'Tên giấy tờ', width: 60 },
  { key: 'originals', header: 'Bản chính', width: 10 },
  { key: 'copies', header: 'Bản sao', width: 10 },
  { key: 'required', header: 'Bắt buộc', width: 10 },
];

function byLabel<K extends string>(keys: readonly K[], labels: Record<K, string>) {
  const map = new Map<string, K>();
  for (const key of keys) {
    map.set(key.toLowerCase(), key);
    map.set(labels[key].toLowerCase(), key);
  }
  return (value: string) => map.get(value.trim().toLowerCase());
}
const channelOf = byLabel(CHANNELS, CHANNEL_LABELS);
const levelOf = byLabel(PROCEDURE_LEVELS, PROCEDURE_LEVEL_LABELS);
const onlineOf = byLabel(ONLINE_LEVELS, ONLINE_LEVEL_LABELS);
const unitOf = byLabel(TIME_UNITS, TIME_UNIT_LABELS);

const lines = (value: string | null | undefined) =>
  (value ?? '')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
const parts = (line: string) => line.split('|').map((p) => p.trim());

// ---- export ----------------------------------------------------------------------------------------------------

function addSheet(
  workbook: ExcelJS.Workbook,
  name: string,
  columns: Column[],
  rows: Record<string, unknown>[],
) {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns;
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).alignment = { vertical: 'middle', wrapText: true };
  for (const row of rows) sheet.addRow(row).alignment = { vertical: 'top', wrapText: true };
}

export async function toWorkbook(items: ProcedureContent[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Một Cửa';
  addSheet(
    workbook,
    SHEETS.procedures,
    PROCEDURE_COLUMNS,
    items.map((p) => ({
      ...p,
      levels: p.levels.map((l) => PROCEDURE_LEVEL_LABELS[l]).join(', '),
      executing: p.agencies.executing,
      onlineLevel: ONLINE_LEVEL_LABELS[p.onlineLevel],
      results: p.results.map((r) => [r.name, r.code].filter(Boolean).join(' | ')).join('\n'),
      legalBases: p.legalBases
        .map((b) => [b.number, b.summary ?? '', b.date ?? '', b.issuer ?? ''].join(' | '))
        .join('\n'),
      relatedCodes: p.relatedCodes.join(', '),
    })),
  );
  addSheet(
    workbook,
    SHEETS.methods,
    METHOD_COLUMNS,
    items.flatMap((p) =>
      p.methods.map((m) => ({
        code: p.code,
        channel: CHANNEL_LABELS[m.channel],
        amount: m.timeLimit.amount,
        unit: TIME_UNIT_LABELS[m.timeLimit.unit],
        feeVnd: m.feeVnd,
        feeText: m.feeText,
        note: m.note,
      })),
    ),
  );
  addSheet(
    workbook,
    SHEETS.components,
    COMPONENT_COLUMNS,
    items.flatMap((p) =>
      p.cases.flatMap((c) =>
        c.components.map((k) => ({
          code: p.code,
          case: c.name,
          ...k,
          required: k.required ? 'Có' : 'Không',
        })),
      ),
    ),
  );
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

// ---- import ----------------------------------------------------------------------------------------------------

function cellText(cell: ExcelJS.CellValue): string | null {
  if (cell === null || cell === undefined) return null;
  if (typeof cell === 'object') {
    if ('richText' in cell) return cell.richText.map((r) => r.text).join('');
    if ('text' in cell) return String(cell.text);
    if ('result' in cell) return cell.result === undefined ? null : String(cell.result);
    if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  }
  const text = String(cell).trim();
  return text === '' ? null : text;
}

/** The rows of a sheet as objects keyed by column, with their sheet row numbers. */
function readSheet(workbook: ExcelJS.Workbook, name: string, columns: Column[], errors: RowError[]) {
  const sheet = workbook.getWorksheet(name);
  if (!sheet) {
    errors.push({ sheet: name, row: 0, field: 'sheet', message: `Thiếu trang tính "${name}"` });
    return [];
  }
  const headers = new Map<number, string>();
  sheet.getRow(1).eachCell((cell, col) => {
    const column = columns.find((c) => c.header.toLowerCase() === cellText(cell.value)?.toLowerCase());
    if (column) headers.set(col, column.key);
  });
  for (const column of columns) {
    if (![...headers.values()].includes(column.key)) {
      errors.push({ sheet: name, row: 1, field: column.key, message: `Thiếu cột "${column.header}"` });
    }
  }
  const rows: { row: number; values: Record<string, string | null> }[] = [];
  sheet.eachRow((row, number) => {
    if (number === 1) return;
    const values: Record<string, string | null> = {};
    headers.forEach((key, col) => (values[key] = cellText(row.getCell(col).value)));
    if (Object.values(values).some((v) => v !== null)) rows.push({ row: number, values });
  });
  return rows;
}

function integer(value: string | null | undefined): number | null {
  if (value === null || value === undefined) return null;
  const n = Number(value.replace(/[.,\s]/g, ''));
  return Number.isInteger(n) ? n : Number.NaN;
}

/** Reads a workbook into procedure inputs (by procedure row), or the errors of every bad row. */
export async function fromWorkbook(
  buffer: Buffer,
): Promise<{ items: { row: number; input: unknown }[]; errors: RowError[] }> {
  const workbook = new ExcelJS.Workbook();
  const errors: RowError[] = [];
  try {
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  } catch {
    return {
      items: [],
      errors: [
        { sheet: null, row: 0, field: 'file', message: 'Tệp không phải bảng tính Excel (.xlsx) hợp lệ' },
      ],
    };
  }
  const procedureRows = readSheet(workbook, SHEETS.procedures, PROCEDURE_COLUMNS, errors);
  const methodRows = readSheet(workbook, SHEETS.methods, METHOD_COLUMNS, errors);
  const componentRows = readSheet(workbook, SHEETS.components, COMPONENT_COLUMNS, errors);
  if (errors.length > 0) return { items: [], errors };

  const known = new Set(procedureRows.map((r) => r.values.code));
  for (const [sheet, rows] of [
    [SHEETS.methods, methodRows],
    [SHEETS.components, componentRows],
  ] as const) {
    for (const r of rows) {
      if (!known.has(r.values.code)) {
        errors.push({
          sheet,
          row: r.row,
          field: 'code',
          message: `Mã thủ tục "${r.values.code ?? ''}" không có ở trang "${SHEETS.procedures}"`,
        });
      }
    }
  }

  const items = procedureRows.map(({ row, values: v }) => {
    const enumError = (field: string, value: string) =>
      errors.push({ sheet: SHEETS.procedures, row, field, message: `Giá trị không hợp lệ: "${value}"` });
    const levels = (v.levels ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean)
      .map((l) => levelOf(l) ?? (enumError('levels', l), l));
    const onlineLevel = v.onlineLevel ? (onlineOf(v.onlineLevel) ?? v.onlineLevel) : 'none';
    const methods = methodRows
      .filter((m) => m.values.code === v.code)
      .map(({ row: mRow, values: m }) => {
        const channel = m.channel ? channelOf(m.channel) : undefined;
        const unit = m.unit ? unitOf(m.unit) : undefined;
        if (!channel)
          errors.push({
            sheet: SHEETS.methods,
            row: mRow,
            field: 'channel',
            message: `Kênh không hợp lệ: "${m.channel ?? ''}"`,
          });
        if (!unit)
          errors.push({
            sheet: SHEETS.methods,
            row: mRow,
            field: 'unit',
            message: `Đơn vị thời hạn không hợp lệ: "${m.unit ?? ''}"`,
          });
        return {
          channel,
          timeLimit: { amount: integer(m.amount), unit },
          feeVnd: integer(m.feeVnd),
          feeText: m.feeText,
          note: m.note,
        };
      });
    const cases = new Map<string, unknown[]>();
    for (const { values: c } of componentRows.filter((c) => c.values.code === v.code)) {
      const name = c.case ?? 'Trường hợp chung';
      cases.set(name, [
        ...(cases.get(name) ?? []),
        {
          name: c.name,
          group: c.group,
          originals: integer(c.originals) ?? 0,
          copies: integer(c.copies) ?? 0,
          required: !['không', 'khong', 'no', 'false', '0'].includes((c.required ?? 'có').toLowerCase()),
        },
      ]);
    }
    return {
      row,
      input: {
        code: v.code,
        name: v.name,
        field: v.field,
        levels,
        procedureType: v.procedureType,
        publishingDecision: v.publishingDecision,
        steps: v.steps,
        methods,
        cases: [...cases].map(([name, components]) => ({ name, components })),
        applicants: v.applicants,
        agencies: { executing: v.executing },
        results: lines(v.results).map((l) => ({ name: parts(l)[0], code: parts(l)[1] || null })),
        conditions: v.conditions,
        legalBases: lines(v.legalBases).map((l) => {
          const [number, summary, date, issuer] = parts(l);
          return { number, summary: summary || null, date: date || null, issuer: issuer || null };
        }),
        onlineLevel,
        cutoffTime: v.cutoffTime,
        relatedCodes: (v.relatedCodes ?? '')
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean),
      },
    };
  });
  return { items, errors };
}

/** Validates every item; returns the parsed contents, or the errors naming sheet, row and field. */
export function validateAll(
  items: { row: number; input: unknown }[],
  sheet: string | null,
  errors: RowError[] = [],
) {
  const parsed: ProcedureContent[] = [];
  const seen = new Map<string, number>();
  for (const { row, input } of items) {
    const result = ProcedureInputSchema.safeParse(input);
    if (!result.success) {
      for (const issue of result.error.issues) {
        errors.push({ sheet, row, field: issue.path.join('.') || 'row', message: issue.message });
      }
      continue;
    }
    const earlier = seen.get(result.data.code);
    if (earlier !== undefined) {
      errors.push({ sheet, row, field: 'code', message: `Mã thủ tục trùng với dòng ${earlier}` });
    }
    seen.set(result.data.code, row);
    parsed.push(result.data);
  }
  return { parsed, errors };
}

export const PROCEDURE_SHEET = SHEETS.procedures;
