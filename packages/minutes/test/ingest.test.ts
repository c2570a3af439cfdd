/**
 * Ingestion on the memory store: a meeting with attendance, apologies and mentions, all cited to a
 * Source; a second ingest adds nothing; ambiguous people are reported, not guessed; unmatched full
 * names become flagged Person entities (or are reported); an agenda's meeting is upgraded by its minutes.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { GraphStore } from '@govgraph/core';
import { applyIngestPlan, formatIngestPlan, planIngest, type IngestInput } from '@govgraph/minutes';
import { base, fixtureText, inputFor, seededStore } from './ingest-fixture.js';

describe('ingesting an agenda pack', () => {
  let store: GraphStore;
  let input: IngestInput;
  beforeEach(async () => {
    store = await seededStore();
    input = await inputFor(store, fixtureText('pack-eastmere-2023-10-12.txt'), 'pack-eastmere-2023-10-12.txt');
  });

  it('plans a meeting of the body per document, each cited to a Source for the document', async () => {
    const plan = await planIngest(store, [input]);
    expect(plan.documents.map((d) => [d.kind, d.meetingId, d.sourceId])).toEqual([
      ['agenda', 'eastmere-csp-2023-10-12', 'eastmere-csp-agenda-2023-10-12'],
      ['minutes', 'eastmere-csp-2023-07-19', 'eastmere-csp-minutes-2023-07-19'],
    ]);
    const entities = new Map(plan.changes.upsertEntities!.map((e) => [e.id, e]));
    const held = entities.get('eastmere-csp-2023-07-19')!;
    expect(held).toMatchObject({ kind: 'Meeting', status: 'in-force', area: 'eastmere', sources: [{ source: 'eastmere-csp-minutes-2023-07-19' }] });
    expect(held.attributes['venue']).toBe('EASTMERE CIVIC CENTRE');
    expect(entities.get('eastmere-csp-2023-10-12')!.status).toBe('scheduled');
    expect(entities.get('eastmere-csp-minutes-2023-07-19')!.attributes).toMatchObject({ sourceType: 'minutes', file: 'pack-eastmere-2023-10-12.txt' });
    const links = new Map(plan.changes.upsertLinks!.map((l) => [l.id, l]));
    expect(links.get('MEETING_OF:eastmere-csp-2023-07-19->eastmere-csp')).toBeDefined();
  });

  it('links matched people (titles ignored, short given names matched) with the item as provenance', async () => {
    const plan = await planIngest(store, [input]);
    const links = new Map(plan.changes.upsertLinks!.map((l) => [l.id, l]));
    expect(links.get('ATTENDED:gareth-pryce->eastmere-csp-2023-07-19')?.sources).toEqual([{ source: 'eastmere-csp-minutes-2023-07-19' }]);
    expect(links.get('ATTENDED:olusegun-adeyemi->eastmere-csp-2023-07-19')).toBeDefined();
    expect(links.get('ATTENDED:amira-khan->eastmere-csp-2023-07-19')).toBeDefined();
    expect(links.get('SENT_APOLOGIES:ivo-fenwick->eastmere-csp-2023-07-19')?.sources).toEqual([{ source: 'eastmere-csp-minutes-2023-07-19', item: '1' }]);
    expect(links.get('MENTIONS:eastmere-csp-2023-07-19->prevent')?.sources).toEqual([{ source: 'eastmere-csp-minutes-2023-07-19', item: '4' }]);
    expect(links.get('MENTIONS:eastmere-csp-2023-10-12->serious-violence')?.status).toBe('scheduled');
    // The agenda's membership is not attendance.
    expect([...links.values()].filter((l) => l.to === 'eastmere-csp-2023-10-12' && l.kind !== 'MENTIONS' && l.kind !== 'MEETING_OF')).toEqual([]);
  });

  it('reports an ambiguous person and links neither candidate', async () => {
    const plan = await planIngest(store, [input]);
    const ambiguous = plan.problems.filter((p) => p.code === 'ambiguous-person');
    expect(ambiguous).toHaveLength(1);
    expect(ambiguous[0]!.candidates).toEqual(['chidi-okafor', 'helen-okafor']);
    expect(plan.changes.upsertLinks!.some((l) => l.from.endsWith('okafor'))).toBe(false);
  });

  it('adds unmatched full names as flagged people, and only reports them when asked', async () => {
    const plan = await planIngest(store, [input]);
    const created = plan.changes.upsertEntities!.filter((e) => e.kind === 'Person').map((e) => e.id);
    expect(created).toEqual(['bea-lindqvist', 'dana-whitlock', 'ivo-fenwick', 'marcus-penrose']);
    const bea = plan.changes.upsertEntities!.find((e) => e.id === 'bea-lindqvist')!;
    expect(bea).toMatchObject({ confidence: 'stated', area: 'eastmere', attributes: { honorific: 'Chief Inspector' } });
    expect(bea.note).toMatch(/minutes ingestion/);

    const strict = await planIngest(store, [input], { createPeople: false });
    expect(strict.changes.upsertEntities!.some((e) => e.kind === 'Person')).toBe(false);
    expect(strict.problems.filter((p) => p.code === 'unmatched-person').length).toBe(4);
  });

  it('writes through apply, and a second ingest of the same file adds nothing', async () => {
    const plan = await planIngest(store, [input]);
    const before = await store.stats();
    const after = await applyIngestPlan(store, plan);
    expect(after!.entities).toBe(before.entities + plan.changes.upsertEntities!.length);
    expect(after!.links).toBe(plan.changes.upsertLinks!.length);
    expect(await store.getEntity('eastmere-csp-2023-07-19')).not.toBeNull();

    const again = await planIngest(store, [await inputFor(store, fixtureText('pack-eastmere-2023-10-12.txt'), 'pack-eastmere-2023-10-12.txt')]);
    expect(again.diff).toEqual([]);
    expect(again.changes).toEqual({});
    expect(await applyIngestPlan(store, again)).toBeNull();
    expect(await store.stats()).toEqual(after);
  });

  it('records an ingest in the audit log: who, the document\'s source, every fact added', async () => {
    const plan = await planIngest(store, [input]);
    const result = await applyIngestPlan(store, plan, { actor: 'clerk-ann', role: 'editor' });
    const entry = result!.auditEntry!;
    expect(entry).toMatchObject({ actor: 'clerk-ann', role: 'editor', action: 'ingestMinutes' });
    // This pack holds an agenda and the previous minutes: two sources, so both are named in the comment.
    const sources = [...new Set(plan.documents.map((d) => d.sourceId))];
    expect(sources).toHaveLength(2);
    expect(entry.source).toBeUndefined();
    for (const source of sources) expect(entry.comment).toContain(source);
    expect(entry.comment).toContain(plan.documents[0]!.file);
    expect(entry.changes.map((c) => c.id).sort()).toEqual(
      [...plan.changes.upsertEntities!.map((e) => e.id), ...plan.changes.upsertLinks!.map((l) => l.id)].sort(),
    );
    expect(entry.changes.every((c) => c.before === null)).toBe(true);
    expect(await store.auditLog()).toEqual([entry]);
  });

  it('shows the plan as a reviewable diff', async () => {
    const text = formatIngestPlan(await planIngest(store, [input]));
    expect(text).toContain('+ entity Meeting eastmere-csp-2023-07-19');
    expect(text).toContain('+ link   gareth-pryce -ATTENDED-> eastmere-csp-2023-07-19');
    expect(text).toMatch(/! fixtures\/pack-eastmere-2023-10-12.txt \(minutes 2023-07-19\): ambiguous-person/);
  });
});

describe('provenance and updates', () => {
  it('reuses a Source the graph already holds for the file and date', async () => {
    const store = await seededStore([
      { ...base, id: 'nb-2021-02', kind: 'Source', name: 'Northbay minutes, 4 February 2021', sourceType: 'minutes', date: '2021-02-04', file: 'northbay.txt' },
    ]);
    const plan = await planIngest(store, [await inputFor(store, fixtureText('web-northbay-2021-02-04.txt'), 'northbay.txt')]);
    expect(plan.documents[0]!.sourceId).toBe('nb-2021-02');
    // No Source is added: the one held is only given the document's content hash.
    expect(plan.changes.upsertEntities!.filter((e) => e.kind === 'Source').map((e) => [e.id, e.attributes['contentHash'] === plan.documents[0]!.contentHash])).toEqual([['nb-2021-02', true]]);
    const apology = plan.changes.upsertLinks!.find((l) => l.id === 'SENT_APOLOGIES:priya-sandhu->northbay-scb-2021-02-04');
    expect(apology?.sources).toEqual([{ source: 'nb-2021-02', item: 'Apologies for Absence' }]);
  });

  it('reuses the meeting of the body on that day that the graph already holds, whatever its id', async () => {
    const store = await seededStore(
      [
        { ...base, id: 'nb-src', kind: 'Source', name: 'Northbay agenda, 4 February 2021', sourceType: 'agenda', date: '2021-02-04' },
        { ...base, id: 'nb-feb-meeting', kind: 'Meeting', name: 'Northbay, 4 February 2021', date: '2021-02-04', status: 'scheduled', sources: [{ source: 'nb-src' }] },
      ],
      [{ ...base, kind: 'MEETING_OF', from: 'nb-feb-meeting', to: 'northbay-scb', status: 'scheduled', sources: [{ source: 'nb-src' }] }],
    );
    const plan = await planIngest(store, [await inputFor(store, fixtureText('web-northbay-2021-02-04.txt'), 'minutes.txt')]);
    expect(plan.documents[0]!.meetingId).toBe('nb-feb-meeting');
    expect(plan.changes.upsertEntities!.filter((e) => e.kind === 'Meeting').map((e) => [e.id, e.status])).toEqual([['nb-feb-meeting', 'in-force']]);
  });

  it('upgrades the meeting an agenda scheduled when its minutes arrive', async () => {
    const store = await seededStore();
    const agenda = ['AGENDA', '', 'Northbay Safer Communities Board', '', 'Thursday 4th February, 2021', '', '1. Apologies for Absence', '', '2. Prevent Update', ''].join('\n');
    await applyIngestPlan(store, await planIngest(store, [await inputFor(store, agenda, 'agenda.txt')]));
    expect((await store.getEntity('northbay-scb-2021-02-04'))!.status).toBe('scheduled');

    const plan = await planIngest(store, [await inputFor(store, fixtureText('web-northbay-2021-02-04.txt'), 'minutes.txt')]);
    const change = plan.diff.find((d) => d.id === 'northbay-scb-2021-02-04')!;
    expect(change.op).toBe('change');
    expect(change.changes).toContain('status: "scheduled" -> "in-force"');
    await applyIngestPlan(store, plan);
    const meeting = (await store.getEntity('northbay-scb-2021-02-04'))!;
    expect(meeting.status).toBe('in-force');
    expect(meeting.sources.map((s) => s.source)).toEqual(['northbay-scb-agenda-2021-02-04', 'northbay-scb-minutes-2021-02-04']);
  });

  it('matches surnames with apostrophes and hyphens as the store folds them', async () => {
    const store = await seededStore([
      { ...base, id: 'niamh-oneill', kind: 'Person', name: "Niamh O'Neill", area: 'northbay' },
      { ...base, id: 'kit-smith-jones', kind: 'Person', name: 'Kit Smith-Jones', area: 'northbay' },
    ]);
    const text = fixtureText('web-northbay-2021-02-04.txt').replace('Priya Sandhu and Mr. Len Osei', "Ms N O'Neill and Mr. Kit Smith-Jones");
    const plan = await planIngest(store, [await inputFor(store, text, 'northbay.txt')]);
    const apologies = plan.changes.upsertLinks!.filter((l) => l.kind === 'SENT_APOLOGIES').map((l) => l.from);
    expect(apologies).toEqual(['kit-smith-jones', 'niamh-oneill', 'tomasz-nowicki']);
  });

  it('does not ingest a document whose name resolves to an organisation, which cannot hold meetings', async () => {
    const store = await seededStore([{ ...base, id: 'westfold-board-org', kind: 'Organisation', name: 'Westfold Safer Neighbourhoods Board' }]);
    const plan = await planIngest(store, [await inputFor(store, fixtureText('table-westfold-2024-03-05.txt'), 'westfold.txt')]);
    expect(plan.changes).toEqual({});
    expect(plan.problems.map((p) => p.code)).toEqual(['invalid-fact']);
  });

  it('does not ingest a document whose body is not in the graph', async () => {
    const store = await seededStore();
    const plan = await planIngest(store, [await inputFor(store, fixtureText('table-westfold-2024-03-05.txt'), 'westfold.txt')]);
    expect(plan.changes).toEqual({});
    expect(plan.problems.map((p) => p.code)).toEqual(['unresolved-body']);
  });

  it('ingests several files in one plan without creating a person twice', async () => {
    const store = await seededStore();
    const one = await inputFor(store, fixtureText('pack-eastmere-2023-10-12.txt'), 'a.txt');
    const two = await inputFor(store, fixtureText('pack-eastmere-2023-10-12.txt').replace(/19TH JULY, 2023/, '20TH JULY, 2023'), 'b.txt');
    const plan = await planIngest(store, [one, two]);
    expect(plan.changes.upsertEntities!.filter((e) => e.id === 'ivo-fenwick')).toHaveLength(1);
    const ivo = plan.changes.upsertLinks!.filter((l) => l.from === 'ivo-fenwick').map((l) => l.to);
    expect(ivo).toEqual(['eastmere-csp-2023-07-19', 'eastmere-csp-2023-07-20']);
  });
});
