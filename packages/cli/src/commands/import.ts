/**
 * `govgraph import moderngov --site URL [--committee ID] [--from DATE] [--to DATE]`: reads a
 * council's ModernGov web service (committees, meetings, attendees, documents), fetches each
 * meeting's published minutes, extracts and ingests them, printing each meeting's review diff.
 * Polite: one request at a time, `--delay` ms apart, retries with backoff that honour Retry-After.
 * Resumable: a state file (`--state`, kept beside a `--data-dir` store by default) records the
 * meetings ingested into the store, and a re-run skips them. Decisions are written only with
 * `--accept`. A site that fails (unreachable, an error page, still rate-limited), a committee whose
 * body is not in the graph or a malformed state file stops the import with a non-zero exit; what
 * was imported before it is kept and recorded.
 */
import { resolve } from 'node:path';
import { userInfo } from 'node:os';
import { InvalidArgumentError, Option, type Command } from 'commander';
import cliProgress from 'cli-progress';
import { formatIngestPlan } from '@govgraph/minutes';
import {
  ImportSetupError,
  ImportStateError,
  ModernGovClient,
  isModernGovError,
  importModernGov,
  loadImportState,
  saveImportState,
  type ImportReport,
  type MeetingReport,
} from '@govgraph/moderngov';
import { EXIT } from '../program.js';
import { addStoreOptions, openStore, type StoreCliOptions } from '../store-options.js';
import { wholeNumberArgument } from '../whole-number-argument.js';
import { parseAcceptOption } from './ingest.js';

interface ImportCliOptions extends StoreCliOptions {
  site: string;
  committee?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  state?: string | undefined;
  dryRun?: boolean | undefined;
  json?: boolean | undefined;
  accept?: string | undefined;
  newPeople: boolean;
  progress: boolean;
  actor?: string | undefined;
  delay: number;
  timeout: number;
  retries: number;
}

