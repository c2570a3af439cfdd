/**
 * How failures reach API clients: every {@link GovgraphError} (thrown by a resolver, a scalar or a
 * limit rule, however deeply graphql-js and Apollo wrap it) surfaces as `extensions.code` with its
 * code (NOT_FOUND, INVALID_INPUT, LIMIT_EXCEEDED, ...) and `extensions.details`; GraphQL's own
 * failures keep Apollo's codes (GRAPHQL_PARSE_FAILED, GRAPHQL_VALIDATION_FAILED, BAD_USER_INPUT).
 */
import type { GraphQLFormattedError } from 'graphql';
import { isGovgraphError, type GovgraphError } from '@govgraph/core';

/** Finds the GovgraphError behind an error by following `originalError` / `cause` links. */
export function findGovgraphError(error: unknown): GovgraphError | null {
  let current: unknown = error;
  for (let i = 0; i < 10 && current !== null && typeof current === 'object'; i++) {
    if (isGovgraphError(current)) return current;
    const next = (current as { originalError?: unknown; cause?: unknown }).originalError ?? (current as { cause?: unknown }).cause;
    if (next === current) break;
    current = next;
  }
  return null;
}

/** Apollo `formatError`: puts the GovgraphError code and details into `extensions`. */
export function formatGovgraphError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const govgraph = findGovgraphError(error);
  if (!govgraph) return formatted;
  const extensions: Record<string, unknown> = { ...formatted.extensions, code: govgraph.code };
  if (govgraph.details !== undefined) extensions['details'] = govgraph.details;
  return { ...formatted, extensions };
}
