import { describe, expect, it } from 'vitest';
import { isGovgraphError, type GraphStore } from '@govgraph/core';
import { MemoryStore, createMemoryStore } from '@govgraph/store-memory';
import { frozenCopy, sameValue } from '../src/frozen-copy.js';
import { entity, link } from './build-facts.js';

async function loaded(): Promise<GraphStore> {
  const store = createMemoryStore();
  await store.replaceAll({
    entities: [entity('board', { aliases: ['B'], attributes: { tags: ['x'] } }), entity('group'), entity('duty', {}, 'Duty')],
    links: [link('SUB_GROUP_OF', 'group', 'board'), link('DELIVERS', 'group', 'duty')],
  });
  return store;
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

describe('memory store specifics', () => {
  it('is a MemoryStore named "memory" unless told otherwise', () => {
    expect(createMemoryStore()).toBeInstanceOf(MemoryStore);
    expect(createMemoryStore().name).toBe('memory');
    expect(createMemoryStore({ name: 'scratch' }).name).toBe('scratch');
  });

  it('hands out deeply frozen facts, so changing them throws instead of corrupting the store', async () => {
    const store = await loaded();
    const board = (await store.getEntity('board'))!;
    expect(Object.isFrozen(board)).toBe(true);
    expect(Object.isFrozen(board.aliases)).toBe(true);
    expect(Object.isFrozen(board.attributes.tags)).toBe(true);
    expect(() => board.aliases.push('C')).toThrow(TypeError);
    const [first] = await store.linksOf('group');
    expect(Object.isFrozen(first)).toBe(true);
  });

  it('returns fresh result arrays each time', async () => {
    const store = await loaded();
    const a = await store.linksOf('group');
    const b = await store.linksOf('group');
    expect(a).not.toBe(b);
    a.pop();
    expect(await store.linksOf('group')).toHaveLength(2);
  });

  it('keeps the stored object when an identical fact is upserted, replaces it when it differs', async () => {
    const store = await loaded();
    const before = await store.getEntity('board');
    const linkBefore = await store.getLink('DELIVERS:group->duty');
    await store.apply({ upsertEntities: [entity('board', { aliases: ['B'], attributes: { tags: ['x'] }, note: undefined })], upsertLinks: [link('DELIVERS', 'group', 'duty')] });
    expect(await store.getEntity('board')).toBe(before);
    expect(await store.getLink('DELIVERS:group->duty')).toBe(linkBefore);
    await store.apply({ upsertEntities: [entity('board', { aliases: ['B', 'TB'], attributes: { tags: ['x'] } })] });
    expect(await store.getEntity('board')).not.toBe(before);
    expect((await store.getEntity('board'))?.aliases).toEqual(['B', 'TB']);
  });

  it('lists every problem of a rejected write in details.problems', async () => {
    const store = await loaded();
    const error = await rejection(
      store.apply({
        upsertLinks: [link('REPORTS_TO', 'board', 'nowhere'), link('REPORTS_TO', 'elsewhere', 'board')],
        deleteEntityIds: ['duty'],
      }),
    );
    expect(isGovgraphError(error, 'INVALID_INPUT')).toBe(true);
    expect((error as { details: { problems: string[] } }).details.problems).toHaveLength(3);
    const bad = await rejection(store.replaceAll({ entities: [entity('a'), entity('a'), { ...entity('b'), kind: 'Planet' as never }], links: [] }));
    expect((bad as { details: { problems: string[] } }).details.problems).toHaveLength(2);
    expect(isGovgraphError(await rejection(store.replaceAll(null as never)), 'INVALID_INPUT')).toBe(true);
  });

  it('rejects unknown link kinds in query options', async () => {
    const store = await loaded();
    expect(isGovgraphError(await rejection(store.linksOf('group', { kinds: ['KNOWS' as never] })), 'INVALID_INPUT')).toBe(true);
    expect(isGovgraphError(await rejection(store.path('group', 'board', { asOf: '2024-01-01', maxHops: 2, kinds: ['KNOWS' as never] })), 'INVALID_INPUT')).toBe(true);
  });

  it('counts a link kind repeated in the options once', async () => {
    const store = await loaded();
    const sub = await store.interdependencies('group', { asOf: '2024-01-01', depth: 1, kinds: ['SUB_GROUP_OF', 'SUB_GROUP_OF'] });
    expect(sub?.links.map((l) => l.id)).toEqual(['SUB_GROUP_OF:group->board']);
  });

  it('lists a self-loop once in linksOf', async () => {
    const store = await loaded();
    await store.apply({ upsertLinks: [link('LINKS_TO', 'board', 'board')] });
    expect((await store.linksOf('board')).map((l) => l.id)).toEqual(['LINKS_TO:board->board', 'SUB_GROUP_OF:group->board']);
    expect(await store.path('board', 'group', { asOf: '2024-01-01', maxHops: 3 })).toHaveLength(1);
  });
});

describe('frozenCopy and sameValue', () => {
  it('copies deeply, freezes and drops undefined fields', () => {
    const input = { a: 1, b: undefined, c: { d: [1, { e: 'x' }] } };
    const copy = frozenCopy(input);
    expect(copy).toEqual({ a: 1, c: { d: [1, { e: 'x' }] } });
    expect('b' in copy).toBe(false);
    expect(Object.isFrozen(copy.c.d[1])).toBe(true);
    input.c.d.push(2);
    expect(copy.c.d).toHaveLength(2);
  });

  it('compares structurally, ignoring key order and undefined fields', () => {
    expect(sameValue({ a: 1, b: [1, 2], c: undefined }, { b: [1, 2], a: 1 })).toBe(true);
    expect(sameValue({ a: 1 }, { a: 2 })).toBe(false);
    expect(sameValue([1, 2], [2, 1])).toBe(false);
    expect(sameValue({ a: null }, { a: undefined })).toBe(false);
    expect(sameValue([], {})).toBe(false);
  });
});

describe('malformed writes', () => {
  it('are INVALID_INPUT, never a crash, and change nothing', async () => {
    const store = await loaded();
    const before = await store.snapshot();
    for (const changes of [null, { upsertEntities: 'board' }, { upsertEntities: [null] }, { upsertLinks: [42] }, { deleteEntityIds: 'duty' }]) {
      expect(isGovgraphError(await rejection(store.apply(changes as never)), 'INVALID_INPUT')).toBe(true);
    }
    for (const data of [{ entities: [null], links: [] }, { entities: [], links: [{}] }, { entities: 'x', links: [] }]) {
      expect(isGovgraphError(await rejection(store.replaceAll(data as never)), 'INVALID_INPUT')).toBe(true);
    }
    expect(await store.snapshot()).toEqual(before);
  });

  it('report how many problems there were beyond the listed ones', async () => {
    const store = await loaded();
    const links = Array.from({ length: 30 }, (_, i) => link('REPORTS_TO', 'board', `missing-${i}`));
    const error = (await rejection(store.apply({ upsertLinks: links }))) as { details: { problems: string[]; problemCount: number } };
    expect(error.details.problems).toHaveLength(20);
    expect(error.details.problemCount).toBe(30);
  });
});
