import { beforeEach, describe, expect, it } from 'vitest';
import { factVersion, isGovgraphError, type GovgraphError, type GraphStore, type Problem } from '@govgraph/core';
import { createMemoryStore } from '@govgraph/store-memory';
import { ANONYMOUS, GraphEditor, type UpdateEntityRequest } from '@govgraph/editing';
import { ADMIN, EDITOR, READER, editshireGraph } from './fixture-graph.js';

let store: GraphStore;
let editor: GraphEditor;

beforeEach(async () => {
  store = createMemoryStore();
  await store.replaceAll(editshireGraph());
  editor = new GraphEditor(store);
});

/** The GovgraphError a promise rejects with (fails the test when it resolves). */
async function failure(promise: Promise<unknown>): Promise<GovgraphError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!isGovgraphError(error)) throw new Error(`expected a GovgraphError, got ${String(error)}`);
  return error;
}

function problemsOf(error: GovgraphError): { path: string; code: string }[] {
  expect(error.code).toBe('INVALID_INPUT');
  return ((error.details?.['problems'] ?? []) as Problem[]).map(({ path, code }) => ({ path, code }));
}

async function versionOf(target: 'entity' | 'link', id: string): Promise<string> {
  const fact = target === 'entity' ? await store.getEntity(id) : await store.getLink(id);
  return factVersion(fact!);
}

const board = { id: 'new-board', kind: 'Body', bodyType: 'board', name: 'New Board', area: 'editshire', status: 'in-force', confidence: 'stated' } as const;

describe('createEntity', () => {
  it('creates an entity citing the source, records an audit entry and returns its version', async () => {
    const result = await editor.createEntity(EDITOR, { entity: board, source: { source: 'src-minutes', item: '7' }, comment: 'set up at the March meeting' });
    expect(result.entity.sources).toEqual([{ source: 'src-minutes', item: '7' }]);
    expect(result.version).toBe(factVersion(result.entity));
    expect(await store.getEntity('new-board')).toEqual(result.entity);
    expect(result.auditEntry).toMatchObject({
      actor: 'ed-editor',
      role: 'editor',
      action: 'createEntity',
      source: 'src-minutes',
      comment: 'set up at the March meeting',
      changes: [{ target: 'entity', id: 'new-board', before: null }],
    });
    expect((await store.auditLog()).map((e) => e.action)).toEqual(['createEntity']);
  });

  it('does not cite the same source twice', async () => {
    const result = await editor.createEntity(EDITOR, { entity: { ...board, sources: [{ source: 'src-report' }] }, source: { source: 'src-report' } });
    expect(result.entity.sources).toEqual([{ source: 'src-report' }]);
  });

  it('requires a source', async () => {
    const error = await failure(editor.createEntity(EDITOR, { entity: board, source: undefined as never }));
    expect(problemsOf(error)).toEqual([{ path: 'source', code: 'missing-source' }]);
    expect(await store.getEntity('new-board')).toBeNull();
  });

  it('refuses a source that does not exist or is not a Source, at the path "source.source"', async () => {
    const missing = await failure(editor.createEntity(EDITOR, { entity: board, source: { source: 'no-such-source' } }));
    expect(problemsOf(missing)).toEqual([{ path: 'source.source', code: 'dangling-reference' }]);
    const notSource = await failure(editor.createEntity(EDITOR, { entity: board, source: { source: 'editshire-csp' } }));
    expect(problemsOf(notSource)).toEqual([{ path: 'source.source', code: 'reference-kind' }]);
  });

  it('lets a new Source cite itself, and only a Source', async () => {
    const source = { id: 'src-web', kind: 'Source', name: 'Editshire web page', sourceType: 'web-page', url: 'https://example.org/editshire', status: 'in-force', confidence: 'stated' } as const;
    const result = await editor.createEntity(EDITOR, { entity: source, source: { source: 'src-web' } });
    expect(result.entity.sources).toEqual([]);
    expect(result.auditEntry?.source).toBe('src-web');
    const error = await failure(editor.createEntity(EDITOR, { entity: { ...board, id: 'self-cited' }, source: { source: 'self-cited' } }));
    expect(problemsOf(error)).toEqual([{ path: 'source.source', code: 'reference-kind' }]);
    const update = await failure(editor.updateEntity(EDITOR, { id: 'src-web', expectedVersion: result.version, entity: { ...source, name: 'Renamed' }, source: { source: 'src-web' } }));
    expect(problemsOf(update)).toEqual([{ path: 'source.source', code: 'reference-kind' }]);
  });

  it('reports every schema problem at once, with paths relative to the request', async () => {
    const bad = { ...board, bodyType: 'bord', validity: { from: '2021-13-01' }, colour: 'blue', status: undefined } as never;
    const error = await failure(editor.createEntity(EDITOR, { entity: bad, source: { source: 'src-minutes', item: '' } }));
    expect(problemsOf(error).map((p) => p.path).sort()).toEqual(['entity.bodyType', 'entity.colour', 'entity.status', 'entity.validity.from', 'source.item'].sort());
  });

  it('reports cross-reference problems as govgraph check does (date order, citations)', async () => {
    const bad = { ...board, validity: { from: '2021', to: '2020' }, names: [{ name: 'Old name', sources: [{ source: 'ghost' }] }] };
    const error = await failure(editor.createEntity(EDITOR, { entity: bad, source: { source: 'src-minutes' } }));
    expect(problemsOf(error)).toEqual([
      { path: 'entity.validity.to', code: 'date-order' },
      { path: 'entity.names[0].sources[0].source', code: 'dangling-reference' },
    ]);
  });

  it('refuses an id that exists already with CONFLICT', async () => {
    const error = await failure(editor.createEntity(EDITOR, { entity: { ...board, id: 'editshire-csp' }, source: { source: 'src-minutes' } }));
    expect(error.code).toBe('CONFLICT');
  });

  it('needs the editor role', async () => {
    expect((await failure(editor.createEntity(READER, { entity: board, source: { source: 'src-minutes' } }))).code).toBe('FORBIDDEN');
    expect((await failure(editor.createEntity(ANONYMOUS, { entity: board, source: { source: 'src-minutes' } }))).code).toBe('FORBIDDEN');
    expect(await store.auditLog()).toEqual([]);
  });
});

