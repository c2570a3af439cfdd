/**
 * `pnpm bench`: measures govgraph on a synthetic national graph at several sizes, on the memory
 * store and on a real Neo4j, beside the alternatives (hand-written Cypher, @neo4j/graphql, bare
 * graphql-js), and writes docs/benchmarks.md. Not part of the test run.
 *
 *   pnpm bench [--scales 0.1,0.3,1] [--stores memory,neo4j] [--iterations 200] [--http-seconds 10] [--out docs/benchmarks.md]
 */
import { writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { loadavg } from 'node:os';
import type { GraphData, GraphStore } from '@govgraph/core';
import { loadSeedDirectories, defaultSeedDirectories } from '@govgraph/seeds';
import { generateNationalGraph } from '@govgraph/synthetic';
import { measureReloads } from './reloads.js';
import { createMemoryStore } from '@govgraph/store-memory';
import { measureLatency, measureRun, type LatencyStats } from './measure.js';
import { runNeo4jBench, type Neo4jScaleResult } from './neo4j-bench.js';
import { runHttpBench, type HttpBenchResult } from './http-bench.js';
import { benchQuestions, type BenchQuestions } from './questions.js';
import { renderReport } from './report.js';

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

/** Figures of one store at one size. */
export interface StoreScaleResult {
  store: string;
  loadMs: number;
  /** The same graph loaded again over itself, without and with an audit entry. */
  reloadMs: number;
  auditedReloadMs: number;
  peakRssMb: number;
  latency: Record<string, LatencyStats>;
}

/** Everything measured at one size. */
export interface ScaleResult {
  scale: number;
  areas: number;
  entities: number;
  links: number;
  generateMs: number;
  /** The machine's 1-minute load average when this size started (other work inflates absolute figures). */
  loadAverage: number;
  memory?: StoreScaleResult | undefined;
  neo4j?: Neo4jScaleResult | undefined;
}

const { values } = parseArgs({
  options: {
    scales: { type: 'string', default: '0.1,0.3,1' },
    stores: { type: 'string', default: 'memory,neo4j' },
    iterations: { type: 'string', default: '200' },
    'http-seconds': { type: 'string', default: '10' },
    out: { type: 'string', default: join(repoRoot, 'docs', 'benchmarks.md') },
    help: { type: 'boolean', default: false },
  },
});
if (values.help) {
  process.stdout.write(
    'pnpm bench [--scales 0.1,0.3,1] [--stores memory,neo4j] [--iterations 200] [--http-seconds 10] [--out docs/benchmarks.md]\n',
  );
  process.exit(0);
}

const scales = values.scales.split(',').map(Number);
const stores = new Set(values.stores.split(','));
const iterations = Number(values.iterations);
const log = (line: string): void => {
  process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${line}\n`);
};

/** Runs every question against a store and reports each one's latency. */
async function measureQuestions(store: GraphStore, questions: Partial<BenchQuestions>): Promise<Record<string, LatencyStats>> {
  const out: Record<string, LatencyStats> = {};
  for (const [name, ask] of Object.entries(questions)) {
    log(`  ${store.name}: ${name}`);
    out[name] = await measureLatency((i) => ask!(store, i), name === 'personLinks' ? Math.max(10, Math.floor(iterations / 10)) : iterations);
  }
  return out;
}

async function benchMemory(graph: GraphData, questions: BenchQuestions): Promise<StoreScaleResult> {
  const store = createMemoryStore();
  log(`memory: loading ${graph.entities.length} entities, ${graph.links.length} links`);
  const load = await measureRun(() => store.replaceAll(graph));
  const latency = await measureQuestions(store, questions);
  const reloads = await measureReloads(store, graph, log);
  await store.close();
  return { store: 'memory', loadMs: load.ms, ...reloads, peakRssMb: load.peakRssMb, latency };
}

const reference = await loadSeedDirectories(defaultSeedDirectories().filter((d) => d.endsWith('reference')));
if (reference.problems.some((p) => p.severity === 'error')) throw new Error('the reference seeds have problems; run govgraph check');

const dutyIds = reference.data.entities.filter((e) => e.kind === 'Duty').map((e) => e.id).sort();
const results: ScaleResult[] = [];
let http: HttpBenchResult | undefined;
for (const scale of scales) {
  const areas = Math.max(1, Math.round(300 * scale));
  log(`scale ${scale}: generating ${areas} areas`);
  const generated = await measureRun(async () => generateNationalGraph(reference.data, { areas }));
  const graph = generated.result;
  const result: ScaleResult = {
    scale,
    areas,
    entities: graph.entities.length,
    links: graph.links.length,
    generateMs: generated.ms,
    loadAverage: loadavg()[0] ?? Number.NaN,
  };
  const questions = benchQuestions(areas, dutyIds);
  if (stores.has('memory')) result.memory = await benchMemory(graph, questions);
  if (stores.has('neo4j')) result.neo4j = await runNeo4jBench(graph, areas, dutyIds, { iterations, log, measureQuestions, questions });
  results.push(result);
  if (scale === scales[scales.length - 1] && stores.has('memory')) {
    log('GraphQL over HTTP vs bare graphql-js');
    http = await runHttpBench(graph, areas, dutyIds, { seconds: Number(values['http-seconds']), log });
  }
}

mkdirSync(dirname(values.out), { recursive: true });
writeFileSync(values.out, renderReport({ results, http, iterations, command: `pnpm bench ${process.argv.slice(2).join(' ')}`.trim() }));
log(`wrote ${values.out}`);
