/**
 * What a load costs on a store that already holds the graph: the same graph loaded over itself,
 * plain and audited. The difference is the audit entry's fact-by-fact comparison of the two
 * graphs, which every `govgraph load` pays.
 */
import type { GraphData, GraphStore } from '@govgraph/core';
import { measureRun } from './measure.js';

/** Reloads `graph` into `store` (which holds it already), without and then with an audit entry. */
export async function measureReloads(store: GraphStore, graph: GraphData, log: (line: string) => void): Promise<{ reloadMs: number; auditedReloadMs: number }> {
  const reload = await measureRun(() => store.replaceAll(graph));
  log(`${store.name}: reloaded in ${(reload.ms / 1000).toFixed(1)} s`);
  const audited = await measureRun(() => store.replaceAll(graph, { audit: { actor: 'bench', action: 'load', comment: 'the same graph again' } }));
  log(`${store.name}: reloaded with an audit entry in ${(audited.ms / 1000).toFixed(1)} s`);
  return { reloadMs: reload.ms, auditedReloadMs: audited.ms };
}
