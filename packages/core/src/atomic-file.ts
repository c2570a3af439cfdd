/**
 * Replacing a file so that a crash at any moment leaves either the old content or the new, never a
 * torn mix: write a temporary file beside it, fsync it, rename it over the target (atomic on POSIX
 * within one folder), then fsync the folder so the rename itself survives a power cut. The API-key
 * file and the embedded store's snapshots are both written this way.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** The steps of {@link writeFileAtomic}, in the order they run. */
export type AtomicWriteStep = 'write' | 'sync' | 'rename' | 'directory-sync';

/** Options of {@link writeFileAtomic}. */
export interface WriteFileAtomicOptions {
  /** Permission bits of the new file; default 0o600 (owner read/write only). */
  mode?: number | undefined;
  /** Permission bits of a parent folder that has to be created; default 0o700. */
  directoryMode?: number | undefined;
  /**
   * The temporary file, beside the target. Default: a unique name. A fixed name lets a caller
   * delete what a crash left behind when it next starts.
   */
  temporaryFile?: string | undefined;
  /** Called just before each step: crash tests stop the process there, fault tests throw there. */
  beforeStep?: ((step: AtomicWriteStep) => void | Promise<void>) | undefined;
}

/** A failed {@link writeFileAtomic}; `renamed` says whether the new content had already replaced the old (only the folder sync failed). */
export class AtomicWriteError extends Error {
  override readonly name = 'AtomicWriteError';
  constructor(
    message: string,
    readonly renamed: boolean,
    options: { cause: unknown },
  ) {
    super(message, options);
  }
}

/** Writes `text` to `file` atomically (see the module comment), creating its folder if needed. */
export async function writeFileAtomic(file: string, text: string, options: WriteFileAtomicOptions = {}): Promise<void> {
  const mode = options.mode ?? 0o600;
  const beforeStep = options.beforeStep ?? (() => undefined);
  const directory = dirname(file);
  const temporary = options.temporaryFile ?? join(directory, `.${basename(file)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  let renamed = false;
  try {
    await mkdir(directory, { recursive: true, mode: options.directoryMode ?? 0o700 });
    await beforeStep('write');
    const handle = await open(temporary, 'w', mode);
    try {
      await handle.chmod(mode); // the umask may have removed bits we asked for; never adds any we did not
      await handle.writeFile(text, 'utf8');
      await beforeStep('sync');
      await handle.sync();
    } finally {
      await handle.close();
    }
    await beforeStep('rename');
    await rename(temporary, file);
    renamed = true;
    await beforeStep('directory-sync');
    await syncDirectory(directory);
  } catch (error) {
    if (!renamed) await rm(temporary, { force: true }).catch(() => undefined);
    const message = error instanceof Error ? error.message : String(error);
    throw new AtomicWriteError(`could not replace ${basename(file)}: ${message}`, renamed, { cause: error });
  }
}

/**
 * Flushes a folder's entries (a rename, a newly created file) to the disk, which POSIX needs beyond
 * fsync of the file itself. Windows cannot open a folder for this and orders renames itself, so
 * there it does nothing.
 */
export async function syncDirectory(directory: string): Promise<void> {
  if (process.platform === 'win32') return;
  const handle = await open(directory, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
