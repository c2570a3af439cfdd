/**
 * Audited, optimistic writes on Neo4j: the Cypher and the decoding behind `apply(changes, { expect,
 * audit })` and `auditLog`. The rules (which facts changed, which expectations broke, what an entry
 * holds) are the core's, so this store records the same entries and refuses the same conflicts as
 * every other; this file only says how Neo4j holds them.
 *
 * Every `apply` transaction first takes the write lock of one `:GovgraphAudit` node, so applies run
 * one after another: what an apply reads (versions to check, facts before) cannot change until it
 * commits, and audit sequence numbers follow commit order without gaps. Each audited write that
 * changes something adds one `:AuditEntry` node in the same transaction. `replaceAll` never matches
 * either label, so the log survives every load; an audited `replaceAll` takes the same lock in its
 * switch transaction and appends its own entry. Input only travels as parameters.
 */
import neo4j, { type ManagedTransaction } from 'neo4j-driver';
import {
  GovgraphError,
  compareStrings,
  type AuditChange,
  type AuditContext,
  type AuditEntry,
  type ChangeSet,
  type CheckedAuditLogQuery,
  type CurrentFacts,
  type Entity,
  type GraphReplacement,
  type Link,
} from '@govgraph/core';
import { entitiesByIdStatement, linksByIdStatement, type Statement } from './statements.js';
import { entityFromProperties, entityToProperties, linkFromProperties, linkToProperties } from './encoding.js';

/** Label of the audit log's entries: one node per audited write that changed something, never changed or deleted. */
export const AUDIT_ENTRY_LABEL = 'AuditEntry';
/** Label of the one node whose write lock serialises `apply` and which keeps the audit sequence counter. */
export const AUDIT_META_LABEL = 'GovgraphAudit';

/** Schema for the audit log (idempotent, run with the store's other migrations). */
export const AUDIT_MIGRATION_STATEMENTS: readonly string[] = [
  // Unique: a MERGE of the meta node from two transactions at once cannot create two of them.
  `CREATE CONSTRAINT govgraph_audit_meta IF NOT EXISTS FOR (m:${AUDIT_META_LABEL}) REQUIRE m.singleton IS UNIQUE`,
  // Unique: a second entry with the same number would be a bug, refused by the database itself; also the index for paging in order.
  `CREATE CONSTRAINT govgraph_audit_sequence IF NOT EXISTS FOR (a:${AUDIT_ENTRY_LABEL}) REQUIRE a.sequence IS UNIQUE`,
  `CREATE INDEX govgraph_audit_actor IF NOT EXISTS FOR (a:${AUDIT_ENTRY_LABEL}) ON (a.actor)`,
  `CREATE INDEX govgraph_audit_action IF NOT EXISTS FOR (a:${AUDIT_ENTRY_LABEL}) ON (a.action)`,
];

/**
 * Takes the write lock of the meta node (creating it, with its counter set after the newest entry,
 * on first use) by setting a property; the lock is held until the transaction ends, so every other
 * `apply` waits here. `applies` counts committed applies. Returns the newest sequence (0: empty log).
 */
export const LOCK_WRITES = `CALL {
  OPTIONAL MATCH (a:${AUDIT_ENTRY_LABEL}) WHERE a.sequence IS NOT NULL
  RETURN a.sequence AS newest ORDER BY newest DESC LIMIT 1
}
MERGE (m:${AUDIT_META_LABEL} {singleton: true})
ON CREATE SET m.lastSequence = coalesce(newest, 0)
SET m.applies = coalesce(m.applies, 0) + 1
RETURN m.lastSequence AS newest`;

/** Appends the entry `$props` with the next sequence number (the counter on the locked meta node). */
export const APPEND_AUDIT_ENTRY = `MATCH (m:${AUDIT_META_LABEL} {singleton: true})
SET m.lastSequence = m.lastSequence + 1
CREATE (a:${AUDIT_ENTRY_LABEL})
SET a = $props
SET a.sequence = m.lastSequence
RETURN a.sequence AS sequence`;

