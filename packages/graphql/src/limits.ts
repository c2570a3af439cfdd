/**
 * Limits that keep one request from taking the server down: validation rules for query depth and
 * aliases (graphql-armor's rules, which are plain graphql-js validation rules and so work with
 * graphql 16 and Apollo 5), a cost limit computed with the operation's variables
 * (graphql-query-complexity, in an Apollo plugin), and argument checks for page sizes, hops and
 * depth. Every breach fails with code LIMIT_EXCEEDED and `details.limit` naming the limit.
 */
import { GraphQLError, type GraphQLSchema, type ValidationContext, type ValidationRule } from 'graphql';
import type { ApolloServerPlugin } from '@apollo/server';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import { GovgraphError } from '@govgraph/core';

/** The limits a govgraph API enforces. */
export interface GovgraphLimits {
  /** Deepest field nesting of an operation (introspection exempt). */
  maxDepth: number;
  /**
   * Highest cost of an operation: each field costs 1 plus its selection, a paged field (`first`,
   * from literals, variables or the default) multiplies that by the page size, and any other list by
   * its expected length ({@link LIST_SIZE_ESTIMATES}). See {@link operationCost}.
   */
  maxCost: number;
  /** Most aliases in one operation. */
  maxAliases: number;
  /** Largest `first` of a list query. */
  maxPageSize: number;
  /** Largest `maxHops` of `path`. */
  maxHops: number;
  /** Largest `depth` of `interdependencies`. */
  maxSubgraphDepth: number;
  /**
   * Most tokens (names, punctuation, values) in a query document: the parser stops there, before the
   * other limits run, so a megabyte of repeated fields costs a few milliseconds instead of blocking
   * the server for a tenth of a second each (GRAPHQL_PARSE_FAILED).
   */
  maxTokens: number;
  /**
   * Fields that compute rather than read ({@link FIELD_WORK}: diagrams, the health report,
   * analytics, paths, neighbourhoods) running at once in this server, whatever the requests; the
   * rest wait their turn, and each hands over with a turn of the event loop, so /healthz and cheap
   * reads are answered between them.
   */
  maxConcurrentHeavyFields: number;
  /** Heavy fields that may wait for a turn; past it a field fails with RATE_LIMITED (`details.limit: "maxQueuedHeavyFields"`). */
  maxQueuedHeavyFields: number;
}

/** Defaults: generous for the questions people ask, tight enough to stop abuse. */
export const DEFAULT_LIMITS: GovgraphLimits = {
  maxDepth: 12,
  maxCost: 25_000,
  maxAliases: 20,
  maxPageSize: 100,
  maxHops: 6,
  maxSubgraphDepth: 4,
  maxTokens: 5_000,
  maxConcurrentHeavyFields: 1,
  maxQueuedHeavyFields: 200,
};

/** Fills unset limits with {@link DEFAULT_LIMITS}. */
export function resolveLimits(partial: Partial<GovgraphLimits> | undefined): GovgraphLimits {
  const out = { ...DEFAULT_LIMITS };
  for (const [key, value] of Object.entries(partial ?? {})) {
    if (value !== undefined) (out as Record<string, number>)[key] = value;
  }
  return out;
}

function limitExceeded(limit: string, max: number, message: string): GovgraphError {
  return new GovgraphError('LIMIT_EXCEEDED', message, { limit, max });
}

/** Reports an armor rejection as a validation error carrying a LIMIT_EXCEEDED GovgraphError. */
function rejectWith(limit: string, max: number) {
  return (context: ValidationContext | null, error: GraphQLError): void => {
    const message = error.message.replace(/^Syntax Error: /, '');
    context?.reportError(new GraphQLError(message, { originalError: limitExceeded(limit, max, message) }));
  };
}

/** Validation rules enforcing the depth and alias limits (the cost limit needs variables: {@link costLimitPlugin}). */
export function limitValidationRules(limits: GovgraphLimits): ValidationRule[] {
  return [
    maxDepthRule({ n: limits.maxDepth, ignoreIntrospection: true, propagateOnRejection: false, onReject: [rejectWith('maxDepth', limits.maxDepth)] }),
    maxAliasesRule({ n: limits.maxAliases, propagateOnRejection: false, onReject: [rejectWith('maxAliases', limits.maxAliases)] }),
  ] as unknown as ValidationRule[];
}

/** How long an unpaged list is expected to be, when the cost model has nothing better. */
export const DEFAULT_LIST_SIZE_ESTIMATE = 10;

/**
 * Expected lengths of unpaged lists that run longer than {@link DEFAULT_LIST_SIZE_ESTIMATE}, by
 * `Type.field`: a hub body has dozens of links, and a depth-4 neighbourhood hundreds of facts.
 */
export const LIST_SIZE_ESTIMATES: Readonly<Record<string, number>> = {
  'Entity.links': 25,
  'Subgraph.nodes': 50,
  'Subgraph.links': 100,
  'Query.gaps': 50,
  'Query.changes': 50,
  'Query.centrality': 50,
  'Query.personDependentLinks': 25,
  'Query.singlePointsOfFailure': 25,
};

/** A whole-number argument the cost model reads, or `fallback` when it is absent or not a number. */
function intArgument(args: Record<string, unknown>, name: string, fallback: number): number {
  const value = args[name];
  return typeof value === 'number' && Number.isFinite(value) ? Math.max(0, value) : fallback;
}

/** Work of one level of a diagram's neighbourhood drawn as text (Mermaid, DOT, Cytoscape JSON, GraphML). */
export const DIAGRAM_LEVEL_WORK = 500;
/** How many times a text diagram's work an SVG diagram costs: Graphviz lays it out (in a worker thread, but still CPU the machine spends). */
export const SVG_LAYOUT_FACTOR = 10;

