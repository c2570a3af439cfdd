/**
 * From a normalised graph back to seed YAML that `loadSeedDirectories` turns into the very same
 * graph. Whatever normalisation fills in is left out (default link ids, the folder's area, the
 * current name appended to `names`, schema defaults), and dates go back to what was written
 * through `fuzzyDateToInput`, so an exported seed reads like a hand-written one.
 */
import { Document, isCollection, isScalar, visit } from 'yaml';
import {
  compareStrings,
  defaultLinkId,
  fuzzyDateToInput,
  isFuzzyDate,
  type Entity,
  type EntityKind,
  type GraphData,
  type Link,
  type NameRecord,
  type SourceRef,
  type Validity,
} from '@govgraph/core';

/** How one exported folder is named; give these to keep a dataset's own id and title. */
export interface ExportDatasetInfo {
  /** Dataset id (kebab-case), also the folder's name. */
  dataset: string;
  /** Human title written to `dataset.yaml`. */
  name: string;
  /** The area whose entities go in this folder; absent for the national (area-less) folder. */
  area?: string | undefined;
  description?: string | undefined;
}

/** Options of {@link renderSeedFolders}. */
export interface SeedYamlOptions {
  /**
   * Ids and titles for the folders, matched by `area` (one without `area` names the national
   * folder). Areas not listed get a folder named after the area.
   */
  datasets?: readonly ExportDatasetInfo[] | undefined;
}

/** One file of an exported seed, its path relative to the output folder. */
export interface SeedExportFile {
  path: string;
  text: string;
}

/** The exported seed: its files and its folders in load order (each relative to the output folder). */
export interface RenderedSeed {
  files: SeedExportFile[];
  folders: string[];
}

/** The folder of area-less (national) entities when no dataset names it. */
export const NATIONAL_DATASET_ID = 'reference';

/** The data file each entity kind is written to. */
export const ENTITY_FILE_NAMES: Record<EntityKind, string> = {
  Body: 'bodies.yaml',
  Organisation: 'organisations.yaml',
  Person: 'people.yaml',
  Duty: 'duties.yaml',
  Legislation: 'legislation.yaml',
  Strategy: 'strategies.yaml',
  Review: 'reviews.yaml',
  Assessment: 'assessments.yaml',
  Meeting: 'meetings.yaml',
  Source: 'sources.yaml',
};

/** Top-level keys whose values read best on one line (`{ from: ..., to: ... }`). */
const FLOW_KEYS = new Set(['validity', 'aliases']);

/** Schema defaults normalisation writes into `attributes`, left out again on export. */
const ATTRIBUTE_DEFAULTS: Partial<Record<EntityKind, Record<string, unknown>>> = {
  Duty: { statutory: true, requiredOutputs: [] },
  Assessment: { benchmarks: [] },
  Meeting: { items: [] },
};

interface Folder {
  info: ExportDatasetInfo;
  entities: Entity[];
  links: Link[];
  dependsOn: Set<string>;
}

/**
 * Renders a graph as seed folders: one per area (plus one for area-less national facts), each with
 * `dataset.yaml` and one file per entity kind and per link kind. Links go to the folder of their
 * local end (the `from` end first), and `dependsOn` lists every folder a folder refers to.
 */
export function renderSeedFolders(data: GraphData, options: SeedYamlOptions = {}): RenderedSeed {
  const folders = planFolders(data, options.datasets ?? []);
  const files: SeedExportFile[] = [];
  for (const folder of folders) {
    const dir = folder.info.dataset;
    files.push({ path: `${dir}/dataset.yaml`, text: renderYaml(manifestOf(folder)) });
    const byFile = new Map<string, { entities: unknown[]; links: unknown[] }>();
    const slot = (name: string) => {
      let entry = byFile.get(name);
      if (!entry) byFile.set(name, (entry = { entities: [], links: [] }));
      return entry;
    };
    for (const entity of folder.entities) slot(ENTITY_FILE_NAMES[entity.kind]).entities.push(entityToInput(entity, folder.info.area));
    for (const link of folder.links) slot(`links-${link.kind.toLowerCase().replace(/_/g, '-')}.yaml`).links.push(linkToInput(link));
    for (const name of [...byFile.keys()].sort(compareStrings)) {
      const { entities, links } = byFile.get(name)!;
      const content: Record<string, unknown> = {};
      if (entities.length > 0) content['entities'] = entities;
      if (links.length > 0) content['links'] = links;
      files.push({ path: `${dir}/${name}`, text: renderYaml(content) });
    }
  }
  return { files, folders: folders.map((f) => f.info.dataset) };
}

