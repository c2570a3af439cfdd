/**
 * Fields that compute (diagrams, the health report, analytics) are priced by their work and run a
 * few at a time (issue 15 point 3): twenty aliased depth-4 SVG diagrams are refused by cost before
 * anything runs, and /healthz is answered while heavy requests are still queued. The second test
 * goes by the order of answers, not by how long anything took.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'graphql';
import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphStore } from '@govgraph/core';
import { EXAMPLE_QUESTIONS, createSchema, startGovgraphHttpServer, type GovgraphContext, type GovgraphHttpServer } from '@govgraph/graphql';
import { createHeavyWorkQueue } from '../src/heavy-work.js';
import { DEFAULT_LIMITS, FIELD_WORK, operationCost } from '../src/limits.js';
import { fixtureStore } from './helpers.js';

interface Reply {
  status: number;
  body: { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: Record<string, any> }[] };
}

async function post(server: GovgraphHttpServer, query: string): Promise<Reply> {
  const response = await fetch(server.graphqlUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
  return { status: response.status, body: (await response.json()) as Reply['body'] };
}

/** `count` aliased SVG diagrams of the fixture's partnership at `depth`. */
function svgDiagrams(count: number, depth: number): string {
  return `{ ${Array.from({ length: count }, (_, i) => `d${i}: diagram(focus: "testshire-csp", format: SVG, depth: ${depth})`).join(' ')} }`;
}

describe('heavy fields', () => {
  let store: GraphStore;
  let server: GovgraphHttpServer;
  /** Requests Apollo has started, and who waits for the next few. */
  let started = 0;
  const startWaiters: { count: number; resolve: () => void }[] = [];
  const counting: ApolloServerPlugin<GovgraphContext> = {
    async requestDidStart() {
      started++;
      for (const waiter of startWaiters.filter((w) => started >= w.count)) {
        startWaiters.splice(startWaiters.indexOf(waiter), 1);
        waiter.resolve();
      }
      return {};
    },
  };
  const requestsStarted = (count: number): Promise<void> =>
    started >= count ? Promise.resolve() : new Promise((resolve) => startWaiters.push({ count, resolve }));

  beforeAll(async () => {
    store = await fixtureStore();
    server = await startGovgraphHttpServer({ store, port: 0, plugins: [counting] });
  });
  afterAll(async () => {
    await server?.close();
    await store?.close();
  });

  it('refuses 20 aliased depth-4 SVG diagrams from an anonymous client by cost, before drawing any', async () => {
    const reply = await post(server, svgDiagrams(20, 4));
    expect(reply.status).toBe(400);
    expect(reply.body.data).toBeUndefined();
    expect(reply.body.errors?.map((e) => e.extensions?.['code'])).toEqual(['LIMIT_EXCEEDED']);
    expect(reply.body.errors?.[0]?.extensions?.['details']).toEqual({ limit: 'maxCost', max: DEFAULT_LIMITS.maxCost });
    expect(reply.body.errors?.[0]?.message).toMatch(/costs \d+, more than the limit of 25000/);
    // One such diagram is within the limit and is drawn.
    const one = await post(server, svgDiagrams(1, 4));
    expect(one.body.errors).toBeUndefined();
    expect(String(one.body.data?.['d0'])).toContain('<svg');
  });

  it('prices diagrams by depth and format, and the health report and analytics by their work', () => {
    const schema = createSchema(store);
    const cost = (query: string): number => operationCost(schema, parse(query));
    expect(cost('{ diagram(focus: "x", format: SVG, depth: 4) }')).toBeGreaterThan(cost('{ diagram(focus: "x", format: SVG, depth: 1) }'));
    expect(cost('{ diagram(focus: "x", format: SVG, depth: 1) }')).toBeGreaterThan(cost('{ diagram(focus: "x", format: MERMAID, depth: 1) }'));
    expect(cost('{ diagram(focus: "x", format: SVG, depth: 4) }')).toBeGreaterThan(DEFAULT_LIMITS.maxCost / 2);
    expect(cost('{ healthReport }')).toBeGreaterThanOrEqual(1_000);
    expect(cost('{ gaps { kind } }')).toBeGreaterThan(cost('{ entity(id: "x") { id } }') + 400);
    // Every priced field exists in the schema, so none is priced by a name that no longer exists.
    const fields = schema.getQueryType()!.getFields();
    for (const key of Object.keys(FIELD_WORK)) expect(fields[key.split('.')[1]!], key).toBeDefined();
    // The example questions stay within the limit.
    for (const example of EXAMPLE_QUESTIONS) expect(operationCost(schema, parse(example.query), example.variables ?? {}), example.name).toBeLessThanOrEqual(DEFAULT_LIMITS.maxCost);
  });

  it('answers /healthz while heavy requests are still waiting for their turn', async () => {
    // Six requests of four SVG diagrams each, every one within the cost limit.
    const heavyQuery = svgDiagrams(4, 1);
    const before = started;
    const finished: string[] = [];
    const heavy = Array.from({ length: 6 }, (_, i) =>
      post(server, heavyQuery).then((reply) => {
        finished.push(`heavy-${i}`);
        return reply;
      }),
    );
    // Ask for /healthz only once Apollo has begun every heavy request.
    await requestsStarted(before + 6);
    const health = await fetch(`${server.url}healthz`);
    finished.push('healthz');
    expect(health.status).toBe(200);
    const replies = await Promise.all(heavy);
    for (const reply of replies) {
      expect(reply.body.errors).toBeUndefined();
      expect(Object.keys(reply.body.data ?? {})).toHaveLength(4);
    }
    // /healthz was answered before the last heavy request finished: it did not wait for them all.
    expect(finished.indexOf('healthz'), finished.join(', ')).toBeLessThan(finished.length - 1);
    expect(finished.slice(finished.indexOf('healthz') + 1).length).toBeGreaterThanOrEqual(2);
  });
});

describe('the heavy-work queue', () => {
  it('runs at most its concurrency at once, in arrival order, and refuses work past its queue with RATE_LIMITED', async () => {
    const queue = createHeavyWorkQueue(2, 3);
    const order: number[] = [];
    let peak = 0;
    const releases: (() => void)[] = [];
    const job = (n: number) => () =>
      new Promise<number>((resolve) => {
        order.push(n);
        peak = Math.max(peak, queue.running);
        releases.push(() => resolve(n));
      });
    const jobs = [1, 2, 3, 4, 5].map((n) => queue.run(job(n)));
    const refused = await queue.run(job(6)).then(
      () => null,
      (error: unknown) => error,
    );
    expect(refused).toMatchObject({ code: 'RATE_LIMITED', details: { limit: 'maxQueuedHeavyFields', max: 3 } });
    expect(queue.running).toBe(2);
    expect(queue.waiting).toBe(3);
    while (order.length < 5 || releases.length > 0) {
      releases.shift()?.();
      await new Promise((resolve) => setImmediate(resolve));
      await new Promise((resolve) => setImmediate(resolve));
    }
    expect(await Promise.all(jobs)).toEqual([1, 2, 3, 4, 5]);
    expect(order).toEqual([1, 2, 3, 4, 5]);
    expect(peak).toBe(2);
    // A failing job frees its turn.
    await expect(queue.run(() => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(queue.running).toBe(0);
    expect(() => createHeavyWorkQueue(0, 1)).toThrow(/maxConcurrentHeavyFields/);
  });
});
