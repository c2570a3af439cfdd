/**
 * One error type with a code union, so callers (GraphQL `extensions.code`, CLI exit codes, tests)
 * tell failures apart by code, never by message text.
 */

/** Every failure govgraph reports on purpose. */
export const ERROR_CODES = [
  'NOT_FOUND',
  'AMBIGUOUS',
  'INVALID_INPUT',
  'SEED_INVALID',
  'CONFLICT',
  'LIMIT_EXCEEDED',
  'STORE_UNAVAILABLE',
  'STORE_AUTH_FAILED',
  'STORE_ERROR',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'TIMEOUT',
  'RATE_LIMITED',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** A failure govgraph expected and can explain. `details` is JSON-safe and goes to API clients. */
export class GovgraphError extends Error {
  override readonly name = 'GovgraphError';
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** True for a {@link GovgraphError}, optionally of one code. */
export function isGovgraphError(error: unknown, code?: ErrorCode): error is GovgraphError {
  return error instanceof GovgraphError && (code === undefined || error.code === code);
}
