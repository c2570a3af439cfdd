/**
 * `govgraph export`: writes the graph of a store back out, as seed YAML (which `govgraph check` and
 * `govgraph load` turn into the identical graph), as JSON, or as Popolo JSON for civic-data tools.
 */
import { Option, type Command } from 'commander';
import { EXPORT_FORMATS, exportSeedFiles, type ExportFormat } from '@govgraph/seeds';
import { addStoreOptions, openStore, type StoreCliOptions } from '../store-options.js';

interface ExportCliOptions extends StoreCliOptions {
  format: ExportFormat;
  out: string;
  asOf?: string | undefined;
  area?: string | undefined;
}

/** Registers `govgraph export`. */
export function registerExportCommand(program: Command): void {
  const command = program
    .command('export')
    .description('write the graph back to seed YAML folders, JSON or Popolo JSON (from the memory store or Neo4j)')
    .addOption(new Option('--format <format>', 'yaml: seed folders; json: GraphData as stored; popolo: Popolo JSON').choices([...EXPORT_FORMATS]).default('yaml'))
    .requiredOption('--out <path>', 'yaml: a new or empty folder; json/popolo: a file, or a folder to write govgraph.json/popolo.json into')
    .option('--as-of <day>', 'only facts holding on this day (YYYY-MM-DD); default: the whole graph with its history')
    .option('--area <area>', 'only this partnership area (national facts are always kept)')
    .addHelpText(
      'after',
      [
        '',
        'Examples:',
        '  govgraph export --out exported-seeds              (then: govgraph check exported-seeds/reference exported-seeds/sefton)',
        '  govgraph export --format popolo --out sefton-popolo.json',
        '  govgraph export --store neo4j --uri neo4j://localhost:7687 --format json --out graph.json',
      ].join('\n'),
    );
  addStoreOptions(command).action(async (options: ExportCliOptions) => {
    const store = await openStore(options);
    try {
      const data = await store.snapshot({ asOf: options.asOf, area: options.area });
      const result = await exportSeedFiles(data, { format: options.format, out: options.out });
      const where = result.format === 'yaml' ? `${result.directories.join(' ')} (${result.files.length} files)` : result.files.join(' ');
      process.stdout.write(`exported ${data.entities.length} entities and ${data.links.length} links from the ${store.name} store as ${result.format}: ${where}\n`);
    } finally {
      await store.close();
    }
  });
}
