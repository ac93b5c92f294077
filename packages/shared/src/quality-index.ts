import { z } from 'zod';
import { DateStringSchema, UuidSchema } from './common';
import { UNIT_LEVELS } from './units';

/**
 * What each indicator measures, from the system's live data. The API computes a numerator and a denominator for
 * each; the rules below (versioned data) turn them into points.
 */
export const INDEX_METRICS = [
  /** Procedures the unit handled that offer online submission (fully or partly) / procedures it handled. */
  'procedures_online',
  /** Fee-bearing procedures the unit handled that can be paid online / fee-bearing procedures it handled. */
  'procedures_payable_online',
  /** Dossiers whose every step was logged with its unit and time (traceable on the portal) / dossiers received. */
  'dossiers_traceable',
  /** Dossiers resolved early or on time / dossiers resolved. */
  'resolved_on_time',
  /** Time allowed / time taken, summed over resolved dossiers (1 or more when the unit is as fast as the law). */
  'processing_time',
  /** Dossiers received online / dossiers received. */
  'received_online',
  /** Fee-bearing dossiers paid online / fee-bearing dossiers paid. */
  'paid_online',
  /** Resolved dossiers with an electronic (signed) result / dossiers resolved with a result. */
  'electronic_results',
  /** Dossiers with every provided component digitised / dossiers received. */
  'digitised',
  /** Dossiers that reused a document from the citizen's data store / dossiers received. */
  'reused',
  /** Feedback answered on time / feedback whose answer fell due. */
  'feedback_on_time',
  /** 1 − (late share + unsatisfied share) over resolved dossiers. */
  'satisfaction',
] as const;
export type IndexMetric = (typeof INDEX_METRICS)[number];

export const INDEX_GROUPS = [
  'publicity',
  'progress',
  'online',
  'payment',
  'digitisation',
  'satisfaction',
] as const;
export type IndexGroup = (typeof INDEX_GROUPS)[number];

export type IndexIndicatorRule = {
  key: IndexMetric;
  label: string;
  points: number;
  /** The rate at or above which the indicator scores full points; below it, rate × points ÷ threshold. */
  threshold: number;
};
export type IndexRules = {
  version: string;
  effectiveFrom: string;
  source: string;
  groups: { key: IndexGroup; label: string; points: number; indicators: IndexIndicatorRule[] }[];
};

/**
 * The service-quality index (Quyết định 766/QĐ-TTg, 100 points) as versioned data: the groups and their points
 * from the decision; the indicators are those the system can measure from its own data. A period is scored with
 * the version in force on its first day.
 */
export const INDEX_RULES: readonly IndexRules[] = [
  {
    version: '766-2023',
    effectiveFrom: '2023-01-01',
    source: 'Quyết định 766/QĐ-TTg ngày 23/6/2022; nhóm và điểm theo Phụ lục của Quyết định',
    groups: [
      {
        key: 'publicity',
        label: 'Công khai, minh bạch',
        points: 18,
        indicators: [
          {
            key: 'dossiers_traceable',
            label: 'Hồ sơ được cập nhật tiến độ, tra cứu được',
            points: 18,
            threshold: 1,
          },
        ],
      },
      {
        key: 'progress',
        label: 'Tiến độ giải quyết',
        points: 20,
        indicators: [
          {
            key: 'resolved_on_time',
            label: 'Hồ sơ giải quyết trước hạn, đúng hạn',
            points: 14,
            threshold: 1,
          },
          { key: 'processing_time', label: 'Thời gian giải quyết so với quy định', points: 6, threshold: 1 },
        ],
      },
      {
        key: 'online',
        label: 'Dịch vụ công trực tuyến',
        points: 12,
        indicators: [
          {
            key: 'procedures_online',
            label: 'Thủ tục cung cấp dịch vụ công trực tuyến',
            points: 6,
            threshold: 1,
          },
          { key: 'received_online', label: 'Hồ sơ nộp trực tuyến', points: 6, threshold: 0.5 },
        ],
      },
      {
        key: 'payment',
        label: 'Thanh toán trực tuyến',
        points: 10,
        indicators: [
          {
            key: 'procedures_payable_online',
            label: 'Thủ tục có phí thanh toán trực tuyến được',
            points: 5,
            threshold: 0.8,
          },
          { key: 'paid_online', label: 'Hồ sơ thanh toán trực tuyến', points: 5, threshold: 0.5 },
        ],
      },
      {
        key: 'digitisation',
        label: 'Số hóa hồ sơ',
        points: 22,
        indicators: [
          { key: 'electronic_results', label: 'Kết quả giải quyết điện tử', points: 8, threshold: 1 },
          { key: 'digitised', label: 'Hồ sơ được số hóa', points: 7, threshold: 0.8 },
          { key: 'reused', label: 'Khai thác, sử dụng lại dữ liệu số hóa', points: 7, threshold: 0.8 },
        ],
      },
      {
        key: 'satisfaction',
        label: 'Mức độ hài lòng',
        points: 18,
        indicators: [
          { key: 'feedback_on_time', label: 'Phản ánh, kiến nghị xử lý đúng hạn', points: 6, threshold: 1 },
          { key: 'satisfaction', label: 'Mức độ hài lòng của người dân', points: 12, threshold: 0.9 },
        ],
      },
    ],
  },
];

