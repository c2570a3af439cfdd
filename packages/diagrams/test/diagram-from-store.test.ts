import { describe, expect, it } from 'vitest';
import { isGovgraphError } from '@govgraph/core';
import { createDiagram, loadDiagramModel } from '@govgraph/diagrams';
import { createMemoryStore } from '@govgraph/store-memory';
import { fixtureGraph } from './fixture.js';

async function fixtureStore() {
  const store = createMemoryStore();
  await store.replaceAll(fixtureGraph());
  return store;
}

describe('loadDiagramModel', () => {
  it('leaves out what had ended by the day, or greys it with includeEnded; never shows what had not begun', async () => {
    const store = await fixtureStore();
    const asOf = await loadDiagramModel(store, { focus: 'town-partnership', depth: 1, asOf: '2013-01-01' });
    expect(asOf.nodes.map((n) => n.id)).not.toContain('police-authority');
    expect(asOf.nodes.map((n) => n.id)).not.toContain('terror-sub-group');
    expect(asOf.nodes.every((n) => !n.ended)).toBe(true);

    const withEnded = await loadDiagramModel(store, { focus: 'town-partnership', depth: 1, asOf: '2013-01-01', includeEnded: true });
    expect(withEnded.nodes.find((n) => n.id === 'police-authority')?.ended).toBe(true);
    expect(withEnded.edges.find((e) => e.id === 'MEMBER_OF:police-authority->town-partnership')?.ended).toBe(true);
    expect(withEnded.nodes.map((n) => n.id)).not.toContain('terror-sub-group');
    expect(withEnded.nodes.filter((n) => !n.ended).map((n) => n.id)).toEqual(asOf.nodes.map((n) => n.id));
    // Marked ended without an end date: the store's as-of rule keeps it, the diagram still leaves it out.
    expect(asOf.nodes.map((n) => n.id)).not.toContain('old-forum');
    expect(withEnded.nodes.find((n) => n.id === 'old-forum')?.ended).toBe(true);
  });

  it('narrows to a duty: its own links, its oversight chain, the focus and its governance neighbours', async () => {
    const store = await fixtureStore();
    const model = await loadDiagramModel(store, { focus: 'youth-service', depth: 3, duty: 'prevent', asOf: '2022-09-08' });
    // Not sam-chair: people and members of the focus are left out of a duty view.
    expect(model.nodes.map((n) => n.id)).toEqual(['ctsa-2015-s26', 'ctsa-2015-s29', 'prevent', 'terror-sub-group', 'town-partnership', 'youth-service']);
    expect(model.edges.map((e) => e.id)).toContain('OVERSEES:town-partnership->prevent');
  });

  it('walks only the kinds asked for, and rejects unknown ids and bad requests by code', async () => {
    const store = await fixtureStore();
    const governance = await loadDiagramModel(store, { focus: 'town-partnership', depth: 2, kinds: ['OVERSEES', 'IMPOSED_BY'], asOf: '2022-09-08' });
    expect(governance.nodes.map((n) => n.id)).toEqual(['ctsa-2015-s26', 'ctsa-2015-s29', 'prevent', 'town-partnership']);
    const codeOf = (promise: Promise<unknown>) => promise.then(() => 'ok', (e: unknown) => (isGovgraphError(e) ? e.code : 'other'));
    expect(await codeOf(createDiagram(store, { focus: 'nobody' }, 'dot'))).toBe('NOT_FOUND');
    expect(await codeOf(createDiagram(store, { focus: 'town-partnership', duty: 'nothing' }, 'dot'))).toBe('NOT_FOUND');
    expect(await codeOf(createDiagram(store, { focus: 'town-partnership', depth: 5 }, 'dot'))).toBe('INVALID_INPUT');
    expect(await codeOf(createDiagram(store, { focus: 'town-partnership', asOf: '2022-02-30' }, 'dot'))).toBe('INVALID_INPUT');
    expect(await codeOf(createDiagram(store, { focus: 'town-partnership' }, 'png' as never))).toBe('INVALID_INPUT');
  });

  it('gives byte-identical output for the same request', async () => {
    const store = await fixtureStore();
    const request = { focus: 'town-partnership', depth: 2, asOf: '2022-09-08' };
    for (const format of ['mermaid', 'dot', 'svg', 'graphml', 'cytoscape'] as const) {
      expect(await createDiagram(store, request, format)).toBe(await createDiagram(store, request, format));
    }
  });
});
