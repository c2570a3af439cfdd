/**
 * What minutes decide: resolutions that create, designate, merge, rename or end a body, a lead, a
 * sub-group or a reporting line become proposed facts (status agreed, from the meeting's day,
 * confidence stated, citing the item and the words), shown in the plan and written only when
 * accepted.
 */
import { describe, expect, it } from 'vitest';
import type { EntityInput } from '@govgraph/core';
import { applyIngestPlan, createGraphResolver, formatIngestPlan, planIngest, readDecisions } from '@govgraph/minutes';
import { base, inputFor, seedGraph, seededStore } from './ingest-fixture.js';

const EXTRA: EntityInput[] = [
  { ...base, id: 'eastmere-asb-group', kind: 'Body', name: 'Eastmere ASB Group', bodyType: 'sub-group', area: 'eastmere' },
  { ...base, id: 'eastmere-youth-forum', kind: 'Body', name: 'Eastmere Youth Forum', bodyType: 'forum', area: 'eastmere' },
  { ...base, id: 'eastmere-da-board', kind: 'Body', name: 'Eastmere Domestic Abuse Board', bodyType: 'board', area: 'eastmere' },
  { ...base, id: 'eastmere-police', kind: 'Organisation', name: 'Eastmere Police', area: 'eastmere' },
];
const OWN = { id: 'eastmere-csp', name: 'Eastmere Community Safety Partnership' };
const resolver = createGraphResolver(seedGraph(EXTRA));
const read = (text: string) => readDecisions(text, resolver, OWN);
const ids = (text: string) => read(text).decisions.map((d) => [d.kind, d.subjects.map((s) => s.id ?? s.name), d.object ? (d.object.id ?? d.object.name) : null]);

describe('readDecisions', () => {
  it('reads a body created as a sub-group of the meeting\'s own body, reporting to it', () => {
    expect(ids('That a Serious Violence Task and Finish Group be established as a sub-group of the Partnership, reporting to the Partnership quarterly.')).toEqual([
      ['create', ['Serious Violence Task and Finish Group'], null],
      ['sub-group', ['Serious Violence Task and Finish Group'], 'eastmere-csp'],
      ['reporting-line', ['Serious Violence Task and Finish Group'], 'eastmere-csp'],
    ]);
    expect(ids('The Partnership agreed to set up a Prevent Steering Group.')).toEqual([['create', ['Prevent Steering Group'], null]]);
  });

  it('reads a lead designated for a duty', () => {
    expect(ids('That Eastmere Police be designated as the lead for the Serious Violence Duty.')).toEqual([['lead', ['eastmere-police'], 'serious-violence']]);
    expect(ids('The Partnership agreed that Eastmere Police take the lead on Prevent.')).toEqual([['lead', ['eastmere-police'], 'prevent']]);
  });

  it('reads a reporting line between bodies of the graph, but not a report sent once', () => {
    expect(ids('That the Eastmere Domestic Abuse Board report directly to the Partnership.')).toEqual([['reporting-line', ['eastmere-da-board'], 'eastmere-csp']]);
    expect(ids('The annual report to the Partnership from the Eastmere Youth Forum was noted.')).toEqual([]);
    expect(ids("The Eastmere Youth Forum's report to the Partnership was noted.")).toEqual([]);
  });

  it('reads mergers, renames and ends', () => {
    expect(ids('That the Eastmere ASB Group and the Eastmere Youth Forum be merged to form the Eastmere Communities Group.')).toEqual([
      ['merge', ['eastmere-asb-group', 'eastmere-youth-forum'], 'Eastmere Communities Group'],
    ]);
    expect(ids('That the Eastmere ASB Group be merged into the Eastmere Domestic Abuse Board.')).toEqual([['merge', ['eastmere-asb-group'], 'eastmere-da-board']]);
    expect(ids('That the Eastmere ASB Group be renamed the Eastmere Neighbourhoods Group.')).toEqual([['rename', ['eastmere-asb-group'], 'Eastmere Neighbourhoods Group']]);
    expect(ids('That the Eastmere Youth Forum be disbanded.')).toEqual([['end', ['eastmere-youth-forum'], null]]);
    expect(ids('The Eastmere Youth Forum will cease to meet.')).toEqual([['end', ['eastmere-youth-forum'], null]]);
  });

  it('reads nothing into resolutions that decide no governance', () => {
    expect(ids('That the report be noted.')).toEqual([]);
    expect(ids('That the minutes of the last meeting be approved as a correct record.')).toEqual([]);
    expect(ids('The Partnership will prevent duplication of effort.')).toEqual([]);
  });

  it('says what a decision names that the graph does not hold', () => {
    expect(read('That the Harbour Watch Group be disbanded.')).toEqual({ decisions: [], unresolved: ['Harbour Watch Group'] });
  });
});

function minutes(resolutions: string[]): string {
  return [
    'Eastmere Community Safety Partnership',
    '',
    'Minutes of the meeting held on 12 March 2024 at Eastmere Civic Centre',
    '',
    'PRESENT: Gareth Pryce (Chair), Olusegun Adeyemi',
    '',
    '1. Apologies for Absence',
    '',
    'There were none.',
    '',
    '2. Governance Review',
    '',
    'The Partnership considered the review of its sub-groups.',
    '',
    'RESOLVED:',
    '',
    ...resolutions.map((r, i) => `(${i + 1}) ${r}`),
    '',
  ].join('\n');
}

