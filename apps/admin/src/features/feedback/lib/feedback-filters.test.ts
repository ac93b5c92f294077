import { describe, expect, it } from 'vitest';
import { feedbackFilters, hasListFilters } from './feedback-filters';

describe('feedback queue filters in the address bar', () => {
  it('opens the intake box by default and drops what the API would refuse', () => {
    expect(feedbackFilters.parse(new URLSearchParams('box=archive&status=lost&category=x&page=0'))).toEqual({
      box: 'intake',
      q: '',
      status: undefined,
      category: undefined,
      page: 1,
      pageSize: 20,
    });
  });

  it('reads a box, filters and page', () => {
    expect(
      feedbackFilters.parse(
        new URLSearchParams(
          'box=handling&q=%20%C4%91%C6%B0%E1%BB%9Dng%20&status=processing&category=conduct&page=3&size=50',
        ),
      ),
    ).toEqual({
      box: 'handling',
      q: 'đường',
      status: 'processing',
      category: 'conduct',
      page: 3,
      pageSize: 50,
    });
  });

  it('leaves the default box out of the address, and starts a new box on its first page', () => {
    const current = new URLSearchParams('box=all&status=published&page=4');
    expect(feedbackFilters.change(current, { box: 'intake' }).toString()).toBe('status=published');
    expect(feedbackFilters.change(current, { box: 'handling' }).toString()).toBe(
      'box=handling&status=published',
    );
  });

  it('does not count the box as a filter to clear', () => {
    expect(hasListFilters({ q: '', status: undefined, category: undefined })).toBe(false);
    expect(hasListFilters({ q: 'PA-', status: undefined, category: undefined })).toBe(true);
    expect(hasListFilters({ q: '', status: 'new', category: undefined })).toBe(true);
  });
});
