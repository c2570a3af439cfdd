/**
 * The analytics acceptance suite, run against any store: the Sefton seeds must give the answers
 * the analytics issue asks for, and every analysis must give exactly the answer it gives on the
 * memory store (same results, same order). `tests/analytics-sefton.test.ts` runs it on the memory
 * store, `tests/analytics-neo4j.int.test.ts` on Neo4j.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphData, GraphStore } from '@govgraph/core';
import { loadSeedGraph } from '@govgraph/seeds';
import { createMemoryStore } from '@govgraph/store-memory';
import { createGovgraphContext, createGovgraphServer } from '@govgraph/graphql';
import {
  buildHealthReport,
  centrality,
  changes,
  gaps,
  personDependentLinks,
  singlePointsOfFailure,
  whatIf,
  type AnalyticsOptions,
} from '@govgraph/analytics';
import { testshireGraph } from '../../packages/analytics/test/fixture.js';

/** The day of the last Sefton source (the September 2022 agenda pack). */
const AS_OF = '2022-09-08';
const SEFTON: AnalyticsOptions = { asOf: AS_OF, area: 'sefton' };

/** Options of {@link defineAnalyticsContract}. */
export interface AnalyticsContractOptions {
  /** Timeout of the set-up hooks (loading the seeds into a server takes a while). */
  hookTimeoutMs?: number | undefined;
}

async function seeds(): Promise<GraphData> {
  return loadSeedGraph();
}

/** Every analysis of one scope, as one object, to compare two stores. */
async function everything(store: GraphStore, scope: AnalyticsOptions, removeBody: string, removePerson: string) {
  return {
    personDependentLinks: await personDependentLinks(store, scope),
    singlePointsOfFailure: await singlePointsOfFailure(store, scope),
    centrality: await centrality(store, scope),
    gaps: await gaps(store, scope),
    whatIfBody: await whatIf(store, { removeBody }, scope),
    whatIfPerson: await whatIf(store, { removePerson }, scope),
    changes: await changes(store, { from: '2012-01-01', to: '2022-12-31', area: scope.area }),
  };
}

/**
 * Defines the analytics suite for a store. `makeStore` returns an empty (or disposable) store;
 * the suite fills it with `replaceAll` and closes it at the end.
 */
