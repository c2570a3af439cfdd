/**
 * A per-client request limit for the HTTP server, so one client sending valid queries flat out
 * cannot take every other client's share. Counting is rate-limiter-flexible's (a fixed window per
 * client, in memory: one server process). A client is its API key when it sends one, else its IP
 * address; behind a reverse proxy every anonymous client shares the proxy's address, so limit
 * there instead (or as well).
 */
import type { IncomingMessage } from 'node:http';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { GovgraphError } from '@govgraph/core';
import type { Principal } from '@govgraph/editing';

/** How many GraphQL requests one client may make in a window. */
export interface RateLimitOptions {
  /** Requests per client per window (a whole number, at least 1). */
  requests: number;
  /** The window in seconds; default 60. */
  perSeconds?: number | undefined;
}

/** Takes one request from a client's allowance, or refuses it. */
export interface ClientRateLimiter {
  /** Resolves when `client` may go on; rejects with RATE_LIMITED (details.retryAfterSeconds) when it has used its allowance. */
  take(client: string): Promise<void>;
}

/** Checks the options and builds the limiter; bad options are INVALID_INPUT. */
export function createClientRateLimiter(options: RateLimitOptions): ClientRateLimiter {
  const perSeconds = options.perSeconds ?? 60;
  if (!Number.isInteger(options.requests) || options.requests < 1) {
    throw new GovgraphError('INVALID_INPUT', `rateLimit.requests must be a whole number of at least 1, got ${options.requests}`, { requests: options.requests });
  }
  if (!Number.isInteger(perSeconds) || perSeconds < 1) {
    throw new GovgraphError('INVALID_INPUT', `rateLimit.perSeconds must be a whole number of at least 1, got ${perSeconds}`, { perSeconds });
  }
  const limiter = new RateLimiterMemory({ points: options.requests, duration: perSeconds });
  return {
    async take(client) {
      try {
        await limiter.consume(client);
      } catch (refusal) {
        if (!(refusal instanceof RateLimiterRes)) throw refusal;
        const retryAfterSeconds = Math.max(1, Math.ceil(refusal.msBeforeNext / 1000));
        throw new GovgraphError('RATE_LIMITED', `more than ${options.requests} requests in ${perSeconds} s from this client; try again in ${retryAfterSeconds} s`, {
          limit: 'rateLimit',
          requests: options.requests,
          perSeconds,
          retryAfterSeconds,
        });
      }
    },
  };
}

/**
 * Who a request counts against, for the rate limit and the in-flight cap: its API key, or its IP
 * address when it sends none.
 */
export function limitedClient(principal: Principal, req: IncomingMessage): string {
  if (principal.keyId !== undefined) return `key:${principal.keyId}`;
  return `ip:${req.socket.remoteAddress ?? 'unknown'}`;
}
