// Public API of @govgraph/analytics: governance judgements over the GraphStore port.
// Every analysis comes in two forms: `name(store, options)` reads what it needs from a store,
// `findName(view, ...)` is the pure algorithm over an indexed snapshot (for callers that already hold one).

// Scope, results and the day's view
export type { AnalyticsOptions } from './analytics-options.js';
export type { EntityRef } from './entity-ref.js';
export { toEntityRef, collectSources, weakestStatus } from './entity-ref.js';
export type { GraphView } from './graph-view.js';
export { buildGraphView, loadGraphView, focusFamily } from './graph-view.js';
export { loadOversightAnswers } from './oversight-answers.js';
export type { GovernanceNetwork, NetworkNode, NetworkEdge } from './governance-network.js';
export { buildGovernanceNetwork, NETWORK_LINK_KINDS, NETWORK_NODE_KINDS } from './governance-network.js';

// People the structure depends on
export type { PersonDependentLink, PersonDependentLinkOptions, BridgingPerson, Seat } from './person-dependent-links.js';
export { personDependentLinks, findPersonDependentLinks } from './person-dependent-links.js';
export type { SinglePointOfFailure, SinglePointOfFailureKind, SinglePointOfFailureOptions } from './single-points-of-failure.js';
export { singlePointsOfFailure, findSinglePointsOfFailure } from './single-points-of-failure.js';
export type { CentralityScore, CentralityOptions } from './centrality.js';
export { centrality, findCentrality } from './centrality.js';

// Gaps
export type { Finding, FindingKind, Severity } from './finding.js';
export { FINDING_KINDS, SEVERITIES, compareFindings } from './finding.js';
export { gaps } from './gaps.js';
export { oversightGaps, findOversightGaps } from './oversight-gaps.js';
export { strategyOwnerGaps, findStrategyOwnerGaps } from './strategy-owner-gaps.js';
export type { RequiredOutput } from './required-output-gaps.js';
export { requiredOutputGaps, findRequiredOutputGaps } from './required-output-gaps.js';
export type { QuorumRule } from './membership-gaps.js';
export { membershipGaps, findMembershipGaps, findQuorumRule, parseQuorumText } from './membership-gaps.js';
export type { Benchmark } from './benchmark-gaps.js';
export { benchmarkGaps, findBenchmarkGaps } from './benchmark-gaps.js';
export type { DutyInForce } from './duties-in-force.js';
export { dutiesInForce, addMonths } from './duties-in-force.js';

// Impact and change
export type { WhatIfScenario, WhatIfResult, DutyImpact, StrategyImpact, ImpactEntry } from './what-if.js';
export { whatIf, computeWhatIf } from './what-if.js';
export type { ChangeEvent, ChangeKind, ChangeOptions } from './changes.js';
export { CHANGE_KINDS, changes, findChanges } from './changes.js';

// The governance health report
export type {
  HealthReport,
  HealthReportOptions,
  ReportDiagram,
  ReportDutyOversight,
  ReportOversightEntry,
  ReportSource,
} from './health-report.js';
export { buildHealthReport } from './health-report.js';
export type { ReportCitation, ReportDocument, ReportSection, ReportItem } from './report-document.js';
export { layOutReport, formatCitation, sourceAnchor } from './report-document.js';
export { renderReportMarkdown } from './render-report-markdown.js';
export { renderReportHtml, escapeHtml } from './render-report-html.js';
