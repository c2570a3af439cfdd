/**
 * What a load replaced, as the memory store computes it: the quick equality agrees with comparing
 * canonical JSON on any JSON-like value, and the comparison of two graphs' facts counts and lists
 * each kind of difference.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson, compareReplacedFacts, MAX_LISTED_REPLACED_IDS, sameCanonicalJson } from '@govgraph/core';

/** JSON-like values whose objects may hold `undefined` fields, as parsed facts can. */
const factLike = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.constantFrom(null, true, false, 0, 1, -1.5, '', 'a', 'A', '1'),
    fc.array(tie('value'), { maxLength: 3 }),
    fc.dictionary(fc.constantFrom('a', 'b', 'c', 'id', 'name'), fc.oneof(tie('value'), fc.constant(undefined)), { maxKeys: 4 }),
  ),
})).value;

describe('sameCanonicalJson', () => {
  it('agrees with comparing canonical JSON, on unrelated values and on a value and its copy', () => {
    fc.assert(
      fc.property(factLike, factLike, (a, b) => {
        expect(sameCanonicalJson(a, b)).toBe(canonicalJson(a) === canonicalJson(b));
        const copy: unknown = JSON.parse(JSON.stringify(a ?? null));
        expect(sameCanonicalJson(a ?? null, copy)).toBe(canonicalJson(a ?? null) === canonicalJson(copy));
      }),
      { numRuns: 2000 },
    );
  });

  it('ignores field order and undefined fields, not nulls or array order', () => {
    expect(sameCanonicalJson({ a: 1, b: [1, 2], c: undefined }, { b: [1, 2], a: 1 })).toBe(true);
    expect(sameCanonicalJson({ a: null }, {})).toBe(false);
    expect(sameCanonicalJson({ b: [1, 2] }, { b: [2, 1] })).toBe(false);
    expect(sameCanonicalJson([], {})).toBe(false);
  });
});

describe('compareReplacedFacts', () => {
  const facts = (...entries: [string, unknown][]) => new Map(entries.map(([id, value]) => [id, { id, value }]));

  it('counts and lists, sorted, what was added, removed and changed', () => {
    const before = facts(['b', 1], ['a', 1], ['gone', 1], ['same', { x: [1] }]);
    const after = facts(['new', 1], ['a', 2], ['b', 1], ['same', { x: [1] }]);
    expect(compareReplacedFacts(before, after)).toEqual({ added: 1, removed: 1, changed: 1, addedIds: ['new'], removedIds: ['gone'], changedIds: ['a'] });
  });

  it('counts a fact that is no longer the same fact (a link of another kind) as removed and added', () => {
    const before = facts(['l', 'OVERSEES']);
    const after = facts(['l', 'LEADS']);
    expect(compareReplacedFacts(before, after, (old, fact) => old.value === fact.value)).toEqual({
      added: 1,
      removed: 1,
      changed: 0,
      addedIds: ['l'],
      removedIds: ['l'],
      changedIds: [],
    });
  });

  it(`lists up to ${MAX_LISTED_REPLACED_IDS} ids of each kind, and past that only counts them`, () => {
    const ids = (n: number, prefix: string) => Array.from({ length: n }, (_, i) => [`${prefix}${i}`, 1] as [string, unknown]);
    const atCap = compareReplacedFacts(facts(), facts(...ids(MAX_LISTED_REPLACED_IDS, 'x')));
    expect(atCap.addedIds).toHaveLength(MAX_LISTED_REPLACED_IDS);
    const pastCap = compareReplacedFacts(facts(...ids(3, 'old')), facts(...ids(MAX_LISTED_REPLACED_IDS + 1, 'x')));
    expect(pastCap).toEqual({ added: MAX_LISTED_REPLACED_IDS + 1, removed: 3, changed: 0, removedIds: ['old0', 'old1', 'old2'], changedIds: [] });
  });
});
