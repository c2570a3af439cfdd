/**
 * The store-independent half of audited, optimistic writes: which facts a change set really
 * changes (before and after), which version expectations it breaks, and which audit entries a
 * query selects. Stores call these inside their write transaction, so every store records the
 * same entries and refuses the same conflicts.
 */
import { GovgraphError } from './errors.js';
import { canonicalJson, factVersion } from './fact-version.js';
import type { Entity, Link } from './ontology.js';
import type { AuditChange, AuditContext, AuditEntry, AuditLogQuery, ChangeSet, ExpectedVersion, FactTarget, GraphReplacement } from './port.js';
import { checkInteger, checkLimit } from './query-options.js';
import { compareStrings } from './ordering.js';

/** Audit entries `auditLog` returns when no limit is given. */
export const DEFAULT_AUDIT_LOG_LIMIT = 50;
/** Most audit entries one `auditLog` call returns. */
export const MAX_AUDIT_LOG_LIMIT = 500;

/** Looks up the current facts a change set touches; stores answer from inside their transaction. */
export interface CurrentFacts {
  entity(id: string): Entity | null | undefined;
  link(id: string): Link | null | undefined;
}

/** Every id a change set or its expectations touch, by target: what a store must read first. */
export function touchedIds(changes: ChangeSet, expect: readonly ExpectedVersion[] = []): Record<FactTarget, string[]> {
  const entities = new Set<string>([...(changes.upsertEntities ?? []).map((e) => e.id), ...(changes.deleteEntityIds ?? [])]);
  const links = new Set<string>([...(changes.upsertLinks ?? []).map((l) => l.id), ...(changes.deleteLinkIds ?? [])]);
  for (const e of expect) (e.target === 'entity' ? entities : links).add(e.id);
  return { entity: [...entities].sort(compareStrings), link: [...links].sort(compareStrings) };
}

/**
 * The facts a (valid) change set really changes, sorted by target then id: upserting an identical
 * fact and deleting a missing id are left out.
 */
export function auditChanges(changes: ChangeSet, current: CurrentFacts): AuditChange[] {
  const out: AuditChange[] = [];
  const record = (target: FactTarget, id: string, before: Entity | Link | null, after: Entity | Link | null): void => {
    if (before === null && after === null) return;
    if (before !== null && after !== null && canonicalJson(before) === canonicalJson(after)) return;
    out.push({ target, id, before, after });
  };
  for (const id of changes.deleteEntityIds ?? []) record('entity', id, current.entity(id) ?? null, null);
  for (const e of changes.upsertEntities ?? []) record('entity', e.id, current.entity(e.id) ?? null, e);
  for (const id of changes.deleteLinkIds ?? []) record('link', id, current.link(id) ?? null, null);
  for (const l of changes.upsertLinks ?? []) record('link', l.id, current.link(l.id) ?? null, l);
  return out.sort((a, b) => compareStrings(a.target, b.target) || compareStrings(a.id, b.id));
}

/** One broken expectation, as CONFLICT details report it. */
export interface VersionConflict {
  target: FactTarget;
  id: string;
  expected: string | null;
  /** The fact's version now (null: it does not exist). */
  actual: string | null;
}

/** Throws CONFLICT (details.conflicts) when any expectation does not match the current facts. */
export function checkExpectedVersions(expect: readonly ExpectedVersion[] | undefined, current: CurrentFacts): void {
  const conflicts: VersionConflict[] = [];
  for (const e of expect ?? []) {
    const fact = e.target === 'entity' ? current.entity(e.id) : current.link(e.id);
    const actual = fact ? factVersion(fact) : null;
    if (actual !== e.version) conflicts.push({ target: e.target, id: e.id, expected: e.version, actual });
  }
  if (conflicts.length > 0) {
    const first = conflicts[0]!;
    const what =
      first.actual === null
        ? `${first.target} ${first.id} no longer exists`
        : first.expected === null
          ? `${first.target} ${first.id} already exists`
          : `${first.target} ${first.id} has changed since version ${first.expected} (now ${first.actual})`;
    throw new GovgraphError('CONFLICT', `${what}; read it again and reapply your edit`, { conflicts });
  }
}

