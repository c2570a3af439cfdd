/**
 * `govgraph load`: reads seed folders, refuses to go on if they have errors, and replaces the whole
 * graph of the chosen store with them in one transaction (a failed load leaves the old graph as it
 * was). With `--store neo4j` this is how a Neo4j database is filled; loading the same seeds again
 * changes nothing. With `--data-dir` it replaces the graph kept in that folder but keeps its audit log.
 *
 * A load is a write like any other: it is recorded in the audit log (action `load`, by `--actor`),
 * and it refuses to replace edits recorded since the last load unless `--replace-edits` says so;
 * that rule is the seeds library's `loadIntoStore`, which this command calls.
 */
import { userInfo } from 'node:os';
import { Option, type Command } from 'commander';
import { GovgraphError, type GraphStore, type StoreStats } from '@govgraph/core';
import { defaultSeedDirectories, formatSeedProblems, hasSeedErrors, loadIntoStore, loadSeedDirectories } from '@govgraph/seeds';
import { createMemoryStore } from '@govgraph/store-memory';
import { addStoreOptions, openDataDirStore, openStore, seedLoadOptions, type StoreCliOptions } from '../store-options.js';
import { describeFactDifferences } from './audit.js';

/** `govgraph load`'s own options, besides the store's. */
interface LoadCliOptions extends StoreCliOptions {
  actor?: string | undefined;
  comment?: string | undefined;
  replaceEdits: boolean;
}

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
        '',
        'Each load is recorded in the audit log as "load" by --actor. A load refuses to replace edits made',
        'since the last load (API mutations, ingested minutes) unless --replace-edits is given; export first to keep them.',
      ].join('\n'),
    )
    .addOption(new Option('--actor <name>', 'who is loading, for the audit log (default: your login name)').env('GOVGRAPH_ACTOR'))
    .option('--comment <text>', 'why, for the audit log (default: the seed folders loaded)')
    .option('--replace-edits', 'load even though edits were made since the last load (they stay in the audit log)', false);
  addStoreOptions(command).action(async (dirs: string[], options: LoadCliOptions) => {
    const folders = dirs.length > 0 ? dirs : (options.seeds ?? defaultSeedDirectories());
    const started = Date.now();
    const seeds = await loadSeedDirectories(folders, seedLoadOptions(options));
    if (hasSeedErrors(seeds.problems)) {
      throw new GovgraphError('SEED_INVALID', `the seeds have problems; nothing was loaded:\n${formatSeedProblems(seeds.problems)}`, {
        problems: seeds.problems.length,
      });
    }
    if (seeds.problems.length > 0) process.stderr.write(`${formatSeedProblems(seeds.problems)}\n`);
    const store: GraphStore =
      options.store === 'neo4j' ? await openStore(options) : options.dataDir ? await openDataDirStore(options.dataDir) : createMemoryStore();
    try {
      const { result: stats, replacedEdits } = await loadIntoStore(store, seeds.data, {
        audit: { actor: options.actor ?? userInfo().username, comment: options.comment ?? `seeds: ${folders.join(', ')}` },
        replaceEdits: options.replaceEdits,
        storeOptions: options.dataDir ? `--data-dir ${options.dataDir} ` : options.store === 'neo4j' ? '--store neo4j ' : '',
      });
      process.stdout.write(describeLoad(stats, store.name, (Date.now() - started) / 1000));
      if (stats.auditEntry) {
        const replaced = replacedEdits > 0 ? `; it replaced ${replacedEdits} edit${replacedEdits === 1 ? '' : 's'}, still in the audit log` : '';
        process.stdout.write(`recorded as audit entry ${stats.auditEntry.sequence}, by ${stats.auditEntry.actor}${replaced}\n`);
        const differences = stats.auditEntry.replacedGraph ? describeFactDifferences(stats.auditEntry.replacedGraph) : [];
        process.stdout.write(differences.map((line) => `${line}\n`).join(''));
      }
    } finally {
      await store.close();
    }
  });
}
