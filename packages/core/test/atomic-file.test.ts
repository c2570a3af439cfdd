import { mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AtomicWriteError, writeFileAtomic, type AtomicWriteStep } from '@govgraph/core';

let folder: string;

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'govgraph-atomic-'));
});

afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('writeFileAtomic', () => {
  it('replaces the file whole with mode 0600 and leaves no temporary file', async () => {
    const file = join(folder, 'data.json');
    await writeFile(file, 'old content', { mode: 0o644 });
    await writeFileAtomic(file, 'new content');
    expect(await readFile(file, 'utf8')).toBe('new content');
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect(await readdir(folder)).toEqual(['data.json']);
  });

  it('leaves the old content when the write fails', async () => {
    const file = join(folder, 'data.json');
    await writeFile(file, 'old content');
    const huge = { toString: () => { throw new Error('cannot serialise'); } } as unknown as string;
    await expect(writeFileAtomic(file, huge)).rejects.toThrow();
    expect(await readFile(file, 'utf8')).toBe('old content');
    expect(await readdir(folder)).toEqual(['data.json']);
  });

  it('runs its steps in order through a fixed temporary file, and says whether a failure came after the rename', async () => {
    const file = join(folder, 'graph.json');
    const temporaryFile = join(folder, 'graph.json.tmp');
    const steps: AtomicWriteStep[] = [];
    await writeFileAtomic(file, 'one', { temporaryFile, beforeStep: (step) => void steps.push(step) });
    expect(steps).toEqual(['write', 'sync', 'rename', 'directory-sync']);

    const failAt = (at: AtomicWriteStep) => (step: AtomicWriteStep) => {
      if (step === at) throw new Error(`disk full at ${step}`);
    };
    const beforeRename = await writeFileAtomic(file, 'two', { temporaryFile, beforeStep: failAt('rename') }).catch((e: unknown) => e);
    expect(beforeRename).toBeInstanceOf(AtomicWriteError);
    expect((beforeRename as AtomicWriteError).renamed).toBe(false);
    expect(await readFile(file, 'utf8')).toBe('one');
    expect(await readdir(folder)).toEqual(['graph.json']);

    const afterRename = await writeFileAtomic(file, 'three', { temporaryFile, beforeStep: failAt('directory-sync') }).catch((e: unknown) => e);
    expect((afterRename as AtomicWriteError).renamed).toBe(true);
    expect(await readFile(file, 'utf8')).toBe('three');
  });
});
