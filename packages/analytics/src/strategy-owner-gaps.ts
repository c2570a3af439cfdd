/**
 * Strategies and plans of the area that nobody owns on the day: no OWNS link holds, or the only
 * owner is proposed. A plan without an owner is a plan nobody is answerable for.
 */
import { statusLabel, type GraphStore } from '@govgraph/core';
import type { AnalyticsOptions } from './analytics-options.js';
import { collectSources, toEntityRef, weakestStatus } from './entity-ref.js';
import { compareFindings, type Finding } from './finding.js';
import { loadGraphView, type GraphView } from './graph-view.js';

/**
 * Strategy-owner gaps of a view: strategies of the view's area, or of every area when it has none.
 * National strategies (no area) are never listed: they belong to the reference layer, which does
 * not record which department owns them, so "no owner" would only be a gap in the data.
 */
export function findStrategyOwnerGaps(view: GraphView): Finding[] {
  const findings: Finding[] = [];
  for (const strategy of view.ofKind('Strategy')) {
    if (strategy.area === undefined || (view.area !== undefined && strategy.area !== view.area)) continue;
    const owners = view.in(strategy.id, ['OWNS']);
    const firmOwners = owners.filter((l) => l.status === 'in-force' || l.status === 'agreed');
    if (firmOwners.length > 0) continue;
    const draft = strategy.status === 'proposed' || strategy.status === 'scheduled';
    const proposedOwners = owners.map((l) => view.entity(l.from)!.name);
    findings.push({
      id: `strategy-without-owner:${strategy.id}`,
      kind: 'strategy-without-owner',
      severity: draft ? 'low' : 'medium',
      title: `${strategy.name} has no owner`,
      explanation:
        owners.length === 0
          ? `No body or organisation is recorded as owning ${strategy.name} (${statusLabel(strategy.status)}) on ${view.asOf}.`
          : `${strategy.name} (${statusLabel(strategy.status)}) is only proposed to be owned by ${proposedOwners.join(', ')} on ${view.asOf}.`,
      subjects: [toEntityRef(strategy), ...owners.map((l) => toEntityRef(view.entity(l.from)!))],
      status: weakestStatus([strategy, ...owners]),
      sources: collectSources([strategy, ...owners]),
    });
  }
  return findings.sort(compareFindings);
}

/** Strategy-owner gaps as of a day, read from a store. */
export async function strategyOwnerGaps(store: GraphStore, options: AnalyticsOptions): Promise<Finding[]> {
  return findStrategyOwnerGaps(await loadGraphView(store, options));
}