/** The rules in force on a date (the latest version effective on or before it). */
export function indexRulesOn(date: string): IndexRules {
  const rules = [...INDEX_RULES]
    .sort((a, b) => b.effectiveFrom.localeCompare(a.effectiveFrom))
    .find((r) => r.effectiveFrom <= date);
  const oldest = INDEX_RULES[0];
  if (!rules && !oldest) throw new Error('no index rules');
  return rules ?? (oldest as IndexRules);
}

export type IndexFigure = { numerator: number; denominator: number };

/**
 * One indicator's score: proportional below the threshold, full at or above it. Nothing to measure (no dossier of
 * that kind in the period) scores full points: a unit is not penalised for what did not arise.
 */
export function scoreIndicator(
  rule: IndexIndicatorRule,
  figure: IndexFigure,
): { rate: number | null; score: number } {
  if (figure.denominator <= 0) return { rate: null, score: rule.points };
  const rate = Math.max(0, Math.min(1, figure.numerator / figure.denominator));
  const score = rate >= rule.threshold ? rule.points : (rate * rule.points) / rule.threshold;
  return { rate, score: Math.round(score * 100) / 100 };
}

export type IndexResult = {
  rulesVersion: string;
  total: number;
  groups: {
    key: IndexGroup;
    label: string;
    points: number;
    score: number;
    indicators: (IndexIndicatorRule & IndexFigure & { rate: number | null; score: number })[];
  }[];
};

/** The whole index from the figures of each metric. */
export function computeIndex(rules: IndexRules, figures: Record<IndexMetric, IndexFigure>): IndexResult {
  const groups = rules.groups.map((g) => {
    const indicators = g.indicators.map((rule) => ({
      ...rule,
      ...figures[rule.key],
      ...scoreIndicator(rule, figures[rule.key]),
    }));
    const score = Math.round(indicators.reduce((s, i) => s + i.score, 0) * 100) / 100;
    return { key: g.key, label: g.label, points: g.points, score, indicators };
  });
  const total = Math.round(groups.reduce((s, g) => s + g.score, 0) * 100) / 100;
  return { rulesVersion: rules.version, total, groups };
}

const IndicatorSchema = z.object({
  key: z.enum(INDEX_METRICS),
  label: z.string(),
  points: z.number(),
  threshold: z.number(),
  numerator: z.number(),
  denominator: z.number(),
  rate: z.number().nullable(),
  score: z.number(),
});

const UnitRefSchema = z.object({ id: UuidSchema, name: z.string(), level: z.enum(UNIT_LEVELS) });

