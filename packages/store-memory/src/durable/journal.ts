/**
 * The write-ahead journal: `journal.ndjson`, one sealed JSON line (see `sealed-json.ts`) per
 * acknowledged `apply`, appended and fsync'd before the change is made in memory or acknowledged.
 * A line holds the write's journal sequence, the facts it changed and its audit entry as first
 * recorded, which is all replay needs to rebuild the identical graph and audit log.
 *
 * A crash mid-append leaves at most one torn line, always the last: it was never acknowledged, so
 * opening drops it. A bad line anywhere else is corruption and opening refuses it.
 */
import { open, readFile, type FileHandle } from 'node:fs/promises';
import { basename } from 'node:path';
import type { AuditEntry, ChangeSet } from '@govgraph/core';
import { describeError, fileError, writeFully, NO_PROBE, type StepProbe } from './disk.js';
import { sealJson, unsealJson } from './sealed-json.js';

/** One acknowledged `apply`, as the journal keeps it. */
export interface JournalRecord {
  /** 1, 2, 3, ... over the data directory's life; a snapshot records the last one it includes. */
  sequence: number;
  /** The facts the write changed (upserts and deletes of what really changed, nothing else). */
  changes: ChangeSet;
  /** The audit entry the write appended, with its original sequence and `at`; absent when unaudited. */
  auditEntry?: AuditEntry | undefined;
}

/** A record read back, with the line it came from for error messages. */
export interface JournalLine {
  record: JournalRecord;
  /** 1-based line number in the file. */
  line: number;
}

/** What reading the journal found. */
export interface JournalContents {
  lines: JournalLine[];
  /** Bytes up to the end of the last good line: the file's length once a torn tail is cut off. */
  goodBytes: number;
  /** Set when the last line was torn (a crash mid-append): its number and what was wrong. */
  torn?: { line: number; problem: string } | undefined;
}

const NEWLINE = 0x0a;

function checkRecord(value: Record<string, unknown>): JournalRecord | string {
  const { sequence, changes, auditEntry } = value;
  if (typeof sequence !== 'number' || !Number.isSafeInteger(sequence) || sequence < 1) return 'it has no valid sequence';
  if (typeof changes !== 'object' || changes === null || Array.isArray(changes)) return 'it has no change set';
  if (auditEntry !== undefined && (typeof auditEntry !== 'object' || auditEntry === null)) return 'its audit entry is not an object';
  return value as unknown as JournalRecord;
}

/**
 * Reads and checks every line. Throws STORE_ERROR naming the file and line for a bad line that is
 * not the last one; reports a bad last line (or an unterminated one) as torn.
 */
export async function readJournal(path: string): Promise<JournalContents> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { lines: [], goodBytes: 0 };
    throw fileError(path, `cannot be read: ${describeError(error)}`, error);
  }
  const lines: JournalLine[] = [];
  let start = 0;
  let lineNumber = 0;
  while (start < bytes.length) {
    lineNumber++;
    const end = bytes.indexOf(NEWLINE, start);
    const last = end < 0 || end === bytes.length - 1;
    const text = bytes.toString('utf8', start, end < 0 ? bytes.length : end);
    const unsealed = end < 0 ? ({ ok: false, problem: 'it has no newline (the write did not finish)' } as const) : unsealJson(text);
    const record = unsealed.ok ? checkRecord(unsealed.value) : unsealed.problem;
    if (typeof record === 'string') {
      if (last) return { lines, goodBytes: start, torn: { line: lineNumber, problem: record } };
      throw fileError(path, `line ${lineNumber} is damaged (${record}) and is followed by more lines; it was acknowledged, so the store will not open without it. Restore the data directory from a backup.`, undefined, {
        line: lineNumber,
      });
    }
    lines.push({ record, line: lineNumber });
    start = end + 1;
  }
  return { lines, goodBytes: bytes.length };
}

/** Cuts a journal back to its good lines (after a torn tail), durably. */
export async function truncateJournal(path: string, length: number): Promise<void> {
  const handle = await open(path, 'r+');
  try {
    await handle.truncate(length);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * Appends records durably. Its errors name the file without its folder: they can reach API
 * clients (a failed mutation), who have no business knowing where the server keeps its data. A failed append is undone (the file cut back to where it was) so the
 * journal never holds a line whose write was reported as failed; if even that fails, the writer
 * refuses every later append, since the file's tail is then unknown.
 */
export class JournalWriter {
  /** Lines in the file (including ones a snapshot already holds, until the next truncation). */
  lineCount: number;
  private size: number;
  private broken: Error | null = null;

  private constructor(
    readonly path: string,
    private readonly handle: FileHandle,
    size: number,
    lineCount: number,
    private readonly probe: StepProbe,
  ) {
    this.size = size;
    this.lineCount = lineCount;
  }

  /** Opens (creating if needed) a journal whose good content is `size` bytes in `lineCount` lines. */
  static async open(path: string, size: number, lineCount: number, probe: StepProbe = NO_PROBE): Promise<JournalWriter> {
    const handle = await open(path, 'a');
    return new JournalWriter(path, handle, size, lineCount, probe);
  }

  /** Writes one line and fsyncs it; resolves only once it is on disk. Rejects with STORE_ERROR, the journal as it was. */
  async append(record: JournalRecord): Promise<void> {
    if (this.broken) throw this.broken;
    const bytes = Buffer.from(`${sealJson({ ...record })}\n`, 'utf8');
    const before = this.size;
    try {
      await this.probe('journal-write');
      await writeFully(this.handle, bytes);
      await this.probe('journal-sync');
      await this.handle.sync();
    } catch (error) {
      await this.rollBack(before, error);
      throw fileError(basename(this.path), `could not save the change (${describeError(error)}); nothing was changed`, error);
    }
    this.size += bytes.length;
    this.lineCount++;
  }

  /**
   * Empties the journal once a snapshot holds every line, durably. A failure is harmless to the
   * data (replay skips lines the snapshot holds), but the writer re-reads the file's length so a
   * later rollback cuts at the right place.
   */
  async truncate(): Promise<void> {
    if (this.broken) throw this.broken;
    try {
      await this.probe('journal-truncate');
      await this.handle.truncate(0);
      await this.handle.sync();
      this.size = 0;
      this.lineCount = 0;
    } catch (error) {
      try {
        const { size } = await this.handle.stat();
        if (size === 0) this.lineCount = 0;
        this.size = size;
      } catch (statError) {
        this.broken = fileError(basename(this.path), `its length is unknown after a failed truncation (${describeError(statError)}); this store takes no more writes`, statError);
      }
      throw fileError(basename(this.path), `could not be emptied after a snapshot (${describeError(error)})`, error);
    }
  }

  async close(): Promise<void> {
    await this.handle.close();
  }

  private async rollBack(size: number, cause: unknown): Promise<void> {
    try {
      await this.handle.truncate(size);
      await this.handle.sync();
    } catch (error) {
      this.broken = fileError(
        basename(this.path),
        `a failed write (${describeError(cause)}) could not be undone (${describeError(error)}); this store takes no more writes. Close it and open the data directory again.`,
        error,
      );
    }
  }
}
