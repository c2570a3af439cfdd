/**
 * Faults on a real Neo4j of its own (not the shared one: this file kills and restarts it, and turns
 * auth on): the server dying in the middle of a load gives STORE_UNAVAILABLE and, after a restart,
 * the previous graph intact; wrong credentials give STORE_AUTH_FAILED; nothing listening gives
 * STORE_UNAVAILABLE. Errors name the server and never the password.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findFreePort, startLocalNeo4j, type LocalNeo4j } from '@govgraph/neo4j-local';
import { createNeo4jStore } from '@govgraph/store-neo4j';
import { isGovgraphError, type Entity, type GraphData, type GraphStore, type Link } from '@govgraph/core';
import { fixtureGraph } from '@govgraph/store-contract';

const PASSWORD = 'govgraph-fault-test';

/** A graph big enough that loading it takes seconds: a long SUB_GROUP_OF chain of bodies. */
function bulkGraph(size: number): GraphData {
  const entities: Entity[] = Array.from({ length: size }, (_, i) => ({
    id: `bulk-body-${i}`,
    kind: 'Body',
    name: `Bulk body ${i}`,
    names: [{ name: `Bulk body ${i}`, sources: [] }],
    aliases: [],
    area: 'bulk',
    status: 'in-force',
    confidence: 'stated',
    sources: [],
    attributes: { bodyType: 'sub-group' },
  }));
  const links: Link[] = entities.slice(1).map((e, i) => ({
    id: `SUB_GROUP_OF:${e.id}->bulk-body-${i}`,
    kind: 'SUB_GROUP_OF',
    from: e.id,
    to: `bulk-body-${i}`,
    status: 'in-force',
    confidence: 'stated',
    sources: [],
  }));
  return { entities, links };
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the promise to reject');
}

describe('Neo4j store under faults', () => {
  let server: LocalNeo4j;
  const open = (): Promise<GraphStore> => createNeo4jStore({ uri: server.uri, user: 'neo4j', password: PASSWORD, maxTransactionRetryTimeMs: 2_000 });

  beforeAll(async () => {
    server = await startLocalNeo4j({ password: PASSWORD });
  }, 180_000);

  afterAll(async () => {
    await server?.stop();
  }, 60_000);

  it('refuses wrong credentials with STORE_AUTH_FAILED, naming the server but not the password', async () => {
    const error = await rejection(createNeo4jStore({ uri: server.uri, user: 'neo4j', password: 'not-the-password' }));
    expect(isGovgraphError(error, 'STORE_AUTH_FAILED')).toBe(true);
    expect((error as Error).message).toContain(server.uri);
    expect((error as Error).message).not.toContain('not-the-password');
  });

  it('reports a server that is not there as STORE_UNAVAILABLE', async () => {
    const port = await findFreePort();
    const error = await rejection(createNeo4jStore({ uri: `bolt://127.0.0.1:${port}` }));
    expect(isGovgraphError(error, 'STORE_UNAVAILABLE')).toBe(true);
    expect((error as Error).message).toContain(`127.0.0.1:${port}`);
  });

  it('keeps the previous graph when the server dies in the middle of a load', async () => {
    const store = await open();
    await store.replaceAll(fixtureGraph());
    const before = await store.snapshot();
    const statsBefore = await store.stats();

    let settled = false;
    const loading = store.replaceAll(bulkGraph(30_000)).finally(() => {
      settled = true;
    });
    loading.catch(() => undefined);
    await new Promise((r) => setTimeout(r, 2_500));
    expect(settled, 'the bulk load finished before the server was killed; make bulkGraph bigger').toBe(false);
    await server.stop({ kill: true, keepData: true });

    const error = await rejection(loading);
    expect(isGovgraphError(error, 'STORE_UNAVAILABLE')).toBe(true);
    expect((error as Error).message).toContain(server.uri);
    await store.close();

    await server.restart();
    const reopened = await open();
    try {
      expect(await reopened.stats()).toEqual(statsBefore);
      expect(await reopened.snapshot()).toEqual(before);
      expect(await reopened.getEntity('bulk-body-0')).toBeNull();
    } finally {
      await reopened.close();
    }
  }, 240_000);
});
