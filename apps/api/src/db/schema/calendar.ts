import { CALENDAR_DAY_KINDS, CONFIDENCE_LEVELS } from '@motcua/shared';
import { sql } from 'drizzle-orm';
import { check, date, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * Exceptions to the Monday–Friday week, per date: days off on weekdays (holiday, compensation, swap) and
 * Saturdays worked instead (`makeup`). Edited by the national administrator; read by the legal clock.
 */
export const calendarDays = pgTable(
  'calendar_days',
  {
    date: date('date', { mode: 'string' }).primaryKey(),
    kind: text('kind', { enum: CALENDAR_DAY_KINDS }).notNull(),
    name: text('name').notNull(),
    confidence: text('confidence', { enum: CONFIDENCE_LEVELS }).notNull().default('confirmed'),
    /** The notice that fixed the day, e.g. "Thông báo 9441/TB-BNV". */
    source: text('source'),
    updatedBy: uuid('updated_by'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  () => [
    check(
      'calendar_days_kind_check',
      sql.raw(`kind in (${CALENDAR_DAY_KINDS.map((k) => `'${k}'`).join(', ')})`),
    ),
    check(
      'calendar_days_confidence_check',
      sql.raw(`confidence in (${CONFIDENCE_LEVELS.map((k) => `'${k}'`).join(', ')})`),
    ),
  ],
);
