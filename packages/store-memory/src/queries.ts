/**
 * The graph questions of the port, answered by walking adjacency from the entities asked about.
 * What each answer is, exactly, is stated once on `GraphStore` in core's `port.ts`; these functions
 * only say how they find it.
 */
import {
  MAX_OVERSIGHT_INHERITANCE,
  OVERSIGHT_INHERITANCE_KINDS,
  firstShortestPathsNow,
  reachWithinNow,
  OVERSIGHT_BODY_KINDS,
  OVERSIGHT_ROLE_KINDS,
  compareById,
  rankSearchHits,
  sortOversightEntries,
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

const BODY_KINDS: ReadonlySet<EntityKind> = new Set(OVERSIGHT_BODY_KINDS);

/** Sorts facts by id, in place, and returns them. */
export function byId<T extends { id: string }>(items: T[]): T[] {
  return items.sort(compareById);
}

/** The counting links of the given kinds at an entity, in either direction, each with its other end. */
function* neighbours(state: GraphState, filter: FactFilter, id: string, kinds: readonly LinkKind[]): Generator<[Link, string]> {
  for (const kind of kinds) {
    for (const link of state.out(id, kind)) if (filter.link(link)) yield [link, link.to];
    for (const link of state.in(id, kind)) if (filter.link(link)) yield [link, link.from];
  }
}

/**
 * `GraphStore.oversight`: each counting role link into the duty, then a depth-first climb up
 * SUB_GROUP_OF / REPORTS_TO from its body, keeping the bodies on the chain so a cycle ends; sorted
 * by core's `sortOversightEntries`.
 */
export function oversight(state: GraphState, filter: FactFilter, dutyId: string): OversightAnswer | null {
  const duty = state.entities.get(dutyId);
  if (!duty) return null;
  const answer: OversightAnswer = { duty, asOf: filter.asOf!, entries: [] };
  if (!filter.entity(duty)) return answer;
  const entries: OversightEntry[] = [];
  const climb = (bodyId: string, chain: Link[], onChain: Set<string>) => {
    if (chain.length > MAX_OVERSIGHT_INHERITANCE) return;
    for (const kind of OVERSIGHT_INHERITANCE_KINDS) {
      for (const link of state.out(bodyId, kind)) {
        const parent = state.entities.get(link.to);
        if (!parent || !BODY_KINDS.has(parent.kind) || onChain.has(parent.id) || !filter.link(link)) continue;
        const longer = [...chain, link];
        entries.push({ body: parent, role: 'OVERSEES', inherited: true, chain: longer });
        onChain.add(parent.id);
        climb(parent.id, longer, onChain);
        onChain.delete(parent.id);
      }
    }
  };
  for (const role of OVERSIGHT_ROLE_KINDS) {
    for (const link of state.in(dutyId, role)) {
      const body = state.entities.get(link.from);
      if (!body || !BODY_KINDS.has(body.kind) || !filter.link(link)) continue;
      entries.push({ body, role, inherited: false, chain: [link] });
      climb(body.id, [link], new Set([dutyId, body.id]));
    }
  }
  answer.entries = sortOversightEntries(entries);
  return answer;
}

/**
 * `GraphStore.path`: core's `firstShortestPathsNow` over this graph's adjacency, then each path's
 * nodes read off its links.
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
 * `GraphStore.interdependencies`: core's `reachWithinNow` over this graph's adjacency, then the
 * links out of every node reached that end at another.
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
  const reached = new Set(
    reachWithinNow(focusId, options.depth, function* (frontier) {
      for (const id of frontier) for (const [, other] of neighbours(state, filter, id, options.kinds)) yield other;
    }),
  );
  const links: Link[] = [];
  for (const id of reached) {
    for (const kind of options.kinds) {
      for (const link of state.out(id, kind)) if (reached.has(link.to) && filter.link(link)) links.push(link);
    }
  }
  const nodes = [...reached].map((id) => state.entities.get(id)!);
  return { focus, nodes: byId(nodes), links: byId(links) };
}

/** `GraphStore.lineage`: a depth-first walk each way over SUCCEEDED_BY, each entity visited once. */
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
 * `GraphStore.search`: the trigram index narrows the entities scored; scoring and order are core's.
 */
export function search(
  index: SearchIndex,
  text: string,
  options: { kinds?: readonly EntityKind[] | undefined; area?: string | undefined; limit: number },
): SearchHit[] {
  const kinds = options.kinds ? new Set(options.kinds) : undefined;
  const area = options.area;
  const hits: SearchHit[] = index.matches(text, (entity) => (!kinds || kinds.has(entity.kind)) && (!area || !entity.area || entity.area === area));
  return rankSearchHits(hits, options.limit);
}
