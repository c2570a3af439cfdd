/**
 * `pnpm loadtest`: govgraph's HTTP API under load on each store, with autocannon. For each store
 * (memory, filled from the seeds; Neo4j, a local one started here and loaded with the seeds) it runs
 * `govgraph serve` as its own process, then
 *
 *   1. normal traffic alone: `--connections` clients (default 50) asking the README's example
 *      questions in turn for `--duration` seconds (default 60);
 *   2. the same normal traffic again while `--abuse-connections` clients (default 5) send the abusive
 *      stream (too deep, too costly, too many aliases, huge bodies, malformed JSON, ...) flat out,
 *      from a process of their own;
 *
 * and writes p50/p95/p99 latency, throughput, 5xx counts and how each abusive request was answered
 * to docs/load-test.md. Exits 1 if any request got a 5xx, a normal question got an error, or an
 * abusive request was answered. Not part of the test run.
 *
 *   pnpm loadtest [--duration 60] [--connections 50] [--abuse-connections 5] [--warmup 10] [--stores memory,neo4j] [--out docs/load-test.md]
 */
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { startLocalNeo4j, type LocalNeo4j } from '@govgraph/neo4j-local';
import { createNeo4jStore } from '@govgraph/store-neo4j';
import { loadSeedGraph } from '@govgraph/seeds';
import { drive } from './load-drive.js';
import { normalRequests } from './load-traffic.js';
import { renderLoadReport, type AbuseTally, type LoadRunResult, type StoreLoadResult, type TrafficSummary } from './load-report.js';

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

const USAGE = 'pnpm loadtest [--duration 60] [--connections 50] [--abuse-connections 5] [--warmup 10] [--stores memory,neo4j] [--out docs/load-test.md]\n';

const { values } = parseArgs({
  options: {
    duration: { type: 'string', default: '60' },
    connections: { type: 'string', default: '50' },
    'abuse-connections': { type: 'string', default: '5' },
    warmup: { type: 'string', default: '10' },
    stores: { type: 'string', default: 'memory,neo4j' },
    out: { type: 'string', default: join(repoRoot, 'docs', 'load-test.md') },
    help: { type: 'boolean', default: false },
  },
});
if (values.help) {
  process.stdout.write(USAGE);
  process.exit(0);
}

function positiveInteger(name: string, value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) {
    process.stderr.write(`--${name} must be a whole number of at least 1, got ${JSON.stringify(value)}\n${USAGE}`);
    process.exit(2);
  }
  return n;
}

const duration = positiveInteger('duration', values.duration);
const connections = positiveInteger('connections', values.connections);
const abuseConnections = positiveInteger('abuse-connections', values['abuse-connections']);
const warmup = positiveInteger('warmup', values.warmup);
const stores = values.stores.split(',').map((s) => s.trim());
for (const store of stores) {
  if (store !== 'memory' && store !== 'neo4j') {
    process.stderr.write(`--stores takes memory and/or neo4j, got ${JSON.stringify(store)}\n${USAGE}`);
    process.exit(2);
  }
}

const log = (line: string): void => void process.stderr.write(`${line}\n`);
const formatLoad = (): string => loadavg().map((l) => l.toFixed(2)).join(' / ');
const startLoad = formatLoad();

/** A `govgraph serve` child process. */
interface ServeProcess {
  url: string;
  child: ChildProcess;
  /** Highest resident set size seen by {@link sampleRss} (MB). */
  peakRssMb: number;
  stop(): Promise<void>;
}

/** Starts `govgraph serve --port 0 <args>` and resolves with its URL once it prints it. */
function startServe(args: readonly string[]): Promise<ServeProcess> {
  const child = spawn(
    process.execPath,
    ['--conditions=@govgraph/source', '--import', 'tsx', join(repoRoot, 'packages', 'cli', 'src', 'bin.ts'), 'serve', '--port', '0', ...args],
    { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer): void => {
      output += chunk.toString();
      const match = /GraphQL API: (http:\/\/\S+)\/graphql/.exec(output);
      if (!match?.[1]) return;
      child.stdout?.off('data', onData);
      child.stdout?.resume();
      const exited = new Promise<void>((done) => child.once('exit', () => done()));
      resolve({
        url: match[1],
        child,
        peakRssMb: 0,
        async stop() {
          if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
          await exited;
        },
      });
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`govgraph serve exited (code ${code}) before listening:\n${output}`)));
  });
}

/** Runs a TypeScript file of this folder in a child Node process and parses the JSON it prints. */
function runTs<T>(file: string, args: readonly string[]): Promise<T> {
  const child = spawn(process.execPath, ['--conditions=@govgraph/source', '--import', 'tsx', fileURLToPath(new URL(file, import.meta.url)), ...args], {
    cwd: repoRoot,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => {
      if (code === 0) resolve(JSON.parse(output) as T);
      else reject(new Error(`${file} exited with code ${code}`));
    });
  });
}

