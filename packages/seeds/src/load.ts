/**
 * Loads seed folders into {@link GraphData}: every YAML file of every folder is parsed with
 * positions, each entity and link validated with the core schemas and normalised, and the whole
 * set checked across files (see `checks.ts`). Every problem is reported at once.
 */
import { readFile, readdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import {
  ENTITY_KINDS,
  compareStrings,
  entityInputSchema,
  linkInputSchema,
  normaliseEntity,
  normaliseLink,
  type EntityKind,
  type GraphData,
} from '@govgraph/core';
import { checkSeedGraph, idSuggester, type EntityRecord, type KnownEntity, type LinkRecord, type SeedGraph } from './checks.js';
import { ProblemCollector, describeOrigin, type SeedOrigin } from './collector.js';
import { sortSeedProblems, type SeedProblem, type SeedProblemCode } from './problems.js';
import { parseSeedFile, type SeedFile } from './yaml-source.js';
import { describeZodIssues } from './zod-issues.js';

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

/**
 * Loads the seed folders `dirs` (in order; a folder's `dependsOn` datasets must be among them).
 * Reads each folder's `dataset.yaml` first, then its other `*.yaml`/`*.yml` files sorted by name.
 */
export async function loadSeedDirectories(dirs: readonly string[]): Promise<SeedLoadResult> {
  const loader = new SeedLoader();
  for (const dir of dirs) await loader.loadDirectory(resolve(dir));
  return loader.finish();
}

class SeedLoader {
  private readonly collector = new ProblemCollector();
  private readonly files: string[] = [];
  /** Folders and files in the order they were met, to order problems (a folder's own problems first). */
  private readonly places: string[] = [];
  private readonly datasets: { manifest: DatasetManifest; origin: SeedOrigin }[] = [];
  private readonly graph: SeedGraph = (() => {
    const known = new Map<string, KnownEntity>();
    return { entities: [], links: [], known, dependencies: new Map(), suggest: idSuggester(known) };
  })();
  private readonly linkIds = new Map<string, SeedOrigin>();

  async loadDirectory(directory: string): Promise<void> {
    this.places.push(directory);
    let names: string[];
    try {
      const entries = await readdir(directory, { withFileTypes: true });
      names = entries.filter((e) => e.isFile() && /\.ya?ml$/i.test(e.name)).map((e) => e.name);
    } catch (error) {
      const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'does not exist' : `cannot be read (${(error as Error).message})`;
      this.collector.atFile(directory, 'missing-directory', `seed folder ${directory} ${reason}`);
      return;
    }
    names.sort(compareStrings);
    const manifestName = MANIFEST_FILE_NAMES.find((m) => names.includes(m));
    let manifest: DatasetManifest | undefined;
    if (manifestName) {
      manifest = await this.loadManifest(directory, join(directory, manifestName));
    } else {
      this.collector.atFile(directory, 'missing-manifest', `seed folder has no dataset.yaml (it names the dataset: "dataset: <id>" and "name: <title>")`);
    }
    for (const name of names) {
      if ((MANIFEST_FILE_NAMES as readonly string[]).includes(name)) continue;
      await this.loadDataFile(join(directory, name), manifest);
    }
  }

  private async read(file: string): Promise<{ seedFile: SeedFile; value: unknown } | undefined> {
    this.files.push(file);
    this.places.push(file);
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      this.collector.atFile(file, 'unreadable-file', `cannot read ${file}: ${(error as Error).message}`);
      return undefined;
    }
    const { seedFile, value, problems } = parseSeedFile(file, text);
    this.collector.add(problems);
    return { seedFile, value };
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
      this.collector.at(fileOrigin, [], 'schema', 'a seed file holds a mapping with "entities:" and/or "links:" lists');
      return;
    }
    const top = value as Record<string, unknown>;
    for (const key of Object.keys(top)) {
      if (!(DATA_FILE_KEYS as readonly string[]).includes(key)) {
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
      this.collector.at(origin, [key], 'schema', `"${key}" should be a list (each item starting with "- ")`);
      return [];
    }
    return list;
  }

  private addEntity(origin: SeedOrigin, item: unknown, manifest: DatasetManifest | undefined): void {
    const id = isRecord(item) && typeof item['id'] === 'string' ? item['id'] : undefined;
    if (origin.seedFile.hasSyntaxErrors) {
      // Content recovered from a broken file is not checked, but its ids still count, so that
      // references to them do not pile up behind the one syntax error.
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
    const record: EntityRecord = { entity: normaliseEntity(parsed.data), origin, dataset: manifest?.dataset };
    if (this.registerKnown(record.entity.id, { id: record.entity.id, kind: record.entity.kind, origin, dataset: record.dataset, record }, true)) {
      this.graph.entities.push(record);
    }
  }

  /** Records an entity id; reports a duplicate (when asked) and returns false if it was known. */
  private registerKnown(id: string, known: KnownEntity, reportDuplicate: boolean): boolean {
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
    if (origin.seedFile.hasSyntaxErrors) return;
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