export function defineAnalyticsContract(name: string, makeStore: () => Promise<GraphStore>, options: AnalyticsContractOptions = {}): void {
  describe(`analytics on the Sefton seeds (${name})`, () => {
    let store: GraphStore;
    let memory: GraphStore;

    beforeAll(async () => {
      const data = await seeds();
      store = await makeStore();
      await store.replaceAll(data);
      memory = createMemoryStore();
      await memory.replaceAll(data);
    }, options.hookTimeoutMs);

    afterAll(async () => {
      await store?.close();
      await memory?.close();
    });

    it('names Sue Holden, Ian Willman and Chris White as the people links between bodies rest on', async () => {
      const links = await personDependentLinks(store, { ...SEFTON, focus: 'safer-sefton-together' });
      const pairs = links.map((l) => ({ bodies: l.bodies.map((b) => b.id), people: l.people.map((p) => p.person.id), basis: l.basis }));
      expect(pairs).toContainEqual({ bodies: ['merseyside-vrp', 'safer-sefton-together'], people: ['sue-holden'], basis: 'person-only' });
      expect(pairs).toContainEqual({ bodies: ['safer-sefton-together', 'sefton-safeguarding-adults-board'], people: ['ian-willman'], basis: 'structural' });
      expect(pairs).toContainEqual({ bodies: ['prevent-sub-group', 'safer-sefton-together'], people: ['chris-white'], basis: 'structural' });
      const chris = links.find((l) => l.people[0]!.person.id === 'chris-white')!;
      expect(chris.status).toBe('agreed'); // the sub-group is agreed, not yet formed
      expect(chris.people[0]!.seats.find((s) => s.body === 'prevent-sub-group')?.role).toBe('lead');
      expect(chris.sources.length).toBeGreaterThan(0);
    });

    it('finds Chris White on the Prevent reporting line and Sue Holden as the only connection to the VRP', async () => {
      const spofs = await singlePointsOfFailure(store, SEFTON);
      expect(spofs).toContainEqual(expect.objectContaining({ person: expect.objectContaining({ id: 'chris-white' }), kind: 'reporting-line', duty: expect.objectContaining({ id: 'prevent' }) }));
      expect(spofs).toContainEqual(expect.objectContaining({ person: expect.objectContaining({ id: 'sue-holden' }), kind: 'body-connection' }));
    });

    it('flags the Prevent risk assessment and partnership plan benchmarks (score 1) as high, the 2s as medium', async () => {
      const benchmarks = (await gaps(store, SEFTON)).filter((f) => f.kind === 'benchmark-below-threshold');
      const high = benchmarks.filter((f) => f.severity === 'high').map((f) => f.id);
      expect(high).toEqual([
        'benchmark-below-threshold:prevent-health-check-2022:prevent-partnership-plan',
        'benchmark-below-threshold:prevent-health-check-2022:risk-assessment',
      ]);
      expect(benchmarks.filter((f) => f.severity === 'medium').length).toBeGreaterThanOrEqual(4);
      expect(benchmarks.every((f) => f.subjects.some((s) => s.id === 'prevent') && f.sources.length > 0)).toBe(true);
    });

    it('no longer counts ended statutory partners such as the police authority, and says the quorum rule is only proposed', async () => {
      const membership = (await gaps(store, { ...SEFTON, asOf: '2013-06-01', focus: 'safer-sefton-together' })).find(
        (f) => f.id === 'statutory-membership:safer-sefton-together',
      );
      expect(membership?.subjects.map((s) => s.id)).toContain('merseyside-police-authority');
      expect(membership?.status).toBe('proposed');
    });

    it('lists Prevent delivery as lost if the Prevent sub-group is removed', async () => {
      const impact = await whatIf(store, { removeBody: 'prevent-sub-group' }, SEFTON);
      const prevent = impact.duties.find((d) => d.duty.id === 'prevent');
      expect(prevent?.rolesLost).toContain('DELIVERS');
      expect(prevent?.losesAllOversight).toBe(false);
      expect(prevent?.remaining.map((e) => e.body.id)).toContain('safer-sefton-together');
      expect(impact.brokenLinks.map((l) => l.id)).toContain('SUB_GROUP_OF:prevent-sub-group->safer-sefton-together');
    });

    it('lists the rename, the domestic abuse groups merger and MARSOC to MARTHR between 2012 and 2022', async () => {
      const events = await changes(store, { from: '2012-01-01', to: '2022-12-31', area: 'sefton' });
      const ids = (kind: string) => events.filter((e) => e.kind === kind).map((e) => e.subjects.map((s) => s.id));
      expect(ids('renamed')).toContainEqual(['safer-sefton-together']);
      expect(ids('merged')).toContainEqual(['domestic-abuse-executive-group', 'domestic-abuse-operational-group', 'domestic-abuse-steering-group']);
      expect(ids('relaunched')).toContainEqual(['sefton-marsoc', 'sefton-marthr']);
      expect(events.every((e) => e.sources.length > 0)).toBe(true);
    });

    it('gives exactly the memory store answers, in the same order', async () => {
      for (const scope of [SEFTON, { ...SEFTON, focus: 'safer-sefton-together' }, { asOf: '2012-07-19', area: 'sefton' }]) {
        expect(await everything(store, scope, 'safer-sefton-together', 'chris-white')).toEqual(
          await everything(memory, scope, 'safer-sefton-together', 'chris-white'),
        );
      }
      expect(await buildHealthReport(store, { ...SEFTON, focus: 'safer-sefton-together' })).toEqual(
        await buildHealthReport(memory, { ...SEFTON, focus: 'safer-sefton-together' }),
      );
    });

    it('answers the same through GraphQL', async () => {
      const server = createGovgraphServer({ store });
      await server.start();
      const response = await server.executeOperation(
        {
          query: `{ personDependentLinks(asOf: "${AS_OF}", area: "sefton", onlyPersonOnly: true) { bodies { id } people { person { id entity { name } } } basis }
                    whatIf(removeBody: "prevent-sub-group", asOf: "${AS_OF}", area: "sefton") { duties { duty { id } rolesLost } } }`,
        },
        { contextValue: createGovgraphContext(store) },
      );
      await server.stop();
      if (response.body.kind !== 'single') throw new Error('expected a single result');
      const result = response.body.singleResult;
      expect(result.errors).toBeUndefined();
      expect(result.data).toEqual({
        // No paper records a reporting line from the domestic abuse partnership or the asylum forum
        // (a report heading, an officer's update): the person who sits on both is the only link.
        personDependentLinks: [
          {
            bodies: [{ id: 'domestic-abuse-multi-agency-partnership' }, { id: 'safer-sefton-together' }],
            people: [{ person: { id: 'janette-maxwell', entity: { name: 'Janette Maxwell' } } }],
            basis: 'PERSON_ONLY',
          },
          {
            bodies: [{ id: 'merseyside-vrp' }, { id: 'safer-sefton-together' }],
            people: [{ person: { id: 'sue-holden', entity: { name: 'Sue Holden' } } }],
            basis: 'PERSON_ONLY',
          },
          {
            bodies: [{ id: 'safer-sefton-together' }, { id: 'sefton-asylum-refugee-migration-forum' }],
            people: [{ person: { id: 'steve-martlew', entity: { name: 'Steve Martlew' } } }],
            basis: 'PERSON_ONLY',
          },
        ],
        whatIf: { duties: [{ duty: { id: 'prevent' }, rolesLost: ['DELIVERS'] }] },
      });
    });
  });

  describe(`analytics on the fixture graph (${name})`, () => {
    let store: GraphStore;
    let memory: GraphStore;
    const scope = { asOf: '2024-06-01', area: 'testshire' };

    beforeAll(async () => {
      store = await makeStore();
      await store.replaceAll(testshireGraph());
      memory = createMemoryStore();
      await memory.replaceAll(testshireGraph());
    }, options.hookTimeoutMs);

    afterAll(async () => {
      await store?.close();
      await memory?.close();
    });

    it('gives exactly the memory store answers', async () => {
      const answers = await everything(store, scope, 'prevent-group', 'chris');
      expect(answers).toEqual(await everything(memory, scope, 'prevent-group', 'chris'));
      expect(answers.gaps.map((f) => f.id)).toContain('required-output-overdue:duty-violence:violence-strategy');
    });
  });
}
