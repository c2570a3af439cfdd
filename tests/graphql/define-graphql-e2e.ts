/**
 * The GraphQL end-to-end suite: the real seeds (seeds/reference + seeds/sefton) in a store, the
 * HTTP server on a free loopback port, and the acceptance questions asked over HTTP exactly as the
 * IDE's example tabs ask them. Any store can be held to it: pass `makeStore`, e.g.
 *
 *   defineGraphqlE2e({ name: 'neo4j', makeStore: async (data) => { const s = await open(); await s.replaceAll(data); return s; } });
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphData, GraphStore } from '@govgraph/core';
import { loadSeedGraph } from '@govgraph/seeds';
import { EXAMPLE_QUESTIONS, exampleQuestion, startGovgraphHttpServer, type GovgraphHttpServer } from '@govgraph/graphql';

/** What the suite needs from a store under test. */
export interface GraphqlE2eTarget {
  /** Shown in the suite's title, e.g. "memory". */
  name: string;
  /** Returns a store holding exactly `data` (the loaded seeds). The suite closes it. */
  makeStore(data: GraphData): Promise<GraphStore>;
}

interface GraphqlResponse {
  status: number;
  data?: any;
  errors?: { message: string; extensions?: { code?: string; details?: unknown } }[];
}

interface CitedLink {
  kind: string;
  status: string;
  sources: { sourceId: string; title: string | null }[];
}

interface OversightEntryResult {
  body: { id: string; name: string; nameAsOf?: string };
  role: string;
  inherited: boolean;
  chain: CitedLink[];
}

/** Every link of every chain cites at least one source, and each cited source is in the graph. */
function expectEveryLinkSourced(entries: OversightEntryResult[]): void {
  for (const entry of entries) {
    expect(entry.chain.length, entry.body.id).toBeGreaterThan(0);
    for (const link of entry.chain) {
      expect(link.sources.length, `${entry.body.id}: ${link.kind}`).toBeGreaterThan(0);
      for (const source of link.sources) expect(source.title, source.sourceId).toEqual(expect.any(String));
    }
  }
}

