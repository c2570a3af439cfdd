import { describe, expect, it } from 'vitest';
import { ProblemList, toFuzzyDate } from '@govgraph/core';
import { entityDraft, graphqlProblemPath, toSeedDate } from '../src/edit-inputs.js';

describe('toSeedDate', () => {
  it('takes a day, month or year as text, and bounds as text (as FuzzyDate.text writes them) or as fields', () => {
    const problems = new ProblemList();
    expect(toSeedDate({ text: '2021-03-04' }, 'to', problems)).toBe('2021-03-04');
    expect(toSeedDate({ text: '2021' }, 'to', problems)).toBe('2021');
    expect(toSeedDate({ text: 'after 2020-03-12, by 2022-03-17' }, 'to', problems)).toEqual({ after: '2020-03-12', by: '2022-03-17' });
    expect(toSeedDate({ text: 'by 2022-03-17' }, 'to', problems)).toEqual({ by: '2022-03-17' });
    expect(toSeedDate({ after: '2020-03-12' }, 'to', problems)).toEqual({ after: '2020-03-12' });
    expect(problems.list).toEqual([]);
  });

  it('round-trips every date FuzzyDate.text gives back', () => {
    for (const input of ['2012-06-14', '2012-06', '2012', { after: '2020-03-12', by: '2022-03-17' }, { after: '2020-03-12' }, { by: '2019-01-01' }] as const) {
      const text = toFuzzyDate(input).text;
      expect(toFuzzyDate(toSeedDate({ text }, 'to', new ProblemList())!)).toEqual(toFuzzyDate(input));
    }
  });

  it('needs exactly one of text or bounds', () => {
    const problems = new ProblemList();
    toSeedDate({ text: '2021', after: '2020-01-01' }, 'entity.validity.from', problems);
    toSeedDate({}, 'to', problems);
    expect(problems.list.map((p) => p.path)).toEqual(['entity.validity.from', 'to']);
  });
});

describe('entityDraft', () => {
  it('spreads attributes beside the common fields, converts dates and drops nulls', () => {
    const problems = new ProblemList();
    const draft = entityDraft(
      {
        id: 'm', kind: 'Meeting', name: 'Meeting', note: null, validity: { from: { text: '2021' }, to: null },
        attributes: { date: { earliest: '2021-03-01', latest: '2021-03-31', precision: 'month', text: '2021-03' }, venue: 'Town Hall' },
      },
      problems,
    );
    expect(draft).toEqual({ id: 'm', kind: 'Meeting', name: 'Meeting', validity: { from: '2021' }, date: '2021-03', venue: 'Town Hall' });
    expect(problems.list).toEqual([]);
  });

  it('refuses common fields inside attributes, and attributes that are not an object', () => {
    const problems = new ProblemList();
    entityDraft({ kind: 'Body', name: 'B', attributes: { name: 'Other', bodyType: 'board' } }, problems);
    entityDraft({ kind: 'Body', name: 'B', attributes: ['board'] }, problems);
    expect(problems.list.map((p) => p.path)).toEqual(['entity.attributes.name', 'entity.attributes']);
  });
});

describe('graphqlProblemPath', () => {
  it('puts kind-specific fields under attributes and leaves the rest', () => {
    expect(graphqlProblemPath('entity.bodyType')).toBe('entity.attributes.bodyType');
    expect(graphqlProblemPath('entity.requiredOutputs[0].sources[0].source')).toBe('entity.attributes.requiredOutputs[0].sources[0].source');
    expect(graphqlProblemPath('entity.validity.to')).toBe('entity.validity.to');
    expect(graphqlProblemPath('source.source')).toBe('source.source');
    expect(graphqlProblemPath('link.role')).toBe('link.role');
  });
});
