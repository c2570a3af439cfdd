/**
 * Single points of failure: people whose departure cuts a working connection.
 *
 * - `reporting-line`: a duty's oversight is inherited along a SUB_GROUP_OF / REPORTS_TO link from
 *   the body doing the work to the body overseeing it, and exactly one person sits on both ends of
 *   that link: without them nobody carries the work to the overseeing body.
 * - `sole-member`: the body that leads or delivers a duty has exactly one person sitting on it, or a
 *   person leads the duty alone.
 * - `body-connection`: the person sits on two bodies that, without them, are no longer joined by a
 *   path of at most `maxHops` links in the governance network (other people, bodies and
 *   organisations kept); found with graphology's bidirectional shortest path.
 */
import { bidirectional } from 'graphology-shortest-path/unweighted.js';
import { compareStrings, linkKindLabel, type GraphStore, type Link, type OversightAnswer, type SourceRef } from '@govgraph/core';
import type { AnalyticsOptions } from './analytics-options.js';
import { collectSources, toEntityRef, type EntityRef } from './entity-ref.js';
import { buildGovernanceNetwork } from './governance-network.js';
import { focusFamily, inFocus, loadGraphView, type GraphView } from './graph-view.js';
import { loadOversightAnswers } from './oversight-answers.js';

/** What a single point of failure would cut. */
export type SinglePointOfFailureKind = 'reporting-line' | 'sole-member' | 'body-connection';

/** One person whose departure cuts a connection. */
export interface SinglePointOfFailure {
  person: EntityRef;
  kind: SinglePointOfFailureKind;
  /** The duty affected (reporting-line, sole-member), else null. */
  duty: EntityRef | null;
  /** The bodies the connection joins (two for reporting-line and body-connection, one for sole-member), sorted by id. */
  bodies: EntityRef[];
  explanation: string;
  /** The links the finding rests on: oversight chain and the person's seats, sorted by id. */
  links: Link[];
  sources: SourceRef[];
}

/** Options of {@link findSinglePointsOfFailure}. */
export interface SinglePointOfFailureOptions {
  /** Longest path that still counts as joining two bodies once the person is gone (default 3). */
  maxHops?: number | undefined;
}

function seatsOn(view: GraphView, bodyId: string): Link[] {
  return view.in(bodyId, ['SITS_ON']).filter((l) => view.entity(l.from)?.kind === 'Person');
}

function sortUnique(links: Link[]): Link[] {
  return [...new Map(links.map((l) => [l.id, l])).values()].sort((a, b) => compareStrings(a.id, b.id));
}

