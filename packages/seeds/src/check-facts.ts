/**
 * The seed checks for facts that do not come from YAML (an API edit, an embedder's write): the same
 * zod rules and the same cross-reference rules `govgraph check` applies, reported against a field
 * path of the caller's input instead of a file, line and column. Edits are held to exactly what
 * seeds are held to, and nothing is checked twice in two ways.
 */
import type { z } from 'zod';
import { entityInputSchema, linkInputSchema, type Entity, type Link } from '@govgraph/core';
import { checkSeedGraph, idSuggester, type EntityRecord, type KnownEntity, type LinkRecord, type SeedGraph } from './checks.js';
import { ProblemCollector, type SeedOrigin } from './collector.js';
import type { SeedProblemCode, SeedProblemSeverity } from './problems.js';
import { formatPath, SeedFile, type PathSegment } from './yaml-source.js';
import { describeZodIssues } from './zod-issues.js';

/** One problem with a fact that was not read from a file. */
export interface FactProblem {
  /** Field path inside the caller's input, e.g. `entity.validity.to` (see {@link CheckedFact.path}). */
  path: string;
  code: SeedProblemCode;
  message: string;
  severity: SeedProblemSeverity;
}

/** A fact to check, and where it sits in the caller's input. */
export interface CheckedFact<T> {
  fact: T;
  /** Prefix of every problem's path, e.g. `['entity']`; `[]` for the input itself. */
  path: PathSegment[];
}

/** What {@link checkFacts} checks. */
export interface CheckFactsInput {
  /** Entities to check (normalised, e.g. by `normaliseEntity`). */
  entities?: readonly CheckedFact<Entity>[] | undefined;
  /** Links to check (normalised). */
  links?: readonly CheckedFact<Link>[] | undefined;
  /**
   * Entities the checked facts refer to (link ends, `representing`, cited sources) as they stand;
   * they are not checked themselves. Any id in neither list is a dangling reference.
   */
  context?: readonly Entity[] | undefined;
}

/** A collector that records field paths only: these facts have no file to locate lines in. */
class PathCollector extends ProblemCollector {
  readonly found: FactProblem[] = [];

  override at(origin: SeedOrigin, subPath: readonly PathSegment[], code: SeedProblemCode, message: string, options: { severity?: SeedProblemSeverity } = {}): void {
    this.found.push({ path: formatPath([...origin.path, ...subPath]), code, message, severity: options.severity ?? 'error' });
  }
}

/** The file every origin of an input points at (never parsed: PathCollector does not locate). */
const NO_FILE = new SeedFile('<input>', '', false);

/**
 * Runs `govgraph check`'s cross-reference rules (endpoint kinds, dangling ends and citations,
 * citations of non-Sources, missing sources, date order, links outside their ends' lifetimes,
 * kind-specific link fields, SITS_ON roles) on a few facts, in the order given. Warnings come back
 * with severity `warning`; the caller decides whether they block.
 */
export function checkFacts(input: CheckFactsInput): FactProblem[] {
  const known = new Map<string, KnownEntity>();
  const entities: EntityRecord[] = [];
  const links: LinkRecord[] = [];
  for (const entity of input.context ?? []) {
    const origin: SeedOrigin = { seedFile: NO_FILE, path: [] };
    known.set(entity.id, { id: entity.id, kind: entity.kind, origin, record: { entity, origin } });
  }
  for (const { fact, path } of input.entities ?? []) {
    const origin: SeedOrigin = { seedFile: NO_FILE, path: [...path] };
    const record: EntityRecord = { entity: fact, origin };
    known.set(fact.id, { id: fact.id, kind: fact.kind, origin, record });
    entities.push(record);
  }
  for (const { fact, path } of input.links ?? []) links.push({ link: fact, origin: { seedFile: NO_FILE, path: [...path] } });
  const graph: SeedGraph = { entities, links, known, dependencies: new Map(), suggest: idSuggester(new Map()) };
  const collector = new PathCollector();
  checkSeedGraph(graph, collector);
  return collector.found;
}

/** What {@link parseFactInput} gives: the parsed value, or every problem. */
export type FactParseResult<T> = { ok: true; value: T } | { ok: false; problems: FactProblem[] };

/**
 * Validates one entity or link as written (seed YAML's shape, e.g. from an API) with the core zod
 * schema, describing every issue as `govgraph check` does, at `path` plus the issue's own path.
 */
export function parseFactInput(target: 'entity', value: unknown, path?: readonly PathSegment[]): FactParseResult<z.output<typeof entityInputSchema>>;
export function parseFactInput(target: 'link', value: unknown, path?: readonly PathSegment[]): FactParseResult<z.output<typeof linkInputSchema>>;
export function parseFactInput(target: 'entity' | 'link', value: unknown, path: readonly PathSegment[] = []): FactParseResult<unknown> {
  const schema: z.ZodType = target === 'entity' ? entityInputSchema : linkInputSchema;
  const parsed = schema.safeParse(value);
  if (parsed.success) return { ok: true, value: parsed.data };
  const problems = describeZodIssues(parsed.error.issues, value, schema).map(
    (issue): FactProblem => ({ path: formatPath([...path, ...issue.path]), code: issue.textRule ?? 'schema', message: issue.message, severity: 'error' }),
  );
  return { ok: false, problems };
}
