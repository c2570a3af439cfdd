/**
 * Property test of the seed YAML round trip: any valid graph (random kinds, areas, name histories,
 * fuzzy dates, link keys and explicit ids, and text full of YAML-significant characters) exported
 * with `exportSeedFiles` loads back with no error and into the identical graph.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  BODY_TYPES,
  LINEAGE_KINDS,
  LINK_ENDPOINTS,
  LINK_KINDS,
  MEMBERSHIP_KINDS,
  SITTING_ROLES,
  SOURCE_TYPES,
  STRATEGY_TYPES,
  checkIdText,
  checkText,
  defaultLinkId,
  entityInputSchema,
  linkInputSchema,
  normaliseEntity,
  normaliseLink,
  type Entity,
  type EntityKind,
  type GraphData,
  type Link,
} from '@govgraph/core';
import { exportSeedFiles, loadSeedDirectories } from '../src/index.js';

const roots: string[] = [];
afterAll(() => Promise.all(roots.map((r) => rm(r, { recursive: true, force: true }))));

/** Text seed authors might write, heavy on what YAML treats specially (and allowed by core's text rules). */
const anyText = fc.oneof(
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }),
  fc.constantFrom(
    '"quoted"',
    "it's",
    '`tick`',
    '{brace}',
    '[x, y]',
    'a: b',
    '# hash',
    '- dash',
    'back\\slash',
    'line\nbreak',
    'trailing\n',
    ' lead and trail ',
    'tab\there',
    'null',
    'true',
    '2012',
    '2012-06-14',
    '~',
    '&anchor',
    '*alias',
    '!tag',
    '%percent',
    '@at',
    'émigré Ærø 日本 🚀',
    '---',
    '...',
    '>',
    '|',
    'a  double  space and a long sentence that goes on for well over one hundred and ten characters so that YAML folds it',
  ),
);
const text = anyText.filter((t) => checkText(t) === undefined);
/** A link's chosen id or key: no spaces, controls or invisible characters (core's `checkIdText`). */
const idText = anyText.filter((t) => checkIdText(t) === undefined);

