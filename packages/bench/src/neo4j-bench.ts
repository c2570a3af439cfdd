/**
 * The Neo4j side of the bench: govgraph's Neo4j store against the floor (hand-written Cypher
 * through neo4j-driver) and against the alternative users would pick (@neo4j/graphql on the same
 * data), all on one real Neo4j Community started by the project's own script.
 */
import neo4j, { type Driver } from 'neo4j-driver';
import { graphql, type GraphQLSchema } from 'graphql';
import { Neo4jGraphQL } from '@neo4j/graphql';
import type { GraphData, GraphStore } from '@govgraph/core';
import { startLocalNeo4j } from '@govgraph/neo4j-local';
import { createNeo4jStore } from '@govgraph/store-neo4j';
import { measureInterleaved, measureRun, type LatencyStats } from './measure.js';
import { BENCH_AS_OF, areaCode, type BenchQuestions } from './questions.js';
import { measureReloads } from './reloads.js';

/** Figures of the Neo4j store at one size, with the alternatives' oversight latency. */
export interface Neo4jScaleResult {
  store: 'neo4j';
  loadMs: number;
  reloadMs: number;
  auditedReloadMs: number;
  latency: Record<string, LatencyStats>;
  handwrittenOversight: LatencyStats;
  neo4jGraphqlOversight: LatencyStats | { error: string };
}

/**
 * The floor: the oversight question as one hand-written Cypher query returning ids only. It asks
 * exactly what govgraph answers (see `oversight` in @govgraph/store-memory): the duty must hold and be
 * in the area; direct OVERSEES/LEADS/DELIVERS links from Bodies or Organisations; then simple
 * SUB_GROUP_OF/REPORTS_TO chains of one to four links upward through Bodies and Organisations other
 * than the duty, every node and link holding on $asOf and national or in $area.
 */
export const HANDWRITTEN_OVERSIGHT = `
MATCH (d:Entity {id: $duty})
WHERE (d.validFrom IS NULL OR d.validFrom <= $asOf) AND (d.validTo IS NULL OR $asOf < d.validTo) AND (d.area IS NULL OR d.area = $area)
MATCH (b:Entity)-[r:OVERSEES|LEADS|DELIVERS]->(d)
WHERE (b:Body OR b:Organisation)
  AND (r.validFrom IS NULL OR r.validFrom <= $asOf) AND (r.validTo IS NULL OR $asOf < r.validTo)
  AND (b.validFrom IS NULL OR b.validFrom <= $asOf) AND (b.validTo IS NULL OR $asOf < b.validTo)
  AND (b.area IS NULL OR b.area = $area)
OPTIONAL MATCH p = (b)-[:SUB_GROUP_OF|REPORTS_TO*1..4]->(up:Entity)
WHERE all(x IN relationships(p) WHERE (x.validFrom IS NULL OR x.validFrom <= $asOf) AND (x.validTo IS NULL OR $asOf < x.validTo))
  AND all(n IN nodes(p) WHERE (n:Body OR n:Organisation) AND n <> d
                         AND (n.validFrom IS NULL OR n.validFrom <= $asOf) AND (n.validTo IS NULL OR $asOf < n.validTo)
                         AND (n.area IS NULL OR n.area = $area))
  AND all(i IN range(0, size(nodes(p)) - 2) WHERE NOT nodes(p)[i] IN nodes(p)[i + 1..])
RETURN b.id AS body, type(r) AS role, r.id AS link, up.id AS inheritedBy, [x IN relationships(p) | x.id] AS chain
ORDER BY body, link, size(chain)`;

/** The same data seen through @neo4j/graphql: one node type, the oversight relationships with their validity. */
export const NEO4J_GRAPHQL_TYPEDEFS = `
type Entity @node(labels: ["Entity"]) {
  id: ID!
  name: String
  area: String
  validFrom: String
  validTo: String
  overseers: [Entity!]! @relationship(type: "OVERSEES", direction: IN, properties: "Validity")
  leads: [Entity!]! @relationship(type: "LEADS", direction: IN, properties: "Validity")
  deliverers: [Entity!]! @relationship(type: "DELIVERS", direction: IN, properties: "Validity")
  parents: [Entity!]! @relationship(type: "SUB_GROUP_OF", direction: OUT, properties: "Validity")
  reportsTo: [Entity!]! @relationship(type: "REPORTS_TO", direction: OUT, properties: "Validity")
}
type Validity @relationshipProperties {
  id: String
  validFrom: String
  validTo: String
}`;

/** The equivalent question in @neo4j/graphql: direct roles with as-of filters, and their parents up to four levels. */
export function neo4jGraphqlOversightQuery(): string {
  const holds = `{ AND: [{ OR: [{ validFrom: { eq: null } }, { validFrom: { lte: $asOf } }] }, { OR: [{ validTo: { eq: null } }, { validTo: { gt: $asOf } }] }] }`;
  const nodeWhere = `{ AND: [${holds}, { OR: [{ area: { eq: null } }, { area: { eq: $area } }] }] }`;
  let parents = 'id name';
  for (let level = 0; level < 4; level += 1) {
    parents = `id name
      parentsConnection(where: { edge: ${holds}, node: ${nodeWhere} }) { edges { properties { id } node { ${parents} } } }
      reportsToConnection(where: { edge: ${holds}, node: ${nodeWhere} }) { edges { properties { id } node { id name } } }`;
  }
  const role = (field: string) => `${field}Connection(where: { edge: ${holds}, node: ${nodeWhere} }) { edges { properties { id } node { ${parents} } } }`;
  return `query Oversight($duty: ID!, $asOf: String!, $area: String) {
    entities(where: { id: { eq: $duty } }) { id ${role('overseers')} ${role('leads')} ${role('deliverers')} }
  }`;
}

