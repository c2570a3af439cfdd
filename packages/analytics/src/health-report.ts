/**
 * The governance health report: the paper an officer takes to a partnership meeting. It gathers
 * every analysis for one partnership (or a whole area) on one day into one JSON-safe object, which
 * the Markdown and HTML renderers print.
 */
import { compareStrings, isFuzzyDate, type GraphStore, type IsoDay, type SourceRef, type Status } from '@govgraph/core';
import type { AnalyticsOptions } from './analytics-options.js';
import { findCentrality, type CentralityScore } from './centrality.js';
import { findChanges, type ChangeEvent } from './changes.js';
import { addMonths } from './duties-in-force.js';
import { collectSources, toEntityRef, weakestStatus, type EntityRef } from './entity-ref.js';
import { findBenchmarkGaps } from './benchmark-gaps.js';
import { SEVERITIES, compareFindings, type Finding, type Severity } from './finding.js';
import { focusFamily, loadGraphView } from './graph-view.js';
import { findMembershipGaps } from './membership-gaps.js';
import { findOversightGaps } from './oversight-gaps.js';
import { loadOversightAnswers } from './oversight-answers.js';
import { findPersonDependentLinks, type PersonDependentLink } from './person-dependent-links.js';
import { findRequiredOutputGaps } from './required-output-gaps.js';
import { findSinglePointsOfFailure, type SinglePointOfFailure } from './single-points-of-failure.js';
import { findStrategyOwnerGaps } from './strategy-owner-gaps.js';

/** A diagram to embed, already drawn (the CLI draws it with `@govgraph/diagrams`). */
export interface ReportDiagram {
  /** `mermaid` for Markdown, `svg` for HTML. */
  format: 'mermaid' | 'svg';
  content: string;
}

/** Options of {@link buildHealthReport}. */
export interface HealthReportOptions extends AnalyticsOptions {
  /** Changes are listed from this day (exclusive) to `asOf`; default twelve months before `asOf`. */
  since?: IsoDay | undefined;
  /** Interdependency diagram to embed. */
  diagram?: ReportDiagram | undefined;
  /** How many of the most central people and bodies to list (default 10). */
  centralityLimit?: number | undefined;
}

/** One body's role for a duty, as the report lists it. */
export interface ReportOversightEntry {
  body: EntityRef;
  role: 'OVERSEES' | 'LEADS' | 'DELIVERS';
  inherited: boolean;
  /** Bodies the role passes through, from the body doing the work up to `body`. */
  via: EntityRef[];
  /** Weakest status along the chain (a proposed lead shows as proposed). */
  status: Status;
  /** True when a link of the chain is inferred rather than stated. */
  inferred: boolean;
  sources: SourceRef[];
}

/** Who oversees one duty. */
export interface ReportDutyOversight {
  duty: EntityRef;
  entries: ReportOversightEntry[];
}

/** A source cited anywhere in the report, for the list of sources. */
export interface ReportSource {
  id: string;
  title: string;
  date: string | null;
  url: string | null;
}

/** The whole report. */
export interface HealthReport {
  title: string;
  focus: EntityRef | null;
  area: string | null;
  asOf: IsoDay;
  since: IsoDay;
  summary: {
    dutiesOverseen: number;
    personDependentLinks: number;
    singlePointsOfFailure: number;
    findings: Record<Severity, number>;
    overdueOutputs: number;
    changes: number;
  };
  oversight: ReportDutyOversight[];
  personDependentLinks: PersonDependentLink[];
  singlePointsOfFailure: SinglePointOfFailure[];
  centrality: CentralityScore[];
  /** Gaps other than required outputs, most severe first. */
  gaps: Finding[];
  /** Required outputs overdue or coming due. */
  outputs: Finding[];
  changes: ChangeEvent[];
  diagram: ReportDiagram | null;
  /** Every source cited, sorted by id. */
  sources: ReportSource[];
}

function citedIn(value: unknown, into: Map<string, SourceRef>): void {
  if (Array.isArray(value)) {
    for (const item of value) citedIn(item, into);
  } else if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (typeof record['source'] === 'string' && Object.keys(record).every((k) => k === 'source' || k === 'item' || k === 'quote')) {
      into.set(record['source'], record as unknown as SourceRef);
    }
    for (const child of Object.values(record)) citedIn(child, into);
  }
}