describe('updateEntity', () => {
  const csp: UpdateEntityRequest['entity'] = { kind: 'Body', bodyType: 'partnership', statutory: true, name: 'Safer Editshire Partnership', aliases: ['SE'], area: 'editshire', validity: { from: '2010-04-01' }, status: 'in-force', confidence: 'stated', sources: [{ source: 'src-minutes', item: '1' }] };

  it('replaces the entity given the version read, recording before and after', async () => {
    const before = await store.getEntity('editshire-csp');
    const result = await editor.updateEntity(EDITOR, { id: 'editshire-csp', expectedVersion: factVersion(before!), entity: csp, source: { source: 'src-report' } });
    expect(result.entity.name).toBe('Safer Editshire Partnership');
    expect(result.entity.sources).toEqual([{ source: 'src-minutes', item: '1' }, { source: 'src-report' }]);
    expect(result.version).not.toBe(factVersion(before!));
    expect(result.auditEntry?.changes).toEqual([{ target: 'entity', id: 'editshire-csp', before, after: result.entity }]);
  });

  it('refuses a stale version with CONFLICT carrying the current version, and writes nothing', async () => {
    const stale = await versionOf('entity', 'editshire-csp');
    await editor.updateEntity(EDITOR, { id: 'editshire-csp', expectedVersion: stale, entity: csp, source: { source: 'src-report' } });
    const current = await versionOf('entity', 'editshire-csp');
    const error = await failure(editor.updateEntity(ADMIN, { id: 'editshire-csp', expectedVersion: stale, entity: { ...csp, name: 'Other' }, source: { source: 'src-report' } }));
    expect(error.code).toBe('CONFLICT');
    expect(error.details?.['conflicts']).toEqual([{ target: 'entity', id: 'editshire-csp', expected: stale, actual: current }]);
    expect((await store.getEntity('editshire-csp'))?.name).toBe('Safer Editshire Partnership');
    expect(await store.auditLog()).toHaveLength(1);
  });

  it('refuses to change the kind or the id, saying so', async () => {
    const version = await versionOf('entity', 'editshire-csp');
    const asOrg = { ...csp, kind: 'Organisation', bodyType: undefined, statutory: undefined } as never;
    const error = await failure(editor.updateEntity(EDITOR, { id: 'editshire-csp', expectedVersion: version, entity: asOrg, source: { source: 'src-report' } }));
    expect(problemsOf(error)).toContainEqual({ path: 'entity.kind', code: 'immutable-field' });
    expect(((error.details?.['problems'] ?? []) as Problem[])[0]?.message).toContain('kind cannot change');
    const renamed = await failure(editor.updateEntity(EDITOR, { id: 'editshire-csp', expectedVersion: version, entity: { ...csp, id: 'other-id' }, source: { source: 'src-report' } }));
    expect(problemsOf(renamed)).toEqual([{ path: 'entity.id', code: 'immutable-field' }]);
  });

  it('is NOT_FOUND for an unknown id', async () => {
    expect((await failure(editor.updateEntity(EDITOR, { id: 'nobody', expectedVersion: 'x', entity: csp, source: { source: 'src-report' } }))).code).toBe('NOT_FOUND');
  });
});

