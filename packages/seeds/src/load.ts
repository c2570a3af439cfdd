/**
 * Loads seed folders into {@link GraphData}: every YAML file of every folder is parsed with
 * positions, each entity and link validated with the core schemas and normalised, and the whole
 * set checked across files (see `checks.ts`). Every problem is reported at once.
 */
import type { Dirent } from 'node:fs';
import { readdir, readlink, realpath } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { z } from 'zod';
import {
  ENTITY_KINDS,
  GovgraphError,
  compareStrings,
  describeZodIssues,
  idSuggester,
  entityInputSchema,
  linkInputSchema,
  normaliseEntity,
  normaliseLink,
  type EntityKind,
  type GraphData,
} from '@govgraph/core';
import { checkSeedGraph, type SeedEntityRecord, type SeedGraph, type SeedKnownEntity } from './checks.js';
import { ProblemCollector, describeOrigin, type SeedOrigin } from './collector.js';
import { sortSeedProblems, type SeedProblem, type SeedProblemCode } from './problems.js';
import { DEFAULT_MAX_SEED_FILE_BYTES, DEFAULT_MAX_SEED_LOAD_BYTES, MAX_MALFORMED_RUNS, decodeSeedText, readSeedBytes, type SeedSizeLimits } from './seed-bytes.js';
import { parseSeedFile, type PathSegment, type SeedFile } from './yaml-source.js';

/** A seed folder's `dataset.yaml`: what the folder is and which folders it builds on. */
export interface DatasetManifest {
  /** The dataset id (kebab-case), e.g. `sefton`; other manifests name it in `dependsOn`. */
  dataset: string;
  /** A human name, e.g. "Sefton Community Safety Partnership". */
  name: string;
  /** Partnership area given to every entity of the folder that names none. */
  area?: string | undefined;
  /** Datasets whose entities this one refers to (they must be loaded too). */
  dependsOn: string[];
  description?: string | undefined;
  /** Absolute path of the folder. */
  directory: string;
  /** Absolute path of the manifest file. */
  file: string;
}

/**
 * What loading seed folders gives. When `problems` holds any error, `data` still contains every
 * entity and link that was valid on its own (useful for reports), but it is NOT a consistent graph
 * (links may dangle, ids may clash): callers must not load it into a store.
 */
export interface SeedLoadResult {
  /** Valid entities and links, normalised, each sorted by id. */
  data: GraphData;
  /** Every problem found, ordered by file (load order), line and column. */
  problems: SeedProblem[];
  /** Absolute paths of the YAML files read, in load order (each folder's manifest first). */
  files: string[];
  /** The manifests of the folders, in the order given. */
  datasets: DatasetManifest[];
}

/** File names that hold a folder's manifest. */
export const MANIFEST_FILE_NAMES = ['dataset.yaml', 'dataset.yml'] as const;
/** Top-level keys a data file may have. */
export const DATA_FILE_KEYS = ['entities', 'links'] as const;

const manifestSchema = z
  .object({
    dataset: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, { message: 'dataset ids are kebab-case: lower-case letters, digits and hyphens' }),
    name: z.string().min(1),
    area: z.string().min(1).optional(),
    dependsOn: z.array(z.string().min(1)).default([]),
    description: z.string().min(1).optional(),
  })
  .strict();

const ENTITY_KIND_SET: ReadonlySet<string> = new Set(ENTITY_KINDS);
const DATE_KEYS = ['date'] as const;
const VALIDITY_KEYS = ['from', 'to'] as const;

/** Options of {@link loadSeedDirectories}: the size limits (see `DEFAULT_MAX_SEED_FILE_BYTES`). */
export type SeedLoadOptions = SeedSizeLimits;

/**
 * Loads the seed folders `dirs` (in order; a folder's `dependsOn` datasets must be among them).
 * Reads each folder's `dataset.yaml` first, then its other `*.yaml`/`*.yml` files sorted by name.
 * A symbolic link is followed when it leads to a file inside its folder and reported otherwise; a
 * file over the size limits is reported and not read.
 */
export async function loadSeedDirectories(dirs: readonly string[], options: SeedLoadOptions = {}): Promise<SeedLoadResult> {
  const loader = new SeedLoader(options);
  for (const dir of dirs) await loader.loadDirectory(resolve(dir));
  return loader.finish();
}

/** A missing id some unread or broken file may define, and where it is referred to. */
interface UnresolvedReference {
  id: string;
  origin: SeedOrigin;
  path: readonly PathSegment[];
}

