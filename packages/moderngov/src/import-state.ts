/**
 * What an import has done, kept in a state file so that a re-run skips the meetings already
 * ingested into the same store. A state file names its site and keeps one list per store (a data
 * folder, a Neo4j database), since a meeting ingested into one store is not in another. It is
 * replaced atomically after each meeting, so an interrupted import loses at most the meeting it was
 * on; a file that is not a state file is refused, left as it is, and never overwritten.
 */
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { writeFileAtomic } from '@govgraph/core';

const meetingStateSchema = z
  .object({
    committeeId: z.string().min(1),
    date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    /** The documents ingested, with the content hash each gave its Source. */
    documents: z.array(z.object({ url: z.string().min(1), contentHash: z.string().optional() }).strict()),
    importedAt: z.string().min(1),
  })
  .strict();

const importStateSchema = z
  .object({
    version: z.literal(1),
    site: z.string().min(1),
    stores: z.record(z.string(), z.object({ meetings: z.record(z.string(), meetingStateSchema) }).strict()),
  })
  .strict();

/** One meeting an import ingested. */
export type MeetingState = z.infer<typeof meetingStateSchema>;
/** A whole state file. */
export type ImportState = z.infer<typeof importStateSchema>;

/** A state file that cannot be used; nothing was written to it. */
export class ImportStateError extends Error {
  override readonly name = 'ImportStateError';
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(message);
  }
}

/** A new, empty state for `site`. */
export function emptyImportState(site: string): ImportState {
  return { version: 1, site, stores: {} };
}

/** Reads a state file (a missing one is an empty state); refuses a malformed file or another site's. */
export async function loadImportState(file: string, site: string): Promise<ImportState> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return emptyImportState(site);
    throw new ImportStateError(file, `the import state file ${file} cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new ImportStateError(file, `the import state file ${file} is not JSON (${(error as Error).message}); it was left as it is: move it away to start afresh`);
  }
  const parsed = importStateSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new ImportStateError(file, `the import state file ${file} is not a govgraph import state (${issue.path.join('.') || '(top)'}: ${issue.message}); it was left as it is`);
  }
  if (parsed.data.site !== site) {
    throw new ImportStateError(file, `the import state file ${file} is for ${parsed.data.site}, not ${site}; give another --state file`);
  }
  return parsed.data;
}

/** Replaces the state file atomically. */
export async function saveImportState(file: string, state: ImportState): Promise<void> {
  await writeFileAtomic(file, `${JSON.stringify(state, null, 2)}\n`, { mode: 0o644 });
}

/** The meeting's entry for a store, if an import already ingested it there. */
export function importedMeeting(state: ImportState, storeKey: string, meetingId: string): MeetingState | undefined {
  return state.stores[storeKey]?.meetings[meetingId];
}

/** Records a meeting as ingested into a store. */
export function recordImportedMeeting(state: ImportState, storeKey: string, meetingId: string, entry: MeetingState): void {
  const store = (state.stores[storeKey] ??= { meetings: {} });
  store.meetings[meetingId] = entry;
}
