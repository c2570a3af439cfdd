/**
 * The HTTP server's per-client rate limit: past its allowance a client gets HTTP 429 with
 * `Retry-After` and code RATE_LIMITED, before its request is read; other clients (another API key)
 * keep theirs, /healthz is not counted, and without the option nothing is limited.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isGovgraphError, type GraphStore } from '@govgraph/core';
import { ApiKeyFile } from '@govgraph/editing';
import { startGovgraphHttpServer, type GovgraphHttpServer } from '@govgraph/graphql';
import { fixtureStore, startFailure } from './helpers.js';

const QUERY = '{ entity(id: "test-act") { id } }';

let store: GraphStore;
let limited: GovgraphHttpServer;
let unlimited: GovgraphHttpServer;
let folder: string;
let key: string;

beforeAll(async () => {
  store = await fixtureStore();
  folder = await mkdtemp(join(tmpdir(), 'govgraph-rate-limit-'));
  const keys = await ApiKeyFile.open(join(folder, 'keys.json'));
  key = (await keys.add({ name: 'analyst', role: 'reader' })).key;
  limited = await startGovgraphHttpServer({ store, port: 0, keys, rateLimit: { requests: 3, perSeconds: 60 } });
  unlimited = await startGovgraphHttpServer({ store, port: 0 });
});

afterAll(async () => {
  await limited.close();
  await unlimited.close();
  await store.close();
  await rm(folder, { recursive: true, force: true });
});

function post(url: string, bearer?: string): Promise<Response> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (bearer) headers['authorization'] = `Bearer ${bearer}`;
  return fetch(url, { method: 'POST', headers, body: JSON.stringify({ query: QUERY }) });
}

describe('rateLimit', () => {
  it('answers a client past its allowance with 429, Retry-After and RATE_LIMITED; other clients and /healthz are unaffected', async () => {
    for (let i = 0; i < 3; i++) {
      const response = await post(limited.graphqlUrl);
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ data: { entity: { id: 'test-act' } } });
    }
    const refused = await post(limited.graphqlUrl);
    expect(refused.status).toBe(429);
    const retryAfter = Number(refused.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(await refused.json()).toEqual({
      errors: [
        {
          message: expect.stringContaining('more than 3 requests in 60 s'),
          extensions: { code: 'RATE_LIMITED', details: { limit: 'rateLimit', requests: 3, perSeconds: 60, retryAfterSeconds: retryAfter } },
        },
      ],
    });
    // The API key is a client of its own.
    expect((await post(limited.graphqlUrl, key)).status).toBe(200);
    expect((await fetch(`${limited.url}healthz`)).status).toBe(200);
    // No option, no limit.
    for (let i = 0; i < 10; i++) expect((await post(unlimited.graphqlUrl)).status).toBe(200);
  });

  it('refuses a malformed limit when the server starts', async () => {
    for (const rateLimit of [{ requests: 0 }, { requests: 2.5 }, { requests: 5, perSeconds: 0 }]) {
      const error = await startFailure({ store, port: 0, rateLimit });
      expect(isGovgraphError(error, 'INVALID_INPUT'), JSON.stringify(rateLimit)).toBe(true);
    }
  });
});
