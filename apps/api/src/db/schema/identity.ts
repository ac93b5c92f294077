import { ROLES, TOKEN_AUDIENCES, USER_STATUSES } from '@motcua/shared';
import { sql } from 'drizzle-orm';
import { boolean, check, date, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id, updatedAt, version } from './columns';
import { units } from './org';

function inList(column: string, values: readonly string[]) {
  return sql.raw(`${column} in (${values.map((v) => `'${v}'`).join(', ')})`);
}

/** Civil servants' accounts. Every permission is scoped through `unit_id`. */
export const users = pgTable(
  'users',
  {
    id: id(),
    username: text('username').notNull().unique(),
    passwordHash: text('password_hash').notNull(),
    fullName: text('full_name').notNull(),
    email: text('email'),
    phone: text('phone'),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    roles: text('roles', { enum: ROLES }).array().notNull(),
    status: text('status', { enum: USER_STATUSES }).notNull().default('active'),
    failedLogins: integer('failed_logins').notNull().default(0),
    lockedUntil: timestamp('locked_until', { withTimezone: true }),
    mustChangePassword: boolean('must_change_password').notNull().default(false),
    passwordChangedAt: timestamp('password_changed_at', { withTimezone: true }).notNull().defaultNow(),
    lastLoginAt: timestamp('last_login_at', { withTimezone: true }),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('users_unit_idx').on(t.unitId),
    check('users_status_check', inList('status', USER_STATUSES)),
    check('users_roles_check', sql.raw(`roles <@ array[${ROLES.map((r) => `'${r}'`).join(', ')}]::text[]`)),
  ],
);

/** Citizens and businesses of the portal: a separate population with its own token audience. */
export const citizens = pgTable('citizens', {
  id: id(),
  fullName: text('full_name').notNull(),
  identificationNumber: text('identification_number').notNull().unique(),
  phone: text('phone').unique(),
  email: text('email').unique(),
  passwordHash: text('password_hash').notNull(),
  dateOfBirth: date('date_of_birth', { mode: 'string' }),
  address: text('address'),
  failedLogins: integer('failed_logins').notNull().default(0),
  lockedUntil: timestamp('locked_until', { withTimezone: true }),
  passwordChangedAt: timestamp('password_changed_at', { withTimezone: true }).notNull().defaultNow(),
  lastLoginAt: timestamp('last_login_at', { withTimezone: true }),
  version: version(),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

/**
 * Refresh tokens, stored as SHA-256 hashes. Each login starts a family; each refresh revokes the presented token
 * and issues its successor in the same family. Presenting a revoked token revokes the whole family.
 */
export const refreshTokens = pgTable(
  'refresh_tokens',
  {
    id: id(),
    audience: text('audience', { enum: TOKEN_AUDIENCES }).notNull(),
    subjectId: uuid('subject_id').notNull(),
    familyId: uuid('family_id').notNull(),
    tokenHash: text('token_hash').notNull().unique(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    index('refresh_tokens_subject_idx').on(t.audience, t.subjectId),
    index('refresh_tokens_family_idx').on(t.familyId),
    check('refresh_tokens_audience_check', inList('audience', TOKEN_AUDIENCES)),
  ],
);

/** One-time tokens (stored hashed) that let a citizen set a new password after proving access to their phone or e-mail. */
export const passwordResets = pgTable(
  'password_resets',
  {
    id: id(),
    citizenId: uuid('citizen_id')
      .notNull()
      .references(() => citizens.id),
    tokenHash: text('token_hash').notNull().unique(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [index('password_resets_citizen_idx').on(t.citizenId)],
);
