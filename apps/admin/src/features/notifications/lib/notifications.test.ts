import { describe, expect, it } from 'vitest';
import {
  NOTIFICATION_KINDS,
  badgeCount,
  noticeTone,
  orderNotices,
  routeOf,
  type Notice,
} from './notifications';

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
    expect(routeOf('/admin/questions')).toBe('/questions');
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

describe("orderNotices with citizens' notices", () => {
  it('keeps overdue on top, then the newest, so a new question is not buried under older due-date notices', () => {
    const ordered = orderNotices([
      notice({ id: 'soon-old', createdAt: '2026-11-19T02:00:00.000Z' }),
      notice({ id: 'question', kind: 'question_asked', createdAt: '2026-11-21T02:00:00.000Z' }),
      notice({ id: 'overdue', kind: 'dossier_overdue', createdAt: '2026-11-18T02:00:00.000Z' }),
      notice({ id: 'stop', kind: 'dossier_stop_requested', createdAt: '2026-11-20T02:00:00.000Z' }),
    ]);
    expect(ordered.map((n) => n.id)).toEqual(['overdue', 'question', 'stop', 'soon-old']);
  });
});

describe('noticeTone', () => {
  it('gives every kind a tone: overdue red, actions amber, news blue', () => {
    expect(noticeTone('dossier_overdue')).toBe('danger');
    expect(noticeTone('dossier_due_soon')).toBe('warning');
    expect(noticeTone('dossier_stop_requested')).toBe('warning');
    expect(noticeTone('dossier_supplemented')).toBe('info');
    expect(noticeTone('question_asked')).toBe('info');
    for (const kind of NOTIFICATION_KINDS) expect(['danger', 'warning', 'info']).toContain(noticeTone(kind));
  });
});

describe('badgeCount', () => {
  it('caps the badge at 99+', () => {
    expect(badgeCount(7)).toBe('7');
    expect(badgeCount(99)).toBe('99');
    expect(badgeCount(100)).toBe('99+');
  });
});
