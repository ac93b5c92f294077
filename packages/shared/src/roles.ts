export const ROLES = [
  'system_admin',
  'receiving_officer',
  'processing_officer',
  'division_head',
  'unit_leader',
  'report_entry',
  'report_approver',
  'feedback_handler',
] as const;
export type Role = (typeof ROLES)[number];

export const ROLE = Object.fromEntries(ROLES.map((r) => [r, r])) as { readonly [K in Role]: K };

/**
 * Whether a role reaches only the user's own unit or the whole subtree below it.
 * A province's system admin administers the province; a leader sees the units under them.
 */
export const ROLE_SCOPE: Record<Role, 'unit' | 'subtree'> = {
  system_admin: 'subtree',
  receiving_officer: 'unit',
  processing_officer: 'unit',
  division_head: 'unit',
  unit_leader: 'subtree',
  report_entry: 'unit',
  report_approver: 'subtree',
  feedback_handler: 'unit',
};

/** The usual account-name suffix for each role: `<unit prefix>.<suffix>`, e.g. `qti.sotuphap.nl`. */
export const ROLE_ACCOUNT_SUFFIX: Record<Role, string> = {
  system_admin: 'qt',
  receiving_officer: 'tn',
  processing_officer: 'cv',
  division_head: 'ldp',
  unit_leader: 'ld',
  report_entry: 'nl',
  report_approver: 'dg',
  feedback_handler: 'pakn',
};

export type Scope = 'none' | 'unit' | 'subtree';

type PermissionRule = {
  roles: readonly Role[];
  /** Fixed reach; when absent the reach of the granting role (ROLE_SCOPE) applies. */
  scope?: Exclude<Scope, 'none'>;
};

/** What each role may do. The API enforces it; the SPAs use it to show only what is allowed. */
export const PERMISSIONS = {
  /** The organisation chart below one's own unit. */
  'units.read': { roles: ROLES, scope: 'subtree' },
  'units.manage': { roles: ['system_admin'] },
  'users.read': { roles: ['system_admin', 'unit_leader'] },
  'users.manage': { roles: ['system_admin'] },
  'calendar.read': { roles: ROLES, scope: 'unit' },
  'procedures.manage': { roles: ['system_admin'] },
  'workflows.manage': { roles: ['system_admin', 'unit_leader'] },
  'dossiers.intake': { roles: ['receiving_officer'] },
  'dossiers.read': { roles: ['receiving_officer', 'processing_officer', 'division_head', 'unit_leader'] },
  /** Answering citizens' questions addressed to the unit; the answer is published at once. */
  'questions.answer': { roles: ['receiving_officer', 'division_head', 'unit_leader'] },
  /** Citizen feedback addressed to or forwarded to the unit: classify, ask, answer, publish; statistics. */
  'feedback.handle': { roles: ['feedback_handler', 'division_head', 'unit_leader'] },
  /** Approving the unit's answers before they go out, where the unit requires it. */
  'feedback.approve': { roles: ['division_head', 'unit_leader'] },
  /** Reporting periods and forms: reading them, typing the unit's figures, approving and issuing. */
  'reports.read': { roles: ['report_entry', 'report_approver', 'unit_leader'] },
  'reports.enter': { roles: ['report_entry'] },
  /** Approving the unit's own form and, for the units under it, accepting or returning theirs; issuing periods. */
  'reports.approve': { roles: ['report_approver'] },
  /** Statistics, dashboards, the service-quality index and rankings of the unit's subtree (leaders decide from it). */
  'statistics.read': { roles: ['division_head', 'unit_leader', 'report_approver'] },
  /** The outgoing messages (e-mail, SMS) and the local mailbox. */
  'outbox.read': { roles: ['system_admin'] },
  /** The national working-day calendar: system administrators of a root unit only (checked by the service). */
  'calendar.manage': { roles: ['system_admin'] },
} as const satisfies Record<string, PermissionRule>;
export type Permission = keyof typeof PERMISSIONS;

/** How far a permission reaches for a user holding `roles`: nowhere, their unit, or their unit's subtree. */
export function permissionScope(roles: readonly Role[], permission: Permission): Scope {
  const rule: PermissionRule = PERMISSIONS[permission];
  const granting = roles.filter((r) => rule.roles.includes(r));
  if (granting.length === 0) return 'none';
  if (rule.scope) return rule.scope;
  return granting.some((r) => ROLE_SCOPE[r] === 'subtree') ? 'subtree' : 'unit';
}

export function hasPermission(roles: readonly Role[], permission: Permission): boolean {
  return permissionScope(roles, permission) !== 'none';
}
