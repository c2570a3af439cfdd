/**
 * The graph questions of the port, answered by walking adjacency from the entities asked about.
 * Each function documents its exact semantics; the Neo4j store reproduces them in Cypher and the
 * contract suite (`tests/contract`) holds both to them.
 */
import {
  MAX_OVERSIGHT_INHERITANCE,
  OVERSIGHT_INHERITANCE_KINDS,
  OVERSIGHT_ROLE_KINDS,
  comparePaths,
  compareStrings,
  type Entity,
  type EntityKind,
  type GraphPath,
  type Lineage,
  type Link,
  type LinkKind,
  type OversightAnswer,
  type OversightEntry,
  type SearchHit,
  type Subgraph,
} from '@govgraph/core';
import type { GraphState } from './graph-state.js';
import type { FactFilter } from './query-options.js';
import type { SearchIndex } from './search-index.js';

const BODY_KINDS: ReadonlySet<EntityKind> = new Set(['Body', 'Organisation']);

/** Sorts facts by id, in place, and returns them. */
export function byId<T extends { id: string }>(items: T[]): T[] {
  return items.sort((a, b) => compareStrings(a.id, b.id));
}

/** The counting links of the given kinds at an entity, in either direction, each with its other end. */
function* neighbours(state: GraphState, filter: FactFilter, id: string, kinds: readonly LinkKind[]): Generator<[Link, string]> {
  for (const kind of kinds) {
    for (const link of state.out(id, kind)) if (filter.link(link)) yield [link, link.to];
    for (const link of state.in(id, kind)) if (filter.link(link)) yield [link, link.from];
  }
}

/**
 * Who oversees, leads or delivers `dutyId` (any entity may be asked about; normally a Duty).
 *
 * - Unknown id: null. A target that does not count (as-of or area): the answer with `entries: []`.
 * - Direct entries: one per counting `OVERSEES`/`LEADS`/`DELIVERS` link into the target whose
 *   `from` is a Body or Organisation (people who lead are not entries); role = the link kind,
 *   inherited = false, chain = [that link].
 * - Inherited entries: from each direct entry's body, follow counting `SUB_GROUP_OF`/`REPORTS_TO`
 *   links from child to parent (link.from = current, link.to = parent, parent a Body or
 *   Organisation), 1 to MAX_OVERSIGHT_INHERITANCE hops. Every simple walk yields one entry for the
 *   body it reaches: role OVERSEES, inherited = true, chain = [direct link, ...upward links]. In one
 *   chain the target, the direct body and every body reached are pairwise distinct (so cycles end).
 *   Distinct walks give distinct chains; all are kept.
 * - Sorted by `compareOversightEntries` (computed here with precomputed chain keys, same order).
 */
export function oversight(state: GraphState, filter: FactFilter, dutyId: string): OversightAnswer | null {
  const duty = state.entities.get(dutyId);
  if (!duty) return null;
  const answer: OversightAnswer = { duty, asOf: filter.asOf!, entries: [] };
  if (!filter.entity(duty)) return answer;
  // Entries carry their chain's joined link ids, so sorting does not rebuild them per comparison.
  const keyed: { entry: OversightEntry; chainKey: string }[] = [];
  const climb = (bodyId: string, chain: Link[], chainKey: string, onChain: Set<string>) => {
    if (chain.length > MAX_OVERSIGHT_INHERITANCE) return;
    for (const kind of OVERSIGHT_INHERITANCE_KINDS) {
      for (const link of state.out(bodyId, kind)) {
        const parent = state.entities.get(link.to);
        if (!parent || !BODY_KINDS.has(parent.kind) || onChain.has(parent.id) || !filter.link(link)) continue;
        const longer = [...chain, link];
        const longerKey = `${chainKey}|${link.id}`;
        keyed.push({ entry: { body: parent, role: 'OVERSEES', inherited: true, chain: longer }, chainKey: longerKey });
        onChain.add(parent.id);
        climb(parent.id, longer, longerKey, onChain);
        onChain.delete(parent.id);
      }
    }
  };
  for (const role of OVERSIGHT_ROLE_KINDS) {
    for (const link of state.in(dutyId, role)) {
      const body = state.entities.get(link.from);
      if (!body || !BODY_KINDS.has(body.kind) || !filter.link(link)) continue;
      keyed.push({ entry: { body, role, inherited: false, chain: [link] }, chainKey: link.id });
      climb(body.id, [link], link.id, new Set([dutyId, body.id]));
    }
  }
  // The order of compareOversightEntries: direct first, shorter chains, body id, chain link ids.
  keyed.sort(
    (a, b) =>
      Number(a.entry.inherited) - Number(b.entry.inherited) ||
      a.entry.chain.length - b.entry.chain.length ||
      compareStrings(a.entry.body.id, b.entry.body.id) ||
      compareStrings(a.chainKey, b.chainKey),
  );
  answer.entries = keyed.map((k) => k.entry);
  return answer;
}

