/**
 * Impact analysis: what breaks if a body is dissolved or a person leaves. The entity and every link
 * touching it are taken away; oversight is compared before and after.
 *
 * Removing an entity only ever takes oversight away, so "after" is the store's oversight answer less
 * the entries whose body is the removed entity or whose chain runs through it: no second store is
 * needed, and the answer is the same whichever store is asked.
 */
import {
  GovgraphError,
  compareStrings,
  type GraphStore,
  type Link,
  type OversightAnswer,
  type OversightEntry,
  type SourceRef,
} from '@govgraph/core';
import type { AnalyticsOptions } from './analytics-options.js';
import { collectSources, sortLinks, toEntityRef, type EntityRef } from './entity-ref.js';
import { loadGraphView, type GraphView } from './graph-view.js';
import { loadOversightAnswers } from './oversight-answers.js';
import { findPersonDependentLinks, type PersonDependentLink } from './person-dependent-links.js';
import { findSinglePointsOfFailure, type SinglePointOfFailure } from './single-points-of-failure.js';

/** What to take away. */
export type WhatIfScenario = { removeBody: string } | { removePerson: string };

/** An oversight entry as listed in an impact. */
export interface ImpactEntry {
  body: EntityRef;
  role: OversightEntry['role'];
  inherited: boolean;
  chain: Link[];
}

/** How one duty's oversight changes. */
export interface DutyImpact {
  duty: EntityRef;
  /** Entries that go with the removed entity. */
  lost: ImpactEntry[];
  /** Entries that stay. */
  remaining: ImpactEntry[];
  /** True when no body oversees, leads or delivers the duty any more. */
  losesAllOversight: boolean;
  /** Roles (OVERSEES, LEADS, DELIVERS) nobody holds directly any more, e.g. DELIVERS: nobody does the work. */
  rolesLost: OversightEntry['role'][];
  explanation: string;
}

/** A strategy whose owners all go. */
export interface StrategyImpact {
  strategy: EntityRef;
  ownersLost: Link[];
}

/** Everything that breaks. */
export interface WhatIfResult {
  removed: EntityRef;
  asOf: string;
  /** Links touching the removed entity, holding on the day, sorted by id. */
  brokenLinks: Link[];
  /** Duties whose oversight changes, sorted by duty id. */
  duties: DutyImpact[];
  /** Strategies left without an owner, sorted by id. */
  strategiesLosingOwner: StrategyImpact[];
  /** Person-dependent links that rest on the removed person (empty for a body). */
  personDependentLinks: PersonDependentLink[];
  /** The removed person's single points of failure (empty for a body). */
  singlePointsOfFailure: SinglePointOfFailure[];
  sources: SourceRef[];
}

function toImpactEntry(entry: OversightEntry): ImpactEntry {
  return { body: toEntityRef(entry.body), role: entry.role, inherited: entry.inherited, chain: entry.chain };
}

const ROLE_WORDS: Record<OversightEntry['role'], string> = { OVERSEES: 'oversight', LEADS: 'lead', DELIVERS: 'delivery' };

/** Impact of a removal on a view, given the day's oversight answers. */
export function computeWhatIf(
  view: GraphView,
  oversight: readonly OversightAnswer[],
  scenario: WhatIfScenario,
  options: Pick<AnalyticsOptions, 'focus'> = {},
): WhatIfResult {
  const removedId = 'removeBody' in scenario ? scenario.removeBody : scenario.removePerson;
  const expected = 'removeBody' in scenario ? ['Body', 'Organisation'] : ['Person'];
  const removed = view.entity(removedId);
  if (!removed) {
    throw new GovgraphError('NOT_FOUND', `what-if: "${removedId}" is not in the graph as of ${view.asOf}`, { id: removedId, asOf: view.asOf });
  }
  if (!expected.includes(removed.kind)) {
    throw new GovgraphError('INVALID_INPUT', `what-if: "${removedId}" is a ${removed.kind}, expected ${expected.join(' or ')}`, {
      id: removedId,
      kind: removed.kind,
    });
  }
  const touches = (link: Link): boolean => link.from === removedId || link.to === removedId;
  const brokenLinks = sortLinks([...view.out(removedId), ...view.in(removedId)]);

  const duties: DutyImpact[] = [];
  for (const answer of oversight) {
    const lost = answer.entries.filter((e) => e.body.id === removedId || e.chain.some(touches));
    if (lost.length === 0) continue;
    const remaining = answer.entries.filter((e) => !lost.includes(e));
    const rolesBefore = new Set(answer.entries.filter((e) => !e.inherited).map((e) => e.role));
    const rolesAfter = new Set(remaining.filter((e) => !e.inherited).map((e) => e.role));
    const rolesLost = (['OVERSEES', 'LEADS', 'DELIVERS'] as const).filter((r) => rolesBefore.has(r) && !rolesAfter.has(r));
    const losesAll = remaining.length === 0;
    const lostWords = rolesLost.map((r) => ROLE_WORDS[r]);
    duties.push({
      duty: toEntityRef(answer.duty),
      lost: lost.map(toImpactEntry),
      remaining: remaining.map(toImpactEntry),
      losesAllOversight: losesAll,
      rolesLost,
      explanation: losesAll
        ? `${answer.duty.name} would have no body overseeing, leading or delivering it.`
        : `${answer.duty.name} would lose ${lost.length} of ${answer.entries.length} oversight entries` +
          `${lostWords.length ? `; nobody would be left with its ${lostWords.join(' or ')}` : ''}; remaining: ${[...new Set(remaining.map((e) => e.body.name))].join(', ')}.`,
    });
  }

  const strategiesLosingOwner: StrategyImpact[] = [];
  for (const strategy of view.ofKind('Strategy')) {
    const owners = view.in(strategy.id, ['OWNS']);
    if (owners.length > 0 && owners.every(touches)) strategiesLosingOwner.push({ strategy: toEntityRef(strategy), ownersLost: owners });
  }

  const isPerson = removed.kind === 'Person';
  const personDependentLinks = isPerson
    ? findPersonDependentLinks(view, { focus: options.focus }).filter((p) => p.people.some((b) => b.person.id === removedId))
    : [];
  const singlePointsOfFailure = isPerson
    ? findSinglePointsOfFailure(view, oversight, { focus: options.focus }).filter((s) => s.person.id === removedId)
    : [];

  return {
    removed: toEntityRef(removed),
    asOf: view.asOf,
    brokenLinks,
    duties: duties.sort((a, b) => compareStrings(a.duty.id, b.duty.id)),
    strategiesLosingOwner,
    personDependentLinks,
    singlePointsOfFailure,
    sources: collectSources([removed, ...brokenLinks]),
  };
}

/**
 * What breaks if a body is dissolved or a person leaves, as of a day.
 * @example await whatIf(store, { removeBody: 'prevent-sub-group' }, { asOf: '2022-09-08', area: 'sefton' })
 */
export async function whatIf(store: GraphStore, scenario: WhatIfScenario, options: AnalyticsOptions): Promise<WhatIfResult> {
  const view = await loadGraphView(store, options);
  return computeWhatIf(view, await loadOversightAnswers(store, view), scenario, options);
}
