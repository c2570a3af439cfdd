/**
 * Property tests that GraphQL arguments are only data, for any store: ids, search text and areas
 * full of quotes, backticks, braces, backslashes, newlines, Cypher fragments and unicode are looked
 * up, never executed. `entity(id)` gives null or that very entity; `search` gives exactly what the
 * shared scoring rule says (or a typed INVALID_INPUT); id arguments of the other queries fail only
 * with typed codes; and a planted sentinel node (and the whole graph) survives every run.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createRequire } from 'node:module';
import type { ExecutionResult, GraphQLSchema, graphql as graphqlFunction } from 'graphql';
import { bestSearchMatch, compareStrings, entityInputSchema, normaliseEntity, type GraphData, type GraphStore } from '@govgraph/core';
import { createGovgraphContext, createSchema, findGovgraphError } from '@govgraph/graphql';
import { fixtureGraph } from '@govgraph/store-contract';

/**
 * graphql-js as the schema's own modules load it (CommonJS, through Node): vite would give this file
 * the ESM build, a second instance that refuses a schema made by the first.
 */
const { graphql } = createRequire(import.meta.url)('graphql') as { graphql: typeof graphqlFunction };

/** The id of the node every run must leave alone. */
export const SENTINEL_ID = 'sentinel-node';

/** Fragments an attacker would try, in Cypher, GraphQL, regex and JSON syntax. */
const HOSTILE_FRAGMENTS = [
  '"}) DETACH DELETE n //',
  "'}) DETACH DELETE n //",
  `${SENTINEL_ID}'}) MATCH (n) DETACH DELETE n RETURN 1 //`,
  '`) MATCH (n) DETACH DELETE n //',
  '*/ MATCH (n) DETACH DELETE n /*',
  '\nMATCH (n) DETACH DELETE n',
  "' OR 1=1 //",
  '" OR true OR "',
  '{id: "x"}',
  '} } { __schema { types { name } } }',
  '$id',
  '$text',
  '\\',
  '\\"',
  "\\'",
  '\\u0027',
  '`',
  '```',
  '{',
  '}',
  '[',
  ']',
  '(',
  ')',
  '.*',
  '(?i).*',
  '%',
  '_',
  '\u0000',
  '\r\n',
  '\t',
  '\u202e',
  'e\u0301',
  'ǅ',
  'ß',
  '🚀',
  '日本',
  'CALL db.clearQueryCaches()',
  'sefton',
  'safer',
];

/** Hostile text: fragments, ids of the graph and arbitrary unicode, glued together. */
export function hostileText(ids: readonly string[]): fc.Arbitrary<string> {
  const piece = fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_FRAGMENTS) },
    { weight: 2, arbitrary: fc.constantFrom(...ids) },
    { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }) },
    { weight: 1, arbitrary: fc.string({ maxLength: 8 }) },
  );
  return fc.array(piece, { minLength: 1, maxLength: 4 }).map((parts) => parts.join(''));
}

/** The fixture graph plus the sentinel. */
export function graphWithSentinel(): GraphData {
  const graph = fixtureGraph();
  const source = graph.entities.find((e) => e.kind === 'Source')!;
  graph.entities.push(
    normaliseEntity(
      entityInputSchema.parse({
        id: SENTINEL_ID,
        kind: 'Body',
        name: 'Sentinel "}) DETACH DELETE n //',
        aliases: ['`sentinel`', "o'sentinel"],
        bodyType: 'panel',
        status: 'in-force',
        confidence: 'stated',
        sources: [{ source: source.id }],
      }),
    ),
  );
  graph.entities.sort((a, b) => compareStrings(a.id, b.id));
  return graph;
}

/** Options of {@link defineGraphqlArgsProperties}. */
export interface GraphqlArgsPropertyOptions {
  /** Property runs per property (keep it small on a real database). */
  numRuns: number;
  hookTimeoutMs?: number | undefined;
}

