/**
 * One process per data directory: two processes appending to one journal would interleave and
 * each would replay the other's writes wrongly. The lock is a file holding the owner's pid,
 * created atomically (written under a private name, then hard-linked into place, which fails if
 * it exists). A lock whose pid is no longer running is stale (a crash or SIGKILL) and is taken over.
 */
import { link, readFile, rename, rm, unlink, writeFile, open } from 'node:fs/promises';
import { GovgraphError } from '@govgraph/core';
import { describeError, fileError } from './disk.js';

/** The lock's file name inside the data directory. */
export const LOCK_FILE = 'lock';

/** Lock paths this process holds, so a second open in the same process is refused too. */
const held = new Set<string>();

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function readOwner(path: string): Promise<string | null> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/** Creates the lock file with our pid, atomically; false when it already exists. */
async function tryCreate(path: string): Promise<boolean> {
  const content = `${process.pid}\n`;
  const privateName = `${path}.${process.pid}.new`;
  await writeFile(privateName, content);
  try {
    await link(privateName, path);
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return false;
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP') throw error;
    // A file system without hard links: exclusive create, then write (a tiny window where the file is empty).
    try {
      const handle = await open(path, 'wx');
      await handle.writeFile(content);
      await handle.close();
      return true;
    } catch (fallbackError) {
      if ((fallbackError as NodeJS.ErrnoException).code === 'EEXIST') return false;
      throw fallbackError;
    }
  } finally {
    await rm(privateName, { force: true });
  }
}

/**
 * Moves a stale lock out of the way, unless another process replaced it meanwhile (then it is put
 * back and the next attempt sees that process's lock).
 */
async function removeStale(path: string, staleContent: string): Promise<void> {
  const aside = `${path}.${process.pid}.stale`;
  try {
    await rename(path, aside);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  if ((await readOwner(aside)) === staleContent) {
    await unlink(aside);
    return;
  }
  await link(aside, path).catch(() => undefined);
  await rm(aside, { force: true });
}

/** A held directory lock; release it on close. */
export class DirectoryLock {
  private constructor(readonly path: string) {}

  /**
   * Takes the lock or throws STORE_UNAVAILABLE naming the pid that holds it. A lock left by a
   * process that is no longer running, or by an earlier process that had this same pid (a restarted
   * container), is taken over.
   */
  static async acquire(path: string): Promise<DirectoryLock> {
    for (let attempt = 0; attempt < 5; attempt++) {
      try {
        if (!held.has(path) && (await tryCreate(path))) {
          held.add(path);
          return new DirectoryLock(path);
        }
        const content = await readOwner(path);
        if (content === null) continue;
        const pid = Number.parseInt(content, 10);
        const ours = pid === process.pid;
        if (Number.isSafeInteger(pid) && pid > 0 && (ours ? held.has(path) : isRunning(pid))) {
          const who = ours ? 'this process' : `process ${pid}`;
          throw new GovgraphError(
            'STORE_UNAVAILABLE',
            `the data directory is in use by ${who} (lock file ${path}); stop it first, or if no govgraph runs as pid ${pid}, delete the lock file`,
            { lockFile: path, pid },
          );
        }
        await removeStale(path, content);
      } catch (error) {
        if (error instanceof GovgraphError) throw error;
        throw fileError(path, `could not take the data directory's lock (${describeError(error)})`, error);
      }
    }
    throw fileError(path, 'could not take the data directory\'s lock: it keeps changing; is another process starting on it?');
  }

  /** Deletes the lock file. */
  async release(): Promise<void> {
    held.delete(this.path);
    await rm(this.path, { force: true });
  }
}
