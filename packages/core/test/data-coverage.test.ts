/**
 * The span of the dated sources: only Source entities count, fuzzy dates count from their earliest
 * to their latest day, an area keeps to its own sources, and ties on the latest day go to the first id.
 */
import { describe, expect, it } from 'vitest';
import { dataCoverageOf, entityInputSchema, normaliseEntity, type Entity } from '@govgraph/core';

const entity = (input: Record<string, unknown>): Entity => normaliseEntity(entityInputSchema.parse(input));

function source(id: string, date: string | { after?: string; by?: string } | undefined, area?: string): Entity {
  const input = { id, kind: 'Source', name: id, sourceType: 'minutes', status: 'in-force', confidence: 'stated', sources: [], ...(area ? { area } : {}), ...(date ? { date } : {}) };
  return entity(input);
}

describe('dataCoverageOf', () => {
  it('spans the earliest to the latest day of the dated sources, ignoring undated sources and other kinds', () => {
    const body = entity({ id: 'board', kind: 'Body', name: 'Board', bodyType: 'board', status: 'in-force', confidence: 'stated', sources: [], validity: { from: '2030-01-01' } });
    const coverage = dataCoverageOf([source('b-minutes', '2012-06-14'), source('a-report', '2022'), source('notes', undefined), body]);
    expect(coverage).toEqual({ area: null, earliest: '2012-06-14', latest: '2022-12-31', datedSources: 2, undatedSources: 1, latestSourceId: 'a-report' });
  });

  it('keeps to the sources of an area when one is given', () => {
    const coverage = dataCoverageOf([source('local', '2022-09-08', 'sefton'), source('national-act', '2024')], 'sefton');
    expect(coverage).toMatchObject({ area: 'sefton', earliest: '2022-09-08', latest: '2022-09-08', datedSources: 1, latestSourceId: 'local' });
  });

  it('counts a bounded date by whichever end it has, and gives the first id on a tie', () => {
    const coverage = dataCoverageOf([source('z-late', '2020-03-01'), source('only-by', { by: '2020-03-01' }), source('only-after', { after: '2010-01-01' })]);
    expect(coverage).toMatchObject({ earliest: '2010-01-02', latest: '2020-03-01', latestSourceId: 'only-by', datedSources: 3 });
  });

  it('is empty when nothing is dated', () => {
    expect(dataCoverageOf([])).toEqual({ area: null, earliest: null, latest: null, datedSources: 0, undatedSources: 0, latestSourceId: null });
  });
});
