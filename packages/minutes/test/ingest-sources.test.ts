/**
 * One Source per document, by content: the same paper under another file name (or with other line
 * endings and spacing) adds nothing; a Source recorded for the file before hashes existed gets the
 * hash; a different paper of the same body, kind and day gets its own Source.
 */
import { describe, expect, it } from 'vitest';
import { applyIngestPlan, contentHash, planIngest } from '@govgraph/minutes';
import { base, fixtureText, inputFor, seededStore } from './ingest-fixture.js';

const NORTHBAY = 'web-northbay-2021-02-04.txt';

describe('sources by content', () => {
  it('re-ingesting the same paper under another name adds nothing', async () => {
    const store = await seededStore();
    const first = await planIngest(store, [await inputFor(store, fixtureText(NORTHBAY), 'northbay-minutes.txt')]);
    const source = first.changes.upsertEntities!.find((e) => e.kind === 'Source')!;
    expect(source.attributes['contentHash']).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(source.attributes['file']).toBe('northbay-minutes.txt');
    await applyIngestPlan(store, first);
    const stats = await store.stats();

    const renamed = await planIngest(store, [await inputFor(store, fixtureText(NORTHBAY), 'downloaded (1).txt')]);
    expect(renamed.documents[0]!.sourceId).toBe(source.id);
    expect(renamed.diff).toEqual([]);
    expect(renamed.changes).toEqual({});

    // The same words with Windows line endings and other spacing are the same document.
    const respaced = fixtureText(NORTHBAY).replace(/\n/g, '\r\n').replace(/ /g, '  ');
    const again = await planIngest(store, [await inputFor(store, respaced, 'copy.txt')]);
    expect(again.documents[0]!.sourceId).toBe(source.id);
    expect(again.changes).toEqual({});
    expect(await store.stats()).toEqual(stats);
  });

  it('finds one paper of an agenda pack by its own lines, whatever else the file holds', async () => {
    const store = await seededStore();
    const pack = fixtureText('pack-eastmere-2023-10-12.txt');
    await applyIngestPlan(store, await planIngest(store, [await inputFor(store, pack, 'pack.txt')]));
    const plan = await planIngest(store, [await inputFor(store, pack, 'another-name.txt')]);
    expect(plan.documents.map((d) => d.sourceId)).toEqual(['eastmere-csp-agenda-2023-10-12', 'eastmere-csp-minutes-2023-07-19']);
    expect(plan.changes).toEqual({});
  });

  it('gives a Source recorded for the file before hashes existed the document\'s hash', async () => {
    const store = await seededStore([
      { ...base, id: 'nb-2021-02', kind: 'Source', name: 'Northbay minutes, 4 February 2021', sourceType: 'minutes', date: '2021-02-04', file: 'northbay.txt' },
    ]);
    const plan = await planIngest(store, [await inputFor(store, fixtureText(NORTHBAY), 'northbay.txt')]);
    expect(plan.documents[0]!.sourceId).toBe('nb-2021-02');
    const change = plan.diff.find((d) => d.id === 'nb-2021-02')!;
    expect(change.op).toBe('change');
    expect(change.changes[0]).toMatch(/^contentHash: \(none\) -> "sha256:/);
    await applyIngestPlan(store, plan);
    // Now found by content under any name.
    const renamed = await planIngest(store, [await inputFor(store, fixtureText(NORTHBAY), 'renamed.txt')]);
    expect(renamed.documents[0]!.sourceId).toBe('nb-2021-02');
    expect(renamed.changes).toEqual({});
  });

  it('gives a different paper of the same body, kind and day a Source of its own', async () => {
    const store = await seededStore();
    await applyIngestPlan(store, await planIngest(store, [await inputFor(store, fixtureText(NORTHBAY), 'draft.txt')]));
    const revised = fixtureText(NORTHBAY).replace('Apologies for Absence', 'Apologies for absence (revised)');
    const plan = await planIngest(store, [await inputFor(store, revised, 'final.txt')]);
    const sources = plan.changes.upsertEntities!.filter((e) => e.kind === 'Source');
    expect(sources).toHaveLength(1);
    expect(sources[0]!.id).toMatch(/^northbay-scb-minutes-2021-02-04-[0-9a-f]{8}$/);
    expect(sources[0]!.attributes['contentHash']).toBe(plan.documents[0]!.contentHash);
    expect(plan.documents[0]!.contentHash).not.toBe(contentHash(fixtureText(NORTHBAY)));
  });
});

describe('contentHash', () => {
  it('ignores spacing, line endings and blank lines but not words', () => {
    expect(contentHash('A  b\r\n\r\nc ')).toBe(contentHash('A b\nc'));
    expect(contentHash('A b\nc')).not.toBe(contentHash('A b\nd'));
  });
});
