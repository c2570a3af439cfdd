/**
 * A day's graph, indexed for analysis. Every analysis starts from `store.snapshot({ asOf, area })`
 * (the port's one bulk read, identical on every store) and walks this in-memory view, so the
 * algorithms never depend on which store answered.
 */
import {
  GovgraphError,
  MAX_OVERSIGHT_INHERITANCE,
  OVERSIGHT_INHERITANCE_KINDS,
  type Entity,
  type EntityKind,
  type GraphData,
  type GraphStore,
  type IsoDay,
  type Link,
  type LinkKind,
} from '@govgraph/core';
import type { AnalyticsOptions } from './analytics-options.js';
import { sortLinks } from './entity-ref.js';

/** Facts holding on one day, with lookups by id and by end. */
export interface GraphView {
  asOf: IsoDay;
  area?: string | undefined;
  /** Entities holding on the day (status `ended` left out), sorted by id. */
  entities: Entity[];
  /** Links holding on the day whose ends are in `entities` (status `ended` left out), sorted by id. */
  links: Link[];
  entity(id: string): Entity | undefined;
  /** Links leaving `id`, optionally of some kinds, sorted by id. */
  out(id: string, kinds?: readonly LinkKind[]): Link[];
  /** Links arriving at `id`, optionally of some kinds, sorted by id. */
  in(id: string, kinds?: readonly LinkKind[]): Link[];
  /** Entities of one kind, sorted by id. */
  ofKind(kind: EntityKind): Entity[];
}

/**
 * Indexes a snapshot. Facts whose status is `ended` are dropped even when their dates are open:
 * the sources say they stopped, so they cannot carry governance on any day.
 */
export function buildGraphView(data: GraphData, asOf: IsoDay, area?: string): GraphView {
  const entities = data.entities.filter((e) => e.status !== 'ended').sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const byId = new Map(entities.map((e) => [e.id, e]));
  const links = sortLinks(data.links.filter((l) => l.status !== 'ended' && byId.has(l.from) && byId.has(l.to)));
  const outIndex = new Map<string, Link[]>();
  const inIndex = new Map<string, Link[]>();
  for (const link of links) {
    (outIndex.get(link.from) ?? outIndex.set(link.from, []).get(link.from)!).push(link);
    (inIndex.get(link.to) ?? inIndex.set(link.to, []).get(link.to)!).push(link);
  }
  const pick = (index: Map<string, Link[]>, id: string, kinds?: readonly LinkKind[]): Link[] => {
    const all = index.get(id) ?? [];
    return kinds ? all.filter((l) => kinds.includes(l.kind)) : all;
  };
  return {
    asOf,
    area,
    entities,
    links,
    entity: (id) => byId.get(id),
    out: (id, kinds) => pick(outIndex, id, kinds),
    in: (id, kinds) => pick(inIndex, id, kinds),
    ofKind: (kind) => entities.filter((e) => e.kind === kind),
  };
}

/** Reads the day's snapshot from a store and indexes it. */
export async function loadGraphView(store: GraphStore, options: AnalyticsOptions): Promise<GraphView> {
  const data = await store.snapshot({ asOf: options.asOf, area: options.area });
  const view = buildGraphView(data, options.asOf, options.area);
  if (options.focus !== undefined && !view.entity(options.focus)) {
    throw new GovgraphError('NOT_FOUND', `focus "${options.focus}" is not in the graph as of ${options.asOf}`, {
      focus: options.focus,
      asOf: options.asOf,
    });
  }
  return view;
}

/**
 * A body and every body that answers to it: reached backwards over SUB_GROUP_OF / REPORTS_TO
 * links, at most {@link MAX_OVERSIGHT_INHERITANCE} hops (the same reach as oversight inheritance).
 */
export function focusFamily(view: GraphView, focusId: string): Set<string> {
  const family = new Set([focusId]);
  let frontier = [focusId];
  for (let hop = 0; hop < MAX_OVERSIGHT_INHERITANCE && frontier.length > 0; hop++) {
    const next: string[] = [];
    for (const id of frontier) {
      for (const link of view.in(id, OVERSIGHT_INHERITANCE_KINDS)) {
        if (!family.has(link.from)) {
          family.add(link.from);
          next.push(link.from);
        }
      }
    }
    frontier = next;
  }
  return family;
}

/** Whether a result touching `ids` is in scope: always without a focus, else when one id is in the focus family. */
export function inFocus(family: Set<string> | null, ids: readonly string[]): boolean {
  return family === null || ids.some((id) => family.has(id));
}
