import { INDEX_RULES } from '@motcua/shared';
import { describe, expect, it } from 'vitest';
import {
  groupColumns,
  indexRulesLabel,
  indicatorHref,
  nothingToMeasure,
  pointsLost,
  rulesFor,
  unitIndexHref,
} from './quality-index';

describe('the service-quality index on screen', () => {
  it('finds the rules by version, else those in force on the first day', () => {
    expect(rulesFor('766-2023', '2026-01-01').version).toBe('766-2023');
    expect(rulesFor('unknown', '2026-01-01')).toBe(INDEX_RULES[0]);
  });

  it('gives the ranking one column per group, worth 100 points together', () => {
    const columns = groupColumns(rulesFor('766-2023', '2026-01-01'));
    expect(columns.map((c) => c.key)).toEqual([
      'publicity',
      'progress',
      'online',
      'payment',
      'digitisation',
      'satisfaction',
    ]);
    expect(columns.reduce((s, c) => s + c.points, 0)).toBe(100);
  });

  it('counts the points lost, ignoring rounding below a hundredth', () => {
    expect(pointsLost({ points: 14, score: 11.2 })).toBe(2.8);
    expect(pointsLost({ points: 6, score: 6 })).toBe(0);
    expect(pointsLost({ points: 6, score: 5.999 })).toBe(0);
    expect(nothingToMeasure({ denominator: 0 })).toBe(true);
    expect(nothingToMeasure({ denominator: 3 })).toBe(false);
  });

  it('names an indicator from the rules', () => {
    expect(indexRulesLabel('received_online', '2026-01-01')).toBe('Hồ sơ nộp trực tuyến');
  });

  it('links to a unit’s index and to an indicator’s list over the same window', () => {
    const window = { from: '2026-01-01', to: '2026-03-31' };
    expect(unitIndexHref('u1', window)).toBe('/statistics/index/u1?from=2026-01-01&to=2026-03-31');
    expect(indicatorHref('u1', 'digitised', window, '/statistics/index')).toBe(
      '/statistics/index/u1/digitised?from=2026-01-01&to=2026-03-31&back=%2Fstatistics%2Findex',
    );
  });
});