/** The newest entry's sequence, 0 for an empty log (read without the lock: a load's early check). */
export const NEWEST_AUDIT_SEQUENCE = `OPTIONAL MATCH (a:${AUDIT_ENTRY_LABEL}) RETURN coalesce(max(a.sequence), 0) AS newest`;

/** The properties an entry is read back from. */
const ENTRY_MAP = `a {.sequence, .at, .actor, .role, .action, .source, .comment, .changesJson, .replacedGraphJson}`;

/** Filters shared by both orders: $actor, $action and $factId are null when not asked for. */
const ENTRY_FILTERS = `($actor IS NULL OR a.actor = $actor) AND ($action IS NULL OR a.action = $action) AND ($factId IS NULL OR $factId IN a.factIds)`;

/** Audit entries after $after (a sequence; 0 for all), oldest first, at most $limit. */
export const AUDIT_LOG_OLDEST_FIRST = `MATCH (a:${AUDIT_ENTRY_LABEL})
WHERE a.sequence > $after AND ${ENTRY_FILTERS}
RETURN ${ENTRY_MAP} AS entry
ORDER BY a.sequence ASC
LIMIT $limit`;

/** Audit entries before $after (a sequence; past the newest for all), newest first, at most $limit. */
export const AUDIT_LOG_NEWEST_FIRST = `MATCH (a:${AUDIT_ENTRY_LABEL})
WHERE a.sequence < $after AND ${ENTRY_FILTERS}
RETURN ${ENTRY_MAP} AS entry
ORDER BY a.sequence DESC
LIMIT $limit`;

type Props = Record<string, unknown>;

/** Properties as Neo4j hands them back: a property that was not set reads as null. */
function asStored(props: Props): Props {
  return Object.fromEntries(Object.entries(props).map(([key, value]) => [key, value === undefined ? null : value]));
}

/** An entity exactly as `getEntity` will return it once written (the audit log's `after`). */
function storedEntity(entity: Entity): Entity {
  return entityFromProperties(asStored(entityToProperties(entity)));
}

/** A link exactly as `getLink` will return it once written. */
function storedLink(link: Link): Link {
  return linkFromProperties(asStored(linkToProperties(link)), link.from, link.to);
}

/**
 * The change set with its upserts as reads will return them, so that "unchanged" is judged, and
 * `after` recorded, on the stored form of a fact rather than the form it was given in.
 */
export function asStoredChanges(changes: ChangeSet): ChangeSet {
  return {
    ...changes,
    upsertEntities: changes.upsertEntities?.map(storedEntity),
    upsertLinks: changes.upsertLinks?.map(storedLink),
  };
}

/** The current facts a write reads inside its transaction, and which of the entity ids exist. */
export interface TouchedFacts extends CurrentFacts {
  existingEntityIds: ReadonlySet<string>;
}

/**
 * Takes the write lock, then reads the given entities and links as they are now, decoded exactly
 * as `getEntity`/`getLink` decode them (so versions match what editors read). Call first in an
 * `apply` transaction.
 */
export async function lockAndReadFacts(tx: ManagedTransaction, entityIds: readonly string[], linkIds: readonly string[]): Promise<TouchedFacts> {
  await tx.run(LOCK_WRITES);
  const entities = new Map<string, Entity>();
  const links = new Map<string, Link>();
  if (entityIds.length > 0) {
    const statement = entitiesByIdStatement(entityIds);
    for (const record of (await tx.run(statement.text, statement.parameters)).records) {
      entities.set(record.get('id') as string, entityFromProperties(record.get('props') as Props));
    }
  }
  if (linkIds.length > 0) {
    const statement = linksByIdStatement(linkIds);
    for (const record of (await tx.run(statement.text, statement.parameters)).records) {
      const raw = record.get('link') as { props: Props; from: string; to: string };
      const link = linkFromProperties(raw.props, raw.from, raw.to);
      links.set(link.id, link);
    }
  }
  return { entity: (id) => entities.get(id) ?? null, link: (id) => links.get(id) ?? null, existingEntityIds: new Set(entities.keys()) };
}