/**
 * Shortest paths between two entities.
 *
 * - Both ends must exist and count, else []. `from === to`: one path, that node, no links.
 * - Walks counting links of the allowed kinds in either direction. Returns every path of the
 *   minimal length (at most `maxHops` links; none within that: []), each a sequence of distinct
 *   nodes; parallel links between two nodes make distinct paths. Sorted by `comparePaths`
 *   (all are equally long, so by link ids joined with "|"), cut to `limit`.
 */
export function shortestPaths(
  state: GraphState,
  filter: FactFilter,
  fromId: string,
  toId: string,
  options: { maxHops: number; kinds: readonly LinkKind[]; limit: number },
): GraphPath[] {
  const from = state.entities.get(fromId);
  const to = state.entities.get(toId);
  if (!filter.entity(from) || !filter.entity(to)) return [];
  if (fromId === toId) return [{ nodes: [from], links: [] }];

  // Breadth-first from both ends, one whole level at a time on the side with the smaller frontier,
  // until a level meets the other side: then every shortest path has length a + b.
  const fromSide = new Map<string, number>([[fromId, 0]]);
  const toSide = new Map<string, number>([[toId, 0]]);
  let fromFrontier = [fromId];
  let toFrontier = [toId];
  let a = 0;
  let b = 0;
  let met = false;
  const expand = (frontier: string[], seen: Map<string, number>, depth: number, other: Map<string, number>): string[] => {
    const next: string[] = [];
    for (const id of frontier) {
      for (const [, neighbour] of neighbours(state, filter, id, options.kinds)) {
        if (seen.has(neighbour)) continue;
        seen.set(neighbour, depth);
        next.push(neighbour);
        met ||= other.has(neighbour);
      }
    }
    return next;
  };
  while (!met && a + b < options.maxHops && fromFrontier.length > 0 && toFrontier.length > 0) {
    if (fromFrontier.length <= toFrontier.length) fromFrontier = expand(fromFrontier, fromSide, ++a, toSide);
    else toFrontier = expand(toFrontier, toSide, ++b, fromSide);
  }
  if (!met) return [];
  const length = a + b;

  // Keep only links on some shortest path, indexed by their end nearer `from`, with that end's
  // position on the path. The meeting nodes sit at position a; walk back to `from`, on to `to`.
  const steps = new Map<string, { link: Link; next: string }[]>();
  const position = new Map<string, number>();
  const addStep = (near: string, link: Link, next: string, at: number) => {
    let list = steps.get(near);
    if (!list) steps.set(near, (list = []));
    list.push({ link, next });
    position.set(near, at);
  };
  const meeting = [...fromSide].filter(([id, d]) => d === a && toSide.get(id) === b).map(([id]) => id);
  let layer = new Set(meeting);
  for (let depth = a; depth > 0; depth--) {
    const previous = new Set<string>();
    for (const id of layer) {
      for (const [link, other] of neighbours(state, filter, id, options.kinds)) {
        if (fromSide.get(other) !== depth - 1) continue;
        addStep(other, link, id, depth - 1);
        previous.add(other);
      }
    }
    layer = previous;
  }
  layer = new Set(meeting);
  for (let depth = b; depth > 0; depth--) {
    const following = new Set<string>();
    for (const id of layer) {
      for (const [link, other] of neighbours(state, filter, id, options.kinds)) {
        if (toSide.get(other) !== depth - 1) continue;
        addStep(id, link, other, length - depth);
        following.add(other);
      }
    }
    layer = following;
  }

  // Enumerate forwards in comparePaths order: link ids compared as "id|" before the last step,
  // which orders the joined strings exactly as long as no id contains "|" (else sort them all).
  let anyPipe = false;
  for (const [id, list] of steps) {
    const last = position.get(id) === length - 1;
    for (const step of list) anyPipe ||= step.link.id.includes('|');
    list.sort((x, y) => (last ? compareStrings(x.link.id, y.link.id) : compareStrings(`${x.link.id}|`, `${y.link.id}|`)));
  }
  const found: Link[][] = [];
  const walk = (id: string, links: Link[]): boolean => {
    if (id === toId) {
      found.push([...links]);
      return !anyPipe && found.length >= options.limit;
    }
    for (const step of steps.get(id) ?? []) {
      links.push(step.link);
      const done = walk(step.next, links);
      links.pop();
      if (done) return true;
    }
    return false;
  };
  walk(fromId, []);

  const paths = found.map((links) => {
    const nodes: Entity[] = [from];
    for (const link of links) {
      const last = nodes[nodes.length - 1]!;
      nodes.push(state.entities.get(link.from === last.id ? link.to : link.from)!);
    }
    return { nodes, links };
  });
  return paths.sort(comparePaths).slice(0, options.limit);
}

