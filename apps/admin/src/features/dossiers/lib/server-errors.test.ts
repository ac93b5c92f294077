import { describe, expect, it } from 'vitest';
import { mapServerErrors } from './server-errors';

type Name = 'components' | 'applicant.identificationNumber' | 'note' | `components.${number}.form`;
function accepts(path: string): path is Name {
  return (
    ['components', 'applicant.identificationNumber', 'note'].includes(path) ||
    /^components\.\d+\.form$/.test(path)
  );
}

describe('mapServerErrors', () => {
  it('puts nested body errors on their fields', () => {
    const result = mapServerErrors(
      [
        { field: 'body.applicant.identificationNumber', message: 'Số định danh cá nhân gồm 12 chữ số' },
        { field: 'body.components.2.form', message: 'Hình thức không hợp lệ' },
      ],
      accepts,
    );
    expect(result.fields).toEqual([
      { name: 'applicant.identificationNumber', message: 'Số định danh cá nhân gồm 12 chữ số' },
      { name: 'components.2.form', message: 'Hình thức không hợp lệ' },
    ]);
    expect(result.rest).toEqual([]);
  });

  it('falls back to the nearest field the form shows', () => {
    const result = mapServerErrors(
      [
        { field: 'body.components', message: 'Còn thiếu giấy tờ bắt buộc: Tờ khai' },
        { field: 'body.components.0.index', message: 'Sai vị trí' },
      ],
      accepts,
    );
    // One message per field: the first wins.
    expect(result.fields).toEqual([{ name: 'components', message: 'Còn thiếu giấy tờ bắt buộc: Tờ khai' }]);
  });

  it('keeps errors about fields the form does not show, and non-body errors, for the form-level alert', () => {
    const result = mapServerErrors(
      [
        { field: 'body.channel', message: 'Thủ tục không áp dụng cách thức nộp này' },
        { field: 'querystring.note', message: 'Sai truy vấn' },
      ],
      accepts,
    );
    expect(result.fields).toEqual([]);
    expect(result.rest).toEqual(['Thủ tục không áp dụng cách thức nộp này', 'Sai truy vấn']);
  });
});
