/**
 * The API on a Neo4j that dies and comes back, on a real Neo4j of its own (never the shared one:
 * this file kills and restarts it). govgraph's HTTP server over the seeds: queries in flight when
 * Neo4j is killed, and those that follow, get STORE_UNAVAILABLE in `extensions.code` (never a 500
 * or a stack trace) and /healthz says unavailable; once Neo4j is back on the same data and port the
 * same server answers again, with the same answers, without being restarted. A large `apply` killed
 * in the middle leaves the whole change or none of it. A mutation sent while Neo4j is down is
 * STORE_UNAVAILABLE and writes nothing, and goes through once Neo4j is back. A read past
 * `transactionTimeoutMillis` is abandoned by Neo4j and reported as TIMEOUT.
 *
 * The in-flight work is made slow with data, not with mocks: a long SUCCEEDED_BY chain whose
 * lineage Neo4j takes seconds to walk, and a change set of ten thousand bodies.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ApiKeyFile } from '@govgraph/editing';
import { startLocalNeo4j, type LocalNeo4j } from '@govgraph/neo4j-local';
import { createNeo4jStore } from '@govgraph/store-neo4j';
import { createMemoryStore } from '@govgraph/store-memory';
import { EXAMPLE_QUESTIONS, startGovgraphHttpServer, type ExampleQuestion, type GovgraphHttpServer } from '@govgraph/graphql';
import { defaultSeedDirectories, formatSeedProblems, hasSeedErrors, loadSeedDirectories } from '@govgraph/seeds';
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

/** Bodies in the SUCCEEDED_BY chain: long enough that Neo4j needs seconds for the last one's lineage. */
const CHAIN_LENGTH = 1_000;
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

  /** Polls /healthz until the store answers again (at most about a minute). */
  async function waitForRecovery(): Promise<void> {
    for (let attempt = 0; attempt < 120; attempt++) {
      if ((await healthStatus(server)).status === 200) return;
      await pause(500);
    }
    throw new Error('the API did not recover within 120 health checks after Neo4j came back');
  }

  beforeAll(async () => {
    neo4j = await startLocalNeo4j();
    const seeds = await loadSeedDirectories(defaultSeedDirectories());
    if (hasSeedErrors(seeds.problems)) throw new Error(`the seeds have errors:\n${formatSeedProblems(seeds.problems)}`);
    const chain = successionChain('fault-chain', CHAIN_LENGTH, 'fault-chain');
    store = await createNeo4jStore({ uri: neo4j.uri, maxTransactionRetryTimeMs: RETRY_MILLIS });
    await store.replaceAll({ entities: [...seeds.data.entities, ...chain.entities], links: [...seeds.data.links, ...chain.links] });
    keysFolder = await mkdtemp(join(tmpdir(), 'govgraph-recovery-keys-'));
    const keys = await ApiKeyFile.open(join(keysFolder, 'keys.json'));
    editorKey = (await keys.add({ name: 'recovery-editor', role: 'editor' })).key;
    server = await startGovgraphHttpServer({ store, port: 0, keys });
    for (const question of EXAMPLE_QUESTIONS) {
      const reply = await ask(server, question);
      expect(reply.body.errors, question.name).toBeUndefined();
      answers.set(question.name, reply.body.data);
    }
  }, 180_000);

  // Each test starts on a running Neo4j, even when the one before failed while Neo4j was down.
  beforeEach(async () => {
    if ((await healthStatus(server)).status === 200) return;
    await neo4j.restart();
    await waitForRecovery();
  }, 120_000);

  afterAll(async () => {
    await server?.close();
    await store?.close();
    await neo4j?.stop();
    if (keysFolder) await rm(keysFolder, { recursive: true, force: true });
  }, 60_000);

  it('reports a read that runs past transactionTimeoutMillis as TIMEOUT: Neo4j abandons it', async () => {
    // The chain's lineage takes Neo4j seconds; 200 ms is far below that.
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
      await pause(1_000);
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
});