describe('endEntity', () => {
  it('refuses while links are in force, listing them', async () => {
    const version = await versionOf('entity', 'editshire-csp');
    const error = await failure(editor.endEntity(EDITOR, { id: 'editshire-csp', expectedVersion: version, to: '2023-04-01', source: { source: 'src-report' } }));
    expect(problemsOf(error)).toEqual([{ path: 'endLinks', code: 'links-in-force' }]);
    const message = ((error.details?.['problems'] ?? []) as Problem[])[0]?.message ?? '';
    for (const id of ['OVERSEES:editshire-csp->reduce-crime', 'SITS_ON:jo-example->editshire-csp', 'SUB_GROUP_OF:youth-sub-group->editshire-csp']) expect(message).toContain(id);
  });

  it('with endLinks ends the entity and its links in force on the same day, in one audited write', async () => {
    const version = await versionOf('entity', 'editshire-csp');
    const result = await editor.endEntity(EDITOR, { id: 'editshire-csp', expectedVersion: version, to: '2023-04-01', endLinks: true, source: { source: 'src-report' } });
    expect(result.entity.status).toBe('ended');
    expect(result.entity.validity?.to).toEqual({ earliest: '2023-04-01', latest: '2023-04-01', precision: 'day', text: '2023-04-01' });
    expect(result.endedLinks.map((l) => [l.id, l.status, l.validity?.to?.text])).toEqual([
      ['OVERSEES:editshire-csp->reduce-crime', 'ended', '2023-04-01'],
      ['SITS_ON:jo-example->editshire-csp', 'ended', '2023-04-01'],
      ['SUB_GROUP_OF:youth-sub-group->editshire-csp', 'ended', '2023-04-01'],
    ]);
    const log = await store.auditLog();
    expect(log).toHaveLength(1);
    expect(log[0]?.changes.map((c) => `${c.target}:${c.id}`)).toEqual([
      'entity:editshire-csp',
      'link:OVERSEES:editshire-csp->reduce-crime',
      'link:SITS_ON:jo-example->editshire-csp',
      'link:SUB_GROUP_OF:youth-sub-group->editshire-csp',
    ]);
    expect(await store.linksOf('editshire-csp', { asOf: '2023-05-01' })).toEqual([]);
  });

  it('ends an entity without links; an end before its start is reported at "to"', async () => {
    const version = await versionOf('entity', 'reduce-crime');
    const unlinked = await store.apply({ deleteLinkIds: ['OVERSEES:editshire-csp->reduce-crime'] });
    expect(unlinked.links).toBe(2);
    const result = await editor.endEntity(EDITOR, { id: 'reduce-crime', expectedVersion: version, to: { after: '2022-01-01', by: '2022-06-30' }, source: { source: 'src-report' } });
    expect(result.entity.validity?.to?.precision).toBe('bounds');
    const youth = await versionOf('entity', 'youth-sub-group');
    const early = await failure(editor.endEntity(EDITOR, { id: 'youth-sub-group', expectedVersion: youth, to: '2015', endLinks: true, source: { source: 'src-report' } }));
    expect(problemsOf(early)).toContainEqual({ path: 'to', code: 'date-order' });
    const garbled = await failure(editor.endEntity(EDITOR, { id: 'youth-sub-group', expectedVersion: youth, to: 'soon' as never, source: { source: 'src-report' } }));
    expect(problemsOf(garbled)).toEqual([{ path: 'to', code: 'schema' }]);
  });
});

