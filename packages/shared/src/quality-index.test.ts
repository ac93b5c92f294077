import { describe, expect, it } from 'vitest';
import {
  computeIndex,
  INDEX_METRICS,
  INDEX_RULES,
  indexRulesOn,
  scoreIndicator,
  type IndexFigure,
  type IndexMetric,
} from './quality-index';

const rule = { key: 'received_online', label: '', points: 6, threshold: 0.5 } as const;

describe('service-quality index', () => {
  it('every rules version adds up to 100 points, each group to its indicators', () => {
    for (const rules of INDEX_RULES) {
      expect(rules.groups.reduce((s, g) => s + g.points, 0)).toBe(100);
      for (const g of rules.groups) expect(g.indicators.reduce((s, i) => s + i.points, 0)).toBe(g.points);
    }
  });

  it('scores proportionally below the threshold and fully at or above it', () => {
    expect(scoreIndicator(rule, { numerator: 1, denominator: 4 })).toEqual({ rate: 0.25, score: 3 });
    expect(scoreIndicator(rule, { numerator: 1, denominator: 2 })).toEqual({ rate: 0.5, score: 6 });
    expect(scoreIndicator(rule, { numerator: 9, denominator: 10 })).toEqual({ rate: 0.9, score: 6 });
    expect(scoreIndicator(rule, { numerator: 1, denominator: 3 })).toEqual({ rate: 1 / 3, score: 4 });
  });

  it('gives full points when nothing of the kind arose, and caps a rate above 1', () => {
    expect(scoreIndicator(rule, { numerator: 0, denominator: 0 })).toEqual({ rate: null, score: 6 });
    expect(scoreIndicator({ ...rule, threshold: 1 }, { numerator: 5, denominator: 4 })).toEqual({
      rate: 1,
      score: 6,
    });
  });

  it('sums the indicators into groups and the total', () => {
    const figures = Object.fromEntries(
      INDEX_METRICS.map((m) => [m, { numerator: 1, denominator: 1 }]),
    ) as Record<IndexMetric, IndexFigure>;
    figures.resolved_on_time = { numerator: 3, denominator: 4 };
    const result = computeIndex(indexRulesOn('2026-10-01'), figures);
    expect(result.groups.find((g) => g.key === 'progress')?.score).toBe(10.5 + 6);
    expect(result.total).toBe(100 - 3.5);
  });

  it('takes the version in force on the first day of the period', () => {
    expect(indexRulesOn('2026-01-01').version).toBe('766-2023');
    expect(indexRulesOn('2001-01-01').version).toBe('766-2023');
  });
});
