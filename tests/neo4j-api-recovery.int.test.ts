/**
 * The API on a Neo4j that dies and comes back, on a real Neo4j of its own (never the shared one:
 * this file kills and restarts it). govgraph's HTTP server over the seeds: queries in flight when
 * Neo4j is killed, and those that follow, get STORE_UNAVAILABLE in `extensions.code` (never a 500
 * or a stack trace) and /healthz says unavailable; once Neo4j is back on the same data and port the
 * same server answers again, with the same answers, without being restarted. A large `apply` killed
 * in the middle leaves the whole change or none of it. A mutation sent while Neo4j is down is
 * STORE_UNAVAILABLE and writes nothing, and goes through once Neo4j is back; so does a mutation
 * in flight when Neo4j dies. A read past `transactionTimeoutMillis` is abandoned by Neo4j and
 * reported as TIMEOUT.
 *
 * The in-flight work is made slow with data and locks, not with mocks: a SUCCEEDED_BY chain so long
 * (fifty thousand bodies) that Neo4j needs about a second to walk the last one's lineage, a change
 * set of ten thousand bodies, and a mutation waiting for the audit lock, which the test holds in a
 * transaction of its own. The test sees Neo4j's own list of running transactions, so it kills
 * Neo4j while the work is known to be running there.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import neo4jDriver, { type Driver } from 'neo4j-driver';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ApiKeyFile } from '@govgraph/editing';
import { startLocalNeo4j, type LocalNeo4j } from '@govgraph/neo4j-local';
import { createNeo4jStore } from '@govgraph/store-neo4j';
import { createMemoryStore } from '@govgraph/store-memory';
import { EXAMPLE_QUESTIONS, startGovgraphHttpServer, type ExampleQuestion, type GovgraphHttpServer } from '@govgraph/graphql';
import { loadSeedGraph } from '@govgraph/seeds';
import {
  entityInputSchema,
  isGovgraphError,
  linkInputSchema,
  normaliseEntity,
  normaliseLink,
  type ChangeSet,
  type GraphData,
  type GraphStore,
} from '@govgraph/core';

/** Bodies in the SUCCEEDED_BY chain: long enough that Neo4j needs about a second for the last one's lineage (linear in the length). */
const CHAIN_LENGTH = 50_000;
/** Bodies (and links) in the change set killed mid-write: long enough that `apply` takes seconds. */
const WRITE_SIZE = 10_000;
/** How long the driver keeps retrying before giving up: short, so failures come back fast. */
const RETRY_MILLIS = 2_000;

/** `size` bodies `<prefix>-0 … <prefix>-<size-1>` in `area`, each SUCCEEDED_BY the next. */
function successionChain(prefix: string, size: number, area: string): GraphData {
  const entities = Array.from({ length: size }, (_, i) =>
    normaliseEntity(
      entityInputSchema.parse({ id: `${prefix}-${i}`, kind: 'Body', name: `${prefix} body ${i}`, area, bodyType: 'sub-group', status: 'in-force', confidence: 'stated', sources: [] }),
    ),
  );
  const links = entities
    .slice(1)
    .map((e, i) => normaliseLink(linkInputSchema.parse({ kind: 'SUCCEEDED_BY', from: `${prefix}-${i}`, to: e.id, lineage: 'rename', status: 'in-force', confidence: 'stated', sources: [] })));
  return { entities, links };
}

const SLOW_QUERY = `{ entity(id: "fault-chain-${CHAIN_LENGTH - 1}") { id lineage { predecessors { id } } } }`;

interface Reply {
  status: number;
  body: { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] };
}

async function post(url: string, query: string, variables?: Record<string, unknown>, bearer?: string): Promise<Reply> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (bearer !== undefined) headers['authorization'] = `Bearer ${bearer}`;
  const response = await fetch(url, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  return { status: response.status, body: (await response.json()) as Reply['body'] };
}

function ask(server: GovgraphHttpServer, question: ExampleQuestion): Promise<Reply> {
  return post(server.graphqlUrl, question.query, question.variables);
}

async function healthStatus(server: GovgraphHttpServer): Promise<{ status: number; body: unknown }> {
  const response = await fetch(`${server.url}healthz`);
  return { status: response.status, body: await response.json() };
}

function settles<T>(promise: Promise<T>): { promise: Promise<T>; settled: () => boolean } {
  let done = false;
  const tracked = promise.finally(() => {
    done = true;
  });
  tracked.catch(() => undefined);
  return { promise: tracked, settled: () => done };
}

