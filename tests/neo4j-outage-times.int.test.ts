/**
 * How long clients wait to learn that Neo4j is gone (issue 15 point 5), with the store's and the
 * server's default settings, on a real Neo4j of this file's own (it is paused and killed): one that
 * stops answering without closing its connections (SIGSTOP, then SIGCONT), and one that dies
 * (SIGKILL, then a restart). /healthz must answer 503 and GraphQL STORE_UNAVAILABLE within a
 * bound; docs/security.md states the target (5 s for /healthz, 9 s for GraphQL) and the times
 * measured. The bounds asserted here are far above those targets (30 s and 45 s), so a loaded
 * machine does not fail the test while a wait without a bound (the old behaviour under SIGSTOP:
 * for ever, or the 30 s request timeout) still does. Each test prints the times it measured.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startLocalNeo4j, type LocalNeo4j } from '@govgraph/neo4j-local';
import { createNeo4jStore } from '@govgraph/store-neo4j';
import { EXAMPLE_QUESTIONS, startGovgraphHttpServer, type GovgraphHttpServer, type ServerLogEntry } from '@govgraph/graphql';
import { loadSeedGraph } from '@govgraph/seeds';
import type { GraphStore } from '@govgraph/core';

/** Generous upper bounds (the documented targets are 5 s and 9 s). */
const HEALTHZ_BOUND_MILLIS = 30_000;
const GRAPHQL_BOUND_MILLIS = 45_000;

interface Timed<T> {
  value: T;
  millis: number;
}

async function timed<T>(work: () => Promise<T>): Promise<Timed<T>> {
  const start = performance.now();
  const value = await work();
  return { value, millis: Math.round(performance.now() - start) };
}

interface Reply {
  status: number;
  body: { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] };
}

/** A POST that gives up well after the bound, so a hung request fails the test instead of hanging it. */
async function post(server: GovgraphHttpServer, query: string, variables?: Record<string, unknown>): Promise<Reply> {
  const response = await fetch(server.graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(GRAPHQL_BOUND_MILLIS + 30_000),
  });
  return { status: response.status, body: (await response.json()) as Reply['body'] };
}

async function health(server: GovgraphHttpServer): Promise<{ status: number; body: unknown }> {
  const response = await fetch(`${server.url}healthz`, { signal: AbortSignal.timeout(HEALTHZ_BOUND_MILLIS + 30_000) });
  return { status: response.status, body: await response.json() };
}

const pause = (millis: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, millis));

describe('failure times while Neo4j is away (default settings)', () => {
  let neo4j: LocalNeo4j;
  let store: GraphStore;
  let server: GovgraphHttpServer;
  let paused = false;
  const answers = new Map<string, unknown>();
  /** The server log's entries (issue 15 point 8: store failures are logged). */
  const logged: ServerLogEntry[] = [];

  /** Every failed question and /healthz left a line in the server log while Neo4j was away. */
  function expectLogged(): void {
    const storeErrors = logged.filter((e) => e.event === 'store-error');
    expect(storeErrors.length).toBeGreaterThanOrEqual(EXAMPLE_QUESTIONS.length);
    for (const entry of storeErrors) {
      expect(entry.code).toBe('STORE_UNAVAILABLE');
      expect(entry.message).toContain(neo4j.uri);
    }
    expect(logged.filter((e) => e.event === 'health-check-failed')).not.toHaveLength(0);
    logged.length = 0;
  }

  /** Asks every example question at once while Neo4j is away: each must be STORE_UNAVAILABLE within the bound. */
  async function expectQuestionsUnavailable(what: string): Promise<number[]> {
    const replies = await Promise.all(EXAMPLE_QUESTIONS.map((question) => timed(() => post(server, question.query, question.variables))));
    for (const [i, { value: reply, millis }] of replies.entries()) {
      const name = `${EXAMPLE_QUESTIONS[i]!.name} (${what})`;
      expect(reply.status, name).toBe(200);
      expect(reply.body.errors?.length, `${name}: ${JSON.stringify(reply.body)}`).toBeGreaterThan(0);
      for (const error of reply.body.errors ?? []) {
        expect(error.extensions?.['code'], `${name}: ${error.message}`).toBe('STORE_UNAVAILABLE');
        expect(error.message, name).toContain(neo4j.uri);
        expect(error.extensions, name).not.toHaveProperty('stacktrace');
      }
      expect(millis, name).toBeLessThan(GRAPHQL_BOUND_MILLIS);
    }
    return replies.map((r) => r.millis);
  }

  async function expectRecovered(): Promise<void> {
    for (let attempt = 0; attempt < 120 && (await health(server)).status !== 200; attempt++) await pause(500);
    for (const question of EXAMPLE_QUESTIONS) {
      expect(await post(server, question.query, question.variables), question.name).toEqual({ status: 200, body: { data: answers.get(question.name) } });
    }
  }

  beforeAll(async () => {
    neo4j = await startLocalNeo4j();
    const seeds = await loadSeedGraph();
    store = await createNeo4jStore({ uri: neo4j.uri });
    await store.replaceAll(seeds);
    server = await startGovgraphHttpServer({ store, port: 0, log: (entry) => logged.push(entry) });
    for (const question of EXAMPLE_QUESTIONS) {
      const reply = await post(server, question.query, question.variables);
      expect(reply.body.errors, question.name).toBeUndefined();
      answers.set(question.name, reply.body.data);
    }
    expect(logged).toEqual([]);
  }, 300_000);

  afterEach(() => {
    if (paused) process.kill(neo4j.pid, 'SIGCONT');
    paused = false;
  });

  afterAll(async () => {
    await server?.close();
    await store?.close();
    await neo4j?.stop({ kill: true });
  }, 60_000);

  it('answers 503 and STORE_UNAVAILABLE within the bound while Neo4j is paused (SIGSTOP), and recovers on SIGCONT', async () => {
    // Every connection in the driver's pool has just been used: they stay open while Neo4j is paused.
    expect((await health(server)).status).toBe(200);
    process.kill(neo4j.pid, 'SIGSTOP');
    paused = true;
    const [healthz, questions] = await Promise.all([timed(() => health(server)), expectQuestionsUnavailable('Neo4j paused')]);
    expect(healthz.value).toEqual({ status: 503, body: { status: 'unavailable', store: 'neo4j' } });
    expect(healthz.millis).toBeLessThan(HEALTHZ_BOUND_MILLIS);
    expectLogged();
    console.info(`Neo4j paused (SIGSTOP): /healthz 503 after ${healthz.millis} ms; STORE_UNAVAILABLE after ${questions.join(', ')} ms`);
    process.kill(neo4j.pid, 'SIGCONT');
    paused = false;
    await expectRecovered();
  }, 180_000);

  it('answers 503 and STORE_UNAVAILABLE within the bound once Neo4j has died (SIGKILL), and recovers when it is back', async () => {
    expect((await health(server)).status).toBe(200);
    await neo4j.stop({ kill: true, keepData: true });
    const [healthz, questions] = await Promise.all([timed(() => health(server)), expectQuestionsUnavailable('Neo4j killed')]);
    expect(healthz.value).toEqual({ status: 503, body: { status: 'unavailable', store: 'neo4j' } });
    expect(healthz.millis).toBeLessThan(HEALTHZ_BOUND_MILLIS);
    expectLogged();
    console.info(`Neo4j killed (SIGKILL): /healthz 503 after ${healthz.millis} ms; STORE_UNAVAILABLE after ${questions.join(', ')} ms`);
    await neo4j.restart();
    await expectRecovered();
  }, 240_000);
});
