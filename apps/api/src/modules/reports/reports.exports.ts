import { computeRow, formatVnDate, type ReportColumn, type ReportForm } from '@motcua/shared';
import ExcelJS from 'exceljs';
import { createPdf, heading, render, table, title, signatures } from '../../lib/pdf';

/** The rows a form prints: its own rows, then (for a unit with units under it) the children's sum and the total. */
function printedRows(form: ReportForm) {
  const hasChildren = Object.keys(form.children).length > 0 || form.missingChildren.length > 0;
  const own = form.rows.map((r) => ({ label: r.label, cells: form.values[r.key] ?? {} }));
  if (!hasChildren) return { own, children: [], total: [] };
  const pick = (values: Record<string, Record<string, number>>) =>
    form.rows.filter((r) => values[r.key]).map((r) => ({ label: r.label, cells: values[r.key] ?? {} }));
  return { own, children: pick(form.children), total: pick(form.totals) };
}

function header(form: ReportForm) {
  return [
    `Đơn vị báo cáo: ${form.unit.name}`,
    `Đơn vị nhận báo cáo: ${form.period.issuerUnit.name}`,
    `Kỳ báo cáo: ${form.period.name} (số liệu từ ngày ${formatVnDate(form.period.from)} đến ngày ${formatVnDate(form.period.to)})`,
  ];
}

function columnLetter(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/**
 * The form as a workbook with the official header, the grouped column headers, and its totals as formulas (a
 * computed column sums its parts; each section ends with a sum row), so that an edit in Excel stays consistent.
 */
export async function formWorkbook(form: ReportForm): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'Một Cửa';
  const sheet = book.addWorksheet(form.template.code.replace(/[\\/*?:[\]]/g, '-'));
  const columns: ReportColumn[] = form.template.definition.columns;
  const lastCol = columnLetter(columns.length + 1);
  sheet.addRow([`Biểu số ${form.template.code}`]).font = { bold: true };
  sheet.addRow([form.template.name.toUpperCase()]).font = { bold: true, size: 13 };
  for (const line of header(form)) sheet.addRow([line]);
  sheet.addRow([]);
  // Two header rows: the group over its columns, then each column.
  const groupRow = sheet.addRow(['STT', 'Lĩnh vực, đơn vị', ...columns.map((c) => c.group ?? c.label)]);
  const labelRow = sheet.addRow(['', '', ...columns.map((c) => (c.group ? c.label : ''))]);
  const headerRows = [groupRow, labelRow];
  for (const row of headerRows) {
    row.font = { bold: true };
    row.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
  }
  sheet.mergeCells(groupRow.number, 1, labelRow.number, 1);
  sheet.mergeCells(groupRow.number, 2, labelRow.number, 2);
  columns.forEach((c, i) => {
    const col = i + 3;
    if (!c.group) sheet.mergeCells(groupRow.number, col, labelRow.number, col);
  });
  // Merge each run of columns under the same group.
  let start = 0;
  for (let i = 1; i <= columns.length; i++) {
    if (i === columns.length || columns[i]?.group !== columns[start]?.group) {
      if (columns[start]?.group && i - start > 1)
        sheet.mergeCells(groupRow.number, start + 3, groupRow.number, i + 2);
      start = i;
    }
  }

  const keyIndex = new Map(columns.map((c, i) => [c.key, i + 3]));
  const section = (caption: string | null, rows: { label: string; cells: Record<string, number> }[]) => {
    if (caption) sheet.addRow(['', caption]).font = { bold: true, italic: true };
    const first = sheet.rowCount + 1;
    rows.forEach((r, i) => {
      const cells = computeRow(form.template.definition, r.cells);
      const row = sheet.addRow([
        i + 1,
        r.label,
        ...columns.map((c) => (c.sumOf ? null : (cells[c.key] ?? 0))),
      ]);
      columns.forEach((c, j) => {
        if (!c.sumOf) return;
        const parts = c.sumOf.map((k) => `${columnLetter((keyIndex.get(k) ?? 1) - 1)}${row.number}`);
        row.getCell(j + 3).value = { formula: parts.join('+'), result: cells[c.key] ?? 0 };
      });
    });
    if (rows.length > 0) {
      const last = sheet.rowCount;
      const sum = sheet.addRow([
        '',
        'Tổng cộng',
        ...columns.map((_, j) => {
          const letter = columnLetter(j + 2);
          return { formula: `SUM(${letter}${first}:${letter}${last})` };
        }),
      ]);
      sum.font = { bold: true };
    }
  };
  const printed = printedRows(form);
  if (printed.children.length || printed.total.length) {
    section('Số liệu của đơn vị', printed.own);
    section('Tổng hợp từ các đơn vị trực thuộc đã duyệt', printed.children);
    section('Tổng số', printed.total);
  } else {
    section(null, printed.own);
  }
  sheet.columns.forEach((c, i) => (c.width = i === 0 ? 6 : i === 1 ? 36 : 13));
  sheet.mergeCells(`A1:${lastCol}1`);
  sheet.mergeCells(`A2:${lastCol}2`);
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** The form as a printable PDF (landscape A4) with the national heading and Vietnamese text. */
export async function formPdf(form: ReportForm, today: string): Promise<Buffer> {
  const doc = createPdf(`${form.template.code} — ${form.unit.name}`, 'landscape');
  heading(doc, form.unit.name, '……/BC', `Ngày ${formatVnDate(today)}`);
  title(doc, form.template.name.toUpperCase(), `Biểu số ${form.template.code}`);
  for (const line of header(form)) doc.text(line);
  const columns = form.template.definition.columns;
  const head = [
    'STT',
    'Lĩnh vực, đơn vị',
    ...columns.map((c) => (c.group ? `${c.group}: ${c.label}` : c.label)),
  ];
  const printed = printedRows(form);
  const rowsOf = (rows: { label: string; cells: Record<string, number> }[]) =>
    rows.map((r, i) => {
      const cells = computeRow(form.template.definition, r.cells);
      return [String(i + 1), r.label, ...columns.map((c) => String(cells[c.key] ?? 0))];
    });
  const widths: (number | '*')[] = [26, 110, ...columns.map(() => '*' as const)];
  if (printed.children.length || printed.total.length) {
    doc.moveDown(0.5).font('bold').text('Số liệu của đơn vị');
    table(doc, widths, head, rowsOf(printed.own));
    doc.font('bold').text('Tổng hợp từ các đơn vị trực thuộc đã duyệt');
    table(doc, widths, head, rowsOf(printed.children));
    doc.font('bold').text('Tổng số');
    table(doc, widths, head, rowsOf(printed.total));
  } else {
    table(doc, widths, head, rowsOf(printed.own));
  }
  signatures(doc, [{ role: 'Người lập biểu' }, { role: 'Thủ trưởng đơn vị' }]);
  return render(doc);
}
