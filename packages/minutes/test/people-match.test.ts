/**
 * People across documents: spelling variants and short forms of a given name match the one person
 * who holds them; two people who fit equally well are ambiguous, never guessed between.
 */
import { describe, expect, it } from 'vitest';
import { entityInputSchema, normaliseEntity, type Entity } from '@govgraph/core';
import { applyIngestPlan, matchPerson, planIngest } from '@govgraph/minutes';
import { base, inputFor, seededStore } from './ingest-fixture.js';

function person(id: string, name: string, aliases: string[] = []): Entity {
  return normaliseEntity(entityInputSchema.parse({ ...base, id, kind: 'Person', name, aliases }));
}

const GRAHAM = person('graham-orr', 'Graham Orr');
const STEPHEN = person('stephen-lyle', 'Stephen Lyle');
const ROSANNA = person('rosanna-quinn', 'Rosanna Quinn');
const MARTIN = person('martin-dace', 'Martin Dace');
const THOMPSON = person('ada-thompson', 'Ada Thompson');
const DANIEL = person('daniel-marsh', 'Daniel Marsh');

describe('matchPerson', () => {
  it.each<[string, Entity, string | null]>([
    ['Graeme Orr', GRAHAM, 'nickname'],
    ['Steve Lyle', STEPHEN, 'nickname'],
    ['Steven Lyle', STEPHEN, 'nickname'],
    ['Ros Quinn', ROSANNA, 'compatible'],
    ['R. Quinn', ROSANNA, 'compatible'],
    ['Councillor Quinn', ROSANNA, 'compatible'],
    ['Martyn Dace', MARTIN, 'variant'],
    ['Phil Dace', MARTIN, null],
    ['Ada Thomson', THOMPSON, 'variant'],
    ['Graham Orr', GRAHAM, 'exact'],
  ])('"%s" fits the expected person, or nobody', (written, expected, fit) => {
    const match = matchPerson(written, [GRAHAM, STEPHEN, ROSANNA, MARTIN, THOMPSON, DANIEL]);
    if (fit === null) {
      expect(match.status).toBe('none');
      return;
    }
    expect(match).toMatchObject({ status: 'matched', fit });
    expect(match.status === 'matched' && match.entity.id).toBe(expected.id);
  });

  it.each(['Danielle Marsh', 'Mark Orr', 'Stella Lyle', 'Ada Thomas', 'Graham Ore'])('"%s" matches nobody', (written) => {
    expect(matchPerson(written, [GRAHAM, STEPHEN, DANIEL, THOMPSON]).status).toBe('none');
  });

  it('is ambiguous when two people fit equally well, and names every candidate', () => {
    const grahame = person('grahame-orr', 'Grahame Orr');
    expect(matchPerson('Graeme Orr', [GRAHAM, grahame])).toEqual({ status: 'ambiguous', candidates: [GRAHAM, grahame], fit: 'nickname' });
    const steven = person('steven-lyle', 'Steven Lyle');
    // "Steve" starts "Steven" and is a short form of "Stephen": both fit, so neither is chosen.
    expect(matchPerson('Steve Lyle', [STEPHEN, steven])).toMatchObject({ status: 'ambiguous', candidates: [STEPHEN, steven] });
    expect(matchPerson('S. Lyle', [STEPHEN, steven])).toMatchObject({ status: 'ambiguous', fit: 'compatible' });
  });

  it('prefers the person whose name is written exactly over a variant', () => {
    const graeme = person('graeme-orr', 'Graeme Orr');
    expect(matchPerson('Graeme Orr', [GRAHAM, graeme])).toMatchObject({ status: 'matched', fit: 'exact', entity: { id: 'graeme-orr' } });
  });

  it('counts aliases and former names', () => {
    const known = person('kay-birch', 'Katherine Birch', ['Kay Birch']);
    expect(matchPerson('Kay Birch', [known])).toMatchObject({ status: 'matched', fit: 'exact' });
    expect(matchPerson('Cathryn Birch', [known])).toMatchObject({ status: 'matched', fit: 'nickname' });
  });
});

describe('ingesting names written differently across documents', () => {
  const minutes = (date: string, present: string): string =>
    ['Eastmere Community Safety Partnership', '', `Minutes of the meeting held on ${date} at Eastmere Civic Centre`, '', `PRESENT: ${present}`, '', '1. Prevent Update', '', 'The partnership noted the update.', ''].join('\n');

  it('links a variant to the one person, reports it and keeps the name as an alias, so the next paper matches exactly', async () => {
    const store = await seededStore([{ ...base, id: 'graham-hale', kind: 'Person', name: 'Graham Hale', area: 'eastmere' }]);
    const plan = await planIngest(store, [await inputFor(store, minutes('12 March 2024', 'Graeme Hale (Chair), Gareth Pryce'), 'march.txt')]);
    const links = plan.changes.upsertLinks!.map((l) => l.id);
    expect(links).toContain('ATTENDED:graham-hale->eastmere-csp-2024-03-12');
    expect(plan.problems.filter((p) => p.code === 'variant-person').map((p) => p.candidates)).toEqual([['graham-hale']]);
    const graham = plan.changes.upsertEntities!.find((e) => e.id === 'graham-hale')!;
    expect(graham.aliases).toEqual(['Graeme Hale']);
    expect(graham.sources).toEqual([{ source: 'eastmere-csp-minutes-2024-03-12' }]);
    expect(plan.changes.upsertEntities!.some((e) => e.id === 'graeme-hale')).toBe(false);
    await applyIngestPlan(store, plan);

    const next = await planIngest(store, [await inputFor(store, minutes('9 April 2024', 'Graeme Hale, Gareth Pryce'), 'april.txt')]);
    expect(next.problems.filter((p) => p.code === 'variant-person')).toEqual([]);
    expect(next.changes.upsertLinks!.map((l) => l.id)).toContain('ATTENDED:graham-hale->eastmere-csp-2024-04-09');
  });

  it('reports a name two people fit and links neither', async () => {
    const store = await seededStore([
      { ...base, id: 'stephen-vane', kind: 'Person', name: 'Stephen Vane', area: 'eastmere' },
      { ...base, id: 'steven-vane', kind: 'Person', name: 'Steven Vane', area: 'eastmere' },
    ]);
    const plan = await planIngest(store, [await inputFor(store, minutes('12 March 2024', 'Steve Vane, Gareth Pryce'), 'march.txt')]);
    expect(plan.problems.filter((p) => p.code === 'ambiguous-person').map((p) => p.candidates)).toEqual([['stephen-vane', 'steven-vane']]);
    expect(plan.changes.upsertLinks!.some((l) => l.from.endsWith('vane'))).toBe(false);
    expect(plan.changes.upsertEntities!.some((e) => e.id === 'steve-vane')).toBe(false);
  });
});
