/**
 * The fact rules and the schemas for facts that come as values rather than files (an API edit, a
 * merge, an embedder's write): the same zod rules and the same cross-reference rules `govgraph
 * check` applies to seeds, reported against a field path of the caller's input instead of a file,
 * line and column. Edits are held to exactly what seeds are held to, and nothing is checked twice
 * in two ways.
 */
import type { z } from 'zod';
import { checkFactGraph, idSuggester, type EntityRecord, type FactGraph, type FactRuleCode, type FactRuleReporter, type KnownEntity, type LinkRecord } from './fact-rules.js';
import { entityInputSchema, linkInputSchema, type Entity, type Link } from './ontology.js';
import { formatPath, type PathSegment, type Problem, type ProblemSeverity } from './problems.js';
import type { TextProblemCode } from './text-rules.js';
import { describeZodIssues } from './zod-issues.js';

/** The codes a {@link FactProblem} may carry: a fact rule's, a text rule's, or `schema`. */
export type FactProblemCode = FactRuleCode | TextProblemCode | 'schema';

/** One problem with a fact that was not read from a file: a {@link Problem} with its severity. */
export interface FactProblem extends Problem {
  /** Field path inside the caller's input, e.g. `entity.validity.to` (see {@link CheckedFact.path}). */
  path: string;
  code: FactProblemCode;
  severity: ProblemSeverity;
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

/** Facts of an input are located by their field path. */
type InputOrigin = readonly PathSegment[];

/**
 * Runs `govgraph check`'s cross-reference rules (endpoint kinds, dangling ends and citations,
 * citations of non-Sources, missing sources, date order, links outside their ends' lifetimes,
 * kind-specific link fields, SITS_ON roles, aliases shared by two entities) on a few facts, in the
 * order given. Warnings come back with severity `warning`; the caller decides whether they block.
 */
export function checkFacts(input: CheckFactsInput): FactProblem[] {
  const known = new Map<string, KnownEntity<InputOrigin>>();
  const entities: EntityRecord<InputOrigin>[] = [];
  const links: LinkRecord<InputOrigin>[] = [];
  for (const entity of input.context ?? []) {
    const origin: InputOrigin = [];
    known.set(entity.id, { id: entity.id, kind: entity.kind, origin, record: { entity, origin } });
  }
  for (const { fact, path } of input.entities ?? []) {
    const record: EntityRecord<InputOrigin> = { entity: fact, origin: [...path] };
    known.set(fact.id, { id: fact.id, kind: fact.kind, origin: record.origin, record });
    entities.push(record);
  }
  for (const { fact, path } of input.links ?? []) links.push({ link: fact, origin: [...path] });
  const graph: FactGraph<InputOrigin> = { entities, links, known, dependencies: new Map(), suggest: idSuggester(new Map()) };
  const found: FactProblem[] = [];
  const reporter: FactRuleReporter<InputOrigin> = {
    report: (origin, subPath, code, message, severity) => found.push({ path: formatPath([...origin, ...subPath]), code, message, severity }),
    describe: (origin, subPath = []) => formatPath([...origin, ...subPath]) || 'the input',
  };
  checkFactGraph(graph, reporter);
  return found;
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
