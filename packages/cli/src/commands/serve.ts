/**
 * `govgraph serve`: the GraphQL API, its offline IDE and /healthz over HTTP, on the memory store
 * (filled from the seeds) or Neo4j. Runs until Ctrl-C / SIGTERM, then shuts down gracefully.
 */
import { Option, type Command } from 'commander';
import { GovgraphError } from '@govgraph/core';
import { DEFAULT_REQUEST_TIMEOUT_MILLIS, startGovgraphHttpServer, type HttpRoute } from '@govgraph/graphql';
import { createExplorerRoute, EXPLORER_PATH } from '@govgraph/explorer';
import { ApiKeyFile, DEFAULT_KEYS_FILE } from '@govgraph/editing';
import { addStoreOptions, openStore, type StoreCliOptions } from '../store-options.js';
import { wholeNumberArgument } from '../whole-number-argument.js';

interface ServeOptions extends StoreCliOptions {
  port: number;
  host: string;
  production?: boolean | undefined;
  requestTimeout: number;
  keysFile: string;
  requireKeyForReads?: boolean | undefined;
  rateLimit?: number | undefined;
  maxInFlight?: number | undefined;
}

/** Extra HTTP routes served before the API's own (the explorer adds /explorer here). */
export const SERVE_ROUTES: HttpRoute[] = [createExplorerRoute()];

function waitForStopSignal(): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    const stop = (signal: NodeJS.Signals): void => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve(signal);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

/** One line on who can edit: how many keys the keys file holds, and whether reads need one. */
function describeKeys(keys: ApiKeyFile, options: ServeOptions): string {
  const count = keys.list().length;
  const reads = options.requireKeyForReads ? 'every request needs a key' : 'requests without a key may read';
  if (count === 0) return `Editing: off, no API keys in ${options.keysFile} (add one: govgraph keys add --name NAME --role editor); ${reads}`;
  return `Editing: ${count} API key${count === 1 ? '' : 's'} in ${options.keysFile} (mutations need an editor key); ${reads}`;
}

/** Registers `govgraph serve`. */
export function registerServeCommand(program: Command): void {
  const command = program
    .command('serve')
    .description('serve the GraphQL API (POST/GET /graphql), an offline GraphQL IDE at / and /healthz until Ctrl-C')
    .addOption(new Option('--port <n>', 'port to listen on (0: any free port)').default(4000).argParser(wholeNumberArgument('a number from 0 to 65535', 0, 65535)))
    .addOption(new Option('--host <host>', 'interface to listen on (0.0.0.0 for every interface)').default('127.0.0.1'))
    .addOption(new Option('--production', 'turn off the GraphQL IDE, schema introspection and "Did you mean" suggestions (see docs/security.md)'))
    .addOption(
      new Option('--request-timeout <ms>', 'answer a GraphQL request still running after this long with 503 TIMEOUT (Neo4j abandons its reads then too; 0: no limit)')
        .default(DEFAULT_REQUEST_TIMEOUT_MILLIS)
        .argParser(wholeNumberArgument('a whole number of milliseconds (0: no limit)')),
    )
    .addOption(new Option('--keys-file <file>', 'API keys (govgraph keys add); mutations need an editor key, so without keys nobody can edit').default(DEFAULT_KEYS_FILE))
    .addOption(new Option('--require-key-for-reads', 'refuse GraphQL requests without an API key (401) instead of serving them read-only'))
    .addOption(
      new Option('--rate-limit <requests>', 'GraphQL requests per minute for each client (its API key, else its IP address); more get 429 RATE_LIMITED (default: no limit)').argParser(
        wholeNumberArgument('a whole number of requests, at least 1', 1),
      ),
    )
    .addOption(
      new Option(
        '--max-in-flight <requests>',
        'GraphQL requests each client may have running at once, counted until the store finishes them (even after a timeout); more get 429 RATE_LIMITED (default: no limit)',
      ).argParser(wholeNumberArgument('a whole number of requests, at least 1', 1)),
    );
  addStoreOptions(command).action(async (options: ServeOptions) => {
    const keys = await ApiKeyFile.open(options.keysFile);
    const store = await openStore(options, { transactionTimeoutMillis: options.requestTimeout || undefined });
    let server;
    try {
      server = await startGovgraphHttpServer({
        store,
        port: options.port,
        host: options.host,
        routes: SERVE_ROUTES,
        production: options.production === true,
        requestTimeoutMillis: options.requestTimeout,
        keys,
        requireKeyForReads: options.requireKeyForReads,
        rateLimit: options.rateLimit === undefined ? undefined : { requests: options.rateLimit, perSeconds: 60 },
        maxInFlightPerClient: options.maxInFlight,
      });
    } catch (error) {
      await store.close();
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EADDRINUSE' || code === 'EACCES' || code === 'EADDRNOTAVAIL') {
        throw new GovgraphError('INVALID_INPUT', `cannot listen on ${options.host}:${options.port} (${code}); pick another --port or --host`, { code });
      }
      throw error;
    }
    const stats = await store.stats();
    process.stdout.write(
      [
        `govgraph GraphQL API: ${server.graphqlUrl} (store: ${store.name}, ${stats.entities} entities, ${stats.links} links)`,
        options.production ? `GraphQL IDE and introspection: off (--production)` : `GraphQL IDE with the example questions: ${server.url}`,
        `Explorer: ${server.url}${EXPLORER_PATH.slice(1)}/`,
        `Health: ${server.url}healthz`,
        describeKeys(keys, options),
        options.rateLimit === undefined ? 'Rate limit: none (--rate-limit sets one per client)' : `Rate limit: ${options.rateLimit} GraphQL requests per minute per client`,
        options.maxInFlight === undefined
          ? 'Requests running at once: no limit per client (--max-in-flight sets one)'
          : `Requests running at once: at most ${options.maxInFlight} per client`,
        `Try: curl -s ${server.graphqlUrl} -H 'content-type: application/json' \\`,
        `       -d '{"query":"{ oversight(duty: \\"prevent\\", asOf: \\"2022-09-08\\") { entries { body { name } role inherited } } }"}'`,
        `Stop with Ctrl-C.`,
        '',
      ].join('\n'),
    );
    const signal = await waitForStopSignal();
    process.stderr.write(`govgraph: ${signal} received, stopping the server\n`);
    await server.close();
    await store.close();
  });
}
