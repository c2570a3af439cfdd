import { beforeAll, describe, expect, it } from 'vitest';
import { isGovgraphError, type GraphStore } from '@govgraph/core';
import { createMemoryStore } from '@govgraph/store-memory';
import {
  addMonths,
  buildGraphView,
  centrality,
  changes,
  findChanges,
  findPersonDependentLinks,
  gaps,
  parseQuorumText,
  personDependentLinks,
  singlePointsOfFailure,
  whatIf,
} from '@govgraph/analytics';
import { testshireGraph } from './fixture.js';

const area = 'testshire';
const asOf = '2022-09-08';
let store: GraphStore;

beforeAll(async () => {
  store = createMemoryStore();
  await store.replaceAll(testshireGraph());
});

describe('person-dependent links', () => {
  it('names the one person joining each pair, person-only before structural', async () => {
    const links = await personDependentLinks(store, { asOf, area });
    expect(links.map((l) => [l.bodies.map((b) => b.id), l.people.map((p) => p.person.id), l.basis])).toEqual([
      [['partnership', 'regional-vrp'], ['sue'], 'person-only'],
      [['adults-board', 'partnership'], ['ian'], 'structural'],
      [['da-steering', 'partnership'], ['chair'], 'structural'],
      [['partnership', 'prevent-group'], ['chris'], 'structural'],
    ]);
    const chris = links.find((l) => l.people[0]!.person.id === 'chris')!;
    expect(chris.status).toBe('agreed');
    expect(chris.structuralPath!.map((l) => l.id)).toEqual(['SUB_GROUP_OF:prevent-group->partnership']);
    expect(chris.people[0]!.seats.map((s) => s.role)).toEqual(['member', 'lead']);
    expect(chris.sources).toEqual([{ source: 'src-minutes' }]);
  });

  it('respects the day: before 2020-03-12 Sue is not yet the link to the VRP', async () => {
    const links = await personDependentLinks(store, { asOf: '2020-01-01', area });
    expect(links.some((l) => l.bodies.some((b) => b.id === 'regional-vrp'))).toBe(false);
  });

  it('keeps only person-only pairs when asked, and more people with maxPeople', async () => {
    const view = buildGraphView(await store.snapshot({ asOf, area }), asOf, area);
    expect(findPersonDependentLinks(view, { onlyPersonOnly: true }).map((l) => l.people[0]!.person.id)).toEqual(['sue']);
    expect(findPersonDependentLinks(view, { maxStructuralHops: 0 }).every((l) => l.basis === 'person-only')).toBe(true);
  });

  it('scopes to a focus and rejects an unknown focus with NOT_FOUND', async () => {
    const links = await personDependentLinks(store, { asOf, area, focus: 'prevent-group' });
    expect(links.map((l) => l.people[0]!.person.id)).toEqual(['chris']);
    await expect(personDependentLinks(store, { asOf, area, focus: 'nope' })).rejects.toSatisfy((e) => isGovgraphError(e, 'NOT_FOUND'));
  });
});

describe('single points of failure', () => {
  it('finds the reporting line, the sole member and the disconnected bodies', async () => {
    const spofs = await singlePointsOfFailure(store, { asOf, area });
    expect(spofs.map((s) => [s.person.id, s.kind, s.duty?.id ?? null, s.bodies.map((b) => b.id)])).toEqual([
      ['chris', 'reporting-line', 'duty-prevent', ['partnership', 'prevent-group']],
      ['chris', 'sole-member', 'duty-prevent', ['prevent-group']],
      ['sue', 'body-connection', null, ['partnership', 'regional-vrp']],
    ]);
  });
});

describe('centrality', () => {
  it('ranks the partnership first and scores deterministically', async () => {
    const scores = await centrality(store, { asOf, area });
    expect(scores[0]!.entity.id).toBe('partnership');
    expect(scores[0]!.betweenness).toBeGreaterThan(0.5);
    const sue = scores.find((s) => s.entity.id === 'sue')!;
    expect(sue.betweenness).toBeGreaterThan(0);
    expect(sue.neighbours).toBe(2);
    expect(await centrality(store, { asOf, area })).toEqual(scores);
    const people = await centrality(store, { asOf, area, kinds: ['Person'], limit: 2 });
    expect(people.map((p) => p.entity.id)).toEqual(['sue', 'chair']);
  });
});