/**
 * The CPU work of fields that compute rather than read, in cost units, added to their cost once
 * (not multiplied by the list they return). Calibrated on the seeds (docs/benchmarks.md): a depth-4
 * SVG diagram takes about 250 ms of CPU and costs 20 000, most of the default limit, so a request
 * holds one; a text diagram takes 15-30 ms and the health report 25-75 ms. Analytics walk the whole
 * graph; paths and neighbourhoods grow with their hops or depth. These fields also wait for a turn
 * ({@link GovgraphLimits.maxConcurrentHeavyFields}).
 */
export const FIELD_WORK: Readonly<Record<string, (args: Record<string, unknown>) => number>> = {
  'Query.diagram': (args) => {
    const levels = Math.max(1, intArgument(args, 'depth', 1));
    const svg = String(args['format'] ?? '').toLowerCase() === 'svg';
    return DIAGRAM_LEVEL_WORK * levels * (svg ? SVG_LAYOUT_FACTOR : 1);
  },
  'Query.healthReport': () => 5_000,
  'Query.centrality': () => 1_000,
  'Query.whatIf': () => 1_000,
  'Query.gaps': () => 500,
  'Query.changes': () => 500,
  'Query.singlePointsOfFailure': (args) => 200 * Math.max(1, intArgument(args, 'maxHops', 3)),
  'Query.personDependentLinks': (args) => 200 * (1 + intArgument(args, 'maxStructuralHops', 2)),
  'Query.path': (args) => 100 * Math.max(1, intArgument(args, 'maxHops', 4)),
  'Query.interdependencies': (args) => 100 * Math.max(1, intArgument(args, 'depth', 1)),
  'Query.neighbourhoodHistory': (args) => 100 * Math.max(1, intArgument(args, 'depth', 1)),
};

/**
 * A field costs 1 plus its selection; a paged field multiplies that by its page size, an unpaged
 * list by its expected length. The lists of a connection are already paged by the connection. A
 * field that computes adds its {@link FIELD_WORK} once.
 */
const govgraphEstimator: ComplexityEstimator = ({ type, field, args, childComplexity }) => {
  const work = FIELD_WORK[`${type.name}.${field.name}`]?.(args) ?? 0;
  const own = 1 + childComplexity;
  if (typeof args['first'] === 'number') return work + Math.max(1, args['first']) * own;
  // Read the list-ness off the type's SDL text ("[Link!]!"), not with isListType: under a test
  // runner graphql can be loaded twice (ESM and CommonJS), and instanceof checks fail across them.
  const isList = String(field.type).startsWith('[');
  if (!isList || type.name.endsWith('Connection')) return work + own;
  return work + (LIST_SIZE_ESTIMATES[`${type.name}.${field.name}`] ?? DEFAULT_LIST_SIZE_ESTIMATE) * own;
};

/** The cost of an operation as the cost limit counts it (variables and argument defaults applied). */
export function operationCost(
  schema: GraphQLSchema,
  query: Parameters<typeof getComplexity>[0]['query'],
  variables: Record<string, unknown> = {},
  operationName?: string | undefined,
): number {
  return getComplexity({ schema, query, variables, operationName, estimators: [govgraphEstimator] });
}

/**
 * Enforces `maxCost` once Apollo knows the operation and its variables, before anything runs: a
 * `first: $n` costs what `$n` asks for, which a validation rule (blind to variables) cannot see.
 */
export function costLimitPlugin<TContext extends object>(limits: GovgraphLimits): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema, operationName }) {
          const operation = document.definitions.find((d) => d.kind === 'OperationDefinition' && (operationName == null || d.name?.value === operationName));
          if (operation && 'selectionSet' in operation && isIntrospectionOnly(operation.selectionSet.selections)) return;
          let cost: number;
          try {
            cost = operationCost(schema, document, request.variables ?? {}, operationName ?? undefined);
          } catch (error) {
            // A variable the cost model cannot coerce is refused by execution with a clear message.
            if (error instanceof GraphQLError) return;
            throw error;
          }
          if (cost > limits.maxCost) {
            const message = `the operation costs ${cost}, more than the limit of ${limits.maxCost}; ask for smaller pages (first) or fewer nested lists`;
            throw new GraphQLError(message, { originalError: limitExceeded('maxCost', limits.maxCost, message), extensions: { http: { status: 400 } } });
          }
        },
      };
    },
  };
}

function isIntrospectionOnly(selections: readonly { kind: string; name?: { value: string } }[]): boolean {
  return selections.every((s) => s.kind === 'Field' && (s.name?.value === '__schema' || s.name?.value === '__type' || s.name?.value === '__typename'));
}

/**
 * Checks an integer argument against `1..max` (or `min..max`): below the minimum is INVALID_INPUT,
 * above the maximum LIMIT_EXCEEDED.
 */
export function checkRange(argument: string, value: number, max: number, limit: string, min = 1): number {
  if (!Number.isInteger(value) || value < min) {
    throw new GovgraphError('INVALID_INPUT', `${argument} must be an integer of at least ${min}, got ${value}`, { argument, min });
  }
  if (value > max) throw limitExceeded(limit, max, `${argument} may be at most ${max}, got ${value}`);
  return value;
}

/**
 * An optional `area` argument: null means every area. An empty or blank area is INVALID_INPUT
 * rather than quietly read as "no area" or as "national facts only".
 */
export function checkAreaArgument(area: string | null | undefined): string | undefined {
  if (area === null || area === undefined) return undefined;
  if (area.trim() === '') throw new GovgraphError('INVALID_INPUT', 'area must name a partnership area (e.g. "sefton"), or be left out for every area', { argument: 'area' });
  return area;
}