function isoDay(value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`))) throw new InvalidArgumentError('expected a day as YYYY-MM-DD');
  return value;
}

/** The store a state file's entries belong to, or null for a memory store that keeps nothing after the run. */
export function importStoreKey(options: StoreCliOptions): string | null {
  if (options.store === 'neo4j') return `neo4j:${options.uri ?? ''}${options.database ? `/${options.database}` : ''}`;
  return options.dataDir ? `memory:${resolve(options.dataDir)}` : null;
}

function defaultStateFile(options: ImportCliOptions, host: string): string | null {
  if (options.state) return options.state;
  if (options.store === 'memory' && options.dataDir) return resolve(options.dataDir, `moderngov-import-${host}.json`);
  if (options.store === 'neo4j') return resolve(`moderngov-import-${host}.json`);
  return null;
}

function describeMeeting(m: MeetingReport): string {
  const from = m.documents.map((d) => (d.status === 'read' ? d.title : `${d.title} (not read: ${d.reason})`)).join('; ');
  const what = {
    ingested: `ingested from ${from}`,
    'already-imported': 'already imported into this store (state file); skipped',
    'no-minutes': 'no minutes published yet',
    incomplete: `not finished: ${from}; it will be tried again`,
  }[m.status];
  return `meeting ${m.meetingId} (${m.date}, ${m.bodyId}): ${what}\n`;
}

function exitFor(error: unknown): number | null {
  if (isModernGovError(error)) return error.code === 'invalid-site' ? EXIT.usage : ['unreachable', 'timeout', 'rate-limited'].includes(error.code) ? EXIT.unavailable : EXIT.problems;
  if (error instanceof ImportStateError) return EXIT.usage;
  if (error instanceof ImportSetupError) return EXIT.problems;
  return null;
}

/** Registers `govgraph import`. */
export function registerImportCommand(program: Command): void {
  const importCommand = program.command('import').description('import published minutes from a council website into the graph');
  const moderngov = importCommand
    .command('moderngov')
    .description("import a ModernGov site's published minutes (committees, meetings, attendance, documents) with the review diff")
    .requiredOption('--site <url>', 'the council\'s ModernGov site, e.g. https://democracy.example.gov.uk (or its mgWebService.asmx address)')
    .addOption(new Option('--committee <id>', 'only this committee (its ModernGov id); default: every committee whose title is a body of the graph'))
    .addOption(new Option('--from <day>', 'first meeting day, YYYY-MM-DD').argParser(isoDay))
    .addOption(new Option('--to <day>', 'last meeting day, YYYY-MM-DD').argParser(isoDay))
    .addOption(new Option('--state <file>', 'the state file that makes a re-run skip what was imported (default: moderngov-import-<host>.json in --data-dir, or in the current folder for Neo4j)'))
    .addOption(new Option('--dry-run', 'print what would change; write and record nothing'))
    .addOption(new Option('--json', 'print the import report (every meeting\'s plan) as JSON'))
    .addOption(new Option('--accept <ids>', 'write these decisions of the minutes too: "all" or ids as the diff lists them (default: shown, not written)'))
    .addOption(new Option('--no-new-people', 'report unmatched people instead of adding full names as new Person entities'))
    .addOption(new Option('--no-progress', 'no progress bar (it is shown only on a terminal anyway)'))
    .addOption(new Option('--actor <name>', 'who is importing, for the audit log (default: your login name)').env('GOVGRAPH_ACTOR'))
    .addOption(new Option('--delay <ms>', 'least time between two requests to the site').argParser(wholeNumberArgument('a number of milliseconds')).default(1000))
    .addOption(new Option('--timeout <ms>', 'time allowed for one request').argParser(wholeNumberArgument('a number of milliseconds', 1)).default(30_000))
    .addOption(new Option('--retries <n>', 'retries of a request the site answers with 429, 502-504 or not at all').argParser(wholeNumberArgument('a whole number from 0 to 10', 0, 10)).default(4));
  addStoreOptions(moderngov).action(async (options: ImportCliOptions) => {
    try {
      await runImport(options);
    } catch (error) {
      const exit = exitFor(error);
      if (exit === null) throw error;
      process.stderr.write(`govgraph: ${(error as Error).message}\n`);
      process.exitCode = exit;
    }
  });
}

async function runImport(options: ImportCliOptions): Promise<void> {
  const client = new ModernGovClient(options.site, { minIntervalMs: options.delay, timeoutMs: options.timeout, retries: options.retries });
  const site = client.service.origin + client.service.pathname;
  const storeKey = importStoreKey(options);
  const stateFile = storeKey === null ? null : defaultStateFile(options, client.service.host);
  const state = stateFile ? await loadImportState(stateFile, site) : undefined;
  if (storeKey === null && !options.dryRun) {
    process.stderr.write('govgraph: the memory store keeps nothing after this run, so no state file is kept; use --data-dir or --store neo4j to keep the import and resume it\n');
  }
  const accept = parseAcceptOption(options.accept);
  const store = await openStore(options, {}, { dryRun: options.dryRun });
  const showBar = options.progress && process.stderr.isTTY === true && !options.json;
  const bars = showBar ? new cliProgress.MultiBar({ stream: process.stderr, format: 'importing [{bar}] {value}/{total} {meeting}', hideCursor: true }, cliProgress.Presets.shades_classic) : null;
  let bar: cliProgress.SingleBar | null = null;
  const print = (text: string): void => {
    if (options.json) return;
    if (bars && process.stdout.isTTY) bars.log(text);
    else process.stdout.write(text);
  };
  let report: ImportReport;
  try {
    report = await importModernGov(client, store, {
      committeeId: options.committee,
      from: options.from,
      to: options.to,
      dryRun: options.dryRun,
      acceptDecisions: accept,
      createPeople: options.newPeople,
      state,
      storeKey,
      saveState: stateFile ? (s) => saveImportState(stateFile, s) : undefined,
      actor: { actor: options.actor ?? userInfo().username },
      onProgress: ({ done, total, meeting }) => {
        if (!bars) return;
        bar ??= bars.create(total, 0, { meeting: '' });
        bar.update(done, { meeting: meeting ? `meeting ${meeting.id} ${meeting.date}` : '' });
      },
      onMeeting: (m) => {
        print(describeMeeting(m));
        if (m.plan && (m.plan.diff.length > 0 || m.plan.problems.length > 0 || m.plan.decisions.length > 0)) print(formatIngestPlan(m.plan));
      },
    });
  } catch (error) {
    if (stateFile && !options.dryRun && exitFor(error) !== null) {
      process.stderr.write(`govgraph: meetings imported before this are kept and recorded in ${stateFile}; run the same command again to go on\n`);
    }
    throw error;
  } finally {
    bars?.stop();
    await store.close();
  }
  const decided = new Set(report.meetings.flatMap((m) => m.plan?.decisions.map((d) => d.id) ?? []));
  const unknown = accept === 'all' ? [] : accept.filter((id) => !decided.has(id));
  if (options.json) process.stdout.write(`${JSON.stringify({ ...report, unknownAccepts: unknown, dryRun: options.dryRun === true }, null, 2)}\n`);
  const count = (status: MeetingReport['status']): number => report.meetings.filter((m) => m.status === status).length;
  if (!options.json) {
    if (report.skippedCommittees.length > 0) {
      process.stdout.write(`committees passed over (not bodies of the graph): ${report.skippedCommittees.map((c) => `${c.id} "${c.title}"`).join(', ')}\n`);
    }
    process.stdout.write(
      `${report.meetings.length} meeting(s): ${count('ingested')} ingested${options.dryRun ? ' (dry run: nothing written)' : ''}, ${count('already-imported')} already imported, ${count('no-minutes')} without minutes, ${count('incomplete')} not finished; ${client.fetcher.requests} request(s) to the site\n`,
    );
  }
  if (unknown.length > 0) process.stderr.write(`govgraph: --accept names ${unknown.join(', ')}, which no imported minutes decide\n`);
  if (count('incomplete') > 0 || unknown.length > 0) process.exitCode = EXIT.problems;
}
