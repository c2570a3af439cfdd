/**
 * Checks that need the whole seed at once: references between files and datasets, link endpoint
 * kinds, date order, provenance and validity against a link's ends. Each check is one pass over
 * the facts with map look-ups, so a national-scale seed (100k entities, 1M links) stays linear.
 */
import {
  LINK_ENDPOINTS,
  SITTING_ROLES,
  normaliseSearchText,
  type Entity,
  type EntityKind,
  type Link,
  type LinkKind,
  type SourceRef,
  type Validity,
} from '@govgraph/core';
import { describeOrigin, type ProblemCollector, type SeedOrigin } from './collector.js';
import type { PathSegment } from './yaml-source.js';
import { closest } from './zod-issues.js';

/** A valid entity and where it was written. */
export interface EntityRecord {
  entity: Entity;
  origin: SeedOrigin;
  /** The dataset of the folder it came from, when the folder has a manifest. */
  dataset?: string | undefined;
}

/** A valid link and where it was written. */
export interface LinkRecord {
  link: Link;
  origin: SeedOrigin;
  /** The dataset of the folder it came from, when the folder has a manifest. */
  dataset?: string | undefined;
}

/**
 * An entity id that exists in the seed, valid or not: references to an entity that failed its
 * schema are not reported again as dangling (one mistake, one problem).
 */
export interface KnownEntity {
  id: string;
  /** Its kind, when the seed gives a valid one. */
  kind?: EntityKind | undefined;
  origin: SeedOrigin;
  /** The dataset of the folder it came from, when the folder has a manifest. */
  dataset?: string | undefined;
  /** Present when the entity passed its schema. */
  record?: EntityRecord | undefined;
}

/** Everything the cross-file checks look at. */
export interface SeedGraph {
  /** Valid entities, first occurrence of each id only. */
  entities: EntityRecord[];
  /** Valid links, first occurrence of each id only. */
  links: LinkRecord[];
  /** Every entity id written anywhere, by id. */
  known: Map<string, KnownEntity>;
  /** For each dataset with a manifest: itself and every dataset it depends on, directly or not. */
  dependencies: Map<string, ReadonlySet<string>>;
  /** A " (did you mean ...?)" hint for an unknown id, or "". */
  suggest: (id: string) => string;
  /**
   * Asked about each reference to an id nothing defines: true when the caller accounts for it (a
   * file that failed to parse may define it), so it is not reported as dangling.
   */
  explainMissing?: ((id: string, origin: SeedOrigin, path: readonly PathSegment[]) => boolean) | undefined;
}

/** How many unknown ids get a "did you mean" (each costs a scan of every id). */
const MAX_SUGGESTIONS = 25;

/** Builds {@link SeedGraph.suggest} over the ids of `known` (closest by edit distance, for the first few asks). */
export function idSuggester(known: ReadonlyMap<string, unknown>): (id: string) => string {
  let asked = 0;
  return (id) => {
    if (++asked > MAX_SUGGESTIONS) return '';
    const candidates: string[] = [];
    for (const candidate of known.keys()) if (Math.abs(candidate.length - id.length) <= 3) candidates.push(candidate);
    const best = closest(id, candidates);
    return best ? ` (did you mean "${best}"?)` : '';
  };
}

/** Kinds `representing` (SITS_ON: whom the person speaks for) may name. */
export const REPRESENTABLE_KINDS: readonly EntityKind[] = ['Organisation', 'Body'];

/** Link fields that only mean something on one kind of link. */
export const LINK_FIELD_KINDS = { representing: 'SITS_ON', membership: 'MEMBER_OF', lineage: 'SUCCEEDED_BY' } as const satisfies Record<string, LinkKind>;

const SITTING_ROLE_SET: ReadonlySet<string> = new Set(SITTING_ROLES);

/** Runs every cross-file check, reporting into `problems`. */
export function checkSeedGraph(graph: SeedGraph, problems: ProblemCollector): void {
  const checker = new GraphChecker(graph, problems);
  for (const record of graph.entities) checker.entity(record);
  for (const record of graph.links) checker.link(record);
  checkAliases(graph, problems);
}

class GraphChecker {
  /** Dataset pairs already reported as an undeclared dependency (once per pair is enough). */
  private readonly reportedCrossings = new Set<string>();

  constructor(
    private readonly graph: SeedGraph,
    private readonly problems: ProblemCollector,
  ) {}

