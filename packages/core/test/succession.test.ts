/** What an entity was called on a day, and what it became: core's name and succession rules. */
import { describe, expect, it } from 'vitest';
import { entityInputSchema, followSuccession, linkInputSchema, nameAsOf, normaliseEntity, normaliseLink, successionCounts, type EntityInput, type LinkInput } from '@govgraph/core';

const entity = (input: Omit<EntityInput, 'status' | 'confidence' | 'sources'> & Partial<EntityInput>) =>
  normaliseEntity(entityInputSchema.parse({ status: 'in-force', confidence: 'stated', sources: [{ source: 'src' }], ...input }));
const succession = (from: string, to: string, extra: Partial<LinkInput> = {}) =>
  normaliseLink(linkInputSchema.parse({ kind: 'SUCCEEDED_BY', from, to, status: 'in-force', confidence: 'stated', sources: [{ source: 'src' }], ...extra }));

describe('nameAsOf', () => {
  it('uses the name holding on the day, else the current name', () => {
    const partnership = entity({
      id: 'town-partnership',
      kind: 'Body',
      bodyType: 'partnership',
      name: 'Safer Town Together',
      names: [
        { name: 'Town Safer Communities Partnership', validity: { to: { after: '2020-03-12', by: '2021-03-17' } } },
        { name: 'Safer Town Together', validity: { from: { after: '2020-03-12', by: '2021-03-17' } } },
      ],
    });
    expect(nameAsOf(partnership, '2020-03-12')).toBe('Town Safer Communities Partnership');
    expect(nameAsOf(partnership, '2021-03-17')).toBe('Safer Town Together');
    const council = entity({ id: 'council', kind: 'Organisation', name: 'Town Council' });
    expect(nameAsOf(council, '2012-01-01')).toBe('Town Council');
  });
});

describe('followSuccession', () => {
  const old = entity({ id: 'old-board', kind: 'Body', bodyType: 'board', name: 'Old board' });
  const middle = entity({ id: 'middle-board', kind: 'Body', bodyType: 'board', name: 'Middle board' });
  const early = entity({ id: 'early-split', kind: 'Body', bodyType: 'board', name: 'Early split' });
  const latest = entity({ id: 'latest-board', kind: 'Body', bodyType: 'board', name: 'Latest board' });
  const byId = new Map([old, middle, early, latest].map((e) => [e.id, e]));
  const load = async (id: string) => byId.get(id);

  it('follows successions that count on the day to the latest successor, a split to the later start', async () => {
    const links = [
      succession('old-board', 'middle-board', { validity: { from: '2015-04-01' } }),
      succession('middle-board', 'early-split', { validity: { from: '2018-01-01' } }),
      succession('middle-board', 'latest-board', { validity: { from: '2019-01-01' } }),
    ];
    expect((await followSuccession(old, '2014-01-01', links, load)).id).toBe('old-board');
    expect((await followSuccession(old, '2016-01-01', links, load)).id).toBe('middle-board');
    expect((await followSuccession(old, '2020-01-01', links, load)).id).toBe('latest-board');
  });

  it('does not count a proposed or scheduled succession, and stops at a loop or a missing successor', async () => {
    const proposed = succession('old-board', 'middle-board', { status: 'proposed' });
    expect(successionCounts(proposed, '2020-01-01')).toBe(false);
    expect((await followSuccession(old, '2020-01-01', [proposed], load)).id).toBe('old-board');
    const loop = [succession('old-board', 'middle-board'), succession('middle-board', 'old-board')];
    expect((await followSuccession(old, '2020-01-01', loop, load)).id).toBe('middle-board');
    expect((await followSuccession(old, '2020-01-01', [succession('old-board', 'gone')], load)).id).toBe('old-board');
  });
});
