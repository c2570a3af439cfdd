/**
 * `govgraph ingest FILES... [--dry-run] [--accept all|ID,...]`: extracts each file and turns it into
 * graph facts with provenance — a Meeting of the body, attendance and apologies of matched people,
 * mentions of duties and bodies — then prints the reviewable diff (+ added, ~ changed, ! problems)
 * and, unless `--dry-run`, writes it in one `apply`, recorded in the audit log as `ingestMinutes` by
 * `--actor`. Governance decisions the minutes record (a body created, a lead, a sub-group, a
 * reporting line, a merger, a rename, an end) are listed with ids and written only with `--accept`.
 * Re-ingesting a file adds nothing. With the default memory
 * store the write lasts only for this run; use `--store neo4j` to keep it.
 */
import { userInfo } from 'node:os';
import { basename } from 'node:path';
import { Option, type Command } from 'commander';
import cliProgress from 'cli-progress';
import { applyIngestPlan, createStoreResolver, extractFile, formatIngestPlan, planIngest, type IngestInput } from '@govgraph/minutes';
import { GovgraphError } from '@govgraph/core';
import { addStoreOptions, openStore, type StoreCliOptions } from '../store-options.js';

interface IngestCliOptions extends StoreCliOptions {
  dryRun?: boolean | undefined;
  json?: boolean | undefined;
  newPeople: boolean;
  progress: boolean;
  actor?: string | undefined;
  accept?: string | undefined;
}

/** `--accept all` or `--accept ID,ID`: which decisions of the minutes to write. */
export function parseAcceptOption(value: string | undefined): 'all' | string[] {
  if (value === undefined) return [];
  if (value.trim() === 'all') return 'all';
  return value
    .split(',')
    .map((id) => id.trim())
    .filter(Boolean);
}

/** Registers `govgraph ingest`. */
export function registerIngestCommand(program: Command): void {
  const command = program
    .command('ingest')
    .description('turn agendas and minutes into graph facts (meeting, attendance, apologies, mentions) with sources; prints the diff, then writes it')
    .argument('<files...>', 'agendas and minutes (PDF or text)')
    .addOption(new Option('--dry-run', 'only print what would change'))
    .addOption(new Option('--json', 'print the plan (diff, problems, documents) as JSON'))
    .addOption(new Option('--no-new-people', 'report unmatched people instead of adding full names as new Person entities'))
    .addOption(new Option('--accept <ids>', 'write these governance decisions of the minutes too: "all", or decision ids as the diff lists them, comma-separated (default: shown, not written)'))
    .addOption(new Option('--no-progress', 'no progress bar (it is shown only on a terminal anyway)'))
    .addOption(new Option('--actor <name>', 'who is ingesting, for the audit log (default: your login name)').env('GOVGRAPH_ACTOR'));
  addStoreOptions(command).action(async (files: string[], options: IngestCliOptions) => {
    const store = await openStore(options, {}, { dryRun: options.dryRun });
    try {
      const resolver = await createStoreResolver(store);
      const showBar = options.progress && process.stderr.isTTY === true && files.length > 1;
      const bar = showBar
        ? new cliProgress.SingleBar({ stream: process.stderr, format: 'extracting [{bar}] {value}/{total} {file}', hideCursor: true }, cliProgress.Presets.shades_classic)
        : null;
      bar?.start(files.length, 0, { file: '' });
      const inputs: IngestInput[] = [];
      for (const file of files) {
        bar?.update({ file: basename(file) });
        const { text, extraction } = await extractFile(file, { resolver });
        inputs.push({ file, fileName: basename(file), content: text, extraction });
        bar?.increment();
      }
      bar?.stop();
      const plan = await planIngest(store, inputs, { createPeople: options.newPeople, acceptDecisions: parseAcceptOption(options.accept) });
      if (plan.unknownAccepts.length > 0) {
        const listed = plan.decisions.map((d) => d.id).join(', ') || 'none';
        throw new GovgraphError('INVALID_INPUT', `--accept names ${plan.unknownAccepts.join(', ')}, which the minutes do not decide (their decisions: ${listed}); nothing was written`);
      }
      if (options.json) process.stdout.write(`${JSON.stringify({ ...plan, dryRun: options.dryRun === true }, null, 2)}\n`);
      else process.stdout.write(formatIngestPlan(plan));
      if (options.dryRun) {
        if (!options.json) process.stdout.write('dry run: nothing written\n');
        return;
      }
      const stats = await applyIngestPlan(store, plan, { actor: options.actor ?? userInfo().username });
      if (!options.json) {
        process.stdout.write(
          stats
            ? `written to the ${store.name} store: it now holds ${stats.entities} entities and ${stats.links} links` +
                (stats.auditEntry ? ` (audit entry ${stats.auditEntry.sequence}, by ${stats.auditEntry.actor})\n` : '\n')
            : 'nothing to write: the graph already holds these facts\n',
        );
      }
    } finally {
      await store.close();
    }
  });
}
