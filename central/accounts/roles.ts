// What each console role may do (issue 23). Scope (which sites) is separate: central/accounts/scope.ts.
// No imports: the console page bundles this file too.

export const roles = ['admin', 'supervisor', 'clerk', 'auditor'] as const;
export type Role = (typeof roles)[number];

/** Who is asking: a named console account, or kioskctl with the admin token (a county-wide admin). */
export interface Principal {
  username: string;
  role: Role;
  /** True for the bearer token: no account, no session. */
  viaToken: boolean;
}

/** Everything outside the workbench (fleet, documents, releases, accounts) is the admin's alone. */
export const isAdmin = (p: Principal): boolean => p.role === 'admin';

/**
 * Who may move a case on: the clerks of its sites, and admins. A supervisor oversees and an
 * auditor only reads: they see a case but its buttons are absent and the API answers 403.
 */
export const canActOnCases = (p: Principal): boolean => p.role === 'clerk' || p.role === 'admin';

/**
 * Personal fields shown in full (查看, audited) only to whoever handles the case. Supervisors and
 * auditors oversee: they judge how a case was handled, which the masked fields are enough for.
 */
export const seesPersonalData = canActOnCases;

/** 转办: the clerks of the case's sites and their supervisors (and admins); an auditor changes nothing. */
export const canTransfer = (p: Principal): boolean => p.role === 'clerk' || p.role === 'supervisor' || p.role === 'admin';

/** 督办: a supervisor presses a case in its scope (and an admin, who may do everything). */
export const canSupervise = (p: Principal): boolean => p.role === 'supervisor' || p.role === 'admin';
