/**
 * Driver errors become {@link GovgraphError}s at the store boundary, so callers (CLI exit codes,
 * GraphQL `extensions.code`) never see neo4j-driver types. Messages name the server, never a password.
 */
import { GovgraphError, isGovgraphError } from '@govgraph/core';

const UNAVAILABLE_CODES = new Set(['ServiceUnavailable', 'SessionExpired', 'Neo.TransientError.General.DatabaseUnavailable']);
const AUTH_CODES = new Set([
  'Neo.ClientError.Security.Unauthorized',
  'Neo.ClientError.Security.AuthenticationRateLimit',
  'Neo.ClientError.Security.CredentialsExpired',
  'Neo.ClientError.Security.TokenExpired',
]);

/** The URI without any user:password part, safe to print. */
export function redactUri(uri: string): string {
  return uri.replace(/\/\/[^/@]*@/, '//');
}

function driverCode(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && 'code' in error && typeof (error as { code: unknown }).code === 'string') {
    return (error as { code: string }).code;
  }
  return undefined;
}

/** Whether `error` is the driver's error with this Neo4j status code. */
export function isNeo4jCode(error: unknown, code: string): boolean {
  return driverCode(error) === code;
}

/** Maps any failure of a store operation to a GovgraphError naming `uri` and what was being done. */
export function translateError(error: unknown, uri: string, doing: string): GovgraphError {
  if (isGovgraphError(error)) return error;
  const code = driverCode(error);
  const detail = error instanceof Error ? error.message : String(error);
  const where = redactUri(uri);
  if (code !== undefined && UNAVAILABLE_CODES.has(code)) return unavailable(error, where, doing, detail);
  if (code !== undefined && code.startsWith('Neo.ClientError.Transaction.TransactionTimedOut')) {
    return new GovgraphError('TIMEOUT', `Neo4j at ${where} abandoned a transaction that ran past its time limit while ${doing}`, { uri: where, neo4jCode: code }, { cause: error });
  }
  if (code !== undefined && (AUTH_CODES.has(code) || code.startsWith('Neo.ClientError.Security.'))) {
    return new GovgraphError(
      'STORE_AUTH_FAILED',
      `Neo4j at ${where} refused the credentials while ${doing} (check --user/--password or NEO4J_USERNAME/NEO4J_PASSWORD): ${detail}`,
      { uri: where },
      { cause: error },
    );
  }
  return new GovgraphError('STORE_ERROR', `Neo4j at ${where} failed while ${doing}: ${detail}`, { uri: where, ...(code ? { neo4jCode: code } : {}) }, { cause: error });
}

function unavailable(error: unknown, where: string, doing: string, detail: string): GovgraphError {
  return new GovgraphError('STORE_UNAVAILABLE', `Neo4j at ${where} is unavailable while ${doing}: ${detail}`, { uri: where }, { cause: error });
}

/**
 * {@link translateError} for a failure that may have come from Neo4j going away. The driver does not
 * always give a dropped connection an availability code (a connection closed while a query ran was
 * once reported as a plain error), so an error that Neo4j itself did not send (its codes start with
 * `Neo.`) counts as STORE_UNAVAILABLE when `reachable` then finds Neo4j gone: the test is what
 * happened, not the wording of the message.
 */
export async function translateFailure(error: unknown, uri: string, doing: string, reachable: () => Promise<boolean>): Promise<GovgraphError> {
  const translated = translateError(error, uri, doing);
  if (translated.code !== 'STORE_ERROR' || driverCode(error)?.startsWith('Neo.')) return translated;
  if (await reachable()) return translated;
  return unavailable(error, redactUri(uri), doing, error instanceof Error ? error.message : String(error));
}
