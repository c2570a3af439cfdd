/**
 * Who and what holds the network together: betweenness and degree centrality of people, bodies and
 * organisations, computed by graphology-metrics on the governance network (people included).
 * A person with high betweenness is one many working connections pass through.
 */
import metrics from 'graphology-metrics';
import { compareStrings, type GraphStore } from '@govgraph/core';
import type { AnalyticsOptions } from './analytics-options.js';
import { toEntityRef, type EntityRef } from './entity-ref.js';
import { buildGovernanceNetwork } from './governance-network.js';
import { focusFamily, loadGraphView, type GraphView } from './graph-view.js';

/** Scores are rounded to this many decimals so both stores print identical answers. */
const SCORE_DECIMALS = 6;

/** Centrality of one node. */
export interface CentralityScore {
  entity: EntityRef;
  /** Normalised betweenness (0-1): the share of shortest paths between other nodes passing through this one. */
  betweenness: number;
  /** Normalised degree (0-1): neighbours over the most possible. */
  degree: number;
  /** Number of distinct neighbours in the network. */
  neighbours: number;
}

/** Options of {@link findCentrality}. */
export interface CentralityOptions {
  /** Most results (default all). */
  limit?: number | undefined;
  /** Only these kinds (default Person, Body and Organisation). */
  kinds?: readonly ('Person' | 'Body' | 'Organisation')[] | undefined;
}

function round(value: number): number {
  const factor = 10 ** SCORE_DECIMALS;
  return Math.round(value * factor) / factor;
}

/**
 * Centrality of the view's network, highest betweenness first, then degree, then id. With a focus,
 * scores are computed on the whole network (a body's importance is not changed by where one looks
 * from) but only the focus family and the people sitting on it are listed.
 */
export function findCentrality(view: GraphView, options: Pick<AnalyticsOptions, 'focus'> & CentralityOptions = {}): CentralityScore[] {
  const graph = buildGovernanceNetwork(view, { withPeople: true });
  const betweenness = metrics.centrality.betweenness(graph, { normalized: true });
  const degree = metrics.centrality.degree(graph);
  let listed: Set<string> | null = null;
  if (options.focus) {
    listed = focusFamily(view, options.focus);
    for (const body of [...listed]) for (const seat of view.in(body, ['SITS_ON'])) listed.add(seat.from);
  }
  const kinds = options.kinds ?? ['Person', 'Body', 'Organisation'];
  const scores: CentralityScore[] = [];
  graph.forEachNode((id, attributes) => {
    if (!(kinds as readonly string[]).includes(attributes.kind) || (listed && !listed.has(id))) return;
    scores.push({
      entity: toEntityRef(view.entity(id)!),
      betweenness: round(betweenness[id] ?? 0),
      degree: round(degree[id] ?? 0),
      neighbours: graph.degree(id),
    });
  });
  scores.sort((a, b) => b.betweenness - a.betweenness || b.degree - a.degree || compareStrings(a.entity.id, b.entity.id));
  return options.limit === undefined ? scores : scores.slice(0, options.limit);
}

/** Centrality as of a day, read from a store. */
export async function centrality(store: GraphStore, options: AnalyticsOptions & CentralityOptions): Promise<CentralityScore[]> {
  return findCentrality(await loadGraphView(store, options), options);
}
