/**
 * The HTTP server's per-request timeout: a store call that never returns must not hold the client.
 * Without `requestTimeoutMillis` these requests would never be answered (the test would time out).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isGovgraphError, type GraphStore } from '@govgraph/core';
import { startGovgraphHttpServer, type GovgraphHttpServer } from '@govgraph/graphql';
import { fixtureStore, startFailure } from './helpers.js';

/** `store`, except that entity look-ups never settle: a stalled database. */
function stalledLookups(store: GraphStore): GraphStore {
  return new Proxy(store, {
    get(target, property, receiver) {
      if (property === 'getEntity' || property === 'getEntities') return () => new Promise(() => {});
      const value: unknown = Reflect.get(target, property, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

let store: GraphStore;
let server: GovgraphHttpServer;

beforeAll(async () => {
  store = await fixtureStore();
  server = await startGovgraphHttpServer({ store: stalledLookups(store), port: 0, requestTimeoutMillis: 300 });
});

afterAll(async () => {
  await server.close();
  await store.close();
});

function post(query: string): Promise<Response> {
  return fetch(server.graphqlUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
}

describe('requestTimeoutMillis', () => {
  it('answers a request that outlives it with HTTP 503 and code TIMEOUT', async () => {
    const response = await post('{ entity(id: "test-act") { name } }');
    expect(response.status).toBe(503);
    const body = await response.json();
    expect(body).toEqual({
      errors: [
        {
          message: expect.stringContaining('300 ms'),
          extensions: { code: 'TIMEOUT', details: { limit: 'requestTimeoutMillis', max: 300 } },
        },
      ],
    });
  });

  it('leaves the server answering other requests, several timing out at once included', async () => {
    const stalled = await Promise.all([1, 2, 3].map(() => post('{ entity(id: "test-act") { name } }')));
    expect(stalled.map((r) => r.status)).toEqual([503, 503, 503]);
    const fine = await post('{ search(text: "Test Act", first: 1) { entity { id } } }');
    expect(fine.status).toBe(200);
    expect(await fine.json()).toEqual({ data: { search: [{ entity: { id: 'test-act' } }] } });
    expect((await fetch(`${server.url}healthz`)).status).toBe(200);
  });

  it('refuses a timeout that is not a whole number of milliseconds', async () => {
    for (const requestTimeoutMillis of [-1, 1.5, Number.NaN]) {
      const error = await startFailure({ store, port: 0, requestTimeoutMillis });
      expect(isGovgraphError(error, 'INVALID_INPUT'), String(requestTimeoutMillis)).toBe(true);
    }
  });
});
