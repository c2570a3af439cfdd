/**
 * How every command that reads or writes the graph picks its store: `--store memory` (the default,
 * loaded from the seed folders; with `--data-dir`, kept on disk so edits survive restarts) or
 * `--store neo4j` with connection options or NEO4J_* variables.
 */
import { existsSync, readdirSync } from 'node:fs';
import { Option, type Command } from 'commander';
import { GovgraphError, type GraphData, type GraphStore } from '@govgraph/core';
import { createMemoryStore, openDurableMemoryStore } from '@govgraph/store-memory';
import { createNeo4jStore, type Neo4jStoreOptions } from '@govgraph/store-neo4j';
import {
  DEFAULT_MAX_SEED_FILE_BYTES,
  DEFAULT_MAX_SEED_LOAD_BYTES,
  defaultSeedDirectories,
  loadSeedGraph,
  type SeedLoadOptions,
} from '@govgraph/seeds';
import { byteSizeArgument } from './whole-number-argument.js';

/** The seed size limits, added by {@link addSeedSizeOptions}. */
export interface SeedSizeCliOptions {
  maxFileSize?: number | undefined;
  maxLoadSize?: number | undefined;
}

/** Adds --max-file-size and --max-load-size (the limits that keep a huge seed from exhausting memory). */
export function addSeedSizeOptions(command: Command): Command {
  return command
    .addOption(
      new Option('--max-file-size <size>', `largest seed file read (default ${DEFAULT_MAX_SEED_FILE_BYTES / 1024 ** 2}MiB; a larger one is reported, not read)`)
        .argParser(byteSizeArgument)
        .env('GOVGRAPH_MAX_SEED_FILE_SIZE'),
    )
    .addOption(
      new Option('--max-load-size <size>', `largest total of the seed files read (default ${DEFAULT_MAX_SEED_LOAD_BYTES / 1024 ** 2}MiB)`)
        .argParser(byteSizeArgument)
        .env('GOVGRAPH_MAX_SEED_LOAD_SIZE'),
    );
}

/** The seed loader's options from the command line's. */
export function seedLoadOptions(options: SeedSizeCliOptions): SeedLoadOptions {
  return { maxFileBytes: options.maxFileSize, maxLoadBytes: options.maxLoadSize };
}

/** Options added by {@link addStoreOptions}. */
export interface StoreCliOptions extends SeedSizeCliOptions {
  store: 'memory' | 'neo4j';
  seeds?: string[] | undefined;
  /** Keeps the memory store in this folder (see {@link openDataDirStore}). */
  dataDir?: string | undefined;
  uri?: string | undefined;
  user?: string | undefined;
  password?: string | undefined;
  database?: string | undefined;
}

/** Adds --store, --seeds, --data-dir and the Neo4j connection options to a command. */
export function addStoreOptions(command: Command): Command {
  return addSeedSizeOptions(command)
    .addOption(new Option('--store <kind>', 'where the graph lives').choices(['memory', 'neo4j']).default('memory'))
    .addOption(new Option('--seeds <dir...>', 'seed folders to load into the memory store (default: seeds/reference seeds/sefton)'))
    .addOption(
      new Option('--data-dir <dir>', 'keep the memory store in this folder so edits survive restarts; the seeds fill it only the first time, then the folder wins'),
    )
    .addOption(new Option('--uri <uri>', 'Neo4j URI: bolt://, neo4j://, bolt+s://, neo4j+s://, +ssc').env('NEO4J_URI'))
    .addOption(new Option('--user <name>', 'Neo4j user').env('NEO4J_USERNAME'))
    .addOption(new Option('--password <secret>', 'Neo4j password').env('NEO4J_PASSWORD'))
    .addOption(new Option('--database <name>', 'Neo4j database (default: the server default)').env('NEO4J_DATABASE'));
}

/** Reads seed folders into a graph, refusing seeds with errors (every problem listed; warnings do not stop it). */
function loadSeedsOrThrow(options: StoreCliOptions): Promise<GraphData> {
  return loadSeedGraph(options.seeds ?? defaultSeedDirectories(), seedLoadOptions(options));
}

/**
 * Opens the memory store kept in a data folder, printing warnings (a torn last write dropped, a
 * failed snapshot) to stderr. `initialData` fills a new folder; an existing folder's graph is used
 * as it is.
 */
export async function openDataDirStore(directory: string, initialData?: () => Promise<GraphData>): Promise<GraphStore> {
  return openDurableMemoryStore({ directory, initialData, onWarning: (message) => process.stderr.write(`govgraph: warning: ${message}\n`) });
}

/** Whether a data folder already holds a graph (exists and is not empty). */
function holdsGraph(directory: string): boolean {
  return existsSync(directory) && readdirSync(directory).length > 0;
}

/**
 * Opens the store the options name. The memory store is filled from the seed folders (a seed
 * error stops it with every problem listed; warnings do not); with `--data-dir` the seeds fill the
 * folder only the first time, and after that the folder's graph (with its edits) is used and
 * stderr says so. A Neo4j store is used as it is (fill it with `govgraph load`). With `dryRun`, a
 * data folder that holds no graph yet is left uncreated and the seeds are read instead.
 */
export async function openStore(
  options: StoreCliOptions,
  neo4jTuning: Pick<Neo4jStoreOptions, 'transactionTimeoutMillis'> = {},
  { dryRun = false }: { dryRun?: boolean | undefined } = {},
): Promise<GraphStore> {
  if (options.store === 'neo4j') {
    if (!options.uri) {
      throw new GovgraphError('INVALID_INPUT', '--store neo4j needs --uri or NEO4J_URI (e.g. neo4j://localhost:7687)');
    }
    if (options.dataDir) throw new GovgraphError('INVALID_INPUT', '--data-dir keeps the memory store on disk; it cannot be used with --store neo4j');
    return createNeo4jStore({ ...neo4jTuning, uri: options.uri, user: options.user, password: options.password, database: options.database });
  }
  // A dry run creates nothing: a data folder that holds no graph yet is not made one, the seeds are read as they are.
  if (options.dataDir && dryRun && !holdsGraph(options.dataDir)) {
    process.stderr.write(`govgraph: the data folder ${options.dataDir} holds no graph yet; a dry run creates nothing, so it reads the seeds instead\n`);
  } else if (options.dataDir) {
    let seeded = false;
    const store = await openDataDirStore(options.dataDir, async () => {
      seeded = true;
      return loadSeedsOrThrow(options);
    });
    const { entities, links } = await store.stats();
    process.stderr.write(
      seeded
        ? `govgraph: saved the seeds into the new data folder ${options.dataDir} (${entities} entities, ${links} links); from now on it is the graph\n`
        : `govgraph: using the graph in ${options.dataDir} (${entities} entities, ${links} links); the seeds are not read (govgraph load --data-dir replaces the graph)\n`,
    );
    return store;
  }
  const store = createMemoryStore();
  await store.replaceAll(await loadSeedsOrThrow(options));
  return store;
}
