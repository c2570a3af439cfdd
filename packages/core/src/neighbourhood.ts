/**
 * The entities within `depth` hops of a focus, found level by level: the walk behind
 * `interdependencies` on every store, so that every store reaches the same neighbourhood. Both
 * stores call this with their own expansion (the memory store walks its adjacency, Neo4j runs one
 * query per level), as they do core's `firstShortestPaths` for `path`.
 */

/**
 * The neighbours of the entities in `frontier` over the links that count (allowed kinds, holding on
 * the day, both ends counting, in the area), in either direction. May include entities already
 * `reached` (and repeats): the walk skips them. Called at most `depth` times, each time with a whole level.
 */
export type NeighbourExpansion = (frontier: readonly string[], reached: ReadonlySet<string>) => Promise<Iterable<string>>;

/**
 * The focus and every entity reached breadth-first from it within `depth` hops, in the order
 * reached (the focus first); the focus must exist and count (a store answers the other cases).
 */
export async function reachWithin(focusId: string, depth: number, expand: NeighbourExpansion): Promise<string[]> {
  const walk = levelByLevel(focusId, depth);
  let next = walk.next();
  while (!next.done) next = walk.next(await expand(next.value.frontier, next.value.reached));
  return next.value;
}

/**
 * {@link reachWithin} with an expansion that answers at once, run without yielding to the event
 * loop: an in-memory store's graph cannot change half-way through the walk.
 */
export function reachWithinNow(focusId: string, depth: number, expand: (frontier: readonly string[], reached: ReadonlySet<string>) => Iterable<string>): string[] {
  const walk = levelByLevel(focusId, depth);
  let next = walk.next();
  while (!next.done) next = walk.next(expand(next.value.frontier, next.value.reached));
  return next.value;
}

/** The walk itself, asking for each level's neighbours by yielding the level. */
function* levelByLevel(focusId: string, depth: number): Generator<{ frontier: readonly string[]; reached: ReadonlySet<string> }, string[], Iterable<string>> {
  const reached = new Set([focusId]);
  let frontier: string[] = [focusId];
  for (let hop = 0; hop < depth && frontier.length > 0; hop++) {
    const next: string[] = [];
    for (const id of yield { frontier, reached }) {
      if (reached.has(id)) continue;
      reached.add(id);
      next.push(id);
    }
    frontier = next;
  }
  return [...reached];
}
