/**
 * The graph questions of the port, answered by walking adjacency from the entities asked about.
 * Each function documents its exact semantics; the Neo4j store reproduces them in Cypher and the
 * contract suite (`tests/contract`) holds both to them.
 */
import {
  MAX_OVERSIGHT_INHERITANCE,
  OVERSIGHT_INHERITANCE_KINDS,
  firstShortestPathsNow,
  OVERSIGHT_ROLE_KINDS,
  compareStrings,
  type Entity,
  type EntityKind,
  type GraphPath,
  type Lineage,
  type Link,
  type LinkKind,
  type OversightAnswer,
  type OversightEntry,
  type PathStep,
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
 *   (all are equally long, so by link ids joined with "|"), cut to `limit`; only those are built
 *   (see core's `firstShortestPaths`).
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
  const expand = (ids: readonly string[]): PathStep[] =>
    ids.flatMap((near) => [...neighbours(state, filter, near, options.kinds)].map(([link, far]) => ({ near, link, far })));
  const found = firstShortestPathsNow(fromId, toId, options.maxHops, options.limit, expand);
  return found.map((links) => {
    const nodes: Entity[] = [from];
    for (const link of links) {
      const last = nodes[nodes.length - 1]!;
      nodes.push(state.entities.get(link.from === last.id ? link.to : link.from)!);
    }
    return { nodes, links };
  });
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
