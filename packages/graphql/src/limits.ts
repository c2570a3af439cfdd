/**
 * Limits that keep one request from taking the server down: validation rules for query depth,
 * cost and aliases (graphql-armor's rules, which are plain graphql-js validation rules and so work
 * with graphql 16 and Apollo 5), and argument checks for page sizes, hops and depth. Every breach
 * fails with code LIMIT_EXCEEDED and `details.limit` naming the limit.
 */
import { GraphQLError, type ValidationContext, type ValidationRule } from 'graphql';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { GovgraphError } from '@govgraph/core';

/** The limits a govgraph API enforces. */
export interface GovgraphLimits {
  /** Deepest field nesting of an operation (introspection exempt). */
  maxDepth: number;
  /** Highest graphql-armor cost of an operation (objects 2, scalars 1, ×1.5 per level, × `first`). */
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
}

/** Defaults: generous for the questions people ask, tight enough to stop abuse. */
export const DEFAULT_LIMITS: GovgraphLimits = {
  maxDepth: 12,
  maxCost: 50_000,
  maxAliases: 20,
  maxPageSize: 100,
  maxHops: 6,
  maxSubgraphDepth: 4,
  maxTokens: 5_000,
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

/** Validation rules enforcing depth, cost and alias limits. */
export function limitValidationRules(limits: GovgraphLimits): ValidationRule[] {
  return [
    maxDepthRule({ n: limits.maxDepth, ignoreIntrospection: true, propagateOnRejection: false, onReject: [rejectWith('maxDepth', limits.maxDepth)] }),
    costLimitRule({ maxCost: limits.maxCost, ignoreIntrospection: true, propagateOnRejection: false, onReject: [rejectWith('maxCost', limits.maxCost)] }),
    maxAliasesRule({ n: limits.maxAliases, propagateOnRejection: false, onReject: [rejectWith('maxAliases', limits.maxAliases)] }),
  ] as unknown as ValidationRule[];
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
