/**
 * Unit checks of the Neo4j store's pieces that need no server: the property encoding round trip,
 * the whitelisting of relationship types, and error translation (the write check is core's).
 */
import { describe, expect, it } from 'vitest';
import { isGovgraphError, LINK_KINDS, validFromDay, validToDay } from '@govgraph/core';
import { fixtureGraph } from '@govgraph/store-contract';
import { entityFromProperties, entityToProperties, linkFromProperties, linkToProperties } from '../src/encoding.js';
import { DELETE_LINKS, LINKS_BY_ID, MIGRATION_STATEMENTS, pathStepsQuery, whitelistLinkKinds } from '../src/cypher.js';
import { redactUri, translateError, translateFailure } from '../src/errors.js';

/** What Neo4j does to a property map: null values are not stored. */
function throughNeo4j(props: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(JSON.parse(JSON.stringify(props)) as Record<string, unknown>).filter(([, v]) => v !== null));
}

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    return isGovgraphError(error) ? error.code : 'not a GovgraphError';
  }
  return undefined;
}

describe('property encoding', () => {
  const graph = fixtureGraph();

  it('gives back every fixture entity and link exactly', () => {
    for (const entity of graph.entities) expect(entityFromProperties(throughNeo4j(entityToProperties(entity)))).toEqual(entity);
    for (const link of graph.links) expect(linkFromProperties(throughNeo4j(linkToProperties(link)), link.from, link.to)).toEqual(link);
  });

  it('stores the as-of days and scalar attributes as plain properties for Cypher', () => {
    const srp = graph.entities.find((e) => e.id === 'safer-riverton-partnership')!;
    const props = entityToProperties(srp);
    expect(props.validFrom).toBe(validFromDay(srp.validity));
    expect(props.validTo).toBe(validToDay(srp.validity));
    expect(props.bodyType).toBe('partnership');
    expect(props.statutory).toBe(true);
    expect(props.sourceIds).toEqual(['src-riverton-report-2022']);
    expect(props.searchTexts).toContain('srp');
  });
});

describe('Cypher built only from the vocabulary', () => {
  it('refuses link kinds outside LINK_KINDS, so input never becomes a relationship type', () => {
    expect(codeOf(() => whitelistLinkKinds(['OVERSEES]->() DETACH DELETE (n) //']))).toBe('INVALID_INPUT');
    expect(codeOf(() => pathStepsQuery(['oversees' as never]))).toBe('INVALID_INPUT');
    expect(whitelistLinkKinds(['REPORTS_TO', 'SUB_GROUP_OF'])).toEqual(['REPORTS_TO', 'SUB_GROUP_OF']);
  });

  it('has a statement per link kind where types must be spelled out', () => {
    for (const kind of LINK_KINDS) {
      expect(LINKS_BY_ID).toContain(`[r:${kind}]`);
      expect(DELETE_LINKS).toContain(`[r:${kind}]`);
    }
    expect(MIGRATION_STATEMENTS.every((s) => s.includes('IF NOT EXISTS'))).toBe(true);
  });
});

describe('errors at the boundary', () => {
  const uri = 'neo4j+s://neo4j:hunter2@example.org:7687';

  it('maps driver failures to store codes and never prints the password', () => {
    const unavailable = translateError(Object.assign(new Error('connect ECONNREFUSED'), { code: 'ServiceUnavailable' }), uri, 'connecting');
    expect(unavailable.code).toBe('STORE_UNAVAILABLE');
    const auth = translateError(Object.assign(new Error('bad credentials'), { code: 'Neo.ClientError.Security.Unauthorized' }), uri, 'connecting');
    expect(auth.code).toBe('STORE_AUTH_FAILED');
    const other = translateError(Object.assign(new Error('syntax'), { code: 'Neo.ClientError.Statement.SyntaxError' }), uri, 'reading');
    expect(other.code).toBe('STORE_ERROR');
    for (const error of [unavailable, auth, other]) {
      expect(error.message).toContain('example.org:7687');
      expect(error.message).not.toContain('hunter2');
    }
    expect(redactUri(uri)).toBe('neo4j+s://example.org:7687');
  });
});

describe('failures while Neo4j goes away', () => {
  const uri = 'neo4j+s://neo4j:hunter2@example.org:7687';

  it('counts a driver error without an availability code as STORE_UNAVAILABLE only when Neo4j is then unreachable', async () => {
    const dropped = Object.assign(new Error('Connection was closed by server'), { code: 'N/A' });
    let checks = 0;
    const gone = async (): Promise<boolean> => {
      checks++;
      return false;
    };
    const there = async (): Promise<boolean> => true;
    expect((await translateFailure(dropped, uri, 'reading lineage', gone)).code).toBe('STORE_UNAVAILABLE');
    expect((await translateFailure(dropped, uri, 'reading lineage', there)).code).toBe('STORE_ERROR');
    expect((await translateFailure(dropped, uri, 'reading lineage', gone)).message).not.toContain('hunter2');
    checks = 0;
    // Errors Neo4j itself sent are answers from a live server: never re-checked.
    const syntax = Object.assign(new Error('syntax'), { code: 'Neo.ClientError.Statement.SyntaxError' });
    expect((await translateFailure(syntax, uri, 'reading', gone)).code).toBe('STORE_ERROR');
    const timedOut = Object.assign(new Error('late'), { code: 'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration' });
    expect((await translateFailure(timedOut, uri, 'reading', gone)).code).toBe('TIMEOUT');
    expect(checks).toBe(0);
  });
});