/** An entry of a seed folder: read, unless `refused` says why not. */
interface ListedFile {
  name: string;
  refused?: { code: SeedProblemCode; message: string; severity: 'error' | 'warning' } | undefined;
}

/** Most references named in an `unchecked-references` message. */
const SHOWN_UNCHECKED_REFERENCES = 5;

class SeedLoader {
  private readonly collector = new ProblemCollector();
  private readonly files: string[] = [];
  /** Folders and files in the order they were met, to order problems (a folder's own problems first). */
  private readonly places: string[] = [];
  private readonly datasets: { manifest: DatasetManifest; origin: SeedOrigin }[] = [];
  private readonly graph: SeedGraph = (() => {
    const known = new Map<string, SeedKnownEntity>();
    return { entities: [], links: [], known, dependencies: new Map(), suggest: idSuggester(known) };
  })();
  private readonly linkIds = new Map<string, SeedOrigin>();
  private readonly maxFileBytes: number;
  private readonly maxLoadBytes: number;
  private loadedBytes = 0;
  /** Files with syntax errors, and files that could not be read at all: ids may hide in either. */
  private readonly brokenFiles: { seedFile: SeedFile; line: number; column: number }[] = [];
  private readonly unreadFiles: string[] = [];
  /** Missing ids put down to a broken or unread file, by that file. */
  private readonly unresolved = new Map<string, UnresolvedReference[]>();

  constructor(options: SeedLoadOptions) {
    this.maxFileBytes = checkLimit(options.maxFileBytes, DEFAULT_MAX_SEED_FILE_BYTES, 'maxFileBytes');
    this.maxLoadBytes = checkLimit(options.maxLoadBytes, DEFAULT_MAX_SEED_LOAD_BYTES, 'maxLoadBytes');
    this.graph.explainMissing = (id, origin, path) => this.explainMissing(id, origin, path);
  }

  async loadDirectory(directory: string): Promise<void> {
    this.places.push(directory);
    let listed: ListedFile[];
    try {
      const entries = await readdir(directory, { withFileTypes: true });
      listed = await this.seedFiles(directory, entries);
    } catch (error) {
      const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'does not exist' : `cannot be read (${(error as Error).message})`;
      this.collector.atFile(directory, 'missing-directory', `seed folder ${directory} ${reason}`);
      return;
    }
    const names = listed.filter((f) => !f.refused).map((f) => f.name);
    const manifestName = MANIFEST_FILE_NAMES.find((m) => names.includes(m));
    let manifest: DatasetManifest | undefined;
    if (manifestName) {
      manifest = await this.loadManifest(directory, join(directory, manifestName));
    } else {
      this.collector.atFile(directory, 'missing-manifest', `seed folder has no dataset.yaml (it names the dataset: "dataset: <id>" and "name: <title>")`);
    }
    for (const { name, refused } of listed) {
      const file = join(directory, name);
      if (refused) {
        this.files.push(file);
        this.places.push(file);
        if (refused.severity === 'error') this.unreadFiles.push(file);
        this.collector.atFile(file, refused.code, refused.message, refused.severity);
        continue;
      }
      if ((MANIFEST_FILE_NAMES as readonly string[]).includes(name)) continue;
      await this.loadDataFile(file, manifest);
    }
  }

