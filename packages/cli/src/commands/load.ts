/**
 * `govgraph load`: reads seed folders, refuses to go on if they have errors, and replaces the whole
 * graph of the chosen store with them in one transaction (a failed load leaves the old graph as it
 * was). With `--store neo4j` this is how a Neo4j database is filled; loading the same seeds again
 * changes nothing. With `--data-dir` it replaces the graph kept in that folder but keeps its audit log.
 */
import type { Command } from 'commander';
import { GovgraphError, type GraphStore, type StoreStats } from '@govgraph/core';
import { defaultSeedDirectories, formatSeedProblems, hasSeedErrors, loadSeedDirectories } from '@govgraph/seeds';
import { createMemoryStore } from '@govgraph/store-memory';
import { addStoreOptions, openDataDirStore, openStore, type StoreCliOptions } from '../store-options.js';

/** "12 Body, 3 Duty" from counts by kind, largest first then by name. */
function describeCounts(counts: Partial<Record<string, number>>): string {
  return Object.entries(counts)
    .sort(([a, x], [b, y]) => (y ?? 0) - (x ?? 0) || (a < b ? -1 : a > b ? 1 : 0))
    .map(([kind, n]) => `${n} ${kind}`)
    .join(', ');
}

/** The lines `govgraph load` prints after a load. */
export function describeLoad(stats: StoreStats, storeName: string, seconds: number): string {
  return [
    `loaded ${stats.entities} entities and ${stats.links} links into the ${storeName} store in ${seconds.toFixed(1)}s`,
    `  entities: ${describeCounts(stats.entitiesByKind) || 'none'}`,
    `  links: ${describeCounts(stats.linksByKind) || 'none'}`,
    '',
  ].join('\n');
}

/** Registers `govgraph load`. */
export function registerLoadCommand(program: Command): void {
  const command = program
    .command('load')
    .description('load seed folders into a store, replacing its whole graph atomically (refuses seeds with errors); prints counts')
    .argument('[dirs...]', 'seed folders, in load order (default: --seeds, else seeds/reference seeds/sefton of this repository)')
    .addHelpText(
      'after',
      [
        '',
        'Examples:',
        '  govgraph load --store neo4j --uri neo4j://localhost:7687 --user neo4j --password secret',
        '  NEO4J_URI=neo4j+s://xxxx.databases.neo4j.io NEO4J_USERNAME=neo4j NEO4J_PASSWORD=... govgraph load --store neo4j',
        '  govgraph load seeds/reference seeds/sefton        (memory store: a dry run that checks and counts)',
        '  govgraph load --data-dir ./data                   (replaces the graph kept in ./data; its audit log is kept)',
      ].join('\n'),
    );
  addStoreOptions(command).action(async (dirs: string[], options: StoreCliOptions) => {
    const folders = dirs.length > 0 ? dirs : (options.seeds ?? defaultSeedDirectories());
    const started = Date.now();
    const seeds = await loadSeedDirectories(folders);
    if (hasSeedErrors(seeds.problems)) {
      throw new GovgraphError('SEED_INVALID', `the seeds have problems; nothing was loaded:\n${formatSeedProblems(seeds.problems)}`, {
        problems: seeds.problems.length,
      });
    }
    if (seeds.problems.length > 0) process.stderr.write(`${formatSeedProblems(seeds.problems)}\n`);
    const store: GraphStore =
      options.store === 'neo4j' ? await openStore(options) : options.dataDir ? await openDataDirStore(options.dataDir) : createMemoryStore();
    try {
      const stats = await store.replaceAll(seeds.data);
      process.stdout.write(describeLoad(stats, store.name, (Date.now() - started) / 1000));
    } finally {
      await store.close();
    }
  });
}
