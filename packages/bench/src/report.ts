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
    'Measured by `pnpm bench` (see `packages/bench/src/run.ts`); not part of the test run. Regenerate this file with the command below.',
    '',
    `- Command: \`${input.command}\``,
    `- Date: ${new Date().toISOString().slice(0, 10)}`,
    `- Machine: ${cpu}, ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, ${platform()} ${release()}, Node ${process.version}`,
    `- Data: the synthetic national graph (\`@govgraph/synthetic\`, seed 2026) on the real reference layer; 100% = 300 partnership areas with ten years of quarterly meetings.`,
    `- Questions (asked as of 2018-06-01, spread over areas and duties, ${input.iterations} iterations after warm-up): oversight of a duty in an area; shortest governance path from a person to their partnership (max 4 hops); interdependencies of a partnership at depth 2; person-dependent links of an area (the analytics).`,
    '- Latencies are p50 / p95 in milliseconds.',
    '- Loads: "load" into an empty store (Neo4j: an empty database); "reload", after the questions, the same graph loaded again over itself; "audited reload" the same with an audit entry, as `govgraph load` writes, which compares every fact with the one it replaces (what was added, removed and changed).',
    `- Machine load: 1-minute load average when each size started: ${input.results.map((r) => `${Math.round(r.scale * 100)}% ${r.loadAverage.toFixed(1)}`).join(', ')} (on ${cpus().length} cores; other work on the machine inflates absolute figures, which is why the ratios below are measured interleaved).`,
    '- Neo4j: Community 5.26 started by `@govgraph/neo4j-local` for each size on an empty database (heap 6 GiB, page cache 4 GiB), loaded with `replaceAll`, which ends by resampling the indexes and clearing the query caches (`db.prepareForReplanning`, inside the load time), so every query is planned on the loaded graph\'s statistics; measured once the indexes are online.',
    '',
    '## Scaling',
    '',
    row(['size', 'areas', 'entities', 'links', 'store', 'load (s)', 'reload (s)', 'audited reload (s)', 'load peak RSS (MiB)', 'oversight', 'path', 'interdependencies d2', 'person links']),
    row(['---', '---', '---', '---', '---', '---', '---', '---', '---', '---', '---', '---', '---']),
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
          (s.reloadMs / 1000).toFixed(1),
          (s.auditedReloadMs / 1000).toFixed(1),
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
      'The same question on the same data, asked of all three in turn in each round (interleaved, so they share whatever else the machine is doing): govgraph\'s Neo4j store (`store.oversight`: the full answer, with every entity, chain and citation, decoded into objects), one hand-written Cypher query through neo4j-driver returning ids only (the floor; it applies the same rules: the duty holding and in the area, bodies and organisations only, chains of one to four SUB_GROUP_OF/REPORTS_TO links through distinct bodies, every node and link holding on the day and national or in the area), and @neo4j/graphql serving the same database with a nested query (see `neo4jGraphqlOversightQuery`: it asks less than govgraph answers, as REPORTS_TO is not followed further up and node kinds are not checked, so it is if anything favoured).',
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
  lines.push(...targets(input));
  lines.push('');
  return lines.join('\n');
}

/** The issue's targets against the largest size measured, met or not, computed from the figures above. */
function targets(input: { results: ScaleResult[]; http: HttpBenchResult | undefined }): string[] {
  const largest = input.results[input.results.length - 1];
  if (!largest) return [];
  const size = `${Math.round(largest.scale * 100)}%`;
  const rows: string[][] = [];
  const verdict = (met: boolean): string => (met ? 'yes' : '**no**');
  const m = largest.memory;
  if (m) {
    rows.push(['memory store: oversight p50 under 1 ms', `${ms(m.latency.oversight!.p50)} ms`, verdict(m.latency.oversight!.p50 < 1)]);
    rows.push(['memory store: load under 30 s', `${(m.loadMs / 1000).toFixed(1)} s (${largest.links.toLocaleString('en-GB')} links)`, verdict(m.loadMs < 30_000)]);
  }
  const n = largest.neo4j;
  if (n) {
    const g = n.latency.oversight!.p50;
    const floor = n.handwrittenOversight.p50;
    rows.push(['Neo4j: govgraph oversight within 1.5x of hand-written Cypher', `${(g / floor).toFixed(2)}x (${ms(g)} ms vs ${ms(floor)} ms)`, verdict(g / floor <= 1.5)]);
    const alt = n.neo4jGraphqlOversight;
    rows.push(
      'error' in alt
        ? ['Neo4j: at least 2x faster than @neo4j/graphql', '@neo4j/graphql failed', 'not measured']
        : ['Neo4j: at least 2x faster than @neo4j/graphql', `${(alt.p50 / g).toFixed(2)}x (${ms(alt.p50)} ms vs ${ms(g)} ms)`, verdict(alt.p50 / g >= 2)],
    );
    rows.push(['loading 1M links into Neo4j under 2 minutes', `${(n.loadMs / 1000).toFixed(1)} s for ${largest.links.toLocaleString('en-GB')} links`, largest.links >= 1_000_000 ? verdict(n.loadMs < 120_000) : 'not at 1M links']);
  }
  if (input.http) rows.push(['GraphQL over HTTP at least half a bare graphql-js', `${(input.http.govgraph.rps / input.http.bare.rps).toFixed(2)}x of bare`, verdict(input.http.govgraph.rps / input.http.bare.rps >= 0.5)]);
  return [
    '',
    '## Targets',
    '',
    `Issue 7's targets against the largest size measured (${size}), computed from the tables above.`,
    '',
    row(['target (issue 7)', `result at ${size}`, 'met?']),
    row(['---', '---', '---']),
    ...rows.map(row),
  ];
}