/**
 * Builds the health report of a partnership (`focus`) or an area on a day.
 * @example await buildHealthReport(store, { asOf: '2022-09-08', area: 'sefton', focus: 'safer-sefton-together', since: '2021-09-08' })
 */
export async function buildHealthReport(store: GraphStore, options: HealthReportOptions): Promise<HealthReport> {
  const focusEntity = options.focus ? await store.getEntity(options.focus) : null;
  const area = options.area ?? focusEntity?.area ?? undefined;
  const scoped = await loadGraphView(store, { ...options, area });
  const since = options.since ?? addMonths(options.asOf, -12);
  const family = options.focus ? focusFamily(scoped, options.focus) : null;
  const oversight = await loadOversightAnswers(store, scoped);
  const history = await store.snapshot({ area });

  const dutyOversight: ReportDutyOversight[] = [];
  for (const answer of oversight) {
    const entries = answer.entries.filter((e) => (family ? family.has(e.body.id) : area === undefined || e.body.area === area));
    if (entries.length === 0) continue;
    dutyOversight.push({
      duty: toEntityRef(answer.duty),
      entries: entries.map((e) => ({
        body: toEntityRef(e.body),
        role: e.role,
        inherited: e.inherited,
        via: e.chain.slice(0, -1).map((l) => toEntityRef(scoped.entity(l.kind === 'SUB_GROUP_OF' || l.kind === 'REPORTS_TO' ? l.to : l.from)!)),
        status: weakestStatus(e.chain),
        inferred: e.chain.some((l) => l.confidence === 'inferred'),
        sources: collectSources(e.chain),
      })),
    });
  }

  const findings = [
    ...findOversightGaps(scoped, oversight),
    ...findStrategyOwnerGaps(scoped),
    ...findRequiredOutputGaps(scoped, oversight),
    ...findMembershipGaps(scoped, history, { focus: options.focus }),
    ...findBenchmarkGaps(scoped),
  ].sort(compareFindings);
  const isOutput = (f: Finding): boolean => f.kind === 'required-output-overdue' || f.kind === 'required-output-due';
  const gapFindings = findings.filter((f) => !isOutput(f));
  const outputs = findings.filter(isOutput);
  const personLinks = findPersonDependentLinks(scoped, { focus: options.focus });
  const spofs = findSinglePointsOfFailure(scoped, oversight, { focus: options.focus });
  const central = findCentrality(scoped, { focus: options.focus, limit: options.centralityLimit ?? 10 });
  const changeEvents = since < options.asOf ? findChanges(history, { from: since, to: options.asOf, area, focus: options.focus }) : [];

  const counts = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;
  for (const f of findings) counts[f.severity]++;

  const report: HealthReport = {
    title: `Governance health report: ${focusEntity?.name ?? area ?? 'all areas'}`,
    focus: focusEntity ? toEntityRef(focusEntity) : null,
    area: area ?? null,
    asOf: options.asOf,
    since,
    summary: {
      dutiesOverseen: dutyOversight.length,
      personDependentLinks: personLinks.length,
      singlePointsOfFailure: spofs.length,
      findings: counts,
      overdueOutputs: outputs.filter((f) => f.kind === 'required-output-overdue').length,
      changes: changeEvents.length,
    },
    oversight: dutyOversight,
    personDependentLinks: personLinks,
    singlePointsOfFailure: spofs,
    centrality: central,
    gaps: gapFindings,
    outputs,
    changes: changeEvents,
    diagram: options.diagram ?? null,
    sources: [],
  };
  const cited = new Map<string, SourceRef>();
  citedIn({ ...report, diagram: null }, cited);
  const everything = new Map(history.entities.map((e) => [e.id, e]));
  report.sources = [...cited.keys()].sort(compareStrings).map((id) => {
    const source = everything.get(id);
    const date = source?.attributes['date'];
    const url = source?.attributes['url'];
    return {
      id,
      title: source?.name ?? id,
      date: isFuzzyDate(date) ? date.text : null,
      url: typeof url === 'string' ? url : null,
    };
  });
  return report;
}
