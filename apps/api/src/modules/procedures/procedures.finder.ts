import { foldVietnamese, normalizeText } from '@motcua/shared';

/**
 * Everyday words for life events, and the words the catalogue uses for them: a citizen writes "vợ tôi mới sinh
 * em bé", the catalogue says "khai sinh". Matched on folded text (no diacritics, lower case).
 */
const SITUATIONS: { words: string[]; phrases: string[] }[] = [
  { words: ['sinh', 'de con', 'em be', 'moi sinh', 'tre so sinh'], phrases: ['khai sinh'] },
  { words: ['cuoi', 'ket hon', 'lay vo', 'lay chong'], phrases: ['ket hon'] },
  { words: ['doc than', 'tinh trang hon nhan'], phrases: ['tinh trang hon nhan'] },
  { words: ['da mat', 'vua mat', 'moi mat', 'qua doi', 'chet', 'tu vong'], phrases: ['khai tu'] },
  { words: ['ban sao', 'trich luc', 'lam lai giay'], phrases: ['trich luc', 'ban sao'] },
  {
    words: ['cai chinh', 'sua ten', 'doi ten', 'sai ten', 'thay doi ho tich'],
    phrases: ['thay doi cai chinh'],
  },
  { words: ['con nuoi'], phrases: ['nuoi con nuoi'] },
  { words: ['giam ho'], phrases: ['giam ho'] },
  { words: ['nhan cha', 'nhan me', 'nhan con'], phrases: ['nhan cha me con'] },
  { words: ['chung thuc', 'cong chung', 'sao y'], phrases: ['chung thuc'] },
  {
    words: ['chuyen den', 'noi o moi', 'chuyen nha', 'ho khau', 'thuong tru'],
    phrases: ['dang ky thuong tru'],
  },
  { words: ['tam tru', 'o tro', 'thue nha'], phrases: ['dang ky tam tru'] },
  { words: ['tam vang', 'di vang', 'di lam xa'], phrases: ['khai bao tam vang'] },
  { words: ['xac nhan cu tru', 'xac nhan noi o'], phrases: ['xac nhan thong tin ve cu tru'] },
  { words: ['xay nha', 'xay dung', 'sua nha', 'giay phep xay'], phrases: ['giay phep xay dung'] },
  { words: ['dat', 'so do', 'so hong', 'quyen su dung'], phrases: ['dang ky dat dai', 'quyen su dung dat'] },
  { words: ['kinh doanh', 'mo cua hang', 'buon ban', 'ho kinh doanh'], phrases: ['ho kinh doanh'] },
  { words: ['quan an', 'nha hang', 'thuc pham', 'ban do an'], phrases: ['an toan thuc pham'] },
  { words: ['ly lich tu phap', 'tien an'], phrases: ['ly lich tu phap'] },
  { words: ['that nghiep', 'mat viec', 'nghi viec'], phrases: ['tro cap that nghiep'] },
  { words: ['thai san', 'mang thai', 'sinh con'], phrases: ['che do thai san'] },
  { words: ['huu tri', 'nguoi cao tuoi', 'tuoi gia'], phrases: ['tro cap huu tri xa hoi'] },
  { words: ['lao dong nuoc ngoai', 'nguoi nuoc ngoai lam viec'], phrases: ['giay phep lao dong'] },
  { words: ['van bang', 'bang tot nghiep', 'chung chi'], phrases: ['ban sao van bang'] },
  { words: ['vao lop 6', 'vao lop 10', 'tuyen sinh', 'nhap hoc'], phrases: ['tuyen sinh'] },
  { words: ['chuyen truong'], phrases: ['chuyen truong'] },
  {
    words: ['hanh nghe', 'phong kham', 'kham chua benh'],
    phrases: ['kham benh chua benh', 'dang ky hanh nghe'],
  },
];

/** Words that say nothing about which procedure is meant. */
const STOPWORDS = new Set(
  'toi minh chung em anh chi ong ba muon can phai lam the nao gi o dau cho va voi cua la co duoc khong da dang se vua moi mot cac nhung nay kia thi ma de di ve tai tu sau khi neu nhu bi'.split(
    ' ',
  ),
);

export type FinderTerms = { phrases: string[]; words: string[] };

/**
 * What to look for in procedure names: the catalogue's phrases for the life events the citizen mentions (strong
 * evidence) and the citizen's own meaningful words (weak evidence).
 */
export function finderTerms(situation: string): FinderTerms {
  const folded = normalizeText(foldVietnamese(situation)).replace(/[^a-z0-9 ]/g, ' ');
  const phrases = SITUATIONS.filter((s) =>
    s.words.some((w) => new RegExp(`(^|\\s)${w}(\\s|$)`).test(folded)),
  ).flatMap((s) => s.phrases);
  const words = [...new Set(folded.split(/\s+/))].filter((w) => w.length >= 2 && !STOPWORDS.has(w));
  return { phrases, words };
}
