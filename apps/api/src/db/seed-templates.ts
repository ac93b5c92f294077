import { createPdf, line, paragraph, render, signatures, title } from '../lib/pdf';

/**
 * The birth registration form (Tờ khai đăng ký khai sinh, after the form of Thông tư 04/2020/TT-BTP) as a blank
 * PDF to print and fill in, so that the demo catalogue shows a template form to download.
 */
export function birthRegistrationForm(): Promise<Buffer> {
  const doc = createPdf('Tờ khai đăng ký khai sinh');
  // Room to write by hand under each entry.
  const blank = (label: string) => {
    line(doc, label, null);
    doc.moveDown(0.45);
  };
  const width = doc.page.width - doc.page.margins.left - doc.page.margins.right;
  doc
    .font('bold')
    .text('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { width, align: 'center' })
    .text('Độc lập - Tự do - Hạnh phúc', { width, align: 'center' })
    .moveDown(1.2);
  title(doc, 'TỜ KHAI ĐĂNG KÝ KHAI SINH');
  blank('Kính gửi');
  blank('Họ, chữ đệm, tên người yêu cầu');
  blank('Nơi cư trú');
  blank('Giấy tờ tùy thân');
  blank('Quan hệ với người được khai sinh');
  doc.moveDown(0.5);
  paragraph(doc, 'Đề nghị cơ quan đăng ký khai sinh cho người dưới đây:');
  for (const label of [
    'Họ, chữ đệm, tên',
    'Ngày, tháng, năm sinh (ghi bằng số và bằng chữ)',
    'Giới tính',
    'Dân tộc',
    'Quốc tịch',
    'Nơi sinh',
    'Quê quán',
    'Số định danh cá nhân (nếu có)',
  ])
    blank(label);
  doc.moveDown(0.5);
  for (const parent of ['người mẹ', 'người cha']) {
    blank(`Họ, chữ đệm, tên ${parent}`);
    blank('Năm sinh');
    blank('Dân tộc');
    blank('Quốc tịch');
    blank('Nơi cư trú');
    doc.moveDown(0.3);
  }
  paragraph(
    doc,
    'Tôi cam đoan nội dung đề nghị đăng ký khai sinh trên đây là đúng sự thật, được sự thỏa thuận nhất trí của các bên liên quan theo quy định pháp luật. Tôi chịu hoàn toàn trách nhiệm trước pháp luật về nội dung cam đoan của mình.',
  );
  doc.font('italic').text('Làm tại: ……………, ngày …… tháng …… năm ……', { width, align: 'right' });
  signatures(doc, [{ role: 'Người yêu cầu' }]);
  return render(doc);
}
