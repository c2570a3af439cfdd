/**
 * Change over time: what was created, renamed, merged, ended or re-linked between two days.
 *
 * A change counts as between `from` and `to` when the as-of rule would see it switch in that window:
 * its switch day (the latest day its date could be, as in `holdsOn`) is after `from` and on or
 * before `to`. So `changes(a, b)` lists what makes the graph as of `b` differ from the graph as of
 * `a`. A change whose date is a bracket reaching back before `from` is marked `certain: false`.
 * Starts known only as "first seen by" a day are left out unless `includeFirstSeen` (the sources show
 * the thing existed then, not that it began); lineage events are always listed.
 */
import {
  GOVERNANCE_LINK_KINDS,
  GovgraphError,
  compareStrings,
  entityKindLabel,
  isIsoDay,
  linkKindLabel,
  type FuzzyDate,
  type GraphData,
  type GraphStore,
  type IsoDay,
  type LineageKind,
  type LinkKind,
  type Link,
  type SourceRef,
  type Status,
} from '@govgraph/core';
import { collectSources, sortLinks, toEntityRef, type EntityRef } from './entity-ref.js';
import { buildGraphView, focusFamily, inFocus } from './graph-view.js';

/** Kinds of change. */
export const CHANGE_KINDS = [
  'created',
  'renamed',
  'merged',
  'split',
  'replaced',
  'absorbed',
  'relaunched',
  'ended',
  'link-started',
  'link-ended',
] as const;
/** A kind of change. */
export type ChangeKind = (typeof CHANGE_KINDS)[number];

/** One change. */
export interface ChangeEvent {
  kind: ChangeKind;
  /** When, as precisely as the sources say. */
  date: FuzzyDate;
  /** The day the as-of rule switches (the latest day of `date`). */
  day: IsoDay;
  /** False when the date's range starts before the window, so the change may predate it. */
  certain: boolean;
  /** Entities involved: for lineage the predecessors then the successor; for links its two ends. */
  subjects: EntityRef[];
  /** The links behind the change (lineage or the re-linked link), sorted by id. */
  links: Link[];
  /** Status of the changed fact (a `proposed` merger has not happened). */
  status: Status;
  description: string;
  sources: SourceRef[];
}

/** Options of {@link changes}. */
export interface ChangeOptions {
  /** Start of the window (exclusive: the graph as of this day is the "before"). */
  from: IsoDay;
  /** End of the window (inclusive). */
  to: IsoDay;
  area?: string | undefined;
  /** Keep changes touching this body or the bodies answering to it (as of `to`). */
  focus?: string | undefined;
  /**
   * Also list entities and links whose start is only "first seen by" a day (no lower bound): the
   * sources show they existed then, not that they began then. Default false.
   */
  includeFirstSeen?: boolean | undefined;
}

const LINEAGE_CHANGE: Record<LineageKind, ChangeKind> = {
  rename: 'renamed',
  merge: 'merged',
  split: 'split',
  replace: 'replaced',
  absorb: 'absorbed',
  relaunch: 'relaunched',
};

/** Link kinds whose starting or ending counts as re-linking (governance less lineage). */
const RELINK_KINDS: readonly LinkKind[] = GOVERNANCE_LINK_KINDS.filter((k) => k !== 'SUCCEEDED_BY');

function switchDay(date: FuzzyDate | undefined): IsoDay | null {
  return date?.latest ?? null;
}

