/**
 * What a failing server tells its clients and its operator (issue 15 points 2 and 8): every 5xx
 * and every store failure is logged as a JSON line without secrets; a keys file corrupted while the
 * server runs is a clear 500 and a log line; nothing unexpected reaches a client with its raw
 * message or stack; production mode gives no "Did you mean" suggestions; a subscription gets a
 * typed error. Misbehaving stores are the fixture store with one method replaced.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GovgraphError, type GraphStore } from '@govgraph/core';
import { ApiKeyFile } from '@govgraph/editing';
import {
  INTERNAL_ERROR_MESSAGE,
  jsonLinesLog,
  redactSecrets,
  startGovgraphHttpServer,
  type GovgraphHttpServer,
  type ResolverModule,
  type ServerLogEntry,
  type StartGovgraphHttpServerOptions,
} from '@govgraph/graphql';
import { fixtureStore } from './helpers.js';

interface Reply {
  status: number;
  body: { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: Record<string, any> }[] };
}

async function post(server: GovgraphHttpServer, query: string, bearer?: string): Promise<Reply> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (bearer !== undefined) headers['authorization'] = `Bearer ${bearer}`;
  const response = await fetch(server.graphqlUrl, { method: 'POST', headers, body: JSON.stringify({ query }) });
  return { status: response.status, body: (await response.json()) as Reply['body'] };
}

/** `store` with some of its methods replaced. */
function misbehaving(store: GraphStore, overrides: Partial<Record<keyof GraphStore, (...args: unknown[]) => unknown>>): GraphStore {
  return new Proxy(store, {
    get(target, property, receiver) {
      const override = overrides[property as keyof GraphStore];
      if (override) return override;
      const value = Reflect.get(target, property, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

const SECRET_KEY = 'ggk_0123456789abcdef_THISISTHESECRETPARTOFTHEKEYXXXXXXXXXXXXXXXX';

describe('server errors and the server log', () => {
  let store: GraphStore;
  const servers: GovgraphHttpServer[] = [];
  let folder: string;

  /** A started server whose log entries are collected in the returned array. */
  async function serve(options: Partial<StartGovgraphHttpServerOptions> = {}): Promise<{ server: GovgraphHttpServer; logged: ServerLogEntry[] }> {
    const logged: ServerLogEntry[] = [];
    const server = await startGovgraphHttpServer({ store, port: 0, log: (entry) => logged.push(entry), ...options });
    servers.push(server);
    return { server, logged };
  }

  beforeAll(async () => {
    store = await fixtureStore();
    folder = await mkdtemp(join(tmpdir(), 'govgraph-server-errors-'));
  });
  afterAll(async () => {
    for (const server of servers) await server.close();
    await store.close();
    await rm(folder, { recursive: true, force: true });
  });

  it('logs a store failure as a JSON line, and the client gets its code', async () => {
    const failing = misbehaving(store, {
      search: async () => {
        throw new GovgraphError('STORE_UNAVAILABLE', 'Neo4j at bolt://db.example:7687 is unavailable while searching: connection refused', { uri: 'bolt://db.example:7687' });
      },
    });
    const { server, logged } = await serve({ store: failing });
    const reply = await post(server, '{ search(text: "board") { entity { id } } }');
    expect(reply.body.errors?.map((e) => e.extensions?.['code'])).toEqual(['STORE_UNAVAILABLE']);
    expect(logged).toEqual([expect.objectContaining({ event: 'store-error', code: 'STORE_UNAVAILABLE', field: 'search', message: expect.stringContaining('connection refused') })]);
  });

  it('answers an unexpected failure with a generic message (no raw message, no stack) and logs the details', async () => {
    const throwing: ResolverModule = () => ({
      Query: {
        vocabulary: () => {
          throw new TypeError(`cannot read /srv/govgraph/internal/state.json with token=abc123 and key ${SECRET_KEY}`);
        },
      },
    });
    const { server, logged } = await serve({ resolverModules: [throwing] });
    const reply = await post(server, '{ vocabulary { __typename } }');
    expect(reply.body.errors).toHaveLength(1);
    const error = reply.body.errors![0]!;
    expect(error.message).toBe(INTERNAL_ERROR_MESSAGE);
    expect(error.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
    expect(JSON.stringify(reply.body)).not.toMatch(/state\.json|TypeError|\n\s+at /);
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatchObject({ event: 'internal-error', code: 'INTERNAL_SERVER_ERROR', field: 'vocabulary' });
    expect(logged[0]!.message).toContain('TypeError: cannot read /srv/govgraph/internal/state.json');
    expect(logged[0]!.stack).toContain('server-errors.test.ts');
    // Secrets in the message are blanked before the log sees them.
    expect(JSON.stringify(logged)).not.toContain('THISISTHESECRET');
    expect(JSON.stringify(logged)).not.toContain('abc123');
  });

  it('turns a failure while drawing a diagram into DIAGRAM_FAILED with a clear message, the cause logged', async () => {
    const broken = misbehaving(store, { interdependencies: async () => ({ nodes: null, links: null }) });
    const { server, logged } = await serve({ store: broken });
    const reply = await post(server, '{ diagram(focus: "testshire-csp", format: SVG) }');
    expect(reply.body.errors?.map((e) => e.extensions?.['code'])).toEqual(['DIAGRAM_FAILED']);
    expect(reply.body.errors?.[0]?.message).toBe('the svg diagram of "testshire-csp" could not be drawn (the failure is in the server log); the MERMAID, DOT and CYTOSCAPE formats are drawn without Graphviz');
    expect(JSON.stringify(reply.body)).not.toMatch(/TypeError|Cannot read|\n\s+at /);
    expect(logged).toEqual([expect.objectContaining({ event: 'internal-error', code: 'DIAGRAM_FAILED', field: 'diagram' })]);
    expect(logged[0]!.message).toMatch(/TypeError/);
  });

  it('answers with a clear 500 and logs it when the keys file is corrupted while the server runs', async () => {
    const file = join(folder, 'keys.json');
    const keys = await ApiKeyFile.open(file);
    const { key } = await keys.add({ name: 'analyst', role: 'reader' });
    const { server, logged } = await serve({ keys });
    expect((await post(server, '{ vocabulary { __typename } }', key)).status).toBe(200);

    await writeFile(file, '{"version": 1, "keys": [ {"id": "trunc');
    const reply = await post(server, '{ vocabulary { __typename } }', key);
    expect(reply.status).toBe(500);
    expect(reply.body.errors).toEqual([
      {
        message: 'the server cannot check API keys: its keys file cannot be read; requests with a key fail until its administrator mends it',
        extensions: { code: 'INTERNAL_SERVER_ERROR' },
      },
    ]);
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatchObject({ event: 'keys-file-unreadable', status: 500, path: '/graphql', method: 'POST' });
    expect(logged[0]!.message).toContain(file);
    expect(JSON.stringify(logged)).not.toContain(key.slice(-20));
    // Anonymous reads do not need the keys file.
    expect((await post(server, '{ vocabulary { __typename } }')).status).toBe(200);
  });

  it('logs a request timeout (503) and a failed health check (503)', async () => {
    const stalled = misbehaving(store, { search: () => new Promise(() => undefined), stats: () => new Promise(() => undefined) });
    const { server, logged } = await serve({ store: stalled, requestTimeoutMillis: 100, healthCheckTimeoutMillis: 100 });
    const reply = await post(server, '{ search(text: "board") { entity { id } } }');
    expect(reply.status).toBe(503);
    expect(reply.body.errors?.[0]?.extensions?.['code']).toBe('TIMEOUT');
    const health = await fetch(`${server.url}healthz`);
    expect(health.status).toBe(503);
    expect(await health.json()).toEqual({ status: 'unavailable', store: 'memory' });
    expect(logged.map((e) => [e.event, e.status])).toEqual([
      ['request-timeout', 503],
      ['health-check-failed', 503],
    ]);
  });

  it('gives no "Did you mean" suggestions in production, and no introspection or IDE', async () => {
    const typo = '{ entiti(id: "testshire-csp") { id } }';
    const { server: open } = await serve();
    expect((await post(open, typo)).body.errors?.[0]?.message).toContain('Did you mean');
    const { server: production } = await serve({ production: true });
    const reply = await post(production, typo);
    expect(reply.body.errors?.map((e) => e.extensions?.['code'])).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(reply.body.errors?.[0]?.message).toBe('Cannot query field "entiti" on type "Query".');
    const argTypo = await post(production, '{ entity(idd: "x") { id } }');
    expect(JSON.stringify(argTypo.body)).not.toContain('Did you mean');
    expect((await post(production, '{ __schema { queryType { name } } }')).body.errors?.[0]?.extensions?.['code']).toBe('GRAPHQL_VALIDATION_FAILED');
    expect((await fetch(production.url, { headers: { accept: 'text/html' } })).status).toBe(404);
  });

  it('answers a subscription with a typed error, never INTERNAL_SERVER_ERROR', async () => {
    const { server, logged } = await serve();
    const subscription = await post(server, 'subscription { vocabulary { __typename } }');
    expect(subscription.status).toBe(400);
    expect(subscription.body.errors?.map((e) => e.extensions?.['code'])).toEqual(['INVALID_INPUT']);
    expect(subscription.body.errors?.[0]?.message).toContain('no subscriptions');
    const empty = await post(server, 'subscription {}');
    expect(empty.status).toBe(400);
    expect(empty.body.errors?.map((e) => e.extensions?.['code'])).toEqual(['GRAPHQL_PARSE_FAILED']);
    expect(logged).toEqual([]);
  });
});

describe('redactSecrets and the JSON-lines log', () => {
  it('blanks API keys, bearer tokens, credentials in URIs and password values', () => {
    const text = redactSecrets(
      `key ${SECRET_KEY}; header Bearer abc.def.ghi; uri neo4j+s://neo4j:hunter2@db.example:7687/x; password=hunter2 token: "tok123"`,
    );
    expect(text).toBe('key ggk_0123456789abcdef_[redacted]; header Bearer [redacted]; uri neo4j+s://db.example:7687/x; password=[redacted] token: "[redacted]"');
  });

  it('writes one JSON object a line with time, level and the entry, secrets removed', () => {
    const lines: string[] = [];
    jsonLinesLog({ write: (text: string) => lines.push(text) })({ event: 'store-error', code: 'STORE_ERROR', message: `failed for bolt://u:p4ss@host:7687 with ${SECRET_KEY}` });
    expect(lines).toHaveLength(1);
    expect(lines[0]!.endsWith('\n')).toBe(true);
    const entry = JSON.parse(lines[0]!) as Record<string, unknown>;
    expect(entry).toMatchObject({ level: 'error', service: 'govgraph', event: 'store-error', code: 'STORE_ERROR', message: 'failed for bolt://host:7687 with ggk_0123456789abcdef_[redacted]' });
    expect(Number.isNaN(Date.parse(String(entry['time'])))).toBe(false);
  });
});