describe('gaps', () => {
  it('flags benchmarks below the threshold, 1s as high and 2s as medium', async () => {
    const found = (await gaps(store, { asOf, area })).filter((f) => f.kind === 'benchmark-below-threshold');
    expect(found.map((f) => [f.id, f.severity])).toEqual([
      ['benchmark-below-threshold:health-check:risk-assessment', 'high'],
      ['benchmark-below-threshold:health-check:multi-agency-partnership-board', 'medium'],
    ]);
    expect(found[0]!.subjects.map((s) => s.id)).toEqual(['health-check', 'duty-prevent']);
  });

  it('flags duties without oversight, oversight only proposed, and overdue outputs once the duty is in force', async () => {
    const before = (await gaps(store, { asOf, area })).map((f) => f.id);
    expect(before).toContain('duty-without-oversight:duty-orphan');
    expect(before.some((id) => id.includes('duty-violence'))).toBe(false); // not in force until 2023-01-31
    expect(before.some((id) => id.includes('duty-future'))).toBe(false); // enacted, not in force
    const dueSoon = (await gaps(store, { asOf: '2023-06-01', area })).find((f) => f.id.includes('violence-strategy'))!;
    expect([dueSoon.kind, dueSoon.severity]).toEqual(['required-output-due', 'info']);
    expect(dueSoon.title).toContain('2024-01-31');
    const later = await gaps(store, { asOf: '2024-06-01', area });
    expect(later.find((f) => f.id === 'required-output-overdue:duty-violence:violence-strategy')?.severity).toBe('high');
    expect(later.find((f) => f.id === 'duty-oversight-not-in-force:duty-violence')?.status).toBe('proposed');
  });

  it('rates a duty nobody holds high only when the area refers to it', async () => {
    const medium = (await gaps(store, { asOf, area })).find((f) => f.id === 'duty-without-oversight:duty-orphan')!;
    expect(medium.severity).toBe('medium');
    const data = testshireGraph();
    data.links.push({ ...data.links.find((l) => l.kind === 'ASSESSES')!, id: 'ASSESSES:health-check->duty-orphan', to: 'duty-orphan' });
    const referred = createMemoryStore();
    await referred.replaceAll(data);
    const high = (await gaps(referred, { asOf, area })).find((f) => f.id === 'duty-without-oversight:duty-orphan')!;
    expect(high.severity).toBe('high');
  });

  it('counts a required output only when a strategy of its kind and subject is held by a body holding the duty', async () => {
    const withStrategy = async (name: string): Promise<string[]> => {
      const data = testshireGraph();
      const plan = data.entities.find((e) => e.id === 'partnership-plan')!;
      data.entities.push({ ...plan, id: 'some-strategy', name, names: [{ name, sources: [] }], attributes: { strategyType: 'strategy' } });
      data.links.push({ ...data.links.find((l) => l.id === 'OWNS:partnership->partnership-plan')!, id: 'OWNS:partnership->some-strategy', to: 'some-strategy' });
      const s = createMemoryStore();
      await s.replaceAll(data);
      return (await gaps(s, { asOf: '2024-06-01', area })).map((f) => f.id);
    };
    expect(await withStrategy('Community safety strategy')).toContain('required-output-overdue:duty-violence:violence-strategy');
    expect(await withStrategy('Testshire serious violence strategy 2024')).not.toContain('required-output-overdue:duty-violence:violence-strategy');
  });

  it('flags strategies without an owner', async () => {
    const ids = (await gaps(store, { asOf, area })).filter((f) => f.kind === 'strategy-without-owner').map((f) => f.id);
    expect(ids).toEqual(['strategy-without-owner:orphan-plan']);
  });

  it('never flags a national strategy (no area) for having no owner, with or without an area', async () => {
    const data = testshireGraph();
    const plan = data.entities.find((e) => e.id === 'orphan-plan')!;
    const { area: _area, ...national } = { ...plan, id: 'national-strategy', name: 'A national strategy', names: [{ name: 'A national strategy', sources: [] }] };
    data.entities.push(national);
    const withNational = createMemoryStore();
    await withNational.replaceAll(data);
    for (const scope of [{ asOf, area }, { asOf }]) {
      const ids = (await gaps(withNational, scope)).filter((f) => f.kind === 'strategy-without-owner').map((f) => f.id);
      expect(ids, JSON.stringify(scope)).toEqual(['strategy-without-owner:orphan-plan']);
    }
  });

  it('no longer counts the ended police authority, and says the quorum rule is only proposed', async () => {
    const finding = (await gaps(store, { asOf: '2013-01-01', area })).find((f) => f.kind === 'statutory-membership')!;
    expect(finding.subjects.map((s) => s.id)).toEqual(['partnership', 'police-authority', 'terms-of-reference']);
    expect(finding.status).toBe('proposed');
    expect(finding.explanation).toContain('only proposed');
    const duringPoliceAuthority = (await gaps(store, { asOf: '2012-09-01', area })).filter((f) => f.kind === 'statutory-membership');
    expect(duringPoliceAuthority.map((f) => f.severity)).toEqual(['low']); // 4 of the 6 the ToR counts
  });

  it('reports a quorum that cannot be met', async () => {
    const data = testshireGraph();
    data.links = data.links.filter((l) => !(l.kind === 'MEMBER_OF' && (l.from === 'fire' || l.from === 'police')));
    const small = createMemoryStore();
    await small.replaceAll(data);
    const finding = (await gaps(small, { asOf, area })).find((f) => f.kind === 'quorum-at-risk')!;
    expect(finding.severity).toBe('high');
    expect(finding.id).toBe('quorum-at-risk:partnership');
  });

  it('reads quorum rules written in words or digits', () => {
    expect(parseQuorumText('quorate with at least three of the six responsible authorities')).toMatchObject({ atLeast: 3, outOf: 6 });
    expect(parseQuorumText('The quorum is at least 4 members.')).toMatchObject({ atLeast: 4, outOf: null });
    expect(parseQuorumText('meets quarterly')).toBeNull();
  });
});

