/**
 * A server-wide queue for fields that compute rather than read (diagrams, the health report,
 * analytics, paths). Their work is CPU: the analyses and the building of a diagram on the event
 * loop, an SVG's Graphviz layout in the diagrams package's worker thread. Twenty aliased diagrams
 * started by one request would otherwise all start at once, and /healthz, cheap reads and every
 * other client would wait for all of them. Here at most `concurrency` run at once, and a finished
 * field hands its turn to the next one with `setImmediate`, after the loop has read whatever sockets
 * are waiting, so other requests are answered between heavy fields (a wait of one field's work, not
 * of a whole request's), and during an SVG's layout.
 */
import { GovgraphError } from '@govgraph/core';

/** Runs heavy work a few at a time, in arrival order. */
export interface HeavyWorkQueue {
  /** Runs `work` once it has a turn; rejects with RATE_LIMITED when the queue is already full. */
  run<T>(work: () => Promise<T> | T): Promise<T>;
  /** Work running now. */
  readonly running: number;
  /** Work waiting for a turn. */
  readonly waiting: number;
}

/** Builds a queue; limits that are not whole numbers (concurrency at least 1) are INVALID_INPUT. */
export function createHeavyWorkQueue(concurrency: number, maxQueued: number): HeavyWorkQueue {
  if (!Number.isInteger(concurrency) || concurrency < 1) {
    throw new GovgraphError('INVALID_INPUT', `maxConcurrentHeavyFields must be a whole number of at least 1, got ${concurrency}`, { maxConcurrentHeavyFields: concurrency });
  }
  if (!Number.isInteger(maxQueued) || maxQueued < 0) {
    throw new GovgraphError('INVALID_INPUT', `maxQueuedHeavyFields must be a whole number, got ${maxQueued}`, { maxQueuedHeavyFields: maxQueued });
  }
  const queue: (() => void)[] = [];
  let running = 0;
  const handOver = (): void => {
    running--;
    const next = queue.shift();
    if (next) {
      running++;
      setImmediate(next);
    }
  };
  return {
    get running() {
      return running;
    },
    get waiting() {
      return queue.length;
    },
    run<T>(work: () => Promise<T> | T): Promise<T> {
      const start = (resolve: (value: T) => void, reject: (error: unknown) => void): void => {
        let result: Promise<T>;
        try {
          result = Promise.resolve(work());
        } catch (error) {
          result = Promise.reject(error);
        }
        result.then(resolve, reject).finally(handOver);
      };
      return new Promise<T>((resolve, reject) => {
        if (running < concurrency) {
          running++;
          start(resolve, reject);
          return;
        }
        if (queue.length >= maxQueued) {
          reject(
            new GovgraphError('RATE_LIMITED', `the server is busy: ${queue.length} diagrams, reports or analyses are already waiting; try again shortly`, {
              limit: 'maxQueuedHeavyFields',
              max: maxQueued,
              retryAfterSeconds: 1,
            }),
          );
          return;
        }
        queue.push(() => start(resolve, reject));
      });
    },
  };
}
