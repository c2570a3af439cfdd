/**
 * A per-client cap on GraphQL requests running at once. The rate limit counts requests, not how
 * long they run: a client within its allowance could still hold the store with a few slow queries
 * each, and a request abandoned at the timeout keeps the store busy until it finishes. This counts a
 * request from the moment it is accepted until its work has settled (even after its client was told
 * TIMEOUT), so a client's slow work is bounded however it is sent.
 */
import { GovgraphError } from '@govgraph/core';

/** Admits a client's request while it has fewer than the maximum running, or refuses it. */
export interface InFlightLimiter {
  /**
   * Counts one more request running for `client` and returns the function that ends it (call it
   * once, when the request's work has settled). Throws RATE_LIMITED when `client` is at the maximum.
   */
  enter(client: string): () => void;
}

/** Builds the limiter; a maximum that is not a whole number of at least 1 is INVALID_INPUT. */
export function createInFlightLimiter(max: number): InFlightLimiter {
  if (!Number.isInteger(max) || max < 1) {
    throw new GovgraphError('INVALID_INPUT', `maxInFlightPerClient must be a whole number of at least 1, got ${max}`, { maxInFlightPerClient: max });
  }
  const running = new Map<string, number>();
  return {
    enter(client) {
      const now = running.get(client) ?? 0;
      if (now >= max) {
        throw new GovgraphError('RATE_LIMITED', `this client already has ${max} GraphQL request${max === 1 ? '' : 's'} running; wait for one to finish`, {
          limit: 'maxInFlightPerClient',
          max,
          retryAfterSeconds: 1,
        });
      }
      running.set(client, now + 1);
      let ended = false;
      return () => {
        if (ended) return;
        ended = true;
        const left = (running.get(client) ?? 1) - 1;
        if (left === 0) running.delete(client);
        else running.set(client, left);
      };
    },
  };
}
