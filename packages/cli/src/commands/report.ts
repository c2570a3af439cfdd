/**
 * `govgraph report`: the governance health report of a partnership (or an area) as of a day, as
 * Markdown, self-contained HTML or JSON: who oversees each duty, person-dependent links, single
 * points of failure, gaps, overdue outputs and changes since a date, with the interdependency
 * board view of the focus embedded (Mermaid in Markdown and JSON, SVG in HTML), or its
 * neighbourhood with --diagram-depth.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { Option, type Command } from 'commander';
import { GovgraphError, isIsoDay, type GraphStore, type IsoDay } from '@govgraph/core';
import { buildHealthReport, renderReportHtml, renderReportMarkdown, type ReportDiagram } from '@govgraph/analytics';
import { createDiagram } from '@govgraph/diagrams';
import { resolveDayOption, resolveEntityOption } from '../entity-options.js';
import { addStoreOptions, openStore, type StoreCliOptions } from '../store-options.js';

/** Report formats. */
const REPORT_FORMATS = ['md', 'html', 'json'] as const;
type ReportFormat = (typeof REPORT_FORMATS)[number];

/** Options of `govgraph report`. */
interface ReportCliOptions extends StoreCliOptions {
  asOf?: string | undefined;
  focus?: string | undefined;
  area?: string | undefined;
  since?: string | undefined;
  format: ReportFormat;
  out?: string | undefined;
  diagram: boolean;
  diagramDepth?: string | undefined;
}

/** Checks a `--<name> YYYY-MM-DD` option (INVALID_INPUT otherwise); shared by the analytics commands. */
export function parseDayOption(name: string, text: string | undefined, fallback?: IsoDay): IsoDay {
  if (text === undefined && fallback !== undefined) return fallback;
  if (text === undefined || !isIsoDay(text)) {
    throw new GovgraphError('INVALID_INPUT', `--${name} must be a day as YYYY-MM-DD, got "${text ?? ''}"`, { option: name, value: text });
  }
  return text;
}

/** Writes text to `--out` (creating folders) or standard output; shared by the analytics commands. */
export async function writeOutput(text: string, out: string | undefined, what: string): Promise<void> {
  if (!out) {
    process.stdout.write(text);
    return;
  }
  const file = resolve(out);
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, text, 'utf8');
  process.stderr.write(`govgraph: wrote ${what} to ${file}\n`);
}

/** Opens the store the options name, runs `work` and always closes the store; shared by the analytics commands. */
export async function withStore<T>(options: StoreCliOptions, work: (store: GraphStore) => Promise<T>): Promise<T> {
  const store = await openStore(options);
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}

/** Adds `govgraph report`. */
export function registerReportCommand(program: Command): void {
  const command = program
    .command('report')
    .description('write a governance health report for a partnership (or an area) as of a day: Markdown, self-contained HTML or JSON')
    .option('--as-of <date>', 'the day the report is about, YYYY-MM-DD (default: the latest day the data covers; stderr says which)')
    .option('--focus <name or id>', 'the partnership (or body) the report is about, by name, former name, alias or id, e.g. "Safer Sefton Together"; its area is used when --area is not given')
    .option('--area <area>', 'only facts of this partnership area (national facts always count), e.g. sefton')
    .option('--since <date>', 'list changes after this day, YYYY-MM-DD (default: twelve months before --as-of)')
    .addOption(new Option('--format <format>', 'output format').choices([...REPORT_FORMATS]).default('md'))
    .option('--out <file>', 'write to this file instead of standard output')
    .option('--no-diagram', 'leave out the diagram')
    .option('--diagram-depth <n>', "draw the focus's neighbourhood this many hops out, 0-4, instead of its board view")
    .addHelpText(
      'after',
      '\nExamples:\n  govgraph report --focus safer-sefton-together --as-of 2022-09-08 --since 2021-09-08 --format md\n  govgraph report --focus safer-sefton-together --format html --out sefton-health.html\n  govgraph report --area sefton --format json\n\nA --focus that matches nothing or several things (listed) fails with exit code 1; a malformed date with exit code 2.',
    );
  addStoreOptions(command).action(async (options: ReportCliOptions) => {
    if (options.asOf !== undefined) parseDayOption('as-of', options.asOf);
    const since = options.since === undefined ? undefined : parseDayOption('since', options.since);
    const depth = options.diagramDepth === undefined ? undefined : Number(options.diagramDepth);
    if (options.diagramDepth !== undefined && (!/^\d+$/.test(options.diagramDepth) || depth! > 4)) {
      throw new GovgraphError('INVALID_INPUT', `--diagram-depth must be a whole number from 0 to 4, got "${options.diagramDepth}"`);
    }
    const text = await withStore(options, async (store) => {
      const focus = options.focus === undefined ? undefined : await resolveEntityOption(store, 'focus', options.focus, { area: options.area });
      const asOf = await resolveDayOption(store, options.asOf, options.area ?? focus?.area);
      let diagram: ReportDiagram | undefined;
      if (options.diagram && focus) {
        const format = options.format === 'html' ? 'svg' : 'mermaid';
        const preset = depth === undefined ? 'board' : 'neighbourhood';
        const content = await createDiagram(store, { focus: focus.id, preset, depth, asOf, area: options.area ?? focus.area }, format);
        diagram = { format, content };
      }
      const report = await buildHealthReport(store, { asOf, area: options.area, focus: focus?.id, since, diagram });
      if (options.format === 'json') return `${JSON.stringify(report, null, 2)}\n`;
      return options.format === 'html' ? renderReportHtml(report) : renderReportMarkdown(report);
    });
    await writeOutput(text, options.out, `${options.format} report`);
  });
}