/** Changes in a graph's history between two days, sorted by day, kind, then subject ids. */
export function findChanges(history: GraphData, options: ChangeOptions): ChangeEvent[] {
  const { from, to } = options;
  if (!isIsoDay(from) || !isIsoDay(to) || from >= to) {
    throw new GovgraphError('INVALID_INPUT', `changes: expected two days "from" < "to" as YYYY-MM-DD, got ${from} and ${to}`, { from, to });
  }
  const entities = new Map(history.entities.map((e) => [e.id, e]));
  const ref = (id: string): EntityRef => toEntityRef(entities.get(id) ?? { id, kind: 'Source', name: id });
  const inWindow = (date: FuzzyDate | undefined): date is FuzzyDate => {
    const day = switchDay(date);
    return day !== null && from < day && day <= to;
  };
  const certain = (date: FuzzyDate): boolean => date.earliest !== null && date.earliest > from;
  const firstSeenOnly = (kind: ChangeKind, date: FuzzyDate): boolean =>
    !options.includeFirstSeen && date.earliest === null && (kind === 'created' || kind === 'link-started');
  const events: ChangeEvent[] = [];
  const push = (kind: ChangeKind, date: FuzzyDate, rest: Omit<ChangeEvent, 'kind' | 'date' | 'day' | 'certain'>): void => {
    events.push({ kind, date, day: switchDay(date)!, certain: certain(date), ...rest });
  };

  // Lineage: one event per successor and lineage kind (a merger names every predecessor).
  const lineage = sortLinks(history.links.filter((l) => l.kind === 'SUCCEEDED_BY'));
  const lineageDate = (l: Link): FuzzyDate | undefined =>
    l.validity?.from ?? entities.get(l.from)?.validity?.to ?? entities.get(l.to)?.validity?.from;
  const explained = new Set<string>();
  const groups = new Map<string, Link[]>();
  for (const link of lineage) {
    if (!inWindow(lineageDate(link))) continue;
    const key = `${link.to}\u0000${link.lineage ?? 'replace'}`;
    (groups.get(key) ?? groups.set(key, []).get(key)!).push(link);
  }
  for (const links of groups.values()) {
    const successor = entities.get(links[0]!.to);
    const kind = LINEAGE_CHANGE[links[0]!.lineage ?? 'replace'];
    const predecessors = links.map((l) => l.from);
    const date = lineageDate(links[0]!)!;
    for (const p of predecessors) explained.add(`ended\u0000${p}`);
    explained.add(`created\u0000${links[0]!.to}`);
    const names = predecessors.map((p) => entities.get(p)?.name ?? p);
    push(kind, date, {
      subjects: [...predecessors.map(ref), ref(links[0]!.to)],
      links,
      status: links[0]!.status,
      description: `${names.join(' and ')} ${kind === 'merged' ? 'merged into' : `${kind} as`} ${successor?.name ?? links[0]!.to} (${date.text})`,
      sources: collectSources([...links, ...(successor ? [successor] : [])]),
    });
  }

  for (const entity of history.entities) {
    if (entity.kind === 'Source' || entity.kind === 'Meeting') continue;
    for (const [kind, date, verb] of [
      ['created', entity.validity?.from, 'began'],
      ['ended', entity.validity?.to, 'ended'],
    ] as const) {
      if (!inWindow(date) || explained.has(`${kind}\u0000${entity.id}`) || firstSeenOnly(kind, date)) continue;
      push(kind, date, {
        subjects: [ref(entity.id)],
        links: [],
        status: entity.status,
        description: `${entity.name} (${entityKindLabel(entity.kind)}) ${verb} (${date.text})`,
        sources: collectSources([entity]),
      });
    }
    for (let i = 1; i < entity.names.length; i++) {
      const previous = entity.names[i - 1]!;
      const current = entity.names[i]!;
      const date = current.validity?.from ?? previous.validity?.to;
      if (!inWindow(date) || previous.name === current.name) continue;
      push('renamed', date, {
        subjects: [ref(entity.id)],
        links: [],
        status: entity.status,
        description: `${previous.name} renamed ${current.name} (${date.text})`,
        sources: collectSources([current, previous, entity]),
      });
    }
  }

  for (const link of sortLinks(history.links)) {
    if (!RELINK_KINDS.includes(link.kind)) continue;
    const ends = `${entities.get(link.from)?.name ?? link.from} ${linkKindLabel(link.kind)}${link.role ? ` (${link.role})` : ''} ${entities.get(link.to)?.name ?? link.to}`;
    for (const [kind, date, verb] of [
      ['link-started', link.validity?.from, 'from'],
      ['link-ended', link.validity?.to, 'ended'],
    ] as const) {
      if (!inWindow(date) || firstSeenOnly(kind, date)) continue;
      push(kind, date, {
        subjects: [ref(link.from), ref(link.to)],
        links: [link],
        status: link.status,
        description: `${ends} ${verb} ${date.text}`,
        sources: collectSources([link]),
      });
    }
  }

  let kept = events;
  if (options.focus) {
    const family = focusFamily(buildGraphView(history, to, options.area), options.focus);
    kept = events.filter((e) => inFocus(family, e.subjects.map((s) => s.id)));
  }
  return kept.sort(
    (a, b) =>
      compareStrings(a.day, b.day) ||
      CHANGE_KINDS.indexOf(a.kind) - CHANGE_KINDS.indexOf(b.kind) ||
      compareStrings(a.subjects.map((s) => s.id).join('|'), b.subjects.map((s) => s.id).join('|')) ||
      compareStrings(a.links.map((l) => l.id).join('|'), b.links.map((l) => l.id).join('|')),
  );
}

/**
 * What changed between two days, read from a store (the area's whole history).
 * @example await changes(store, { from: '2012-01-01', to: '2022-12-31', area: 'sefton' })
 */
export async function changes(store: GraphStore, options: ChangeOptions): Promise<ChangeEvent[]> {
  return findChanges(await store.snapshot({ area: options.area }), options);
}
