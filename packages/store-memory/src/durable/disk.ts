/**
 * The few file-system steps the durable store's guarantee rests on, and the seam crash and fault
 * tests use to stop or fail the process at an exact step.
 */
import type { FileHandle } from 'node:fs/promises';
import { GovgraphError } from '@govgraph/core';

/** The steps of a durable write, in the order they run; see {@link StepProbe}. */
export type DurableStep =
  | 'journal-write'
  | 'journal-sync'
  | 'snapshot-write'
  | 'snapshot-sync'
  | 'snapshot-rename'
  | 'directory-sync'
  | 'journal-truncate';

/**
 * Called just before each step. Crash tests pause here (the parent then SIGKILLs the process at a
 * known point); fault tests throw here to make the step fail as a full disk would. Not public API.
 */
export type StepProbe = (step: DurableStep) => void | Promise<void>;

/** The probe used outside tests. */
export const NO_PROBE: StepProbe = () => undefined;

/** Writes all of `bytes` at the handle's position (the end, for a file opened to append). */
export async function writeFully(handle: FileHandle, bytes: Uint8Array): Promise<void> {
  let offset = 0;
  while (offset < bytes.length) {
    const { bytesWritten } = await handle.write(bytes, offset, bytes.length - offset, null);
    offset += bytesWritten;
  }
}

/** The message of an unknown thrown value. */
export function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** A STORE_ERROR about one file of the data directory, keeping the cause. */
export function fileError(file: string, message: string, cause?: unknown, details: Record<string, unknown> = {}): GovgraphError {
  return new GovgraphError('STORE_ERROR', `${file}: ${message}`, { file, ...details }, cause === undefined ? undefined : { cause });
}
