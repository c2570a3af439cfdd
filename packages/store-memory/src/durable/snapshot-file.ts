/**
 * The durable store's snapshot, `graph.json`: the whole graph, the whole audit log and the last
 * journal sequence they include, sealed with a checksum (see `sealed-json.ts`). It is replaced
 * atomically: written to `graph.json.tmp`, fsync'd, renamed over `graph.json`, and the directory
 * fsync'd, so after a crash `graph.json` is either the old snapshot or the new one, whole.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { AuditEntry, GraphData } from '@govgraph/core';
import { AtomicWriteError, writeFileAtomic } from '@govgraph/core';
import { describeError, fileError, NO_PROBE, type StepProbe } from './disk.js';
import { sealJson, unsealJson } from './sealed-json.js';

/** The snapshot's file name inside the data directory. */
export const SNAPSHOT_FILE = 'graph.json';
/** Where a snapshot is written before it is renamed into place; a leftover one is a crash's and is deleted. */
export const SNAPSHOT_TEMP_FILE = 'graph.json.tmp';
/** Names the file's format, so another JSON file in its place is refused rather than misread. */
export const SNAPSHOT_FORMAT = 'govgraph-memory-store';
/** Bumped when the layout changes; a newer version is refused rather than misread. */
export const SNAPSHOT_VERSION = 1;

/** What a snapshot holds. */
export interface SnapshotContents {
  /** The last journal sequence the graph and audit log include (0: none yet). */
  journalSequence: number;
  graph: GraphData;
  auditLog: readonly AuditEntry[];
}

/**
 * Writes a snapshot atomically. Throws STORE_ERROR (naming the file without its folder, as it may
 * reach API clients); `renamed` in its details says whether the new
 * snapshot had already replaced the old one (only the directory sync failed), which matters to a
 * caller that must not then act as if nothing changed.
 */
export async function writeSnapshotFile(directory: string, contents: SnapshotContents, probe: StepProbe = NO_PROBE): Promise<void> {
  try {
    await probe('snapshot-write');
    const text = `${sealJson({ format: SNAPSHOT_FORMAT, version: SNAPSHOT_VERSION, journalSequence: contents.journalSequence, graph: contents.graph, auditLog: contents.auditLog })}\n`;
    await writeFileAtomic(join(directory, SNAPSHOT_FILE), text, {
      mode: 0o644,
      temporaryFile: join(directory, SNAPSHOT_TEMP_FILE),
      beforeStep: (step) => (step === 'sync' ? probe('snapshot-sync') : step === 'rename' ? probe('snapshot-rename') : step === 'directory-sync' ? probe('directory-sync') : undefined),
    });
  } catch (error) {
    const renamed = error instanceof AtomicWriteError && error.renamed;
    const cause = error instanceof AtomicWriteError ? error.cause : error;
    throw fileError(SNAPSHOT_FILE, `could not save the snapshot (${describeError(cause)})`, cause, { renamed });
  }
}

/** Reads and checks a snapshot; null when there is none. Throws STORE_ERROR naming the file for a damaged or foreign one. */
export async function readSnapshotFile(directory: string): Promise<SnapshotContents | null> {
  const path = join(directory, SNAPSHOT_FILE);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw fileError(path, `cannot be read: ${describeError(error)}`, error);
  }
  const unsealed = unsealJson(text.endsWith('\n') ? text.slice(0, -1) : text);
  if (!unsealed.ok) throw fileError(path, `is damaged: ${unsealed.problem}. Restore the data directory from a backup.`);
  const { format, version, journalSequence, graph, auditLog } = unsealed.value;
  if (format !== SNAPSHOT_FORMAT) throw fileError(path, `is not a govgraph memory-store snapshot (format ${JSON.stringify(format)})`);
  if (version !== SNAPSHOT_VERSION) {
    throw fileError(path, `has format version ${JSON.stringify(version)}; this govgraph reads version ${SNAPSHOT_VERSION}`);
  }
  if (typeof journalSequence !== 'number' || !Number.isSafeInteger(journalSequence) || journalSequence < 0) {
    throw fileError(path, 'has no valid journal sequence');
  }
  if (typeof graph !== 'object' || graph === null || !Array.isArray(auditLog)) throw fileError(path, 'lacks the graph or the audit log');
  return { journalSequence, graph: graph as GraphData, auditLog: auditLog as AuditEntry[] };
}
