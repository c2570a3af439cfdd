/**
 * Replacing a small file so that a crash at any moment leaves either the old content or the new,
 * never a torn mix: write a temporary file beside it, fsync it, rename it over the target (atomic
 * on POSIX within one folder), then fsync the folder so the rename itself survives a power cut.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** Options of {@link writeFileAtomic}. */
export interface WriteFileAtomicOptions {
  /** Permission bits of the new file; default 0o600 (owner read/write only). */
  mode?: number | undefined;
  /** Permission bits of a parent folder that has to be created; default 0o700. */
  directoryMode?: number | undefined;
}

/** Writes `text` to `file` atomically (see the module comment), creating its folder if needed. */
export async function writeFileAtomic(file: string, text: string, options: WriteFileAtomicOptions = {}): Promise<void> {
  const mode = options.mode ?? 0o600;
  const directory = dirname(file);
  await mkdir(directory, { recursive: true, mode: options.directoryMode ?? 0o700 });
  const temporary = join(directory, `.${basename(file)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  const handle = await open(temporary, 'wx', mode);
  try {
    await handle.chmod(mode); // the umask may have removed bits we asked for; never adds any we did not
    await handle.writeFile(text, 'utf8');
    await handle.sync();
  } catch (error) {
    await handle.close();
    await rm(temporary, { force: true });
    throw error;
  }
  await handle.close();
  try {
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
  await syncDirectory(directory);
}

/** fsyncs a folder (so a rename in it is durable); platforms that cannot open folders skip it. */
async function syncDirectory(directory: string): Promise<void> {
  let handle;
  try {
    handle = await open(directory, 'r');
    await handle.sync();
  } catch {
    // Windows cannot fsync a folder; the rename is still atomic there.
  } finally {
    await handle?.close();
  }
}
