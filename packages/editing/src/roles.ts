/**
 * Who may do what. Three roles, each including the one below: a `reader` asks questions, an
 * `editor` also creates, updates and ends facts and reads the audit log, an `admin` also deletes.
 * A request without a key is the anonymous reader, so the API stays read-only by default.
 */
import { GovgraphError } from '@govgraph/core';

/** The roles, weakest first. */
export const ROLES = ['reader', 'editor', 'admin'] as const;
/** One of {@link ROLES}. */
export type Role = (typeof ROLES)[number];

/** Who is making a request: an API key's name and role, or the anonymous reader. */
export interface Principal {
  /** Recorded as the audit entry's actor: the API key's name (`anonymous` without a key). */
  name: string;
  role: Role;
  /** The API key's id; absent for the anonymous reader and for in-process callers. */
  keyId?: string | undefined;
  /** True for a request that sent no key. */
  anonymous: boolean;
}

/** The principal of a request without a key: may read, nothing more. */
export const ANONYMOUS: Principal = Object.freeze({ name: 'anonymous', role: 'reader', anonymous: true });

/** True when `value` names a role. */
export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** True when `role` includes `needed` (admin ⊃ editor ⊃ reader). */
export function hasRole(role: Role, needed: Role): boolean {
  return ROLES.indexOf(role) >= ROLES.indexOf(needed);
}

/**
 * Throws FORBIDDEN unless the principal holds `needed` (anonymous callers are told to send a key),
 * so every entry point (GraphQL, library, CLI) refuses the same things with the same code.
 */
export function requireRole(principal: Principal, needed: Role, what: string): void {
  if (hasRole(principal.role, needed)) return;
  const who = principal.anonymous ? 'a request without an API key' : `API key "${principal.name}" (role ${principal.role})`;
  const hint = principal.anonymous ? '; send "Authorization: Bearer <key>"' : '';
  throw new GovgraphError('FORBIDDEN', `${what} needs the ${needed} role; ${who} may not${hint}`, { needed, role: principal.role });
}
