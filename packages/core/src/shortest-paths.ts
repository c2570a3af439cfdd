/**
 * The first shortest paths between two entities, in `comparePaths` order, found without listing
 * every shortest path: governance data has few, but a dense web of links can have millions (ten
 * bodies on each of five levels between two others already make 100,000), and a caller asking for
 * three should not pay for all of them. Both stores call this with their own `expand`, so they
 * answer every `path` question alike.
 *
 * How: breadth-first from both ends, one whole level at a time on the side with the smaller
 * frontier, until the two meet; the links between consecutive levels that lead from one end to the
 * other form every shortest path. Those are walked depth-first, taking at each entity its links in
 * the order `comparePaths` gives, and the walk stops after `limit` paths.
 */
import type { Link } from './ontology.js';
import { compareStrings } from './ordering.js';

/** One link from an entity `near` to its neighbour `far`, as a store's expansion gives it. */
export interface PathStep {
  near: string;
  link: Link;
  far: string;
}

/**
 * Every link of the allowed kinds that counts (on the day, in the area) from any of `ids` to a
 * neighbour that counts, in either direction: one step per (near, link). Called at most `maxHops`
 * times, each time with a whole level.
 */
export type PathExpansion = (ids: readonly string[]) => Promise<readonly PathStep[]>;

/**
 * The links of the first `limit` shortest paths (of at most `maxHops` links) from `fromId` to
 * `toId`, in `comparePaths` order; [] when there is none. Both ends must exist and count, and must
 * differ (a path from an entity to itself is the store's to answer).
 */
export async function firstShortestPaths(fromId: string, toId: string, maxHops: number, limit: number, expand: PathExpansion): Promise<Link[][]> {
  const search = shortestPathSearch(fromId, toId, maxHops, limit);
  let next = search.next();
  while (!next.done) next = search.next(await expand(next.value));
  return next.value;
}

/**
 * {@link firstShortestPaths} with an expansion that answers at once, run without yielding to the
 * event loop: an in-memory store's graph cannot change half-way through the walk.
 */
export function firstShortestPathsNow(fromId: string, toId: string, maxHops: number, limit: number, expand: (ids: readonly string[]) => readonly PathStep[]): Link[][] {
  const search = shortestPathSearch(fromId, toId, maxHops, limit);
  let next = search.next();
  while (!next.done) next = search.next(expand(next.value));
  return next.value;
}

/** The search itself, asking for each level's expansion by yielding its ids. */
function* shortestPathSearch(fromId: string, toId: string, maxHops: number, limit: number): Generator<readonly string[], Link[][], readonly PathStep[]> {
  const adjacency = new Map<string, PathStep[]>();
  const fromSide = new Map<string, number>([[fromId, 0]]);
  const toSide = new Map<string, number>([[toId, 0]]);
  // levels[d]: the entities at distance d on that side, in the order found.
  const fromLevels: string[][] = [[fromId]];
  const toLevels: string[][] = [[toId]];
  let met = false;
  function* grow(levels: string[][], seen: Map<string, number>, other: Map<string, number>): Generator<readonly string[], void, readonly PathStep[]> {
    const depth = levels.length;
    const next: string[] = [];
    for (const step of yield levels[depth - 1]!) {
      let list = adjacency.get(step.near);
      if (!list) adjacency.set(step.near, (list = []));
      list.push(step);
      if (seen.has(step.far)) continue;
      seen.set(step.far, depth);
      next.push(step.far);
      met ||= other.has(step.far);
    }
    levels.push(next);
  }
  const frontier = (levels: string[][]): string[] => levels[levels.length - 1]!;
  while (!met && fromLevels.length + toLevels.length - 2 < maxHops && frontier(fromLevels).length > 0 && frontier(toLevels).length > 0) {
    if (frontier(fromLevels).length <= frontier(toLevels).length) yield* grow(fromLevels, fromSide, toSide);
    else yield* grow(toLevels, toSide, fromSide);
  }
  if (!met) return [];
  const a = fromLevels.length - 1;
  const b = toLevels.length - 1;
  const length = a + b;

  // Keep only links on some shortest path, indexed by their end nearer `from`, with that end's
  // position on the path. The meeting entities sit at position a; walk back to `from`, on to `to`.
  // Each level below the last on a side was expanded, so its links to the level above are known.
  const steps = new Map<string, { link: Link; next: string }[]>();
  const position = new Map<string, number>();
  const addStep = (near: string, link: Link, next: string, at: number): void => {
    let list = steps.get(near);
    if (!list) steps.set(near, (list = []));
    list.push({ link, next });
    position.set(near, at);
  };
  const meeting = new Set(fromLevels[a]!.filter((id) => toSide.get(id) === b));
  let layer = meeting;
  for (let depth = a; depth > 0; depth--) {
    const previous = new Set<string>();
    for (const near of fromLevels[depth - 1]!) {
      for (const step of adjacency.get(near) ?? []) {
        if (!layer.has(step.far)) continue;
        addStep(near, step.link, step.far, depth - 1);
        previous.add(near);
      }
    }
    layer = previous;
  }
  layer = meeting;
  for (let depth = b; depth > 0; depth--) {
    const following = new Set<string>();
    for (const far of toLevels[depth - 1]!) {
      for (const step of adjacency.get(far) ?? []) {
        if (!layer.has(step.far)) continue;
        // Walked from `to`'s side, so on the path the step runs the other way.
        addStep(step.far, step.link, far, length - depth);
        following.add(far);
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
      return !anyPipe && found.length >= limit;
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
  if (anyPipe) {
    const key = (links: Link[]): string => links.map((l) => l.id).join('|');
    found.sort((x, y) => compareStrings(key(x), key(y)));
  }
  return found.slice(0, limit);
}
