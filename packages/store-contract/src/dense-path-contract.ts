/**
 * `path` on a deliberately dense web: two bodies with five levels of twelve bodies between them,
 * each level linked to every body of the next, so 12^5 = 248,832 shortest paths of six links. A
 * store must return the first few in `comparePaths` order without listing all of them (a store
 * that enumerates every path runs past this file's timeouts), and on a smaller web of the same
 * shape it must return every shortest path, in order, when asked for all.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { comparePaths, type Entity, type GraphData, type GraphStore, type Link } from '@govgraph/core';
import { fixtureGraph } from './fixture-graph.js';
import { newFixtureBody, newFixtureLink } from './contract-helpers.js';

const SOURCE = 'src-riverton-report-2022';
const TODAY = '2024-01-01';

/** `dense-from`, `levels` levels of `width` bodies (`dense-l1-00` ...) and `dense-to`, each level REPORTS_TO every body of the next. */
export function denseWeb(levels: number, width: number): GraphData {
  const source = fixtureGraph().entities.find((e) => e.id === SOURCE)!;
  const level = (n: number): string[] => Array.from({ length: width }, (_, i) => `dense-l${n}-${String(i).padStart(2, '0')}`);
  const layers = [['dense-from'], ...Array.from({ length: levels }, (_, n) => level(n + 1)), ['dense-to']];
  const entities: Entity[] = [source, ...layers.flat().map((id) => newFixtureBody(id, `Dense body ${id}`))];
  const links: Link[] = [];
  for (let n = 0; n + 1 < layers.length; n++) {
    for (const from of layers[n]!) for (const to of layers[n + 1]!) links.push(newFixtureLink('REPORTS_TO', from, to));
  }
  return { entities, links };
}

export interface DensePathContractOptions {
  hookTimeoutMs?: number;
}

/** Defines the dense-path checks for one store. */
export function defineDensePathContract(storeName: string, makeStore: () => Promise<GraphStore>, options: DensePathContractOptions = {}): void {
  const hookTimeout = options.hookTimeoutMs ?? 30_000;

  describe(`${storeName} store: path on a dense web`, () => {
    let store: GraphStore;

    beforeAll(async () => {
      store = await makeStore();
    }, hookTimeout);
    afterAll(async () => {
      await store?.close();
    });

    it('returns the first three of 248,832 shortest paths, in order, without listing the rest', async () => {
      await store.replaceAll(denseWeb(5, 12));
      const paths = await store.path('dense-from', 'dense-to', { asOf: TODAY, maxHops: 6, limit: 3 });
      const via = (last: string): string[] => ['dense-from', 'dense-l1-00', 'dense-l2-00', 'dense-l3-00', 'dense-l4-00', `dense-l5-${last}`, 'dense-to'];
      expect(paths.map((p) => p.nodes.map((n) => n.id))).toEqual([via('00'), via('01'), via('02')]);
      for (const path of paths) {
        expect(path.links).toHaveLength(6);
        path.links.forEach((link, i) => expect([link.from, link.to].sort()).toEqual([path.nodes[i]!.id, path.nodes[i + 1]!.id].sort()));
      }
      // Walking from the other end finds the same web, first paths by link ids again.
      const back = await store.path('dense-to', 'dense-from', { asOf: TODAY, maxHops: 6, limit: 2 });
      expect(back.map((p) => p.nodes.map((n) => n.id))).toEqual([
        [...via('00')].reverse(),
        ['dense-to', 'dense-l5-00', 'dense-l4-00', 'dense-l3-00', 'dense-l2-00', 'dense-l1-01', 'dense-from'],
      ]);
      // Too few hops: none.
      expect(await store.path('dense-from', 'dense-to', { asOf: TODAY, maxHops: 5, limit: 3 })).toEqual([]);
    }, 30_000);

    it('returns every shortest path of a smaller web, each once, in comparePaths order', async () => {
      await store.replaceAll(denseWeb(4, 3));
      const paths = await store.path('dense-from', 'dense-to', { asOf: TODAY, maxHops: 6, limit: 100 });
      expect(paths).toHaveLength(81);
      expect(new Set(paths.map((p) => p.links.map((l) => l.id).join('|'))).size).toBe(81);
      expect([...paths].sort(comparePaths)).toEqual(paths);
      expect(await store.path('dense-from', 'dense-to', { asOf: TODAY, maxHops: 6, limit: 10 })).toEqual(paths.slice(0, 10));
      // From the middle: two levels on each side.
      const middle = await store.path('dense-l1-02', 'dense-l3-01', { asOf: TODAY, maxHops: 6, limit: 100 });
      expect(middle.map((p) => p.nodes.map((n) => n.id))).toEqual(['00', '01', '02'].map((i) => ['dense-l1-02', `dense-l2-${i}`, 'dense-l3-01']));
    }, 30_000);
  });
}
