/**
 * Oversized request bodies are refused with 413 every time, whatever the connection has carried
 * before: the server reads and drops the rest of the upload instead of resetting the connection
 * (which clients saw as a network failure, not a 413, on a reused keep-alive connection).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphStore } from '@govgraph/core';
import { startGovgraphHttpServer, type GovgraphHttpServer } from '@govgraph/graphql';
import { fixtureStore } from './helpers.js';

let store: GraphStore;
let server: GovgraphHttpServer;

beforeAll(async () => {
  store = await fixtureStore();
  server = await startGovgraphHttpServer({ store, port: 0, maxBodyBytes: 64 * 1024 });
});

afterAll(async () => {
  await server.close();
  await store.close();
});

function post(body: string): Promise<Response> {
  return fetch(server.graphqlUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
}

describe('request bodies over maxBodyBytes', () => {
  it('are refused with 413 each time, and the next request on the connection is served', async () => {
    const huge = JSON.stringify({ query: `{ search(text: "${'x'.repeat(1024 * 1024)}") { score } }` });
    const small = JSON.stringify({ query: '{ entity(id: "test-act") { id } }' });
    for (let round = 0; round < 3; round++) {
      const refused = await post(huge);
      expect(refused.status, `round ${round}`).toBe(413);
      expect((await refused.json()).errors[0].extensions.code).toBe('BAD_REQUEST');
      const served = await post(small);
      expect(served.status, `round ${round}`).toBe(200);
      expect(await served.json()).toEqual({ data: { entity: { id: 'test-act' } } });
    }
  });
});
