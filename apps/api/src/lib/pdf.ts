/**
 * Printable administrative documents (A4) with Vietnamese text. The 14 standard PDF fonts have no Vietnamese
 * glyphs, so DejaVu Serif (from the `dejavu-fonts-ttf` package) is embedded.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import PDFDocument from 'pdfkit';

const require = createRequire(import.meta.url);
const fontDir = path.join(path.dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
const FONTS = {
  regular: path.join(fontDir, 'DejaVuSerif.ttf'),
  bold: path.join(fontDir, 'DejaVuSerif-Bold.ttf'),
  italic: path.join(fontDir, 'DejaVuSerif-Italic.ttf'),
};

export type Pdf = InstanceType<typeof PDFDocument>;

export function createPdf(title: string, layout: 'portrait' | 'landscape' = 'portrait'): Pdf {
  const doc = new PDFDocument({
    size: 'A4',
    layout,
    margins: { top: 50, bottom: 50, left: 60, right: 50 },
    info: { Title: title, Creator: 'Một Cửa' },
  });
  doc.registerFont('regular', FONTS.regular);
  doc.registerFont('bold', FONTS.bold);
  doc.registerFont('italic', FONTS.italic);
  doc.font('regular').fontSize(11);
  return doc;
}

/** The national heading: issuing agency on the left, the state motto on the right, then place and date. */
export function heading(doc: Pdf, agency: string, number: string, dateLine: string) {
  const top = doc.y;
  const left = doc.page.margins.left;
  const full = doc.page.width - left - doc.page.margins.right;
  // The motto column is the wider one, as on official documents, so that it stays on one line.
  const leftWidth = Math.min(full * 0.42, 260);
  const rightWidth = full - leftWidth;
  doc
    .font('bold')
    .fontSize(10)
    .text(agency.toUpperCase(), left, top, { width: leftWidth - 10, align: 'center' });
  doc
    .font('regular')
    .fontSize(10)
    .text(`Số: ${number}`, { width: leftWidth - 10, align: 'center' });
  const leftBottom = doc.y;
  const right = left + leftWidth;
  doc
    .font('bold')
    .fontSize(10)
    .text('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', right, top, { width: rightWidth, align: 'center' });
  doc.font('bold').text('Độc lập - Tự do - Hạnh phúc', right, doc.y, {
    width: rightWidth,
    align: 'center',
    underline: true,
  });
  doc.font('italic').text(dateLine, right, doc.y, { width: rightWidth, align: 'center' });
  doc.x = left;
  doc.y = Math.max(leftBottom, doc.y) + 18;
}

export function title(doc: Pdf, text: string, subtitle?: string) {
  const width = doc.page.width - doc.page.margins.left - doc.page.margins.right;
  doc.font('bold').fontSize(13).text(text, doc.page.margins.left, doc.y, { width, align: 'center' });
  if (subtitle) doc.font('regular').fontSize(11).text(subtitle, { width, align: 'center' });
  doc.moveDown(0.8).font('regular').fontSize(11);
}

/** "Label: value" on one paragraph, the label in bold. */
export function line(doc: Pdf, label: string, value: string | null | undefined) {
  doc
    .font('bold')
    .text(`${label}: `, { continued: true })
    .font('regular')
    .text(value && value.length > 0 ? value : '……………………');
}

export function paragraph(doc: Pdf, text: string) {
  doc.font('regular').text(text, { align: 'justify' }).moveDown(0.3);
}

export function table(doc: Pdf, widths: (number | '*')[], header: string[], rows: string[][]) {
  doc.moveDown(0.3).font('regular').fontSize(10);
  doc.table({
    columnStyles: widths,
    data: [header.map((text) => ({ text, type: 'TH' as const, font: { src: FONTS.bold } })), ...rows],
  });
  doc.font('regular').fontSize(11).moveDown(0.5);
}

/** Signature blocks side by side: role, "(Ký và ghi rõ họ tên)", space, then the name if known. */
export function signatures(doc: Pdf, blocks: { role: string; name?: string | null }[]) {
  doc.moveDown(1);
  if (doc.y > doc.page.height - 160) doc.addPage();
  const left = doc.page.margins.left;
  const width = (doc.page.width - left - doc.page.margins.right) / blocks.length;
  const top = doc.y;
  blocks.forEach((block, i) => {
    const x = left + i * width;
    doc.font('bold').fontSize(11).text(block.role.toUpperCase(), x, top, { width, align: 'center' });
    doc.font('italic').fontSize(10).text('(Ký và ghi rõ họ tên)', x, doc.y, { width, align: 'center' });
    if (block.name)
      doc
        .font('bold')
        .fontSize(11)
        .text(block.name, x, top + 90, { width, align: 'center' });
  });
  doc.x = left;
  doc.font('regular').fontSize(11);
}

/** The finished document as bytes. */
export function render(doc: Pdf): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.end();
  });
}
