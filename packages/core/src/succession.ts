/**
 * "What is it now?": following SUCCEEDED_BY links forward to the latest successor, so a search for
 * an old name (MARSOC) shows what the body became (MARTHR). One rule for the API, the library and
 * any store.
 */
import type { Entity, Link } from './ontology.js';
import { compareStrings } from './ordering.js';
import { holdsOn, type IsoDay } from './time.js';

/** Statuses of a SUCCEEDED_BY link that do not (yet) make the successor current. */
const UNDECIDED_STATUSES = new Set(['proposed', 'scheduled']);

/** Whether a succession link counts on `day`: it holds then and is more than a proposal. */
export function successionCounts(link: Link, day: IsoDay): boolean {
  return link.kind === 'SUCCEEDED_BY' && !UNDECIDED_STATUSES.has(link.status) && holdsOn(link.validity, day);
}

/**
 * Of several successions out of one entity (a split), the one that happened last (latest start
 * day; unknown starts count as earliest), then the smallest link id, so every store agrees.
 */
export function pickSuccession(links: readonly Link[]): Link | undefined {
  return [...links].sort((a, b) => {
    const fromA = a.validity?.from?.latest ?? '';
    const fromB = b.validity?.from?.latest ?? '';
    if (fromA !== fromB) return fromA > fromB ? -1 : 1;
    return compareStrings(a.id, b.id);
  })[0];
}

/**
 * The entity `entity` is on `day`: its successors followed forward to the latest one (itself when
 * none). `successors` are the SUCCEEDED_BY links of its lineage going forward (`GraphStore.lineage`'s
 * `successors`); `loadEntity` fetches a successor (a missing one ends the walk where it is).
 */
export async function followSuccession(
  entity: Entity,
  day: IsoDay,
  successors: readonly Link[],
  loadEntity: (id: string) => Promise<Entity | null | undefined>,
): Promise<Entity> {
  const counted = successors.filter((l) => successionCounts(l, day));
  const seen = new Set([entity.id]);
  let current = entity;
  for (;;) {
    const next = pickSuccession(counted.filter((l) => l.from === current.id));
    if (!next || seen.has(next.to)) return current;
    const successor = await loadEntity(next.to);
    if (!successor) return current;
    seen.add(successor.id);
    current = successor;
  }
}