function planFolders(data: GraphData, named: readonly ExportDatasetInfo[]): Folder[] {
  const byArea = new Map<string | undefined, Folder>();
  const usedIds = new Set<string>();
  const folderFor = (area: string | undefined): Folder => {
    let folder = byArea.get(area);
    if (folder) return folder;
    const given = named.find((d) => d.area === area);
    const dataset = uniqueId(given?.dataset ?? (area === undefined ? NATIONAL_DATASET_ID : slug(area)), usedIds);
    const info: ExportDatasetInfo = given
      ? { ...given, dataset }
      : { dataset, name: area === undefined ? 'National reference layer (exported)' : `${area} (exported)`, area };
    folder = { info, entities: [], links: [], dependsOn: new Set() };
    byArea.set(area, folder);
    return folder;
  };
  // Folders are created in a fixed order (national first, then areas by name) so ids are stable.
  // (Array.prototype.sort would put `undefined` last without asking the comparator.)
  const areas = new Set(data.entities.map((e) => e.area));
  if (areas.delete(undefined)) folderFor(undefined);
  for (const area of [...areas].sort((a, b) => compareStrings(a ?? '', b ?? ''))) folderFor(area);
  const home = new Map<string, Folder>();
  for (const entity of [...data.entities].sort(byId)) {
    const folder = folderFor(entity.area);
    folder.entities.push(entity);
    home.set(entity.id, folder);
  }
  const national = byArea.get(undefined);
  for (const link of [...data.links].sort(byId)) {
    const from = home.get(link.from);
    const to = home.get(link.to);
    const local = [from, to].find((f) => f !== undefined && f.info.area !== undefined);
    const folder = local ?? from ?? to ?? national ?? folderFor(undefined);
    folder.links.push(link);
  }
  const refer = (folder: Folder, id: string | undefined): void => {
    const target = id === undefined ? undefined : home.get(id);
    if (target && target !== folder) folder.dependsOn.add(target.info.dataset);
  };
  for (const folder of byArea.values()) {
    for (const entity of folder.entities) for (const id of citedSources(entity)) refer(folder, id);
    for (const link of folder.links) {
      for (const id of [link.from, link.to, link.representing, ...link.sources.map((s) => s.source)]) refer(folder, id);
    }
  }
  return [...byArea.values()];
}

function citedSources(entity: Entity): string[] {
  const refs: SourceRef[] = [...entity.sources, ...entity.names.flatMap((n) => n.sources)];
  const outputs = entity.attributes['requiredOutputs'];
  if (Array.isArray(outputs)) {
    for (const output of outputs) {
      const sources = (output as { sources?: unknown }).sources;
      if (Array.isArray(sources)) refs.push(...(sources as SourceRef[]));
    }
  }
  return refs.map((r) => r.source);
}

function manifestOf(folder: Folder): Record<string, unknown> {
  const manifest: Record<string, unknown> = { dataset: folder.info.dataset, name: folder.info.name };
  if (folder.info.area !== undefined) manifest['area'] = folder.info.area;
  if (folder.dependsOn.size > 0) manifest['dependsOn'] = [...folder.dependsOn].sort(compareStrings);
  if (folder.info.description !== undefined) manifest['description'] = folder.info.description;
  return manifest;
}

/** An entity as a seed author would write it (inverse of `normaliseEntity` within `folderArea`). */
export function entityToInput(entity: Entity, folderArea?: string): Record<string, unknown> {
  const out: Record<string, unknown> = { id: entity.id, kind: entity.kind, name: entity.name };
  const names = namesToInput(entity);
  if (names.length > 0) out['names'] = names;
  if (entity.aliases.length > 0) out['aliases'] = [...entity.aliases];
  if (entity.area !== undefined && entity.area !== folderArea) out['area'] = entity.area;
  if (entity.description !== undefined) out['description'] = entity.description;
  const defaults = ATTRIBUTE_DEFAULTS[entity.kind] ?? {};
  for (const [key, value] of Object.entries(entity.attributes)) {
    if (value === undefined) continue;
    if (key in defaults && JSON.stringify(defaults[key]) === JSON.stringify(value)) continue;
    out[key] = isFuzzyDate(value) ? fuzzyDateToInput(value) : key === 'items' && entity.kind === 'Meeting' ? meetingItemsToInput(value) : value;
  }
  addFactFields(out, entity, entity.kind !== 'Source');
  return out;
}