export const QualityIndexSchema = z.object({
  unit: UnitRefSchema,
  from: DateStringSchema,
  to: DateStringSchema,
  rulesVersion: z.string(),
  total: z.number(),
  groups: z.array(
    z.object({
      key: z.enum(INDEX_GROUPS),
      label: z.string(),
      points: z.number(),
      score: z.number(),
      indicators: z.array(IndicatorSchema),
    }),
  ),
});
export type QualityIndex = z.infer<typeof QualityIndexSchema>;

export const RankingQuerySchema = z
  .object({
    unitId: UuidSchema.optional(),
    level: z.enum(UNIT_LEVELS).optional(),
    from: DateStringSchema.optional(),
    to: DateStringSchema.optional(),
  })
  .refine((f) => !f.from || !f.to || f.from <= f.to, {
    message: 'Ngày bắt đầu phải trước ngày kết thúc',
    path: ['to'],
  });
export type RankingQuery = z.input<typeof RankingQuerySchema>;

/** Units of one level under a unit, ranked by their index (bảng xếp hạng); ties share a rank. */
export const RankingSchema = z.object({
  from: DateStringSchema,
  to: DateStringSchema,
  rulesVersion: z.string(),
  level: z.enum(UNIT_LEVELS).nullable(),
  levels: z.array(z.enum(UNIT_LEVELS)),
  items: z.array(
    z.object({
      rank: z.number().int(),
      unit: UnitRefSchema,
      /** Nothing arose in the period (no dossier, no feedback due): full points by the rule, ranked after the rest. */
      idle: z.boolean(),
      total: z.number(),
      groups: z.record(z.enum(INDEX_GROUPS), z.number()),
    }),
  ),
});
export type Ranking = z.infer<typeof RankingSchema>;

export const IndicatorParamsSchema = z.object({ unitId: UuidSchema, indicator: z.enum(INDEX_METRICS) });

/**
 * The advanced new-countryside criterion on public administration (tiêu chí hành chính công, nông thôn mới nâng
 * cao) for a commune, as versioned data.
 */
export const COUNTRYSIDE_CONDITIONS = [
  'all_in_system',
  'online_share',
  'electronic_certified_copies',
  'no_feedback',
  'no_overdue',
  'satisfaction_good',
] as const;
export type CountrysideCondition = (typeof COUNTRYSIDE_CONDITIONS)[number];

export const COUNTRYSIDE_RULES = {
  version: 'ntm-nang-cao-2021',
  source:
    'Quyết định 318/QĐ-TTg ngày 08/3/2022 (Bộ tiêu chí xã nông thôn mới nâng cao), tiêu chí hành chính công',
  onlineShare: 0.65,
  satisfiedShare: 0.9,
  /** Fields whose dossiers are certified copies (chứng thực bản sao điện tử từ bản chính). */
  certifiedCopyField: 'Chứng thực',
} as const;

export const COUNTRYSIDE_LABELS: Record<CountrysideCondition, string> = {
  all_in_system: '100% hồ sơ được tiếp nhận, xử lý trên hệ thống',
  online_share: `Tỷ lệ hồ sơ trực tuyến từ ${COUNTRYSIDE_RULES.onlineShare * 100}% trở lên`,
  electronic_certified_copies: 'Cấp bản sao chứng thực điện tử',
  no_feedback: 'Không có phản ánh, kiến nghị về giải quyết thủ tục hành chính',
  no_overdue: 'Không có hồ sơ quá hạn',
  satisfaction_good: `Mức độ hài lòng đạt tốt (từ ${COUNTRYSIDE_RULES.satisfiedShare * 100}%)`,
};

export const CountrysideSchema = z.object({
  from: DateStringSchema,
  to: DateStringSchema,
  rulesVersion: z.string(),
  items: z.array(
    z.object({
      unit: UnitRefSchema,
      met: z.boolean(),
      conditions: z.array(
        z.object({
          key: z.enum(COUNTRYSIDE_CONDITIONS),
          label: z.string(),
          met: z.boolean(),
          evidence: z.string(),
        }),
      ),
    }),
  ),
});
export type Countryside = z.infer<typeof CountrysideSchema>;
