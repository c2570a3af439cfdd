/**
 * `govgraph load`: reads seed folders, refuses to go on if they have errors, and replaces the whole
 * graph of the chosen store with them in one transaction (a failed load leaves the old graph as it
 * was). With `--store neo4j` this is how a Neo4j database is filled; loading the same seeds again
 * changes nothing. With `--data-dir` it replaces the graph kept in that folder but keeps its audit log.
 *
 * A load is a write like any other: it is recorded in the audit log (action `load`, by `--actor`),
 * and it refuses to replace edits recorded since the last load unless `--replace-edits` says so;
 * even then, an edit made after that check is never replaced unseen (the store checks the newest
 * audit sequence again in the load's own transaction).
 */
import { userInfo } from 'node:os';
import { Option, type Command } from 'commander';
import { GovgraphError, type AuditEntry, type GraphStore, type StoreStats } from '@govgraph/core';
import { defaultSeedDirectories, formatSeedProblems, hasSeedErrors, loadSeedDirectories } from '@govgraph/seeds';
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

/** The audit log's action for a whole-graph replacement. */
export const LOAD_ACTION = 'load';

/** What stands between a load and the store: the newest audit sequence, and the writes since the last load. */
export interface EditsSinceLoad {
  /** The newest audit sequence (0 for an empty log): what the load expects to still be newest. */
  newestSequence: number;
  /** Audited writes after the last load (or ever, when there was none), newest first, at most `shown`. */
  edits: AuditEntry[];
  /** How many there are in all. */
  count: number;
}

/** Reads the audit log for the writes a load would replace. */
export async function editsSinceLastLoad(store: GraphStore, shown = 5): Promise<EditsSinceLoad> {
  const recent = await store.auditLog({ newestFirst: true, limit: shown });
  const newestSequence = recent[0]?.sequence ?? 0;
  if (newestSequence === 0) return { newestSequence, edits: [], count: 0 };
  const lastLoad = (await store.auditLog({ action: LOAD_ACTION, newestFirst: true, limit: 1 }))[0]?.sequence ?? 0;
  // Entries are numbered without gaps, so the count needs no scan.
  return { newestSequence, edits: recent.filter((e) => e.sequence > lastLoad), count: newestSequence - lastLoad };
}

/** The refusal `govgraph load` gives when the graph holds edits that the load would replace. */
export function editsWouldBeReplaced(found: EditsSinceLoad, where: string): GovgraphError {
  const lines = found.edits.map((e) => `  #${e.sequence} ${e.at} ${e.action} by ${e.actor}${e.changes.length > 0 ? ` (${e.changes.map((c) => c.id).slice(0, 3).join(', ')}${e.changes.length > 3 ? ', ...' : ''})` : ''}`);
  return new GovgraphError(
    'CONFLICT',
    [
      `${found.count} audited write${found.count === 1 ? '' : 's'} since the last load would be replaced by this load; nothing was loaded.`,
      ...lines,
      ...(found.count > found.edits.length ? [`  ... and ${found.count - found.edits.length} more (govgraph audit ${where}--after ${found.newestSequence - found.count} lists them all)`] : []),
      `To keep them, export the graph first (govgraph export ${where}--out <folder>) and load that folder, or fold the edits into your seeds;`,
      'to replace them anyway, pass --replace-edits (the audit log keeps every one of them).',
    ].join('\n'),
    { edits: found.count, newestSequence: found.newestSequence },
  );
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
      const found = await editsSinceLastLoad(store);
      if (found.count > 0 && !options.replaceEdits) throw editsWouldBeReplaced(found, options.dataDir ? `--data-dir ${options.dataDir} ` : options.store === 'neo4j' ? '--store neo4j ' : '');
      const stats = await store.replaceAll(seeds.data, {
        audit: { actor: options.actor ?? userInfo().username, action: LOAD_ACTION, comment: options.comment ?? `seeds: ${folders.join(', ')}` },
        expectAuditSequence: found.newestSequence,
      });
      process.stdout.write(describeLoad(stats, store.name, (Date.now() - started) / 1000));
      if (stats.auditEntry) {
        const replaced = found.count > 0 ? `; it replaced ${found.count} edit${found.count === 1 ? '' : 's'}, still in the audit log` : '';
        process.stdout.write(`recorded as audit entry ${stats.auditEntry.sequence}, by ${stats.auditEntry.actor}${replaced}\n`);
        const differences = stats.auditEntry.replacedGraph ? describeFactDifferences(stats.auditEntry.replacedGraph) : [];
        process.stdout.write(differences.map((line) => `${line}\n`).join(''));
      }
    } finally {
      await store.close();
    }
  });
}