  entity(record: EntityRecord): void {
    const { entity, origin } = record;
    if (entity.kind !== 'Source' && entity.sources.length === 0) {
      this.problems.at(origin, ['sources'], 'missing-source', `${entity.kind} "${entity.id}" cites no source; every fact needs at least one (sources: [{source: <Source id>}])`);
    }
    this.sourceRefs(entity.sources, origin, ['sources'], record.dataset);
    checkDateOrder(entity.validity, origin, ['validity'], `${entity.kind} "${entity.id}"`, this.problems);
    // (A current name that normaliseEntity appended to the history has no dates or sources: nothing to check.)
    entity.names.forEach((name, index) => {
      this.sourceRefs(name.sources, origin, ['names', index, 'sources'], record.dataset);
      checkDateOrder(name.validity, origin, ['names', index, 'validity'], `the name "${name.name}"`, this.problems);
    });
    const outputs = entity.attributes['requiredOutputs'];
    if (Array.isArray(outputs)) {
      outputs.forEach((output: { sources?: SourceRef[] }, index) => {
        this.sourceRefs(output.sources ?? [], origin, ['requiredOutputs', index, 'sources'], record.dataset);
      });
    }
  }

  link(record: LinkRecord): void {
    const { link, origin } = record;
    const allowed = LINK_ENDPOINTS[link.kind];
    const ends: { field: 'from' | 'to'; known: KnownEntity | undefined }[] = [
      { field: 'from', known: this.graph.known.get(link.from) },
      { field: 'to', known: this.graph.known.get(link.to) },
    ];
    for (const { field, known } of ends) {
      const id = link[field];
      if (!known) {
        if (this.graph.explainMissing?.(id, origin, [field])) continue;
        this.problems.at(origin, [field], 'dangling-reference', `${link.kind} link ${field} "${id}": no entity has this id${this.graph.suggest(id)}`);
        continue;
      }
      if (known.kind && !allowed[field].includes(known.kind)) {
        this.problems.at(origin, [field], 'endpoint-kind', `${link.kind} links go ${field} ${allowed[field].join(' or ')}, but "${id}" is a ${known.kind}`);
      }
      this.crossing(record.dataset, known, origin, [field]);
    }
    if (link.from === link.to) {
      this.problems.at(origin, ['to'], 'self-link', `${link.kind} link from "${link.from}" to itself`);
    }
    if (link.representing !== undefined) {
      const known = this.graph.known.get(link.representing);
      if (!known) {
        if (!this.graph.explainMissing?.(link.representing, origin, ['representing']))
          this.problems.at(origin, ['representing'], 'dangling-reference', `representing "${link.representing}": no entity has this id${this.graph.suggest(link.representing)}`);
      } else {
        if (known.kind && !REPRESENTABLE_KINDS.includes(known.kind)) {
          this.problems.at(origin, ['representing'], 'reference-kind', `representing names "${link.representing}", a ${known.kind}; it should be an ${REPRESENTABLE_KINDS.join(' or ')}`);
        }
        this.crossing(record.dataset, known, origin, ['representing']);
      }
    }
    this.linkFields(record);
    if (link.sources.length === 0) {
      this.problems.at(origin, ['sources'], 'missing-source', `${link.kind} link "${link.id}" cites no source; every fact needs at least one (sources: [{source: <Source id>}])`);
    }
    this.sourceRefs(link.sources, origin, ['sources'], record.dataset);
    if (checkDateOrder(link.validity, origin, ['validity'], `link "${link.id}"`, this.problems)) {
      for (const { field, known } of ends) {
        if (known?.record) checkWithinEnd(record, field, known.record, this.problems);
      }
    }
  }

  /** Warns about kind-specific fields on the wrong kind of link, and SITS_ON roles outside the vocabulary. */
  private linkFields({ link, origin }: LinkRecord): void {
    for (const [field, kind] of Object.entries(LINK_FIELD_KINDS) as [keyof typeof LINK_FIELD_KINDS, LinkKind][]) {
      if (link[field] !== undefined && link.kind !== kind) {
        this.problems.at(origin, [field], 'link-field', `"${field}" only means something on ${kind} links, not ${link.kind}`, { severity: 'warning' });
      }
    }
    if (link.kind === 'SITS_ON' && link.role !== undefined && !SITTING_ROLE_SET.has(link.role)) {
      const suggestion = closest(link.role, SITTING_ROLES);
      this.problems.at(
        origin,
        ['role'],
        'link-field',
        `SITS_ON role "${link.role}" is not one of: ${SITTING_ROLES.join(', ')}${suggestion ? ` (did you mean "${suggestion}"?)` : ''}`,
        { severity: 'warning' },
      );
    }
  }