function optionalText(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** Reads an entry back from its node properties; `apply` returns what this gives too, so both agree exactly. */
export function auditEntryFromProperties(props: Props): AuditEntry {
  const entry: AuditEntry = {
    sequence: props.sequence as number,
    at: props.at as string,
    actor: props.actor as string,
    action: props.action as string,
    changes: JSON.parse(props.changesJson as string) as AuditChange[],
  };
  const role = optionalText(props.role);
  const source = optionalText(props.source);
  const comment = optionalText(props.comment);
  if (role !== undefined) entry.role = role;
  if (source !== undefined) entry.source = source;
  if (comment !== undefined) entry.comment = comment;
  if (typeof props.replacedGraphJson === 'string') entry.replacedGraph = JSON.parse(props.replacedGraphJson) as GraphReplacement;
  return entry;
}

/** Takes the write lock and reads the newest audit sequence: first in an audited or expecting `replaceAll` switch. */
export async function lockAndReadNewestSequence(tx: ManagedTransaction): Promise<number> {
  return Number((await tx.run(LOCK_WRITES)).records[0]?.get('newest') ?? 0);
}

/** The newest audit sequence (0 for an empty log). */
export async function readNewestSequence(tx: ManagedTransaction): Promise<number> {
  return Number((await tx.run(NEWEST_AUDIT_SEQUENCE)).records[0]?.get('newest') ?? 0);
}

/**
 * Appends an audit entry for `changes` (sorted as `auditChanges` sorts them; non-empty except for a
 * `replaceAll`, which gives `replacedGraph`) inside the locked transaction, stamped `at`, and
 * returns it as `auditLog` will. `audit` has passed core's `checkAuditContext`, so its optional
 * fields are text or absent.
 */
export async function appendAuditEntry(
  tx: ManagedTransaction,
  at: Date,
  audit: AuditContext,
  changes: readonly AuditChange[],
  replacedGraph?: GraphReplacement,
): Promise<AuditEntry> {
  const statement = appendAuditEntryStatement(at, audit, changes, replacedGraph);
  const result = await tx.run(statement.text, statement.parameters);
  const sequence = result.records[0]?.get('sequence') as number | undefined;
  if (sequence === undefined) throw new GovgraphError('STORE_ERROR', 'the audit log lost its lock node during a write; nothing was changed');
  return auditEntryFromProperties({ ...(statement.parameters.props as Props), sequence });
}

/** The statement {@link appendAuditEntry} runs: the entry's properties as one parameter map. */
export function appendAuditEntryStatement(at: Date, audit: AuditContext, changes: readonly AuditChange[], replacedGraph?: GraphReplacement): Statement {
  const props = {
    at: at.toISOString(),
    actor: audit.actor,
    role: audit.role ?? null,
    action: audit.action,
    source: audit.source ?? null,
    comment: audit.comment ?? null,
    changesJson: JSON.stringify(changes),
    replacedGraphJson: replacedGraph === undefined ? null : JSON.stringify(replacedGraph),
    // The ids the entry changed, so `auditLog({ factId })` filters in Cypher.
    factIds: [...new Set(changes.map((c) => c.id))].sort(compareStrings),
  };
  return { text: APPEND_AUDIT_ENTRY, parameters: { props } };
}

/** One page of `auditLog(query)`; cursor and limit travel as integers (LIMIT refuses a float, and integers keep the index seek). */
export function auditLogStatement(query: CheckedAuditLogQuery): Statement {
  const after = query.after ?? (query.newestFirst ? Number.MAX_SAFE_INTEGER : 0);
  return {
    text: query.newestFirst ? AUDIT_LOG_NEWEST_FIRST : AUDIT_LOG_OLDEST_FIRST,
    parameters: { after: neo4j.int(after), limit: neo4j.int(query.limit), actor: query.actor ?? null, action: query.action ?? null, factId: query.factId ?? null },
  };
}

/** Reads one page of the audit log (query already checked by `checkAuditLogQuery`). */
export async function readAuditLog(tx: ManagedTransaction, query: CheckedAuditLogQuery): Promise<AuditEntry[]> {
  const { text, parameters } = auditLogStatement(query);
  const result = await tx.run(text, parameters);
  return result.records.map((r) => auditEntryFromProperties(r.get('entry') as Props));
}
