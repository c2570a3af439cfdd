/**
 * `govgraph diagram`: draws the interdependencies around one entity (optionally narrowed to one
 * duty's oversight) as of a day, as Mermaid, DOT, SVG, GraphML or Cytoscape JSON.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { Option, type Command } from 'commander';
import { GovgraphError, LINK_KINDS, type LinkKind } from '@govgraph/core';
import { DEFAULT_DIAGRAM_DEPTH, DIAGRAM_FORMATS, MAX_DIAGRAM_DEPTH, createDiagram, type DiagramFormat, type RankDir } from '@govgraph/diagrams';
import { addStoreOptions, openStore, type StoreCliOptions } from '../store-options.js';

/** Options of `govgraph diagram`. */
interface DiagramCliOptions extends StoreCliOptions {
  focus: string;
  depth: string;
  duty?: string | undefined;
  kinds?: string | undefined;
  asOf?: string | undefined;
  includeEnded?: boolean | undefined;
  area?: string | undefined;
  format: DiagramFormat;
  rankdir: RankDir;
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

function parseDepth(text: string): number {
  const depth = Number(text);
  if (!/^\d+$/.test(text) || depth > MAX_DIAGRAM_DEPTH) {
    throw new GovgraphError('INVALID_INPUT', `--depth must be a whole number from 0 to ${MAX_DIAGRAM_DEPTH}, got "${text}"`);
  }
  return depth;
}

/** Adds `govgraph diagram`. */
export function registerDiagramCommand(program: Command): void {
  const command = program
    .command('diagram')
    .description('draw the interdependencies around an entity as of a day (Mermaid, DOT, SVG, GraphML or Cytoscape JSON)')
    .requiredOption('--focus <id>', 'id of the entity at the centre, e.g. safer-sefton-together')
    .option('--depth <n>', `hops from the focus, 0-${MAX_DIAGRAM_DEPTH}`, String(DEFAULT_DIAGRAM_DEPTH))
    .option('--duty <id>', "narrow to this duty: its own links, its oversight chains, and the focus's governance neighbours (no people or members), e.g. prevent")
    .option('--kinds <kinds>', `comma-separated link kinds to walk and draw (default: the governance kinds), e.g. OVERSEES,SUB_GROUP_OF,REPORTS_TO`)
    .option('--as-of <date>', 'the day to draw, YYYY-MM-DD (default: today)')
    .option('--include-ended', 'also draw facts that had ended by the as-of day, greyed, instead of hiding them')
    .option('--area <area>', 'only facts of this partnership area (national facts always count), e.g. sefton')
    .addOption(new Option('--format <format>', 'output format').choices([...DIAGRAM_FORMATS]).default('mermaid'))
    .addOption(new Option('--rankdir <dir>', 'layout direction for dot, svg and mermaid').choices(['LR', 'TB', 'RL', 'BT']).default('LR'))
    .option('--out <file>', 'write to this file instead of standard output')
    .addHelpText(
      'after',
      '\nExamples:\n  govgraph diagram --focus safer-sefton-together --depth 2 --format svg --out docs/sefton-interdependencies.svg\n  govgraph diagram --focus safer-sefton-together --as-of 2012-07-19 --format mermaid\n  govgraph diagram --focus safer-sefton-together --duty prevent --format graphml --out prevent.graphml\n\nUnknown --focus or --duty ids fail with exit code 1.',
    );
  addStoreOptions(command).action(async (options: DiagramCliOptions) => {
    const request = {
      focus: options.focus,
      depth: parseDepth(options.depth),
      duty: options.duty,
      kinds: parseKinds(options.kinds),
      asOf: options.asOf,
      includeEnded: options.includeEnded === true,
      area: options.area,
      rankdir: options.rankdir,
    };
    const store = await openStore(options);
    let text: string;
    try {
      text = await createDiagram(store, request, options.format);
    } finally {
      await store.close();
    }
    if (options.out) {
      const file = resolve(options.out);
      await mkdir(dirname(file), { recursive: true });
      await writeFile(file, text, 'utf8');
      process.stderr.write(`govgraph: wrote ${options.format} diagram to ${file}\n`);
    } else {
      process.stdout.write(text);
    }
  });
}
