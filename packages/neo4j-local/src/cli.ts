/**
 * `pnpm neo4j:start`: starts a local Neo4j for development, prints its URI and waits until Ctrl-C.
 * Options: --port <n> (default: free port), --data <dir> (keep the database between runs).
 */
import { parseArgs } from 'node:util';
import { startLocalNeo4j } from './server.js';

const { values } = parseArgs({
  options: {
    port: { type: 'string' },
    data: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
});
if (values.help) {
  process.stdout.write(
    'Usage: pnpm neo4j:start [--port <n>] [--data <dir>]\n' +
      'Starts Neo4j Community (fetched from Maven Central on first use) on 127.0.0.1 with auth off,\n' +
      'prints the Bolt URI and waits; Ctrl-C stops it. --data keeps the database in <dir> between runs.\n',
  );
  process.exit(0);
}

const server = await startLocalNeo4j({
  port: values.port ? Number(values.port) : undefined,
  dataDir: values.data,
});
process.stdout.write(`${server.uri}\n`);
process.stderr.write(`Neo4j is running (pid ${server.pid}). Use it with:\n  NEO4J_URI=${server.uri} pnpm --silent govgraph load --store neo4j\nPress Ctrl-C to stop.\n`);

let stopping = false;
const shutdown = async (): Promise<void> => {
  if (stopping) return;
  stopping = true;
  process.stderr.write('Stopping Neo4j...\n');
  await server.stop({ keepData: values.data !== undefined });
  process.exit(0);
};
process.on('SIGINT', () => void shutdown());
process.on('SIGTERM', () => void shutdown());
setInterval(() => {}, 1 << 30);
