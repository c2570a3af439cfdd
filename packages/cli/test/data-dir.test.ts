/**
 * `--data-dir`: the memory store kept in a folder. The seeds fill it the first time; afterwards
 * the folder's graph, with its edits, wins and stderr says so; `govgraph load` replaces the graph
 * but keeps the audit log.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { openDurableMemoryStore } from '@govgraph/store-memory';
import { EXIT, runCli } from '../src/index.js';
import { captureOutput } from './output-capture.js';

const fixtures = fileURLToPath(new URL('../../seeds/test/fixtures/', import.meta.url));
const seeds = ['--seeds', `${fixtures}clean-national`, `${fixtures}clean-local`];
const nameQuery = '{ entity(id: "example-asb-group") { name } }';
const captured = captureOutput();
const directories: string[] = [];

afterAll(async () => {
  await Promise.all(directories.map((d) => rm(d, { recursive: true, force: true })));
});

async function queryName(dataDir: string): Promise<string> {
  captured.stdout = [];
  expect(await runCli(['query', nameQuery, ...seeds, '--data-dir', dataDir])).toBe(EXIT.ok);
  return (JSON.parse(captured.stdout.join('')) as { data: { entity: { name: string } } }).data.entity.name;
}

describe('--data-dir', () => {
  it('fills a new folder from the seeds, then keeps using the folder with its edits; load replaces the graph and keeps the audit log', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'govgraph-data-dir-'));
    directories.push(dataDir);

    expect(await queryName(dataDir)).toBe('Anti-social Behaviour Group');
    expect(captured.stderr.join('')).toContain(`saved the seeds into the new data folder ${dataDir}`);

    // An edit made by another process (e.g. the API) lands in the folder.
    const store = await openDurableMemoryStore({ directory: dataDir });
    const group = (await store.getEntity('example-asb-group'))!;
    await store.apply({ upsertEntities: [{ ...group, name: 'Edited Group' }] }, { audit: { actor: 'alice', action: 'updateEntity' } });
    await store.close();

    captured.stderr = [];
    expect(await queryName(dataDir)).toBe('Edited Group');
    expect(captured.stderr.join('')).toContain(`using the graph in ${dataDir}`);

    // The load would replace alice's edit: refused, naming it, and nothing changes.
    captured.stderr = [];
    expect(await runCli(['load', ...seeds, '--data-dir', dataDir, '--actor', 'loader'])).toBe(EXIT.problems);
    const refusal = captured.stderr.join('');
    expect(refusal).toContain('1 audited write since the last load would be replaced by this load; nothing was loaded');
    expect(refusal).toMatch(/#1 \S+ updateEntity by alice \(example-asb-group\)/);
    expect(refusal).toContain(`govgraph export --data-dir ${dataDir} --out <folder>`);
    expect(refusal).toContain('--replace-edits');
    expect(await queryName(dataDir)).toBe('Edited Group');

    captured.stdout = [];
    expect(await runCli(['load', ...seeds, '--data-dir', dataDir, '--actor', 'loader', '--replace-edits'])).toBe(EXIT.ok);
    expect(captured.stdout.join('')).toContain(
      'recorded as audit entry 2, by loader; it replaced 1 edit, still in the audit log\n' +
        'entities: 0 added, 0 removed, 1 changed\n  changed example-asb-group\nlinks: 0 added, 0 removed, 0 changed\n',
    );
    expect(await queryName(dataDir)).toBe('Anti-social Behaviour Group');
    // Nothing edited since that load: the next one needs no flag.
    expect(await runCli(['load', ...seeds, '--data-dir', dataDir, '--actor', 'loader', '--comment', 'nightly reload'])).toBe(EXIT.ok);
    const reopened = await openDurableMemoryStore({ directory: dataDir });
    const log = await reopened.auditLog();
    expect(log.map((e) => [e.sequence, e.actor, e.action])).toEqual([
      [1, 'alice', 'updateEntity'],
      [2, 'loader', 'load'],
      [3, 'loader', 'load'],
    ]);
    expect(log[1]).toMatchObject({ comment: `seeds: ${fixtures}clean-national, ${fixtures}clean-local`, changes: [] });
    expect(log[1]!.replacedGraph!.before).toEqual(log[1]!.replacedGraph!.after);
    // What the load undid: the edit's entity, back as the seeds have it.
    expect(log[1]!.replacedGraph!.entities).toEqual({ added: 0, removed: 0, changed: 1, addedIds: [], removedIds: [], changedIds: ['example-asb-group'] });
    expect(log[2]).toMatchObject({ comment: 'nightly reload' });
    await reopened.close();

    // The same log from the command line.
    captured.stdout = [];
    expect(await runCli(['audit', '--data-dir', dataDir])).toBe(EXIT.ok);
    const text = captured.stdout.join('');
    expect(text).toMatch(/^#1 {2}\S+ {2}updateEntity by alice\n {4}changed entity example-asb-group\n#2 {2}\S+ {2}load by loader\n/);
    expect(text).toMatch(/replaced the whole graph: (\d+) entities and (\d+) links before, \1 and \2 after/);
    expect(text).toContain('\n    entities: 0 added, 0 removed, 1 changed\n      changed example-asb-group\n    links: 0 added, 0 removed, 0 changed\n');
    captured.stdout = [];
    expect(await runCli(['audit', '--data-dir', dataDir, '--action', 'load', '--newest-first', '--limit', '1', '--format', 'json'])).toBe(EXIT.ok);
    expect((JSON.parse(captured.stdout.join('')) as { sequence: number; comment: string }[]).map((e) => [e.sequence, e.comment])).toEqual([[3, 'nightly reload']]);
    captured.stdout = [];
    expect(await runCli(['audit', '--data-dir', dataDir, '--actor', 'nobody'])).toBe(EXIT.ok);
    expect(captured.stdout.join('')).toBe('no audit entries match\n');
    expect(await runCli(['audit', '--data-dir', dataDir, '--limit', '0'])).toBe(EXIT.usage);
    expect(await runCli(['audit', '--data-dir', dataDir, '--after', 'x'])).toBe(EXIT.usage);
  });

  it('is refused with --store neo4j', async () => {
    expect(await runCli(['query', nameQuery, '--store', 'neo4j', '--uri', 'neo4j://localhost:1', '--data-dir', 'unused'])).toBe(EXIT.usage);
    expect(captured.stderr.join('')).toContain('--data-dir');
  });
});