  /**
   * The `*.yaml`/`*.yml` entries of a folder, sorted by name. Symbolic links are followed when
   * they lead inside the folder (and not to a file read already); any other is refused with its
   * reason, never skipped unsaid. Entries that are not files are left to {@link read}, which
   * reports them.
   */
  private async seedFiles(directory: string, entries: readonly Dirent[]): Promise<ListedFile[]> {
    const yaml = entries.filter((e) => /\.ya?ml$/i.test(e.name)).sort((a, b) => compareStrings(a.name, b.name));
    if (!yaml.some((e) => e.isSymbolicLink())) return yaml.map((e) => ({ name: e.name }));
    const realDirectory = await realpath(directory);
    const realTargets = new Map<string, string>();
    for (const entry of yaml) if (!entry.isSymbolicLink()) realTargets.set(join(realDirectory, entry.name), entry.name);
    const listed: ListedFile[] = [];
    for (const { name } of yaml.filter((e) => !e.isSymbolicLink())) listed.push({ name });
    for (const { name } of yaml.filter((e) => e.isSymbolicLink())) {
      const file = join(directory, name);
      let target: string;
      try {
        target = await realpath(file);
      } catch (error) {
        const to = await readlink(file).catch(() => '?');
        const why = (error as NodeJS.ErrnoException).code === 'ELOOP' ? 'a loop of links' : `"${to}", which does not exist`;
        listed.push({ name, refused: { code: 'unreadable-file', message: `${file} is a symbolic link to ${why}; it was not read`, severity: 'error' } });
        continue;
      }
      const inside = relative(realDirectory, target);
      if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) {
        const message = `${file} is a symbolic link to ${target}, outside the seed folder; it was not read (copy the file into the folder, or load its own folder as a seed folder)`;
        listed.push({ name, refused: { code: 'symlink-outside', message, severity: 'error' } });
        continue;
      }
      const same = realTargets.get(target);
      if (same !== undefined) {
        const message = `${file} is a symbolic link to ${same} in the same folder, which is read already; it was not read twice`;
        listed.push({ name, refused: { code: 'duplicate-file', message, severity: 'warning' } });
        continue;
      }
      realTargets.set(target, name);
      listed.push({ name });
    }
    return listed.sort((a, b) => compareStrings(a.name, b.name));
  }

  private async read(file: string): Promise<{ seedFile: SeedFile; value: unknown } | undefined> {
    this.files.push(file);
    this.places.push(file);
    const read = await readSeedBytes(file, { maxBytes: this.maxFileBytes, loadBytesLeft: this.maxLoadBytes - this.loadedBytes, loadLimit: this.maxLoadBytes });
    if ('unread' in read) {
      this.unreadFiles.push(file);
      this.collector.atFile(file, read.unread.code, read.unread.message);
      return undefined;
    }
    this.loadedBytes += read.bytes.length;
    const { text, malformed, malformedCount } = decodeSeedText(read.bytes);
    for (const m of malformed) {
      this.collector.add([
        { file, line: m.line, column: m.column, path: '', code: 'not-utf8', message: `bytes ${m.bytes} are not UTF-8: seed files are UTF-8 (save the file as UTF-8); they were read as U+FFFD to check the rest`, severity: 'error' },
      ]);
    }
    if (malformedCount > MAX_MALFORMED_RUNS) {
      this.collector.atFile(file, 'not-utf8', `${malformedCount - MAX_MALFORMED_RUNS} more runs of bytes that are not UTF-8 in ${file} (the first ${MAX_MALFORMED_RUNS} are listed)`);
    }
    const { seedFile, value, problems } = parseSeedFile(file, text);
    this.collector.add(problems);
    const firstError = problems.find((p) => p.code === 'yaml-syntax');
    if (firstError) this.brokenFiles.push({ seedFile, line: firstError.line, column: firstError.column });
    return { seedFile, value };
  }

  /**
   * Accounts for a reference to an id no file defines when a broken file might define it (the id
   * is a word of its text) or a file could not be read: it is then reported once, with the others
   * of its cause, instead of as an error of its own.
   */
  private explainMissing(id: string, origin: SeedOrigin, path: readonly PathSegment[]): boolean {
    const cause = this.brokenFiles.find((b) => b.seedFile.mayDefine(id))?.seedFile.file ?? this.unreadFiles[0];
    if (cause === undefined) return false;
    const list = this.unresolved.get(cause) ?? [];
    list.push({ id, origin, path });
    this.unresolved.set(cause, list);
    return true;
  }

  /** One `unchecked-references` warning per broken or unread file that missing ids were put down to. */
  private reportUnresolved(): void {
    for (const [file, references] of this.unresolved) {
      const broken = this.brokenFiles.find((b) => b.seedFile.file === file);
      const ids = new Set(references.map((r) => r.id));
      const shown = references
        .slice(0, SHOWN_UNCHECKED_REFERENCES)
        .map((r) => `"${r.id}" at ${describeOrigin(r.origin, r.path)}`)
        .join(', ');
      const more = references.length > SHOWN_UNCHECKED_REFERENCES ? `, and ${references.length - SHOWN_UNCHECKED_REFERENCES} more` : '';
      const where = broken ? 'the part of this file its syntax error leaves unread' : 'this file, which was not read';
      const message = `${references.length} reference${references.length === 1 ? '' : 's'} to ${ids.size} id${ids.size === 1 ? '' : 's'} no file defines (${shown}${more}) may be defined in ${where}; they are not checked until it is fixed`;
      this.collector.add([{ file, line: broken?.line ?? 1, column: broken?.column ?? 1, path: '', code: 'unchecked-references', message, severity: 'warning' }]);
    }
  }

  private async loadManifest(directory: string, file: string): Promise<DatasetManifest | undefined> {
    const read = await this.read(file);
    if (!read) return undefined;
    const origin: SeedOrigin = { seedFile: read.seedFile, path: [] };
    if (read.seedFile.hasSyntaxErrors) return undefined;
    const parsed = manifestSchema.safeParse(read.value ?? {});
    if (!parsed.success) {
      for (const issue of describeZodIssues(parsed.error.issues, read.value, manifestSchema)) {
        const code: SeedProblemCode = issue.unknownField && issue.path.length === 1 ? 'unknown-key' : 'schema';
        this.collector.at(origin, issue.path, code, issue.message, { atKey: issue.unknownField });
      }
      return undefined;
    }
    const manifest: DatasetManifest = { ...parsed.data, directory, file };
    const clash = this.datasets.find((d) => d.manifest.dataset === manifest.dataset);
    if (clash) {
      this.collector.at(origin, ['dataset'], 'duplicate-id', `dataset "${manifest.dataset}" is loaded twice (first at ${describeOrigin(clash.origin, ['dataset'])})`);
      return manifest;
    }
    this.datasets.push({ manifest, origin });
    return manifest;
  }

  private async loadDataFile(file: string, manifest: DatasetManifest | undefined): Promise<void> {
    const read = await this.read(file);
    if (!read) return;
    const { seedFile, value } = read;
    const fileOrigin: SeedOrigin = { seedFile, path: [] };
    if (value === null || value === undefined) return; // an empty file
    if (typeof value !== 'object' || Array.isArray(value)) {
      if (!seedFile.hasSyntaxErrors) this.collector.at(fileOrigin, [], 'schema', 'a seed file holds a mapping with "entities:" and/or "links:" lists');
      return;
    }
    const top = value as Record<string, unknown>;
    for (const key of Object.keys(top)) {
      // A key that shares a line with a syntax error is the parser's guess, not the author's.
      if (!(DATA_FILE_KEYS as readonly string[]).includes(key) && !seedFile.isDamaged([key])) {
        this.collector.at(fileOrigin, [key], 'unknown-key', `unknown top-level key "${key}"; a seed file holds "entities:" and/or "links:" (dataset fields go in dataset.yaml)`, {
          atKey: true,
        });
      }
    }
    const entities = this.listAt(fileOrigin, top, 'entities');
    const links = this.listAt(fileOrigin, top, 'links');
    entities.forEach((item, index) => this.addEntity({ seedFile, path: ['entities', index] }, item, manifest));
    links.forEach((item, index) => this.addLink({ seedFile, path: ['links', index] }, item, manifest));
  }

  private listAt(origin: SeedOrigin, top: Record<string, unknown>, key: string): unknown[] {
    const list = top[key];
    if (list === undefined || list === null) return [];
    if (!Array.isArray(list)) {
      if (!origin.seedFile.isDamaged([key])) this.collector.at(origin, [key], 'schema', `"${key}" should be a list (each item starting with "- ")`);
      return [];
    }
    return list;
  }

  private addEntity(origin: SeedOrigin, item: unknown, manifest: DatasetManifest | undefined): void {
    const id = isRecord(item) && typeof item['id'] === 'string' ? item['id'] : undefined;
    if (origin.seedFile.isDamaged(origin.path)) {
      // What the parser recovered on a syntax error's lines is not checked, but its ids still
      // count, so that references to them do not pile up behind the one syntax error.
      if (id !== undefined) this.registerKnown(id, { id, kind: kindOf(item), origin, dataset: manifest?.dataset }, false);
      return;
    }
    if (isRecord(item)) {
      coerceYears(item);
      if (manifest?.area !== undefined && item['area'] === undefined) item['area'] = manifest.area;
    }
    const parsed = entityInputSchema.safeParse(item);
    if (!parsed.success) {
      for (const issue of describeZodIssues(parsed.error.issues, item, entityInputSchema)) {
        this.collector.at(origin, issue.path, issue.textRule ?? 'schema', issue.message, { atKey: issue.unknownField });
      }
      if (id !== undefined) this.registerKnown(id, { id, kind: kindOf(item), origin, dataset: manifest?.dataset }, true);
      return;
    }
    const record: SeedEntityRecord = { entity: normaliseEntity(parsed.data), origin, dataset: manifest?.dataset };
    if (this.registerKnown(record.entity.id, { id: record.entity.id, kind: record.entity.kind, origin, dataset: record.dataset, record }, true)) {
      this.graph.entities.push(record);
    }
  }

  /** Records an entity id; reports a duplicate (when asked) and returns false if it was known. */
  private registerKnown(id: string, known: SeedKnownEntity, reportDuplicate: boolean): boolean {
    const first = this.graph.known.get(id);
    if (first) {
      if (reportDuplicate) {
        this.collector.at(known.origin, ['id'], 'duplicate-id', `duplicate entity id "${id}" (first defined at ${describeOrigin(first.origin, ['id'])})`);
      }
      return false;
    }
    this.graph.known.set(id, known);
    return true;
  }

  private addLink(origin: SeedOrigin, item: unknown, manifest: DatasetManifest | undefined): void {
    if (origin.seedFile.isDamaged(origin.path)) return;
    if (isRecord(item)) coerceYears(item);
    const parsed = linkInputSchema.safeParse(item);
    if (!parsed.success) {
      for (const issue of describeZodIssues(parsed.error.issues, item, linkInputSchema)) {
        this.collector.at(origin, issue.path, issue.textRule ?? 'schema', issue.message, { atKey: issue.unknownField });
      }
      return;
    }
    const link = normaliseLink(parsed.data);
    const first = this.linkIds.get(link.id);
    if (first) {
      const explicit = parsed.data.id !== undefined;
      const message = explicit
        ? `duplicate link id "${link.id}" (first defined at ${describeOrigin(first, ['id'])})`
        : `duplicate link "${link.id}": a second ${link.kind} link from "${link.from}" to "${link.to}" (first at ${describeOrigin(first)}); give the two links different "key"s`;
      this.collector.at(origin, explicit ? ['id'] : [], 'duplicate-id', message);
      return;
    }
    this.linkIds.set(link.id, origin);
    this.graph.links.push({ link, origin, dataset: manifest?.dataset });
  }

  finish(): SeedLoadResult {
    this.checkDependencies();
    checkSeedGraph(this.graph, this.collector);
    this.reportUnresolved();
    const entities = this.graph.entities.map((r) => r.entity).sort((a, b) => compareStrings(a.id, b.id));
    const links = this.graph.links.map((r) => r.link).sort((a, b) => compareStrings(a.id, b.id));
    return {
      data: { entities, links },
      problems: sortSeedProblems(this.collector.problems, this.places),
      files: [...this.files],
      datasets: this.datasets.map((d) => d.manifest),
    };
  }

  private checkDependencies(): void {
    const byId = new Map(this.datasets.map((d) => [d.manifest.dataset, d.manifest]));
    for (const { manifest } of this.datasets) {
      // Everything reachable through dependsOn (cycles are harmless here: each dataset is visited once).
      const reachable = new Set<string>([manifest.dataset]);
      const queue = [...manifest.dependsOn];
      for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
        if (reachable.has(next)) continue;
        reachable.add(next);
        queue.push(...(byId.get(next)?.dependsOn ?? []));
      }
      this.graph.dependencies.set(manifest.dataset, reachable);
    }
    const loaded = new Set(byId.keys());
    for (const { manifest, origin } of this.datasets) {
      manifest.dependsOn.forEach((dependency, index) => {
        if (!loaded.has(dependency)) {
          this.collector.at(
            origin,
            ['dependsOn', index],
            'dangling-reference',
            `dataset "${manifest.dataset}" depends on dataset "${dependency}", which is not loaded (pass its seed folder too)`,
          );
        }
      });
    }
  }
}

