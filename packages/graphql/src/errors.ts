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

/** What a client is told of an error nobody expected (its details go to the server log). */
export const INTERNAL_ERROR_MESSAGE = 'internal error: the server could not answer this; the details are in its log';

/**
 * Apollo `formatError`: puts the GovgraphError code and details into `extensions`. An error with no
 * govgraph code that Apollo calls INTERNAL_SERVER_ERROR (something threw that nobody expected: a
 * library's own message, perhaps with paths or internal names) reaches the client only as
 * {@link INTERNAL_ERROR_MESSAGE}, with its field path (unless stack traces are on, for debugging).
 */
export function formatGovgraphError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const govgraph = findGovgraphError(error);
  if (!govgraph) {
    // With includeStacktraceInErrorResponses (debugging) the stack is there, and so is the message.
    if (formatted.extensions?.['code'] !== 'INTERNAL_SERVER_ERROR' || formatted.extensions['stacktrace'] !== undefined) return formatted;
    return { ...formatted, message: INTERNAL_ERROR_MESSAGE };
  }
  const extensions: Record<string, unknown> = { ...formatted.extensions, code: govgraph.code };
  if (govgraph.details !== undefined) extensions['details'] = govgraph.details;
  return { ...formatted, extensions };
}
