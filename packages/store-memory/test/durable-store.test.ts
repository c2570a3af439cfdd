/**
 * The durable memory store in one process: what survives close and reopen, how opening repairs a
 * torn last journal line and refuses anything else damaged, the directory lock, failed saves, and
 * the write queue. Crashes of a real process are in `durable-crash.test.ts`.
 */
import { spawn } from 'node:child_process';
import { appendFile, mkdtemp, readFile, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isGovgraphError, type GovgraphError, type GraphData } from '@govgraph/core';
import { openDurableMemoryStore, type DurableMemoryStoreOptions } from '@govgraph/store-memory';
import { DurableMemoryStore } from '../src/durable/durable-store.js';
import type { DurableStep, StepProbe } from '../src/durable/disk.js';
import { entity, link } from './build-facts.js';

const directories: string[] = [];
afterAll(async () => {
  await Promise.all(directories.map((d) => rm(d, { recursive: true, force: true })));
});

async function freshDirectory(): Promise<string> {
  const directory = await mkdtemp(join(tmpdir(), 'govgraph-durable-'));
  directories.push(directory);
  return directory;
}

function seedGraph(): GraphData {
  return { entities: [entity('board'), entity('group'), entity('duty', {}, 'Duty')], links: [link('SUB_GROUP_OF', 'group', 'board')] };
}

/** A clock that ticks one second per call, so audit entries have distinct, checkable times. */
function tickingClock(start = Date.UTC(2026, 0, 1)): () => Date {
  let t = start;
  return () => new Date((t += 1000));
}

async function rejection(promise: Promise<unknown>): Promise<GovgraphError> {
  try {
    await promise;
  } catch (error) {
    if (isGovgraphError(error)) return error;
    throw error;
  }
  throw new Error('expected a rejection');
}

const journalOf = (directory: string) => join(directory, 'journal.ndjson');

/** Applies three audited edits, one unaudited one and a deletion. */
async function makeEdits(store: { apply: DurableMemoryStore['apply'] }, from = 1): Promise<void> {
  for (let i = from; i < from + 3; i++) {
    await store.apply({ upsertEntities: [entity(`team-${i}`)], upsertLinks: [link('SUB_GROUP_OF', `team-${i}`, 'board')] }, { audit: { actor: 'alice', action: 'createEntity', comment: `team ${i}` } });
  }
  await store.apply({ upsertEntities: [entity('board', { name: `Board ${from}` })] });
  await store.apply({ deleteLinkIds: [`SUB_GROUP_OF:team-${from}->board`] }, { audit: { actor: 'bob', role: 'admin', action: 'deleteLink' } });
}

