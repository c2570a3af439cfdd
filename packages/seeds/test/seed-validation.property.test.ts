/**
 * Property tests of seed validation: random mutations of a valid seed (a dropped field, a wrong
 * enum value, a bad date, a duplicate id, a dangling reference, an unknown field, stray text in
 * the YAML) never crash the loader, always give problems located at a line and a field path, and
 * never let an invalid entity or link into the loaded data.
 */
import { afterAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { entityInputSchema, fuzzyDateInputSchema, linkInputSchema, LINK_ENDPOINTS } from '@govgraph/core';
import { entityToInput, linkToInput, loadSeedDirectories, type SeedLoadResult } from '../src/index.js';
import { MANIFEST, TempSeeds } from './seed-folders.js';

type Item = Record<string, unknown>;
interface SeedDoc {
  entities: Item[];
  links: Item[];
}

const temp = new TempSeeds();
afterAll(() => temp.cleanUp());

/** A small valid seed using most of what the schema allows. */
function validSeed(): SeedDoc {
  const fact = (sources: string[] = ['src-a']) => ({ status: 'in-force', confidence: 'stated', sources: sources.map((source) => ({ source })) });
  return {
    entities: [
      { id: 'src-a', kind: 'Source', name: 'Minutes, 14 June 2012', sourceType: 'minutes', date: '2012-06-14', status: 'in-force', confidence: 'stated' },
      { id: 'src-b', kind: 'Source', name: 'Annual report', sourceType: 'report', url: 'https://example.org/report', status: 'in-force', confidence: 'stated' },
      { id: 'body-a', kind: 'Body', name: 'Partnership', bodyType: 'partnership', validity: { from: '2012-06-14' }, ...fact() },
      { id: 'body-b', kind: 'Body', name: 'Sub-group', bodyType: 'sub-group', validity: { from: { by: '2015-01-01' } }, ...fact(['src-a', 'src-b']) },
      { id: 'org-a', kind: 'Organisation', name: 'Council', aliases: ['SMBC'], ...fact() },
      { id: 'person-a', kind: 'Person', name: 'A. Person', names: [{ name: 'A. Person', sources: [{ source: 'src-b' }] }], ...fact() },
      { id: 'duty-a', kind: 'Duty', name: 'A duty', ...fact(['src-b']) },
    ],
    links: [
      { kind: 'SUB_GROUP_OF', from: 'body-b', to: 'body-a', ...fact() },
      { kind: 'MEMBER_OF', from: 'org-a', to: 'body-a', membership: 'statutory', ...fact() },
      { kind: 'SITS_ON', from: 'person-a', to: 'body-a', role: 'chair', representing: 'org-a', validity: { from: '2013', to: '2014-05' }, ...fact() },
      { id: 'oversight-1', kind: 'OVERSEES', from: 'body-a', to: 'duty-a', ...fact(['src-b']) },
    ],
  };
}

async function load(text: string): Promise<SeedLoadResult> {
  const dir = await temp.folder({ 'dataset.yaml': MANIFEST, 'data.yaml': text });
  return loadSeedDirectories([dir]);
}

/** Every problem is located; every entity and link in the data is valid on its own. */
function expectLocatedProblemsAndValidData(result: SeedLoadResult, itemLevel: boolean): void {
  for (const p of result.problems) {
    expect(p.line).toBeGreaterThanOrEqual(1);
    expect(p.column).toBeGreaterThanOrEqual(1);
    expect(p.file).toMatch(/\.yaml$/);
    if (itemLevel) expect(p.path).toMatch(/^(entities|links)\[\d+\]/);
  }
  const entityIds = new Set<string>();
  for (const entity of result.data.entities) {
    expect(entityIds.has(entity.id)).toBe(false);
    entityIds.add(entity.id);
    expect(entityInputSchema.safeParse(entityToInput(entity)).success).toBe(true);
  }
  const linkIds = new Set<string>();
  for (const link of result.data.links) {
    expect(linkIds.has(link.id)).toBe(false);
    linkIds.add(link.id);
    expect(linkInputSchema.safeParse(linkToInput(link)).success).toBe(true);
  }
  if (!result.problems.some((p) => p.severity === 'error')) {
    // A clean load is a consistent graph: every link joins known entities of allowed kinds.
    const kinds = new Map(result.data.entities.map((e) => [e.id, e.kind]));
    for (const link of result.data.links) {
      expect(LINK_ENDPOINTS[link.kind].from).toContain(kinds.get(link.from));
      expect(LINK_ENDPOINTS[link.kind].to).toContain(kinds.get(link.to));
    }
  }
}

/** Text that is not any valid enum value. */
const notIn = (values: readonly string[]) => fc.string({ minLength: 1, maxLength: 12 }).filter((s) => !values.includes(s));

/** A date value the schema rejects (YAML would read a 4-digit integer as a year, so those are left out). */
const badDate = fc.oneof(
  fc.constantFrom('2021-02-30', '2021-13', '12/06/2012', 'yesterday', '', '2012-6-1', { after: '2020-01-02', by: '2020-01-01' }, {}, { before: '2020-01-01' }, 12.5, true, []),
  fc.string({ maxLength: 12 }).filter((s) => !fuzzyDateInputSchema.safeParse(s).success),
);

/** A change to a seed; `toString` says what it does, so counterexamples read well. */
type Mutation = (seed: SeedDoc) => void;

function described(what: string, apply: Mutation): Mutation {
  return Object.assign(apply, { toString: () => what });
}

const REQUIRED_ENTITY_FIELDS = ['id', 'kind', 'name', 'status', 'confidence'];
const REQUIRED_LINK_FIELDS = ['kind', 'from', 'to', 'status', 'confidence', 'sources'];

/** One mutation that certainly makes the seed invalid, with the index it applies to. */
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.tuple(fc.nat(6), fc.nat(5)).map(([i, f]): Mutation => described(`drop entity field #${f} of entities[${i}]`, (s) => {
    const entity = s.entities[i]!;
    const fields = entity['kind'] === 'Source' ? REQUIRED_ENTITY_FIELDS : [...REQUIRED_ENTITY_FIELDS, 'sources'];
    delete entity[fields[f % fields.length]!];
  })),
  fc.tuple(fc.nat(3), fc.nat(5)).map(([i, f]): Mutation => described(`drop links[${i}].${REQUIRED_LINK_FIELDS[f]}`, (s) => {
    delete s.links[i]![REQUIRED_LINK_FIELDS[f]!];
  })),
  fc.tuple(fc.nat(6), fc.constantFrom('status', 'confidence', 'kind'), notIn(['in-force', 'ended', 'proposed', 'agreed', 'scheduled', 'enacted-not-in-force', 'stated', 'inferred', 'confirmed', 'unverified', 'Body', 'Organisation', 'Person', 'Duty', 'Legislation', 'Strategy', 'Review', 'Assessment', 'Meeting', 'Source'])).map(
    ([i, field, value]): Mutation =>
      described(`entities[${i}].${field} = ${JSON.stringify(value)}`, (s) => {
        s.entities[i]![field] = value;
      }),
  ),
  fc.tuple(fc.nat(3), fc.constantFrom('kind', 'status', 'membership'), notIn(['OVERSEES', 'SUB_GROUP_OF', 'MEMBER_OF', 'SITS_ON', 'in-force', 'statutory', 'co-opted', 'invited'])).map(
    ([i, field, value]): Mutation =>
      described(`links[${i}].${field} = ${JSON.stringify(value)}`, (s) => {
        s.links[i]![field] = value;
      }),
  ),
  fc.tuple(fc.nat(6), fc.boolean(), badDate).map(([i, onLink, value]): Mutation => described(`${onLink ? 'link' : 'entity'} ${i} validity.from = ${JSON.stringify(value)}`, (s) => {
    const item = onLink ? s.links[i % 4]! : s.entities[i]!;
    item['validity'] = { ...(item['validity'] as object | undefined), from: value };
  })),
  fc.nat(3).map((i): Mutation => described(`links[${i}] ends before it starts`, (s) => {
    s.links[i]!['validity'] = { from: '2020-01-01', to: '2019-06' };
  })),
  fc.tuple(fc.nat(6), fc.nat(6)).filter(([i, j]) => i !== j).map(([i, j]): Mutation => described(`entities[${i}] takes the id of entities[${j}]`, (s) => {
    s.entities[i]!['id'] = s.entities[j]!['id'];
  })),
  fc.tuple(fc.nat(3), fc.nat(3)).filter(([i, j]) => i !== j).map(([i, j]): Mutation => described(`links[${i}] and links[${j}] share an id`, (s) => {
    s.links[i]!['id'] = 'same-link-id';
    s.links[j]!['id'] = 'same-link-id';
  })),
  fc.tuple(fc.nat(3), fc.constantFrom('from', 'to', 'representing'), fc.stringMatching(/^[a-z][a-z0-9-]{0,10}[a-z0-9]$/)).map(
    ([i, field, id]): Mutation =>
      described(`links[${i}].${field} = missing-${id}`, (s) => {
        s.links[i]![field] = `missing-${id}`;
      }),
  ),
  fc.tuple(fc.integer({ min: 2, max: 6 }), fc.stringMatching(/^[a-z][a-z0-9-]{0,10}[a-z0-9]$/)).map(([i, id]): Mutation => described(`entities[${i}] cites missing-${id}`, (s) => {
    s.entities[i]!['sources'] = [{ source: `missing-${id}` }];
  })),
  fc.tuple(fc.boolean(), fc.nat(6), fc.string({ minLength: 1, maxLength: 8 }), fc.jsonValue({ maxDepth: 1 })).map(
    ([onLink, i, key, value]): Mutation =>
      described(`unknown field x-${key} on ${onLink ? 'link' : 'entity'} ${i}`, (s) => {
        const item = onLink ? s.links[i % 4]! : s.entities[i]!;
        item[`x-${key}`] = value;
      }),
  ),
);