function checkLimit(value: number | undefined, fallback: number, name: string): number {
  if (value === undefined) return fallback;
  if (!Number.isSafeInteger(value) || value < 1) throw new GovgraphError('INVALID_INPUT', `${name} is a whole number of bytes, at least 1 (got ${value})`);
  return value;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function kindOf(item: unknown): EntityKind | undefined {
  const kind = isRecord(item) ? item['kind'] : undefined;
  return typeof kind === 'string' && ENTITY_KIND_SET.has(kind) ? (kind as EntityKind) : undefined;
}

/**
 * YAML reads `from: 2012` as a number; a bare four-digit year in a date field can only mean the
 * year, so it is taken as the text "2012" (kept as written, so exporting gives the same YAML back).
 */
function coerceYears(item: Record<string, unknown>): void {
  const fix = (holder: unknown, key: string): void => {
    if (!isRecord(holder)) return;
    const v = holder[key];
    if (typeof v === 'number' && Number.isInteger(v) && v >= 1000 && v <= 9999) holder[key] = String(v);
  };
  const fixValidity = (validity: unknown): void => {
    for (const key of VALIDITY_KEYS) fix(validity, key);
  };
  for (const key of DATE_KEYS) fix(item, key);
  fixValidity(item['validity']);
  const names = item['names'];
  if (Array.isArray(names)) for (const n of names) if (isRecord(n)) fixValidity(n['validity']);
}

