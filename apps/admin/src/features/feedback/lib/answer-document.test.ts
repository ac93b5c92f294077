import { describe, expect, it } from 'vitest';
import { answerDocumentProblem, DOCX_TYPE } from './answer-document';

describe('the answer document picked for upload', () => {
  it('takes a PDF or a Word file, by type or by name', () => {
    expect(answerDocumentProblem({ name: 'tra-loi.pdf', type: 'application/pdf', size: 200_000 })).toBeNull();
    expect(answerDocumentProblem({ name: 'tra-loi.docx', type: DOCX_TYPE, size: 200_000 })).toBeNull();
    // Some systems give no type for .docx.
    expect(answerDocumentProblem({ name: 'TRA-LOI.DOCX', type: '', size: 200_000 })).toBeNull();
  });

  it('says what is wrong: nothing chosen, another kind of file, too large', () => {
    expect(answerDocumentProblem(undefined)).toBe('Chọn tệp văn bản trả lời');
    expect(answerDocumentProblem({ name: 'tra-loi.doc', type: 'application/msword', size: 1000 })).toBe(
      'Chỉ nhận tệp PDF hoặc Word (.docx)',
    );
    expect(answerDocumentProblem({ name: 'a.pdf', type: 'application/pdf', size: 11 * 1024 * 1024 })).toBe(
      'Tệp quá lớn (tối đa 10 MB)',
    );
  });
});
