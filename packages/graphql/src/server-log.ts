/**
 * What the server tells its operator: one JSON object a line on stderr for every 5xx answer, every
 * store failure (Neo4j gone, a failed save, a query Neo4j abandoned) and every unexpected error,
 * so an outage, a full disk or a corrupted keys file shows in the log rather than only in some
 * client's answer. API clients get a code and a clear message; the details are here. Nothing
 * secret is written: no request headers at all, API keys and bearer tokens blanked wherever they
 * appear in a message, and user:password parts of URIs removed.
 */
import { isGovgraphError, type ErrorCode } from '@govgraph/core';

/** One line of the server log. */
export interface ServerLogEntry {
  /** What happened: `http-5xx`, `store-error`, `internal-error`, `health-check-failed`, `request-timeout`, `keys-file-unreadable`. */
  event: string;
  /** The error's code (`STORE_UNAVAILABLE`, `INTERNAL_SERVER_ERROR`, ...). */
  code?: string | undefined;
  /** The HTTP status answered, when there was one. */
  status?: number | undefined;
  /** The error's own message (secrets removed). */
  message: string;
  /** The GraphQL operation's name, the HTTP method and path, when known. */
  operation?: string | undefined;
  method?: string | undefined;
  path?: string | undefined;
  /** The GraphQL field path of a field's error, e.g. `oversight`. */
  field?: string | undefined;
  /** The stack of an unexpected error (secrets removed), for whoever mends it. */
  stack?: string | undefined;
}

/** Where log entries go. `false` in the server options turns logging off. */
export type ServerLog = (entry: ServerLogEntry) => void;

/** Error codes that mean the store failed, rather than the request being wrong. */
export const STORE_FAILURE_CODES: ReadonlySet<ErrorCode> = new Set<ErrorCode>(['STORE_UNAVAILABLE', 'STORE_ERROR', 'STORE_AUTH_FAILED', 'TIMEOUT']);

/** Codes of GraphQL errors (not govgraph errors) that are the server's fault: logged with their cause. */
export const SERVER_FAULT_GRAPHQL_CODES: ReadonlySet<string> = new Set(['DIAGRAM_FAILED']);

/**
 * `text` with secrets blanked: govgraph API keys (`ggk_<id>_<secret>`: the id is kept, the secret
 * is not), bearer tokens, the user:password part of URIs, and `password=` / `password:` values.
 */
export function redactSecrets(text: string): string {
  return text
    .replace(/\b(ggk_[0-9a-f]{16}_)[A-Za-z0-9_-]+/g, '$1[redacted]')
    .replace(/\b(Bearer\s+)(?!\[redacted\])[^\s;,"']+/gi, '$1[redacted]')
    .replace(/([a-z][a-z0-9+.-]*:\/\/)[^/@\s]+@/gi, '$1')
    .replace(/\b(password|passwd|pwd|secret|token)(["']?\s*[:=]\s*["']?)[^\s"',;]+/gi, '$1$2[redacted]');
}

/** A log writing JSON lines (with `time` and `level`) to `stream`, by default stderr. */
export function jsonLinesLog(stream: { write(text: string): unknown } = process.stderr): ServerLog {
  return (entry) => {
    const line: Record<string, unknown> = { time: new Date().toISOString(), level: 'error', service: 'govgraph' };
    for (const [key, value] of Object.entries(redactEntry(entry))) {
      if (value !== undefined) line[key] = value;
    }
    try {
      stream.write(`${JSON.stringify(line)}\n`);
    } catch {
      // A log that cannot be written must not take the request down with it.
    }
  };
}

/** `entry` with {@link redactSecrets} applied to every text in it. */
function redactEntry(entry: ServerLogEntry): ServerLogEntry {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(entry)) out[key] = typeof value === 'string' ? redactSecrets(value) : value;
  return out as unknown as ServerLogEntry;
}

/**
 * The log of a server's options: the given one, none for `false`, else JSON lines on stderr. Every
 * entry is redacted ({@link redactSecrets}) before it reaches the log, whichever log it is.
 */
export function serverLogOf(option: ServerLog | false | undefined): ServerLog {
  if (option === false) return () => undefined;
  const sink = option ?? jsonLinesLog();
  return (entry) => sink(redactEntry(entry));
}

/** The parts of an error worth logging: its code (if a GovgraphError), message and stack. */
export function describeError(error: unknown): { code?: string; message: string; stack?: string } {
  if (isGovgraphError(error)) return { code: error.code, message: error.message };
  if (error instanceof Error) return { message: `${error.name}: ${error.message}`, ...(error.stack ? { stack: error.stack } : {}) };
  return { message: String(error) };
}
