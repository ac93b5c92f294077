import { describe, expect, it } from 'vitest';
import { feedbackListHref, parseFeedbackSearch, publishedFeedbackQuery } from './feedback-search';

describe('the list URL', () => {
  it('reads words, category and page, ignoring what cannot be used', () => {
    expect(parseFeedbackSearch(new URLSearchParams('q=  khai   sinh &nhom=hanh-vi&trang=3'))).toEqual({
      q: 'khai sinh',
      category: 'conduct',
      page: 3,
    });
    expect(parseFeedbackSearch(new URLSearchParams('nhom=conduct&trang=-2'))).toEqual({
      q: '',
      category: null,
      page: 1,
    });
  });

  it('writes the same search back, leaving out what is empty and page 1', () => {
    expect(feedbackListHref({})).toBe('/phan-anh');
    expect(feedbackListHref({ q: ' đất đai ', category: 'rules', page: 1 })).toBe(
      '/phan-anh?q=%C4%91%E1%BA%A5t+%C4%91ai&nhom=quy-dinh',
    );
    const href = feedbackListHref({ q: 'khai sinh', category: 'conduct', page: 2 });
    expect(parseFeedbackSearch(new URL(href, 'https://x.vn').searchParams)).toEqual({
      q: 'khai sinh',
      category: 'conduct',
      page: 2,
    });
  });

  it('asks the API in its own terms', () => {
    expect(publishedFeedbackQuery({ q: 'khai sinh', category: 'rules', page: 2 })).toBe(
      'q=khai+sinh&category=rules&page=2&pageSize=10',
    );
    expect(publishedFeedbackQuery({ q: '', category: null, page: 1 })).toBe('page=1&pageSize=10');
  });
});
