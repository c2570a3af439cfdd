/**
 * Writes a graph out of govgraph: back to seed YAML (which `govgraph check` and `govgraph load`
 * read into the identical graph), as JSON (`GraphData` as it is) or as Popolo JSON for civic-data
 * tools. `govgraph export` is this function on the command line.
 */
import { mkdir, readdir, stat, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { GovgraphError, type GraphData } from '@govgraph/core';
import { renderPopoloJson } from './export-popolo.js';
import { renderSeedFolders, type ExportDatasetInfo } from './export-yaml.js';

/** What `exportSeedFiles` can write. */
export const EXPORT_FORMATS = ['yaml', 'json', 'popolo'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** File written inside `out` when a JSON export is given a folder. */
export const EXPORT_FILE_NAMES: Record<Exclude<ExportFormat, 'yaml'>, string> = {
  json: 'govgraph.json',
  popolo: 'popolo.json',
};

/** Options of {@link exportSeedFiles}. */
export interface ExportOptions {
  format: ExportFormat;
  /**
   * `yaml`: a folder that does not exist yet or is empty (seed folders are written inside it).
   * `json`/`popolo`: a file, or an existing folder to write `govgraph.json`/`popolo.json` into.
   */
  out: string;
  /** `yaml` only: ids and titles of the dataset folders, matched by area. */
  datasets?: readonly ExportDatasetInfo[] | undefined;
}

/** What an export wrote (absolute paths). */
export interface ExportResult {
  format: ExportFormat;
  /** Every file written. */
  files: string[];
  /** `yaml` only: the seed folders, in the order to load them (`loadSeedDirectories(directories)`). */
  directories: string[];
}

/** Writes `data` in `options.format` to `options.out`. */
export async function exportSeedFiles(data: GraphData, options: ExportOptions): Promise<ExportResult> {
  const out = resolve(options.out);
  if (options.format === 'yaml') {
    await requireEmptyFolder(out);
    const rendered = renderSeedFolders(data, { datasets: options.datasets });
    const files: string[] = [];
    for (const file of rendered.files) {
      const path = join(out, file.path);
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, file.text, 'utf8');
      files.push(path);
    }
    return { format: 'yaml', files, directories: rendered.folders.map((f) => join(out, f)) };
  }
  if (options.format !== 'json' && options.format !== 'popolo') {
    throw new GovgraphError('INVALID_INPUT', `unknown export format ${JSON.stringify(options.format)}; use one of ${EXPORT_FORMATS.join(', ')}`);
  }
  const file = (await isFolder(out)) ? join(out, EXPORT_FILE_NAMES[options.format]) : out;
  const text = options.format === 'json' ? `${JSON.stringify(data, null, 2)}\n` : renderPopoloJson(data);
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, text, 'utf8');
  return { format: options.format, files: [file], directories: [] };
}

async function isFolder(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

/** Seed folders are written only into a new or empty folder, so no stale file is loaded with them. */
async function requireEmptyFolder(path: string): Promise<void> {
  let entries: string[];
  try {
    entries = await readdir(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return;
    if (code === 'ENOTDIR') throw new GovgraphError('INVALID_INPUT', `--out ${path} is a file; a YAML export needs a folder`, { out: path });
    throw error;
  }
  if (entries.length > 0) {
    throw new GovgraphError('INVALID_INPUT', `${path} is not empty; export seed YAML into a new or empty folder so no stale file is loaded with it`, {
      out: path,
    });
  }
}
