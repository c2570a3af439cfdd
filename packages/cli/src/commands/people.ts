/**
 * `govgraph people merge FROM INTO --source S`: two Person entities that are one person become one.
 * Every link of FROM moves to INTO, FROM's id and names become INTO's aliases, and FROM is deleted,
 * in one audited write (`mergePeople`, by `--actor` with the editor role) on any store: a
 * `--data-dir` memory store or Neo4j keeps it. What `govgraph ingest` reports as ambiguous or
 * created twice is resolved here.
 */
import { userInfo } from 'node:os';
import { Option, type Command } from 'commander';
import { GraphEditor } from '@govgraph/editing';
import { addStoreOptions, openStore, type StoreCliOptions } from '../store-options.js';

interface MergeOptions extends StoreCliOptions {
  source: string;
  item?: string | undefined;
  comment?: string | undefined;
  actor?: string | undefined;
  json?: boolean | undefined;
}

/** Registers `govgraph people`. */
export function registerPeopleCommand(program: Command): void {
  const people = program.command('people').description('look after the people of the graph (merge two entities that are one person)');
  const merge = people
    .command('merge')
    .description('merge person FROM into person INTO: links moved, FROM\'s id and names kept as aliases of INTO, FROM deleted; audited')
    .argument('<from>', 'the id of the person merged away')
    .argument('<into>', 'the id of the person kept')
    .requiredOption('--source <id>', 'the Source entity that shows they are one person')
    .addOption(new Option('--item <item>', 'where in the source'))
    .addOption(new Option('--comment <text>', 'why, for the audit log'))
    .addOption(new Option('--actor <name>', 'who is merging, for the audit log (default: your login name)').env('GOVGRAPH_ACTOR'))
    .addOption(new Option('--json', 'print the result as JSON'));
  addStoreOptions(merge).action(async (from: string, into: string, options: MergeOptions) => {
    const store = await openStore(options);
    try {
      const principal = { name: options.actor ?? userInfo().username, role: 'editor' as const, anonymous: false };
      const result = await new GraphEditor(store).mergePeople(principal, { from, into, source: { source: options.source, item: options.item }, comment: options.comment });
      if (options.json) {
        process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
        return;
      }
      const lines = [`merged ${from} into ${into} "${result.person.name}" (aliases: ${result.person.aliases.join(', ')})`];
      for (const m of result.movedLinks) lines.push(`  moved ${m.from} -> ${m.to}`);
      for (const id of result.droppedLinkIds) lines.push(`  dropped ${id} (it joined the two)`);
      lines.push(result.auditEntry ? `audit entry ${result.auditEntry.sequence}, by ${result.auditEntry.actor}` : 'nothing changed');
      process.stdout.write(`${lines.join('\n')}\n`);
    } finally {
      await store.close();
    }
  });
}
