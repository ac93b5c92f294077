import { describe, expect, it } from 'vitest';
import { supplementFormSchema, toSupplementPayload } from './supplement-form-schema';

const TOKEN = '5d8a1c2e-7b3f-4e1a-8c9d-2f4e6a8b0c1d';
const KEY = 'Zk3pQ_r8-wXbY2tLmN4vC6dE9aH1sJ0u';

function errorsOf(askKey: boolean, values: { accessKey?: string; content: string }) {
  const result = supplementFormSchema(askKey).safeParse({ accessKey: '', attachments: [], ...values });
  return Object.fromEntries(
    (result.error?.issues ?? []).map((issue) => [issue.path.join('.'), issue.message]),
  );
}

describe('supplementFormSchema', () => {
  it('needs the information asked for, of the shared length', () => {
    expect(errorsOf(false, { content: '' })).toEqual({ content: 'Nhập thông tin bổ sung' });
    expect(errorsOf(false, { content: 'abc' })).toEqual({ content: 'Cần ít nhất 5 ký tự' });
    expect(errorsOf(false, { content: 'Số hồ sơ là H44.50.01-261122-0001' })).toEqual({});
  });

  it('asks for the key only when the page does not have it, and takes the private link pasted whole', () => {
    const content = 'Tôi nộp hồ sơ tại Phường Đông Hà.';
    expect(errorsOf(false, { content })).toEqual({});
    expect(errorsOf(true, { content })).toEqual({ accessKey: 'Nhập mã truy cập' });
    expect(errorsOf(true, { content, accessKey: 'abc' })).toEqual({ accessKey: 'Mã truy cập không đúng' });
    expect(errorsOf(true, { content, accessKey: `https://x.vn/phan-anh/PA-7K3QX9MD2F#k=${KEY}` })).toEqual(
      {},
    );
  });

  it('sends the text and the tokens of the files; the key goes apart', () => {
    expect(
      toSupplementPayload({
        content: 'Bổ sung bản chụp giấy hẹn',
        attachments: [{ token: TOKEN, name: 'giay-hen.jpg', size: 1, mime: 'image/jpeg' }],
      }),
    ).toEqual({ content: 'Bổ sung bản chụp giấy hẹn', attachments: [TOKEN] });
  });
});