/** Defines the properties against the store `open` gives (it is filled with {@link graphWithSentinel}). */
export function defineGraphqlArgsProperties(name: string, open: () => Promise<GraphStore>, options: GraphqlArgsPropertyOptions): void {
  describe(`GraphQL arguments are only data (${name})`, () => {
    let store: GraphStore;
    let schema: GraphQLSchema;
    let graph: GraphData;
    let ids: string[];

    beforeAll(async () => {
      store = await open();
      graph = graphWithSentinel();
      await store.replaceAll(graph);
      graph = await store.snapshot();
      ids = graph.entities.map((e) => e.id);
      schema = createSchema(store);
    }, options.hookTimeoutMs);

    afterAll(async () => {
      // Whatever ran, the graph is exactly as loaded: nothing was deleted, added or changed.
      expect(await store.getEntity(SENTINEL_ID)).not.toBeNull();
      expect(await store.snapshot()).toEqual(graph);
      await store.close();
    }, options.hookTimeoutMs);

    const run = (source: string, variableValues: Record<string, unknown>): Promise<ExecutionResult> =>
      Promise.resolve(graphql({ schema, source, variableValues, contextValue: createGovgraphContext(store, { defaultAsOf: '2022-01-01' }) }));

    /** Every error carries one of `codes` as a GovgraphError; nothing else may fail. */
    const expectOnlyTypedErrors = (result: ExecutionResult, codes: readonly string[]): void => {
      for (const error of result.errors ?? []) {
        const typed = findGovgraphError(error);
        expect(typed, `untyped error: ${error.message}`).not.toBeNull();
        expect(codes).toContain(typed!.code);
      }
    };

    it('entity(id) of any id is null or that very entity', async () => {
      let found = 0;
      await fc.assert(
        fc.asyncProperty(fc.oneof(hostileText(ids), fc.constantFrom(...ids)), async (id) => {
          const result = await run('query ($id: ID!) { entity(id: $id) { id name } }', { id });
          expect(result.errors).toBeUndefined();
          const entity = (result.data as { entity: { id: string; name: string } | null }).entity;
          const expected = graph.entities.find((e) => e.id === id);
          expect(entity).toEqual(expected ? { id: expected.id, name: expected.name } : null);
          if (entity) found++;
        }),
        { numRuns: options.numRuns },
      );
      expect(found).toBeGreaterThan(0); // both branches were exercised
    });

    it('search of any text gives what the shared scoring rule gives, or a typed INVALID_INPUT', async () => {
      let withHits = 0;
      await fc.assert(
        fc.asyncProperty(hostileText(ids), fc.option(hostileText(ids), { freq: 3 }), async (text, area) => {
          const result = await run('query ($text: String!, $area: String) { search(text: $text, area: $area, first: 5) { entity { id } matched score } }', { text, area });
          expectOnlyTypedErrors(result, ['INVALID_INPUT']);
          if (result.errors) return;
          const expected = graph.entities
            .filter((e) => area === null || !e.area || e.area === area)
            .map((e) => ({ id: e.id, match: bestSearchMatch(text, e) }))
            .filter((h) => h.match !== null)
            .sort((a, b) => b.match!.score - a.match!.score || compareStrings(a.id, b.id))
            .slice(0, 5)
            .map((h) => ({ entity: { id: h.id }, matched: h.match!.matched, score: h.match!.score }));
          expect((result.data as { search: unknown[] }).search).toEqual(expected);
          if (expected.length > 0) withHits++;
        }),
        { numRuns: options.numRuns },
      );
      expect(withHits).toBeGreaterThan(0);
    });

    it('id arguments of oversight, path and interdependencies fail only with typed codes', async () => {
      const idOrHostile = fc.oneof(hostileText(ids), fc.constantFrom(...ids));
      await fc.assert(
        fc.asyncProperty(idOrHostile, idOrHostile, async (a, b) => {
          const result = await run('query ($a: ID!) { oversight(duty: $a) { entries { body { id } } } }', { a });
          expectOnlyTypedErrors(result, ['NOT_FOUND', 'INVALID_INPUT']);
          const path = await run('query ($a: ID!, $b: ID!) { path(from: $a, to: $b) { nodes { id } } }', { a, b });
          expectOnlyTypedErrors(path, ['NOT_FOUND', 'INVALID_INPUT']);
          if (!path.errors) expect(ids).toContain(a);
          const around = await run('query ($a: ID!) { interdependencies(focus: $a) { nodes { id } } }', { a });
          expectOnlyTypedErrors(around, ['NOT_FOUND', 'INVALID_INPUT']);
          if (!around.errors) expect(ids).toContain(a);
          else expect(ids.includes(a)).toBe(false);
        }),
        { numRuns: options.numRuns },
      );
      expect(await store.getEntity(SENTINEL_ID)).not.toBeNull();
    });
  });
}
