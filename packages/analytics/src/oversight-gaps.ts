/**
 * Duties in force that no body of the area oversees, leads or delivers, and duties whose only
 * oversight rests on facts not yet in force (a proposal to lead, a sub-group agreed but not formed).
 * A duty nobody holds is `high` when the area's own facts link to it (an assessment of it, say) and
 * `medium` when they never mention it (it may be held by a body the data leaves out).
 */
import type { GraphStore, OversightAnswer, OversightEntry } from '@govgraph/core';
import type { AnalyticsOptions } from './analytics-options.js';
import { collectSources, toEntityRef, weakestStatus } from './entity-ref.js';
import { compareFindings, type Finding } from './finding.js';
import { dutiesInForce } from './duties-in-force.js';
import { loadGraphView, type GraphView } from './graph-view.js';
import { loadOversightAnswers } from './oversight-answers.js';

function entryInArea(entry: OversightEntry, area: string | undefined): boolean {
  return area === undefined || entry.body.area === area;
}

function describeEntry(entry: OversightEntry): string {
  const how = entry.inherited ? `inherited through ${entry.chain.slice(1).map((l) => l.id).join(', ')}` : 'direct';
  return `${entry.body.name} ${entry.role} (${how}; ${weakestStatus(entry.chain)})`;
}

/** Oversight gaps of a view, given the day's oversight answers. */
export function findOversightGaps(view: GraphView, oversight: readonly OversightAnswer[]): Finding[] {
  const byDuty = new Map(oversight.map((a) => [a.duty.id, a]));
  const where = view.area ? `in ${view.area}` : 'anywhere';
  const findings: Finding[] = [];
  for (const { duty, imposedBy } of dutiesInForce(view)) {
    const entries = (byDuty.get(duty.id)?.entries ?? []).filter((e) => entryInArea(e, view.area));
    const legislation = imposedBy.map((l) => view.entity(l.to)!.name).join('; ');
    if (entries.length === 0) {
      // A duty the area's own facts refer to (an assessment of it, a review under it) but nobody holds is
      // a clear gap; one the area's data never mentions may simply be held by a body outside the data.
      const mentioned = [...view.in(duty.id), ...view.out(duty.id)].some((l) => {
        const other = view.entity(l.from === duty.id ? l.to : l.from);
        return l.kind !== 'MENTIONS' && other?.area !== undefined && (view.area === undefined || other.area === view.area);
      });
      findings.push({
        id: `duty-without-oversight:${duty.id}`,
        kind: 'duty-without-oversight',
        severity: mentioned ? 'high' : 'medium',
        title: `No body ${where} oversees ${duty.name}`,
        explanation:
          `${duty.name} is in force on ${view.asOf} (imposed by ${legislation}), but no body ${where} is recorded as ` +
          `overseeing, leading or delivering it, directly or through a sub-group. ` +
          (mentioned
            ? `The area's own records refer to the duty, so the gap is likely real.`
            : `The area's records never refer to it: it may be held by a body outside the data; check before concluding it is unowned.`),
        subjects: [toEntityRef(duty)],
        sources: collectSources([duty, ...imposedBy]),
      });
      continue;
    }
    const firm = entries.filter((e) => e.chain.every((l) => l.status === 'in-force'));
    if (firm.length === 0) {
      const chainLinks = entries.flatMap((e) => e.chain);
      findings.push({
        id: `duty-oversight-not-in-force:${duty.id}`,
        kind: 'duty-oversight-not-in-force',
        severity: 'high',
        title: `Oversight of ${duty.name} is not yet in force`,
        explanation:
          `${duty.name} is in force on ${view.asOf}, but every oversight arrangement ${where} rests on a fact not yet in force: ` +
          `${entries.map(describeEntry).join('; ')}.`,
        subjects: [toEntityRef(duty), ...[...new Map(entries.map((e) => [e.body.id, toEntityRef(e.body)])).values()]],
        status: weakestStatus(chainLinks),
        sources: collectSources([...imposedBy, ...chainLinks]),
      });
    }
  }
  return findings.sort(compareFindings);
}

/** Oversight gaps as of a day, read from a store. */
export async function oversightGaps(store: GraphStore, options: AnalyticsOptions): Promise<Finding[]> {
  const view = await loadGraphView(store, options);
  return findOversightGaps(view, await loadOversightAnswers(store, view));
}
