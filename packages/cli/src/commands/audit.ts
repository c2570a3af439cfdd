/**
 * `govgraph audit`: reads the audit log of a store kept somewhere (a `--data-dir` folder or Neo4j)
 * from the command line, for operators without an editor key: who changed what and when, what a
 * load replaced, what `govgraph load` would refuse to overwrite. The same entries as the GraphQL
 * `auditLog` query, with the same filters.
 */
import { Option, type Command } from 'commander';
import { MAX_AUDIT_LOG_LIMIT, type AuditChange, type AuditEntry, type GraphReplacement, type ReplacedFacts } from '@govgraph/core';
import { addStoreOptions, openStore, type StoreCliOptions } from '../store-options.js';
import { wholeNumberArgument } from '../whole-number-argument.js';

interface AuditCliOptions extends StoreCliOptions {
  after?: number | undefined;
  limit: number;
  fact?: string | undefined;
  actor?: string | undefined;
  action?: string | undefined;
  newestFirst?: boolean | undefined;
  format: 'text' | 'json';
}

function describeChange(change: AuditChange): string {
  const what = change.before === null ? 'created' : change.after === null ? 'deleted' : 'changed';
  return `${what} ${change.target} ${change.id}`;
}

/** Ids a text line lists before saying how many more there are (JSON output has them all). */
const IDS_SHOWN = 10;

function listIds(label: string, count: number, ids: readonly string[] | undefined): string | undefined {
  if (count === 0) return undefined;
  if (ids === undefined) return `${label} ${count} (too many to list)`;
  const more = ids.length > IDS_SHOWN ? `, and ${ids.length - IDS_SHOWN} more` : '';
  return `${label} ${ids.slice(0, IDS_SHOWN).join(', ')}${more}`;
}

/** What a load did to one kind of fact, as lines: the counts, then the ids of each kind of difference. */
function describeReplacedFacts(what: 'entities' | 'links', facts: ReplacedFacts): string[] {
  const lines = [`${what}: ${facts.added} added, ${facts.removed} removed, ${facts.changed} changed`];
  for (const line of [
    listIds('added', facts.added, facts.addedIds),
    listIds('removed', facts.removed, facts.removedIds),
    listIds('changed', facts.changed, facts.changedIds),
  ]) {
    if (line) lines.push(`  ${line}`);
  }
  return lines;
}

/**
 * What a load added, removed and changed, entities then links, as lines (none for loads recorded
 * before govgraph kept it); the audit entry lists up to 100 ids of each.
 */
export function describeFactDifferences(replacement: GraphReplacement): string[] {
  return (['entities', 'links'] as const).flatMap((what) => {
    const facts = replacement[what];
    return facts ? describeReplacedFacts(what, facts) : [];
  });
}

/** One entry as a few readable lines: number, time, action, who, on what authority, and what changed. */
export function describeAuditEntry(entry: AuditEntry): string {
  const who = entry.role ? `${entry.actor} (${entry.role})` : entry.actor;
  const lines = [`#${entry.sequence}  ${entry.at}  ${entry.action} by ${who}${entry.source ? `, source ${entry.source}` : ''}`];
  if (entry.comment) lines.push(`    comment: ${entry.comment}`);
  if (entry.replacedGraph) {
    const { before, after } = entry.replacedGraph;
    lines.push(`    replaced the whole graph: ${before.entities} entities and ${before.links} links before, ${after.entities} and ${after.links} after`);
    lines.push(...describeFactDifferences(entry.replacedGraph).map((line) => `    ${line}`));
  }
  for (const change of entry.changes) lines.push(`    ${describeChange(change)}`);
  return lines.join('\n');
}

/** Registers `govgraph audit`. */
export function registerAuditCommand(program: Command): void {
  const command = program
    .command('audit')
    .description('print the audit log of a store (--data-dir folder or Neo4j): who changed what, when, and every load')
    .addOption(new Option('--after <sequence>', 'only entries after this one (before it with --newest-first)').argParser(wholeNumberArgument('an audit sequence number')))
    .addOption(new Option('--limit <n>', `most entries printed (1 to ${MAX_AUDIT_LOG_LIMIT})`).default(20).argParser(wholeNumberArgument(`a whole number from 1 to ${MAX_AUDIT_LOG_LIMIT}`, 1, MAX_AUDIT_LOG_LIMIT)))
    .option('--fact <id>', 'only entries that changed this entity or link')
    .option('--actor <name>', 'only entries by this actor (an API key name, or who ran a load or an ingestion)')
    .option('--action <action>', 'only entries of this action, e.g. load, createEntity, ingestMinutes')
    .option('--newest-first', 'newest entries first (default: oldest first)')
    .addOption(new Option('--format <format>', 'text, or json (the entries as the store returns them)').choices(['text', 'json']).default('text'))
    .addHelpText(
      'after',
      [
        '',
        'Examples:',
        '  govgraph audit --data-dir ./data --newest-first --limit 5',
        '  govgraph audit --store neo4j --uri neo4j://localhost:7687 --action load',
        '  govgraph audit --data-dir ./data --fact safer-sefton-together --format json',
        '',
        'The memory store without --data-dir starts empty each time, so its log is empty.',
      ].join('\n'),
    );
  addStoreOptions(command).action(async (options: AuditCliOptions) => {
    const store = await openStore(options);
    try {
      const entries = await store.auditLog({
        after: options.after,
        limit: options.limit,
        factId: options.fact,
        actor: options.actor,
        action: options.action,
        newestFirst: options.newestFirst ?? false,
      });
      if (options.format === 'json') {
        process.stdout.write(`${JSON.stringify(entries, null, 2)}\n`);
        return;
      }
      if (entries.length === 0) {
        process.stdout.write(options.store !== 'neo4j' && !options.dataDir ? 'no audit entries (the memory store without --data-dir keeps none between runs)\n' : 'no audit entries match\n');
        return;
      }
      process.stdout.write(`${entries.map(describeAuditEntry).join('\n')}\n`);
    } finally {
      await store.close();
    }
  });
}
