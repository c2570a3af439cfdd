/**
 * The HTTP server's per-client cap on requests running at once: past it a client gets HTTP 429
 * RATE_LIMITED while other clients are still served, a request abandoned at the timeout keeps its
 * place until the store has finished it, and a place is given back once a request's work settles.
 * The store's look-ups wait at a gate the test opens, so "running" is under the test's control.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { isGovgraphError, type GraphStore } from '@govgraph/core';
import { ApiKeyFile } from '@govgraph/editing';
import { startGovgraphHttpServer, type GovgraphHttpServer } from '@govgraph/graphql';
import { fixtureStore, startFailure } from './helpers.js';

const QUERY = '{ entity(id: "test-act") { id } }';

/** `store` whose entity look-ups wait until `open()`; `waiting` counts look-ups at the gate. */
function gatedLookups(store: GraphStore) {
  let open!: () => void;
  let gate = new Promise<void>((resolve) => (open = resolve));
  const state = { waiting: 0 };
  const gated = new Proxy(store, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (typeof value !== 'function') return value;
      if (property !== 'getEntity' && property !== 'getEntities') return value.bind(target);
      return async (...args: unknown[]) => {
        state.waiting++;
        await gate;
        state.waiting--;
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
  return {
    store: gated,
    state,
    /** Lets every waiting look-up through, and closes the gate again behind them. */
    release(): void {
      const opening = open;
      gate = new Promise<void>((resolve) => (open = resolve));
      opening();
    },
    /** Lets every look-up through from now on. */
    openForGood(): void {
      open();
      gate = Promise.resolve();
    },
  };
}

let store: GraphStore;
let folder: string;
let key: string;
let keys: ApiKeyFile;
const servers: GovgraphHttpServer[] = [];

beforeAll(async () => {
  store = await fixtureStore();
  folder = await mkdtemp(join(tmpdir(), 'govgraph-in-flight-'));
  keys = await ApiKeyFile.open(join(folder, 'keys.json'));
  key = (await keys.add({ name: 'analyst', role: 'reader' })).key;
});

afterAll(async () => {
  await Promise.all(servers.map((s) => s.close()));
  await store.close();
  await rm(folder, { recursive: true, force: true });
});

async function start(options: { maxInFlightPerClient?: number; requestTimeoutMillis?: number }) {
  const gated = gatedLookups(store);
  const server = await startGovgraphHttpServer({ store: gated.store, port: 0, keys, ...options });
  servers.push(server);
  return { ...gated, server };
}

function post(server: GovgraphHttpServer, bearer?: string): Promise<Response> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (bearer) headers['authorization'] = `Bearer ${bearer}`;
  return fetch(server.graphqlUrl, { method: 'POST', headers, body: JSON.stringify({ query: QUERY }) });
}

describe('maxInFlightPerClient', () => {
  it('refuses a client at its maximum with 429 RATE_LIMITED, serves other clients, and admits it again once one finishes', async () => {
    const { server, state, release } = await start({ maxInFlightPerClient: 2 });
    const first = [post(server), post(server)];
    await vi.waitFor(() => expect(state.waiting).toBe(2));

    const refused = await post(server);
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBe('1');
    expect(await refused.json()).toEqual({
      errors: [
        {
          message: 'this client already has 2 GraphQL requests running; wait for one to finish',
          extensions: { code: 'RATE_LIMITED', details: { limit: 'maxInFlightPerClient', max: 2, retryAfterSeconds: 1 } },
        },
      ],
    });
    // The API key is a client of its own: admitted, and waiting at the gate with the others.
    const other = post(server, key);
    await vi.waitFor(() => expect(state.waiting).toBe(3));

    release();
    for (const response of await Promise.all([...first, other])) {
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ data: { entity: { id: 'test-act' } } });
    }
    const again = post(server);
    await vi.waitFor(() => expect(state.waiting).toBe(1));
    release();
    expect((await again).status).toBe(200);
  });

  it('keeps a timed-out request counted until the store has finished its work', async () => {
    const { server, state, openForGood } = await start({ maxInFlightPerClient: 1, requestTimeoutMillis: 200 });
    const abandoned = await post(server);
    expect(abandoned.status).toBe(503);
    expect(((await abandoned.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe('TIMEOUT');
    // The client has its answer, but the store is still busy with its request.
    expect(state.waiting).toBe(1);
    const refused = await post(server);
    expect(refused.status).toBe(429);

    // The place comes back once the abandoned work has settled.
    openForGood();
    await vi.waitFor(async () => expect((await post(server)).status).toBe(200));
  });

  it('refuses a malformed maximum when the server starts', async () => {
    for (const maxInFlightPerClient of [0, 1.5, -2]) {
      const error = await startFailure({ store, port: 0, maxInFlightPerClient });
      expect(isGovgraphError(error, 'INVALID_INPUT'), String(maxInFlightPerClient)).toBe(true);
    }
  });
});
