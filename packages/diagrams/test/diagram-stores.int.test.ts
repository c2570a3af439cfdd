/**
 * Diagrams work on both stores: the Sefton seeds in the memory store and in a real Neo4j give
 * byte-identical diagrams, for plain, ended-included and duty-narrowed requests and the board view.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { GraphStore } from '@govgraph/core';
import { DIAGRAM_FORMATS, createDiagram, type DiagramRequest } from '@govgraph/diagrams';
import { createMemoryStore } from '@govgraph/store-memory';
import { createNeo4jStore } from '@govgraph/store-neo4j';
import { loadSeftonSeeds } from './sefton-seeds.js';

let memory: GraphStore;
let neo4j: GraphStore;

beforeAll(async () => {
  const seeds = { data: await loadSeftonSeeds() };
  memory = createMemoryStore();
  await memory.replaceAll(seeds.data);
  neo4j = await createNeo4jStore({ uri: inject('neo4jUri') });
  await neo4j.replaceAll(seeds.data);
});

afterAll(async () => {
  await memory?.close();
  await neo4j?.close();
});

const REQUESTS: DiagramRequest[] = [
  { focus: 'safer-sefton-together', depth: 2, asOf: '2012-07-19' },
  { focus: 'safer-sefton-together', depth: 1, asOf: '2022-09-08', includeEnded: true },
  { focus: 'safer-sefton-together', depth: 2, asOf: '2022-09-08', duty: 'prevent' },
  { focus: 'safer-sefton-together', preset: 'board', asOf: '2022-09-08' },
  { focus: 'safer-sefton-together', preset: 'board', asOf: '2012-07-19', includeEnded: true },
];

describe('diagrams on the memory store and Neo4j', () => {
  it.each(REQUESTS)('are identical for %o', async (request) => {
    for (const format of DIAGRAM_FORMATS.filter((f) => f !== 'svg')) {
      expect(await createDiagram(neo4j, request, format), format).toBe(await createDiagram(memory, request, format));
    }
  });
});
