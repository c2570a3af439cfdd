/**
 * Loading checked seeds into a store without losing anyone's work: a load replaces the whole
 * graph, so it is refused while the audit log holds writes (API edits, ingested minutes) made since
 * the last load, unless the caller says to replace them; and even then an edit made after that
 * look is never replaced unseen (the store checks the newest audit sequence again inside the
 * load's own transaction). `govgraph load` is this rule on the command line; an embedder gets the
 * same rule by calling {@link loadIntoStore}.
 */
import { GovgraphError, type ApplyResult, type AuditContext, type AuditEntry, type GraphData, type GraphStore } from '@govgraph/core';

/** The audit log's action for a whole-graph replacement. */
export const LOAD_ACTION = 'load';

/** What stands between a load and the store: the newest audit sequence, and the writes since the last load. */
export interface EditsSinceLoad {
  /** The newest audit sequence (0 for an empty log): what the load expects to still be newest. */
  newestSequence: number;
  /** Audited writes after the last load (or ever, when there was none), newest first, at most `shown`. */
  edits: AuditEntry[];
  /** How many there are in all. */
  count: number;
}

/** Reads the audit log for the writes a load would replace. */
export async function editsSinceLastLoad(store: GraphStore, shown = 5): Promise<EditsSinceLoad> {
  const recent = await store.auditLog({ newestFirst: true, limit: shown });
  const newestSequence = recent[0]?.sequence ?? 0;
  if (newestSequence === 0) return { newestSequence, edits: [], count: 0 };
  const lastLoad = (await store.auditLog({ action: LOAD_ACTION, newestFirst: true, limit: 1 }))[0]?.sequence ?? 0;
  // Entries are numbered without gaps, so the count needs no scan.
  return { newestSequence, edits: recent.filter((e) => e.sequence > lastLoad), count: newestSequence - lastLoad };
}

/**
 * The CONFLICT a load gives when the graph holds edits that it would replace. `storeOptions` are
 * the command-line options that name the store (e.g. `--data-dir ./data `), for the commands the
 * message suggests.
 */
export function editsWouldBeReplaced(found: EditsSinceLoad, storeOptions: string): GovgraphError {
  const lines = found.edits.map((e) => `  #${e.sequence} ${e.at} ${e.action} by ${e.actor}${e.changes.length > 0 ? ` (${e.changes.map((c) => c.id).slice(0, 3).join(', ')}${e.changes.length > 3 ? ', ...' : ''})` : ''}`);
  return new GovgraphError(
    'CONFLICT',
    [
      `${found.count} audited write${found.count === 1 ? '' : 's'} since the last load would be replaced by this load; nothing was loaded.`,
      ...lines,
      ...(found.count > found.edits.length ? [`  ... and ${found.count - found.edits.length} more (govgraph audit ${storeOptions}--after ${found.newestSequence - found.count} lists them all)`] : []),
      `To keep them, export the graph first (govgraph export ${storeOptions}--out <folder>) and load that folder, or fold the edits into your seeds;`,
      'to replace them anyway, pass --replace-edits (the audit log keeps every one of them).',
    ].join('\n'),
    { edits: found.count, newestSequence: found.newestSequence },
  );
}

/** Options of {@link loadIntoStore}. */
export interface LoadIntoStoreOptions {
  /** Who loads and why (`action` defaults to {@link LOAD_ACTION}). */
  audit: Omit<AuditContext, 'action'> & { action?: string | undefined };
  /** Replace edits made since the last load (they stay in the audit log). Default false: refuse. */
  replaceEdits?: boolean | undefined;
  /** The options that name the store on the command line, for the refusal's suggestions (default none). */
  storeOptions?: string | undefined;
}

/** What {@link loadIntoStore} did. */
export interface LoadIntoStoreResult {
  /** The store's counts after the load, and its audit entry. */
  result: ApplyResult;
  /** How many edits since the last load it replaced (0 unless `replaceEdits`). */
  replacedEdits: number;
}

/**
 * Replaces the store's graph with `data` (seeds already checked: callers refuse seeds with errors
 * first), as one audited load. CONFLICT, and nothing loaded, when edits since the last load would
 * be replaced and `replaceEdits` is not set, or when anyone writes between this look and the load.
 */
export async function loadIntoStore(store: GraphStore, data: GraphData, options: LoadIntoStoreOptions): Promise<LoadIntoStoreResult> {
  const found = await editsSinceLastLoad(store);
  if (found.count > 0 && !options.replaceEdits) throw editsWouldBeReplaced(found, options.storeOptions ?? '');
  const result = await store.replaceAll(data, {
    audit: { ...options.audit, action: options.audit.action ?? LOAD_ACTION },
    expectAuditSequence: found.newestSequence,
  });
  return { result, replacedEdits: found.count };
}
