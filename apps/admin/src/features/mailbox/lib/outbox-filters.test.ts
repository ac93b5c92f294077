import { describe, expect, it } from 'vitest';
import { outboxFilters } from './outbox-filters';

describe('outbox filters in the address bar', () => {
  it('reads what the address holds and falls back on anything unknown', () => {
    const filters = outboxFilters.parse(
      new URLSearchParams('q=+0912345678+&status=failed&channel=fax&transport=mailbox&page=0&size=30'),
    );
    expect(filters).toEqual({
      q: '0912345678',
      status: 'failed',
      channel: undefined,
      transport: 'mailbox',
      page: 1,
      pageSize: 20,
    });
  });

  it('writes only what differs from the defaults and reads it back unchanged', () => {
    expect(outboxFilters.toParams(outboxFilters.parse(new URLSearchParams())).toString()).toBe('');
    const filters = outboxFilters.parse(new URLSearchParams('channel=sms&page=3&size=50'));
    const params = outboxFilters.toParams(filters);
    expect(params.toString()).toBe('channel=sms&page=3&size=50');
    expect(outboxFilters.parse(params)).toEqual(filters);
  });

  it('counts a search or a choice as a filter, the page as none', () => {
    expect(outboxFilters.isFiltered(outboxFilters.parse(new URLSearchParams('page=2')))).toBe(false);
    expect(outboxFilters.isFiltered(outboxFilters.parse(new URLSearchParams('q=otp')))).toBe(true);
    expect(outboxFilters.isFiltered(outboxFilters.parse(new URLSearchParams('transport=smtp')))).toBe(true);
  });
});
