/**
 * HTTP for someone else's server: one request at a time with a pause between requests, a time limit
 * on each, and retries with exponential backoff on the answers that mean "later" (429, 502, 503, 504,
 * a timeout, a dropped connection), waiting as long as the server's `Retry-After` asks (seconds or an
 * HTTP date, capped). Everything a test needs to control (the clock, sleeping, fetch) is injectable.
 */
import { ModernGovError } from './errors.js';

/** Options of {@link PoliteFetcher}. */
export interface PoliteFetchOptions {
  /** Least time between the start of one request and the next, in ms (default 1000). */
  minIntervalMs?: number | undefined;
  /** Time allowed for one request, in ms (default 30000). */
  timeoutMs?: number | undefined;
  /** Retries after the first try (default 4). */
  retries?: number | undefined;
  /** First backoff, doubled each retry (default 1000 ms). */
  backoffMs?: number | undefined;
  /** Longest wait for one retry, whatever `Retry-After` says (default 120000 ms). */
  maxWaitMs?: number | undefined;
  /** Sent as `User-Agent` so the council can see who is asking. */
  userAgent?: string | undefined;
  /** Replaces the global fetch (tests). */
  fetch?: typeof fetch | undefined;
  /** Replaces waiting (tests record the waits instead). */
  sleep?: ((ms: number) => Promise<void>) | undefined;
  /** Replaces the clock (ms since the epoch). */
  now?: (() => number) | undefined;
}

/** A fetched resource. */
export interface FetchedResource {
  url: string;
  status: number;
  contentType: string;
  body: Uint8Array;
}

/** Statuses that mean "try again later". */
const RETRY_STATUSES = new Set([429, 502, 503, 504]);

/** The default User-Agent: says what is asking and why. */
export const DEFAULT_USER_AGENT = 'govgraph-moderngov-import/0.1 (reads published committee papers; one request at a time)';

const sleepFor = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** How long a `Retry-After` header asks to wait, in ms, or null when it says nothing usable. */
export function retryAfterMs(header: string | null, now: number): number | null {
  if (header === null) return null;
  const value = header.trim();
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}

/** Fetches one URL at a time, politely; see the module comment. */
export class PoliteFetcher {
  private readonly minIntervalMs: number;
  private readonly timeoutMs: number;
  private readonly retries: number;
  private readonly backoffMs: number;
  private readonly maxWaitMs: number;
  private readonly userAgent: string;
  private readonly fetchImpl: typeof fetch;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly now: () => number;
  private lastStart: number | null = null;
  private queue: Promise<unknown> = Promise.resolve();
  /** Requests made (each try counts), for reports and tests. */
  requests = 0;

  constructor(options: PoliteFetchOptions = {}) {
    this.minIntervalMs = options.minIntervalMs ?? 1000;
    this.timeoutMs = options.timeoutMs ?? 30_000;
    this.retries = options.retries ?? 4;
    this.backoffMs = options.backoffMs ?? 1000;
    this.maxWaitMs = options.maxWaitMs ?? 120_000;
    this.userAgent = options.userAgent ?? DEFAULT_USER_AGENT;
    this.fetchImpl = options.fetch ?? fetch;
    this.sleep = options.sleep ?? sleepFor;
    this.now = options.now ?? Date.now;
  }

  /** GETs `url`, retrying as the module comment says; a final failure is a {@link ModernGovError}. */
  get(url: string): Promise<FetchedResource> {
    // One request at a time, even when callers ask concurrently.
    const run = this.queue.then(() => this.getWithRetries(url));
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async getWithRetries(url: string): Promise<FetchedResource> {
    for (let attempt = 0; ; attempt++) {
      const last = attempt >= this.retries;
      await this.waitTurn();
      let response: Response;
      try {
        this.requests++;
        response = await this.fetchImpl(url, { headers: { 'user-agent': this.userAgent, accept: 'text/xml, application/xml, */*' }, signal: AbortSignal.timeout(this.timeoutMs), redirect: 'follow' });
      } catch (error) {
        const timedOut = error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
        if (last) {
          throw new ModernGovError(timedOut ? 'timeout' : 'unreachable', `${url}: ${timedOut ? `no answer within ${this.timeoutMs} ms` : `cannot be reached (${describeCause(error)})`}, after ${attempt + 1} tries`, url, { cause: error });
        }
        await this.sleep(this.backoff(attempt));
        continue;
      }
      if (response.ok) {
        const body = new Uint8Array(await response.arrayBuffer());
        return { url: response.url || url, status: response.status, contentType: response.headers.get('content-type') ?? '', body };
      }
      await response.arrayBuffer().catch(() => undefined);
      if (!RETRY_STATUSES.has(response.status)) throw new ModernGovError('http-error', `${url}: HTTP ${response.status} ${response.statusText}`.trim(), url);
      if (last) {
        throw new ModernGovError(response.status === 429 || response.status === 503 ? 'rate-limited' : 'http-error', `${url}: still HTTP ${response.status} after ${attempt + 1} tries`, url);
      }
      const asked = retryAfterMs(response.headers.get('retry-after'), this.now());
      await this.sleep(Math.min(this.maxWaitMs, Math.max(asked ?? 0, this.backoff(attempt))));
    }
  }

  private backoff(attempt: number): number {
    return Math.min(this.maxWaitMs, this.backoffMs * 2 ** attempt);
  }

  private async waitTurn(): Promise<void> {
    const now = this.now();
    if (this.lastStart !== null) {
      const wait = this.lastStart + this.minIntervalMs - now;
      if (wait > 0) await this.sleep(wait);
    }
    this.lastStart = this.now();
  }
}

function describeCause(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ?? cause?.message ?? (error instanceof Error ? error.message : String(error));
}
