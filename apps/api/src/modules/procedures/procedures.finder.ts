import { foldVietnamese, normalizeText } from '@motcua/shared';

/**
 * Everyday words for life events, and the words the catalogue uses for them: a citizen writes "vợ tôi mới sinh
 * em bé", the catalogue says "khai sinh". Matched on folded text (no diacritics, lower case).
 */
const SITUATIONS: { words: string[]; terms: string }[] = [
  { words: ['sinh', 'de con', 'em be', 'moi sinh', 'tre so sinh'], terms: 'khai sinh' },
  { words: ['cuoi', 'ket hon', 'lay vo', 'lay chong'], terms: 'ket hon' },
  { words: ['doc than', 'tinh trang hon nhan'], terms: 'tinh trang hon nhan' },
  { words: ['da mat', 'vua mat', 'moi mat', 'qua doi', 'chet', 'tu vong'], terms: 'khai tu' },
  { words: ['ban sao', 'trich luc', 'lam lai giay'], terms: 'trich luc ban sao' },
  {
    words: ['cai chinh', 'sua ten', 'doi ten', 'sai ten', 'thay doi ho tich'],
    terms: 'thay doi cai chinh ho tich',
  },
  { words: ['nuoi con nuoi', 'con nuoi'], terms: 'nuoi con nuoi' },
  { words: ['giam ho'], terms: 'giam ho' },
  { words: ['nhan cha', 'nhan me', 'nhan con'], terms: 'nhan cha me con' },
  { words: ['chung thuc', 'cong chung', 'sao y'], terms: 'chung thuc' },
  { words: ['xay nha', 'xay dung', 'sua nha', 'giay phep xay'], terms: 'giay phep xay dung' },
  { words: ['dat', 'so do', 'so hong', 'quyen su dung'], terms: 'dat dai quyen su dung dat' },
  { words: ['kinh doanh', 'mo cua hang', 'buon ban', 'ho kinh doanh'], terms: 'dang ky ho kinh doanh' },
  { words: ['cong ty', 'doanh nghiep', 'thanh lap'], terms: 'dang ky doanh nghiep' },
  { words: ['ly lich tu phap', 'tien an'], terms: 'ly lich tu phap' },
  { words: ['thuong binh', 'liet si', 'nguoi co cong'], terms: 'nguoi co cong' },
  { words: ['tro cap', 'bao tro xa hoi', 'ho ngheo'], terms: 'tro cap bao tro xa hoi' },
  { words: ['truong hoc', 'chuyen truong', 'nhap hoc'], terms: 'chuyen truong hoc sinh' },
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
  ).map((s) => s.terms);
  const words = [...new Set(folded.split(/\s+/))].filter((w) => w.length >= 2 && !STOPWORDS.has(w));
  return { phrases, words };
}
