/**
 * `govgraph diagram`: draws the board view of a partnership (its groups, their duties and who
 * leads, oversees and delivers each; the default) or the neighbourhood around any entity, as of a
 * day, as Mermaid, DOT, SVG, GraphML or Cytoscape JSON.
 */
import { Option, type Command } from 'commander';
import { GovgraphError, LINK_KINDS, type LinkKind } from '@govgraph/core';
import {
  DEFAULT_DIAGRAM_DEPTH,
  DIAGRAM_FORMATS,
  DIAGRAM_PRESETS,
  MAX_DIAGRAM_DEPTH,
  loadDiagramModel,
  renderDiagram,
  type DiagramFormat,
  type DiagramPreset,
  type PageSize,
  type RankDir,
} from '@govgraph/diagrams';
import { addStoreOptions, type StoreCliOptions } from '../store-options.js';
import { resolveDayOption, resolveEntityOption } from '../entity-options.js';
import { withStore, writeOutput } from './report.js';

/** Options of `govgraph diagram`. */
interface DiagramCliOptions extends StoreCliOptions {
  focus: string;
  preset?: DiagramPreset | undefined;
  depth?: string | undefined;
  duty?: string | undefined;
  kinds?: string | undefined;
  asOf?: string | undefined;
  includeEnded?: boolean | undefined;
  area?: string | undefined;
  format: DiagramFormat;
  rankdir?: RankDir | undefined;
  page?: PageSize | undefined;
  out?: string | undefined;
}

function parseKinds(text: string | undefined): LinkKind[] | undefined {
  if (text === undefined) return undefined;
  const kinds = text
    .split(',')
    .map((k) => k.trim().toUpperCase())
    .filter((k) => k !== '');
  const unknown = kinds.filter((k) => !(LINK_KINDS as readonly string[]).includes(k));
  if (kinds.length === 0 || unknown.length > 0) {
    throw new GovgraphError('INVALID_INPUT', `--kinds: unknown link kind(s) ${unknown.join(', ') || '(none given)'}; expected some of ${LINK_KINDS.join(', ')}`);
  }
  return kinds as LinkKind[];
}

function parseDepth(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const depth = Number(text);
  if (!/^\d+$/.test(text) || depth > MAX_DIAGRAM_DEPTH) {
    throw new GovgraphError('INVALID_INPUT', `--depth must be a whole number from 0 to ${MAX_DIAGRAM_DEPTH}, got "${text}"`);
  }
  return depth;
}

/**
 * The preset drawn: the one asked for; else the neighbourhood when a walk option (--depth,
 * --duty, --kinds) is given, since only a walk uses them; else the board view, the one picture
 * that fits a page.
 */
function chosenPreset(options: DiagramCliOptions): DiagramPreset {
  if (options.preset !== undefined) return options.preset;
  return options.depth !== undefined || options.duty !== undefined || options.kinds !== undefined ? 'neighbourhood' : 'board';
}

/** Adds `govgraph diagram`. */
export function registerDiagramCommand(program: Command): void {
  const command = program
    .command('diagram')
    .description('draw a partnership\'s board view, or the neighbourhood of any entity, as of a day (Mermaid, DOT, SVG, GraphML or Cytoscape JSON)')
    .requiredOption('--focus <name or id>', 'the partnership (or entity) drawn, by name, former name, alias or id, e.g. "Safer Sefton Together"')
    .addOption(
      new Option('--preset <preset>', 'board: the partnership, its groups, their duties and who leads, oversees and delivers each, on one A4 landscape page; neighbourhood: everything within --depth hops (default: board, or neighbourhood when --depth, --duty or --kinds is given)').choices([
        ...DIAGRAM_PRESETS,
      ]),
    )
    .option('--depth <n>', `neighbourhood: hops from the focus, 0-${MAX_DIAGRAM_DEPTH} (default ${DEFAULT_DIAGRAM_DEPTH})`)
    .option('--duty <name or id>', "neighbourhood: narrow to this duty's own links, its oversight chains and the focus's governance neighbours, e.g. prevent")
    .option('--kinds <kinds>', 'neighbourhood: comma-separated link kinds to walk and draw (default: the governance kinds), e.g. OVERSEES,SUB_GROUP_OF,REPORTS_TO')
    .option('--as-of <date>', 'the day to draw, YYYY-MM-DD (default: the latest day the data covers, from its dated sources)')
    .option('--include-ended', 'also draw facts that had ended by the as-of day, greyed, instead of leaving them out')
    .option('--area <area>', "only facts of this partnership area (national facts always count), e.g. sefton; the focus's area sets the default date")
    .addOption(new Option('--format <format>', 'output format').choices([...DIAGRAM_FORMATS]).default('mermaid'))
    .addOption(new Option('--rankdir <dir>', 'layout direction (default TB for dot and svg, LR for mermaid)').choices(['LR', 'TB', 'RL', 'BT']))
    .addOption(new Option('--page <size>', 'landscape page dot and svg are scaled to fit (default a4 for the board view; none, natural size, for a neighbourhood)').choices(['a4', 'a3', 'none']))
    .option('--out <file>', 'write to this file instead of standard output')
    .addHelpText(
      'after',
      '\nExamples:\n  govgraph diagram --focus "Safer Sefton Together" --format svg --out board.svg\n  govgraph diagram --focus safer-sefton-together --depth 2 --as-of 2022-09-08 --format svg --out docs/sefton-interdependencies.svg\n  govgraph diagram --focus safer-sefton-together --as-of 2012-07-19 --format mermaid\n  govgraph diagram --focus safer-sefton-together --duty prevent --format graphml --out prevent.graphml\n\nA --focus or --duty that matches nothing, or several things (they are listed), fails with exit code 1.\nstderr says which day was drawn.',
    );
  addStoreOptions(command).action(async (options: DiagramCliOptions) => {
    const preset = chosenPreset(options);
    const depth = parseDepth(options.depth);
    const kinds = parseKinds(options.kinds);
    const text = await withStore(options, async (store) => {
      const focus = await resolveEntityOption(store, 'focus', options.focus, { area: options.area });
      const duty = options.duty === undefined ? undefined : await resolveEntityOption(store, 'duty', options.duty, { kinds: ['Duty'], area: options.area });
      const asOf = await resolveDayOption(store, options.asOf, options.area ?? focus.area);
      const model = await loadDiagramModel(store, {
        focus: focus.id,
        preset,
        depth,
        duty: duty?.id,
        kinds,
        asOf,
        includeEnded: options.includeEnded === true,
        area: options.area,
      });
      return renderDiagram(model, options.format, { rankdir: options.rankdir, page: options.page });
    });
    await writeOutput(text, options.out, `${options.format} diagram`);
  });
}
