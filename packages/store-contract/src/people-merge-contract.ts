/**
 * The contract for merging two people, run on every store: the merged person's links move to the
 * person kept (the same claim merged, a different one kept apart, one between the two dropped),
 * its id and names become aliases that search finds, and the whole merge is one audited write
 * that a stale version refuses.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { entityInputSchema, linkInputSchema, normaliseEntity, normaliseLink, type GraphStore, type LinkInput } from '@govgraph/core';
import { GraphEditor, type Principal } from '@govgraph/editing';
import { fixtureGraph } from './fixture-graph.js';
import { expectCode, lid } from './contract-helpers.js';

const KEPT = 'person-alex-morgan';
const DUP = 'person-alexander-morgan';
const SOURCE = 'src-riverton-minutes-2019';
const EDITOR: Principal = { name: 'clerk', role: 'editor', anonymous: false };

const dupLinks: LinkInput[] = [
  // The same claim as one of Alex Morgan's: merged, citations joined.
  { kind: 'SITS_ON', from: DUP, to: 'safer-riverton-partnership', role: 'chair', representing: 'riverton-council', validity: { from: '2022-05-01' }, status: 'in-force', confidence: 'stated', sources: [{ source: SOURCE, item: '3' }] },
  // New for Alex Morgan: moved.
  { kind: 'WORKS_FOR', from: DUP, to: 'riverton-council', status: 'in-force', confidence: 'stated', sources: [{ source: SOURCE }] },
  // The same ends as Alex Morgan's ended membership, but another claim: kept apart.
  { kind: 'SITS_ON', from: DUP, to: 'riverton-csp', role: 'adviser', status: 'in-force', confidence: 'stated', sources: [{ source: SOURCE }] },
  // Between the two: dropped.
  { kind: 'SUCCEEDED_BY', from: DUP, to: KEPT, status: 'in-force', confidence: 'inferred', note: 'a duplicate', sources: [{ source: SOURCE }] },
];

/** Defines the merge checks for one store; `makeStore` opens an empty store. */
export function definePeopleMergeContract(storeName: string, makeStore: () => Promise<GraphStore>, options: { hookTimeoutMs?: number } = {}): void {
  describe(`${storeName} store: merging people`, () => {
    let store: GraphStore;
    beforeAll(async () => {
      store = await makeStore();
    }, options.hookTimeoutMs ?? 30_000);
    afterAll(async () => store?.close());
    beforeEach(async () => {
      const graph = fixtureGraph();
      graph.entities.push(normaliseEntity(entityInputSchema.parse({ id: DUP, kind: 'Person', name: 'Alexander Morgan', aliases: ['A. Morgan'], status: 'in-force', confidence: 'stated', sources: [{ source: SOURCE }] })));
      graph.links.push(...dupLinks.map((l) => normaliseLink(linkInputSchema.parse(l))));
      await store.replaceAll(graph);
    }, options.hookTimeoutMs ?? 30_000);

    it('moves every link, keeps the merged id and names as aliases, and deletes the merged person', async () => {
      const before = await store.stats();
      const result = await new GraphEditor(store).mergePeople(EDITOR, { from: DUP, into: KEPT, source: { source: SOURCE, item: '1' }, comment: 'one person' });
      expect(await store.getEntity(DUP)).toBeNull();
      expect(result.person.aliases).toEqual(expect.arrayContaining([DUP, 'Alexander Morgan', 'A. Morgan']));
      expect(result.droppedLinkIds).toEqual([lid('SUCCEEDED_BY', DUP, KEPT)]);
      expect(result.movedLinks.map((m) => m.to).sort()).toEqual(
        [lid('SITS_ON', KEPT, 'safer-riverton-partnership'), `${lid('SITS_ON', KEPT, 'riverton-csp')}#merged-${lid('SITS_ON', DUP, 'riverton-csp')}`, lid('WORKS_FOR', KEPT, 'riverton-council')].sort(),
      );
      const chair = (await store.getLink(lid('SITS_ON', KEPT, 'safer-riverton-partnership')))!;
      expect(chair.sources).toEqual(expect.arrayContaining([{ source: SOURCE, item: '3' }, { source: SOURCE, item: '1' }]));
      expect((await store.getLink(lid('SITS_ON', KEPT, 'riverton-csp')))!.status).toBe('ended');
      expect((await store.getLink(`${lid('SITS_ON', KEPT, 'riverton-csp')}#merged-${lid('SITS_ON', DUP, 'riverton-csp')}`))!.role).toBe('adviser');
      expect(await store.linksOf(DUP)).toEqual([]);
      // The dup entity and its four links go; two links are added (one was merged into an existing one).
      expect(await store.stats()).toMatchObject({ entities: before.entities - 1, links: before.links - 2 });

      const hits = await store.search('Alexander Morgan', { kinds: ['Person'] });
      expect(hits[0]?.entity.id).toBe(KEPT);
      expect((await store.search(DUP, { kinds: ['Person'] }))[0]?.entity.id).toBe(KEPT);

      const entry = result.auditEntry!;
      expect(entry).toMatchObject({ actor: 'clerk', role: 'editor', action: 'mergePeople', source: SOURCE, comment: 'one person' });
      expect(entry.changes.find((c) => c.id === DUP)).toMatchObject({ target: 'entity', after: null });
      // Four links removed, two added, one (the same claim) given the merged citations.
      expect(entry.changes.filter((c) => c.target === 'link').length).toBe(7);
      expect((await store.auditLog({ action: 'mergePeople' })).at(-1)?.sequence).toBe(entry.sequence);
    });

    it('refuses a stale version and writes nothing', async () => {
      const editor = new GraphEditor(store);
      await expectCode(editor.mergePeople(EDITOR, { from: DUP, into: KEPT, source: { source: SOURCE }, fromVersion: 'stale' }), 'CONFLICT');
      expect(await store.getEntity(DUP)).not.toBeNull();
      expect((await store.linksOf(DUP)).length).toBe(dupLinks.length);
    });

    it('refuses what is not a merge of two people, and a reader', async () => {
      const editor = new GraphEditor(store);
      await expectCode(editor.mergePeople(EDITOR, { from: DUP, into: 'riverton-council', source: { source: SOURCE } }), 'INVALID_INPUT');
      await expectCode(editor.mergePeople(EDITOR, { from: DUP, into: DUP, source: { source: SOURCE } }), 'INVALID_INPUT');
      await expectCode(editor.mergePeople(EDITOR, { from: 'nobody', into: KEPT, source: { source: SOURCE } }), 'NOT_FOUND');
      await expectCode(editor.mergePeople(EDITOR, { from: DUP, into: KEPT, source: { source: 'riverton-council' } }), 'INVALID_INPUT');
      await expectCode(editor.mergePeople({ name: 'visitor', role: 'reader', anonymous: false }, { from: DUP, into: KEPT, source: { source: SOURCE } }), 'FORBIDDEN');
      expect(await store.getEntity(DUP)).not.toBeNull();
    });
  });
}