/** Single points of failure of a view, given the day's oversight answers; sorted by person, kind, duty and bodies. */
export function findSinglePointsOfFailure(
  view: GraphView,
  oversight: readonly OversightAnswer[],
  options: Pick<AnalyticsOptions, 'focus'> & SinglePointOfFailureOptions = {},
): SinglePointOfFailure[] {
  const family = options.focus ? focusFamily(view, options.focus) : null;
  const found = new Map<string, SinglePointOfFailure>();
  const add = (spof: SinglePointOfFailure): void => {
    const key = [spof.person.id, spof.kind, spof.duty?.id ?? '', ...spof.bodies.map((b) => b.id)].join('\u0000');
    const existing = found.get(key);
    if (existing) {
      existing.links = sortUnique([...existing.links, ...spof.links]);
      existing.sources = collectSources(existing.links);
    } else found.set(key, spof);
  };

  for (const answer of oversight) {
    const duty = toEntityRef(answer.duty);
    for (const entry of answer.entries) {
      // A person leading the duty alone.
      if (entry.body.kind === 'Person' && !entry.inherited) {
        const leads = answer.entries.filter((e) => e.role === entry.role && !e.inherited);
        if (leads.length === 1 && inFocus(family, entry.chain.map((l) => l.from))) {
          add({
            person: toEntityRef(entry.body),
            kind: 'sole-member',
            duty,
            bodies: [],
            explanation: `${entry.body.name} alone ${entry.role === 'LEADS' ? 'leads' : 'holds'} ${answer.duty.name}.`,
            links: entry.chain,
            sources: collectSources(entry.chain),
          });
        }
        continue;
      }
      // The body doing the work has one person.
      if (!entry.inherited && (entry.role === 'DELIVERS' || entry.role === 'LEADS')) {
        const seats = seatsOn(view, entry.body.id);
        const people = new Set(seats.map((s) => s.from));
        if (people.size === 1 && inFocus(family, [entry.body.id])) {
          const person = view.entity([...people][0]!)!;
          const links = sortUnique([...entry.chain, ...seats]);
          add({
            person: toEntityRef(person),
            kind: 'sole-member',
            duty,
            bodies: [toEntityRef(entry.body)],
            explanation: `${person.name} is the only person recorded on ${entry.body.name}, which ${entry.role === 'LEADS' ? 'leads' : 'delivers'} ${answer.duty.name}.`,
            links,
            sources: collectSources(links),
          });
        }
      }
      // Each reporting line of an inherited chain carried by one person.
      for (const hop of entry.chain.slice(1)) {
        if (!inFocus(family, [hop.from, hop.to])) continue;
        const lower = seatsOn(view, hop.from);
        const upper = seatsOn(view, hop.to);
        const upperPeople = new Set(upper.map((s) => s.from));
        const both = [...new Set(lower.map((s) => s.from))].filter((p) => upperPeople.has(p));
        if (both.length !== 1) continue;
        const person = view.entity(both[0]!)!;
        const seats = [...lower, ...upper].filter((s) => s.from === person.id);
        const links = sortUnique([...entry.chain, ...seats]);
        const [from, to] = [view.entity(hop.from)!, view.entity(hop.to)!];
        add({
          person: toEntityRef(person),
          kind: 'reporting-line',
          duty,
          bodies: [toEntityRef(from), toEntityRef(to)].sort((a, b) => compareStrings(a.id, b.id)),
          explanation: `${answer.duty.name} is overseen by ${entry.body.name} through ${from.name} (${linkKindLabel(hop.kind)} ${to.name}); ${person.name} is the only person on both.`,
          links,
          sources: collectSources(links),
        });
      }
    }
  }

  // Bodies disconnected without the person.
  const maxHops = options.maxHops ?? 3;
  const network = buildGovernanceNetwork(view, { withPeople: true });
  for (const person of view.ofKind('Person')) {
    const seats = view.out(person.id, ['SITS_ON']).filter((l) => view.entity(l.to)?.kind === 'Body');
    const bodies = [...new Set(seats.map((s) => s.to))].sort(compareStrings);
    if (bodies.length < 2) continue;
    const without = network.copy();
    without.dropNode(person.id);
    for (let i = 0; i < bodies.length; i++) {
      for (let j = i + 1; j < bodies.length; j++) {
        const [a, b] = [bodies[i]!, bodies[j]!];
        if (!inFocus(family, [a, b])) continue;
        const path = bidirectional(without, a, b);
        if (path && path.length - 1 <= maxHops) continue;
        const links = sortUnique(seats.filter((s) => s.to === a || s.to === b));
        const [bodyA, bodyB] = [view.entity(a)!, view.entity(b)!];
        add({
          person: toEntityRef(person),
          kind: 'body-connection',
          duty: null,
          bodies: [toEntityRef(bodyA), toEntityRef(bodyB)],
          explanation: `Without ${person.name}, ${bodyA.name} and ${bodyB.name} are ${path ? `${path.length - 1} links apart` : 'not connected at all'} (more than ${maxHops}).`,
          links,
          sources: collectSources(links),
        });
      }
    }
  }

  return [...found.values()].sort(
    (a, b) =>
      compareStrings(a.person.id, b.person.id) ||
      compareStrings(a.kind, b.kind) ||
      compareStrings(a.duty?.id ?? '', b.duty?.id ?? '') ||
      compareStrings(a.bodies.map((x) => x.id).join('|'), b.bodies.map((x) => x.id).join('|')),
  );
}

/** Single points of failure as of a day, read from a store. */
export async function singlePointsOfFailure(
  store: GraphStore,
  options: AnalyticsOptions & SinglePointOfFailureOptions,
): Promise<SinglePointOfFailure[]> {
  const view = await loadGraphView(store, options);
  return findSinglePointsOfFailure(view, await loadOversightAnswers(store, view), options);
}
