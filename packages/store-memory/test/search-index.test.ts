import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { bestSearchMatch, compareStrings, type Entity, type SearchHit } from '@govgraph/core';
import { createMemoryStore } from '@govgraph/store-memory';
import { entity } from './build-facts.js';

/** The search definition by brute force: score every entity, sort by score then id. */
function bruteForce(entities: Iterable<Entity>, text: string, limit: number): SearchHit[] {
  const hits: SearchHit[] = [];
  for (const e of entities) {
    const match = bestSearchMatch(text, e);
    if (match) hits.push({ entity: e, ...match });
  }
  return hits.sort((a, b) => b.score - a.score || compareStrings(a.entity.id, b.entity.id)).slice(0, limit);
}

const summary = (hits: SearchHit[]) => hits.map((h) => `${h.entity.id} ${h.matchKind} ${h.matched} ${h.score}`);

const WORDS = ['safer', 'safe', 'sefton', 'board', 'csp', 'c.s.p.', 'youth', 'you', 'Zoë', 'zoe', 'a', 'ab', 'S S C P', 'sscp', '2012'];
const text = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 4 }).map((w) => w.join(' '));
const idPart = fc.constantFrom('safer', 'board', 'csp', 'youth', 'zoe', 'x');

describe('search index', () => {
  it('returns exactly what scoring every entity returns, through upserts and deletes', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(fc.tuple(fc.array(idPart, { minLength: 1, maxLength: 3 }), text, fc.array(text, { maxLength: 2 })), {
          minLength: 1,
          maxLength: 25,
          selector: ([parts]) => parts.join('-'),
        }),
        fc.array(text, { minLength: 1, maxLength: 6 }),
        fc.array(fc.tuple(fc.nat(30), text), { maxLength: 6 }),
        async (rows, queries, edits) => {
          const entities = rows.map(([parts, name, aliases]) => entity(parts.join('-'), { name, aliases }));
          const store = createMemoryStore();
          await store.replaceAll({ entities, links: [] });
          const current = new Map(entities.map((e) => [e.id, e]));
          const check = async () => {
            for (const q of queries) expect(summary(await store.search(q, { limit: 1000 }))).toEqual(summary(bruteForce(current.values(), q, 1000)));
          };
          await check();
          for (const [at, name] of edits) {
            const target = entities[at % entities.length]!;
            if (at % 3 === 0 && current.has(target.id)) {
              await store.apply({ deleteEntityIds: [target.id] });
              current.delete(target.id);
            } else {
              const changed = entity(target.id, { name, aliases: target.aliases });
              await store.apply({ upsertEntities: [changed] });
              current.set(target.id, changed);
            }
          }
          await check();
        },
      ),
      { numRuns: 120 },
    );
  });

  it('stays exact after compacting many freed slots', async () => {
    const store = createMemoryStore();
    const entities = Array.from({ length: 3000 }, (_, i) => entity(`body-${i}`, { name: `Body number ${i}`, aliases: i % 7 === 0 ? ['Lucky Seven'] : [] }));
    await store.replaceAll({ entities, links: [] });
    expect((await store.search('lucky seven', { limit: 1000 })).length).toBe(429);
    await store.apply({ deleteEntityIds: entities.slice(0, 2500).map((e) => e.id) });
    await store.apply({ upsertEntities: [entity('body-2999', { name: 'Renamed at last' })] });
    const remaining = [...entities.slice(2500, 2999), entity('body-2999', { name: 'Renamed at last' })];
    for (const q of ['lucky seven', 'body number 25', 'renamed', 'body 2999', 'number']) {
      expect(summary(await store.search(q, { limit: 5000 }))).toEqual(summary(bruteForce(remaining, q, 5000)));
    }
  });
});
