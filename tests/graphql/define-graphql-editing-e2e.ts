/**
 * The editing end-to-end suite: a small invented graph in a store, API keys in a real keys file,
 * the HTTP server on a free loopback port, and mutations and the audit log used over HTTP exactly
 * as a client would. Any store that implements audited writes can be held to it:
 *
 *   defineGraphqlEditingE2e({ name: 'neo4j', makeStore: async (data) => { const s = await open(); await s.replaceAll(data); return s; } });
 */
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphData, GraphStore } from '@govgraph/core';
import { ApiKeyFile } from '@govgraph/editing';
import { startGovgraphHttpServer, type GovgraphHttpServer } from '@govgraph/graphql';
import { editshireGraph } from '../../packages/editing/test/fixture-graph.js';

/** What the suite needs from a store under test. */
export interface GraphqlEditingE2eTarget {
  /** Shown in the suite's title, e.g. "memory". */
  name: string;
  /** Returns a store holding exactly `data`. The suite closes it. */
  makeStore(data: GraphData): Promise<GraphStore>;
}

interface GraphqlResponse {
  status: number;
  data?: any;
  errors?: { message: string; extensions?: { code?: string; details?: any } }[];
}

const ENTITY_FIELDS = 'id kind name status version sources { sourceId item } validity { to { text } } attributes';
const AUDIT_FIELDS =
  'sequence at actor role action sourceId source { id name } comment changes { target id before after } replacedGraph { before { entities links } after { entities links } ' +
  'entities { added removed changed addedIds removedIds changedIds } links { added removed changed addedIds removedIds changedIds } }';

