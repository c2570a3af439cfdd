/**
 * Small measuring helpers for the bench command: latency percentiles and peak memory while a task runs.
 * Benchmarks are never part of the test run; these helpers are only used by `pnpm bench`.
 */
import { performance } from 'node:perf_hooks';

/** Latency figures of one question, in milliseconds. */
export interface LatencyStats {
  n: number;
  p50: number;
  p95: number;
  mean: number;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] as number;
}

/** Runs `task(i)` `warmup` times unmeasured, then `iterations` times, and reports percentiles. */
export async function measureLatency(task: (i: number) => Promise<unknown>, iterations: number, warmup = Math.min(20, iterations)): Promise<LatencyStats> {
  for (let i = 0; i < warmup; i += 1) await task(i);
  const samples: number[] = [];
  for (let i = 0; i < iterations; i += 1) {
    const start = performance.now();
    await task(i);
    samples.push(performance.now() - start);
  }
  return stats(samples);
}

/**
 * Measures several tasks that answer the same question side by side: after `warmup` unmeasured
 * rounds, each round runs every task once on the same `i`, in an order shuffled afresh each round
 * (seeded, so runs repeat). Background work on the machine or the database (a checkpoint, another
 * process) then slows all of them alike instead of whichever happened to be measured at the time,
 * and no task always runs right after the same one (a heavy task leaves garbage to collect and
 * cold caches to whatever follows it), so their ratios hold.
 */
export async function measureInterleaved<K extends string>(
  tasks: Record<K, (i: number) => Promise<unknown>>,
  iterations: number,
  warmup = Math.min(20, iterations),
): Promise<Record<K, LatencyStats>> {
  const names = Object.keys(tasks) as K[];
  for (let i = 0; i < warmup; i += 1) for (const name of names) await tasks[name](i);
  const samples = new Map<K, number[]>(names.map((name) => [name, []]));
  const order = [...names];
  let seed = 2026;
  const random = (): number => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return seed / 2 ** 32;
  };
  for (let i = 0; i < iterations; i += 1) {
    for (let k = order.length - 1; k > 0; k -= 1) {
      const j = Math.floor(random() * (k + 1));
      [order[k], order[j]] = [order[j] as K, order[k] as K];
    }
    for (const name of order) {
      const start = performance.now();
      await tasks[name](i);
      samples.get(name)!.push(performance.now() - start);
    }
  }
  return Object.fromEntries(names.map((name) => [name, stats(samples.get(name)!)])) as Record<K, LatencyStats>;
}

function stats(samples: number[]): LatencyStats {
  samples.sort((a, b) => a - b);
  return {
    n: samples.length,
    p50: percentile(samples, 50),
    p95: percentile(samples, 95),
    mean: samples.reduce((a, b) => a + b, 0) / samples.length,
  };
}

/** Runs `task` while sampling this process's RSS; returns its result, wall time and peak RSS growth. */
export async function measureRun<T>(task: () => Promise<T>): Promise<{ result: T; ms: number; peakRssMb: number; rssBeforeMb: number }> {
  const before = process.memoryUsage().rss;
  let peak = before;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 25);
  const start = performance.now();
  try {
    const result = await task();
    peak = Math.max(peak, process.memoryUsage().rss);
    return { result, ms: performance.now() - start, peakRssMb: (peak - before) / 2 ** 20, rssBeforeMb: before / 2 ** 20 };
  } finally {
    clearInterval(timer);
  }
}

/** Formats milliseconds for the report: three significant figures. */
export function ms(value: number): string {
  if (!Number.isFinite(value)) return 'n/a';
  if (value >= 100) return value.toFixed(0);
  if (value >= 10) return value.toFixed(1);
  if (value >= 1) return value.toFixed(2);
  return value.toFixed(3);
}
