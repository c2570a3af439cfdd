/**
 * The contract every govgraph store must pass, so that the embedded store and Neo4j give the same
 * answers in the same order. A store's test file calls {@link defineStoreContract} with a factory;
 * the suite loads the fixture graph (`fixture-graph.ts`) and checks every `GraphStore` method and
 * every rule of the query semantics documented in `@govgraph/store-memory` (and `port.ts`).
 *
 * The suite opens one store for the read-only checks and reloads the fixture before each write
 * check; it opens one extra store to check `close`. Failures are asserted on error codes only.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  GOVERNANCE_LINK_KINDS,
  LINK_KINDS,
  MAX_OVERSIGHT_INHERITANCE,
  compareStrings,
  dataCoverage,
  type Entity,
  type GraphData,
  type GraphStore,
  type Link,
  type SearchOptions,
} from '@govgraph/core';
import { FIXTURE_AREAS, FIXTURE_DAYS as DAY, fixtureGraph } from './fixture-graph.js';
import {
  bruteForceSearch,
  expectCode,
  ids,
  lid,
  newFixtureBody,
  newFixtureLink,
  sortedGraph,
  sortedIds,
  summariseOversight,
  summarisePath,
  type EntrySummary,
} from './contract-helpers.js';

/** Options of {@link defineStoreContract}. */
export interface StoreContractOptions {
  /** Time allowed to open a store and load the fixture (stores behind a server need more). */
  hookTimeoutMs?: number | undefined;
}

// Link ids the expectations use again and again.
const RRO = 'duty-reduce-reoffending';
const SV = 'duty-serious-violence';
const SRP = 'safer-riverton-partnership';
const RCSP = 'riverton-csp';
const RRG = 'riverton-reducing-reoffending-group';
const SCR = 'riverton-overview-scrutiny';
const CAB = 'riverton-cabinet';
const HCSP = 'hillford-csp';
const HWB = 'hillford-health-wellbeing-board';
const SB = 'hillford-safeguarding-board';
const SMG = 'hillford-substance-misuse-group';
const PANEL = 'riverton-youth-panel';
const YOT = 'riverton-youth-outreach-team';
const SAM = 'person-sam-lee';

const O_SRP = lid('OVERSEES', SRP, RRO);
const O_RCSP = lid('OVERSEES', RCSP, RRO);
const D_RRG = lid('DELIVERS', RRG, RRO);
const O_HCSP = lid('OVERSEES', HCSP, RRO);
const D_SMG = lid('DELIVERS', SMG, RRO);
const RT_SRP_SCR = lid('REPORTS_TO', SRP, SCR);
const RT_RCSP_SCR = lid('REPORTS_TO', RCSP, SCR);
const RT_SCR_CAB = lid('REPORTS_TO', SCR, CAB);
const SG_RRG_SRP = lid('SUB_GROUP_OF', RRG, SRP);
const SG_RRG_RCSP = lid('SUB_GROUP_OF', RRG, RCSP);
const RT_HCSP_HWB = lid('REPORTS_TO', HCSP, HWB);
const RT_HWB_SB = lid('REPORTS_TO', HWB, SB);
const RT_SB_HWB = lid('REPORTS_TO', SB, HWB);
const SG_SMG_HCSP = lid('SUB_GROUP_OF', SMG, HCSP);
const SG_PANEL_RRG = lid('SUB_GROUP_OF', PANEL, RRG);
const RT_YOT_PANEL = lid('REPORTS_TO', YOT, PANEL);
const D_NP_SV = lid('DELIVERS', 'northshire-police', SV);
const D_YOT_SV = lid('DELIVERS', YOT, SV);
const L_SRP_SV = lid('LEADS', SRP, SV);
const O_SVB_SV = lid('OVERSEES', 'riverton-serious-violence-board', SV);

/** Option sets the brute-force search comparison runs with. */
const SEARCH_OPTION_CASES: SearchOptions[] = [{}, { limit: 100 }, { area: FIXTURE_AREAS.riverton, limit: 100 }, { kinds: ['Body', 'Duty'], limit: 5 }];

/** Entities of the fixture that have ended by {@link DAY.now}. */
const ENDED_BY_NOW = ['riverton-crime-disorder-partnership', RCSP, 'hillford-drugs-group', 'hillford-alcohol-group'];

/**
 * Declares the whole contract for one store. `makeStore` must return a new, open store each time
 * it is called (it may share a database with earlier ones: the suite replaces the graph itself).
 */