describe('links', () => {
  const seat = { kind: 'SITS_ON', from: 'jo-example', to: 'youth-sub-group', role: 'member', validity: { from: '2022' }, status: 'in-force', confidence: 'stated' } as const;

  it('createLink checks endpoint kinds, ends and roles like govgraph check, all at once', async () => {
    const bad = { kind: 'SITS_ON', from: 'editshire-csp', to: 'ghost-board', role: 'chiar', status: 'in-force', confidence: 'stated' } as const;
    const error = await failure(editor.createLink(EDITOR, { link: bad, source: { source: 'src-minutes' } }));
    expect(problemsOf(error)).toEqual([
      { path: 'link.from', code: 'endpoint-kind' },
      { path: 'link.to', code: 'dangling-reference' },
      { path: 'link.role', code: 'link-field' },
    ]);
  });

  it('createLink, updateLink and endLink write audited versions', async () => {
    const created = await editor.createLink(EDITOR, { link: seat, source: { source: 'src-minutes', item: '9' } });
    expect(created.link.id).toBe('SITS_ON:jo-example->youth-sub-group');
    expect(created.link.sources).toEqual([{ source: 'src-minutes', item: '9' }]);
    const updated = await editor.updateLink(EDITOR, { id: created.link.id, expectedVersion: created.version, link: { ...seat, role: 'vice-chair', sources: created.link.sources }, source: { source: 'src-report' } });
    expect(updated.link.role).toBe('vice-chair');
    const endedLink = await editor.endLink(EDITOR, { id: created.link.id, expectedVersion: updated.version, to: '2023-01', source: { source: 'src-report' } });
    expect([endedLink.link.status, endedLink.link.validity?.to?.text]).toEqual(['ended', '2023-01']);
    expect((await store.auditLog()).map((e) => e.action)).toEqual(['createLink', 'updateLink', 'endLink']);
    const stale = await failure(editor.endLink(EDITOR, { id: created.link.id, expectedVersion: created.version, to: '2023-02', source: { source: 'src-report' } }));
    expect(stale.code).toBe('CONFLICT');
  });

  it('updateLink refuses to change kind or ends', async () => {
    const id = 'SITS_ON:jo-example->editshire-csp';
    const version = await versionOf('link', id);
    const error = await failure(editor.updateLink(EDITOR, { id, expectedVersion: version, link: { ...seat, from: 'jo-example', to: 'youth-sub-group', kind: 'WORKS_FOR' }, source: { source: 'src-report' } }));
    expect(problemsOf(error).filter((p) => p.code === 'immutable-field').map((p) => p.path)).toEqual(['link.kind', 'link.to']);
  });
});

describe('deletes', () => {
  it('are admin only', async () => {
    const version = await versionOf('link', 'SITS_ON:jo-example->editshire-csp');
    const error = await failure(editor.deleteLink(EDITOR, { id: 'SITS_ON:jo-example->editshire-csp', expectedVersion: version, source: { source: 'src-report' } }));
    expect(error.code).toBe('FORBIDDEN');
  });

  it('deleteLink and deleteEntity (with its links) record what was removed', async () => {
    const linkVersion = await versionOf('link', 'SITS_ON:jo-example->editshire-csp');
    const deleted = await editor.deleteLink(ADMIN, { id: 'SITS_ON:jo-example->editshire-csp', expectedVersion: linkVersion, source: { source: 'src-report' }, comment: 'duplicate' });
    expect(deleted.auditEntry?.changes).toEqual([expect.objectContaining({ target: 'link', after: null })]);
    const version = await versionOf('entity', 'youth-sub-group');
    const refused = await failure(editor.deleteEntity(ADMIN, { id: 'youth-sub-group', expectedVersion: version, source: { source: 'src-report' } }));
    expect(problemsOf(refused)).toEqual([{ path: 'deleteLinks', code: 'has-links' }]);
    const result = await editor.deleteEntity(ADMIN, { id: 'youth-sub-group', expectedVersion: version, deleteLinks: true, source: { source: 'src-report' } });
    expect(result.deletedLinkIds).toEqual(['SUB_GROUP_OF:youth-sub-group->editshire-csp']);
    expect(await store.getEntity('youth-sub-group')).toBeNull();
    expect(result.auditEntry?.changes.map((c) => [c.id, c.before !== null, c.after])).toEqual([
      ['youth-sub-group', true, null],
      ['SUB_GROUP_OF:youth-sub-group->editshire-csp', true, null],
    ]);
  });

  it('refuses to delete a Source that facts still cite', async () => {
    const version = await versionOf('entity', 'src-report');
    const error = await failure(editor.deleteEntity(ADMIN, { id: 'src-report', expectedVersion: version, source: { source: 'src-minutes' } }));
    expect(problemsOf(error)).toEqual([{ path: 'id', code: 'referenced' }]);
  });

  it('refuses to delete a body that a SITS_ON link names as "representing"', async () => {
    const seat = { kind: 'SITS_ON', from: 'jo-example', to: 'youth-sub-group', role: 'member', representing: 'editshire-csp', status: 'in-force', confidence: 'stated' } as const;
    await editor.createLink(EDITOR, { link: seat, source: { source: 'src-minutes' } });
    const version = await versionOf('entity', 'editshire-csp');
    const error = await failure(editor.deleteEntity(ADMIN, { id: 'editshire-csp', expectedVersion: version, deleteLinks: true, source: { source: 'src-report' } }));
    expect(problemsOf(error)).toEqual([{ path: 'id', code: 'referenced' }]);
    expect(((error.details?.['problems'] ?? []) as Problem[])[0]?.message).toContain('SITS_ON:jo-example->youth-sub-group');
  });
});