/** What `promise` rejected with, or null if it fulfilled. */
function failureOf(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => null,
    (error: unknown) => error,
  );
}

const pause = (millis: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, millis));

describe('the API while Neo4j dies and comes back', () => {
  let neo4j: LocalNeo4j;
  let store: GraphStore;
  let server: GovgraphHttpServer;
  let keysFolder: string | undefined;
  let editorKey: string;
  /** The test's own connection to Neo4j, to watch its transactions and to hold a lock. */
  let observer: Driver;
  /** Each example question's answer before any fault. */
  const answers = new Map<string, unknown>();

  /** A clear STORE_UNAVAILABLE answer: a GraphQL error naming the server, no 5xx, no stack trace. */
  function expectUnavailable(reply: Reply, what: string): void {
    expect(reply.status, what).not.toBe(500);
    expect(reply.status, what).toBeLessThan(600);
    expect(reply.body.errors?.length, `${what}: ${JSON.stringify(reply.body)}`).toBeGreaterThan(0);
    for (const error of reply.body.errors ?? []) {
      expect(error.extensions?.['code'], `${what}: ${error.message}`).toBe('STORE_UNAVAILABLE');
      expect(error.extensions, what).not.toHaveProperty('stacktrace');
      expect(error.message, what).toContain(neo4j.uri);
      expect(error.message, what).not.toMatch(/\n\s+at /);
    }
  }

  /** Either the answer from before the fault, or a clear STORE_UNAVAILABLE. */
  function expectAnswerOrUnavailable(reply: Reply, question: ExampleQuestion): 'answered' | 'unavailable' {
    if (reply.body.errors === undefined) {
      expect(reply.status, question.name).toBe(200);
      expect(reply.body.data, question.name).toEqual(answers.get(question.name));
      return 'answered';
    }
    expectUnavailable(reply, question.name);
    return 'unavailable';
  }

  /**
   * Waits until Neo4j lists a running transaction whose query contains `fragment` (and, if given,
   * whose parameters include `id`), so the test can kill Neo4j while that work is in flight.
   */
  async function waitUntilRunning(fragment: string, id?: string): Promise<void> {
    for (let attempt = 0; attempt < 1_500; attempt++) {
      const { records } = await observer.executeQuery(
        `SHOW TRANSACTIONS YIELD currentQuery, parameters, status
         WHERE currentQuery CONTAINS $fragment AND ($id IS NULL OR parameters.id = $id)
         RETURN status`,
        { fragment, id: id ?? null },
      );
      if (records.length > 0) return;
      await pause(20);
    }
    throw new Error(`Neo4j never listed a running transaction containing ${JSON.stringify(fragment)}`);
  }

  /** Polls /healthz until the store answers again (at most about a minute). */
  async function waitForRecovery(): Promise<void> {
    for (let attempt = 0; attempt < 120; attempt++) {
      if ((await healthStatus(server)).status === 200) return;
      await pause(500);
    }
    throw new Error('the API did not recover within 120 health checks after Neo4j came back');
  }

  beforeAll(async () => {
    // Neo4j looks for transactions past their timeout every 2 s by default; the TIMEOUT test's read takes about one.
    neo4j = await startLocalNeo4j({ settings: { 'db.transaction.monitor.check.interval': '100ms' } });
    const seeds = await loadSeedGraph();
    const chain = successionChain('fault-chain', CHAIN_LENGTH, 'fault-chain');
    store = await createNeo4jStore({ uri: neo4j.uri, maxTransactionRetryTimeMs: RETRY_MILLIS });
    observer = neo4jDriver.driver(neo4j.uri, undefined, { maxTransactionRetryTime: RETRY_MILLIS, logging: { level: 'error', logger: () => {} } });
    await store.replaceAll({ entities: [...seeds.entities, ...chain.entities], links: [...seeds.links, ...chain.links] });
    keysFolder = await mkdtemp(join(tmpdir(), 'govgraph-recovery-keys-'));
    const keys = await ApiKeyFile.open(join(keysFolder, 'keys.json'));
    editorKey = (await keys.add({ name: 'recovery-editor', role: 'editor' })).key;
    server = await startGovgraphHttpServer({ store, port: 0, keys });
    for (const question of EXAMPLE_QUESTIONS) {
      const reply = await ask(server, question);
      expect(reply.body.errors, question.name).toBeUndefined();
      answers.set(question.name, reply.body.data);
    }
    // Its own Neo4j starts here (a JVM): on a machine busy with the rest of the suite that alone can take minutes.
  }, 420_000);

  // Each test starts on a running Neo4j, even when the one before failed while Neo4j was down.
  beforeEach(async () => {
    if ((await healthStatus(server)).status === 200) return;
    await neo4j.restart();
    await waitForRecovery();
  }, 120_000);

  afterAll(async () => {
    await server?.close();
    await store?.close();
    await observer?.close();
    await neo4j?.stop();
    if (keysFolder) await rm(keysFolder, { recursive: true, force: true });
  }, 60_000);

  it('reports a read that runs past transactionTimeoutMillis as TIMEOUT: Neo4j abandons it', async () => {
    // The chain's lineage keeps its transaction open about a second; 200 ms is far below that.
    const impatient = await createNeo4jStore({ uri: neo4j.uri, transactionTimeoutMillis: 200 });
    const impatientServer = await startGovgraphHttpServer({ store: impatient, port: 0 });
    try {
      const error = await failureOf(impatient.lineage(`fault-chain-${CHAIN_LENGTH - 1}`));
      expect(isGovgraphError(error, 'TIMEOUT'), String(error)).toBe(true);
      const reply = await post(impatientServer.graphqlUrl, SLOW_QUERY);
      expect(reply.body.errors?.map((e) => e.extensions?.['code'])).toEqual(['TIMEOUT']);
      // Quick reads are unaffected.
      expect((await ask(impatientServer, EXAMPLE_QUESTIONS[0]!)).body.data).toEqual(answers.get(EXAMPLE_QUESTIONS[0]!.name));
    } finally {
      await impatientServer.close();
      await impatient.close();
    }
  }, 120_000);

  it('answers in-flight and later queries with STORE_UNAVAILABLE while Neo4j is down, and recovers by itself', async () => {
    // Steady traffic of the example questions from four clients, through the kill.
    let stopTraffic = false;
    const outcomes: ('answered' | 'unavailable')[] = [];
    const traffic = Promise.all(
      [0, 1, 2, 3].map(async (client) => {
        for (let i = client; !stopTraffic; i++) {
          const question = EXAMPLE_QUESTIONS[i % EXAMPLE_QUESTIONS.length]!;
          outcomes.push(expectAnswerOrUnavailable(await ask(server, question), question));
        }
      }),
    ).finally(() => {
      stopTraffic = true;
    });
    // A wrong answer stops the traffic at once; it is reported where the traffic is awaited below.
    traffic.catch(() => undefined);

    try {
      const slow = settles(post(server.graphqlUrl, SLOW_QUERY));
      await waitUntilRunning('SUCCEEDED_BY*0..', `fault-chain-${CHAIN_LENGTH - 1}`);
      expect(slow.settled(), `the slow lineage query finished before Neo4j was killed; make CHAIN_LENGTH bigger`).toBe(false);
      await neo4j.stop({ kill: true, keepData: true });

      expectUnavailable(await slow.promise, 'the query in flight when Neo4j died');
      for (const question of EXAMPLE_QUESTIONS) expectUnavailable(await ask(server, question), `${question.name}, asked while Neo4j is down`);
      expect(await healthStatus(server)).toEqual({ status: 503, body: { status: 'unavailable', store: 'neo4j' } });
    } finally {
      stopTraffic = true;
      await traffic;
    }
    expect(outcomes).toContain('unavailable');

    await neo4j.restart();
    await waitForRecovery();
    for (const question of EXAMPLE_QUESTIONS) {
      const reply = await ask(server, question);
      expect(reply.status, question.name).toBe(200);
      expect(reply.body, question.name).toEqual({ data: answers.get(question.name) });
    }
  }, 240_000);

  it('keeps a large apply all or nothing when Neo4j dies in the middle of it', async () => {
    const before = await store.snapshot();
    const statsBefore = await store.stats();
    // Existing facts change too (a rename, a deleted link), so a partial write could not hide.
    const renamed = before.entities.find((e) => e.kind === 'Body' && !e.id.startsWith('fault-chain'))!;
    const deletedLink = before.links.find((l) => l.kind !== 'SUCCEEDED_BY')!;
    const added = successionChain('fault-write', WRITE_SIZE, 'fault-write');
    const changes: ChangeSet = {
      upsertEntities: [{ ...renamed, name: `${renamed.name} (renamed mid-fault)` }, ...added.entities],
      upsertLinks: added.links,
      deleteLinkIds: [deletedLink.id],
    };
    const expected = createMemoryStore();
    await expected.replaceAll(before);
    await expected.apply(changes);
    const after = await expected.snapshot();
    const statsAfter = await expected.stats();
    await expected.close();

    const writing = settles(store.apply(changes));
    await pause(3_000);
    expect(writing.settled(), 'the apply finished before Neo4j was killed; make WRITE_SIZE bigger').toBe(false);
    await neo4j.stop({ kill: true, keepData: true });
    const error = await failureOf(writing.promise);
    expect(isGovgraphError(error, 'STORE_UNAVAILABLE'), String(error)).toBe(true);
    expect((error as Error).message).toContain(neo4j.uri);

    await neo4j.restart();
    await waitForRecovery();
    const stats = await store.stats();
    const graph = await store.snapshot();
    const whole = graph.entities.length === after.entities.length;
    expect(stats).toEqual(whole ? statsAfter : statsBefore);
    expect(graph).toEqual(whole ? after : before);
  }, 240_000);

  it('answers a mutation sent while Neo4j is down with STORE_UNAVAILABLE, writes nothing, and takes it once Neo4j is back', async () => {
    const before = await store.snapshot();
    const source = before.entities.find((e) => e.kind === 'Source')!;
    const create = 'mutation ($entity: EntityInput!, $source: SourceRefInput!) { createEntity(entity: $entity, source: $source) { entity { id name } } }';
    const variables = {
      entity: { id: 'fault-panel', kind: 'Body', name: 'Panel created around a fault', status: 'IN_FORCE', confidence: 'STATED', attributes: { bodyType: 'panel' } },
      source: { source: source.id },
    };

    await neo4j.stop({ kill: true, keepData: true });
    expectUnavailable(await post(server.graphqlUrl, create, variables, editorKey), 'createEntity while Neo4j is down');

    await neo4j.restart();
    await waitForRecovery();
    expect(await store.snapshot()).toEqual(before);
    const created = await post(server.graphqlUrl, create, variables, editorKey);
    expect(created.body).toEqual({ data: { createEntity: { entity: { id: 'fault-panel', name: 'Panel created around a fault' } } } });
  }, 240_000);

  it('answers a mutation in flight when Neo4j dies with STORE_UNAVAILABLE, writes nothing, and takes it once Neo4j is back', async () => {
    const source = (await store.snapshot()).entities.find((e) => e.kind === 'Source')!;
    const create = 'mutation ($entity: EntityInput!, $source: SourceRefInput!) { createEntity(entity: $entity, source: $source) { entity { id name } auditEntry { sequence } } }';
    const entity = (id: string, name: string) => ({ id, kind: 'Body', name, status: 'IN_FORCE', confidence: 'STATED', attributes: { bodyType: 'panel' } });
    // One edit first, so the audit lock node exists for the test to hold.
    const first = await post(server.graphqlUrl, create, { entity: entity('fault-first-panel', 'First panel'), source: { source: source.id } }, editorKey);
    expect(first.body.errors).toBeUndefined();
    const before = await store.snapshot();
    const logBefore = await store.auditLog({ newestFirst: true, limit: 1 });

    const holder = observer.session();
    const held = await holder.beginTransaction();
    try {
      const locked = await held.run('MATCH (m:GovgraphAudit {singleton: true}) SET m.heldByTest = true RETURN count(m) AS locked');
      expect(Number(locked.records[0]?.get('locked'))).toBe(1);
      const variables = { entity: entity('fault-blocked-panel', 'Panel created while Neo4j died'), source: { source: source.id } };
      const blocked = settles(post(server.graphqlUrl, create, variables, editorKey));
      // The mutation's transaction is waiting for the lock the test holds: in flight, for as long as the test likes.
      await waitUntilRunning('m.applies');
      expect(blocked.settled(), 'the mutation went through although the audit lock was held').toBe(false);
      await neo4j.stop({ kill: true, keepData: true });
      expectUnavailable(await blocked.promise, 'createEntity in flight when Neo4j died');

      await neo4j.restart();
      await waitForRecovery();
      expect(await store.snapshot()).toEqual(before);
      expect(await store.auditLog({ newestFirst: true, limit: 1 })).toEqual(logBefore);
      const created = await post(server.graphqlUrl, create, variables, editorKey);
      expect(created.body.errors).toBeUndefined();
      expect(created.body.data).toMatchObject({ createEntity: { entity: { id: 'fault-blocked-panel' }, auditEntry: { sequence: logBefore[0]!.sequence + 1 } } });
    } finally {
      await held.close().catch(() => undefined);
      await holder.close().catch(() => undefined);
    }
  }, 240_000);
});
