/**
 * The board view: the one picture a partnership's board asks for. The partnership, the groups
 * answering to it (its sub-groups and the bodies reporting to it, and theirs in turn), the duties
 * any of them oversees, leads or delivers, and everyone who oversees, leads or delivers those
 * duties, as of one day; chairs, leads and link people, and the law imposing each duty, come along
 * to be printed inside the boxes. The CLI (`govgraph diagram --preset board`), the GraphQL
 * `diagram(preset: BOARD)` field and the explorer all draw this one selection.
 */
import {
  GovgraphError,
  MAX_OVERSIGHT_INHERITANCE,
  OVERSIGHT_INHERITANCE_KINDS,
  OVERSIGHT_ROLE_KINDS,
  compareStrings,
  validFromDay,
  type Entity,
  type GraphData,
  type GraphStore,
  type IsoDay,
  type Link,
  type LinkKind,
  type SittingRole,
  type Subgraph,
} from '@govgraph/core';

/** What {@link selectBoardView} draws. */
export interface BoardViewRequest {
  /** The partnership (or any body) at the top. */
  focus: string;
  /** The day shown. */
  asOf: IsoDay;
  /** Only facts of this area (plus national ones). */
  area?: string | undefined;
  /** Keep facts that had ended by the day (to be drawn grey) instead of leaving them out. */
  includeEnded?: boolean | undefined;
}

/** Seats worth printing on a board's page: who chairs or leads a group, and who links it to another. */
export const BOARD_VIEW_SEAT_ROLES: readonly SittingRole[] = ['chair', 'vice-chair', 'lead', 'link'];

const ROLE_KINDS: ReadonlySet<LinkKind> = new Set(OVERSIGHT_ROLE_KINDS);
const ANSWERS_TO_KINDS: ReadonlySet<LinkKind> = new Set(OVERSIGHT_INHERITANCE_KINDS);

/** Every fact that had begun by `asOf`, ended ones included (for greying). */
function begunBy(data: GraphData, asOf: IsoDay): GraphData {
  const begun = (fact: { validity?: Entity['validity'] }): boolean => {
    const from = validFromDay(fact.validity);
    return from === null || from <= asOf;
  };
  return { entities: data.entities.filter(begun), links: data.links.filter(begun) };
}

/**
 * Picks the board view out of a graph as it stood on a day (already filtered to the day, or to
 * what had begun by it). Pure, so every store gives the same picture. Null when the focus is not
 * in the graph.
 */
export function boardViewOf(data: GraphData, focusId: string): Subgraph | null {
  const byId = new Map(data.entities.map((e) => [e.id, e]));
  const focus = byId.get(focusId);
  if (!focus) return null;
  const isBody = (id: string): boolean => byId.get(id)?.kind === 'Body';

  // The family: the focus and every body answering to it through sub-group or reporting links.
  const family = new Set([focusId]);
  let frontier = [focusId];
  for (let hop = 0; hop < MAX_OVERSIGHT_INHERITANCE && frontier.length > 0; hop++) {
    const next: string[] = [];
    for (const link of data.links) {
      if (ANSWERS_TO_KINDS.has(link.kind) && frontier.includes(link.to) && isBody(link.from) && !family.has(link.from)) {
        family.add(link.from);
        next.push(link.from);
      }
    }
    frontier = next;
  }

  // The duties the family holds a role for, then every role link into those duties.
  const duties = new Set<string>();
  for (const link of data.links) {
    if (ROLE_KINDS.has(link.kind) && family.has(link.from) && byId.get(link.to)?.kind === 'Duty') duties.add(link.to);
  }
  const keep = new Set([...family, ...duties]);
  const links: Link[] = [];
  for (const link of data.links) {
    const structural = ANSWERS_TO_KINDS.has(link.kind) && family.has(link.from) && family.has(link.to);
    const role = ROLE_KINDS.has(link.kind) && duties.has(link.to);
    const law = link.kind === 'IMPOSED_BY' && duties.has(link.from) && byId.get(link.to)?.kind === 'Legislation';
    const seat = link.kind === 'SITS_ON' && family.has(link.to) && link.role !== undefined && (BOARD_VIEW_SEAT_ROLES as readonly string[]).includes(link.role);
    if (!(structural || role || law || seat)) continue;
    if (!byId.has(link.from) || !byId.has(link.to)) continue;
    links.push(link);
    keep.add(link.from);
    keep.add(link.to);
  }
  return {
    focus,
    nodes: [...keep].sort(compareStrings).map((id) => byId.get(id)!),
    links: links.sort((a, b) => compareStrings(a.id, b.id)),
  };
}

/**
 * The board view around `focus` on a day, read from the store in one snapshot. Throws NOT_FOUND
 * when the focus is unknown (or had not begun by the day).
 */
export async function selectBoardView(store: GraphStore, request: BoardViewRequest): Promise<Subgraph> {
  const { focus, asOf, area } = request;
  const data = request.includeEnded ? begunBy(await store.snapshot({ area }), asOf) : await store.snapshot({ asOf, area });
  const view = boardViewOf(data, focus);
  if (!view) throw new GovgraphError('NOT_FOUND', `no entity with id "${focus}" on ${asOf}`, { field: 'focus', id: focus });
  return view;
}