/** The @neo4j/graphql side: a function asking the equivalent query on iteration `i`, or why it cannot run. */
async function neo4jGraphqlAsker(driver: Driver, areas: number, dutyIds: readonly string[]): Promise<((i: number) => Promise<unknown>) | { error: string }> {
  try {
    const schema: GraphQLSchema = await new Neo4jGraphQL({
      typeDefs: NEO4J_GRAPHQL_TYPEDEFS,
      driver,
      // String comparisons are off by default in @neo4j/graphql; validity days compare as strings.
      features: { filters: { String: { LT: true, LTE: true, GT: true, GTE: true } } },
    }).getSchema();
    const source = neo4jGraphqlOversightQuery();
    const ask = async (i: number) => {
      const result = await graphql({
        schema,
        source,
        variableValues: { duty: dutyIds[i % dutyIds.length], asOf: BENCH_AS_OF, area: `area-${areaCode(areas, i)}` },
        contextValue: {},
      });
      if (result.errors?.length) throw new Error(result.errors.map((e) => e.message).join('; '));
      return result;
    };
    await ask(0);
    return ask;
  } catch (error) {
    return { error: (error instanceof Error ? error.message : String(error)).slice(0, 300) };
  }
}

/**
 * Waits for the indexes to come online before anything is measured. `replaceAll` itself resamples
 * them and clears the query caches as it finishes (its time is in the load figure), so every
 * contender is planned on the loaded graph's statistics.
 */
async function settle(driver: Driver, log: (line: string) => void): Promise<void> {
  const start = Date.now();
  await driver.executeQuery('CALL db.awaitIndexes(600)');
  log(`neo4j: indexes online ${((Date.now() - start) / 1000).toFixed(1)} s after the load`);
}

/**
 * Starts Neo4j, loads `graph` through the govgraph store, lets the server settle, then measures the
 * oversight question three ways interleaved (govgraph, hand-written Cypher, @neo4j/graphql: each
 * round asks all three the same thing) and the other questions on govgraph alone.
 */
export async function runNeo4jBench(
  graph: GraphData,
  areas: number,
  dutyIds: readonly string[],
  options: {
    iterations: number;
    log: (line: string) => void;
    questions: BenchQuestions;
    measureQuestions: (store: GraphStore, questions: Partial<BenchQuestions>) => Promise<Record<string, LatencyStats>>;
  },
): Promise<Neo4jScaleResult> {
  const { log } = options;
  log('neo4j: starting a local Neo4j Community');
  const server = await startLocalNeo4j({ heap: '6g', pageCache: '4g' });
  const driver = neo4j.driver(server.uri, undefined, { logging: { level: 'error', logger: () => {} } });
  try {
    const store = await createNeo4jStore({ uri: server.uri });
    log(`neo4j: loading ${graph.entities.length} entities, ${graph.links.length} links`);
    const load = await measureRun(() => store.replaceAll(graph));
    log(`neo4j: loaded in ${(load.ms / 1000).toFixed(1)} s`);
    await settle(driver, log);
    const neo4jGraphql = await neo4jGraphqlAsker(driver, areas, dutyIds);
    if ('error' in neo4jGraphql) log(`  @neo4j/graphql failed: ${neo4jGraphql.error}`);
    log('neo4j: oversight interleaved: govgraph, hand-written Cypher' + ('error' in neo4jGraphql ? '' : ', @neo4j/graphql'));
    const contenders: Record<string, (i: number) => Promise<unknown>> = {
      govgraph: (i) => options.questions.oversight(store, i),
      handwritten: (i) =>
        driver.executeQuery(HANDWRITTEN_OVERSIGHT, { duty: dutyIds[i % dutyIds.length], asOf: BENCH_AS_OF, area: `area-${areaCode(areas, i)}` }, { routing: 'READ' }),
    };
    if (!('error' in neo4jGraphql)) contenders.neo4jGraphql = neo4jGraphql;
    const oversight = await measureInterleaved(contenders, options.iterations);
    const { oversight: _measuredAbove, ...others } = options.questions;
    const latency = { oversight: oversight.govgraph!, ...(await options.measureQuestions(store, others)) };
    const reloads = await measureReloads(store, graph, log);
    await store.close();
    return {
      store: 'neo4j',
      loadMs: load.ms,
      ...reloads,
      latency,
      handwrittenOversight: oversight.handwritten!,
      neo4jGraphqlOversight: 'error' in neo4jGraphql ? neo4jGraphql : oversight.neo4jGraphql!,
    };
  } finally {
    await driver.close();
    await server.stop();
  }
}