/** Defines the suite for one store. */
export function defineGraphqlE2e(target: GraphqlE2eTarget): void {
  describe(`GraphQL over HTTP on the ${target.name} store, with the real seeds`, () => {
    let store: GraphStore | undefined;
    let server: GovgraphHttpServer | undefined;

    beforeAll(async () => {
      const loaded = await loadSeedGraph();
      store = await target.makeStore(loaded);
      server = await startGovgraphHttpServer({ store, port: 0, host: '127.0.0.1' });
    });

    afterAll(async () => {
      await server?.close();
      await store?.close();
    });

    async function post(query: string, variables?: Record<string, unknown>): Promise<GraphqlResponse> {
      const response = await fetch(server!.graphqlUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      return { status: response.status, ...((await response.json()) as object) };
    }

    /** Asks one of the IDE's example questions and returns its data (it must have no errors). */
    async function askExample(name: string, variables?: Record<string, unknown>): Promise<any> {
      const example = exampleQuestion(name);
      const result = await post(example.query, { ...example.variables, ...variables });
      expect(result.errors, name).toBeUndefined();
      expect(result.status).toBe(200);
      return result.data;
    }

    it('answers every example question without errors', async () => {
      for (const example of EXAMPLE_QUESTIONS) {
        const result = await post(example.query, example.variables);
        expect(result.errors, example.name).toBeUndefined();
      }
    });

    it('Prevent as of 2022-09-08: Safer Sefton Together oversees, the Prevent sub-group delivers, every link sourced', async () => {
      const data = await askExample('WhoOverseesPrevent');
      const entries = data.oversight.entries as OversightEntryResult[];
      expect(data.oversight.asOf).toBe('2022-09-08');
      expect(entries.map((e) => e.body.id)).toContain('safer-sefton-together');
      expect(entries).toContainEqual(expect.objectContaining({ body: expect.objectContaining({ id: 'prevent-sub-group' }), role: 'DELIVERS', inherited: false }));
      expectEveryLinkSourced(entries);
    });

    it('Domestic Homicide Reviews as of 2012-07-19: governed by the partnership under its 2012 name', async () => {
      const data = await askExample('DomesticHomicideReviewGovernance');
      const entries = data.oversight.entries as OversightEntryResult[];
      const partnership = entries.find((e) => e.body.id === 'safer-sefton-together');
      expect(partnership).toBeDefined();
      expect(partnership!.body.nameAsOf).toBe('Sefton Safer Communities Partnership');
      expectEveryLinkSourced(entries);
      // Agreed on 14 June 2012, not yet shown in force: the answer keeps the two apart.
      expect(partnership!.chain.map((l) => [l.kind, l.status])).toEqual([['OVERSEES', 'AGREED']]);
      expect(partnership!.chain[0]!.sources.map((s) => s.sourceId)).toEqual(['s2012-06', 's2012-07']);
    });

    it('Domestic Homicide Reviews as of 2022-09-08: the partnership oversees them in force, a separate fact from the 2012 agreement', async () => {
      const data = await askExample('DomesticHomicideReviewGovernance', { asOf: '2022-09-08' });
      const direct = (data.oversight.entries as OversightEntryResult[]).filter((e) => e.body.id === 'safer-sefton-together' && !e.inherited);
      expect(direct.map((e) => e.chain.map((l) => [l.kind, l.status]))).toEqual([[['OVERSEES', 'IN_FORCE']]]);
    });

    it('search "SSCP": the partnership, by its alias', async () => {
      const data = await askExample('SearchSSCP');
      expect(data.search[0]).toMatchObject({
        matched: 'SSCP',
        matchKind: 'ALIAS',
        entity: { id: 'safer-sefton-together' },
        current: { id: 'safer-sefton-together' },
      });
    });

    it('Domestic Abuse Steering Group: absent on 2019-06-01 (its merged predecessors were there), reporting to the partnership on 2021-01-01', async () => {
      const data = await askExample('DomesticAbuseSteeringGroupOverTime');
      const group = data.entity;
      expect(group.id).toBe('domestic-abuse-steering-group');
      expect(group.existed2019).toBe(false);
      expect(group.links2019).toEqual([]);
      const predecessors = group.lineage.predecessors as { lineage: string; from: { id: string; existed2019: boolean } }[];
      expect(predecessors.map((l) => [l.from.id, l.lineage, l.from.existed2019]).sort()).toEqual([
        ['domestic-abuse-executive-group', 'MERGE', true],
        ['domestic-abuse-operational-group', 'MERGE', true],
      ]);
      expect(group.existed2021).toBe(true);
      expect(group.links2021).toContainEqual(
        expect.objectContaining({ kind: 'REPORTS_TO', to: { id: 'safer-sefton-together', nameAsOf: 'Sefton Safer Communities Partnership' } }),
      );
      for (const link of group.links2021) expect(link.sources.length).toBeGreaterThan(0);
    });

    it("MARSOC's successor is MARTHR", async () => {
      const data = await askExample('MarsocSuccessor');
      expect(data.search[0].entity.id).toBe('sefton-marsoc');
      expect(data.search[0].current).toMatchObject({ id: 'sefton-marthr', name: 'Sefton MARTHR' });
      const successors = data.search[0].entity.lineage.successors as { to: { name: string }; sources: unknown[] }[];
      expect(successors.map((l) => l.to.name)).toContain('Sefton MARTHR');
      for (const link of successors) expect(link.sources.length).toBeGreaterThan(0);
    });

    it('Serious Violence Duty: the lead is only proposed', async () => {
      const data = await askExample('SeriousViolenceLead');
      const entries = data.oversight.entries as OversightEntryResult[];
      const leads = entries.filter((e) => e.role === 'LEADS' && !e.inherited);
      expect(leads.length).toBeGreaterThan(0);
      for (const lead of leads) expect(lead.chain[0]!.status).toBe('PROPOSED');
      expectEveryLinkSourced(entries);
    });

    it('reports typed error codes over HTTP', async () => {
      const unknown = await post('{ oversight(duty: "no-such-duty") { asOf } }');
      expect(unknown.errors?.map((e) => e.extensions?.code)).toEqual(['NOT_FOUND']);
      const badDate = await post('query ($d: Date) { oversight(duty: "prevent", asOf: $d) { asOf } }', { d: '2022-09-31' });
      expect(badDate.errors?.map((e) => e.extensions?.code)).toEqual(['INVALID_INPUT']);
      const tooFar = await post('{ path(from: "prevent", to: "safer-sefton-together", maxHops: 7) { length } }');
      expect(tooFar.errors?.map((e) => e.extensions?.code)).toEqual(['LIMIT_EXCEEDED']);
    });

    it("dataCoverage: Sefton's own papers run to the agenda pack of 8 September 2022, the national layer further", async () => {
      const result = await post('{ sefton: dataCoverage(area: "sefton") { area earliest latest datedSources latestSource { id sourceType } } all: dataCoverage { area latest datedSources } }');
      expect(result.errors).toBeUndefined();
      expect(result.data.sefton).toMatchObject({ area: 'sefton', earliest: '2012-06-14', latest: '2022-09-08', latestSource: { sourceType: 'AGENDA_PACK' } });
      expect(result.data.all.area).toBeNull();
      expect(result.data.all.latest > result.data.sefton.latest).toBe(true);
      expect(result.data.all.datedSources).toBeGreaterThan(result.data.sefton.datedSources);
      const blank = await post('{ dataCoverage(area: " ") { latest } }');
      expect(blank.errors?.map((e) => e.extensions?.code)).toEqual(['INVALID_INPUT']);
    });

    it('neighbourhoodHistory keeps what has ended: the police authority abolished in 2012 beside the partnership, with its dates', async () => {
      const query = `{ neighbourhoodHistory(focus: "safer-sefton-together", depth: 1) {
        focus { id } nodes { id validity { to { latest } } } links { id fromId toId validity { to { latest } } }
      } }`;
      const result = await post(query);
      expect(result.errors).toBeUndefined();
      const history = result.data.neighbourhoodHistory;
      expect(history.focus.id).toBe('safer-sefton-together');
      const authority = history.nodes.find((n: { id: string }) => n.id === 'merseyside-police-authority');
      expect(authority?.validity?.to?.latest).toMatch(/^2012-/);
      const today = await post('{ interdependencies(focus: "safer-sefton-together", depth: 1, asOf: "2022-09-08") { nodes { id } } }');
      expect(today.data.interdependencies.nodes.map((n: { id: string }) => n.id)).not.toContain('merseyside-police-authority');
      for (const link of history.links) expect(history.nodes.some((n: { id: string }) => n.id === link.fromId) && history.nodes.some((n: { id: string }) => n.id === link.toId)).toBe(true);
      const unknown = await post('{ neighbourhoodHistory(focus: "no-such-body") { focus { id } } }');
      expect(unknown.errors?.map((e) => e.extensions?.code)).toEqual(['NOT_FOUND']);
    });

    it('finds a governance path between the Prevent duty and the partnership', async () => {
      const result = await post('{ path(from: "prevent", to: "safer-sefton-together", asOf: "2022-09-08", maxHops: 4) { length nodes { id } } }');
      expect(result.errors).toBeUndefined();
      expect(result.data.path.length).toBeGreaterThan(0);
      for (const path of result.data.path) {
        expect(path.nodes[0].id).toBe('prevent');
        expect(path.nodes.at(-1).id).toBe('safer-sefton-together');
      }
    });
  });
}
