/**
 * Round trip on the memory store: the real seeds, loaded and exported back to seed YAML, check
 * clean and load into the identical graph; JSON gives back GraphData as it was; Popolo JSON is
 * well formed and its memberships point at persons and organizations it holds.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isIsoDay, type GraphData } from '@govgraph/core';
import {
  checkSeedDirectories,
  defaultSeedDirectories,
  entityToInput,
  exportSeedFiles,
  loadSeedDirectories,
  toPopolo,
  type PopoloDocument,
  type PopoloSource,
} from '@govgraph/seeds';
import { createMemoryStore } from '@govgraph/store-memory';

let work: string;
let seeds: GraphData;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'govgraph-export-'));
  const loaded = await loadSeedDirectories(defaultSeedDirectories());
  expect(loaded.problems.filter((p) => p.severity === 'error')).toEqual([]);
  seeds = loaded.data;
});

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

/** JSON form: `undefined` fields dropped, as every store and export sees them. */
function plain(data: GraphData): GraphData {
  return JSON.parse(JSON.stringify(data)) as GraphData;
}

describe('seed YAML round trip on the memory store', () => {
  it('exports the seeds, checks with 0 problems and reloads the identical graph', async () => {
    const store = createMemoryStore();
    await store.replaceAll(seeds);
    const before = await store.snapshot();
    expect(before.entities.length).toBeGreaterThan(200);

    const exported = await exportSeedFiles(before, { format: 'yaml', out: join(work, 'yaml') });
    expect(exported.directories.map((d) => d.slice(d.lastIndexOf('/') + 1))).toEqual(['reference', 'sefton']);

    const report = await checkSeedDirectories(exported.directories);
    expect(report.problems).toEqual([]);
    expect(report.ok).toBe(true);

    const again = createMemoryStore();
    await again.replaceAll(report.data);
    const after = await again.snapshot();
    expect(plain(after)).toStrictEqual(plain(before));
    expect(plain(report.data)).toStrictEqual(plain(seeds));
  });

  it('leaves out what normalisation fills in', async () => {
    const exported = await exportSeedFiles(seeds, { format: 'yaml', out: join(work, 'yaml-defaults') });
    const sefton = await readFile(join(work, 'yaml-defaults', 'sefton', 'bodies.yaml'), 'utf8');
    const sittings = await readFile(join(work, 'yaml-defaults', 'sefton', 'links-sits-on.yaml'), 'utf8');
    expect(sefton).not.toMatch(/^\s*area: sefton$/m); // the manifest's area
    expect(sittings).not.toMatch(/^\s*(- )?id: SITS_ON:/m); // default link ids
    // The current name that normalisation appended to a name history is not written back.
    const unnamed = seeds.entities.find((e) => e.area === 'sefton' && e.names.length === 1 && e.names[0]!.sources.length === 0 && !e.names[0]!.validity)!;
    expect(unnamed.names[0]!.name).toBe(unnamed.name);
    const written = entityToInput(unnamed, 'sefton') as { names?: unknown; area?: string };
    expect(written.names).toBeUndefined();
    const renamed = seeds.entities.find((e) => e.names.length > 1)!;
    expect(entityToInput(renamed, renamed.area)['names']).toHaveLength(renamed.names.length);
    expect(written.area).toBeUndefined();
    expect(exported.files.every((f) => f.endsWith('.yaml'))).toBe(true);
  });

  it('refuses to write seed YAML into a folder that is not empty', async () => {
    await expect(exportSeedFiles(seeds, { format: 'yaml', out: join(work, 'yaml') })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
  });

  it('writes JSON that is GraphData as it is', async () => {
    const result = await exportSeedFiles(seeds, { format: 'json', out: join(work, 'graph.json') });
    const parsed = JSON.parse(await readFile(result.files[0]!, 'utf8')) as GraphData;
    expect(parsed).toStrictEqual(plain(seeds));
  });
});

describe('Popolo export', () => {
  let popolo: PopoloDocument;

  beforeAll(async () => {
    const result = await exportSeedFiles(seeds, { format: 'popolo', out: work });
    expect(result.files).toEqual([join(work, 'popolo.json')]);
    popolo = JSON.parse(await readFile(result.files[0]!, 'utf8')) as PopoloDocument;
  });

  const popoloDate = /^\d{4}(-\d{2}){0,2}$/;

  function expectSources(sources: PopoloSource[]): void {
    for (const source of sources) {
      expect(typeof source.note).toBe('string');
      expect(source.note.length).toBeGreaterThan(0);
      if (source.url !== undefined) expect(() => new URL(source.url!)).not.toThrow();
    }
  }

  it('holds every Person, Body and Organisation with the required fields', () => {
    const count = (kinds: string[]) => seeds.entities.filter((e) => kinds.includes(e.kind)).length;
    expect(popolo.persons).toHaveLength(count(['Person']));
    expect(popolo.organizations).toHaveLength(count(['Body', 'Organisation']));
    for (const item of [...popolo.persons, ...popolo.organizations]) {
      expect(item.id).toMatch(/\S/);
      expect(item.name).toMatch(/\S/);
      expect(Array.isArray(item.other_names)).toBe(true);
      expectSources(item.sources);
    }
    for (const org of popolo.organizations) {
      expect(org.classification).toMatch(/\S/);
      for (const date of [org.founding_date, org.dissolution_date]) if (date !== undefined) expect(isIsoDay(date)).toBe(true);
    }
    expect(popolo.persons.some((p) => p.sources.length > 0)).toBe(true);
    expect(popolo.organizations.flatMap((o) => o.sources).some((s) => s.url !== undefined)).toBe(true);
  });

  it('has one membership per SITS_ON and MEMBER_OF link, each pointing at what it holds', () => {
    const personIds = new Set(popolo.persons.map((p) => p.id));
    const orgIds = new Set(popolo.organizations.map((o) => o.id));
    const links = seeds.links.filter((l) => l.kind === 'SITS_ON' || l.kind === 'MEMBER_OF');
    expect(popolo.memberships.map((m) => m.id)).toEqual(links.map((l) => l.id));
    expect(new Set(popolo.memberships.map((m) => m.id)).size).toBe(popolo.memberships.length);
    for (const m of popolo.memberships) {
      expect(orgIds.has(m.organization_id)).toBe(true);
      expect(m.role).toMatch(/\S/);
      if (m.person_id !== undefined) {
        expect(personIds.has(m.person_id)).toBe(true);
        expect(m.member).toBeUndefined();
      } else {
        expect(m.member?.['@type']).toBe('Organization');
        expect(orgIds.has(m.member!.id)).toBe(true);
      }
      if (m.on_behalf_of_id !== undefined) expect(orgIds.has(m.on_behalf_of_id)).toBe(true);
      for (const date of [m.start_date, m.end_date]) if (date !== undefined) expect(date).toMatch(popoloDate);
      expectSources(m.sources);
    }
  });

  it('writes day-precise dates as dates and fuzzy ones as text in the note', () => {
    const day = seeds.links.find((l) => l.kind === 'SITS_ON' && l.validity?.from?.precision === 'day')!;
    const fuzzy = seeds.links.find((l) => l.kind === 'SITS_ON' && l.validity?.from?.precision === 'bounds')!;
    const byId = new Map(popolo.memberships.map((m) => [m.id, m]));
    expect(byId.get(day.id)?.start_date).toBe(day.validity!.from!.earliest);
    expect(byId.get(fuzzy.id)?.start_date).toBeUndefined();
    expect(byId.get(fuzzy.id)?.note).toContain(`from ${fuzzy.validity!.from!.text}`);
  });

  it('is the same document as toPopolo gives, sorted by id', () => {
    expect(popolo).toStrictEqual(JSON.parse(JSON.stringify(toPopolo(seeds))));
    const ids = popolo.persons.map((p) => p.id);
    expect(ids).toEqual([...ids].sort());
  });
});
