import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MAX_OVERSIGHT_INHERITANCE, compareOversightEntries, type Entity, type Link, type OversightEntry } from '@govgraph/core';
import { createMemoryStore } from '@govgraph/store-memory';
import { entity, link } from './build-facts.js';

const ASOF = '2024-01-01';

/**
 * The oversight definition by brute force over the list of links (no adjacency): direct entries
 * from Body/Organisation role links into the duty, then every simple upward chain of
 * SUB_GROUP_OF/REPORTS_TO links of at most MAX_OVERSIGHT_INHERITANCE hops.
 */
function bruteForceOversight(entities: Map<string, Entity>, links: Link[], duty: string): OversightEntry[] {
  const isBody = (id: string) => ['Body', 'Organisation'].includes(entities.get(id)!.kind);
  const out: OversightEntry[] = [];
  const grow = (chain: Link[], nodes: string[]) => {
    if (chain.length > MAX_OVERSIGHT_INHERITANCE) return;
    const at = nodes[nodes.length - 1]!;
    for (const l of links) {
      if ((l.kind !== 'SUB_GROUP_OF' && l.kind !== 'REPORTS_TO') || l.from !== at || !isBody(l.to) || nodes.includes(l.to)) continue;
      out.push({ body: entities.get(l.to)!, role: 'OVERSEES', inherited: true, chain: [...chain, l] });
      grow([...chain, l], [...nodes, l.to]);
    }
  };
  for (const l of links) {
    if (!['OVERSEES', 'LEADS', 'DELIVERS'].includes(l.kind) || l.to !== duty || !isBody(l.from)) continue;
    out.push({ body: entities.get(l.from)!, role: l.kind as OversightEntry['role'], inherited: false, chain: [l] });
    grow([l], [duty, l.from]);
  }
  return out.sort(compareOversightEntries);
}

const KINDS = ['OVERSEES', 'LEADS', 'DELIVERS', 'SUB_GROUP_OF', 'REPORTS_TO', 'MEMBER_OF'] as const;

describe('oversight', () => {
  it('matches the brute-force definition on random graphs with cycles and people', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 2, max: 8 }),
        fc.array(fc.tuple(fc.constantFrom(...KINDS), fc.nat(8), fc.nat(8), fc.nat(1)), { maxLength: 20 }),
        async (size, rows) => {
          const entities = new Map<string, Entity>([['duty', entity('duty', {}, 'Duty')]]);
          for (let i = 0; i < size; i++) entities.set(`b${i}`, entity(`b${i}`, {}, i === 0 ? 'Person' : 'Body'));
          const ids = [...entities.keys()];
          const links = rows.map(([kind, f, t, key]) => {
            const from = ids[f % ids.length]!;
            const to = ['OVERSEES', 'LEADS', 'DELIVERS'].includes(kind) && t % 2 === 0 ? 'duty' : ids[t % ids.length]!;
            return link(kind, from, to, { id: `${kind}:${from}->${to}#${key}` });
          });
          const unique = [...new Map(links.map((l) => [l.id, l])).values()];
          const store = createMemoryStore();
          await store.replaceAll({ entities: [...entities.values()], links: unique });
          const answer = await store.oversight('duty', { asOf: ASOF });
          const summary = (entries: OversightEntry[]) => entries.map((e) => [e.body.id, e.role, e.inherited, e.chain.map((l) => l.id)]);
          expect(summary(answer!.entries)).toEqual(summary(bruteForceOversight(entities, unique, 'duty')));
        },
      ),
      { numRuns: 300 },
    );
  });
});