describe('what if', () => {
  it('removing the sub-group takes away the delivery of Prevent and breaks its links', async () => {
    const impact = await whatIf(store, { removeBody: 'prevent-group' }, { asOf, area });
    expect(impact.duties.map((d) => [d.duty.id, d.rolesLost, d.losesAllOversight])).toEqual([['duty-prevent', ['DELIVERS'], false]]);
    expect(impact.duties[0]!.remaining.map((e) => e.body.id)).toEqual(['partnership']);
    expect(impact.brokenLinks.map((l) => l.id)).toEqual([
      'DELIVERS:prevent-group->duty-prevent',
      'SITS_ON:chris->prevent-group',
      'SUB_GROUP_OF:prevent-group->partnership',
    ]);
  });

  it('removing the partnership leaves strategies without an owner', async () => {
    const impact = await whatIf(store, { removeBody: 'partnership' }, { asOf, area });
    expect(impact.strategiesLosingOwner.map((s) => s.strategy.id)).toEqual(['partnership-plan', 'terms-of-reference']);
    expect(impact.duties.find((d) => d.duty.id === 'duty-prevent')!.rolesLost).toEqual(['OVERSEES']);
  });

  it('removing a person lists the links and single points of failure resting on them', async () => {
    const impact = await whatIf(store, { removePerson: 'chris' }, { asOf, area });
    expect(impact.personDependentLinks.map((p) => p.bodies.map((b) => b.id))).toEqual([['partnership', 'prevent-group']]);
    expect(impact.singlePointsOfFailure.map((s) => s.kind)).toEqual(['reporting-line', 'sole-member']);
    expect(impact.duties).toEqual([]);
  });

  it('rejects unknown ids and the wrong kind', async () => {
    await expect(whatIf(store, { removeBody: 'nobody' }, { asOf, area })).rejects.toSatisfy((e) => isGovgraphError(e, 'NOT_FOUND'));
    await expect(whatIf(store, { removePerson: 'partnership' }, { asOf, area })).rejects.toSatisfy((e) => isGovgraphError(e, 'INVALID_INPUT'));
  });
});

describe('changes', () => {
  it('lists the rename, the merger, the relaunch and the ended partner between 2012 and 2022', async () => {
    const events = await changes(store, { from: '2012-01-01', to: '2022-12-31', area });
    const brief = events.filter((e) => e.kind !== 'link-started' && e.kind !== 'created').map((e) => [e.kind, e.subjects.map((s) => s.id), e.certain]);
    expect(brief).toEqual([
      ['ended', ['police-authority'], true],
      ['merged', ['da-executive', 'da-operational', 'da-steering'], true],
      ['renamed', ['partnership'], true],
      ['relaunched', ['marsoc', 'marthr'], false],
    ]);
    // The merged groups' creation and ending are told by the merger, not repeated.
    expect(events.some((e) => e.kind === 'created' && e.subjects[0]!.id === 'da-steering')).toBe(false);
    expect(events.find((e) => e.kind === 'renamed')!.description).toContain('Testshire Safer Communities renamed Testshire Together');
  });

  it('leaves out starts only "first seen by" a day unless asked', async () => {
    const window = { from: '2012-01-01', to: '2012-12-31', area };
    const firstSeen = 'OVERSEES:partnership->duty-prevent';
    expect((await changes(store, window)).some((e) => e.links.some((l) => l.id === firstSeen))).toBe(false);
    const all = await changes(store, { ...window, includeFirstSeen: true });
    expect(all.find((e) => e.links.some((l) => l.id === firstSeen))).toMatchObject({ kind: 'link-started', certain: false });
  });

  it('uses the as-of switch day: a window before the rename bracket closes does not see it', async () => {
    const events = await changes(store, { from: '2021-01-01', to: '2021-12-31', area });
    expect(events.some((e) => e.kind === 'renamed')).toBe(false);
  });

  it('scopes to a focus and rejects a reversed window', async () => {
    const events = await changes(store, { from: '2012-01-01', to: '2022-12-31', area, focus: 'prevent-group' });
    expect(events.every((e) => e.subjects.some((s) => s.id === 'prevent-group'))).toBe(true);
    expect(() => findChanges(testshireGraph(), { from: '2022-01-01', to: '2012-01-01' })).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT' }),
    );
  });
});

describe('dates', () => {
  it('adds months clamping to the month end', () => {
    expect(addMonths('2023-01-31', 12)).toBe('2024-01-31');
    expect(addMonths('2023-01-31', 1)).toBe('2023-02-28');
    expect(addMonths('2023-11-15', 3)).toBe('2024-02-15');
  });
});
