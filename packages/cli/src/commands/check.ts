/**
 * `govgraph check`: validates seed folders without loading them anywhere and lists every problem
 * at once (file:line:column, field path, message, code), so a seed author fixes them in one pass.
 * Exit code 1 when there is any error (warnings alone exit 0, unless --strict).
 */
import { Option, type Command } from 'commander';
import { checkSeedDirectories, defaultSeedDirectories, formatSeedProblems, type SeedCheckReport } from '@govgraph/seeds';
import { EXIT } from '../program.js';
import { addSeedSizeOptions, seedLoadOptions, type SeedSizeCliOptions } from '../store-options.js';

interface CheckOptions extends SeedSizeCliOptions {
  format: 'text' | 'json';
  strict: boolean;
}

/** The one-line summary printed after the problems, e.g. "5 files, 2 datasets: 40 entities, 61 links; 0 errors, 1 warning". */
export function describeCheckSummary(report: SeedCheckReport): string {
  const s = report.summary;
  const count = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;
  return `${count(s.files, 'file')}, ${count(s.datasets, 'dataset')}: ${count(s.entities, 'entity', 'entities')}, ${count(s.links, 'link')}; ${count(s.errors, 'error')}, ${count(s.warnings, 'warning')}`;
}

/** Registers `govgraph check`. */
export function registerCheckCommand(program: Command): void {
  const command = program
    .command('check')
    .description('check seed folders (YAML syntax, schema, ids, references, dates, sources, link kinds) and list every problem; exit 1 on any error')
    .argument('[dirs...]', 'seed folders to check, in load order (default: seeds/reference seeds/sefton of this repository)')
    .addOption(new Option('--format <format>', 'text: one line per problem and a summary; json: {ok, summary, problems, files, datasets}').choices(['text', 'json']).default('text'))
    .addOption(new Option('--strict', 'treat warnings (e.g. an alias shared by two entities) as errors for the exit code').default(false))
    .addHelpText(
      'after',
      [
        '',
        'Each problem is printed as:',
        '  file:line:column  field.path  message  [code]',
        'Error codes: yaml-syntax, not-utf8, schema, unknown-key, missing-manifest, missing-directory, unreadable-file,',
        '  file-too-large, load-too-large, not-a-file, symlink-outside, duplicate-id, dangling-reference, reference-kind,',
        '  date-order, missing-source, endpoint-kind, self-link, validity-outside-ends, and the text rules',
        '  (malformed-unicode, control-character, bidi-control, invisible-character, too-long, link-id-mismatch, url-scheme, ...)',
        'Warning codes: duplicate-alias, link-field, undeclared-dependency, yaml-warning, duplicate-file,',
        '  unchecked-references (references a file with a syntax error, or not read, may define: reported once, at that file)',
        '',
        'A symbolic link in a seed folder is followed when it leads to a file inside the folder, and reported otherwise.',
        '',
        'Examples:',
        '  govgraph check',
        '  govgraph check seeds/reference seeds/sefton --format json',
      ].join('\n'),
    );
  addSeedSizeOptions(command).action(async (dirs: string[], options: CheckOptions) => {
    const report = await checkSeedDirectories(dirs.length > 0 ? dirs : defaultSeedDirectories(), seedLoadOptions(options));
    if (options.format === 'json') {
      const { ok, summary, problems, files, datasets } = report;
      process.stdout.write(`${JSON.stringify({ ok, summary, problems, files, datasets }, null, 2)}\n`);
    } else {
      if (report.problems.length > 0) process.stdout.write(`${formatSeedProblems(report.problems)}\n`);
      process.stdout.write(`${describeCheckSummary(report)}\n`);
    }
    const failed = !report.ok || (options.strict && report.summary.warnings > 0);
    if (failed) process.exitCode = EXIT.problems;
  });
}