describe('decisions in ingestion', () => {
  const TEXT = minutes([
    'That a Serious Violence Task and Finish Group be established as a sub-group of the Partnership.',
    'That Eastmere Police be designated as the lead for the Serious Violence Duty.',
    'That the Eastmere Youth Forum be disbanded.',
    'That the Harbour Watch Group be disbanded.',
  ]);

  it('shows proposed facts and writes none of them by default', async () => {
    const store = await seededStore(EXTRA);
    const plan = await planIngest(store, [await inputFor(store, TEXT, 'march.txt')]);
    expect(plan.decisions.map((d) => [d.id, d.kind, d.accepted])).toEqual([
      ['eastmere-csp-2024-03-12#2.1', 'create', false],
      ['eastmere-csp-2024-03-12#2.2', 'lead', false],
      ['eastmere-csp-2024-03-12#2.3', 'end', false],
    ]);
    const written = [...(plan.changes.upsertEntities ?? []), ...(plan.changes.upsertLinks ?? [])].map((f) => f.id);
    expect(written).not.toContain('serious-violence-task-and-finish-group');
    expect(written).not.toContain('LEADS:eastmere-police->serious-violence');
    expect(written).not.toContain('eastmere-youth-forum');
    // What it names but the graph does not hold is reported, not dropped.
    expect(plan.problems.filter((p) => p.code === 'unresolved-decision')).toHaveLength(1);
    const text = formatIngestPlan(plan);
    expect(text).toContain('? eastmere-csp-2024-03-12#2.2 lead: eastmere-police leads serious-violence');
    expect(text).toContain('    + link   eastmere-police -LEADS-> serious-violence');
  });

  it('writes accepted decisions as agreed facts from the meeting\'s day, citing the item and the words', async () => {
    const store = await seededStore(EXTRA);
    const plan = await planIngest(store, [await inputFor(store, TEXT, 'march.txt')], { acceptDecisions: ['eastmere-csp-2024-03-12#2.1', 'eastmere-csp-2024-03-12#2.2'] });
    expect(plan.unknownAccepts).toEqual([]);
    await applyIngestPlan(store, plan);
    const group = (await store.getEntity('serious-violence-task-and-finish-group'))!;
    expect(group).toMatchObject({ kind: 'Body', status: 'agreed', confidence: 'stated', area: 'eastmere', attributes: { bodyType: 'task-and-finish-group' } });
    expect(group.validity?.from?.text).toBe('2024-03-12');
    expect(group.sources).toEqual([
      { source: 'eastmere-csp-minutes-2024-03-12', item: '2', quote: 'That a Serious Violence Task and Finish Group be established as a sub-group of the Partnership.' },
    ]);
    expect(await store.getLink('SUB_GROUP_OF:serious-violence-task-and-finish-group->eastmere-csp')).toMatchObject({ status: 'agreed' });
    expect(await store.getLink('LEADS:eastmere-police->serious-violence')).toMatchObject({ status: 'agreed', confidence: 'stated' });
    // Not accepted: the forum is not ended.
    expect((await store.getEntity('eastmere-youth-forum'))!.status).toBe('in-force');

    // Ingesting the same minutes again proposes what the graph now holds as nothing new.
    const again = await planIngest(store, [await inputFor(store, TEXT, 'march.txt')], { acceptDecisions: 'all' });
    expect(again.decisions.filter((d) => d.kind !== 'end').every((d) => d.diff.length === 0)).toBe(true);
  });

  it('keeps an agreed link apart from the in-force link between the same ends', async () => {
    const store = await seededStore(EXTRA, [{ ...base, kind: 'REPORTS_TO', from: 'eastmere-da-board', to: 'eastmere-csp' }]);
    const text = minutes(['That the Eastmere Domestic Abuse Board report directly to the Partnership.']);
    const plan = await planIngest(store, [await inputFor(store, text, 'march.txt')], { acceptDecisions: 'all' });
    expect(plan.decisions[0]!.links.map((l) => [l.id, l.status])).toEqual([['REPORTS_TO:eastmere-da-board->eastmere-csp#agreed-2024-03-12', 'agreed']]);
    await applyIngestPlan(store, plan);
    expect((await store.getLink('REPORTS_TO:eastmere-da-board->eastmere-csp'))!.status).toBe('in-force');
  });

  it('ends an accepted body with its governance links in force, on the meeting\'s day', async () => {
    const store = await seededStore(EXTRA, [{ ...base, kind: 'SUB_GROUP_OF', from: 'eastmere-youth-forum', to: 'eastmere-csp' }]);
    const plan = await planIngest(store, [await inputFor(store, minutes(['That the Eastmere Youth Forum be disbanded.']), 'march.txt')], { acceptDecisions: 'all' });
    await applyIngestPlan(store, plan);
    const forum = (await store.getEntity('eastmere-youth-forum'))!;
    expect([forum.status, forum.validity?.to?.text]).toEqual(['ended', '2024-03-12']);
    const link = (await store.getLink('SUB_GROUP_OF:eastmere-youth-forum->eastmere-csp'))!;
    expect([link.status, link.validity?.to?.text]).toEqual(['ended', '2024-03-12']);
  });

  it('names accepted ids that match no decision, so a caller can refuse', async () => {
    const store = await seededStore(EXTRA);
    const plan = await planIngest(store, [await inputFor(store, TEXT, 'march.txt')], { acceptDecisions: ['eastmere-csp-2024-03-12#9.9'] });
    expect(plan.unknownAccepts).toEqual(['eastmere-csp-2024-03-12#9.9']);
  });

  it('reads no decisions from an agenda', async () => {
    const store = await seededStore(EXTRA);
    const agenda = ['AGENDA', '', 'Eastmere Community Safety Partnership', '', 'Tuesday 12th March, 2024', '', '1. Proposal that the Eastmere Youth Forum be disbanded', ''].join('\n');
    const plan = await planIngest(store, [await inputFor(store, agenda, 'agenda.txt')], { acceptDecisions: 'all' });
    expect(plan.decisions).toEqual([]);
  });
});
