/**
 * Assessment benchmarks scored below the level at which the duty counts as met (the Prevent health
 * check scores 1-5, 3 = met: a 1 or 2 is a duty not met). Only the latest assessment of each type
 * and subject dated on or before the day counts; a later one supersedes it.
 */
import { compareStrings, isFuzzyDate, type Entity, type GraphStore } from '@govgraph/core';
import type { AnalyticsOptions } from './analytics-options.js';
import { collectSources, toEntityRef } from './entity-ref.js';
import { compareFindings, type Finding } from './finding.js';
import { loadGraphView, type GraphView } from './graph-view.js';

/** A benchmark as the ontology encodes it (Assessment.attributes.benchmarks[]). */
export interface Benchmark {
  name: string;
  score: number;
  note?: string | undefined;
}

function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** The day an assessment was done by (its date's latest day), or null when undated. */
function assessedBy(assessment: Entity): string | null {
  const date = assessment.attributes['date'];
  return isFuzzyDate(date) ? (date.latest ?? date.earliest) : null;
}

function supersededBy(view: GraphView, assessment: Entity): Entity | null {
  const successor = view.out(assessment.id, ['SUCCEEDED_BY']).map((l) => view.entity(l.to)!)[0];
  if (successor) return successor;
  const subjects = view.out(assessment.id, ['ASSESSES']).map((l) => l.to);
  const mine = assessedBy(assessment);
  if (mine === null || subjects.length === 0) return null;
  const later = view
    .ofKind('Assessment')
    .filter((other) => other.id !== assessment.id && other.attributes['assessmentType'] === assessment.attributes['assessmentType'])
    .filter((other) => view.out(other.id, ['ASSESSES']).some((l) => subjects.includes(l.to)))
    .filter((other) => {
      const day = assessedBy(other);
      return day !== null && day > mine && day <= view.asOf;
    })
    .sort((a, b) => compareStrings(assessedBy(b)!, assessedBy(a)!));
  return later[0] ?? null;
}

/** Benchmark gaps of a view: one finding per benchmark below the assessment's `metThreshold`. */
export function findBenchmarkGaps(view: GraphView): Finding[] {
  const findings: Finding[] = [];
  for (const assessment of view.ofKind('Assessment')) {
    if (view.area !== undefined && assessment.area !== undefined && assessment.area !== view.area) continue;
    const threshold = assessment.attributes['metThreshold'];
    const benchmarks = assessment.attributes['benchmarks'];
    if (typeof threshold !== 'number' || !Array.isArray(benchmarks)) continue;
    const day = assessedBy(assessment);
    if (day !== null && day > view.asOf) continue;
    if (supersededBy(view, assessment)) continue;
    const assesses = view.out(assessment.id, ['ASSESSES']);
    const subjects = assesses.map((l) => view.entity(l.to)!);
    const about = subjects.length > 0 ? ` of ${subjects.map((s) => s.name).join(', ')}` : '';
    for (const benchmark of benchmarks as Benchmark[]) {
      if (benchmark.score >= threshold) continue;
      findings.push({
        id: `benchmark-below-threshold:${assessment.id}:${slug(benchmark.name)}`,
        kind: 'benchmark-below-threshold',
        severity: benchmark.score <= threshold - 2 ? 'high' : 'medium',
        title: `${benchmark.name}: scored ${benchmark.score}, below ${threshold}`,
        explanation:
          `${assessment.name}${about}${day ? ` (by ${day})` : ''} scored "${benchmark.name}" ${benchmark.score}; ` +
          `scores below ${threshold} mean the duty is not met.${benchmark.note ? ` Note: ${benchmark.note}` : ''}`,
        subjects: [toEntityRef(assessment), ...subjects.map(toEntityRef)],
        sources: collectSources([assessment, ...assesses]),
      });
    }
  }
  return findings.sort(compareFindings);
}

/** Benchmark gaps as of a day, read from a store. */
export async function benchmarkGaps(store: GraphStore, options: AnalyticsOptions): Promise<Finding[]> {
  return findBenchmarkGaps(await loadGraphView(store, options));
}
