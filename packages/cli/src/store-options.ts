/**
 * How every command that reads or writes the graph picks its store: `--store memory` (the default,
 * loaded from the seed folders) or `--store neo4j` with connection options or NEO4J_* variables.
 */
import { Option, type Command } from 'commander';
import { GovgraphError, type GraphStore } from '@govgraph/core';
import { createMemoryStore } from '@govgraph/store-memory';
import { createNeo4jStore, type Neo4jStoreOptions } from '@govgraph/store-neo4j';
import { defaultSeedDirectories, loadSeedDirectories, formatSeedProblems, hasSeedErrors } from '@govgraph/seeds';

/** Options added by {@link addStoreOptions}. */
export interface StoreCliOptions {
  store: 'memory' | 'neo4j';
  seeds?: string[] | undefined;
  uri?: string | undefined;
  user?: string | undefined;
  password?: string | undefined;
  database?: string | undefined;
}

/** Adds --store, --seeds and the Neo4j connection options to a command. */
export function addStoreOptions(command: Command): Command {
  return command
    .addOption(new Option('--store <kind>', 'where the graph lives').choices(['memory', 'neo4j']).default('memory'))
    .addOption(new Option('--seeds <dir...>', 'seed folders to load into the memory store (default: seeds/reference seeds/sefton)'))
    .addOption(new Option('--uri <uri>', 'Neo4j URI: bolt://, neo4j://, bolt+s://, neo4j+s://, +ssc').env('NEO4J_URI'))
    .addOption(new Option('--user <name>', 'Neo4j user').env('NEO4J_USERNAME'))
    .addOption(new Option('--password <secret>', 'Neo4j password').env('NEO4J_PASSWORD'))
    .addOption(new Option('--database <name>', 'Neo4j database (default: the server default)').env('NEO4J_DATABASE'));
}

/**
 * Opens the store the options name. The memory store is filled from the seed folders (a seed
 * error stops it with every problem listed; warnings do not); a Neo4j store is used as it is (fill it with `govgraph load`).
 */
export async function openStore(options: StoreCliOptions, neo4jTuning: Pick<Neo4jStoreOptions, 'transactionTimeoutMillis'> = {}): Promise<GraphStore> {
  if (options.store === 'neo4j') {
    if (!options.uri) {
      throw new GovgraphError('INVALID_INPUT', '--store neo4j needs --uri or NEO4J_URI (e.g. neo4j://localhost:7687)');
    }
    return createNeo4jStore({ ...neo4jTuning, uri: options.uri, user: options.user, password: options.password, database: options.database });
  }
  const dirs = options.seeds ?? defaultSeedDirectories();
  const result = await loadSeedDirectories(dirs);
  if (hasSeedErrors(result.problems)) {
    throw new GovgraphError('SEED_INVALID', `the seed data has problems:\n${formatSeedProblems(result.problems)}`);
  }
  const store = createMemoryStore();
  await store.replaceAll(result.data);
  return store;
}