describe('durable memory store: restart', () => {
  it.each([1000, 2])('keeps edits, the audit log (with original times) and replaceAll across close and reopen (compactEvery %i)', async (compactEvery) => {
    const directory = await freshDirectory();
    const options: DurableMemoryStoreOptions = { directory, compactEvery, now: tickingClock(), initialData: async () => seedGraph() };
    const store = await openDurableMemoryStore(options);
    await makeEdits(store);
    await store.replaceAll({ ...seedGraph(), entities: [...seedGraph().entities, entity('panel')] });
    await makeEdits(store, 10);
    const graph = await store.snapshot();
    const audit = await store.auditLog({ limit: 500 });
    expect(audit.map((e) => e.sequence)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(await store.getEntity('panel')).not.toBeNull();
    await store.close();

    // The second clock would stamp different times: equal entries prove they were read back, not rebuilt.
    const reopened = await openDurableMemoryStore({ ...options, now: tickingClock(Date.UTC(2030, 0, 1)), initialData: async () => ({ entities: [], links: [] }) });
    expect(await reopened.snapshot()).toEqual(graph);
    expect(await reopened.auditLog({ limit: 500 })).toEqual(audit);
    expect((await reopened.search('team 11')).map((h) => h.entity.id)).toContain('team-11');
    const next = await reopened.apply({ upsertEntities: [entity('late')] }, { audit: { actor: 'carol', action: 'createEntity' } });
    expect(next.auditEntry).toMatchObject({ sequence: 9, at: '2030-01-01T00:00:01.000Z' });
    await reopened.close();
  });

  it('starts from initialData only when the directory is new', async () => {
    const directory = await freshDirectory();
    let calls = 0;
    const initialData = async () => {
      calls++;
      return seedGraph();
    };
    const first = await openDurableMemoryStore({ directory, initialData });
    await first.apply({ deleteLinkIds: ['SUB_GROUP_OF:group->board'] });
    await first.close();
    const second = await openDurableMemoryStore({ directory, initialData });
    expect(calls).toBe(1);
    expect(await second.getLink('SUB_GROUP_OF:group->board')).toBeNull();
    expect((await second.stats()).entities).toBe(3);
    await second.close();
  });

  it('writes no journal line for a write that changes nothing, and compacts every compactEvery lines', async () => {
    const directory = await freshDirectory();
    const store = await openDurableMemoryStore({ directory, compactEvery: 3, initialData: async () => seedGraph() });
    await store.apply({ upsertEntities: seedGraph().entities }, { audit: { actor: 'alice', action: 'updateEntity' } });
    expect(await readFile(journalOf(directory), 'utf8')).toBe('');
    await store.apply({ upsertEntities: [entity('a')] });
    await store.apply({ upsertEntities: [entity('b')] });
    expect((await readFile(journalOf(directory), 'utf8')).split('\n').filter(Boolean)).toHaveLength(2);
    await store.apply({ upsertEntities: [entity('c')] });
    // The third line triggers a snapshot behind the write; close waits for it.
    await store.close();
    expect(await readFile(journalOf(directory), 'utf8')).toBe('');
    const snapshot = JSON.parse(await readFile(join(directory, 'graph.json'), 'utf8')) as { journalSequence: number; graph: GraphData };
    expect(snapshot.journalSequence).toBe(3);
    expect(snapshot.graph.entities.map((e) => e.id).sort()).toEqual(['a', 'b', 'board', 'c', 'duty', 'group']);
  });

  it('refuses writes and reads after close, and releases the directory', async () => {
    const directory = await freshDirectory();
    const store = await openDurableMemoryStore({ directory });
    await store.close();
    expect((await rejection(store.apply({ upsertEntities: [entity('x')] }))).code).toBe('STORE_UNAVAILABLE');
    expect((await rejection(store.getEntity('x'))).code).toBe('STORE_UNAVAILABLE');
    const again = await openDurableMemoryStore({ directory });
    await again.close();
  });
});

describe('durable memory store: damaged files', () => {
  async function directoryWithEdits(): Promise<{ directory: string; graph: GraphData }> {
    const directory = await freshDirectory();
    const store = await openDurableMemoryStore({ directory, initialData: async () => seedGraph() });
    await makeEdits(store);
    const graph = await store.snapshot();
    await store.close();
    return { directory, graph };
  }

  it.each([
    ['a line cut short', (line: string) => line.slice(0, Math.floor(line.length / 2))],
    ['a whole line whose checksum fails', (line: string) => `${line.replace('alice', 'mallory')}\n`],
    ['zeros from a crash mid-write', () => '\0'.repeat(512)],
  ])('drops a torn last line (%s), warns, truncates the file and carries on', async (_what, tear) => {
    const { directory, graph } = await directoryWithEdits();
    const before = await readFile(journalOf(directory), 'utf8');
    const lastLine = before.split('\n').filter(Boolean).at(-1)!;
    await appendFile(journalOf(directory), tear(lastLine.replace('"sequence":5', '"sequence":6')));
    const warnings: string[] = [];
    const store = await openDurableMemoryStore({ directory, onWarning: (m) => warnings.push(m) });
    expect(await store.snapshot()).toEqual(graph);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('journal.ndjson: dropped line 6');
    expect(await readFile(journalOf(directory), 'utf8')).toBe(before);
    await store.apply({ upsertEntities: [entity('after-repair')] });
    await store.close();
    const reopened = await openDurableMemoryStore({ directory, onWarning: (m) => warnings.push(m) });
    expect(await reopened.getEntity('after-repair')).not.toBeNull();
    expect(warnings).toHaveLength(1);
    await reopened.close();
  });

  it('refuses a damaged line in the middle of the journal, naming the file and line, and changes nothing', async () => {
    const { directory } = await directoryWithEdits();
    const lines = (await readFile(journalOf(directory), 'utf8')).split('\n');
    lines[1] = lines[1]!.replace('team-2', 'team-X');
    const damaged = lines.join('\n');
    await writeFile(journalOf(directory), damaged);
    const error = await rejection(openDurableMemoryStore({ directory }));
    expect(error.code).toBe('STORE_ERROR');
    expect(error.details).toMatchObject({ file: journalOf(directory), line: 2 });
    expect(error.message).toContain('line 2');
    expect(await readFile(journalOf(directory), 'utf8')).toBe(damaged);
    // The failed open released the directory.
    await expect(stat(join(directory, 'lock'))).rejects.toThrow();
  });

  it('refuses a journal with a missing line (a gap in the sequence)', async () => {
    const { directory } = await directoryWithEdits();
    const lines = (await readFile(journalOf(directory), 'utf8')).split('\n');
    lines.splice(2, 1);
    await writeFile(journalOf(directory), lines.join('\n'));
    const error = await rejection(openDurableMemoryStore({ directory }));
    expect(error.code).toBe('STORE_ERROR');
    expect(error.details).toMatchObject({ line: 3 });
  });

  it('refuses a damaged or foreign snapshot, and a journal without its snapshot', async () => {
    const { directory } = await directoryWithEdits();
    const snapshotPath = join(directory, 'graph.json');
    const good = await readFile(snapshotPath, 'utf8');
    await writeFile(snapshotPath, good.replace('"board"', '"boarb"'));
    const damaged = await rejection(openDurableMemoryStore({ directory }));
    expect(damaged.code).toBe('STORE_ERROR');
    expect(damaged.details).toMatchObject({ file: snapshotPath });
    await writeFile(snapshotPath, JSON.stringify({ entities: [], links: [] }));
    expect((await rejection(openDurableMemoryStore({ directory }))).code).toBe('STORE_ERROR');
    await rm(snapshotPath);
    const orphan = await rejection(openDurableMemoryStore({ directory, initialData: async () => seedGraph() }));
    expect(orphan.code).toBe('STORE_ERROR');
    expect(orphan.details).toMatchObject({ file: journalOf(directory) });
  });
});

describe('durable memory store: one process per directory', () => {
  it('refuses a second open in the same process, naming the pid, also through a symlink', async () => {
    const directory = await freshDirectory();
    const store = await openDurableMemoryStore({ directory });
    const error = await rejection(openDurableMemoryStore({ directory }));
    expect(error.code).toBe('STORE_UNAVAILABLE');
    expect(error.details).toMatchObject({ pid: process.pid });
    const alias = `${directory}-alias`;
    await symlink(directory, alias);
    directories.push(alias);
    expect((await rejection(openDurableMemoryStore({ directory: alias }))).code).toBe('STORE_UNAVAILABLE');
    await store.close();
  });

  it('refuses a directory locked by another running process, and takes over once it has died', async () => {
    const directory = await freshDirectory();
    const other = spawn(process.execPath, ['-e', 'process.stdin.resume()'], { stdio: ['pipe', 'ignore', 'ignore'] });
    const exited = new Promise((done) => other.on('exit', done));
    await writeFile(join(directory, 'lock'), `${other.pid}\n`);
    const error = await rejection(openDurableMemoryStore({ directory }));
    expect(error.code).toBe('STORE_UNAVAILABLE');
    expect(error.details).toMatchObject({ pid: other.pid });
    expect(error.message).toContain(`process ${other.pid}`);
    other.stdin!.end();
    await exited;
    const store = await openDurableMemoryStore({ directory });
    expect(await readFile(join(directory, 'lock'), 'utf8')).toBe(`${process.pid}\n`);
    await store.close();
  });

  it('takes over a lock left by an earlier process with this same pid (a restarted container)', async () => {
    const directory = await freshDirectory();
    await writeFile(join(directory, 'lock'), `${process.pid}\n`);
    const store = await openDurableMemoryStore({ directory });
    await store.close();
  });
});

describe('durable memory store: failed saves and the write queue', () => {
  /**
   * A probe that throws once at `step`, as a full disk or an I/O error would, after letting it pass
   * `skip` times (the snapshot written on opening a new directory passes the snapshot steps once).
   */
  function failOnce(step: DurableStep, skip = step.startsWith('journal') ? 0 : 1): StepProbe {
    let seen = 0;
    return (at) => {
      if (at === step && seen++ === skip) {
        throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
      }
    };
  }

  it.each<DurableStep>(['journal-write', 'journal-sync'])('rejects an apply whose journal %s fails with STORE_ERROR, changing nothing', async (step) => {
    const directory = await freshDirectory();
    const store = await DurableMemoryStore.open({ directory, initialData: async () => seedGraph() }, failOnce(step));
    const graph = await store.snapshot();
    const journalBefore = await readFile(journalOf(directory), 'utf8');
    const error = await rejection(store.apply({ upsertEntities: [entity('lost')] }, { audit: { actor: 'alice', action: 'createEntity' } }));
    expect(error.code).toBe('STORE_ERROR');
    expect(error.message).toContain('ENOSPC');
    expect(await store.snapshot()).toEqual(graph);
    expect(await store.auditLog()).toEqual([]);
    // A line written before the failing fsync was cut off again.
    expect(await readFile(journalOf(directory), 'utf8')).toBe(journalBefore);
    const kept = await store.apply({ upsertEntities: [entity('kept')] }, { audit: { actor: 'alice', action: 'createEntity' } });
    expect(kept.auditEntry?.sequence).toBe(1);
    await store.close();
    const reopened = await openDurableMemoryStore({ directory });
    expect(await reopened.getEntity('lost')).toBeNull();
    expect(await reopened.getEntity('kept')).not.toBeNull();
    expect((await reopened.auditLog()).map((e) => e.sequence)).toEqual([1]);
    await reopened.close();
  });

  it.each<DurableStep>(['snapshot-write', 'snapshot-sync', 'snapshot-rename'])('rejects a replaceAll whose snapshot fails at %s, keeping the old graph in memory and on disk', async (step) => {
    const directory = await freshDirectory();
    const store = await DurableMemoryStore.open({ directory, initialData: async () => seedGraph() }, failOnce(step));
    await store.apply({ upsertEntities: [entity('edited')] });
    const graph = await store.snapshot();
    expect((await rejection(store.replaceAll({ entities: [entity('other')], links: [] }))).code).toBe('STORE_ERROR');
    expect(await store.snapshot()).toEqual(graph);
    await store.close();
    const reopened = await openDurableMemoryStore({ directory });
    expect(await reopened.snapshot()).toEqual(graph);
    await reopened.close();
  });

  it('stops taking writes when a replaced graph cannot be made durable (directory sync failed after the rename)', async () => {
    const directory = await freshDirectory();
    const store = await DurableMemoryStore.open({ directory, initialData: async () => seedGraph() }, failOnce('directory-sync'));
    const error = await rejection(store.replaceAll({ entities: [entity('other')], links: [] }));
    expect(error.code).toBe('STORE_ERROR');
    expect(error.details).toMatchObject({ renamed: true });
    // The new graph is in place on disk, so memory follows it; later writes could not be trusted.
    expect(await store.getEntity('other')).not.toBeNull();
    expect((await rejection(store.apply({ upsertEntities: [entity('later')] }))).code).toBe('STORE_ERROR');
    await store.close();
    const reopened = await openDurableMemoryStore({ directory });
    expect((await reopened.snapshot()).entities.map((e) => e.id)).toEqual(['other']);
    await reopened.close();
  });

  it('keeps taking writes when a background snapshot fails, warning; the journal still holds them', async () => {
    const directory = await freshDirectory();
    const warnings: string[] = [];
    const store = await DurableMemoryStore.open({ directory, compactEvery: 2, onWarning: (m) => warnings.push(m) }, failOnce('snapshot-sync'));
    for (const id of ['a', 'b', 'c']) await store.apply({ upsertEntities: [entity(id)] });
    await store.close();
    expect(warnings.join('\n')).toContain('the journal still holds every write');
    const reopened = await openDurableMemoryStore({ directory });
    expect((await reopened.snapshot()).entities.map((e) => e.id)).toEqual(['a', 'b', 'c']);
    await reopened.close();
  });

  it('lets reads see the previous graph while a write waits for its fsync, and queues writes behind it', async () => {
    const directory = await freshDirectory();
    let release!: () => void;
    const gate = new Promise<void>((done) => (release = done));
    let syncing!: () => void;
    const reachedSync = new Promise<void>((done) => (syncing = done));
    let held = false;
    const store = await DurableMemoryStore.open({ directory, initialData: async () => seedGraph() }, async (step) => {
      if (step === 'journal-sync' && !held) {
        held = true;
        syncing();
        await gate;
      }
    });
    const first = store.apply({ upsertEntities: [entity('board', { name: 'Renamed' })] });
    await reachedSync;
    expect((await store.getEntity('board'))?.name).toBe('board');
    const second = store.apply({ deleteEntityIds: ['group'], deleteLinkIds: ['SUB_GROUP_OF:group->board'] });
    expect(await store.getEntity('group')).not.toBeNull();
    release();
    await first;
    expect((await store.getEntity('board'))?.name).toBe('Renamed');
    await second;
    expect(await store.getEntity('group')).toBeNull();
    await store.close();
  });

  it('does not see changes the caller makes to its objects while the write waits', async () => {
    const directory = await freshDirectory();
    const store = await openDurableMemoryStore({ directory });
    const team = entity('team');
    const pending = store.apply({ upsertEntities: [team] });
    team.name = 'changed afterwards';
    await pending;
    await store.close();
    const reopened = await openDurableMemoryStore({ directory });
    expect((await reopened.getEntity('team'))?.name).toBe('team');
    await reopened.close();
  });
});
