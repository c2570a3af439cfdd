import { describe, expect, it } from 'vitest';
import { holdsOn, toFuzzyDate, fuzzyDateInputSchema, fuzzyDateToInput } from '@govgraph/core';

describe('fuzzy dates', () => {
  it('keeps the precision the source gives', () => {
    expect(toFuzzyDate('2012-06-14')).toEqual({ earliest: '2012-06-14', latest: '2012-06-14', precision: 'day', text: '2012-06-14' });
    expect(toFuzzyDate('2012-11')).toMatchObject({ earliest: '2012-11-01', latest: '2012-11-30', precision: 'month' });
    expect(toFuzzyDate('2024-02')).toMatchObject({ latest: '2024-02-29' });
    expect(toFuzzyDate('2012')).toMatchObject({ earliest: '2012-01-01', latest: '2012-12-31', precision: 'year' });
    expect(toFuzzyDate({ after: '2020-03-12', by: '2022-03-17' })).toEqual({
      earliest: '2020-03-13',
      latest: '2022-03-17',
      precision: 'bounds',
      text: 'after 2020-03-12, by 2022-03-17',
    });
  });

  it('rejects days that do not exist and inverted bounds', () => {
    expect(fuzzyDateInputSchema.safeParse('2022-02-30').success).toBe(false);
    expect(fuzzyDateInputSchema.safeParse('2021-13').success).toBe(false); // found by the seed property test
    expect(fuzzyDateInputSchema.safeParse('2021-00').success).toBe(false);
    expect(fuzzyDateInputSchema.safeParse({ after: '2022-03-17', by: '2020-03-12' }).success).toBe(false);
    expect(fuzzyDateInputSchema.safeParse({}).success).toBe(false);
  });

  it('round-trips bounds back to input form', () => {
    const input = { after: '2020-03-12', by: '2022-03-17' };
    expect(fuzzyDateToInput(toFuzzyDate(input))).toEqual(input);
    expect(fuzzyDateToInput(toFuzzyDate('2012-11'))).toBe('2012-11');
  });
});

describe('the as-of rule', () => {
  const rename = toFuzzyDate({ after: '2020-03-12', by: '2022-03-17' });
  const oldName = { to: rename };
  const newName = { from: rename };

  it('lets exactly one of two names hold on any day of a bracketed rename', () => {
    for (const day of ['2020-03-12', '2021-01-01', '2022-03-16', '2022-03-17', '2023-01-01']) {
      expect(Number(holdsOn(oldName, day)) + Number(holdsOn(newName, day))).toBe(1);
    }
    expect(holdsOn(oldName, '2021-06-01')).toBe(true);
    expect(holdsOn(newName, '2022-03-17')).toBe(true);
  });

  it('treats `to` as the first day a fact no longer holds', () => {
    const v = { from: toFuzzyDate('2012-06-14'), to: toFuzzyDate('2020-03-12') };
    expect(holdsOn(v, '2012-06-13')).toBe(false);
    expect(holdsOn(v, '2012-06-14')).toBe(true);
    expect(holdsOn(v, '2020-03-11')).toBe(true);
    expect(holdsOn(v, '2020-03-12')).toBe(false);
  });

  it('counts a first-seen fact from the day it was seen', () => {
    const v = { from: toFuzzyDate({ by: '2012-07-19' }) };
    expect(holdsOn(v, '2012-07-18')).toBe(false);
    expect(holdsOn(v, '2012-07-19')).toBe(true);
    expect(holdsOn(undefined, '1900-01-01')).toBe(true);
  });
});