export function defineStoreContract(name: string, makeStore: () => Promise<GraphStore>, options: StoreContractOptions = {}): void {
  const hookTimeout = options.hookTimeoutMs ?? 60_000;

  describe(`GraphStore contract: ${name}`, () => {
    let store: GraphStore;
    const fixture = fixtureGraph();

    beforeAll(async () => {
      store = await makeStore();
      await store.replaceAll(fixtureGraph());
    }, hookTimeout);

    afterAll(async () => {
      await store?.close();
    }, hookTimeout);

    describe('loading and lookups', () => {
      it('has a name', () => {
        expect(typeof store.name).toBe('string');
        expect(store.name.length).toBeGreaterThan(0);
      });

      it('counts entities and links by kind', async () => {
        const stats = await store.stats();
        expect(stats.entities).toBe(31);
        expect(stats.links).toBe(48);
        expect(stats.entitiesByKind).toEqual({ Body: 15, Organisation: 3, Person: 2, Duty: 3, Legislation: 2, Strategy: 1, Meeting: 1, Source: 4 });
        const linksByKind: Record<string, number> = {};
        for (const l of fixture.links) linksByKind[l.kind] = (linksByKind[l.kind] ?? 0) + 1;
        expect(stats.linksByKind).toEqual(linksByKind);
        expect(stats.linksByKind.REPORTS_TO).toBe(7);
      });

      it('returns the same stats from replaceAll as from stats()', async () => {
        const probe = await makeStore();
        try {
          const fromLoad = await probe.replaceAll(fixtureGraph());
          expect(fromLoad).toEqual(await probe.stats());
        } finally {
          await probe.close();
        }
      });

      it('gives back every entity and link exactly as loaded', async () => {
        for (const entity of fixture.entities) expect(await store.getEntity(entity.id)).toEqual(entity);
        for (const link of fixture.links) expect(await store.getLink(link.id)).toEqual(link);
      });

      it('keeps name history, attributes with fuzzy dates, provenance and status', async () => {
        const srp = await store.getEntity(SRP);
        expect(srp?.names.map((n) => n.name)).toEqual(['Riverton Community Safety Partnership', 'Safer Riverton Partnership']);
        expect(srp?.validity?.from).toMatchObject({ earliest: '2020-03-13', latest: '2022-03-17', precision: 'bounds' });
        expect(srp?.attributes).toEqual({ bodyType: 'partnership', statutory: true });
        const minutes = await store.getEntity('src-hillford-minutes-2020');
        expect(minutes?.attributes.date).toEqual({ earliest: '2020-01-20', latest: '2020-01-20', precision: 'day', text: '2020-01-20' });
        const proposed = await store.getLink(O_SVB_SV);
        expect(proposed?.status).toBe('proposed');
        expect(proposed?.sources).toEqual([{ source: 'src-riverton-report-2022', item: '5' }]);
        expect((await store.getLink(lid('SITS_ON', 'person-alex-morgan', SRP)))).toMatchObject({ role: 'chair', representing: 'riverton-council' });
      });

      it('answers null for unknown ids', async () => {
        expect(await store.getEntity('no-such-entity')).toBeNull();
        expect(await store.getLink('OVERSEES:no->such')).toBeNull();
      });

      it('aligns batched lookups with the ids asked for, nulls where missing, repeats allowed', async () => {
        const got = await store.getEntities([SRP, 'missing-one', HCSP, SRP]);
        expect(got.map((e) => e?.id ?? null)).toEqual([SRP, null, HCSP, SRP]);
        expect(await store.getEntities([])).toEqual([]);
      });

      it('cannot be changed through the objects it returns', async () => {
        const before = await store.getEntity(SRP);
        const returned = await store.getEntity(SRP);
        try {
          (returned as Entity).name = 'Changed';
          (returned as Entity).aliases.push('CHANGED');
          (returned as Entity).attributes.bodyType = 'forum';
        } catch {
          // frozen objects are fine too
        }
        const linkBefore = await store.getLink(O_SRP);
        const returnedLinks = await store.linksOf(SRP);
        try {
          (returnedLinks[0] as Link).status = 'ended';
          returnedLinks.length = 0;
        } catch {
          // frozen objects are fine too
        }
        expect(await store.getEntity(SRP)).toEqual(before);
        expect(await store.getLink(O_SRP)).toEqual(linkBefore);
        expect((await store.linksOf(SRP)).length).toBeGreaterThan(0);
      });
    });

    describe('linksOf', () => {
      it('lists links touching an entity in both directions, sorted by id', async () => {
        expect(ids(await store.linksOf(RRG))).toEqual([D_RRG, SG_RRG_RCSP, SG_RRG_SRP, SG_PANEL_RRG]);
        expect(ids(await store.linksOf(RRG, { direction: 'both' }))).toEqual([D_RRG, SG_RRG_RCSP, SG_RRG_SRP, SG_PANEL_RRG]);
      });

      it('filters by direction and kind', async () => {
        expect(ids(await store.linksOf(RRG, { direction: 'out' }))).toEqual([D_RRG, SG_RRG_RCSP, SG_RRG_SRP]);
        expect(ids(await store.linksOf(RRG, { direction: 'in' }))).toEqual([SG_PANEL_RRG]);
        expect(ids(await store.linksOf(RRG, { kinds: ['DELIVERS'] }))).toEqual([D_RRG]);
        expect(ids(await store.linksOf(HCSP, { kinds: ['LINKS_TO'], direction: 'out' }))).toEqual([lid('LINKS_TO', HCSP, SRP)]);
        expect(await store.linksOf(RRG, { kinds: [] })).toEqual([]);
      });

      it('applies the as-of rule on both sides of the bracketed rename', async () => {
        const kinds = ['SUB_GROUP_OF'] as const;
        expect(ids(await store.linksOf(RRG, { kinds, asOf: DAY.insideRenameBracket }))).toEqual([SG_RRG_RCSP, SG_PANEL_RRG]);
        expect(ids(await store.linksOf(RRG, { kinds, asOf: DAY.dayBeforeRename }))).toEqual([SG_RRG_RCSP, SG_PANEL_RRG]);
        expect(ids(await store.linksOf(RRG, { kinds, asOf: DAY.renameDay }))).toEqual([SG_RRG_SRP, SG_PANEL_RRG]);
      });

      it('drops a holding link when one of its ends does not hold', async () => {
        const rename = lid('SUCCEEDED_BY', RCSP, SRP);
        expect(ids(await store.linksOf(SRP, { kinds: ['SUCCEEDED_BY'] }))).toEqual([rename]);
        expect(await store.linksOf(SRP, { kinds: ['SUCCEEDED_BY'], asOf: DAY.now })).toEqual([]);
      });

      it('applies year and month precision ends exactly', async () => {
        const seat = lid('SITS_ON', 'person-alex-morgan', HCSP);
        const q = (asOf: string) => store.linksOf(HCSP, { kinds: ['SITS_ON'], asOf });
        expect(ids(await q(DAY.hillfordSeatLastDay))).toEqual([seat]);
        expect(await q(DAY.hillfordSeatEnded)).toEqual([]);
        expect(await store.linksOf(HCSP, { asOf: DAY.hillfordDayBefore })).toEqual([]);
        expect((await store.linksOf(HCSP, { asOf: DAY.hillfordStart })).length).toBeGreaterThan(0);
      });

      it('answers [] for an unknown entity', async () => {
        expect(await store.linksOf('no-such-entity')).toEqual([]);
      });
    });

    describe('search', () => {
      it('ranks an exact alias above a whole-word id match', async () => {
        const hits = await store.search('SRP');
        expect(hits.map((h) => [h.entity.id, h.matchKind, h.matched, h.score])).toEqual([
          [SRP, 'alias', 'SRP', 102],
          ['meeting-srp-2023-06-14', 'id', 'meeting-srp-2023-06-14', 44],
        ]);
      });

      it('finds a former name, the current name ranking first', async () => {
        const hits = await store.search('Riverton Community Safety Partnership');
        expect(hits.map((h) => [h.entity.id, h.matchKind, h.score])).toEqual([
          [RCSP, 'name', 103],
          [SRP, 'former-name', 102],
        ]);
      });

      it('folds punctuation, case and accents', async () => {
        expect((await store.search('S.R.P.')).map((h) => [h.entity.id, h.matched])).toEqual([[SRP, 'SRP']]);
        expect((await store.search('rro')).map((h) => h.entity.id)).toEqual([RRO]);
        expect(ids((await store.search('HILLFÖRD CSP')).map((h) => h.entity))).toContain(HCSP);
      });

      it('breaks score ties by id and filters by area (national entities always count)', async () => {
        const all = await store.search('community safety partnership');
        expect(all.map((h) => [h.entity.id, h.score])).toEqual([
          [HCSP, 43],
          [RCSP, 43],
          [SRP, 42],
        ]);
        expect((await store.search('community safety partnership', { area: FIXTURE_AREAS.hillford })).map((h) => h.entity.id)).toEqual([HCSP]);
        expect((await store.search('police', { area: FIXTURE_AREAS.hillford })).map((h) => h.entity.id)).toEqual(['northshire-police']);
      });

      it('filters by kind and limits', async () => {
        expect((await store.search('youth', { kinds: ['Body'] })).map((h) => [h.entity.id, h.matchKind, h.score])).toEqual([
          [YOT, 'name', 63],
          [PANEL, 'name', 63],
        ]);
        expect(await store.search('youth', { kinds: ['Person'] })).toEqual([]);
        expect((await store.search('youth', { limit: 1 })).map((h) => h.entity.id)).toEqual([YOT]);
        expect((await store.search('sam')).map((h) => [h.entity.id, h.matched, h.matchKind])).toEqual([[SAM, 'Sam Lee', 'name']]);
      });

      it('answers [] for empty or punctuation-only text', async () => {
        expect(await store.search('')).toEqual([]);
        expect(await store.search('   ')).toEqual([]);
        expect(await store.search('!!!')).toEqual([]);
      });

      it('returns exactly the brute-force definition', async () => {
        const queries = ['r', 'ri', 'riv', 'riverton', 'partnership', 'group', 'board', 'hill', 'hillford', 'csp', 'c s p', 'ssc', 'the', 'on', 'duty', 'sub', 'meeting', '2023', 'act 1998', 'a', 'src', 'northshire police', 'zzz'];
        for (const q of queries) {
          for (const opts of SEARCH_OPTION_CASES) {
            const expected = bruteForceSearch(fixture.entities, q, opts);
            const got = await store.search(q, opts);
            expect(got.map((h) => [h.entity.id, h.matched, h.matchKind, h.score]), `search "${q}" ${JSON.stringify(opts)}`).toEqual(
              expected.map((h) => [h.entity.id, h.matched, h.matchKind, h.score]),
            );
          }
        }
      });

      it('returns whole entities', async () => {
        const [hit] = await store.search('Safer Riverton Partnership');
        expect(hit?.entity).toEqual(fixture.entities.find((e) => e.id === SRP));
      });
    });

    describe('lineage', () => {
      const first = lid('SUCCEEDED_BY', 'riverton-crime-disorder-partnership', RCSP);
      const second = lid('SUCCEEDED_BY', RCSP, SRP);

      it('walks renames backwards and forwards transitively, regardless of dates', async () => {
        expect(await store.lineage(SRP).then((l) => [ids(l.predecessors), ids(l.successors)])).toEqual([[first, second], []]);
        expect(await store.lineage('riverton-crime-disorder-partnership').then((l) => [ids(l.predecessors), ids(l.successors)])).toEqual([[], [first, second]]);
        expect(await store.lineage(RCSP).then((l) => [ids(l.predecessors), ids(l.successors)])).toEqual([[first], [second]]);
      });

      it('follows a merge from both merged bodies but not sideways', async () => {
        const fromDrugs = lid('SUCCEEDED_BY', 'hillford-drugs-group', SMG);
        const fromAlcohol = lid('SUCCEEDED_BY', 'hillford-alcohol-group', SMG);
        expect(await store.lineage(SMG).then((l) => [ids(l.predecessors), ids(l.successors)])).toEqual([[fromAlcohol, fromDrugs], []]);
        expect(await store.lineage('hillford-drugs-group').then((l) => [ids(l.predecessors), ids(l.successors)])).toEqual([[], [fromDrugs]]);
        const link = (await store.lineage(SMG)).predecessors[0];
        expect(link).toMatchObject({ kind: 'SUCCEEDED_BY', lineage: 'merge', status: 'in-force' });
      });

      it('answers empty lists for an entity without lineage or an unknown id', async () => {
        expect(await store.lineage(CAB)).toEqual({ predecessors: [], successors: [] });
        expect(await store.lineage('no-such-entity')).toEqual({ predecessors: [], successors: [] });
      });
    });

    describe('oversight', () => {
      const reoffendingNow: EntrySummary[] = [
        [HCSP, 'OVERSEES', false, [O_HCSP]],
        [SMG, 'DELIVERS', false, [D_SMG]],
        [RRG, 'DELIVERS', false, [D_RRG]],
        [SRP, 'OVERSEES', false, [O_SRP]],
        [HCSP, 'OVERSEES', true, [D_SMG, SG_SMG_HCSP]],
        [HWB, 'OVERSEES', true, [O_HCSP, RT_HCSP_HWB]],
        [SCR, 'OVERSEES', true, [O_SRP, RT_SRP_SCR]],
        [SRP, 'OVERSEES', true, [D_RRG, SG_RRG_SRP]],
        [HWB, 'OVERSEES', true, [D_SMG, SG_SMG_HCSP, RT_HCSP_HWB]],
        [SB, 'OVERSEES', true, [O_HCSP, RT_HCSP_HWB, RT_HWB_SB]],
        [CAB, 'OVERSEES', true, [O_SRP, RT_SRP_SCR, RT_SCR_CAB]],
        [SCR, 'OVERSEES', true, [D_RRG, SG_RRG_SRP, RT_SRP_SCR]],
        [SB, 'OVERSEES', true, [D_SMG, SG_SMG_HCSP, RT_HCSP_HWB, RT_HWB_SB]],
        [CAB, 'OVERSEES', true, [D_RRG, SG_RRG_SRP, RT_SRP_SCR, RT_SCR_CAB]],
      ];

      it('lists direct and inherited entries with their chains, sorted, through a REPORTS_TO cycle', async () => {
        const answer = await store.oversight(RRO, { asOf: DAY.now });
        expect(answer?.duty.id).toBe(RRO);
        expect(answer?.asOf).toBe(DAY.now);
        expect(summariseOversight(answer)).toEqual(reoffendingNow);
      });

      it('returns whole bodies and links, leaves people out of the entries', async () => {
        const answer = await store.oversight(RRO, { asOf: DAY.now });
        expect(answer?.entries[0]?.body).toEqual(fixture.entities.find((e) => e.id === HCSP));
        expect(answer?.entries[0]?.chain[0]).toEqual(fixture.links.find((l) => l.id === O_HCSP));
        expect(answer?.entries.some((e) => e.body.kind === 'Person')).toBe(false);
        expect(answer?.entries.some((e) => e.chain[0]?.id === lid('LEADS', SAM, RRO))).toBe(false);
      });

      it('filters by area, keeping national facts', async () => {
        const riverton = summariseOversight(await store.oversight(RRO, { asOf: DAY.now, area: FIXTURE_AREAS.riverton }));
        expect(riverton).toEqual(reoffendingNow.filter(([body]) => body.startsWith('riverton') || body === SRP));
        const hillford = summariseOversight(await store.oversight(SV, { asOf: DAY.now, area: FIXTURE_AREAS.hillford }));
        expect(hillford).toEqual([['northshire-police', 'DELIVERS', false, [D_NP_SV]]]);
      });

      it('switches from the old partnership to the renamed one exactly when the bracket closes', async () => {
        const before: EntrySummary[] = [
          [RCSP, 'OVERSEES', false, [O_RCSP]],
          [RRG, 'DELIVERS', false, [D_RRG]],
          [RCSP, 'OVERSEES', true, [D_RRG, SG_RRG_RCSP]],
          [SCR, 'OVERSEES', true, [O_RCSP, RT_RCSP_SCR]],
          [CAB, 'OVERSEES', true, [O_RCSP, RT_RCSP_SCR, RT_SCR_CAB]],
          [SCR, 'OVERSEES', true, [D_RRG, SG_RRG_RCSP, RT_RCSP_SCR]],
          [CAB, 'OVERSEES', true, [D_RRG, SG_RRG_RCSP, RT_RCSP_SCR, RT_SCR_CAB]],
        ];
        const area = FIXTURE_AREAS.riverton;
        expect(summariseOversight(await store.oversight(RRO, { asOf: DAY.insideRenameBracket, area }))).toEqual(before);
        expect(summariseOversight(await store.oversight(RRO, { asOf: DAY.dayBeforeRename, area }))).toEqual(before);
        const after = summariseOversight(await store.oversight(RRO, { asOf: DAY.renameDay, area }));
        expect(after).toEqual(reoffendingNow.filter(([body]) => body.startsWith('riverton') || body === SRP));
      });

      it('stops inheritance after MAX_OVERSIGHT_INHERITANCE hops and keeps every status', async () => {
        const answer = await store.oversight(SV, { asOf: DAY.now });
        expect(summariseOversight(answer)).toEqual([
          ['northshire-police', 'DELIVERS', false, [D_NP_SV]],
          ['riverton-serious-violence-board', 'OVERSEES', false, [O_SVB_SV]],
          [YOT, 'DELIVERS', false, [D_YOT_SV]],
          [SRP, 'LEADS', false, [L_SRP_SV]],
          [SCR, 'OVERSEES', true, [L_SRP_SV, RT_SRP_SCR]],
          [PANEL, 'OVERSEES', true, [D_YOT_SV, RT_YOT_PANEL]],
          [CAB, 'OVERSEES', true, [L_SRP_SV, RT_SRP_SCR, RT_SCR_CAB]],
          [RRG, 'OVERSEES', true, [D_YOT_SV, RT_YOT_PANEL, SG_PANEL_RRG]],
          [SRP, 'OVERSEES', true, [D_YOT_SV, RT_YOT_PANEL, SG_PANEL_RRG, SG_RRG_SRP]],
          [SCR, 'OVERSEES', true, [D_YOT_SV, RT_YOT_PANEL, SG_PANEL_RRG, SG_RRG_SRP, RT_SRP_SCR]],
        ]);
        expect(MAX_OVERSIGHT_INHERITANCE).toBe(4);
        expect(Math.max(...answer!.entries.map((e) => e.chain.length))).toBe(MAX_OVERSIGHT_INHERITANCE + 1);
        const statusOf = (body: string) => answer!.entries.find((e) => e.body.id === body && !e.inherited)?.chain[0]?.status;
        expect([statusOf('riverton-serious-violence-board'), statusOf(SRP), statusOf(YOT)]).toEqual(['proposed', 'agreed', 'in-force']);
      });

      it('applies the as-of rule to the duty, the links and the month-precision start', async () => {
        const none = await store.oversight(SV, { asOf: DAY.dayBeforeSeriousViolence });
        expect(none?.duty.id).toBe(SV);
        expect(none?.entries).toEqual([]);
        expect(summariseOversight(await store.oversight(SV, { asOf: DAY.seriousViolenceStart }))).toEqual([
          ['northshire-police', 'DELIVERS', false, [D_NP_SV]],
          ['riverton-serious-violence-board', 'OVERSEES', false, [O_SVB_SV]],
        ]);
        const direct = async (asOf: string) =>
          summariseOversight(await store.oversight(SV, { asOf })).filter(([, , inherited]) => !inherited).map(([body]) => body);
        expect(await direct(DAY.leadsMonthDayBefore)).toEqual(['northshire-police', 'riverton-serious-violence-board', YOT]);
        expect(await direct(DAY.leadsMonthLastDay)).toEqual(['northshire-police', 'riverton-serious-violence-board', YOT, SRP]);
      });

      it('switches merged sub-groups on the merger day', async () => {
        const direct = async (asOf: string) =>
          summariseOversight(await store.oversight(RRO, { asOf, area: FIXTURE_AREAS.hillford })).filter(([, , inherited]) => !inherited).map(([body]) => body);
        expect(await direct(DAY.dayBeforeMerge)).toEqual([HCSP, 'hillford-drugs-group']);
        expect(await direct(DAY.mergeDay)).toEqual([HCSP, SMG]);
      });

      it('never visits a body twice in one chain', async () => {
        expect(summariseOversight(await store.oversight('duty-safeguarding-adults', { asOf: DAY.now }))).toEqual([
          [SB, 'OVERSEES', false, [lid('OVERSEES', SB, 'duty-safeguarding-adults')]],
          [HWB, 'OVERSEES', true, [lid('OVERSEES', SB, 'duty-safeguarding-adults'), RT_SB_HWB]],
        ]);
        const answer = await store.oversight(RRO, { asOf: DAY.now });
        for (const entry of answer!.entries) {
          const nodes = [entry.chain[0]!.from, ...entry.chain.slice(1).map((l) => l.to)];
          expect(new Set(nodes).size).toBe(nodes.length);
        }
      });

      it('answers null for an unknown duty', async () => {
        expect(await store.oversight('no-such-duty', { asOf: DAY.now })).toBeNull();
      });

      it('returns a duty that does not match the area with no entries', async () => {
        const answer = await store.oversight(RCSP, { asOf: DAY.dayBeforeRename, area: FIXTURE_AREAS.hillford });
        expect(answer?.duty.id).toBe(RCSP);
        expect(answer?.entries).toEqual([]);
      });
    });

    describe('path', () => {
      const samToCabinetVia = {
        duty: {
          nodes: [SAM, RRO, SRP, SCR, CAB],
          links: [lid('LEADS', SAM, RRO), O_SRP, RT_SRP_SCR, RT_SCR_CAB],
        },
        council: {
          nodes: [SAM, 'riverton-council', SRP, SCR, CAB],
          links: [lid('WORKS_FOR', SAM, 'riverton-council'), lid('MEMBER_OF', 'riverton-council', SRP), RT_SRP_SCR, RT_SCR_CAB],
        },
        meeting: {
          nodes: [SAM, 'meeting-srp-2023-06-14', SRP, SCR, CAB],
          links: [lid('SENT_APOLOGIES', SAM, 'meeting-srp-2023-06-14'), lid('MEETING_OF', 'meeting-srp-2023-06-14', SRP), RT_SRP_SCR, RT_SCR_CAB],
        },
      };

      it('returns every shortest path, walking links either way, sorted by link ids', async () => {
        const paths = await store.path(SAM, CAB, { asOf: DAY.now, maxHops: 6 });
        expect(paths.map(summarisePath)).toEqual([samToCabinetVia.duty, samToCabinetVia.council]);
        expect(paths[0]?.nodes[2]).toEqual(fixture.entities.find((e) => e.id === SRP));
      });

      it('leaves evidence links out by default and walks them when asked', async () => {
        const paths = await store.path(SAM, CAB, { asOf: DAY.now, maxHops: 6, kinds: LINK_KINDS });
        expect(paths.map(summarisePath)).toEqual([samToCabinetVia.duty, samToCabinetVia.meeting, samToCabinetVia.council]);
        expect(await store.path(SAM, CAB, { asOf: DAY.now, maxHops: 6, kinds: GOVERNANCE_LINK_KINDS })).toEqual(
          await store.path(SAM, CAB, { asOf: DAY.now, maxHops: 6 }),
        );
      });

      it('respects maxHops and limit', async () => {
        expect(await store.path(SAM, CAB, { asOf: DAY.now, maxHops: 3 })).toEqual([]);
        expect((await store.path(SAM, CAB, { asOf: DAY.now, maxHops: 4 })).length).toBe(2);
        expect((await store.path(SAM, CAB, { asOf: DAY.now, maxHops: 6, limit: 1 })).map(summarisePath)).toEqual([samToCabinetVia.duty]);
      });

      it('keeps parallel links as separate paths', async () => {
        expect((await store.path(SRP, HCSP, { asOf: DAY.now, maxHops: 3 })).map(summarisePath)).toEqual([
          { nodes: [SRP, HCSP], links: [lid('LINKS_TO', HCSP, SRP)] },
          { nodes: [SRP, HCSP], links: [lid('LINKS_TO', SRP, HCSP)] },
        ]);
      });

      it('walks only the allowed kinds', async () => {
        expect((await store.path(SRP, HCSP, { asOf: DAY.now, maxHops: 3, kinds: ['MEMBER_OF'] })).map(summarisePath)).toEqual([
          { nodes: [SRP, 'northshire-police', HCSP], links: [lid('MEMBER_OF', 'northshire-police', SRP), lid('MEMBER_OF', 'northshire-police', HCSP)] },
        ]);
      });

      it('uses only facts that hold on the day', async () => {
        expect((await store.path(SRP, HCSP, { asOf: DAY.renameDay, maxHops: 3 })).map(summarisePath)).toEqual([
          { nodes: [SRP, 'northshire-police', HCSP], links: [lid('MEMBER_OF', 'northshire-police', SRP), lid('MEMBER_OF', 'northshire-police', HCSP)] },
          { nodes: [SRP, RRO, HCSP], links: [O_SRP, O_HCSP] },
        ]);
        expect(await store.path(SRP, HCSP, { asOf: DAY.dayBeforeRename, maxHops: 6 })).toEqual([]);
      });

      it('leaves out entities of another area', async () => {
        expect(await store.path(SRP, HCSP, { asOf: DAY.now, maxHops: 6, area: FIXTURE_AREAS.riverton })).toEqual([]);
        const viaNational = await store.path(SRP, 'riverton-council', { asOf: DAY.now, maxHops: 2, area: FIXTURE_AREAS.riverton });
        expect(viaNational.map(summarisePath)).toEqual([{ nodes: [SRP, 'riverton-council'], links: [lid('MEMBER_OF', 'riverton-council', SRP)] }]);
      });

      it('answers one single-node path from an entity to itself', async () => {
        const paths = await store.path(SRP, SRP, { asOf: DAY.now, maxHops: 1 });
        expect(paths.map(summarisePath)).toEqual([{ nodes: [SRP], links: [] }]);
        expect(await store.path(RCSP, RCSP, { asOf: DAY.now, maxHops: 1 })).toEqual([]);
      });

      it('answers [] for unknown or unconnected entities', async () => {
        expect(await store.path('no-such-entity', SRP, { asOf: DAY.now, maxHops: 6 })).toEqual([]);
        expect(await store.path(SRP, 'no-such-entity', { asOf: DAY.now, maxHops: 6 })).toEqual([]);
        expect(await store.path('src-hillford-minutes-2020', SRP, { asOf: DAY.now, maxHops: 6 })).toEqual([]);
      });

      it('terminates around a cycle', async () => {
        expect((await store.path(SB, HCSP, { asOf: DAY.now, maxHops: 6 })).map(summarisePath)).toEqual([
          { nodes: [SB, HWB, HCSP], links: [RT_HWB_SB, RT_HCSP_HWB] },
          { nodes: [SB, HWB, HCSP], links: [RT_SB_HWB, RT_HCSP_HWB] },
        ]);
      });
    });

    describe('interdependencies', () => {
      it('returns the neighbourhood with every allowed link between returned nodes', async () => {
        const sub = await store.interdependencies(RRG, { asOf: DAY.now, depth: 1 });
        expect(sub?.focus).toEqual(fixture.entities.find((e) => e.id === RRG));
        expect(ids(sub!.nodes)).toEqual([RRO, RRG, PANEL, SRP]);
        expect(ids(sub!.links)).toEqual([D_RRG, O_SRP, SG_RRG_SRP, SG_PANEL_RRG]);
      });

      it('applies the as-of rule and the kinds', async () => {
        const panelNow = await store.interdependencies(PANEL, { asOf: DAY.now, depth: 1 });
        expect(ids(panelNow!.nodes)).toEqual([SAM, RRG, YOT, PANEL]);
        expect(ids(panelNow!.links)).toEqual([RT_YOT_PANEL, lid('SITS_ON', SAM, PANEL), SG_PANEL_RRG]);
        const panelBefore = await store.interdependencies(PANEL, { asOf: '2023-01-01', depth: 1 });
        expect(ids(panelBefore!.nodes)).toEqual([SAM, RRG, PANEL]);
        const sitting = await store.interdependencies(PANEL, { asOf: DAY.now, depth: 2, kinds: ['SITS_ON'] });
        expect([ids(sitting!.nodes), ids(sitting!.links)]).toEqual([[SAM, PANEL], [lid('SITS_ON', SAM, PANEL)]]);
      });

      it('leaves evidence links out by default', async () => {
        const meeting = await store.interdependencies('meeting-srp-2023-06-14', { asOf: DAY.now, depth: 2 });
        expect([ids(meeting!.nodes), meeting!.links]).toEqual([['meeting-srp-2023-06-14'], []]);
        const withEvidence = await store.interdependencies('meeting-srp-2023-06-14', { asOf: DAY.now, depth: 1, kinds: ['MEETING_OF', 'ATTENDED', 'SENT_APOLOGIES'] });
        expect(ids(withEvidence!.nodes)).toEqual(['meeting-srp-2023-06-14', 'person-alex-morgan', SAM, SRP]);
      });

      it('returns only the focus at depth 0', async () => {
        const sub = await store.interdependencies(SRP, { asOf: DAY.now, depth: 0 });
        expect([ids(sub!.nodes), sub!.links]).toEqual([[SRP], []]);
      });

      it('walks through a cycle within one area, keeping national entities', async () => {
        const sub = await store.interdependencies(SB, { asOf: DAY.now, depth: 4, area: FIXTURE_AREAS.hillford });
        expect(ids(sub!.nodes)).toEqual([
          RRO,
          'duty-safeguarding-adults',
          SV,
          'hillford-council',
          HCSP,
          HWB,
          SB,
          SMG,
          'leg-crime-disorder-act-s17',
          'northshire-police',
        ]);
        expect(ids(sub!.links)).toEqual([
          D_SMG,
          D_NP_SV,
          lid('IMPOSED_BY', RRO, 'leg-crime-disorder-act-s17'),
          lid('MEMBER_OF', 'hillford-council', HCSP),
          lid('MEMBER_OF', 'northshire-police', HCSP),
          O_HCSP,
          lid('OVERSEES', SB, 'duty-safeguarding-adults'),
          RT_HCSP_HWB,
          RT_HWB_SB,
          RT_SB_HWB,
          SG_SMG_HCSP,
        ]);
      });

      it('answers null for an unknown focus and an empty neighbourhood for one that does not hold', async () => {
        expect(await store.interdependencies('no-such-entity', { asOf: DAY.now, depth: 2 })).toBeNull();
        const ended = await store.interdependencies(RCSP, { asOf: DAY.now, depth: 2 });
        expect(ended?.focus.id).toBe(RCSP);
        expect([ended?.nodes, ended?.links]).toEqual([[], []]);
      });
    });

    describe('snapshot', () => {
      it('returns the whole graph sorted by id', async () => {
        expect(await store.snapshot()).toEqual(sortedGraph(fixture));
      });

      it('keeps only holding entities and holding links between them as of a day', async () => {
        const snap = await store.snapshot({ asOf: DAY.now });
        expect(ids(snap.entities)).toEqual(sortedIds(fixture.entities.map((e) => e.id).filter((id) => !ENDED_BY_NOW.includes(id))));
        const excludedLinks = [
          lid('SUCCEEDED_BY', 'riverton-crime-disorder-partnership', RCSP),
          lid('SUCCEEDED_BY', RCSP, SRP),
          O_RCSP,
          SG_RRG_RCSP,
          RT_RCSP_SCR,
          lid('SITS_ON', 'person-alex-morgan', RCSP),
          lid('SITS_ON', 'person-alex-morgan', HCSP),
          lid('SUB_GROUP_OF', 'hillford-drugs-group', HCSP),
          lid('SUB_GROUP_OF', 'hillford-alcohol-group', HCSP),
          lid('SUCCEEDED_BY', 'hillford-drugs-group', SMG),
          lid('SUCCEEDED_BY', 'hillford-alcohol-group', SMG),
          lid('DELIVERS', 'hillford-drugs-group', RRO),
        ];
        expect(ids(snap.links)).toEqual(sortedIds(fixture.links.map((l) => l.id).filter((id) => !excludedLinks.includes(id))));
      });

      it('filters by area with or without a day', async () => {
        const inHillford = (e: Entity) => e.area === undefined || e.area === FIXTURE_AREAS.hillford;
        const kept = new Set(fixture.entities.filter(inHillford).map((e) => e.id));
        const snap = await store.snapshot({ area: FIXTURE_AREAS.hillford });
        expect(ids(snap.entities)).toEqual(sortedIds(kept));
        expect(ids(snap.links)).toEqual(sortedIds(fixture.links.filter((l) => kept.has(l.from) && kept.has(l.to)).map((l) => l.id)));
        const dated = await store.snapshot({ area: FIXTURE_AREAS.hillford, asOf: DAY.now });
        expect(ids(dated.entities)).toEqual(sortedIds([...kept].filter((id) => !ENDED_BY_NOW.includes(id))));
        expect(ids(dated.links)).not.toContain(lid('SITS_ON', 'person-alex-morgan', HCSP));
      });

      it("gives the span of the dated sources (dataCoverage), of one area's own sources when asked", async () => {
        // Riverton's sources: minutes of 14 June 2019 and a report dated March 2022 (counting to its last day).
        expect(await dataCoverage(store, { area: FIXTURE_AREAS.riverton })).toEqual({
          area: FIXTURE_AREAS.riverton,
          earliest: '2019-06-14',
          latest: '2022-03-31',
          datedSources: 2,
          undatedSources: 0,
          latestSourceId: 'src-riverton-report-2022',
        });
        // The national Act has no date, so the whole graph spans the same days with one undated source.
        const whole = await dataCoverage(store);
        expect(whole).toMatchObject({ area: null, earliest: '2019-06-14', latest: '2022-03-31', datedSources: 3, latestSourceId: 'src-riverton-report-2022' });
        expect(whole.undatedSources).toBe(fixture.entities.filter((e) => e.kind === 'Source').length - 3);
        expect(await dataCoverage(store, { area: 'nowhere' })).toEqual({ area: 'nowhere', earliest: null, latest: null, datedSources: 0, undatedSources: 0, latestSourceId: null });
      });
    });

    describe('input checks', () => {
      it('rejects a malformed day, hop count, depth or limit with INVALID_INPUT', async () => {
        await expectCode(store.oversight(RRO, { asOf: 'yesterday' }), 'INVALID_INPUT');
        await expectCode(store.oversight(RRO, { asOf: '2024-02-30' }), 'INVALID_INPUT');
        await expectCode(store.path(SRP, HCSP, { asOf: DAY.now, maxHops: 0 }), 'INVALID_INPUT');
        await expectCode(store.path(SRP, HCSP, { asOf: DAY.now, maxHops: 7 }), 'INVALID_INPUT');
        await expectCode(store.path(SRP, HCSP, { asOf: DAY.now, maxHops: 2, limit: 0 }), 'INVALID_INPUT');
        await expectCode(store.interdependencies(SRP, { asOf: DAY.now, depth: 5 }), 'INVALID_INPUT');
        await expectCode(store.interdependencies(SRP, { asOf: DAY.now, depth: -1 }), 'INVALID_INPUT');
        await expectCode(store.search('srp', { limit: 0 }), 'INVALID_INPUT');
        await expectCode(store.linksOf(SRP, { asOf: '2024-1-1' }), 'INVALID_INPUT');
        await expectCode(store.snapshot({ asOf: 'now' }), 'INVALID_INPUT');
      });

      it('rejects a linksOf direction other than out, in or both (the memory store once read any value as both)', async () => {
        await expectCode(store.linksOf(SRP, { direction: 'sideways' as never }), 'INVALID_INPUT');
        await expectCode(store.linksOf(SRP, { direction: '' as never }), 'INVALID_INPUT');
        await expectCode(store.linksOf(SRP, { direction: null as never }), 'INVALID_INPUT');
        expect(ids(await store.linksOf(SRP, { direction: 'both' }))).toEqual(ids(await store.linksOf(SRP)));
      });

      it('rejects unknown link kinds wherever kinds are asked for', async () => {
        const kinds = ['OVERSEES', 'OVERSEEZ'] as never;
        await expectCode(store.linksOf(SRP, { kinds }), 'INVALID_INPUT');
        await expectCode(store.path(SRP, HCSP, { asOf: DAY.now, maxHops: 2, kinds }), 'INVALID_INPUT');
        await expectCode(store.interdependencies(SRP, { asOf: DAY.now, depth: 1, kinds }), 'INVALID_INPUT');
      });

      it('rejects a missing day and numbers that are not whole, for every query that needs them', async () => {
        await expectCode(store.oversight(RRO, {} as never), 'INVALID_INPUT');
        await expectCode(store.path(SRP, HCSP, { maxHops: 2 } as never), 'INVALID_INPUT');
        await expectCode(store.interdependencies(SRP, { depth: 1 } as never), 'INVALID_INPUT');
        await expectCode(store.path(SRP, HCSP, { asOf: DAY.now } as never), 'INVALID_INPUT');
        await expectCode(store.path(SRP, HCSP, { asOf: DAY.now, maxHops: 2.5 }), 'INVALID_INPUT');
        await expectCode(store.path(SRP, HCSP, { asOf: DAY.now, maxHops: 2, limit: 1.5 }), 'INVALID_INPUT');
        await expectCode(store.interdependencies(SRP, { asOf: DAY.now } as never), 'INVALID_INPUT');
        await expectCode(store.interdependencies(SRP, { asOf: DAY.now, depth: 0.5 }), 'INVALID_INPUT');
        await expectCode(store.search('srp', { limit: 2.5 }), 'INVALID_INPUT');
        await expectCode(store.search('srp', { limit: '3' as never }), 'INVALID_INPUT');
      });

      it('rejects a malformed day in path and interdependencies too', async () => {
        await expectCode(store.path(SRP, HCSP, { asOf: 'yesterday', maxHops: 2 }), 'INVALID_INPUT');
        await expectCode(store.path(SRP, HCSP, { asOf: '2024-13-01', maxHops: 2 }), 'INVALID_INPUT');
        await expectCode(store.interdependencies(SRP, { asOf: '2024-02-30', depth: 1 }), 'INVALID_INPUT');
        await expectCode(store.interdependencies(SRP, { asOf: 20240115 as never, depth: 1 }), 'INVALID_INPUT');
        await expectCode(store.oversight(RRO, { asOf: null as never }), 'INVALID_INPUT');
        await expectCode(store.snapshot({ asOf: '2024-01-15T00:00:00Z' }), 'INVALID_INPUT');
      });

      it('accepts every bound of every range: 1 and 6 hops, depth 0 and 4, a limit of 1', async () => {
        expect((await store.path(SRP, SCR, { asOf: DAY.now, maxHops: 1 })).map((p) => ids(p.links))).toEqual([[RT_SRP_SCR]]);
        expect(await store.path(SRP, SCR, { asOf: DAY.now, maxHops: 6 })).toEqual(await store.path(SRP, SCR, { asOf: DAY.now, maxHops: 1 }));
        expect(await store.path(SAM, CAB, { asOf: DAY.now, maxHops: 6, limit: 1 })).toHaveLength(1);
        expect(ids((await store.interdependencies(SRP, { asOf: DAY.now, depth: 0 }))!.nodes)).toEqual([SRP]);
        const deepest = await store.interdependencies(SRP, { asOf: DAY.now, depth: 4 });
        const depthThree = await store.interdependencies(SRP, { asOf: DAY.now, depth: 3 });
        expect(ids(deepest!.nodes)).toEqual(expect.arrayContaining(ids(depthThree!.nodes)));
        expect(ids(deepest!.links)).toEqual(expect.arrayContaining(ids(depthThree!.links)));
        expect(await store.search('riverton', { limit: 1 })).toHaveLength(1);
        expect(await store.search('riverton', { limit: Number.MAX_SAFE_INTEGER })).toEqual(await store.search('riverton', { limit: 1000 }));
      });

      it('reads an empty area as no area filter, in every query that takes one', async () => {
        const none = '' as string;
        expect(await store.search('riverton', { area: none, limit: 100 })).toEqual(await store.search('riverton', { limit: 100 }));
        expect(await store.snapshot({ area: none })).toEqual(await store.snapshot());
        expect(await store.snapshot({ area: none, asOf: DAY.now })).toEqual(await store.snapshot({ asOf: DAY.now }));
        expect(await store.oversight(RRO, { asOf: DAY.now, area: none })).toEqual(await store.oversight(RRO, { asOf: DAY.now }));
        expect(await store.path(SRP, HCSP, { asOf: DAY.now, maxHops: 6, area: none })).toEqual(await store.path(SRP, HCSP, { asOf: DAY.now, maxHops: 6 }));
        expect(await store.interdependencies(SB, { asOf: DAY.now, depth: 3, area: none })).toEqual(await store.interdependencies(SB, { asOf: DAY.now, depth: 3 }));
      });

      it('reads repeated link kinds as one, and no kinds as none', async () => {
        const twice = ['REPORTS_TO', 'REPORTS_TO'] as const;
        expect(ids(await store.linksOf(SRP, { kinds: [...twice] }))).toEqual(ids(await store.linksOf(SRP, { kinds: ['REPORTS_TO'] })));
        expect(await store.path(SRP, CAB, { asOf: DAY.now, maxHops: 3, kinds: [...twice] })).toEqual(await store.path(SRP, CAB, { asOf: DAY.now, maxHops: 3, kinds: ['REPORTS_TO'] }));
        expect(await store.interdependencies(SB, { asOf: DAY.now, depth: 2, kinds: [...twice] })).toEqual(await store.interdependencies(SB, { asOf: DAY.now, depth: 2, kinds: ['REPORTS_TO'] }));
        expect(await store.linksOf(SRP, { kinds: [] })).toEqual([]);
        expect(await store.path(SRP, CAB, { asOf: DAY.now, maxHops: 3, kinds: [] })).toEqual([]);
        expect((await store.interdependencies(SRP, { asOf: DAY.now, depth: 2, kinds: [] }))!.links).toEqual([]);
      });

      it('checks options before looking anything up, so unknown ids are no way round them', async () => {
        await expectCode(store.oversight('no-such-duty', { asOf: 'soon' }), 'INVALID_INPUT');
        await expectCode(store.path('nobody', 'nowhere', { asOf: DAY.now, maxHops: 9 }), 'INVALID_INPUT');
        await expectCode(store.path(SRP, SRP, { asOf: DAY.now, maxHops: 9 }), 'INVALID_INPUT');
        await expectCode(store.interdependencies('no-such-body', { asOf: DAY.now, depth: 9 }), 'INVALID_INPUT');
        await expectCode(store.linksOf('no-such-body', { direction: 'up' as never }), 'INVALID_INPUT');
      });
    });

    describe('writes', () => {
      beforeEach(async () => {
        await store.replaceAll(fixtureGraph());
      }, hookTimeout);

      const newBody = newFixtureBody;
      const newLink = newFixtureLink;

      it('replaceAll replaces everything', async () => {
        const small: GraphData = { entities: fixture.entities.filter((e) => e.kind === 'Source'), links: [] };
        const stats = await store.replaceAll(small);
        expect(stats).toEqual({ entities: 4, links: 0, entitiesByKind: { Source: 4 }, linksByKind: {} });
        expect(await store.getEntity(SRP)).toBeNull();
        expect(await store.search('safer riverton')).toEqual([]);
        expect((await store.search('partnership')).map((h) => h.entity.kind)).toEqual(['Source']);
        expect(await store.linksOf(SRP)).toEqual([]);
      });

      it('replaceAll gives the same answers whatever the input order', async () => {
        const answers = async () => [
          await store.snapshot(),
          await store.oversight(RRO, { asOf: DAY.now }),
          await store.path(SAM, CAB, { asOf: DAY.now, maxHops: 6 }),
          await store.interdependencies(SB, { asOf: DAY.now, depth: 3 }),
          await store.search('riverton', { limit: 50 }),
          await store.linksOf(SRP),
          await store.lineage(SMG),
        ];
        const inOrder = await answers();
        const reversed = fixtureGraph();
        await store.replaceAll({ entities: [...reversed.entities].reverse(), links: [...reversed.links].reverse() });
        expect(await answers()).toEqual(inOrder);
        expect(await answers()).toEqual(inOrder);
      });

      it('replaceAll rejects a dangling link and leaves the previous graph as it was', async () => {
        const before = await store.snapshot();
        const bad = fixtureGraph();
        bad.entities = bad.entities.filter((e) => e.id !== CAB);
        bad.links.push(newLink('REPORTS_TO', SRP, 'no-such-body'));
        await expectCode(store.replaceAll(bad), 'INVALID_INPUT');
        expect(await store.snapshot()).toEqual(before);
        expect(summariseOversight(await store.oversight(RRO, { asOf: DAY.now })).length).toBe(14);
        expect((await store.search('cabinet')).map((h) => h.entity.id)).toEqual([CAB]);
      });

      it('replaceAll rejects duplicate entity or link ids', async () => {
        const before = await store.snapshot();
        const dupEntity = fixtureGraph();
        dupEntity.entities.push(newBody(SRP, 'Another'));
        await expectCode(store.replaceAll(dupEntity), 'INVALID_INPUT');
        const dupLink = fixtureGraph();
        dupLink.links.push({ ...dupLink.links[0]!, note: 'a second copy' });
        await expectCode(store.replaceAll(dupLink), 'INVALID_INPUT');
        expect(await store.snapshot()).toEqual(before);
      });

      it('does not see later changes to the objects it was given', async () => {
        const data = fixtureGraph();
        await store.replaceAll(data);
        data.entities.find((e) => e.id === SRP)!.name = 'Mutated after load';
        data.links.find((l) => l.id === O_SRP)!.status = 'ended';
        data.entities.length = 0;
        expect((await store.getEntity(SRP))?.name).toBe('Safer Riverton Partnership');
        expect((await store.getLink(O_SRP))?.status).toBe('in-force');
        expect((await store.stats()).entities).toBe(31);
      });

      it('apply adds entities and links together, visible to every query', async () => {
        const group = newBody('riverton-knife-crime-group', 'Knife Crime Group', { validity: { from: { earliest: '2023-05-01', latest: '2023-05-01', precision: 'day', text: '2023-05-01' } } });
        const sub = newLink('SUB_GROUP_OF', group.id, SCR);
        const delivers = newLink('DELIVERS', group.id, SV, { status: 'proposed' });
        const stats = await store.apply({ upsertEntities: [group], upsertLinks: [sub, delivers] });
        expect(stats).toMatchObject({ entities: 32, links: 50 });
        expect(stats).toEqual(await store.stats());
        expect(await store.getEntity(group.id)).toEqual(group);
        expect(ids(await store.linksOf(group.id))).toEqual([delivers.id, sub.id]);
        expect((await store.search('knife')).map((h) => h.entity.id)).toEqual([group.id]);
        const entries = summariseOversight(await store.oversight(SV, { asOf: DAY.now }));
        expect(entries).toContainEqual([group.id, 'DELIVERS', false, [delivers.id]]);
        expect(entries).toContainEqual([SCR, 'OVERSEES', true, [delivers.id, sub.id]]);
        expect(entries).toContainEqual([CAB, 'OVERSEES', true, [delivers.id, sub.id, RT_SCR_CAB]]);
        expect(summariseOversight(await store.oversight(SV, { asOf: '2023-04-30' })).some(([body]) => body === group.id)).toBe(false);
      });

      it('apply of identical facts changes nothing', async () => {
        const before = await store.snapshot();
        const statsBefore = await store.stats();
        const again = fixtureGraph();
        const stats = await store.apply({ upsertEntities: again.entities, upsertLinks: again.links });
        expect(stats).toEqual(statsBefore);
        expect(await store.snapshot()).toEqual(before);
        expect(summariseOversight(await store.oversight(RRO, { asOf: DAY.now })).length).toBe(14);
      });

      it('apply updates an entity and the search index', async () => {
        const renamed = { ...fixture.entities.find((e) => e.id === CAB)!, name: 'Riverton Executive', names: [{ name: 'Riverton Executive', sources: [] }] };
        await store.apply({ upsertEntities: [renamed] });
        expect((await store.getEntity(CAB))?.name).toBe('Riverton Executive');
        expect((await store.search('cabinet')).map((h) => [h.entity.id, h.matchKind])).toEqual([[CAB, 'id']]);
        expect((await store.search('executive')).map((h) => [h.entity.id, h.matchKind])).toEqual([[CAB, 'name']]);
        const snapshot = await store.snapshot();
        for (const q of ['riverton', 'exec', 'cab', 'r']) {
          expect((await store.search(q, { limit: 100 })).map((h) => h.entity.id)).toEqual(bruteForceSearch(snapshot.entities, q, { limit: 100 }).map((h) => h.entity.id));
        }
      });

      it('apply moves a link with a chosen id to new ends, and refuses to move one whose derived id names its ends', async () => {
        const original = fixture.links.find((l) => l.id === RT_SCR_CAB)!;
        await expectCode(store.apply({ upsertLinks: [{ ...original, to: SRP }] }), 'INVALID_INPUT');
        const chosen = { ...original, id: 'scrutiny-reporting-line' };
        await store.apply({ deleteLinkIds: [RT_SCR_CAB], upsertLinks: [chosen] });
        await store.apply({ upsertLinks: [{ ...chosen, to: SRP }] });
        expect(ids(await store.linksOf(CAB))).toEqual([]);
        expect(ids(await store.linksOf(SRP, { kinds: ['REPORTS_TO'], direction: 'in' }))).toEqual(['scrutiny-reporting-line']);
        const entries = summariseOversight(await store.oversight(RRO, { asOf: DAY.now }));
        expect(entries.some(([body]) => body === CAB)).toBe(false);
      });

      it('apply deletes links, and entities whose links go in the same change', async () => {
        await store.apply({ deleteLinkIds: [RT_SCR_CAB] });
        expect(await store.getLink(RT_SCR_CAB)).toBeNull();
        expect(summariseOversight(await store.oversight(RRO, { asOf: DAY.now })).some(([body]) => body === CAB)).toBe(false);
        const stats = await store.apply({ deleteEntityIds: [CAB] });
        expect(stats).toMatchObject({ entities: 30, links: 47 });
        expect(await store.getEntity(CAB)).toBeNull();
        expect(await store.search('cabinet')).toEqual([]);
        const panelLinks = ids(await store.linksOf(PANEL));
        await store.apply({ deleteEntityIds: [PANEL], deleteLinkIds: panelLinks });
        expect(await store.getEntity(PANEL)).toBeNull();
        expect(await store.linksOf(RRG, { direction: 'in' })).toEqual([]);
        expect(await store.lineage(PANEL)).toEqual({ predecessors: [], successors: [] });
      });

      it('apply ignores deletes of ids that are not there', async () => {
        const before = await store.stats();
        expect(await store.apply({ deleteEntityIds: ['no-such-entity'], deleteLinkIds: ['OVERSEES:no->such'] })).toEqual(before);
      });

      it('apply rejects, changing nothing: deleting an entity that still has links', async () => {
        const before = await store.snapshot();
        await expectCode(store.apply({ deleteEntityIds: [CAB] }), 'INVALID_INPUT');
        await expectCode(store.apply({ deleteEntityIds: [PANEL], deleteLinkIds: [SG_PANEL_RRG] }), 'INVALID_INPUT');
        expect(await store.snapshot()).toEqual(before);
      });

      it('apply rejects, changing nothing: a link to an entity that will not exist', async () => {
        const before = await store.snapshot();
        const group = newBody('riverton-new-group', 'New Group');
        await expectCode(store.apply({ upsertEntities: [group], upsertLinks: [newLink('SUB_GROUP_OF', group.id, 'no-such-body')] }), 'INVALID_INPUT');
        await expectCode(
          store.apply({ upsertLinks: [newLink('REPORTS_TO', YOT, CAB)], deleteEntityIds: [CAB], deleteLinkIds: [RT_SCR_CAB] }),
          'INVALID_INPUT',
        );
        expect(await store.snapshot()).toEqual(before);
        expect(await store.search('new group')).toEqual([]);
      });

      it('apply rejects, changing nothing: duplicate ids, or an upsert and a delete of one id', async () => {
        const before = await store.snapshot();
        const group = newBody('riverton-new-group', 'New Group');
        await expectCode(store.apply({ upsertEntities: [group, { ...group, name: 'Other' }] }), 'INVALID_INPUT');
        const link = newLink('REPORTS_TO', YOT, CAB);
        await expectCode(store.apply({ upsertLinks: [link, link] }), 'INVALID_INPUT');
        await expectCode(store.apply({ upsertLinks: [link], deleteLinkIds: [link.id] }), 'INVALID_INPUT');
        await expectCode(store.apply({ upsertEntities: [group], deleteEntityIds: [group.id] }), 'INVALID_INPUT');
        expect(await store.snapshot()).toEqual(before);
      });

      it('path returns 10 paths by default, parallel links ordered by id', async () => {
        const extra = Array.from({ length: 11 }, (_, i) => newLink('LINKS_TO', SRP, HCSP, { id: `${lid('LINKS_TO', SRP, HCSP)}#${String(i).padStart(2, '0')}` }));
        await store.apply({ upsertLinks: extra });
        const paths = await store.path(SRP, HCSP, { asOf: DAY.now, maxHops: 2 });
        expect(paths.map((p) => p.links.map((l) => l.id))).toEqual(
          [lid('LINKS_TO', HCSP, SRP), lid('LINKS_TO', SRP, HCSP), ...extra.slice(0, 8).map((l) => l.id)].map((id) => [id]),
        );
        expect(await store.path(SRP, HCSP, { asOf: DAY.now, maxHops: 2, limit: 13 })).toHaveLength(13);
      });

      it('path orders by the link ids joined with "|", not by comparing id lists', async () => {
        const [p1, p2, p3] = ['riverton-point-one', 'riverton-point-two', 'riverton-point-three'].map((id) => newBody(id, id));
        const first = newLink('LINKS_TO', p1!.id, p2!.id);
        const firstKeyed = newLink('LINKS_TO', p1!.id, p2!.id, { id: `${first.id}#b` });
        const second = newLink('LINKS_TO', p2!.id, p3!.id);
        const secondShort = newLink('LINKS_TO', p2!.id, p3!.id, { id: 'A' });
        await store.apply({ upsertEntities: [p1!, p2!, p3!], upsertLinks: [first, firstKeyed, second, secondShort] });
        const paths = await store.path(p1!.id, p3!.id, { asOf: DAY.now, maxHops: 3 });
        // "...#b|" sorts before "...|" because "#" < "|".
        expect(paths.map((p) => p.links.map((l) => l.id))).toEqual([
          [firstKeyed.id, 'A'],
          [firstKeyed.id, second.id],
          [first.id, 'A'],
          [first.id, second.id],
        ]);
        expect((await store.path(p1!.id, p3!.id, { asOf: DAY.now, maxHops: 3, limit: 1 })).map((p) => p.links.map((l) => l.id))).toEqual([[firstKeyed.id, 'A']]);
      });

      it('lineage and oversight terminate once the data has cycles everywhere', async () => {
        const back = newLink('SUCCEEDED_BY', SRP, RCSP, { lineage: 'relaunch' });
        const loop = newLink('SUB_GROUP_OF', SRP, RRG);
        await store.apply({ upsertLinks: [back, loop] });
        const lineage = await store.lineage(SRP);
        expect(ids(lineage.predecessors)).toEqual(sortedIds([lid('SUCCEEDED_BY', 'riverton-crime-disorder-partnership', RCSP), lid('SUCCEEDED_BY', RCSP, SRP), back.id]));
        expect(ids(lineage.successors)).toEqual(sortedIds([lid('SUCCEEDED_BY', RCSP, SRP), back.id]));
        const entries = summariseOversight(await store.oversight(RRO, { asOf: DAY.now }));
        expect(entries).toContainEqual([RRG, 'OVERSEES', true, [O_SRP, loop.id]]);
        expect(entries).toContainEqual([SRP, 'OVERSEES', true, [D_RRG, SG_RRG_SRP]]);
        expect(entries.some(([, , , chain]) => chain.length > MAX_OVERSIGHT_INHERITANCE + 1)).toBe(false);
      });
    });

    describe('close', () => {
      it('refuses work once closed', async () => {
        const closing = await makeStore();
        await closing.close();
        await expectCode(closing.getEntity(SRP), 'STORE_UNAVAILABLE');
        await expectCode(closing.stats(), 'STORE_UNAVAILABLE');
      });
    });

    it('keeps the link kinds the suite relies on in the governance set', () => {
      for (const kind of ['OVERSEES', 'REPORTS_TO', 'SUB_GROUP_OF', 'SITS_ON', 'MEMBER_OF', 'LINKS_TO', 'WORKS_FOR', 'LEADS'] as const) {
        expect(GOVERNANCE_LINK_KINDS).toContain(kind);
      }
      for (const kind of ['MEETING_OF', 'ATTENDED', 'SENT_APOLOGIES', 'MENTIONS'] as const) expect(GOVERNANCE_LINK_KINDS).not.toContain(kind);
      expect([...fixture.entities].map((e) => e.id).sort(compareStrings)).toEqual(sortedIds(fixture.entities.map((e) => e.id)));
    });
  });
}
