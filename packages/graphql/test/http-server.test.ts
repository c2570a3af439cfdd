import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphStore } from '@govgraph/core';
import { EXAMPLE_QUESTIONS, startGovgraphHttpServer, type GovgraphHttpServer } from '@govgraph/graphql';
import { fixtureStore } from './helpers.js';

let store: GraphStore;
let server: GovgraphHttpServer;

beforeAll(async () => {
  store = await fixtureStore();
  server = await startGovgraphHttpServer({
    store,
    port: 0,
    routes: [
      (req, res) => {
        if (!req.url?.startsWith('/extra')) return false;
        res.end('extra route');
        return true;
      },
      async (req, res) => {
        if (req.url !== '/healthz?override') return false;
        res.end('overridden');
        return true;
      },
    ],
  });
});

afterAll(async () => {
  await server.close();
  await store.close();
});

async function post(body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(server.graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

describe('startGovgraphHttpServer', () => {
  it('listens on a free port on loopback', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(server.graphqlUrl).toBe(`${server.url}graphql`);
  });

  it('answers POST /graphql with variables', async () => {
    const response = await post({
      query: 'query ($asOf: Date) { oversight(duty: "prevention-duty", asOf: $asOf) { entries { body { id } role inherited } } }',
      variables: { asOf: '2019-06-01' },
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      data: {
        oversight: {
          entries: [
            { body: { id: 'prevention-sub-group' }, role: 'DELIVERS', inherited: false },
            { body: { id: 'testshire-csp' }, role: 'OVERSEES', inherited: true },
          ],
        },
      },
    });
  });

  it('answers GET /graphql queries that pass CSRF prevention, and refuses those that do not', async () => {
    const url = `${server.graphqlUrl}?query=${encodeURIComponent('{ entity(id: "test-act") { name } }')}`;
    const ok = await fetch(url, { headers: { 'apollo-require-preflight': 'true' } });
    expect(ok.status).toBe(200);
    expect(await ok.json()).toEqual({ data: { entity: { name: 'Test Act 2015, section 26' } } });
    const refused = await fetch(url);
    expect(refused.status).toBe(400);
  });

  it('puts error codes in extensions, with no stack traces', async () => {
    const notFound = await (await post({ query: '{ oversight(duty: "nope") { asOf } }' })).json();
    expect(notFound.errors[0].extensions).toEqual({ code: 'NOT_FOUND', details: { id: 'nope', argument: 'duty' } });
    const badDate = await post({ query: '{ oversight(duty: "prevention-duty", asOf: "2022-13-01") { asOf } }' });
    expect(badDate.status).toBe(400);
    expect((await badDate.json()).errors[0].extensions.code).toBe('INVALID_INPUT');
  });

  it('refuses batched operations (the batch size limit is one), so a batch cannot multiply the cost limit', async () => {
    const one = { query: '{ entity(id: "test-act") { name } }' };
    const response = await post([one, one]);
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/batching/i);
  });

  it('rejects a body that is not JSON with 400', async () => {
    const response = await post('{ not json');
    expect(response.status).toBe(400);
    expect((await response.json()).errors[0].extensions.code).toBe('BAD_REQUEST');
  });

  it('serves the IDE page at / and to browsers at /graphql, with the example questions', async () => {
    for (const url of [server.url, server.graphqlUrl]) {
      const response = await fetch(url, { headers: { accept: 'text/html' } });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toContain('text/html');
      const html = await response.text();
      for (const example of EXAMPLE_QUESTIONS) expect(html).toContain(JSON.stringify(example.query).slice(1, 40));
      // Offline: every script and style comes from this server.
      expect(html).not.toMatch(/(src|href)="https?:/);
    }
  });

  it('serves the IDE assets from node_modules', async () => {
    const html = await (await fetch(server.url)).text();
    const assets = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1] as string);
    expect(assets).toHaveLength(4);
    for (const asset of assets) {
      const response = await fetch(new URL(asset, server.url));
      expect(response.status, asset).toBe(200);
      expect((await response.arrayBuffer()).byteLength, asset).toBeGreaterThan(5000);
    }
    expect((await fetch(`${server.url}graphql/ide/nothing.js`)).status).toBe(404);
    expect((await fetch(`${server.url}graphql/ide/..%2Fpackage.json`)).status).toBe(404);
  });

  it('answers /healthz with the store counts', async () => {
    const response = await fetch(`${server.url}healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', store: store.name, ...(await store.stats().then((s) => ({ entities: s.entities, links: s.links }))) });
  });

  it('tries extra routes first', async () => {
    expect(await (await fetch(`${server.url}extra/thing`)).text()).toBe('extra route');
    expect(await (await fetch(`${server.url}healthz?override`)).text()).toBe('overridden');
  });

  it('answers 404 elsewhere', async () => {
    const response = await fetch(`${server.url}nowhere`);
    expect(response.status).toBe(404);
    expect((await response.json()).errors[0].extensions.code).toBe('NOT_FOUND');
  });
});

describe('shutdown', () => {
  it('closes gracefully and stops accepting connections', async () => {
    const own = await startGovgraphHttpServer({ store, port: 0 });
    const response = await fetch(`${own.url}healthz`);
    expect(response.status).toBe(200);
    await Promise.all([own.close(), own.close()]);
    expect(own.httpServer.listening).toBe(false);
    await expect(fetch(`${own.url}healthz`)).rejects.toThrow();
  });
});

describe('start-up failures', () => {
  it('rejects when the port is taken, leaving nothing running', async () => {
    const port = Number(new URL(server.url).port);
    await expect(startGovgraphHttpServer({ store, port })).rejects.toMatchObject({ code: 'EADDRINUSE' });
  });
});

describe('production mode: IDE and introspection off', () => {
  it('serves no IDE page or assets and refuses introspection, while queries still work', async () => {
    const locked = await startGovgraphHttpServer({ store, port: 0, ide: false, introspection: false });
    try {
      const page = await fetch(locked.url, { headers: { accept: 'text/html' } });
      expect(page.status).toBe(404);
      const ideOnGraphql = await fetch(locked.graphqlUrl, { headers: { accept: 'text/html' } });
      expect(ideOnGraphql.headers.get('content-type') ?? '').not.toContain('text/html');
      const post = (query: string) =>
        fetch(locked.graphqlUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) }).then(
          (r) => r.json() as Promise<{ data?: unknown; errors?: { extensions?: { code?: string } }[] }>,
        );
      const introspection = await post('{ __schema { types { name } } }');
      expect(introspection.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
      const ordinary = await post('{ search(text: "a", first: 1) { matched } }');
      expect(ordinary.errors).toBeUndefined();
    } finally {
      await locked.close();
    }
  });
});
