/** Resolving body names and finding mentions: names, former names, aliases, case rules, plurals, ambiguity. */
import { describe, expect, it } from 'vitest';
import { createGraphResolver } from '@govgraph/minutes';
import { entity, FIXTURE_ENTITIES } from './fixture-graph.js';

const resolver = createGraphResolver(FIXTURE_ENTITIES);

describe('resolveBody', () => {
  it('resolves names, former names, aliases, word order and generic suffixes', () => {
    expect(resolver.resolveBody('Eastmere Community Safety Partnership')?.id).toBe('eastmere-csp');
    expect(resolver.resolveBody('EASTMERE COMMUNITY SAFETY PARTNERSHIP')?.id).toBe('eastmere-csp');
    expect(resolver.resolveBody('Eastmere Safer Communities Partnership')?.id).toBe('eastmere-csp');
    expect(resolver.resolveBody('ECSP')?.id).toBe('eastmere-csp');
    expect(resolver.resolveBody('The Northbay Safer Communities Board meeting')?.id).toBe('northbay-scb');
    expect(resolver.resolveBody('Northbay Communities Safer Board')?.id).toBe('northbay-scb');
    expect(resolver.resolveBody('Southwick Community Safety Partnership Board')?.id).toBe('southwick-csp');
    expect(resolver.resolveBody('ECSP Partnership Meeting')?.id).toBe('eastmere-csp');
    expect(resolver.resolveBody('Unknown Board')).toBeNull();
  });

  it('resolves a name two bodies share to neither', () => {
    const shared = createGraphResolver([entity('a-board', 'Body', 'Harbour Board'), entity('b-board', 'Body', 'Quay Board', ['Harbour Board'])]);
    expect(shared.resolveBody('Harbour Board')).toBeNull();
  });
});

describe('findMentions', () => {
  it('matches one-word names as written or in capitals, not the lower-case word', () => {
    expect(resolver.findMentions('We must prevent harm.')).toEqual([]);
    expect(resolver.findMentions('Update on Prevent')).toEqual([{ kind: 'Duty', id: 'prevent', text: 'Prevent' }]);
    expect(resolver.findMentions('PREVENT LOCAL HEALTH CHECK')).toEqual([{ kind: 'Duty', id: 'prevent', text: 'PREVENT' }]);
  });

  it('matches acronyms with numbers and plurals, and longer names in any case', () => {
    expect(resolver.findMentions('DHR10 report').map((m) => m.id)).toEqual(['domestic-homicide-review']);
    expect(resolver.findMentions("funds for DHR's").map((m) => m.id)).toEqual(['domestic-homicide-review']);
    expect(resolver.findMentions('DOMESTIC HOMICIDE REVIEW (DHRS) UPDATE')).toEqual([{ kind: 'Duty', id: 'domestic-homicide-review', text: 'DOMESTIC HOMICIDE REVIEW' }]);
    expect(resolver.findMentions('the serious violence duty consultation').map((m) => m.id)).toEqual(['serious-violence']);
  });

  it('reports each entity once, in order of first mention, and bodies too', () => {
    const found = resolver.findMentions('Prevent and the SVD; Prevent again; ECSP and the Eastmere Community Safety Partnership');
    expect(found.map((m) => m.id)).toEqual(['prevent', 'serious-violence', 'eastmere-csp']);
  });

  it('takes the longest name at a position', () => {
    const r = createGraphResolver([entity('board', 'Body', 'Safety Board'), entity('exec', 'Body', 'Safety Board Executive')]);
    expect(r.findMentions('the Safety Board Executive met').map((m) => m.id)).toEqual(['exec']);
  });
});