/** Defines the suite for one store. */
export function defineGraphqlEditingE2e(target: GraphqlEditingE2eTarget): void {
  describe(`GraphQL editing over HTTP on the ${target.name} store`, () => {
    let store: GraphStore | undefined;
    let server: GovgraphHttpServer | undefined;
    let strictServer: GovgraphHttpServer | undefined;
    let folder: string;
    let keysFile: ApiKeyFile;
    const key: Record<'reader' | 'editor' | 'admin' | 'otherEditor', string> = { reader: '', editor: '', admin: '', otherEditor: '' };
    // A store may keep its audit log across test files (replaceAll never clears it): names unique
    // to this run, and sequences counted from the last entry before the suite.
    const run = randomBytes(3).toString('hex');
    const ED = `ed-editor-${run}`;
    const ADA = `ada-admin-${run}`;
    let base = 0;

    beforeAll(async () => {
      folder = await mkdtemp(join(tmpdir(), 'govgraph-editing-e2e-'));
      keysFile = await ApiKeyFile.open(join(folder, 'keys.json'));
      key.reader = (await keysFile.add({ name: `rita-reader-${run}`, role: 'reader' })).key;
      key.editor = (await keysFile.add({ name: ED, role: 'editor' })).key;
      key.otherEditor = (await keysFile.add({ name: `eve-editor-${run}`, role: 'editor' })).key;
      key.admin = (await keysFile.add({ name: ADA, role: 'admin' })).key;
      store = await target.makeStore(editshireGraph());
      base = (await store.auditLog({ newestFirst: true, limit: 1 }))[0]?.sequence ?? 0;
      server = await startGovgraphHttpServer({ store, port: 0, host: '127.0.0.1', keys: keysFile });
      strictServer = await startGovgraphHttpServer({ store, port: 0, host: '127.0.0.1', keys: keysFile, requireKeyForReads: true, limits: { maxCost: 300 } });
    });

    afterAll(async () => {
      await server?.close();
      await strictServer?.close();
      await store?.close();
      await rm(folder, { recursive: true, force: true });
    });

    async function post(query: string, variables: Record<string, unknown> = {}, bearer?: string, url = server!.graphqlUrl): Promise<GraphqlResponse> {
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (bearer !== undefined) headers['authorization'] = `Bearer ${bearer}`;
      const response = await fetch(url, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
      return { status: response.status, ...((await response.json()) as object) };
    }

    function codeOf(response: GraphqlResponse): string | undefined {
      return response.errors?.[0]?.extensions?.code;
    }

    async function versionOf(id: string): Promise<string> {
      const response = await post(`query ($id: ID!) { entity(id: $id) { version } }`, { id });
      return response.data.entity.version;
    }

    const CREATE = `mutation ($entity: EntityInput!, $source: SourceRefInput!, $comment: String) {
      createEntity(entity: $entity, source: $source, comment: $comment) { entity { ${ENTITY_FIELDS} } version auditEntry { ${AUDIT_FIELDS} } }
    }`;
    const UPDATE = `mutation ($id: ID!, $v: String!, $entity: EntityInput!, $source: SourceRefInput!) {
      updateEntity(id: $id, expectedVersion: $v, entity: $entity, source: $source) { entity { ${ENTITY_FIELDS} } version auditEntry { sequence } }
    }`;
    const END = `mutation ($id: ID!, $v: String!, $to: FuzzyDateInput!, $source: SourceRefInput!, $endLinks: Boolean) {
      endEntity(id: $id, expectedVersion: $v, to: $to, source: $source, endLinks: $endLinks) { entity { ${ENTITY_FIELDS} } version endedLinks { id status version } auditEntry { sequence changes { id } } }
    }`;
    const AUDIT = `query ($first: Int, $after: String, $factId: ID, $actor: String, $action: String, $newestFirst: Boolean) {
      auditLog(first: $first, after: $after, factId: $factId, actor: $actor, action: $action, newestFirst: $newestFirst) { edges { cursor node { ${AUDIT_FIELDS} } } pageInfo { hasNextPage endCursor } }
    }`;

    const panel = {
      id: 'victims-panel',
      kind: 'Body',
      name: 'Victims Panel',
      area: 'editshire',
      validity: { from: { text: '2021-03' } },
      status: 'IN_FORCE',
      confidence: 'STATED',
      attributes: { bodyType: 'panel' },
    };
    const minutes = { source: 'src-minutes', item: '12', quote: 'The Partnership agreed to set up a Victims Panel.' };

    it('refuses a mutation without a key (FORBIDDEN) and writes nothing', async () => {
      const response = await post(CREATE, { entity: panel, source: minutes });
      expect(response.status).toBe(200);
      expect(codeOf(response)).toBe('FORBIDDEN');
      expect(await store!.getEntity('victims-panel')).toBeNull();
    });

    it('answers 401 UNAUTHENTICATED to a malformed, unknown or non-Bearer key, even for reads', async () => {
      const unknown = `ggk_${'0'.repeat(16)}_${'A'.repeat(43)}`;
      for (const bearer of ['not-a-key', unknown, `${key.editor.slice(0, -1)}${key.editor.endsWith('A') ? 'B' : 'A'}`]) {
        const response = await post('{ entity(id: "editshire-csp") { name } }', {}, bearer);
        expect(response.status, bearer).toBe(401);
        expect(codeOf(response)).toBe('UNAUTHENTICATED');
        expect(response.data).toBeUndefined();
      }
      const basic = await fetch(server!.graphqlUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: 'Basic dXNlcjpwYXNz' },
        body: JSON.stringify({ query: '{ entity(id: "editshire-csp") { name } }' }),
      });
      expect(basic.status).toBe(401);
      expect(basic.headers.get('www-authenticate')).toBe('Bearer');
    });

    it('lets a reader key read but not edit (FORBIDDEN)', async () => {
      const read = await post('{ entity(id: "editshire-csp") { name version } }', {}, key.reader);
      expect(read.data.entity).toEqual({ name: 'Safer Editshire', version: expect.stringMatching(/^[0-9a-f]{16}$/) });
      const response = await post(CREATE, { entity: panel, source: minutes }, key.reader);
      expect(codeOf(response)).toBe('FORBIDDEN');
      expect(await store!.getEntity('victims-panel')).toBeNull();
    });

    it('reports every problem of an invalid mutation at once, at the paths of the input', async () => {
      const bad = {
        ...panel,
        validity: { from: { text: '2021-13' }, to: { text: '2020' } },
        attributes: { bodyType: 'pannel', colour: 'blue' },
        sources: [{ source: 'ghost-source' }],
      };
      const response = await post(CREATE, { entity: bad, source: { source: 'editshire-csp' } }, key.editor);
      expect(codeOf(response)).toBe('INVALID_INPUT');
      const problems = response.errors![0]!.extensions!.details.problems as { path: string; message: string }[];
      expect(problems.map((p) => p.path).sort()).toEqual(['entity.attributes.bodyType', 'entity.attributes.colour', 'entity.validity.from', 'source.source'].sort());
      expect(response.errors![0]!.message).toMatch(/^the entity cannot be created: entity\.(attributes\.|validity)/);
      for (const p of problems) expect(p.message).toEqual(expect.any(String));
      // Once the schema is satisfied, the cross-reference rules report every problem too.
      const crossed = await post(CREATE, { entity: { ...bad, validity: { from: { text: '2021' }, to: { text: '2020' } }, attributes: { bodyType: 'panel' } }, source: { source: 'editshire-csp' } }, key.editor);
      const crossProblems = crossed.errors![0]!.extensions!.details.problems as { path: string; code: string }[];
      expect(crossProblems.map((p) => [p.path, p.code])).toEqual([
        ['entity.sources[0].source', 'dangling-reference'],
        ['source.source', 'reference-kind'],
        ['entity.validity.to', 'date-order'],
      ]);
      expect(await store!.getEntity('victims-panel')).toBeNull();
    });

    it('requires a source for every edit (GraphQL refuses a mutation without one)', async () => {
      const response = await post(`mutation ($entity: EntityInput!) { createEntity(entity: $entity) { version } }`, { entity: panel }, key.editor);
      expect(codeOf(response)).toBe('GRAPHQL_VALIDATION_FAILED');
    });

    it('lets an editor create, update and end an entity, each citing a source, and returns versions', async () => {
      const created = await post(CREATE, { entity: panel, source: minutes, comment: 'agreed at the March meeting' }, key.editor);
      expect(created.errors).toBeUndefined();
      const result = created.data.createEntity;
      expect(result.entity).toMatchObject({ id: 'victims-panel', kind: 'Body', status: 'IN_FORCE', attributes: { bodyType: 'panel' }, sources: [{ sourceId: 'src-minutes', item: '12' }] });
      expect(result.version).toBe(result.entity.version);
      expect(result.auditEntry).toMatchObject({ actor: ED, role: 'editor', action: 'createEntity', sourceId: 'src-minutes', source: { id: 'src-minutes' }, comment: 'agreed at the March meeting' });
      expect(result.auditEntry.changes).toEqual([{ target: 'ENTITY', id: 'victims-panel', before: null, after: expect.objectContaining({ id: 'victims-panel', name: 'Victims Panel' }) }]);

      const updated = await post(UPDATE, { id: 'victims-panel', v: result.version, entity: { ...panel, id: undefined, name: 'Victims and Witnesses Panel', sources: [{ source: 'src-minutes', item: '12' }] }, source: { source: 'src-report' } }, key.editor);
      expect(updated.errors).toBeUndefined();
      expect(updated.data.updateEntity.entity.name).toBe('Victims and Witnesses Panel');
      expect(updated.data.updateEntity.entity.sources.map((s: { sourceId: string }) => s.sourceId)).toEqual(['src-minutes', 'src-report']);
      expect(updated.data.updateEntity.version).not.toBe(result.version);

      const ended = await post(END, { id: 'victims-panel', v: updated.data.updateEntity.version, to: { after: '2022-12-31', by: '2023-03-31' }, source: { source: 'src-report' } }, key.editor);
      expect(ended.errors).toBeUndefined();
      expect(ended.data.endEntity.entity).toMatchObject({ status: 'ENDED', validity: { to: { text: 'after 2022-12-31, by 2023-03-31' } } });
      expect(ended.data.endEntity.endedLinks).toEqual([]);
    });

    it('refuses to change an entity kind on update, saying so', async () => {
      const response = await post(UPDATE, { id: 'jo-example', v: await versionOf('jo-example'), entity: { kind: 'Organisation', name: 'Jo Example Ltd', status: 'IN_FORCE', confidence: 'STATED' }, source: { source: 'src-report' } }, key.editor);
      expect(codeOf(response)).toBe('INVALID_INPUT');
      const problems = response.errors![0]!.extensions!.details.problems as { path: string; message: string }[];
      expect(problems.find((p) => p.path === 'entity.kind')?.message).toContain('kind cannot change');
    });

    it('refuses a stale version with CONFLICT and the current version, so two editors cannot overwrite each other', async () => {
      const read = await versionOf('youth-sub-group');
      const entity = { kind: 'Body', name: 'Youth Justice Sub-group', area: 'editshire', validity: { from: { text: '2016' } }, status: 'IN_FORCE', confidence: 'STATED', sources: [{ source: 'src-minutes', item: '4' }], attributes: { bodyType: 'sub-group' } };
      const first = await post(UPDATE, { id: 'youth-sub-group', v: read, entity, source: { source: 'src-report' } }, key.editor);
      expect(first.errors).toBeUndefined();
      const second = await post(UPDATE, { id: 'youth-sub-group', v: read, entity: { ...entity, name: 'Youth Offending Sub-group' }, source: { source: 'src-report' } }, key.otherEditor);
      expect(codeOf(second)).toBe('CONFLICT');
      expect(second.errors![0]!.extensions!.details.conflicts).toEqual([
        { target: 'entity', id: 'youth-sub-group', expected: read, actual: first.data.updateEntity.version },
      ]);
      expect((await store!.getEntity('youth-sub-group'))?.name).toBe('Youth Justice Sub-group');
    });

    it('ends an entity with its links in force only when asked (endLinks)', async () => {
      const v = await versionOf('jo-example');
      const refused = await post(END, { id: 'jo-example', v, to: { text: '2023-06-01' }, source: { source: 'src-report' } }, key.editor);
      expect(codeOf(refused)).toBe('INVALID_INPUT');
      expect(refused.errors![0]!.extensions!.details.problems[0].message).toContain('SITS_ON:jo-example->editshire-csp');
      const ended = await post(END, { id: 'jo-example', v, to: { text: '2023-06-01' }, source: { source: 'src-report' }, endLinks: true }, key.editor);
      expect(ended.errors).toBeUndefined();
      expect(ended.data.endEntity.endedLinks.map((l: { id: string; status: string }) => [l.id, l.status])).toEqual([['SITS_ON:jo-example->editshire-csp', 'ENDED']]);
      expect(ended.data.endEntity.auditEntry.changes.map((c: { id: string }) => c.id)).toEqual(['jo-example', 'SITS_ON:jo-example->editshire-csp']);
    });

    it('creates, updates and ends links; deletes are for admins only', async () => {
      const link = { kind: 'DELIVERS', from: 'youth-sub-group', to: 'reduce-crime', status: 'IN_FORCE', confidence: 'STATED', validity: { from: { text: '2021' } } };
      const created = await post(`mutation ($link: LinkInput!, $source: SourceRefInput!) { createLink(link: $link, source: $source) { link { id version sources { sourceId } } version } }`, { link, source: minutes }, key.editor);
      expect(created.errors).toBeUndefined();
      const { id, version } = created.data.createLink.link;
      expect(id).toBe('DELIVERS:youth-sub-group->reduce-crime');
      const updated = await post(
        `mutation ($id: ID!, $v: String!, $link: LinkInput!, $source: SourceRefInput!) { updateLink(id: $id, expectedVersion: $v, link: $link, source: $source) { link { note } version } }`,
        { id, v: version, link: { ...link, note: 'through the youth offending service' }, source: minutes },
        key.editor,
      );
      expect(updated.data.updateLink.link.note).toBe('through the youth offending service');
      const ended = await post(
        `mutation ($id: ID!, $v: String!, $source: SourceRefInput!) { endLink(id: $id, expectedVersion: $v, to: { text: "2024" }, source: $source) { link { status validity { to { text } } } version } }`,
        { id, v: updated.data.updateLink.version, source: { source: 'src-report' } },
        key.editor,
      );
      expect(ended.data.endLink.link).toEqual({ status: 'ENDED', validity: { to: { text: '2024' } } });
      const DELETE = `mutation ($id: ID!, $v: String!, $source: SourceRefInput!) { deleteLink(id: $id, expectedVersion: $v, source: $source, comment: "entered twice") { id auditEntry { actor action changes { id before after } } } }`;
      const forbidden = await post(DELETE, { id, v: ended.data.endLink.version, source: { source: 'src-report' } }, key.editor);
      expect(codeOf(forbidden)).toBe('FORBIDDEN');
      const deleted = await post(DELETE, { id, v: ended.data.endLink.version, source: { source: 'src-report' } }, key.admin);
      expect(deleted.errors).toBeUndefined();
      expect(deleted.data.deleteLink.auditEntry).toMatchObject({ actor: ADA, action: 'deleteLink', changes: [{ id, before: expect.objectContaining({ id, status: 'ended' }), after: null }] });
      expect(await store!.getLink(id)).toBeNull();
      const entity = await post(
        `mutation ($id: ID!, $v: String!) { deleteEntity(id: $id, expectedVersion: $v, source: { source: "src-report" }) { id deletedLinkIds } }`,
        { id: 'victims-panel', v: await versionOf('victims-panel') },
        key.admin,
      );
      expect(entity.data.deleteEntity).toEqual({ id: 'victims-panel', deletedLinkIds: [] });
    });

    it('shows the audit log to editors: who, when, on what source, before and after; pages with cursors', async () => {
      const anonymous = await post(AUDIT, {});
      expect(codeOf(anonymous)).toBe('FORBIDDEN');
      expect(codeOf(await post(AUDIT, {}, key.reader))).toBe('FORBIDDEN');
      const all = await post(AUDIT, { first: 100, after: String(base) }, key.editor);
      expect(all.errors).toBeUndefined();
      const entries = all.data.auditLog.edges.map((e: { node: any }) => e.node);
      expect(entries.map((e: { action: string; actor: string }) => `${e.action} by ${e.actor}`)).toEqual([
        `createEntity by ${ED}`,
        `updateEntity by ${ED}`,
        `endEntity by ${ED}`,
        `updateEntity by ${ED}`,
        `endEntity by ${ED}`,
        `createLink by ${ED}`,
        `updateLink by ${ED}`,
        `endLink by ${ED}`,
        `deleteLink by ${ADA}`,
        `deleteEntity by ${ADA}`,
      ]);
      expect(entries.map((e: { sequence: number }) => e.sequence - base)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
      for (const e of entries) expect(Date.parse(e.at)).not.toBeNaN();
      const rename = entries[3];
      expect(rename.changes).toEqual([
        {
          target: 'ENTITY',
          id: 'youth-sub-group',
          before: expect.objectContaining({ name: 'Youth Sub-group' }),
          after: expect.objectContaining({ name: 'Youth Justice Sub-group' }),
        },
      ]);
      expect(rename.source).toEqual({ id: 'src-report', name: 'Editshire annual report 2022' });

      const forFact = await post(AUDIT, { factId: 'victims-panel', newestFirst: true, first: 4 }, key.editor);
      expect(forFact.data.auditLog.edges.map((e: { node: { action: string } }) => e.node.action)).toEqual(['deleteEntity', 'endEntity', 'updateEntity', 'createEntity']);
      const byAdmin = await post(AUDIT, { actor: ADA }, key.admin);
      expect(byAdmin.data.auditLog.edges).toHaveLength(2);

      const page1 = await post(AUDIT, { first: 4, after: String(base) }, key.editor);
      expect(page1.data.auditLog.pageInfo).toEqual({ hasNextPage: true, endCursor: String(base + 4) });
      const page3 = await post(AUDIT, { first: 4, after: String(base + 8) }, key.editor);
      expect(page3.data.auditLog.edges.map((e: { node: { sequence: number } }) => e.node.sequence - base)).toEqual([9, 10]);
      expect(page3.data.auditLog.pageInfo).toEqual({ hasNextPage: false, endCursor: String(base + 10) });
      expect(codeOf(await post(AUDIT, { first: 101 }, key.editor))).toBe('LIMIT_EXCEEDED');
      for (const e of entries) expect(e.replacedGraph).toBeNull();

      // A load (here of the graph as it is, one entity renamed) is in the log too, with the graph's
      // size and what differs instead of changes.
      const original = await store!.snapshot();
      const graph = await store!.snapshot();
      const renamed = graph.entities[0]!.id;
      graph.entities = graph.entities.map((e) => (e.id === renamed ? { ...e, name: `${e.name} (renamed)` } : e));
      const load = (await store!.replaceAll(graph, { audit: { actor: 'loader', action: 'load', comment: 'nightly' } })).auditEntry!;
      const loads = await post(AUDIT, { action: 'load', newestFirst: true, first: 1 }, key.editor);
      const size = { entities: graph.entities.length, links: graph.links.length };
      const none = { added: 0, removed: 0, changed: 0, addedIds: [], removedIds: [], changedIds: [] };
      expect(loads.data.auditLog.edges.map((e: { node: unknown }) => e.node)).toEqual([
        expect.objectContaining({
          sequence: load.sequence,
          actor: 'loader',
          action: 'load',
          comment: 'nightly',
          changes: [],
          replacedGraph: { before: size, after: size, entities: { ...none, changed: 1, changedIds: [renamed] }, links: none },
        }),
      ]);
      await store!.replaceAll(original);
      expect((await post(AUDIT, { action: 'deleteLink', after: String(base) }, key.editor)).data.auditLog.edges).toHaveLength(1);
    });

    it('with requireKeyForReads, answers 401 to requests without a key and serves keys as usual', async () => {
      const anonymous = await post('{ entity(id: "editshire-csp") { name } }', {}, undefined, strictServer!.graphqlUrl);
      expect(anonymous.status).toBe(401);
      expect(codeOf(anonymous)).toBe('UNAUTHENTICATED');
      const reader = await post('{ entity(id: "editshire-csp") { name } }', {}, key.reader, strictServer!.graphqlUrl);
      expect(reader.data).toEqual({ entity: { name: 'Safer Editshire' } });
    });

    it('counts mutations in the cost limit', async () => {
      const fields = Array.from({ length: 6 }, (_, i) => `s${i}: entity { sources { source { sources { source { id name } } } } }`).join(' ');
      const response = await post(`mutation { createEntity(entity: { kind: Body, name: "X", status: IN_FORCE, confidence: STATED }, source: { source: "src-report" }) { ${fields} } }`, {}, key.editor, strictServer!.graphqlUrl);
      expect(codeOf(response)).toBe('LIMIT_EXCEEDED');
      expect(response.errors![0]!.extensions!.details.limit).toBe('maxCost');
    });

    it('stops accepting a key as soon as it is revoked', async () => {
      const { record, key: temporary } = await keysFile.add({ name: 'temp-editor', role: 'editor' });
      expect((await post('{ entity(id: "editshire-csp") { name } }', {}, temporary)).status).toBe(200);
      const other = await ApiKeyFile.open(keysFile.file); // as `govgraph keys revoke` would, from another process
      await other.revoke(record.id);
      const response = await post('{ entity(id: "editshire-csp") { name } }', {}, temporary);
      expect(response.status).toBe(401);
    });

    it('of two simultaneous edits from the same version, exactly one is written and the other is CONFLICT', async () => {
      const v = await versionOf('reduce-crime');
      const duty = (name: string) => ({ kind: 'Duty', name, status: 'IN_FORCE', confidence: 'CONFIRMED', sources: [{ source: 'src-report' }] });
      const [a, b] = await Promise.all([
        post(UPDATE, { id: 'reduce-crime', v, entity: duty('Reduce crime and disorder'), source: { source: 'src-report' } }, key.editor),
        post(UPDATE, { id: 'reduce-crime', v, entity: duty('Reduce reoffending'), source: { source: 'src-report' } }, key.otherEditor),
      ]);
      const outcomes = [a, b].map((r) => codeOf(r) ?? 'ok').sort();
      expect(outcomes).toEqual(['CONFLICT', 'ok']);
      const winner = codeOf(a) === undefined ? a : b;
      expect((await store!.getEntity('reduce-crime'))?.name).toBe(winner.data.updateEntity.entity.name);
      const log = await post(AUDIT, { factId: 'reduce-crime', after: String(base) }, key.editor);
      expect(log.data.auditLog.edges).toHaveLength(1);
    });

    it('merges two people for an editor (not a reader): links moved, the merged id kept as an alias, audited', async () => {
      const MERGE = `mutation ($from: ID!, $into: ID!, $source: SourceRefInput!, $fromVersion: String) {
        mergePeople(from: $from, into: $into, source: $source, fromVersion: $fromVersion) { person { id aliases version } version movedLinks { from to } droppedLinkIds auditEntry { action actor changes { target id } } }
      }`;
      const dup = { id: 'joanne-example', kind: 'Person', name: 'Joanne Example', area: 'editshire', status: 'IN_FORCE', confidence: 'STATED' };
      const created = await post(CREATE, { entity: dup, source: { source: 'src-minutes' } }, key.editor);
      expect(created.errors).toBeUndefined();
      const link = await post(
        `mutation ($link: LinkInput!, $source: SourceRefInput!) { createLink(link: $link, source: $source) { link { id } } }`,
        { link: { kind: 'SITS_ON', from: 'joanne-example', to: 'youth-sub-group', role: 'member', status: 'IN_FORCE', confidence: 'STATED' }, source: { source: 'src-minutes' } },
        key.editor,
      );
      expect(link.errors).toBeUndefined();

      expect(codeOf(await post(MERGE, { from: 'joanne-example', into: 'jo-example', source: { source: 'src-report' } }, key.reader))).toBe('FORBIDDEN');
      expect(codeOf(await post(MERGE, { from: 'joanne-example', into: 'jo-example', source: { source: 'src-report' }, fromVersion: 'stale' }, key.editor))).toBe('CONFLICT');

      const merged = await post(MERGE, { from: 'joanne-example', into: 'jo-example', source: { source: 'src-report' }, fromVersion: created.data.createEntity.version }, key.editor);
      expect(merged.errors).toBeUndefined();
      const result = merged.data.mergePeople;
      expect(result.person.aliases).toEqual(expect.arrayContaining(['joanne-example', 'Joanne Example']));
      expect(result.movedLinks).toEqual([{ from: 'SITS_ON:joanne-example->youth-sub-group', to: 'SITS_ON:jo-example->youth-sub-group' }]);
      expect(result.auditEntry).toMatchObject({ action: 'mergePeople', actor: ED });
      expect(result.auditEntry.changes.map((c: { id: string }) => c.id)).toEqual(
        expect.arrayContaining(['joanne-example', 'jo-example', 'SITS_ON:joanne-example->youth-sub-group', 'SITS_ON:jo-example->youth-sub-group']),
      );
      const gone = await post('{ entity(id: "joanne-example") { id } }', {}, key.reader);
      expect(gone.data.entity).toBeNull();
    });
  });
}
