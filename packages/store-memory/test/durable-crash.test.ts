/**
 * Real crashes: a child process applies numbered edits through the durable store and is SIGKILLed
 * after some acknowledgements, or while a compaction's snapshot is at a chosen step. Reopening
 * must show every acknowledged edit and a prefix of the edits (never half of one), with the audit
 * log matching it entry for entry and nothing applied twice.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { GraphStore } from '@govgraph/core';
import { DurableMemoryStore } from '../src/durable/durable-store.js';
import type { DurableStep } from '../src/durable/disk.js';

const here = fileURLToPath(new URL('.', import.meta.url));
const repoRoot = resolve(here, '../../..');
const writer = join(here, 'fixtures/crash-writer.ts');
const directories: string[] = [];

afterAll(async () => {
  await Promise.all(directories.map((d) => rm(d, { recursive: true, force: true })));
});

/**
 * Runs the writer until `stopWhen` accepts a line of its output, then SIGKILLs it. Resolves with
 * the number of edits it acknowledged, counting acknowledgements still read after the kill was
 * sent: the signal lands a moment later, and every edit acknowledged before it must survive.
 */
async function runAndKill(directory: string, pauseAt: DurableStep | '-', compactEvery: number, stopWhen: (line: string, acked: number) => boolean): Promise<number> {
  const child = spawn(process.execPath, ['--conditions=@govgraph/source', '--import', 'tsx', writer, directory, pauseAt, String(compactEvery)], {
    cwd: repoRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<NodeJS.Signals | number | null>((done) => child.on('exit', (code, signal) => done(signal ?? code)));
  let acked = 0;
  let killed = false;
  let pending = '';
  await new Promise<void>((done, fail) => {
    child.stdout.on('data', (chunk: Buffer) => {
      pending += chunk.toString();
      let newline: number;
      while ((newline = pending.indexOf('\n')) >= 0) {
        const line = pending.slice(0, newline);
        pending = pending.slice(newline + 1);
        const ack = /^ack (\d+)$/.exec(line);
        if (ack) acked = Number(ack[1]);
        if (!killed && stopWhen(line, acked)) {
          killed = true;
          child.kill('SIGKILL');
          done();
        }
      }
    });
    child.on('exit', (code) => {
      if (!killed) fail(new Error(`the writer exited by itself (${code}) before it was killed:\n${stderr}`));
    });
  });
  expect(await exited).toBe('SIGKILL');
  // Output written before the signal landed may still be in the pipe.
  await new Promise<void>((done) => (child.stdout.readableEnded ? done() : child.stdout.on('end', done)));
  return acked;
}

/** Checks the reopened store holds edits 1..K for some K >= acked, whole, and returns K. */
async function checkPrefix(store: GraphStore, acked: number): Promise<number> {
  const counter = await store.getEntity('counter');
  const k = (counter?.attributes as { count: number }).count;
  expect(k).toBeGreaterThanOrEqual(acked);
  const { entities, links } = await store.snapshot();
  expect(entities.map((e) => e.id).sort()).toEqual(['counter', 'root', ...Array.from({ length: k }, (_, i) => `edit-${i + 1}`)].sort());
  expect(links.map((l) => l.id).sort()).toEqual(Array.from({ length: k }, (_, i) => `SUB_GROUP_OF:edit-${i + 1}->root`).sort());
  const audit = await store.auditLog({ limit: 500 });
  expect(audit.map((e) => [e.sequence, e.comment])).toEqual(Array.from({ length: k }, (_, i) => [i + 1, `edit ${i + 1}`]));
  for (const [i, entry] of audit.entries()) {
    expect(entry.changes.map((c) => c.id)).toEqual([`counter`, `edit-${i + 1}`, `SUB_GROUP_OF:edit-${i + 1}->root`]);
  }
  return k;
}

/** Reopens twice: the second open (after the first one's repairs and compaction) must see the same. */
async function reopenAndCheck(directory: string, acked: number): Promise<number> {
  const first = await DurableMemoryStore.open({ directory });
  const k = await checkPrefix(first, acked);
  const graph = await first.snapshot();
  const audit = await first.auditLog({ limit: 500 });
  await first.close();
  const second = await DurableMemoryStore.open({ directory });
  expect(await second.snapshot()).toEqual(graph);
  expect(await second.auditLog({ limit: 500 })).toEqual(audit);
  await second.close();
  return k;
}

async function freshDirectory(): Promise<string> {
  const directory = await mkdtemp(join(tmpdir(), 'govgraph-crash-'));
  directories.push(directory);
  return directory;
}

describe('durable memory store: SIGKILL', () => {
  it.each([
    [1, 1000],
    [9, 1000],
    [12, 5],
    [23, 4],
  ])('keeps every acknowledged edit when killed after %i acks (compactEvery %i)', async (kills, compactEvery) => {
    const directory = await freshDirectory();
    const acked = await runAndKill(directory, '-', compactEvery, (_line, n) => n >= kills);
    // The writer keeps going until the signal lands, so a few more edits may be acknowledged.
    expect(acked).toBeGreaterThanOrEqual(kills);
    await reopenAndCheck(directory, acked);
  });

  it('survives repeated crashes on the same directory, carrying on from where it stopped', async () => {
    const directory = await freshDirectory();
    let total = 0;
    for (const more of [3, 4, 6]) {
      const acked = await runAndKill(directory, '-', 3, (_line, n) => n >= total + more);
      total = await reopenAndCheck(directory, acked);
    }
    expect(total).toBeGreaterThanOrEqual(13);
  });

  it.each<[DurableStep, number]>([
    ['snapshot-sync', 5],
    ['snapshot-rename', 5],
    ['directory-sync', 0],
    ['journal-truncate', 0],
  ])('applies nothing twice and loses nothing when killed during a compaction, at %s', async (step, journalLinesLeft) => {
    const directory = await freshDirectory();
    const acked = await runAndKill(directory, step, 5, (line) => line === `paused ${step}`);
    // The sixth edit waits behind the compaction, so exactly five were acknowledged and made.
    expect(acked).toBe(5);
    expect(await reopenAndCheck(directory, acked)).toBe(5);
    expect(existsSync(join(directory, 'graph.json.tmp'))).toBe(false);
    // Killed before the rename, the old snapshot and the whole journal remain; after it, opening
    // found every journal line already in the snapshot, skipped them and emptied the journal.
    const lines = (await readFile(join(directory, 'journal.ndjson'), 'utf8')).split('\n').filter(Boolean);
    expect(lines).toHaveLength(journalLinesLeft);
  });
});
