/**
 * Outputs the reference layer requires of a duty (Duty.requiredOutputs: a strategy within N months
 * of the duty starting, a plan refreshed every N months) checked against the strategies the area
 * holds on the day.
 *
 * Only duties the area holds (some body of the area oversees, leads or delivers them) are checked;
 * duties nobody holds are reported by the oversight gaps instead. An output counts as produced by a
 * Strategy of the area, holding on the day, of the output's kind, that the duty REQUIRES, or that a
 * body holding the duty owns, oversees, leads or delivers and whose name shares a distinctive word
 * with the output's (so a partnership plan is not taken for a youth justice plan). A produced output
 * still `proposed` or `agreed` is only a draft.
 */
import { statusLabel, validFromDay, type Entity, type GraphStore, type IsoDay, type OversightAnswer, type SourceRef } from '@govgraph/core';
import type { AnalyticsOptions } from './analytics-options.js';
import { collectSources, toEntityRef } from './entity-ref.js';
import { compareFindings, type Finding } from './finding.js';
import { addMonths, dutiesInForce } from './duties-in-force.js';
import { loadGraphView, type GraphView } from './graph-view.js';
import { loadOversightAnswers } from './oversight-answers.js';

/** A required output as the reference layer encodes it (Duty.attributes.requiredOutputs[]). */
export interface RequiredOutput {
  id: string;
  name: string;
  kind: string;
  withinMonthsOfStart?: number | undefined;
  everyMonths?: number | undefined;
  sources: SourceRef[];
}

function requiredOutputsOf(duty: Entity): RequiredOutput[] {
  const raw = duty.attributes['requiredOutputs'];
  return Array.isArray(raw) ? (raw as RequiredOutput[]) : [];
}

/** Words too generic to tell two documents apart. */
const GENERIC_WORDS = new Set(['a', 'an', 'and', 'the', 'of', 'to', 'for', 'in', 'on', 'plan', 'strategy', 'assessment', 'statement', 'profile', 'yearly', 'annual', 'years', 'year', 'three', 'refreshed', 'every', 'local']);

function distinctiveWords(text: string): Set<string> {
  return new Set(
    text
      .toLowerCase()
      .split(/[^a-z]+/)
      .filter((w) => w.length > 2 && !GENERIC_WORDS.has(w)),
  );
}

/** Whether a strategy's name shares a distinctive word with the output's (a partnership plan is not a youth justice plan). */
function namesAgree(output: RequiredOutput, strategy: Entity): boolean {
  const wanted = distinctiveWords(output.name);
  if (wanted.size === 0) return true;
  return [...distinctiveWords([strategy.name, ...strategy.aliases].join(' '))].some((w) => wanted.has(w));
}

/** Links by which a body holding a duty answers for a strategy. */
const HOLDER_LINK_KINDS = ['OWNS', 'OVERSEES', 'LEADS', 'DELIVERS'] as const;

function producedBy(view: GraphView, duty: Entity, output: RequiredOutput, holders: Set<string>): Entity[] {
  const inArea = (s: Entity | undefined): s is Entity => s?.kind === 'Strategy' && (view.area === undefined || s.area === view.area);
  const required = view
    .out(duty.id, ['REQUIRES'])
    .map((l) => view.entity(l.to))
    .filter(inArea)
    .filter((s) => s.attributes['strategyType'] === output.kind);
  const held = view
    .ofKind('Strategy')
    .filter(inArea)
    .filter((s) => s.attributes['strategyType'] === output.kind && namesAgree(output, s))
    .filter((s) => view.in(s.id, HOLDER_LINK_KINDS).some((l) => holders.has(l.from)));
  return [...new Map([...required, ...held].map((s) => [s.id, s])).values()];
}

