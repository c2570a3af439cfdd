/**
 * Ingestion works on any GraphStore through the port: on the memory store and on a real Neo4j the
 * same documents give the same plan, the same graph after writing, and nothing to do the second time.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { GraphStore } from '@govgraph/core';
import { createNeo4jStore } from '@govgraph/store-neo4j';
import { applyIngestPlan, planIngest, type IngestPlan } from '@govgraph/minutes';
import { fixtureText, inputFor, seedGraph, seededStore } from './ingest-fixture.js';

let memory: GraphStore;
let neo4j: GraphStore;

beforeAll(async () => {
  memory = await seededStore();
  neo4j = await createNeo4jStore({ uri: inject('neo4jUri') });
  await neo4j.replaceAll(seedGraph());
});

afterAll(async () => {
  await memory?.close();
  await neo4j?.close();
});

const FILES = ['pack-eastmere-2023-10-12.txt', 'web-northbay-2021-02-04.txt'];

async function plan(store: GraphStore): Promise<IngestPlan> {
  return planIngest(store, await Promise.all(FILES.map(async (f) => inputFor(store, fixtureText(f), f))));
}

describe('ingestion on the memory store and Neo4j', () => {
  it('plans the same changes, writes the same graph, and a second ingest adds nothing', async () => {
    const [onMemory, onNeo4j] = [await plan(memory), await plan(neo4j)];
    expect(onNeo4j).toEqual(onMemory);
    expect(onMemory.diff.length).toBeGreaterThan(10);
    await applyIngestPlan(memory, onMemory);
    await applyIngestPlan(neo4j, onNeo4j);
    expect(await neo4j.snapshot()).toEqual(await memory.snapshot());
    const again = await plan(neo4j);
    expect(again.diff).toEqual([]);
    expect(again.changes).toEqual({});
  });
});