/** Checks an audit context before a write: an actor and an action are required, the rest is text if given. */
export function checkAuditContext(audit: AuditContext | undefined): void {
  if (audit === undefined) return;
  if (typeof audit.actor !== 'string' || audit.actor.trim() === '') throw new GovgraphError('INVALID_INPUT', 'an audited write needs an actor');
  if (typeof audit.action !== 'string' || audit.action.trim() === '') throw new GovgraphError('INVALID_INPUT', 'an audited write needs an action');
  for (const field of ['role', 'source', 'comment'] as const) {
    const value = audit[field];
    if (value !== undefined && typeof value !== 'string') throw new GovgraphError('INVALID_INPUT', `the audit ${field} must be text`, { field });
  }
}

/**
 * Builds the entry a store appends (`replacedGraph` only for a `replaceAll`); `undefined` fields are
 * dropped so every store stores the same thing.
 */
export function buildAuditEntry(sequence: number, at: Date, audit: AuditContext, changes: AuditChange[], replacedGraph?: GraphReplacement): AuditEntry {
  const entry: AuditEntry = { sequence, at: at.toISOString(), actor: audit.actor, action: audit.action, changes };
  if (audit.role !== undefined) entry.role = audit.role;
  if (audit.source !== undefined) entry.source = audit.source;
  if (audit.comment !== undefined) entry.comment = audit.comment;
  if (replacedGraph !== undefined) entry.replacedGraph = replacedGraph;
  return entry;
}

/**
 * Checks a `replaceAll`'s `expectAuditSequence` against the newest sequence in the log (0 when
 * empty), inside the store's write transaction: CONFLICT (details.expectedSequence and
 * details.newestSequence) when writes were recorded since the caller looked.
 */
export function checkAuditSequence(expected: number | undefined, newest: number): void {
  if (expected === undefined) return;
  checkInteger('expectAuditSequence', expected, 0, Number.MAX_SAFE_INTEGER);
  if (expected === newest) return;
  const what =
    newest > expected
      ? `${newest - expected} write${newest - expected === 1 ? ' was' : 's were'} recorded in the audit log after entry ${expected}`
      : `the audit log ends at entry ${newest}, not ${expected}`;
  throw new GovgraphError('CONFLICT', `${what}; nothing was replaced (read the audit log after entry ${expected}, then load again)`, {
    expectedSequence: expected,
    newestSequence: newest,
  });
}

/** An audit query with its limit checked and defaulted. */
export interface CheckedAuditLogQuery extends AuditLogQuery {
  limit: number;
  newestFirst: boolean;
}

/** Checks `auditLog` options: a limit of 1 to {@link MAX_AUDIT_LOG_LIMIT}, a whole-number cursor. */
export function checkAuditLogQuery(query: AuditLogQuery = {}): CheckedAuditLogQuery {
  const limit = checkLimit(query.limit, DEFAULT_AUDIT_LOG_LIMIT);
  checkInteger('limit', limit, 1, MAX_AUDIT_LOG_LIMIT);
  if (query.after !== undefined) checkInteger('after', query.after, 0, Number.MAX_SAFE_INTEGER);
  for (const field of ['actor', 'action', 'factId'] as const) {
    if (query[field] !== undefined && typeof query[field] !== 'string') throw new GovgraphError('INVALID_INPUT', `the audit log filter ${field} must be text`, { field });
  }
  return { ...query, limit, newestFirst: query.newestFirst ?? false };
}

/** Whether an entry passes a query's filters (not its cursor or limit). */
export function auditEntryMatches(entry: AuditEntry, query: AuditLogQuery): boolean {
  if (query.actor !== undefined && entry.actor !== query.actor) return false;
  if (query.action !== undefined && entry.action !== query.action) return false;
  if (query.factId !== undefined && !entry.changes.some((c) => c.id === query.factId)) return false;
  return true;
}
