/**
 * Round trip on Neo4j (the shared server of tests/setup/neo4j-global-setup.ts): the real seeds are
 * loaded into Neo4j, Neo4j's snapshot is exported to seed YAML, checked (0 problems) and loaded
 * again; Neo4j then holds the identical graph, equal to the seeds as loaded from YAML.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import type { GraphData, GraphStore } from '@govgraph/core';
import { checkSeedDirectories, defaultSeedDirectories, exportSeedFiles, loadSeedDirectories } from '@govgraph/seeds';
import { createNeo4jStore } from '@govgraph/store-neo4j';

let store: GraphStore;
let work: string;

beforeAll(async () => {
  store = await createNeo4jStore({ uri: inject('neo4jUri') });
  work = await mkdtemp(join(tmpdir(), 'govgraph-export-neo4j-'));
});

afterAll(async () => {
  await store?.close();
  await rm(work, { recursive: true, force: true });
});

/** JSON form: `undefined` fields dropped. */
function plain(data: GraphData): GraphData {
  return JSON.parse(JSON.stringify(data)) as GraphData;
}

it('exports Neo4j to seed YAML that checks clean and reloads into the identical graph', async () => {
  const seeds = await loadSeedDirectories(defaultSeedDirectories());
  expect(seeds.problems.filter((p) => p.severity === 'error')).toEqual([]);
  await store.replaceAll(seeds.data);
  const before = await store.snapshot();
  expect(plain(before)).toStrictEqual(plain(seeds.data));

  const exported = await exportSeedFiles(before, { format: 'yaml', out: join(work, 'yaml') });
  const report = await checkSeedDirectories(exported.directories);
  expect(report.problems).toEqual([]);

  await store.replaceAll(report.data);
  const after = await store.snapshot();
  expect(plain(after)).toStrictEqual(plain(before));
});