/** Required-output gaps of a view, given the day's oversight answers. */
export function findRequiredOutputGaps(view: GraphView, oversight: readonly OversightAnswer[]): Finding[] {
  const byDuty = new Map(oversight.map((a) => [a.duty.id, a]));
  const findings: Finding[] = [];
  for (const { duty, imposedBy, start } of dutiesInForce(view)) {
    const entries = (byDuty.get(duty.id)?.entries ?? []).filter((e) => view.area === undefined || e.body.area === view.area);
    if (entries.length === 0) continue;
    const holders = new Set(entries.map((e) => e.body.id));
    for (const output of requiredOutputsOf(duty)) {
      const produced = producedBy(view, duty, output, holders);
      const done = produced.filter((s) => s.status === 'in-force');
      const drafts = produced.filter((s) => s.status !== 'in-force');
      const base = {
        subjects: [toEntityRef(duty), ...produced.map(toEntityRef)],
        sources: collectSources([{ sources: output.sources }, ...imposedBy, ...produced]),
      };
      const unlinked = view
        .ofKind('Strategy')
        .filter((s) => (view.area === undefined || s.area === view.area) && s.attributes['strategyType'] === output.kind)
        .filter((s) => !produced.includes(s));
      const draftNote =
        (drafts.length > 0 ? ` Only in draft: ${drafts.map((s) => `${s.name} (${statusLabel(s.status)})`).join(', ')}.` : '') +
        (unlinked.length > 0 && done.length === 0
          ? ` Of the same kind but not linked to the duty nor held by a body holding it: ${unlinked.map((s) => `${s.name} (${statusLabel(s.status)})`).join(', ')}.`
          : '');
      if (done.length === 0 && output.withinMonthsOfStart !== undefined) {
        if (start === null) continue;
        const due: IsoDay = addMonths(start, output.withinMonthsOfStart);
        const overdue = due < view.asOf;
        findings.push({
          id: `${overdue ? 'required-output-overdue' : 'required-output-due'}:${duty.id}:${output.id}`,
          kind: overdue ? 'required-output-overdue' : 'required-output-due',
          severity: overdue ? (drafts.length > 0 ? 'medium' : 'high') : 'info',
          title: `${output.name} for ${duty.name} ${overdue ? `overdue since ${due}` : `due by ${due}`}`,
          explanation:
            `${duty.name} has been in force since ${start}; a ${output.kind} (${output.name}) is required within ${output.withinMonthsOfStart} months, by ${due}. ` +
            `No ${output.kind} of ${view.area ?? 'the graph'} in force on ${view.asOf} is linked to the duty or held by a body holding it.${draftNote}`,
          ...base,
        });
        continue;
      }
      if (output.everyMonths !== undefined) {
        const latest = done
          .map((s) => validFromDay(s.validity))
          .filter((d): d is IsoDay => d !== null)
          .sort()
          .at(-1);
        if (latest === undefined) {
          if (done.length > 0) continue; // in force, undated: nothing to measure against
          findings.push({
            id: `required-output-overdue:${duty.id}:${output.id}`,
            kind: 'required-output-overdue',
            severity: drafts.length > 0 ? 'medium' : 'high',
            title: `${output.name} for ${duty.name} missing`,
            explanation:
              `${duty.name} requires a ${output.kind} (${output.name}) every ${output.everyMonths} months; no ${output.kind} of ` +
              `${view.area ?? 'the graph'} in force on ${view.asOf} is linked to the duty or held by a body holding it.${draftNote}`,
            ...base,
          });
          continue;
        }
        const due = addMonths(latest, output.everyMonths);
        if (due < view.asOf) {
          findings.push({
            id: `required-output-overdue:${duty.id}:${output.id}`,
            kind: 'required-output-overdue',
            severity: 'medium',
            title: `${output.name} for ${duty.name} due for refresh since ${due}`,
            explanation: `The latest ${output.kind} in force dates from ${latest}; ${duty.name} requires one every ${output.everyMonths} months.${draftNote}`,
            ...base,
          });
        }
      }
    }
  }
  return findings.sort(compareFindings);
}

/** Required-output gaps as of a day, read from a store. */
export async function requiredOutputGaps(store: GraphStore, options: AnalyticsOptions): Promise<Finding[]> {
  const view = await loadGraphView(store, options);
  return findRequiredOutputGaps(view, await loadOversightAnswers(store, view));
}
