/**
 * Why a ModernGov site could not be read, as a code callers tell apart (the CLI maps them to exit
 * statuses; tests assert on them), never by message text.
 */

/** Every way reading a ModernGov site fails. */
export const MODERNGOV_ERROR_CODES = [
  /** No answer at all: DNS, refused connection, reset, after every retry. */
  'unreachable',
  /** No answer within the time allowed, after every retry. */
  'timeout',
  /** Still 429 or 503 after every retry. */
  'rate-limited',
  /** Another HTTP status (404, 500, ...). */
  'http-error',
  /** An HTML page (a login, an error or a "service unavailable" page) where XML was expected. */
  'error-page',
  /** XML that is not the shape the web service answers with. */
  'malformed-xml',
  /** A site address that is not an http(s) URL. */
  'invalid-site',
] as const;
/** One of {@link MODERNGOV_ERROR_CODES}. */
export type ModernGovErrorCode = (typeof MODERNGOV_ERROR_CODES)[number];

/** A ModernGov site failed in a way govgraph can explain; `url` is what was asked for. */
export class ModernGovError extends Error {
  override readonly name = 'ModernGovError';
  constructor(
    readonly code: ModernGovErrorCode,
    message: string,
    readonly url?: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** True for a {@link ModernGovError}, optionally of one code. */
export function isModernGovError(error: unknown, code?: ModernGovErrorCode): error is ModernGovError {
  return error instanceof ModernGovError && (code === undefined || error.code === code);
}