/**
 * The neighbourhood of an entity.
 *
 * - Unknown focus: null. A focus that does not count: `{ focus, nodes: [], links: [] }`.
 * - Nodes: the focus and every entity reached breadth-first within `depth` hops over counting
 *   links of the allowed kinds, in either direction (so all of them count).
 * - Links: every counting link of an allowed kind whose two ends are both nodes (including links
 *   between two nodes at the edge of the neighbourhood).
 * - Nodes and links sorted by id.
 */
export function neighbourhood(
  state: GraphState,
  filter: FactFilter,
  focusId: string,
  options: { depth: number; kinds: readonly LinkKind[] },
): Subgraph | null {
  const focus = state.entities.get(focusId);
  if (!focus) return null;
  if (!filter.entity(focus)) return { focus, nodes: [], links: [] };
  const reached = new Set([focusId]);
  let frontier = [focusId];
  for (let depth = 1; depth <= options.depth && frontier.length > 0; depth++) {
    const next: string[] = [];
    for (const id of frontier) {
      for (const [, other] of neighbours(state, filter, id, options.kinds)) {
        if (!reached.has(other)) {
          reached.add(other);
          next.push(other);
        }
      }
    }
    frontier = next;
  }
  const links: Link[] = [];
  for (const id of reached) {
    for (const kind of options.kinds) {
      for (const link of state.out(id, kind)) if (reached.has(link.to) && filter.link(link)) links.push(link);
    }
  }
  const nodes = [...reached].map((id) => state.entities.get(id)!);
  return { focus, nodes: byId(nodes), links: byId(links) };
}

/**
 * Lineage, regardless of dates: `predecessors` are the SUCCEEDED_BY links reached walking
 * backwards from the entity (links into it, links into their `from`, ...), `successors` those
 * reached walking forwards; each set once, sorted by id. Unknown entity: both empty.
 */
export function lineage(state: GraphState, entityId: string): Lineage {
  const walk = (forwards: boolean): Link[] => {
    const links = new Map<string, Link>();
    const seen = new Set([entityId]);
    const stack = [entityId];
    while (stack.length > 0) {
      const id = stack.pop()!;
      for (const link of forwards ? state.out(id, 'SUCCEEDED_BY') : state.in(id, 'SUCCEEDED_BY')) {
        links.set(link.id, link);
        const next = forwards ? link.to : link.from;
        if (!seen.has(next)) {
          seen.add(next);
          stack.push(next);
        }
      }
    }
    return byId([...links.values()]);
  };
  return { predecessors: walk(false), successors: walk(true) };
}

/**
 * Search: every entity whose `bestSearchMatch` (core) is not null, of the given kinds and whose
 * area is absent or equals `area`; sorted by score descending, then id; cut to `limit`. Dates play
 * no part. The trigram index only narrows the entities scored.
 */
export function search(
  index: SearchIndex,
  text: string,
  options: { kinds?: readonly EntityKind[] | undefined; area?: string | undefined; limit: number },
): SearchHit[] {
  const kinds = options.kinds ? new Set(options.kinds) : undefined;
  const area = options.area;
  const hits: SearchHit[] = index.matches(text, (entity) => (!kinds || kinds.has(entity.kind)) && (!area || !entity.area || entity.area === area));
  hits.sort((a, b) => b.score - a.score || compareStrings(a.entity.id, b.entity.id));
  return hits.slice(0, options.limit);
}
