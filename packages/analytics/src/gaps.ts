/**
 * Every gap analysis at once, most severe first: what a governance health report lists.
 */
import type { GraphStore } from '@govgraph/core';
import type { AnalyticsOptions } from './analytics-options.js';
import { findBenchmarkGaps } from './benchmark-gaps.js';
import { compareFindings, type Finding } from './finding.js';
import { loadGraphView } from './graph-view.js';
import { findMembershipGaps } from './membership-gaps.js';
import { findOversightGaps } from './oversight-gaps.js';
import { loadOversightAnswers } from './oversight-answers.js';
import { findRequiredOutputGaps } from './required-output-gaps.js';
import { findStrategyOwnerGaps } from './strategy-owner-gaps.js';

/**
 * All gaps as of a day: duties without oversight, strategies without owner, required outputs,
 * membership and quorum, benchmarks below threshold. With a focus, membership is checked for the
 * focus family only; the other analyses cover the area, since duties and plans belong to it as a whole.
 */
export async function gaps(store: GraphStore, options: AnalyticsOptions): Promise<Finding[]> {
  const view = await loadGraphView(store, options);
  const oversight = await loadOversightAnswers(store, view);
  const history = await store.snapshot({ area: options.area });
  return [
    ...findOversightGaps(view, oversight),
    ...findStrategyOwnerGaps(view),
    ...findRequiredOutputGaps(view, oversight),
    ...findMembershipGaps(view, history, options),
    ...findBenchmarkGaps(view),
  ].sort(compareFindings);
}