describe('seed validation under random mutations', () => {
  it('the unmutated seed is clean', async () => {
    const result = await load(stringify(validSeed()));
    expect(result.problems).toEqual([]);
    expect(result.data.entities).toHaveLength(7);
    expect(result.data.links).toHaveLength(4);
  });

  it('every mutation gives located errors and leaves only valid facts in the data', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 3 }), async (mutations) => {
        const seed = validSeed();
        for (const mutate of mutations) mutate(seed);
        const result = await load(stringify(seed));
        expect(result.problems.some((p) => p.severity === 'error')).toBe(true);
        expectLocatedProblemsAndValidData(result, true);
      }),
      { numRuns: 80 },
    );
  });

  it('stray text anywhere in the YAML never crashes the loader and every problem is located', async () => {
    const text = stringify(validSeed());
    await fc.assert(
      fc.asyncProperty(
        fc.nat(text.length),
        fc.oneof(fc.string({ maxLength: 20 }), fc.constantFrom(': ', '- ', '\n  ', '{', '[', '"', "'", '&a', '*a', '!!int ', '\t', '#', '---\n', '? ')),
        async (at, junk) => {
          const result = await load(text.slice(0, at) + junk + text.slice(at));
          expectLocatedProblemsAndValidData(result, false);
        },
      ),
      { numRuns: 80 },
    );
  });
});