/** A meeting's items as written: the empty resolution and action lists the schema fills in are left out. */
function meetingItemsToInput(items: unknown): unknown {
  if (!Array.isArray(items)) return items;
  return items.map((item: Record<string, unknown>) =>
    Object.fromEntries(Object.entries(item).filter(([key, value]) => !((key === 'resolutions' || key === 'actions') && Array.isArray(value) && value.length === 0))),
  );
}

/**
 * The name history as written: normalisation appends the current name (no dates, no sources)
 * when the history lacks it, so that record is dropped again.
 */
function namesToInput(entity: Entity): Record<string, unknown>[] {
  let records: NameRecord[] = entity.names;
  const last = records.at(-1);
  if (
    last &&
    last.name === entity.name &&
    last.validity === undefined &&
    last.sources.length === 0 &&
    !records.slice(0, -1).some((n) => n.name === entity.name)
  ) {
    records = records.slice(0, -1);
  }
  return records.map((n) => {
    const record: Record<string, unknown> = { name: n.name };
    const validity = validityToInput(n.validity);
    if (validity) record['validity'] = validity;
    if (n.sources.length > 0) record['sources'] = n.sources.map(sourceRefToInput);
    return record;
  });
}

/** A link as a seed author would write it: the id only when it is not the default, else a `key` if it has one. */
export function linkToInput(link: Link): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const base = defaultLinkId(link);
  if (link.id.startsWith(`${base}#`) && link.id.length > base.length + 1) out['key'] = link.id.slice(base.length + 1);
  else if (link.id !== base) out['id'] = link.id;
  out['kind'] = link.kind;
  out['from'] = link.from;
  out['to'] = link.to;
  if (link.role !== undefined) out['role'] = link.role;
  if (link.representing !== undefined) out['representing'] = link.representing;
  if (link.membership !== undefined) out['membership'] = link.membership;
  if (link.lineage !== undefined) out['lineage'] = link.lineage;
  addFactFields(out, link, true);
  return out;
}

function addFactFields(out: Record<string, unknown>, fact: Entity | Link, sourcesRequired: boolean): void {
  const validity = validityToInput(fact.validity);
  if (validity) out['validity'] = validity;
  out['status'] = fact.status;
  out['confidence'] = fact.confidence;
  if (sourcesRequired || fact.sources.length > 0) out['sources'] = fact.sources.map(sourceRefToInput);
  if (fact.note !== undefined) out['note'] = fact.note;
}

function validityToInput(validity: Validity | undefined): Record<string, unknown> | undefined {
  if (!validity || (validity.from === undefined && validity.to === undefined)) return undefined;
  const out: Record<string, unknown> = {};
  if (validity.from) out['from'] = fuzzyDateToInput(validity.from);
  if (validity.to) out['to'] = fuzzyDateToInput(validity.to);
  return out;
}

function sourceRefToInput(ref: SourceRef): Record<string, unknown> {
  const out: Record<string, unknown> = { source: ref.source };
  if (ref.item !== undefined) out['item'] = ref.item;
  if (ref.quote !== undefined) out['quote'] = ref.quote;
  return out;
}

/** YAML text with short maps (validity, citations) on one line, as the hand-written seeds have them. */
function renderYaml(value: unknown): string {
  const doc = new Document(value);
  visit(doc, {
    Pair(_, pair) {
      if (!isScalar(pair.key) || !isCollection(pair.value)) return;
      const key = String(pair.key.value);
      if (FLOW_KEYS.has(key)) pair.value.flow = true;
      if (key === 'sources') for (const item of pair.value.items) if (isCollection(item)) item.flow = true;
    },
  });
  return doc.toString({ lineWidth: 110 });
}

function byId<T extends { id: string }>(a: T, b: T): number {
  return compareStrings(a.id, b.id);
}

function slug(text: string): string {
  const s = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return s === '' ? 'area' : s;
}

function uniqueId(wanted: string, used: Set<string>): string {
  let id = wanted;
  for (let n = 2; used.has(id); n++) id = `${wanted}-${n}`;
  used.add(id);
  return id;
}
