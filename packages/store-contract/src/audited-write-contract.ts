/**
 * The contract for audited, optimistic writes (`apply` options and `auditLog`), run against every
 * store beside {@link defineStoreContract}. The audit log is append-only and survives `replaceAll`,
 * and a store may be shared with other suites, so every check reads entries after a cursor taken
 * at its start rather than assuming an empty log.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { factVersion, type AuditContext, type AuditEntry, type Entity, type GraphData, type GraphStore, type Link } from '@govgraph/core';
import { fixtureGraph } from './fixture-graph.js';
import { expectCode, lid, newFixtureBody, newFixtureLink } from './contract-helpers.js';

const SRP = 'safer-riverton-partnership';
const CAB = 'riverton-cabinet';
const SCR = 'riverton-overview-scrutiny';
const SOURCE = 'src-riverton-report-2022';

/** Options of {@link defineAuditedWriteContract}. */
export interface AuditedWriteContractOptions {
  hookTimeoutMs?: number | undefined;
}

const body = (id: string, name: string): Entity => newFixtureBody(id, name);
const link = (kind: Link['kind'], from: string, to: string): Link => newFixtureLink(kind, from, to);

/** Defines the audited-write checks for one store; `makeStore` opens an empty store. */
export function defineAuditedWriteContract(storeName: string, makeStore: () => Promise<GraphStore>, options: AuditedWriteContractOptions = {}): void {
  const hookTimeout = options.hookTimeoutMs ?? 30_000;

  describe(`${storeName} store: audited writes`, () => {
    let store: GraphStore;
    /** The newest sequence before the current check. */
    let cursor: number;
    const fixture = fixtureGraph();
    const cabinet = fixture.entities.find((e) => e.id === CAB)!;

    const entriesSince = async (): Promise<AuditEntry[]> => store.auditLog({ after: cursor, limit: 500 });

    beforeAll(async () => {
      store = await makeStore();
    }, hookTimeout);
    afterAll(async () => {
      await store?.close();
    });
    beforeEach(async () => {
      await store.replaceAll(fixtureGraph());
      cursor = (await store.auditLog({ newestFirst: true, limit: 1 }))[0]?.sequence ?? 0;
    }, hookTimeout);

    it('records who, when, what, before and after, in the same write', async () => {
      const group = body('riverton-audit-group', 'Audit Group');
      const sub = link('SUB_GROUP_OF', group.id, SCR);
      const renamed = { ...cabinet, name: 'Riverton Executive', names: [{ name: 'Riverton Executive', sources: [] }] };
      const startedAt = Date.now();
      const result = await store.apply(
        { upsertEntities: [group, renamed], upsertLinks: [sub] },
        { audit: { actor: 'alice', role: 'editor', action: 'createEntity', source: SOURCE, comment: 'from the 2022 report' } },
      );
      expect(result).toMatchObject({ entities: 32, links: 49 });
      const entry = result.auditEntry!;
      expect(entry).toMatchObject({ sequence: cursor + 1, actor: 'alice', role: 'editor', action: 'createEntity', source: SOURCE, comment: 'from the 2022 report' });
      expect(Date.parse(entry.at)).toBeGreaterThanOrEqual(startedAt - 1000);
      expect(entry.at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/);
      expect(entry.changes).toEqual([
        { target: 'entity', id: group.id, before: null, after: group },
        { target: 'entity', id: CAB, before: cabinet, after: renamed },
        { target: 'link', id: sub.id, before: null, after: sub },
      ]);
      expect(await entriesSince()).toEqual([entry]);
    });

    it('records deletions with the fact as it was', async () => {
      const reportsTo = fixture.links.find((l) => l.id === lid('REPORTS_TO', SCR, CAB))!;
      const { auditEntry } = await store.apply({ deleteLinkIds: [reportsTo.id, 'OVERSEES:no->such'] }, { audit: { actor: 'admin-bob', action: 'deleteLink' } });
      expect(auditEntry?.changes).toEqual([{ target: 'link', id: reportsTo.id, before: reportsTo, after: null }]);
      expect(auditEntry).not.toHaveProperty('source');
    });

    it('writes no entry when nothing changes, and audits nothing unless asked', async () => {
      const again = fixtureGraph();
      const unchanged = await store.apply({ upsertEntities: again.entities.slice(0, 3) }, { audit: { actor: 'alice', action: 'updateEntity' } });
      expect(unchanged.auditEntry).toBeUndefined();
      const unaudited = await store.apply({ upsertEntities: [body('riverton-quiet-group', 'Quiet Group')] });
      expect(unaudited.auditEntry).toBeUndefined();
      expect(await entriesSince()).toEqual([]);
    });

    it('rejects an audit context without an actor or action, or with non-text fields, writing nothing', async () => {
      await expectCode(store.apply({ upsertEntities: [body('riverton-x-group', 'X')] }, { audit: { actor: ' ', action: 'createEntity' } }), 'INVALID_INPUT');
      await expectCode(store.apply({ upsertEntities: [body('riverton-x-group', 'X')] }, { audit: { actor: 'alice', action: '' } }), 'INVALID_INPUT');
      const notText = { actor: 'alice', action: 'createEntity', comment: { nested: true } } as unknown as AuditContext;
      await expectCode(store.apply({ upsertEntities: [body('riverton-x-group', 'X')] }, { audit: notText }), 'INVALID_INPUT');
      expect(await store.getEntity('riverton-x-group')).toBeNull();
      expect(await entriesSince()).toEqual([]);
    });

    it('keeps the log, in order, across replaceAll', async () => {
      const first = (await store.apply({ upsertEntities: [body('riverton-one-group', 'One')] }, { audit: { actor: 'alice', action: 'createEntity' } })).auditEntry!;
      await store.replaceAll(fixtureGraph());
      const second = (await store.apply({ upsertEntities: [body('riverton-two-group', 'Two')] }, { audit: { actor: 'bob', action: 'createEntity' } })).auditEntry!;
      expect(second.sequence).toBe(first.sequence + 1);
      expect(await entriesSince()).toEqual([first, second]);
    });

    it('records an audited replaceAll as one entry with the graph sizes, no fact changes, after the edits it replaced', async () => {
      const edit = (await store.apply({ upsertEntities: [body('riverton-edit-group', 'Edit Group')] }, { audit: { actor: 'alice', action: 'createEntity' } })).auditEntry!;
      const smaller = fixtureGraph();
      smaller.links = smaller.links.slice(1);
      const result = await store.replaceAll(smaller, { audit: { actor: 'loader', action: 'load', comment: 'seeds: fixture' }, expectAuditSequence: edit.sequence });
      expect(result).toMatchObject({ entities: 31, links: 47 });
      expect(result.auditEntry).toMatchObject({
        sequence: edit.sequence + 1,
        actor: 'loader',
        action: 'load',
        comment: 'seeds: fixture',
        changes: [],
        replacedGraph: { before: { entities: 32, links: 48 }, after: { entities: 31, links: 47 } },
      });
      expect(await entriesSince()).toEqual([edit, result.auditEntry]);
      expect(await store.auditLog({ action: 'load', after: cursor })).toEqual([result.auditEntry]);
      expect(await store.auditLog({ action: 'createEntity', after: cursor })).toEqual([edit]);
      // Unaudited loads and edits carry no replacedGraph.
      expect(edit).not.toHaveProperty('replacedGraph');
      expect((await store.replaceAll(fixtureGraph())).auditEntry).toBeUndefined();
    });

    it('records what an audited replaceAll added, removed and changed, fact by fact, with the ids', async () => {
      const gone = 'riverton-youth-outreach-team';
      const keptOf = (graph: GraphData) => graph.links.filter((l) => l.from !== gone && l.to !== gone && !l.from.startsWith('northshire'));
      // The moved and the rekinded link have chosen ids: a derived id (KIND:from->to) must name its
      // own kind and ends, so only a chosen id can stay while its ends or kind change.
      const movedId = keptOf(fixture)[1]!.id;
      const rekindedId = lid('SUB_GROUP_OF', 'riverton-youth-panel', 'riverton-reducing-reoffending-group');
      const chosen: Record<string, string> = { [movedId]: 'chosen-moved-link', [rekindedId]: 'chosen-rekinded-link' };
      const withChosenIds = (graph: GraphData): GraphData => ({ ...graph, links: graph.links.map((l) => ({ ...l, id: chosen[l.id] ?? l.id })) });
      await store.replaceAll(withChosenIds(fixtureGraph()));
      // Facts rewritten through apply, unchanged, must not count as changed by the load.
      const police = fixture.entities.find((e) => e.id === 'northshire-police')!;
      const policeLinks = fixture.links.filter((l) => l.from === police.id);
      await store.apply({ upsertEntities: [police], upsertLinks: policeLinks }, { audit: { actor: 'alice', action: 'updateEntity' } });
      const next = withChosenIds(fixtureGraph());
      const goneLinks = next.links.filter((l) => l.from === gone || l.to === gone).map((l) => l.id);
      expect(goneLinks.length).toBeGreaterThan(0);
      next.entities = next.entities.filter((e) => e.id !== gone).map((e) => (e.id === CAB ? { ...e, name: 'Riverton Executive' } : e));
      next.entities.push(body('riverton-diff-group', 'Diff Group'));
      const kept = keptOf(next);
      const [renoted, moved] = [kept[0]!, kept[1]!];
      // A link of another kind under the same id is another fact: removed and added.
      const rekinded = chosen[rekindedId]!;
      expect(moved.id).toBe(chosen[movedId]);
      expect([renoted.id, moved.id]).not.toContain(rekinded);
      next.links = kept
        .concat(next.links.filter((l) => l.from.startsWith('northshire')))
        .map((l) => (l.id === renoted.id ? { ...l, note: 'noted again' } : l.id === moved.id ? { ...l, from: l.to === CAB ? SCR : CAB } : l))
        .map((l) => (l.id === rekinded ? { ...l, kind: 'REPORTS_TO' as const } : l));
      const newest = (await store.auditLog({ newestFirst: true, limit: 1 }))[0]?.sequence ?? 0;

      const entry = (await store.replaceAll(next, { audit: { actor: 'loader', action: 'load' }, expectAuditSequence: newest })).auditEntry!;
      expect(entry.replacedGraph).toEqual({
        before: { entities: fixture.entities.length, links: fixture.links.length },
        after: { entities: next.entities.length, links: next.links.length },
        entities: { added: 1, removed: 1, changed: 1, addedIds: ['riverton-diff-group'], removedIds: [gone], changedIds: [CAB] },
        links: {
          added: 1,
          removed: goneLinks.length + 1,
          changed: 2,
          addedIds: [rekinded],
          removedIds: [...goneLinks, rekinded].sort(),
          changedIds: [moved.id, renoted.id].sort(),
        },
      });
      expect((await entriesSince()).at(-1)).toEqual(entry);

      // The same graph again: nothing differs.
      const again = (await store.replaceAll(next, { audit: { actor: 'loader', action: 'load' } })).auditEntry!;
      const nothing = { added: 0, removed: 0, changed: 0, addedIds: [], removedIds: [], changedIds: [] };
      expect(again.replacedGraph).toMatchObject({ entities: nothing, links: nothing });
    });

    it('gives only the count for a kind of difference with more than 100 facts, either way', async () => {
      const bigger = fixtureGraph();
      const extra = Array.from({ length: 101 }, (_, i) => body(`riverton-many-${String(i).padStart(3, '0')}`, `Many ${i}`));
      bigger.entities.push(...extra);
      bigger.links.push(link('SUB_GROUP_OF', extra[0]!.id, SCR));
      const entry = (await store.replaceAll(bigger, { audit: { actor: 'loader', action: 'load' } })).auditEntry!;
      expect(entry.replacedGraph!.entities).toEqual({ added: 101, removed: 0, changed: 0, removedIds: [], changedIds: [] });
      expect(entry.replacedGraph!.links).toEqual({ added: 1, removed: 0, changed: 0, addedIds: [lid('SUB_GROUP_OF', extra[0]!.id, SCR)], removedIds: [], changedIds: [] });
      // And back: 101 removed, counted but not listed.
      const back = (await store.replaceAll(fixtureGraph(), { audit: { actor: 'loader', action: 'load' } })).auditEntry!;
      expect(back.replacedGraph!.entities).toEqual({ added: 0, removed: 101, changed: 0, addedIds: [], changedIds: [] });
      expect(back.replacedGraph!.links).toEqual({ added: 0, removed: 1, changed: 0, addedIds: [], removedIds: [lid('SUB_GROUP_OF', extra[0]!.id, SCR)], changedIds: [] });
    });

    it('refuses a replaceAll whose expected audit sequence is stale with CONFLICT, replacing nothing and logging nothing', async () => {
      const edit = (await store.apply({ upsertEntities: [body('riverton-kept-group', 'Kept Group')] }, { audit: { actor: 'alice', action: 'createEntity' } })).auditEntry!;
      const failure = await store.replaceAll(fixtureGraph(), { audit: { actor: 'loader', action: 'load' }, expectAuditSequence: cursor }).then(
        () => null,
        (error: unknown) => error,
      );
      expect(failure).toMatchObject({ code: 'CONFLICT', details: { expectedSequence: cursor, newestSequence: edit.sequence } });
      expect(await store.getEntity('riverton-kept-group')).not.toBeNull();
      expect(await store.stats()).toMatchObject({ entities: 32, links: 48 });
      expect(await entriesSince()).toEqual([edit]);
      // Also unaudited, and with a sequence from the future.
      await expectCode(store.replaceAll(fixtureGraph(), { expectAuditSequence: cursor }), 'CONFLICT');
      await expectCode(store.replaceAll(fixtureGraph(), { expectAuditSequence: edit.sequence + 5 }), 'CONFLICT');
      await expectCode(store.replaceAll(fixtureGraph(), { expectAuditSequence: -1 }), 'INVALID_INPUT');
      await expectCode(store.replaceAll(fixtureGraph(), { audit: { actor: '', action: 'load' } }), 'INVALID_INPUT');
      expect(await store.getEntity('riverton-kept-group')).not.toBeNull();
      expect(await entriesSince()).toEqual([edit]);
    });

    it('answers audit queries by fact, actor, cursor and page, in either order', async () => {
      const made: AuditEntry[] = [];
      for (const [i, actor] of ['alice', 'bob', 'alice', 'bob', 'alice'].entries()) {
        const group = body(`riverton-page-group-${i}`, `Page Group ${i}`);
        made.push((await store.apply({ upsertEntities: [group] }, { audit: { actor, action: 'createEntity' } })).auditEntry!);
      }
      const renamed = { ...cabinet, name: 'Cabinet (renamed)' };
      made.push((await store.apply({ upsertEntities: [renamed] }, { audit: { actor: 'bob', action: 'updateEntity' } })).auditEntry!);
      expect(made.map((e) => e.sequence)).toEqual([1, 2, 3, 4, 5, 6].map((n) => cursor + n));
      expect(await store.auditLog({ after: cursor, actor: 'alice' })).toEqual([made[0], made[2], made[4]]);
      expect(await store.auditLog({ after: cursor, factId: CAB })).toEqual([made[5]]);
      expect(await store.auditLog({ after: cursor, factId: 'riverton-page-group-1' })).toEqual([made[1]]);
      expect(await store.auditLog({ after: cursor, limit: 2 })).toEqual([made[0], made[1]]);
      expect(await store.auditLog({ after: made[1]!.sequence, limit: 2 })).toEqual([made[2], made[3]]);
      expect(await store.auditLog({ newestFirst: true, limit: 2 })).toEqual([made[5], made[4]]);
      expect(await store.auditLog({ newestFirst: true, after: made[2]!.sequence, limit: 1, actor: 'alice' })).toEqual([made[0]]);
    });

    it('rejects bad audit queries', async () => {
      await expectCode(store.auditLog({ limit: 0 }), 'INVALID_INPUT');
      await expectCode(store.auditLog({ limit: 501 }), 'INVALID_INPUT');
      await expectCode(store.auditLog({ after: -1 }), 'INVALID_INPUT');
      await expectCode(store.auditLog({ after: 1.5 }), 'INVALID_INPUT');
    });

    it('rejects audit filters that are not text, and accepts the largest page', async () => {
      await expectCode(store.auditLog({ actor: 7 as never }), 'INVALID_INPUT');
      await expectCode(store.auditLog({ action: ['load'] as never }), 'INVALID_INPUT');
      await expectCode(store.auditLog({ factId: null as never }), 'INVALID_INPUT');
      await expectCode(store.auditLog({ limit: '5' as never }), 'INVALID_INPUT');
      await expectCode(store.auditLog({ after: '3' as never }), 'INVALID_INPUT');
      const page = await store.auditLog({ limit: 500, newestFirst: true });
      expect(page.length).toBeGreaterThan(0);
      expect(page.length).toBeLessThanOrEqual(500);
      expect(page[0]!.sequence).toBe(cursor);
      expect(await store.auditLog({ limit: 500, after: cursor })).toEqual([]);
    });

    it('applies a write whose expected versions match', async () => {
      const renamed = { ...cabinet, name: 'Riverton Executive' };
      const group = body('riverton-new-group', 'New Group');
      const result = await store.apply(
        { upsertEntities: [renamed, group] },
        {
          expect: [
            { target: 'entity', id: CAB, version: factVersion(cabinet) },
            { target: 'entity', id: group.id, version: null },
          ],
        },
      );
      expect(result.entities).toBe(32);
      expect(factVersion((await store.getEntity(CAB))!)).toBe(factVersion(renamed));
    });

    it('refuses a stale version with CONFLICT, writing nothing and auditing nothing', async () => {
      const before = await store.snapshot();
      const stale = factVersion({ ...cabinet, name: 'What someone read earlier' });
      const error = await expectCode(
        store.apply(
          { upsertEntities: [{ ...cabinet, name: 'Lost update' }, body('riverton-side-group', 'Side')] },
          { expect: [{ target: 'entity', id: CAB, version: stale }], audit: { actor: 'alice', action: 'updateEntity' } },
        ),
        'CONFLICT',
      );
      expect(error.details).toEqual({ conflicts: [{ target: 'entity', id: CAB, expected: stale, actual: factVersion(cabinet) }] });
      await expectCode(store.apply({ upsertEntities: [body(SRP, 'Duplicate')] }, { expect: [{ target: 'entity', id: SRP, version: null }] }), 'CONFLICT');
      await expectCode(
        store.apply({ deleteLinkIds: ['OVERSEES:gone->away'] }, { expect: [{ target: 'link', id: 'OVERSEES:gone->away', version: 'abcdef0123456789' }] }),
        'CONFLICT',
      );
      expect(await store.snapshot()).toEqual(before);
      expect(await entriesSince()).toEqual([]);
    });

    it('lets exactly one of two concurrent edits from the same version win', async () => {
      const version = factVersion(cabinet);
      const edit = (name: string) =>
        store.apply({ upsertEntities: [{ ...cabinet, name }] }, { expect: [{ target: 'entity', id: CAB, version }], audit: { actor: name, action: 'updateEntity' } });
      const outcomes = await Promise.allSettled([edit('first editor'), edit('second editor'), edit('third editor')]);
      const won = outcomes.filter((o) => o.status === 'fulfilled');
      const lost = outcomes.filter((o): o is PromiseRejectedResult => o.status === 'rejected');
      expect(won).toHaveLength(1);
      expect(lost.map((o) => (o.reason as { code?: string }).code)).toEqual(['CONFLICT', 'CONFLICT']);
      const entries = await entriesSince();
      expect(entries).toHaveLength(1);
      expect((await store.getEntity(CAB))?.name).toBe(entries[0]!.actor);
    });

    it('keeps the invariants of apply: an invalid audited write changes nothing and logs nothing', async () => {
      const before = await store.snapshot();
      await expectCode(store.apply({ deleteEntityIds: [CAB] }, { audit: { actor: 'alice', action: 'deleteEntity' } }), 'INVALID_INPUT');
      expect(await store.snapshot()).toEqual(before);
      expect(await entriesSince()).toEqual([]);
    });
  });
}
