import { describe, expect, it } from 'vitest';
import { getIntrospectionQuery } from 'graphql';
import { EXAMPLE_QUESTIONS, createGovgraphServer } from '@govgraph/graphql';
import { ask, errorCodes, useFixtureServer } from './helpers.js';

const fixture = useFixtureServer();

/** `{ entity(id: "testshire-csp") { links { from { links { from { ... { id } } } } } } }` nested `levels` times. */
function nestedLinks(levels: number): string {
  let inner = 'id';
  for (let i = 0; i < levels; i++) inner = `links { from { ${inner} } }`;
  return `{ entity(id: "testshire-csp") { ${inner} } }`;
}

describe('limits', () => {
  it('rejects an operation deeper than the depth limit with LIMIT_EXCEEDED', async () => {
    const result = await ask(fixture, nestedLinks(6));
    expect(errorCodes(result)).toContain('LIMIT_EXCEEDED');
    expect(result.errors?.map((e) => (e.extensions?.['details'] as { limit: string }).limit)).toContain('maxDepth');
  });

  it('accepts an operation within the depth limit (and within cost)', async () => {
    const result = await ask(fixture, nestedLinks(2));
    expect(result.errors).toBeUndefined();
    // Depth 10 is allowed, but four levels of unpaged link lists cost too much by default.
    const roomy = createGovgraphServer({ store: fixture.store, limits: { maxCost: 10_000_000 } });
    await roomy.start();
    try {
      expect((await ask({ server: roomy, store: fixture.store }, nestedLinks(4))).errors).toBeUndefined();
    } finally {
      await roomy.stop();
    }
  });

  it('counts unpaged nested lists by their expected length, so deep fan-out within the depth limit is refused', async () => {
    const result = await ask(fixture, nestedLinks(4));
    expect(errorCodes(result)).toEqual(['LIMIT_EXCEEDED']);
    expect(result.errors?.[0]?.extensions?.['details']).toEqual({ limit: 'maxCost', max: 25_000 });
    expect(result.errors?.[0]?.message).toMatch(/costs \d+, more than the limit of 25000/);
  });

  it('counts a page size given in a variable, as well as a literal one', async () => {
    const query = 'query ($n: Int) { search(text: "board", first: $n) { entity { id links { id from { id links { id } } } } } }';
    expect((await ask(fixture, query, { n: 5 })).errors).toBeUndefined();
    const big = await ask(fixture, query, { n: 100 });
    expect(errorCodes(big)).toEqual(['LIMIT_EXCEEDED']);
    expect(big.errors?.[0]?.extensions?.['details']).toEqual({ limit: 'maxCost', max: 25_000 });
  });

  it('rejects too many aliases with LIMIT_EXCEEDED', async () => {
    const aliases = Array.from({ length: 25 }, (_, i) => `a${i}: entity(id: "test-act") { id }`).join(' ');
    const result = await ask(fixture, `{ ${aliases} }`);
    expect(errorCodes(result)).toEqual(['LIMIT_EXCEEDED']);
    expect(result.errors?.[0]?.extensions?.['details']).toEqual({ limit: 'maxAliases', max: 20 });
  });

  it('rejects an operation over the cost limit with LIMIT_EXCEEDED', async () => {
    const costly = createGovgraphServer({ store: fixture.store, limits: { maxCost: 50 } });
    await costly.start();
    try {
      const result = await ask({ server: costly, store: fixture.store }, '{ search(text: "board", first: 100) { entity { id name links { id from { id } } } } }');
      expect(errorCodes(result)).toEqual(['LIMIT_EXCEEDED']);
      expect(result.errors?.[0]?.extensions?.['details']).toEqual({ limit: 'maxCost', max: 50 });
    } finally {
      await costly.stop();
    }
  });

  it('keeps every example question within the default limits', async () => {
    for (const example of EXAMPLE_QUESTIONS) {
      expect(example.query).toContain(`query ${example.name}`);
      const result = await ask(fixture, example.query, example.variables);
      expect(errorCodes(result).filter((c) => c === 'LIMIT_EXCEEDED' || c === 'GRAPHQL_VALIDATION_FAILED'), example.title).toEqual([]);
    }
  });

  it('stops parsing a document of more than maxTokens tokens, while the IDE introspection query fits', async () => {
    const flood = await ask(fixture, `{ ${'__typename '.repeat(6_000)}}`);
    expect(errorCodes(flood)).toEqual(['GRAPHQL_PARSE_FAILED']);
    expect(flood.errors?.[0]?.message).toContain('5000 tokens');
    expect((await ask(fixture, getIntrospectionQuery())).errors).toBeUndefined();
  });

  it('reports GraphQL validation and parse failures with Apollo codes', async () => {
    expect(errorCodes(await ask(fixture, '{ entity(id: "x") { nope } }'))).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(errorCodes(await ask(fixture, '{ entity(id: '))).toEqual(['GRAPHQL_PARSE_FAILED']);
  });
});
