/**
 * Graphviz layout off the main thread. Laying out a large neighbourhood takes Graphviz (WebAssembly)
 * a second or more of solid computation; on the main thread that second is one in which a server
 * answers nothing else, not even `/healthz`. Here the layout runs in one worker thread of its own,
 * so the event loop stays free while it computes, and a layout that runs past its time is stopped
 * by terminating the worker (the next layout starts a fresh one) instead of holding the server.
 *
 * The worker's code is a few lines evaluated in the worker (no file of its own to find, whether
 * govgraph runs from its TypeScript sources, from `dist/` or installed), importing Graphviz from the
 * file this package resolves it to.
 */
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { GovgraphError } from '@govgraph/core';

/** How long one layout may run before it is stopped: 60 s. */
export const DEFAULT_LAYOUT_TIMEOUT_MILLIS = 60_000;

/** One layout asked of the worker. */
interface LayoutRequest {
  id: number;
  dot: string;
  /** `unflatten`'s max minimum edge length, or null for no unflatten. */
  unflatten: number | null;
}

/** The worker's answer to one {@link LayoutRequest}. */
type LayoutReply = { id: number; svg: string } | { id: number; error: string };

const graphvizUrl = pathToFileURL(createRequire(import.meta.url).resolve('@hpcc-js/wasm-graphviz')).href;

/** The worker's program: load Graphviz once, then lay out each request in turn. */
const WORKER_SOURCE = `
const { parentPort } = require('node:worker_threads');
const graphviz = import(${JSON.stringify(graphvizUrl)}).then((module) => module.Graphviz.load());
parentPort.on('message', async ({ id, dot, unflatten }) => {
  try {
    const instance = await graphviz;
    const source = unflatten === null ? dot : instance.unflatten(dot, unflatten, true, 4);
    parentPort.postMessage({ id, svg: instance.dot(source, 'svg') });
  } catch (error) {
    parentPort.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
`;

interface Pending {
  resolve: (svg: string) => void;
  reject: (error: Error) => void;
  timer: NodeJS.Timeout;
}

/**
 * A Graphviz worker thread, started on first use. It keeps the process alive only while a layout
 * is pending, so a CLI run or a test ends as soon as its work is done.
 */
export class GraphvizWorker {
  private worker: Worker | null = null;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();

  constructor(private readonly timeoutMillis: number = DEFAULT_LAYOUT_TIMEOUT_MILLIS) {
    if (!Number.isInteger(timeoutMillis) || timeoutMillis < 1) {
      throw new GovgraphError('INVALID_INPUT', `a layout time limit is a whole number of milliseconds, at least 1 (got ${timeoutMillis})`, { field: 'timeoutMillis' });
    }
  }

  /** Lays out DOT source with `dot` (after `unflatten` when given) and returns the SVG document. */
  layout(dot: string, unflatten: number | null): Promise<string> {
    const worker = this.started();
    const id = this.nextId++;
    return new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.stop(new Error(`the Graphviz layout took longer than ${this.timeoutMillis} ms and was stopped`));
      }, this.timeoutMillis);
      timer.unref();
      this.pending.set(id, { resolve, reject, timer });
      worker.ref();
      worker.postMessage({ id, dot, unflatten } satisfies LayoutRequest);
    });
  }

  /** Stops the worker, failing any pending layout; the next layout starts a new one. */
  async close(): Promise<void> {
    this.stop(new Error('the Graphviz worker was closed'));
  }

  private started(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(WORKER_SOURCE, { eval: true });
    worker.unref();
    worker.on('message', (reply: LayoutReply) => this.settle(reply));
    worker.on('error', (error) => this.stop(error));
    worker.on('exit', (code) => {
      if (this.worker === worker) this.stop(new Error(`the Graphviz worker stopped (exit code ${code})`));
    });
    this.worker = worker;
    return worker;
  }

  private settle(reply: LayoutReply): void {
    const job = this.pending.get(reply.id);
    if (!job) return;
    this.pending.delete(reply.id);
    clearTimeout(job.timer);
    if ('svg' in reply) job.resolve(reply.svg);
    else job.reject(new Error(reply.error));
    if (this.pending.size === 0) this.worker?.unref();
  }

  /** Fails every pending layout with `reason` and ends the worker (a runaway layout dies with it). */
  private stop(reason: Error): void {
    const worker = this.worker;
    this.worker = null;
    for (const job of this.pending.values()) {
      clearTimeout(job.timer);
      job.reject(reason);
    }
    this.pending.clear();
    if (worker) void worker.terminate();
  }
}
