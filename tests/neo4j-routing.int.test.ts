/**
 * `neo4j://` (the routing scheme clusters and Aura use) works unchanged: the store opened with a
 * routing URI on the test Neo4j (a single server answers the routing table with itself, at the
 * advertised address neo4j-local sets) loads the seeds, answers the questions exactly as the
 * memory store does, and writes through the driver's managed write transactions, which the routing
 * driver sends to the writer. Nothing else changes between `bolt://` and `neo4j://`.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Entity, GraphData, GraphStore } from '@govgraph/core';
import { loadSeedGraph } from '@govgraph/seeds';
import { createMemoryStore } from '@govgraph/store-memory';
import { createNeo4jStore } from '@govgraph/store-neo4j';

const AS_OF = '2022-09-08';

describe('the Neo4j store through a neo4j:// (routing) URI', () => {
  const boltUri = inject('neo4jUri');
  const routingUri = boltUri.replace(/^bolt:/, 'neo4j:');
  let seeds: GraphData;
  let routed: GraphStore;
  let memory: GraphStore;

  beforeAll(async () => {
    seeds = await loadSeedGraph();
    memory = createMemoryStore();
    await memory.replaceAll(seeds);
    routed = await createNeo4jStore({ uri: routingUri });
  }, 180_000);

  afterAll(async () => {
    await routed?.close();
    await memory?.close();
  });

  it('is really a routing URI', () => {
    expect(routingUri).toMatch(/^neo4j:\/\/127\.0\.0\.1:\d+$/);
  });

  it('loads the seeds and answers oversight, neighbourhoods and paths as the memory store does', async () => {
    expect(await routed.replaceAll(seeds)).toEqual(await memory.stats());
    for (const duty of ['prevent', 'domestic-homicide-review', 'serious-violence']) {
      expect(await routed.oversight(duty, { asOf: AS_OF }), duty).toEqual(await memory.oversight(duty, { asOf: AS_OF }));
    }
    expect(await routed.interdependencies('safer-sefton-together', { asOf: AS_OF, depth: 2 })).toEqual(
      await memory.interdependencies('safer-sefton-together', { asOf: AS_OF, depth: 2 }),
    );
    expect(await routed.search('Safer Sefton')).toEqual(await memory.search('Safer Sefton'));
  }, 180_000);

  it('writes through the routing driver, and a bolt:// store on the same server reads the write', async () => {
    await routed.replaceAll(seeds);
    const template = seeds.entities.find((e) => e.kind === 'Body')!;
    const added: Entity = { ...template, id: 'routing-check-body', name: 'Routing Check Board', names: [{ name: 'Routing Check Board', sources: [] }], aliases: [] };
    await routed.apply({ upsertEntities: [added] });
    await memory.apply({ upsertEntities: [added] });
    const direct = await createNeo4jStore({ uri: boltUri });
    try {
      expect(await direct.getEntity('routing-check-body')).toEqual(await memory.getEntity('routing-check-body'));
      expect(await routed.stats()).toEqual(await memory.stats());
    } finally {
      await direct.close();
      await memory.apply({ deleteEntityIds: ['routing-check-body'] });
    }
  }, 120_000);
});
