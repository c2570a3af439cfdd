/**
 * `govgraph extract FILE... [--json]`: reads agendas and minutes (PDF or text) and prints what they
 * say (meetings, attendance, items, resolutions, actions, mentions). Body names and mentions are
 * resolved against the graph of the chosen store (`--no-resolve` skips it). `--json` prints
 * `{ "documents": [...], "warnings": [...] }`, the format scripts/score-minutes.sh scores.
 */
import { basename } from 'node:path';
import { Option, type Command } from 'commander';
import { createStoreResolver, extractFile, type EntityResolver, type ExtractedDocument, type ExtractionResult } from '@govgraph/minutes';
import { addStoreOptions, openStore, type StoreCliOptions } from '../store-options.js';

interface ExtractOptions extends StoreCliOptions {
  json?: boolean | undefined;
  resolve: boolean;
}

/** A resolver over the chosen store's graph, or undefined with `--no-resolve`. */
export async function withResolver<T>(options: StoreCliOptions & { resolve: boolean }, run: (resolver: EntityResolver | undefined) => Promise<T>): Promise<T> {
  if (!options.resolve) return run(undefined);
  const store = await openStore(options);
  try {
    return await run(await createStoreResolver(store));
  } finally {
    await store.close();
  }
}

function describe(doc: ExtractedDocument): string {
  const out: string[] = [];
  out.push(`${doc.kind} ${doc.date ?? '(no date)'}: ${doc.body ?? '(no body)'}${doc.bodyId ? ` [${doc.bodyId}]` : ''}${doc.venue ? ` at ${doc.venue}` : ''}`);
  if (doc.chair) out.push(`  chair: ${doc.chair}`);
  const person = (role: string): string[] =>
    doc.people.filter((p) => p.role === role).map((p) => `${p.title ? `${p.title} ` : ''}${p.name}${p.affiliation ? ` (${p.affiliation})` : ''}`);
  for (const [label, role] of [
    ['members', 'member'],
    ['present', 'present'],
    ['also present', 'also-present'],
    ['apologies', 'apologies'],
  ] as const) {
    const list = person(role);
    if (list.length > 0) out.push(`  ${label}: ${list.join('; ')}`);
  }
  for (const item of doc.items) {
    const extras = [
      item.resolutions.length ? `${item.resolutions.length} resolution(s)` : '',
      item.actions.length ? `${item.actions.length} action(s)` : '',
      item.mentions.length ? `mentions ${item.mentions.map((m) => m.id).join(', ')}` : '',
    ].filter(Boolean);
    out.push(`  ${item.number ? `${item.number}. ` : '- '}${item.title}${extras.length ? `  [${extras.join('; ')}]` : ''}`);
  }
  if (doc.duties.length) out.push(`  duties: ${doc.duties.join(', ')}`);
  if (doc.nextMeeting) out.push(`  next meeting: ${doc.nextMeeting.date}${doc.nextMeeting.venue ? ` at ${doc.nextMeeting.venue}` : ''}`);
  for (const w of doc.warnings) out.push(`  warning: ${w}`);
  return out.join('\n');
}

/** Registers `govgraph extract`. */
export function registerExtractCommand(program: Command): void {
  const command = program
    .command('extract')
    .description('read council agendas and minutes (PDF or text) and print meetings, attendance, items, resolutions, actions and mentions')
    .argument('<files...>', 'PDF or text files (an agenda pack may hold several documents)')
    .addOption(new Option('--json', 'print JSON: { documents: [...], warnings: [...] } (each document names its file)'))
    .addOption(new Option('--no-resolve', 'do not load the graph: bodyId is null and no mentions or duties are found'));
  addStoreOptions(command).action(async (files: string[], options: ExtractOptions) => {
    const results = await withResolver(options, async (resolver) => {
      const out: { file: string; result: ExtractionResult }[] = [];
      for (const file of files) out.push({ file, result: (await extractFile(file, { resolver })).extraction });
      return out;
    });
    if (options.json) {
      const documents = results.flatMap(({ file, result }) => result.documents.map((d) => ({ ...d, file: basename(file) })));
      const warnings = results.flatMap(({ file, result }) => result.warnings.map((w) => (files.length > 1 ? `${file}: ${w}` : w)));
      process.stdout.write(`${JSON.stringify({ documents, warnings }, null, 2)}\n`);
      return;
    }
    for (const { file, result } of results) {
      process.stdout.write(`${file}: ${result.documents.length} document(s)\n`);
      for (const w of result.warnings) process.stdout.write(`  warning: ${w}\n`);
      for (const doc of result.documents) process.stdout.write(`${describe(doc)}\n`);
    }
  });
}