const day = (year: number, month: number, d: number) => `${year}-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

/** A date input within `[from, to]` years, in any of the forms seeds allow. */
function dateIn(from: number, to: number): fc.Arbitrary<unknown> {
  const y = fc.integer({ min: from, max: to });
  const m = fc.integer({ min: 1, max: 12 });
  const d = fc.integer({ min: 1, max: 28 });
  return fc.oneof(
    fc.tuple(y, m, d).map(([a, b, c]) => day(a, b, c)),
    fc.tuple(y, m).map(([a, b]) => `${a}-${String(b).padStart(2, '0')}`),
    y.map(String),
    fc.tuple(y, fc.integer({ min: 1, max: 6 }), fc.integer({ min: 7, max: 12 }), d, fc.constantFrom('both', 'after', 'by')).map(([a, m1, m2, c, which]) => {
      const after = day(a, m1, c);
      const by = day(a, m2, c);
      return which === 'both' ? { after, by } : which === 'after' ? { after } : { by };
    }),
  );
}

/** A validity whose start (2000-2009) is certainly before its end (2011-2020). */
const validity = fc.record({ from: dateIn(2000, 2009), to: dateIn(2011, 2020) }, { requiredKeys: [] });

const ENTITY_KINDS_USED: EntityKind[] = ['Body', 'Organisation', 'Person', 'Duty', 'Meeting', 'Strategy', 'Legislation', 'Assessment'];

interface EntitySpec {
  kind: EntityKind;
  name: string;
  names: { name: string; validity?: unknown; cite: boolean }[];
  currentNameAt: number | null;
  aliases: string[];
  area: string | null;
  description: string | null;
  note: string | null;
  validity: unknown;
  cites: { pick: number; item: string | null; quote: string | null }[];
  extra: { flag: boolean | null; label: string | null; date: unknown; pick: number };
}

const entitySpec = (kind: fc.Arbitrary<EntityKind>): fc.Arbitrary<EntitySpec> =>
  fc.record({
    kind,
    name: text,
    names: fc.array(fc.record({ name: text, validity: fc.option(validity, { nil: undefined }), cite: fc.boolean() }), { maxLength: 2 }),
    currentNameAt: fc.option(fc.nat(2)),
    aliases: fc.uniqueArray(text, { maxLength: 2 }),
    area: fc.option(fc.constantFrom('north', 'South Sefton')),
    description: fc.option(text),
    note: fc.option(text),
    validity: fc.option(validity, { nil: undefined }),
    cites: fc.array(fc.record({ pick: fc.nat(), item: fc.option(text), quote: fc.option(text) }), { minLength: 1, maxLength: 2 }),
    extra: fc.record({ flag: fc.option(fc.boolean()), label: fc.option(text), date: dateIn(2000, 2020), pick: fc.nat() }),
  });

interface LinkSpec {
  kind: number;
  from: number;
  to: number;
  id: string | null;
  key: string | null;
  pick: number;
  validity: unknown;
  note: string | null;
  cite: number;
}

const linkSpec: fc.Arbitrary<LinkSpec> = fc.record({
  kind: fc.nat(),
  from: fc.nat(),
  to: fc.nat(),
  id: fc.option(idText, { freq: 2 }),
  key: fc.option(idText, { freq: 2 }),
  pick: fc.nat(),
  validity: fc.option(validity, { nil: undefined }),
  note: fc.option(text),
  cite: fc.nat(),
});

function kindFields(spec: EntitySpec, sources: string[]): Record<string, unknown> {
  const { flag, label, date, pick } = spec.extra;
  const opt = (key: string, value: unknown) => (value === null || value === undefined ? {} : { [key]: value });
  switch (spec.kind) {
    case 'Body':
      return { bodyType: BODY_TYPES[pick % BODY_TYPES.length], ...opt('statutory', flag) };
    case 'Organisation':
      return opt('organisationType', label);
    case 'Person':
      return { ...opt('honorific', label), ...opt('title', label === null ? null : `${label} title`) };
    case 'Duty':
      return {
        ...opt('statutory', flag),
        ...(pick % 2 === 0 ? { requiredOutputs: [{ id: 'output-1', name: label ?? 'Plan', kind: STRATEGY_TYPES[pick % STRATEGY_TYPES.length], everyMonths: 12, confidence: 'stated', sources: [{ source: sources[0] }] }] } : {}),
      };
    case 'Meeting':
      return {
        date,
        ...opt('venue', label),
        ...(flag === null
          ? {}
          : { items: [{ title: label ?? 'Apologies' }, { number: `${pick % 60}`, title: 'Any other business', ...(flag ? { resolutions: [label ?? 'Noted.', 'Agreed.'], actions: ['Write to partners'] } : {}) }] }),
      };
    case 'Strategy':
      return { strategyType: STRATEGY_TYPES[pick % STRATEGY_TYPES.length] };
    case 'Legislation':
      return { act: label ?? 'An Act', ...opt('section', flag === null ? null : `s.${pick % 100}`) };
    case 'Assessment':
      return { assessmentType: label ?? 'peer review', ...(flag ? { date, metThreshold: pick % 5, benchmarks: [{ name: 'Leadership', score: pick % 7 }] } : {}) };
    default:
      return {};
  }
}

/** A valid graph: sources first, then entities citing them, then links the endpoint table allows. */
const validGraph: fc.Arbitrary<GraphData> = fc
  .record({
    sources: fc.array(fc.record({ name: text, type: fc.constantFrom(...SOURCE_TYPES), url: fc.option(fc.constantFrom('https://example.org/a?b="c"&d=1', 'https://example.org/minutes#item-3')), area: fc.option(fc.constantFrom('north', 'South Sefton')), date: fc.option(dateIn(2000, 2020)) }), {
      minLength: 1,
      maxLength: 3,
    }),
    entities: fc.array(entitySpec(fc.constantFrom(...ENTITY_KINDS_USED)), { minLength: 2, maxLength: 8 }),
    links: fc.array(linkSpec, { maxLength: 15 }),
  })
  .map(({ sources, entities, links }) => {
    const sourceIds = sources.map((_, i) => `source-${i}`);
    const out: Entity[] = sources.map((s, i) =>
      normaliseEntity(
        entityInputSchema.parse({
          id: sourceIds[i],
          kind: 'Source',
          name: s.name,
          sourceType: s.type,
          ...(s.url === null ? {} : { url: s.url }),
          ...(s.area === null ? {} : { area: s.area }),
          ...(s.date === null ? {} : { date: s.date }),
          status: 'in-force',
          confidence: 'stated',
        }),
      ),
    );
    entities.forEach((spec, i) => {
      const cite = (pick: number) => sourceIds[pick % sourceIds.length]!;
      const names: Record<string, unknown>[] = spec.names.map((n) => ({ name: n.name, validity: n.validity, ...(n.cite ? { sources: [{ source: cite(i) }] } : {}) }));
      if (spec.currentNameAt !== null) names.splice(Math.min(spec.currentNameAt, names.length), 0, { name: spec.name });
      const input = {
        id: `${spec.kind.toLowerCase()}-${i}`,
        kind: spec.kind,
        name: spec.name,
        names,
        aliases: spec.aliases,
        ...(spec.area === null ? {} : { area: spec.area }),
        ...(spec.description === null ? {} : { description: spec.description }),
        ...(spec.note === null ? {} : { note: spec.note }),
        validity: spec.validity,
        status: 'in-force',
        confidence: 'inferred',
        sources: [...new Map(spec.cites.map((c) => [cite(c.pick), c])).entries()].map(([source, c]) => ({
          source,
          ...(c.item === null ? {} : { item: c.item }),
          ...(c.quote === null ? {} : { quote: c.quote }),
        })),
        ...kindFields(spec, sourceIds),
      };
      out.push(normaliseEntity(entityInputSchema.parse(input)));
    });
    const linkOut: Link[] = [];
    const ids = new Set<string>();
    // Only kinds this graph can hold a link of (some end of each allowed kind exists).
    const present = new Set(out.map((e) => e.kind));
    const feasible = LINK_KINDS.filter((k) => LINK_ENDPOINTS[k].from.some((x) => present.has(x)) && LINK_ENDPOINTS[k].to.some((x) => present.has(x)));
    for (const spec of links) {
      const kind = feasible[spec.kind % feasible.length]!;
      const ends = LINK_ENDPOINTS[kind];
      const froms = out.filter((e) => ends.from.includes(e.kind));
      const tos = out.filter((e) => ends.to.includes(e.kind));
      const from = froms[spec.from % froms.length]!;
      const to = tos[spec.to % tos.length]!;
      if (from.id === to.id) continue;
      const organisations = out.filter((e) => e.kind === 'Organisation' || e.kind === 'Body');
      const input = {
        ...(spec.id === null ? {} : { id: spec.id }),
        // A chosen id and a key exclude each other: the key is the end of a derived id.
        ...(spec.key === null || spec.id !== null ? {} : { key: spec.key }),
        kind,
        from: from.id,
        to: to.id,
        ...(kind === 'SITS_ON' ? { role: SITTING_ROLES[spec.pick % SITTING_ROLES.length] } : {}),
        ...(kind === 'SITS_ON' && organisations.length > 0 && spec.pick % 2 === 0 ? { representing: organisations[spec.pick % organisations.length]!.id } : {}),
        ...(kind === 'MEMBER_OF' ? { membership: MEMBERSHIP_KINDS[spec.pick % MEMBERSHIP_KINDS.length] } : {}),
        ...(kind === 'SUCCEEDED_BY' ? { lineage: LINEAGE_KINDS[spec.pick % LINEAGE_KINDS.length] } : {}),
        // A link may not outlast its ends; only links between undated ends get dates of their own.
        validity: from.validity || to.validity ? undefined : spec.validity,
        status: 'in-force',
        confidence: 'stated',
        sources: [{ source: sourceIds[spec.cite % sourceIds.length] }],
        ...(spec.note === null ? {} : { note: spec.note }),
      };
      const link = normaliseLink(linkInputSchema.parse(input));
      if (ids.has(link.id)) continue;
      ids.add(link.id);
      linkOut.push(link);
    }
    const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
    return { entities: out.sort(byId), links: linkOut.sort(byId) };
  });

function plain(data: GraphData): GraphData {
  return JSON.parse(JSON.stringify(data)) as GraphData;
}

it('any valid graph exported to seed YAML loads back identical, with no error', async () => {
  const root = await mkdtemp(join(tmpdir(), 'govgraph-export-prop-'));
  roots.push(root);
  let run = 0;
  await fc.assert(
    fc.asyncProperty(validGraph, async (graph) => {
      const exported = await exportSeedFiles(graph, { format: 'yaml', out: join(root, String(run++)) });
      const loaded = await loadSeedDirectories(exported.directories);
      expect(loaded.problems.filter((p) => p.severity === 'error')).toEqual([]);
      expect(plain(loaded.data)).toStrictEqual(plain(graph));
    }),
    { numRuns: 60 },
  );
});

it('generated graphs use keys, explicit ids and default ids', () => {
  // Guards the generator: the round trip above must see every way a link id is written.
  const samples = fc.sample(validGraph, { numRuns: 40, seed: 7 }).flatMap((g) => g.links);
  const isDefault = (l: Link) => l.id === defaultLinkId(l);
  expect(samples.some(isDefault)).toBe(true);
  expect(samples.some((l) => l.id.startsWith(`${defaultLinkId(l)}#`))).toBe(true);
  expect(samples.some((l) => !l.id.startsWith(defaultLinkId(l)))).toBe(true);
});
