/**
 * Checks that need the whole seed at once: references between files and datasets, link endpoint
 * kinds, date order, provenance and validity against a link's ends. Each check is one pass over
 * the facts with map look-ups, so a national-scale seed (100k entities, 1M links) stays linear.
 */
import {
  LINK_ENDPOINTS,
  normaliseSearchText,
  type Entity,
  type EntityKind,
  type Link,
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
  /** A " (did you mean ...?)" hint for an unknown id, or "". */
  suggest: (id: string) => string;
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

/** Runs every cross-file check, reporting into `problems`. */
export function checkSeedGraph(graph: SeedGraph, problems: ProblemCollector): void {
  for (const record of graph.entities) checkEntity(record, graph, problems);
  for (const record of graph.links) checkLink(record, graph, problems);
  checkAliases(graph, problems);
}

function checkEntity(record: EntityRecord, graph: SeedGraph, problems: ProblemCollector): void {
  const { entity, origin } = record;
  if (entity.kind !== 'Source' && entity.sources.length === 0) {
    problems.at(origin, ['sources'], 'missing-source', `${entity.kind} "${entity.id}" cites no source; every fact needs at least one (sources: [{source: <Source id>}])`);
  }
  checkSourceRefs(entity.sources, origin, ['sources'], graph, problems);
  checkDateOrder(entity.validity, origin, ['validity'], `${entity.kind} "${entity.id}"`, problems);
  // (A current name that normaliseEntity appended to the history has no dates or sources: nothing to check.)
  entity.names.forEach((name, index) => {
    checkSourceRefs(name.sources, origin, ['names', index, 'sources'], graph, problems);
    checkDateOrder(name.validity, origin, ['names', index, 'validity'], `the name "${name.name}"`, problems);
  });
  const outputs = entity.attributes['requiredOutputs'];
  if (Array.isArray(outputs)) {
    outputs.forEach((output: { sources?: SourceRef[] }, index) => {
      checkSourceRefs(output.sources ?? [], origin, ['requiredOutputs', index, 'sources'], graph, problems);
    });
  }
}

function checkLink(record: LinkRecord, graph: SeedGraph, problems: ProblemCollector): void {
  const { link, origin } = record;
  const allowed = LINK_ENDPOINTS[link.kind];
  const ends: { field: 'from' | 'to'; known: KnownEntity | undefined }[] = [
    { field: 'from', known: graph.known.get(link.from) },
    { field: 'to', known: graph.known.get(link.to) },
  ];
  for (const { field, known } of ends) {
    const id = link[field];
    if (!known) {
      problems.at(origin, [field], 'dangling-reference', `${link.kind} link ${field} "${id}": no entity has this id${graph.suggest(id)}`);
    } else if (known.kind && !allowed[field].includes(known.kind)) {
      problems.at(
        origin,
        [field],
        'endpoint-kind',
        `${link.kind} links go ${field} ${allowed[field].join(' or ')}, but "${id}" is a ${known.kind}`,
      );
    }
  }
  if (link.from === link.to) {
    problems.at(origin, ['to'], 'self-link', `${link.kind} link from "${link.from}" to itself`);
  }
  if (link.representing !== undefined) {
    const known = graph.known.get(link.representing);
    if (!known) {
      problems.at(origin, ['representing'], 'dangling-reference', `representing "${link.representing}": no entity has this id${graph.suggest(link.representing)}`);
    } else if (known.kind && !REPRESENTABLE_KINDS.includes(known.kind)) {
      problems.at(origin, ['representing'], 'reference-kind', `representing names "${link.representing}", a ${known.kind}; it should be an ${REPRESENTABLE_KINDS.join(' or ')}`);
    }
  }
  if (link.sources.length === 0) {
    problems.at(origin, ['sources'], 'missing-source', `${link.kind} link "${link.id}" cites no source; every fact needs at least one (sources: [{source: <Source id>}])`);
  }
  checkSourceRefs(link.sources, origin, ['sources'], graph, problems);
  const ordered = checkDateOrder(link.validity, origin, ['validity'], `link "${link.id}"`, problems);
  if (ordered) {
    for (const { field, known } of ends) {
      if (known?.record) checkWithinEnd(record, field, known.record, problems);
    }
  }
}

function checkSourceRefs(refs: readonly SourceRef[], origin: SeedOrigin, base: readonly PathSegment[], graph: SeedGraph, problems: ProblemCollector): void {
  refs.forEach((ref, index) => {
    const known = graph.known.get(ref.source);
    if (!known) {
      problems.at(origin, [...base, index, 'source'], 'dangling-reference', `source "${ref.source}": no Source entity has this id${graph.suggest(ref.source)}`);
    } else if (known.kind && known.kind !== 'Source') {
      problems.at(origin, [...base, index, 'source'], 'reference-kind', `source "${ref.source}" is a ${known.kind}, not a Source; cite the document that says it`);
    }
  });
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
