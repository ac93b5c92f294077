import { describe, expect, it } from 'vitest';
import { badgeCount, orderNotices, routeOf, type Notice } from './notifications';

function notice(overrides: Partial<Notice>): Notice {
  return {
    id: '00000000-0000-4000-8000-000000000000',
    kind: 'dossier_due_soon',
    title: 'Hồ sơ sắp đến hạn',
    body: '',
    link: null,
    createdAt: '2026-11-20T02:00:00.000Z',
    read: false,
    ...overrides,
  };
}

describe('routeOf', () => {
  it('turns the absolute link the API writes into a route under the SPA basename', () => {
    expect(routeOf('/admin/dossiers/5b1c')).toBe('/dossiers/5b1c');
    expect(routeOf('/admin/')).toBe('/');
  });

  it('refuses links outside the admin SPA and missing links', () => {
    expect(routeOf('/ho-so-cua-toi/5b1c')).toBeNull();
    expect(routeOf('/administration/x')).toBeNull();
    expect(routeOf('https://example.org/admin/x')).toBeNull();
    expect(routeOf(null)).toBeNull();
  });
});

describe('orderNotices', () => {
  it('puts unread before read, overdue before due soon, then the newest first', () => {
    const ordered = orderNotices([
      notice({ id: 'read-overdue', kind: 'dossier_overdue', read: true }),
      notice({ id: 'unread-soon-old', createdAt: '2026-11-19T02:00:00.000Z' }),
      notice({ id: 'unread-soon-new', createdAt: '2026-11-21T02:00:00.000Z' }),
      notice({ id: 'unread-overdue', kind: 'dossier_overdue' }),
      notice({ id: 'read-soon', read: true }),
    ]);
    expect(ordered.map((n) => n.id)).toEqual([
      'unread-overdue',
      'unread-soon-new',
      'unread-soon-old',
      'read-overdue',
      'read-soon',
    ]);
  });
});

describe('badgeCount', () => {
  it('caps the badge at 99+', () => {
    expect(badgeCount(7)).toBe('7');
    expect(badgeCount(99)).toBe('99');
    expect(badgeCount(100)).toBe('99+');
  });
});
