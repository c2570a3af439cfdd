/**
 * Person-dependent links: pairs of bodies whose working connection rests on one person (or a
 * handful) who sits on both. Sefton's interdependencies report (September 2022) names the risk:
 * "often the link between two governance structures is one person who attends both".
 *
 * Definition (as of a day, facts holding and not ended):
 * - The **human link** between bodies A and B is the set of people with a SITS_ON link (any role:
 *   chair, lead, member, link, ...) to both A and B.
 * - The pair is **person-dependent** when its human link has at least 1 and at most `maxPeople`
 *   people (default 1: one departure leaves the two bodies with nobody in common).
 * - Each pair is classified by what else joins A and B. `person-only`: no path of at most
 *   `maxStructuralHops` governance links (default 2) through bodies and organisations, people left
 *   out, joins them: the two structures are joined only through the people. `structural`: such a path
 *   exists (e.g. a sub-group's SUB_GROUP_OF link to its partnership, or an organisation that is a
 *   member of both); the structure exists on paper, but the information still travels through the
 *   person, so the pair is reported with the path beside it. Pass `onlyPersonOnly` for the strict
 *   reading.
 */
import { bidirectional } from 'graphology-shortest-path/unweighted.js';
import { compareStrings, linkKindLabel, type Link, type SourceRef, type Status } from '@govgraph/core';
import type { GraphStore } from '@govgraph/core';
import type { AnalyticsOptions } from './analytics-options.js';
import { collectSources, toEntityRef, weakestStatus, type EntityRef } from './entity-ref.js';
import { buildGovernanceNetwork, linksAlong } from './governance-network.js';
import { focusFamily, inFocus, loadGraphView, type GraphView } from './graph-view.js';

/** Options of {@link personDependentLinks}. */
export interface PersonDependentLinkOptions {
  /** Most people a human link may have and still count as resting on people (default 1). */
  maxPeople?: number | undefined;
  /** Longest structural path (bodies and organisations only) that counts as joining the pair (default 2). */
  maxStructuralHops?: number | undefined;
  /** Keep only pairs with no structural path at all (default false). */
  onlyPersonOnly?: boolean | undefined;
}

/** A person's seat on one body of a pair: the SITS_ON link, its body and role. */
export interface Seat {
  body: string;
  role: string | null;
  link: Link;
}

/** One person on both sides of a pair, with the seats that put them there. */
export interface BridgingPerson {
  person: EntityRef;
  /** The person's SITS_ON links to either body, sorted by id. */
  seats: Seat[];
}

/** A pair of bodies whose working connection rests on people. */
export interface PersonDependentLink {
  /** The two bodies, sorted by id. */
  bodies: [EntityRef, EntityRef];
  /** Everyone sitting on both, sorted by id. */
  people: BridgingPerson[];
  /** `person-only` when no structural path joins the bodies, else `structural`. */
  basis: 'person-only' | 'structural';
  /** The shortest structural path between the bodies (links in order), or null. */
  structuralPath: Link[] | null;
  /** The weakest status among the seats (an `agreed` lead of a sub-group not yet formed shows as `agreed`). */
  status: Status;
  explanation: string;
  /** Citations of the seats (and the structural path). */
  sources: SourceRef[];
}

function describeSeat(seat: { role: string | null }, bodyName: string): string {
  return seat.role ? `${seat.role} of ${bodyName}` : `sits on ${bodyName}`;
}

/** Person-dependent links of a view, sorted: fewest people first, person-only before structural, then by body ids. */
export function findPersonDependentLinks(
  view: GraphView,
  options: Pick<AnalyticsOptions, 'focus'> & PersonDependentLinkOptions = {},
): PersonDependentLink[] {
  const maxPeople = options.maxPeople ?? 1;
  const maxHops = options.maxStructuralHops ?? 2;
  const family = options.focus ? focusFamily(view, options.focus) : null;

  // Seats per person, bodies only.
  const pairs = new Map<string, { a: string; b: string; people: Map<string, Link[]> }>();
  for (const person of view.ofKind('Person')) {
    const seats = view.out(person.id, ['SITS_ON']).filter((l) => view.entity(l.to)?.kind === 'Body');
    const bodies = [...new Set(seats.map((s) => s.to))].sort(compareStrings);
    for (let i = 0; i < bodies.length; i++) {
      for (let j = i + 1; j < bodies.length; j++) {
        const [a, b] = [bodies[i]!, bodies[j]!];
        const key = `${a}\u0000${b}`;
        const pair = pairs.get(key) ?? pairs.set(key, { a, b, people: new Map() }).get(key)!;
        pair.people.set(
          person.id,
          seats.filter((s) => s.to === a || s.to === b),
        );
      }
    }
  }

  const structure = buildGovernanceNetwork(view, { withPeople: false });
  const results: PersonDependentLink[] = [];
  for (const { a, b, people } of pairs.values()) {
    if (people.size > maxPeople || !inFocus(family, [a, b])) continue;
    const nodePath = structure.hasNode(a) && structure.hasNode(b) ? bidirectional(structure, a, b) : null;
    const structuralPath = nodePath && nodePath.length - 1 <= maxHops ? linksAlong(structure, nodePath) : null;
    if (options.onlyPersonOnly && structuralPath) continue;
    const bodyA = view.entity(a)!;
    const bodyB = view.entity(b)!;
    const bridging: BridgingPerson[] = [...people.entries()]
      .sort(([x], [y]) => compareStrings(x, y))
      .map(([personId, seats]) => ({
        person: toEntityRef(view.entity(personId)!),
        seats: seats.map((link) => ({ body: link.to, role: link.role ?? null, link })),
      }));
    const seatLinks = bridging.flatMap((p) => p.seats.map((s) => s.link));
    const who = bridging
      .map((p) => {
        const roles = p.seats.map((s) => describeSeat(s, view.entity(s.body)!.name));
        return `${p.person.name} (${roles.join('; ')})`;
      })
      .join(', ');
    const basis = structuralPath ? 'structural' : 'person-only';
    const explanation =
      basis === 'person-only'
        ? `${bodyA.name} and ${bodyB.name} are joined only through ${who}: no structural link within ${maxHops} hops.`
        : `${bodyA.name} and ${bodyB.name} have a structural link (${structuralPath!.map((l) => `${view.entity(l.from)?.name ?? l.from} ${linkKindLabel(l.kind)} ${view.entity(l.to)?.name ?? l.to}`).join('; ')}), but the only ${bridging.length === 1 ? 'person' : 'people'} on both ${bridging.length === 1 ? 'is' : 'are'} ${who}.`;
    results.push({
      bodies: [toEntityRef(bodyA), toEntityRef(bodyB)],
      people: bridging,
      basis,
      structuralPath,
      status: weakestStatus(seatLinks),
      explanation,
      sources: collectSources([...seatLinks, ...(structuralPath ?? [])]),
    });
  }
  return results.sort(
    (x, y) =>
      x.people.length - y.people.length ||
      (x.basis === y.basis ? 0 : x.basis === 'person-only' ? -1 : 1) ||
      compareStrings(x.bodies[0].id, y.bodies[0].id) ||
      compareStrings(x.bodies[1].id, y.bodies[1].id),
  );
}

/**
 * Person-dependent links as of a day, read from a store.
 * @example await personDependentLinks(store, { asOf: '2022-09-08', area: 'sefton', focus: 'safer-sefton-together' })
 */
export async function personDependentLinks(
  store: GraphStore,
  options: AnalyticsOptions & PersonDependentLinkOptions,
): Promise<PersonDependentLink[]> {
  return findPersonDependentLinks(await loadGraphView(store, options), options);
}