/** Records the server's resident set size every second (Linux /proc) until the returned function is called. */
function sampleRss(server: ServeProcess): () => void {
  const read = (): void => {
    try {
      const kb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${server.child.pid}/status`, 'utf8'))?.[1] ?? 0);
      server.peakRssMb = Math.max(server.peakRssMb, Math.round(kb / 1024));
    } catch {
      // not Linux, or the process is gone
    }
  };
  const timer = setInterval(read, 1000);
  read();
  return () => clearInterval(timer);
}

/** Runs the two phases against one server. */
async function measure(store: string, server: ServeProcess): Promise<StoreLoadResult> {
  const normal = normalRequests();
  log(`  warm-up: ${warmup}s, 10 connections`);
  await drive(server.url, normal, { connections: 10, seconds: warmup });
  const stopSampling = sampleRss(server);
  log(`  normal traffic alone: ${duration}s, ${connections} connections`);
  const alone = await drive(server.url, normal, { connections, seconds: duration });
  log(`    ${alone.requests} requests, p99 ${alone.p99.toFixed(1)} ms, ${alone.serverErrors} 5xx`);

  log(`  normal traffic with the abusive stream: ${duration}s, ${connections} + ${abuseConnections} connections (abusive stream from its own process)`);
  const [withAbuse, { summary: abusive, tallies }] = await Promise.all([
    drive(server.url, normal, { connections, seconds: duration }),
    runTs<{ summary: TrafficSummary; tallies: Record<string, AbuseTally> }>('load-abuse.ts', [server.url, String(abuseConnections), String(duration)]),
  ]);
  stopSampling();
  log(`    normal: ${withAbuse.requests} requests, p99 ${withAbuse.p99.toFixed(1)} ms; abusive: ${abusive.requests} requests, ${abusive.serverErrors} 5xx`);
  return { store, peakServerRssMb: server.peakRssMb, alone, withAbuse, abusive, abuse: tallies };
}

function machine(): string[] {
  const run = (cmd: string, args: string[]): string => {
    try {
      return execFileSync(cmd, args, { encoding: 'utf8' });
    } catch {
      return '';
    }
  };
  const cpu = run('lscpu', []);
  const field = (name: string): string => new RegExp(`^${name}:\\s*(.+)$`, 'm').exec(cpu)?.[1]?.trim() ?? '?';
  const memory = /^Mem:\s+(\S+)/m.exec(run('free', ['-h']))?.[1] ?? '?';
  return [
    `CPU: ${field('Model name')}, ${field('CPU\\(s\\)')} CPU(s) (${field('Thread\\(s\\) per core')} thread(s) per core), ${field('Architecture')}`,
    `Memory: ${memory} (free -h)`,
    `Node.js ${process.version}; load generator, server and Neo4j share this machine`,
    `Load average (1 / 5 / 15 min) when the run started: ${startLoad}; when it ended: ${formatLoad()} (other work on the machine shows here)`,
  ];
}

async function main(): Promise<number> {
  const seeds = await loadSeedGraph();
  const results: StoreLoadResult[] = [];
  let neo4jVersion: string | undefined;
  for (const store of stores) {
    log(`${store} store`);
    let neo4j: LocalNeo4j | undefined;
    let server: ServeProcess | undefined;
    try {
      if (store === 'neo4j') {
        neo4j = await startLocalNeo4j({ log });
        neo4jVersion = neo4j.version;
        const loader = await createNeo4jStore({ uri: neo4j.uri });
        await loader.replaceAll(seeds);
        await loader.close();
        server = await startServe(['--store', 'neo4j', '--uri', neo4j.uri]);
      } else {
        server = await startServe([]);
      }
      log(`  govgraph serve (pid ${server.child.pid}) at ${server.url}`);
      results.push(await measure(store, server));
    } finally {
      await server?.stop();
      await neo4j?.stop();
    }
  }
  const run: LoadRunResult = {
    command: `pnpm loadtest --duration ${duration} --connections ${connections} --abuse-connections ${abuseConnections} --stores ${stores.join(',')}`,
    date: new Date().toISOString(),
    machine: machine(),
    duration,
    connections,
    abuseConnections,
    neo4jVersion,
    entities: seeds.entities.length,
    links: seeds.links.length,
    normalQuestions: normalRequests().map((r) => r.name),
    results,
  };
  writeFileSync(values.out, renderLoadReport(run));
  log(`wrote ${relative(process.cwd(), values.out)}`);
  const failures = results.flatMap((r) => [
    ...(r.alone.serverErrors + r.withAbuse.serverErrors + r.abusive.serverErrors > 0 ? [`${r.store}: 5xx answers`] : []),
    ...(r.alone.graphqlErrors + r.withAbuse.graphqlErrors > 0 ? [`${r.store}: example questions answered with errors`] : []),
    ...Object.entries(r.abuse)
      .filter(([, t]) => t.answered > 0)
      .map(([name]) => `${r.store}: abusive request answered: ${name}`),
  ]);
  for (const failure of failures) log(`FAIL ${failure}`);
  return failures.length > 0 ? 1 : 0;
}

process.exitCode = await main();
