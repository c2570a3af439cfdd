import { describe, expect, it } from 'vitest';
import { checkFacts, entityInputSchema, linkInputSchema, normaliseEntity, normaliseLink, parseFactInput, type EntityInput, type LinkInput } from '@govgraph/core';

const entity = (input: EntityInput) => normaliseEntity(entityInputSchema.parse(input));
const link = (input: LinkInput) => normaliseLink(linkInputSchema.parse(input));

const source = entity({ id: 'src', kind: 'Source', name: 'Minutes', sourceType: 'minutes', status: 'in-force', confidence: 'stated', sources: [] });
const board = entity({ id: 'board', kind: 'Body', bodyType: 'board', name: 'Board', validity: { from: '2015' }, status: 'in-force', confidence: 'stated', sources: [{ source: 'src' }] });
const duty = entity({ id: 'duty', kind: 'Duty', name: 'Duty', status: 'in-force', confidence: 'stated', sources: [{ source: 'src' }] });

describe('checkFacts', () => {
  it('applies govgraph check rules to facts from outside YAML, at paths under the given prefix', () => {
    const bad = link({ kind: 'SUB_GROUP_OF', from: 'duty', to: 'board', validity: { from: '2010' }, status: 'in-force', confidence: 'stated', sources: [{ source: 'board' }] });
    const problems = checkFacts({ links: [{ fact: bad, path: ['link'] }], context: [source, board, duty] });
    expect(problems.map((p) => [p.path, p.code, p.severity])).toEqual([
      ['link.from', 'endpoint-kind', 'error'],
      ['link.sources[0].source', 'reference-kind', 'error'],
      ['link.validity.from', 'validity-outside-ends', 'error'],
    ]);
  });

  it('finds nothing wrong with valid facts, and reports references missing from the context', () => {
    const good = link({ kind: 'OVERSEES', from: 'board', to: 'duty', status: 'in-force', confidence: 'stated', sources: [{ source: 'src' }] });
    expect(checkFacts({ links: [{ fact: good, path: [] }], context: [source, board, duty] })).toEqual([]);
    expect(checkFacts({ links: [{ fact: good, path: [] }], context: [board, duty] }).map((p) => [p.path, p.code])).toEqual([['sources[0].source', 'dangling-reference']]);
  });
});

describe('parseFactInput', () => {
  it('describes every schema issue as govgraph check does, under the prefix', () => {
    const result = parseFactInput('entity', { id: 'x', kind: 'Body', bodyType: 'bord', name: 'X', status: 'in-force', confidence: 'stated', sources: [], colour: 1 }, ['entity']);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => p.path).sort()).toEqual(['entity.bodyType', 'entity.colour']);
    expect(result.problems.find((p) => p.path === 'entity.bodyType')?.message).toContain('did you mean "board"');
  });
});
