import { describe, expect, it } from 'vitest';
import { checkChangeSet, checkGraphData, isGovgraphError, type ChangeSetContext, type Entity, type GraphData, type Link, type Problem } from '../src/index.js';

function body(id: string): Entity {
  return { id, kind: 'Body', name: id, names: [{ name: id, sources: [] }], aliases: [], status: 'in-force', confidence: 'stated', sources: [], attributes: {} };
}

function link(from: string, to: string, id = `OVERSEES:${from}->${to}`): Link {
  return { id, kind: 'OVERSEES', from, to, status: 'in-force', confidence: 'stated', sources: [] };
}

/** The problems a check throws, as [path, code]; [] when it accepts. */
function problemsOf(check: () => void): [string, string][] {
  try {
    check();
    return [];
  } catch (error) {
    if (!isGovgraphError(error, 'INVALID_INPUT')) throw error;
    return (error.details?.['problems'] as Problem[]).map((p) => [p.path, p.code]);
  }
}

/** A graph of `a` and `b` with one link a -> b, as a store would describe it. */
const context: ChangeSetContext = {
  entityExists: (id) => id === 'a' || id === 'b',
  linksTouching: (id) => (id === 'a' || id === 'b' ? ['OVERSEES:a->b'] : []),
};

describe('checkGraphData', () => {
  it('accepts a consistent graph', () => {
    expect(problemsOf(() => checkGraphData({ entities: [body('a'), body('b')], links: [link('a', 'b')] }))).toEqual([]);
  });

  it('reports every problem at once, each at its field', () => {
    const graph = {
      entities: [body('a'), body('a'), { ...body('c'), kind: 'Boddy' }, { ...body('d'), name: undefined }],
      links: [link('a', 'nowhere'), link('a', 'a', 'x'), link('a', 'a', 'x'), { ...link('a', 'a', 'y'), from: undefined }],
    } as unknown as GraphData;
    expect(problemsOf(() => checkGraphData(graph))).toEqual([
      ['entities[1].id', 'duplicate-id'],
      ['entities[2].kind', 'schema'],
      ['entities[3].name', 'schema'],
      ['links[0].to', 'dangling-reference'],
      ['links[2].id', 'duplicate-id'],
      ['links[3].from', 'schema'],
    ]);
  });

  it('refuses something that is not a graph', () => {
    expect(problemsOf(() => checkGraphData({ entities: [] } as unknown as GraphData))).toEqual([['', 'schema']]);
  });

  it('lists 20 problems and counts them all', () => {
    const graph = { entities: [], links: Array.from({ length: 30 }, (_, i) => link('a', 'b', `l${i}`)) };
    try {
      checkGraphData(graph);
      expect.unreachable();
    } catch (error) {
      expect(isGovgraphError(error, 'INVALID_INPUT') && error.details).toMatchObject({ problemCount: 60 });
      expect((error as { details: { problems: unknown[] } }).details.problems).toHaveLength(20);
    }
  });
});

describe('checkChangeSet', () => {
  it('refuses to delete an entity that keeps a link, unless the link goes too', () => {
    expect(problemsOf(() => checkChangeSet({ deleteEntityIds: ['a'] }, context))).toEqual([['deleteEntityIds[0]', 'has-links']]);
    expect(problemsOf(() => checkChangeSet({ deleteEntityIds: ['a'], deleteLinkIds: ['OVERSEES:a->b'] }, context))).toEqual([]);
  });

  it('refuses links to entities that will not exist, duplicates and an id both upserted and deleted', () => {
    const changes = {
      upsertEntities: [body('c'), body('c')],
      upsertLinks: [link('c', 'a'), link('a', 'gone'), link('b', 'a', 'z')],
      deleteEntityIds: ['b'],
      deleteLinkIds: ['z'],
    };
    expect(problemsOf(() => checkChangeSet(changes, context))).toEqual([
      ['upsertEntities[1].id', 'duplicate-id'],
      ['upsertLinks[2].id', 'upserted-and-deleted'],
      ['upsertLinks[1].to', 'dangling-reference'],
      ['upsertLinks[2].from', 'dangling-reference'],
      ['deleteEntityIds[0]', 'has-links'],
    ]);
  });

  it('refuses a change set that is not made of lists', () => {
    expect(problemsOf(() => checkChangeSet({ upsertEntities: 'a' } as never, context))).toEqual([['upsertEntities', 'schema']]);
    expect(problemsOf(() => checkChangeSet(null as never, context))).toEqual([['', 'schema']]);
  });
});

describe('the text rules in the write check', () => {
  it('refuses text no store may hold, each problem at its field with the rule it breaks', () => {
    const changes = {
      upsertEntities: [{ ...body('c'), name: 'a\ud800b' }, { ...body('d'), attributes: { url: 'javascript:alert(1)' } }],
      upsertLinks: [link('a', 'b', 'OVERSEES:b->a'), link('a', 'b', 'OVERSEES:a->b#k\u0000')],
    };
    expect(problemsOf(() => checkChangeSet(changes, context))).toEqual([
      ['upsertEntities[0].name', 'malformed-unicode'],
      ['upsertEntities[1].attributes.url', 'url-scheme'],
      ['upsertLinks[0].id', 'link-id-mismatch'],
      ['upsertLinks[1].id', 'control-character'],
    ]);
  });

  it('refuses a whole graph holding one such fact', () => {
    const graph = { entities: [body('a'), { ...body('b'), aliases: ['x\u202Ey'] }], links: [] };
    expect(problemsOf(() => checkGraphData(graph))).toEqual([['entities[1].aliases[0]', 'bidi-control']]);
  });
});
