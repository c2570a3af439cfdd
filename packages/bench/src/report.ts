/**
 * Renders the bench results as docs/benchmarks.md: the command, the machine, a scaling table per
 * store, and the ratios we quote against the targets.
 */
import { cpus, totalmem, platform, release } from 'node:os';
import type { LatencyStats } from './measure.js';
import { ms } from './measure.js';
import type { HttpBenchResult } from './http-bench.js';
import type { ScaleResult } from './run.js';

function row(cells: (string | number)[]): string {
  return `| ${cells.join(' | ')} |`;
}

function lat(stats: LatencyStats | { error: string } | undefined): string {
  if (!stats) return 'n/a';
  if ('error' in stats) return 'failed';
  return `${ms(stats.p50)} / ${ms(stats.p95)}`;
}

function ratio(a: number | undefined, b: number | undefined): string {
  if (a === undefined || b === undefined || !Number.isFinite(a) || !Number.isFinite(b) || b === 0) return 'n/a';
  return `${(a / b).toFixed(2)}x`;
}

/** The whole report as Markdown. */
export function renderReport(input: { results: ScaleResult[]; http: HttpBenchResult | undefined; iterations: number; command: string }): string {
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  const lines: string[] = [
    '# Benchmarks',
    '',
    'Measured by `pnpm bench` (see `bench/run.ts`); not part of the test run. Regenerate this file with the command below.',
    '',
    `- Command: \`${input.command}\``,
    `- Date: ${new Date().toISOString().slice(0, 10)}`,
    `- Machine: ${cpu}, ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, ${platform()} ${release()}, Node ${process.version}`,
    `- Data: the synthetic national graph (\`@govgraph/synthetic\`, seed 2026) on the real reference layer; 100% = 300 partnership areas with ten years of quarterly meetings.`,
    `- Questions (asked as of 2018-06-01, spread over areas and duties, ${input.iterations} iterations after warm-up): oversight of a duty in an area; shortest governance path from a person to their partnership (max 4 hops); interdependencies of a partnership at depth 2; person-dependent links of an area (the analytics).`,
    '- Latencies are p50 / p95 in milliseconds.',
    '',
    '## Scaling',
    '',
    row(['size', 'areas', 'entities', 'links', 'store', 'load (s)', 'load peak RSS (MiB)', 'oversight', 'path', 'interdependencies d2', 'person links']),
    row(['---', '---', '---', '---', '---', '---', '---', '---', '---', '---', '---']),
  ];
  for (const r of input.results) {
    for (const s of [r.memory, r.neo4j]) {
      if (!s) continue;
      lines.push(
        row([
          `${Math.round(r.scale * 100)}%`,
          r.areas,
          r.entities.toLocaleString('en-GB'),
          r.links.toLocaleString('en-GB'),
          s.store,
          (s.loadMs / 1000).toFixed(1),
          'peakRssMb' in s ? s.peakRssMb.toFixed(0) : 'server',
          lat(s.latency.oversight),
          lat(s.latency.path),
          lat(s.latency.interdependencies),
          lat(s.latency.personLinks),
        ]),
      );
    }
  }
  const neo = input.results.filter((r) => r.neo4j);
  if (neo.length > 0) {
    lines.push(
      '',
      '## Oversight on Neo4j: govgraph against the alternatives',
      '',
      'The same question on the same data: govgraph\'s Neo4j store (which also builds the full answer: entities, chains and their provenance), one hand-written Cypher query through neo4j-driver (the floor), and @neo4j/graphql serving the same database with the equivalent nested query.',
      '',
      row(['size', 'govgraph', 'hand-written Cypher', '@neo4j/graphql', 'govgraph / Cypher (target <= 1.5x)', '@neo4j/graphql / govgraph (target >= 2x)']),
      row(['---', '---', '---', '---', '---', '---']),
    );
    for (const r of neo) {
      const n = r.neo4j!;
      const g = n.latency.oversight?.p50;
      const alt = 'error' in n.neo4jGraphqlOversight ? undefined : n.neo4jGraphqlOversight.p50;
      lines.push(row([`${Math.round(r.scale * 100)}%`, lat(n.latency.oversight), lat(n.handwrittenOversight), lat(n.neo4jGraphqlOversight), ratio(g, n.handwrittenOversight.p50), ratio(alt, g)]));
    }
    for (const r of neo) {
      if ('error' in r.neo4j!.neo4jGraphqlOversight) lines.push('', `@neo4j/graphql at ${Math.round(r.scale * 100)}% failed: ${r.neo4j!.neo4jGraphqlOversight.error}`);
    }
  }
  if (input.http) {
    const h = input.http;
    lines.push(
      '',
      '## GraphQL over HTTP',
      '',
      `autocannon, ${h.connections} connections for ${h.seconds} s each, on loopback; question: ${h.query}; memory store at the largest size measured.`,
      '',
      row(['server', 'requests/s', 'p50 (ms)', 'p99 (ms)', 'errors', 'non-2xx']),
      row(['---', '---', '---', '---', '---', '---']),
      row(['govgraph (Apollo, limits, DataLoaders)', h.govgraph.rps.toFixed(0), h.govgraph.p50, h.govgraph.p99, h.govgraph.errors, h.govgraph.non2xx]),
      row(['bare graphql-js behind node:http', h.bare.rps.toFixed(0), h.bare.p50, h.bare.p99, h.bare.errors, h.bare.non2xx]),
      '',
      `govgraph reaches ${ratio(h.govgraph.rps, h.bare.rps)} of the bare throughput (target >= 0.5x).`,
    );
  }
  lines.push('');
  return lines.join('\n');
}
