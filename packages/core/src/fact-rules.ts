/**
 * The fact rules: what must hold between facts for a graph to make sense, whoever writes them
 * (seed YAML, an API edit, a merge of two people): references that name something of the right
 * kind, link endpoint kinds, date order, provenance and validity against a link's ends. Each check
 * is one pass over the facts with map look-ups, so a national-scale seed (100k entities, 1M
 * links) stays linear. Where a fact came from is the caller's business: an origin `O` (a file and
 * node for seeds, a field path for edits) that problems are reported against.
 */
import { LINK_ENDPOINTS, SITTING_ROLES, type Entity, type EntityKind, type Link, type LinkKind, type SourceRef } from './ontology.js';
import { normaliseSearchText } from './ordering.js';
import type { PathSegment, ProblemSeverity } from './problems.js';
import type { Validity } from './time.js';
import { closest } from './zod-issues.js';

/**
 * The codes of the fact rules' problems:
 * - `dangling-reference`: a link end, `representing` or source citation names nothing;
 * - `reference-kind`: a reference names an entity of the wrong kind (a citation of a non-Source, ...);
 * - `date-order`: a validity ends before (or on the day) it starts;
 * - `missing-source`: a fact (any non-Source entity, every link) cites no source;
 * - `endpoint-kind`: a link joins kinds that `LINK_ENDPOINTS` does not allow;
 * - `self-link`: a link from an entity to itself;
 * - `validity-outside-ends`: a link certainly starts before, or ends after, one of its ends;
 * - `duplicate-alias`: one alias given to two different entities (a warning: search becomes ambiguous);
 * - `link-field`: a field that means nothing on this kind of link, or a SITS_ON role outside
 *   `SITTING_ROLES` (a warning);
 * - `undeclared-dependency`: a dataset refers to another it does not depend on (a warning, once per pair).
 */
export const FACT_RULE_CODES = [
  'dangling-reference',
  'reference-kind',
  'date-order',
  'missing-source',
  'endpoint-kind',
  'self-link',
  'validity-outside-ends',
  'duplicate-alias',
  'link-field',
  'undeclared-dependency',
] as const;
/** One of {@link FACT_RULE_CODES}. */
export type FactRuleCode = (typeof FACT_RULE_CODES)[number];

/** Where the fact rules report: at an origin of the caller's kind plus a field path under it. */
export interface FactRuleReporter<O> {
  report(origin: O, subPath: readonly PathSegment[], code: FactRuleCode, message: string, severity: ProblemSeverity): void;
  /** Where `origin` plus `subPath` is, for messages that point at another fact ("also names ... (at ...)"). */
  describe(origin: O, subPath?: readonly PathSegment[]): string;
}

/** A valid entity and where it was written. */
export interface EntityRecord<O> {
  entity: Entity;
  origin: O;
  /** Its dataset, when the facts come in datasets (seed folders with a manifest). */
  dataset?: string | undefined;
}

/** A valid link and where it was written. */
export interface LinkRecord<O> {
  link: Link;
  origin: O;
  /** Its dataset, as {@link EntityRecord.dataset}. */
  dataset?: string | undefined;
}

/**
 * An entity id that exists, valid or not: references to an entity that failed its schema are not
 * reported again as dangling (one mistake, one problem).
 */
export interface KnownEntity<O> {
  id: string;
  /** Its kind, when a valid one is given. */
  kind?: EntityKind | undefined;
  origin: O;
  /** Its dataset, as {@link EntityRecord.dataset}. */
  dataset?: string | undefined;
  /** Present when the entity passed its schema. */
  record?: EntityRecord<O> | undefined;
}

/** Everything the fact rules look at. */
export interface FactGraph<O> {
  /** Valid entities to check, first occurrence of each id only. */
  entities: EntityRecord<O>[];
  /** Valid links to check, first occurrence of each id only. */
  links: LinkRecord<O>[];
  /** Every entity id that references may name, by id (checked or not). */
  known: Map<string, KnownEntity<O>>;
  /** For each dataset: itself and every dataset it depends on, directly or not (empty without datasets). */
  dependencies: Map<string, ReadonlySet<string>>;
  /** A " (did you mean ...?)" hint for an unknown id, or "". */
  suggest: (id: string) => string;
  /**
   * Asked about each reference to an id nothing defines: true when the caller accounts for it (a
   * seed file that failed to parse may define it), so it is not reported as dangling.
   */
  explainMissing?: ((id: string, origin: O, path: readonly PathSegment[]) => boolean) | undefined;
}

/** How many unknown ids get a "did you mean" (each costs a scan of every id). */
const MAX_SUGGESTIONS = 25;

/** Builds {@link FactGraph.suggest} over the ids of `known` (closest by edit distance, for the first few asks). */
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

/** Runs every fact rule on the entities and links of `graph`, reporting into `reporter`. */
export function checkFactGraph<O>(graph: FactGraph<O>, reporter: FactRuleReporter<O>): void {
  const problems = new Problems(reporter);
  const checker = new GraphChecker(graph, problems);
  for (const record of graph.entities) checker.entity(record);
  for (const record of graph.links) checker.link(record);
  checkAliases(graph, problems);
}

/** The reporter with an error default, so each rule says only what differs. */
class Problems<O> {
  constructor(readonly reporter: FactRuleReporter<O>) {}

  at(origin: O, subPath: readonly PathSegment[], code: FactRuleCode, message: string, options: { severity?: ProblemSeverity } = {}): void {
    this.reporter.report(origin, subPath, code, message, options.severity ?? 'error');
  }
}

class GraphChecker<O> {
  /** Dataset pairs already reported as an undeclared dependency (once per pair is enough). */
  private readonly reportedCrossings = new Set<string>();

  constructor(
    private readonly graph: FactGraph<O>,
    private readonly problems: Problems<O>,
  ) {}

  entity(record: EntityRecord<O>): void {
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

  link(record: LinkRecord<O>): void {
    const { link, origin } = record;
    const allowed = LINK_ENDPOINTS[link.kind];
    const ends: { field: 'from' | 'to'; known: KnownEntity<O> | undefined }[] = [
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
  private linkFields({ link, origin }: LinkRecord<O>): void {
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

  private sourceRefs(refs: readonly SourceRef[], origin: O, base: readonly PathSegment[], dataset: string | undefined): void {
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
  private crossing(from: string | undefined, target: KnownEntity<O>, origin: O, path: readonly PathSegment[]): void {
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
function checkDateOrder<O>(validity: Validity | undefined, origin: O, base: readonly PathSegment[], what: string, problems: Problems<O>): boolean {
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
function checkWithinEnd<O>(record: LinkRecord<O>, field: 'from' | 'to', end: EntityRecord<O>, problems: Problems<O>): void {
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
function checkAliases<O>(graph: FactGraph<O>, problems: Problems<O>): void {
  const firstByAlias = new Map<string, { record: EntityRecord<O>; index: number }>();
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
          `alias "${alias}" also names "${first.record.entity.id}" (${problems.reporter.describe(first.record.origin, ['aliases', first.index])}); a search for it is ambiguous`,
          { severity: 'warning' },
        );
      }
    });
  }
}
