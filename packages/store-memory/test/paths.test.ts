import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { comparePaths, type GraphPath, type Link } from '@govgraph/core';
import { createMemoryStore } from '@govgraph/store-memory';
import { entity, link } from './build-facts.js';

const ASOF = '2024-01-01';

/**
 * The path definition by brute force: every simple path over the links, walked either way, of at
 * most `maxHops` links; keep those of the smallest length; sort with comparePaths; cut to `limit`.
 */
function bruteForcePaths(nodes: string[], links: Link[], from: string, to: string, maxHops: number, limit: number): string[][] {
  if (from === to) return [[]];
  const found: Link[][] = [];
  const walk = (at: string, seen: Set<string>, path: Link[]) => {
    if (at === to) return void found.push([...path]);
    if (path.length === maxHops) return;
    for (const l of links) {
      const other = l.from === at ? l.to : l.to === at ? l.from : null;
      if (other === null || seen.has(other)) continue;
      seen.add(other);
      path.push(l);
      walk(other, seen, path);
      path.pop();
      seen.delete(other);
    }
  };
  walk(from, new Set([from]), []);
  const shortest = Math.min(...found.map((p) => p.length));
  const byNode = new Map(nodes.map((id) => [id, entity(id)]));
  return found
    .filter((p) => p.length === shortest)
    .map((links): GraphPath => ({ nodes: [byNode.get(from)!], links }))
    .sort(comparePaths)
    .slice(0, limit)
    .map((p) => p.links.map((l) => l.id));
}

// Ids chosen so that plain id order and joined-string order disagree ("L1" < "L1#b", but "L1|" > "L1#b|"), plus a "|".
const LINK_IDS = ['L1', 'L1#b', 'L1-c', 'L2', 'L|2', 'M', 'M0', 'a', 'a|a'];

describe('shortest paths', () => {
  it('match the brute-force definition on random multigraphs, including the order of ids with shared prefixes', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 2, max: 7 }),
        fc.uniqueArray(fc.tuple(fc.constantFrom(...LINK_IDS), fc.nat(6), fc.nat(6)), { maxLength: 9, selector: ([id]) => id }),
        fc.nat(6),
        fc.nat(6),
        fc.integer({ min: 1, max: 6 }),
        fc.integer({ min: 1, max: 4 }),
        async (size, rows, a, b, maxHops, limit) => {
          const nodes = Array.from({ length: size }, (_, i) => `n${i}`);
          const links = rows.map(([id, f, t]) => link('LINKS_TO', nodes[f % size]!, nodes[t % size]!, { id }));
          const store = createMemoryStore();
          await store.replaceAll({ entities: nodes.map((id) => entity(id)), links });
          const from = nodes[a % size]!;
          const to = nodes[b % size]!;
          const got = (await store.path(from, to, { asOf: ASOF, maxHops, limit })).map((p) => p.links.map((l) => l.id));
          const expected = bruteForcePaths(nodes, links, from, to, maxHops, limit);
          expect(got).toEqual(expected);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('match the brute-force definition on larger random graphs with validity and kinds', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 4, max: 10 }),
        fc.array(fc.tuple(fc.nat(9), fc.nat(9), fc.boolean(), fc.constantFrom('LINKS_TO', 'MENTIONS') as fc.Arbitrary<'LINKS_TO' | 'MENTIONS'>), { maxLength: 18 }),
        fc.nat(9),
        fc.nat(9),
        fc.integer({ min: 1, max: 6 }),
        async (size, rows, a, b, maxHops) => {
          const nodes = Array.from({ length: size }, (_, i) => `n${i}`);
          const links = rows.map(([f, t, ended, kind], i) =>
            link(kind, nodes[f % size]!, nodes[t % size]!, {
              id: `e${i}`,
              validity: ended ? { to: { earliest: '2020-01-01', latest: '2020-01-01', precision: 'day', text: '2020-01-01' } } : undefined,
            }),
          );
          const store = createMemoryStore();
          await store.replaceAll({ entities: nodes.map((id) => entity(id)), links });
          const from = nodes[a % size]!;
          const to = nodes[b % size]!;
          const walkable = links.filter((l) => l.kind === 'LINKS_TO' && l.validity === undefined);
          const got = (await store.path(from, to, { asOf: ASOF, maxHops, limit: 50 })).map((p) => p.links.map((l) => l.id));
          expect(got).toEqual(bruteForcePaths(nodes, walkable, from, to, maxHops, 50));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('gives nodes aligned with links, whichever way each link points', async () => {
    const store = createMemoryStore();
    await store.replaceAll({
      entities: ['a', 'b', 'c'].map((id) => entity(id)),
      links: [link('LINKS_TO', 'b', 'a'), link('LINKS_TO', 'b', 'c')],
    });
    const [path] = await store.path('a', 'c', { asOf: ASOF, maxHops: 2 });
    expect(path?.nodes.map((n) => n.id)).toEqual(['a', 'b', 'c']);
  });
});
