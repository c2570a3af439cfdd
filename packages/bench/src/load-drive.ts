/**
 * The load generator's side of `pnpm loadtest`: one autocannon run of a list of requests with exact
 * latency percentiles, and the abusive stream with each answer classified. The abusive stream runs
 * in a child process (load-abuse.ts) so that building megabyte bodies and reading its answers does
 * not delay the event loop that times the normal traffic.
 */
import autocannon from 'autocannon';
import { abusiveRequests, classifyAbuse, errorCodes, type LoadRequest } from './load-traffic.js';
import type { AbuseTally, TrafficSummary } from './load-report.js';

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/**
 * One autocannon run of `requests` against `url` for `seconds` (each connection cycles through
 * them), with percentiles over every response's latency rather than autocannon's (which has no p95).
 */
export async function drive(
  url: string,
  requests: readonly LoadRequest[],
  options: { connections: number; seconds: number; onResponse?: (request: LoadRequest, status: number, body: string) => void },
): Promise<TrafficSummary> {
  const latencies: number[] = [];
  let graphqlErrors = 0;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url,
        connections: options.connections,
        duration: options.seconds,
        requests: requests.map((request) => ({
          method: request.method,
          path: request.path,
          headers: request.headers,
          body: request.body,
          onResponse: (status: number, body: string) => {
            if (status === 200 && body.includes('"errors"')) graphqlErrors++;
            options.onResponse?.(request, status, body);
          },
        })),
      },
      (error, finished) => (error ? reject(error) : resolve(finished)),
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => {
      latencies.push(responseTime);
    });
  });
  latencies.sort((a, b) => a - b);
  const byStatus: Record<string, number> = {};
  for (const [code, stats] of Object.entries(result.statusCodeStats ?? {})) byStatus[code] = (stats as { count: number }).count;
  return {
    connections: options.connections,
    seconds: result.duration,
    requests: latencies.length,
    throughput: latencies.length / result.duration,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    max: latencies.at(-1) ?? 0,
    byStatus,
    serverErrors: result['5xx'],
    socketErrors: result.errors,
    timeouts: result.timeouts,
    graphqlErrors,
  };
}

/** The abusive stream against `url`, with how each kind of request was answered. */
export async function driveAbuse(url: string, options: { connections: number; seconds: number }): Promise<{ summary: TrafficSummary; tallies: Record<string, AbuseTally> }> {
  const tallies: Record<string, AbuseTally> = {};
  for (const request of abusiveRequests()) tallies[request.name] = { requests: 0, rejected: 0, answered: 0, serverErrors: 0, statuses: {}, codes: {} };
  const summary = await drive(url, abusiveRequests(), {
    ...options,
    onResponse: (request, status, body) => {
      const tally = tallies[request.name]!;
      tally.requests++;
      const outcome = classifyAbuse(status, body);
      if (outcome === 'rejected') tally.rejected++;
      else if (outcome === 'answered') tally.answered++;
      else tally.serverErrors++;
      tally.statuses[String(status)] = (tally.statuses[String(status)] ?? 0) + 1;
      for (const code of new Set(errorCodes(body))) tally.codes[code] = (tally.codes[code] ?? 0) + 1;
    },
  });
  return { summary, tallies };
}