  private sourceRefs(refs: readonly SourceRef[], origin: SeedOrigin, base: readonly PathSegment[], dataset: string | undefined): void {
    refs.forEach((ref, index) => {
      const path = [...base, index, 'source'];
      const known = this.graph.known.get(ref.source);
      if (!known) {
        if (this.graph.explainMissing?.(ref.source, origin, path)) return;
        this.problems.at(origin, path, 'dangling-reference', `source "${ref.source}": no Source entity has this id${this.graph.suggest(ref.source)}`);
        return;
      }
      if (known.kind && known.kind !== 'Source') {
        this.problems.at(origin, path, 'reference-kind', `source "${ref.source}" is a ${known.kind}, not a Source; cite the document that says it`);
      }
      this.crossing(dataset, known, origin, path);
    });
  }

  /**
   * Warns (once per pair of datasets) when a fact of dataset `from` refers to an entity of a
   * dataset that `from` does not depend on, directly or through its dependencies.
   */
  private crossing(from: string | undefined, target: KnownEntity, origin: SeedOrigin, path: readonly PathSegment[]): void {
    const to = target.dataset;
    if (from === undefined || to === undefined || from === to) return;
    const reachable = this.graph.dependencies.get(from);
    if (!reachable || reachable.has(to)) return;
    const pair = `${from}\u0000${to}`;
    if (this.reportedCrossings.has(pair)) return;
    this.reportedCrossings.add(pair);
    this.problems.at(
      origin,
      path,
      'undeclared-dependency',
      `dataset "${from}" refers to "${target.id}" of dataset "${to}" but does not list "${to}" in its dependsOn (later references between them are not reported)`,
      { severity: 'warning' },
    );
  }
}

/**
 * Reports a validity that certainly ends on or before the day it starts (every possible end is no
 * later than every possible start: `to.latest <= from.earliest`; `to` is the first day it no longer
 * holds, so `to == from` would hold on no day). Returns false when reported.
 */
function checkDateOrder(validity: Validity | undefined, origin: SeedOrigin, base: readonly PathSegment[], what: string, problems: ProblemCollector): boolean {
  const from = validity?.from?.earliest;
  const to = validity?.to?.latest;
  if (from && to && to <= from) {
    problems.at(
      origin,
      [...base, 'to'],
      'date-order',
      `${what} ends (to: ${validity!.to!.text}) ${to === from ? 'on the day' : 'before'} it starts (from: ${validity!.from!.text}); "to" is the first day it no longer holds`,
    );
    return false;
  }
  return true;
}

/**
 * Reports a link that certainly starts before one of its ends exists (the link's start is certainly
 * earlier: its latest possible start precedes the end's earliest possible start), or certainly
 * carries on after that end has gone (its earliest possible end is after the end's latest possible end).
 * Open or unknown dates are never reported: the as-of rule already ignores a link whose end does not hold.
 */
function checkWithinEnd(record: LinkRecord, field: 'from' | 'to', end: EntityRecord, problems: ProblemCollector): void {
  const { link, origin } = record;
  const endEntity = end.entity;
  const linkStart = link.validity?.from?.latest;
  const endStart = endEntity.validity?.from?.earliest;
  if (linkStart && endStart && linkStart < endStart) {
    problems.at(
      origin,
      ['validity', 'from'],
      'validity-outside-ends',
      `link starts (from: ${link.validity!.from!.text}) before its ${field}-end "${endEntity.id}" exists (from: ${endEntity.validity!.from!.text})`,
    );
  }
  const linkEnd = link.validity?.to?.earliest;
  const endEnd = endEntity.validity?.to?.latest;
  if (linkEnd && endEnd && linkEnd > endEnd) {
    problems.at(
      origin,
      ['validity', 'to'],
      'validity-outside-ends',
      `link carries on (to: ${link.validity!.to!.text}) after its ${field}-end "${endEntity.id}" has ended (to: ${endEntity.validity!.to!.text})`,
    );
  }
}

/** Warns when one alias (compared as search compares it, ignoring case, accents, punctuation and spaces) names two different entities. */
function checkAliases(graph: SeedGraph, problems: ProblemCollector): void {
  const firstByAlias = new Map<string, { record: EntityRecord; index: number }>();
  for (const record of graph.entities) {
    record.entity.aliases.forEach((alias, index) => {
      const key = normaliseSearchText(alias).replace(/ /g, ''); // search treats "S.S.C.P." as "SSCP"
      if (key === '') return;
      const first = firstByAlias.get(key);
      if (!first) {
        firstByAlias.set(key, { record, index });
      } else if (first.record.entity.id !== record.entity.id) {
        problems.at(
          record.origin,
          ['aliases', index],
          'duplicate-alias',
          `alias "${alias}" also names "${first.record.entity.id}" (${describeOrigin(first.record.origin, ['aliases', first.index])}); a search for it is ambiguous`,
          { severity: 'warning' },
        );
      }
    });
  }
}
