/**
 * The embedded store, kept on disk: a {@link MemoryStore} whose writes reach a data directory
 * before they are acknowledged, so a crash (SIGKILL, power cut) loses nothing already acknowledged
 * and never leaves half a write.
 *
 * Layout of the data directory:
 * - `graph.json`: a snapshot (graph, audit log, last journal sequence included, format version), see `snapshot-file.ts`;
 * - `journal.ndjson`: one line per acknowledged `apply` since that snapshot, see `journal.ts`;
 * - `lock`: the pid of the process using the directory, see `directory-lock.ts`.
 *
 * `apply`: check expectations and the change (nothing changed yet), append the journal line and
 * fsync it, then make the change in memory and resolve. Writes go one at a time through a queue, so
 * expectations are still checked atomically; reads are not queued and see the previous graph until
 * the write is on disk. `replaceAll` writes a new snapshot (keeping the audit log) instead of a
 * journal line. Every `compactEvery` journal lines, a snapshot is written and the journal emptied.
 * Replay skips journal lines the snapshot already holds, so a crash between a snapshot and the
 * journal's truncation applies nothing twice.
 */
import { mkdir, realpath, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import {
  GovgraphError,
  isGovgraphError,
  type ApplyOptions,
  type ApplyResult,
  type AuditChange,
  type ChangeSet,
  type Entity,
  type GraphData,
  type GraphStore,
  type Link,
  type ReplaceAllOptions,
  type StoreStats,
} from '@govgraph/core';
import { frozenCopy } from '../frozen-copy.js';
import { GraphState } from '../graph-state.js';
import { MemoryStore } from '../memory-store.js';
import { DirectoryLock, LOCK_FILE } from './directory-lock.js';
import { syncDirectory } from '@govgraph/core';
import { describeError, fileError, NO_PROBE, type StepProbe } from './disk.js';
import { JournalWriter, readJournal, truncateJournal, type JournalLine } from './journal.js';
import { readSnapshotFile, writeSnapshotFile, SNAPSHOT_FILE, SNAPSHOT_TEMP_FILE } from './snapshot-file.js';

/** The journal's file name inside the data directory. */
export const JOURNAL_FILE = 'journal.ndjson';
/** Journal lines between automatic snapshots when `compactEvery` is not given. */
export const DEFAULT_COMPACT_EVERY = 1000;

/** Options of {@link openDurableMemoryStore}. */
export interface DurableMemoryStoreOptions {
  /** The data directory; created if missing. One process at a time may use it. */
  directory: string;
  /**
   * The graph to start from when the directory has no snapshot yet (e.g. the seeds); default an
   * empty graph. Not called once the directory holds a graph: from then on the directory wins.
   */
  initialData?: (() => Promise<GraphData>) | undefined;
  /** Journal lines after which a snapshot is written and the journal emptied (default 1000). */
  compactEvery?: number | undefined;
  /** The clock audit entries are stamped with; default the system clock. */
  now?: (() => Date) | undefined;
  /** Name used in logs and errors (default "memory"). */
  name?: string | undefined;
  /**
   * Told about what opening repaired (a torn last journal line, dropped because it was never
   * acknowledged) and about background snapshots that failed (the journal keeps the data). Default:
   * ignored.
   */
  onWarning?: ((message: string) => void) | undefined;
}

/** Net change set of a prepared write: only what really changes, which is what replay needs. */
function changeSetOf(changed: readonly AuditChange[]): ChangeSet {
  const out: Required<ChangeSet> = { upsertEntities: [], upsertLinks: [], deleteEntityIds: [], deleteLinkIds: [] };
  for (const change of changed) {
    if (change.target === 'entity') {
      if (change.after) out.upsertEntities.push(change.after as Entity);
      else out.deleteEntityIds.push(change.id);
    } else if (change.after) out.upsertLinks.push(change.after as Link);
    else out.deleteLinkIds.push(change.id);
  }
  const compact: ChangeSet = {};
  for (const key of Object.keys(out) as (keyof ChangeSet)[]) if (out[key].length > 0) (compact[key] as unknown[]) = out[key];
  return compact;
}

function graphDataOf(state: GraphState): GraphData {
  return { entities: [...state.entities.values()], links: [...state.links.values()] };
}

/** Builds a graph read from disk; a graph the store cannot hold means the file is damaged. */
function stateFromDisk(file: string, data: GraphData): GraphState {
  try {
    return GraphState.fromData(data);
  } catch (error) {
    throw fileError(file, `holds a graph the store cannot load (${describeError(error)})`, error);
  }
}

/** The durable embedded store; see the module comment. Open it with {@link openDurableMemoryStore}. */
export class DurableMemoryStore extends MemoryStore {
  /** The data directory, absolute. */
  readonly directory: string;
  /** The last journal sequence written (or held by the snapshot). */
  private sequence: number;
  private readonly compactEvery: number;
  /** Journal line count at which the next snapshot is due (pushed back when one fails). */
  private nextCompactionAt: number;
  /** The tail of the write queue: each write starts when the one before has settled. */
  private queue: Promise<unknown> = Promise.resolve();
  private closing: Promise<void> | null = null;
  /** Set when the disk can no longer be trusted to match memory; every later write is refused with it. */
  private failure: GovgraphError | null = null;

  private constructor(
    directory: string,
    journalSequence: number,
    private readonly journal: JournalWriter,
    private readonly lock: DirectoryLock,
    private readonly options: DurableMemoryStoreOptions,
    private readonly probe: StepProbe,
  ) {
    super({ name: options.name, now: options.now });
    this.directory = directory;
    this.sequence = journalSequence;
    this.compactEvery = options.compactEvery ?? DEFAULT_COMPACT_EVERY;
    this.nextCompactionAt = this.compactEvery;
  }

  /** Opens a data directory; see {@link openDurableMemoryStore}. `probe` is the crash and fault tests' seam. */
  static async open(options: DurableMemoryStoreOptions, probe: StepProbe = NO_PROBE): Promise<DurableMemoryStore> {
    const compactEvery = options.compactEvery ?? DEFAULT_COMPACT_EVERY;
    if (!Number.isSafeInteger(compactEvery) || compactEvery < 1) {
      throw new GovgraphError('INVALID_INPUT', `compactEvery must be a whole number of at least 1, not ${String(options.compactEvery)}`);
    }
    let directory = resolve(options.directory);
    try {
      await mkdir(directory, { recursive: true });
      // One name per folder, so the lock also catches a second open through a symlink.
      directory = await realpath(directory);
    } catch (error) {
      throw fileError(directory, `cannot be created (${describeError(error)})`, error);
    }
    const lock = await DirectoryLock.acquire(join(directory, LOCK_FILE));
    try {
      return await DurableMemoryStore.load(directory, lock, options, probe);
    } catch (error) {
      await lock.release();
      throw error;
    }
  }

  private static async load(directory: string, lock: DirectoryLock, options: DurableMemoryStoreOptions, probe: StepProbe): Promise<DurableMemoryStore> {
    const journalPath = join(directory, JOURNAL_FILE);
    await rm(join(directory, SNAPSHOT_TEMP_FILE), { force: true });
    let snapshot = await readSnapshotFile(directory);
    let journal = await readJournal(journalPath);
    if (!snapshot) {
      if (journal.lines.length > 0) {
        throw fileError(journalPath, `holds writes but ${join(directory, SNAPSHOT_FILE)} is missing; restore the data directory from a backup`);
      }
      const initial = options.initialData ? await options.initialData() : { entities: [], links: [] };
      const state = GraphState.fromData(initial);
      snapshot = { journalSequence: 0, graph: graphDataOf(state), auditLog: [] };
      await writeSnapshotFile(directory, snapshot, probe);
    }
    const snapshotPath = join(directory, SNAPSHOT_FILE);
    const state = stateFromDisk(snapshotPath, snapshot.graph);
    snapshot.auditLog.forEach((entry, i) => {
      if (entry?.sequence !== i + 1) throw fileError(snapshotPath, `audit entry ${i + 1} has sequence ${String(entry?.sequence)}`);
    });
    if (journal.torn) {
      await truncateJournal(journalPath, journal.goodBytes);
      options.onWarning?.(
        `${journalPath}: dropped line ${journal.torn.line}, a write cut short by a crash (${journal.torn.problem}); it was never acknowledged`,
      );
    }
    const writer = await JournalWriter.open(journalPath, journal.goodBytes, journal.lines.length, probe);
    const store = new DurableMemoryStore(directory, snapshot.journalSequence, writer, lock, options, probe);
    try {
      await syncDirectory(directory);
      store.restore(state, snapshot.auditLog);
      const stale = store.replay(journalPath, journal.lines);
      // Lines a snapshot already holds are left by a crash between the snapshot and the
      // journal's truncation: write a snapshot now so the journal holds only new writes.
      if (stale > 0) await store.compact();
    } catch (error) {
      await writer.close();
      throw error;
    }
    return store;
  }

  /** Replays journal lines after the snapshot; returns how many the snapshot already held. */
  private replay(journalPath: string, lines: readonly JournalLine[]): number {
    let stale = 0;
    for (const { record, line } of lines) {
      if (record.sequence <= this.sequence) {
        stale++;
        continue;
      }
      if (record.sequence !== this.sequence + 1) {
        throw fileError(journalPath, `line ${line} has sequence ${record.sequence} where ${this.sequence + 1} was expected: writes are missing`, undefined, { line });
      }
      const expectedAudit = this.auditEntries.length + 1;
      if (record.auditEntry && record.auditEntry.sequence !== expectedAudit) {
        throw fileError(journalPath, `line ${line} holds audit entry ${record.auditEntry.sequence} where ${expectedAudit} was expected`, undefined, { line });
      }
      const changes = frozenCopy(record.changes);
      try {
        this.graphState.validate(changes);
      } catch (error) {
        throw fileError(journalPath, `line ${line} does not apply to the graph before it (${describeError(error)})`, error, { line });
      }
      this.commitApply({ changes, changed: [], auditEntry: record.auditEntry && frozenCopy(record.auditEntry) });
      this.sequence = record.sequence;
    }
    return stale;
  }

  override async apply(changes: ChangeSet, options: ApplyOptions = {}): Promise<ApplyResult> {
    this.ensureWritable();
    // Copied now: the caller may change its objects while the write waits its turn.
    const ownChanges = frozenCopy(changes);
    const ownOptions = frozenCopy(options);
    const result = await this.exclusive(async () => {
      const prepared = this.prepareApply(ownChanges, ownOptions);
      if (prepared.changed.length > 0) {
        const sequence = this.sequence + 1;
        await this.journal.append({ sequence, changes: changeSetOf(prepared.changed), auditEntry: prepared.auditEntry });
        this.sequence = sequence;
      }
      return this.commitApply(prepared);
    });
    if (this.journal.lineCount >= this.nextCompactionAt) void this.compactInBackground();
    return result;
  }

  override async replaceAll(data: GraphData, options: ReplaceAllOptions = {}): Promise<ApplyResult> {
    this.ensureWritable();
    return this.exclusive(async () => {
      // Under the write queue, so the expected audit sequence is checked against every write before it.
      const next = this.prepareReplaceAll(data, options);
      const auditLog = next.auditEntry ? [...this.auditEntries, next.auditEntry] : this.auditEntries;
      try {
        await writeSnapshotFile(this.directory, { journalSequence: this.sequence, graph: graphDataOf(next.state), auditLog }, this.probe);
      } catch (error) {
        if (isGovgraphError(error) && error.details?.renamed === true) {
          // The new graph is in place but may not survive a power cut; journaling later writes
          // against it could then replay them onto the old graph, so stop taking writes.
          this.commitReplaceAll(next);
          this.failure = new GovgraphError('STORE_ERROR', `${error.message}; the graph was replaced, but this store takes no more writes until it is reopened`, error.details, { cause: error });
          throw this.failure;
        }
        throw error;
      }
      const stats = this.commitReplaceAll(next);
      await this.emptyJournal();
      this.nextCompactionAt = this.journal.lineCount + this.compactEvery;
      return stats;
    });
  }

  /**
   * Waits for writes already made, then releases the data directory. Writes started after `close`
   * are refused with STORE_UNAVAILABLE.
   */
  override async close(): Promise<void> {
    this.closing ??= (async () => {
      let tail: Promise<unknown>;
      do {
        tail = this.queue;
        await tail;
      } while (tail !== this.queue);
      await this.journal.close().catch(() => undefined);
      await this.lock.release();
      await super.close();
    })();
    return this.closing;
  }

  /** Writes a snapshot of the graph and audit log now and empties the journal (under the write queue). */
  private async compact(): Promise<void> {
    await writeSnapshotFile(this.directory, { journalSequence: this.sequence, graph: graphDataOf(this.graphState), auditLog: this.auditEntries }, this.probe);
    await this.emptyJournal();
  }

  /** A compaction after an apply was acknowledged: a failure only delays it (the journal keeps the data). */
  private async compactInBackground(): Promise<void> {
    this.nextCompactionAt = this.journal.lineCount + this.compactEvery;
    try {
      await this.exclusive(async () => {
        if (this.closing) return;
        await this.compact();
        this.nextCompactionAt = this.journal.lineCount + this.compactEvery;
      });
    } catch (error) {
      this.options.onWarning?.(`a snapshot of ${this.directory} failed; the journal still holds every write (${describeError(error)})`);
    }
  }

  /** Empties the journal after a snapshot; a failure is only a warning, since replay skips what the snapshot holds. */
  private async emptyJournal(): Promise<void> {
    try {
      await this.journal.truncate();
    } catch (error) {
      this.options.onWarning?.(describeError(error));
    }
  }

  /** Runs writes one at a time, in call order; a write queued before `close` still runs. */
  private exclusive<T>(write: () => Promise<T>): Promise<T> {
    const run = this.queue.then(() => {
      this.ensureOpen();
      if (this.failure) throw this.failure;
      return write();
    });
    this.queue = run.catch(() => undefined);
    return run;
  }

  private ensureWritable(): void {
    if (this.closing) throw new GovgraphError('STORE_UNAVAILABLE', `the ${this.name} store is closed`, { store: this.name });
    this.ensureOpen();
    if (this.failure) throw this.failure;
  }
}

/**
 * Opens the embedded store on a data directory, so edits survive restarts and crashes: `apply`
 * resolves only once its journal line is fsync'd, and a failed save (disk full, I/O error)
 * rejects with STORE_ERROR leaving the graph as it was. The first time, the graph comes from
 * `initialData` (e.g. the seeds); afterwards the directory wins. Opening repairs a torn last
 * journal line (reported to `onWarning`) and refuses, with STORE_ERROR naming the file and line,
 * anything else damaged. STORE_UNAVAILABLE when another running process holds the directory.
 *
 * @example
 * const store = await openDurableMemoryStore({ directory: './data', initialData: async () => (await loadSeedDirectories(dirs)).data });
 */
export async function openDurableMemoryStore(options: DurableMemoryStoreOptions): Promise<GraphStore> {
  return DurableMemoryStore.open(options);
}
