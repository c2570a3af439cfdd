/**
 * The real seeds on the shared Neo4j: loading them twice (store API and `govgraph load`) leaves
 * the counts unchanged, Neo4j holds exactly what the memory store holds, and the oversight answers
 * for Prevent, Domestic Homicide Reviews and the Serious Violence Duty are the same on both stores
 * on every day where any validity in the seeds begins or ends (and the day before).
 */
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import { nextDay, today, validFromDay, validToDay, type GraphData, type GraphStore, type IsoDay } from '@govgraph/core';
import { loadSeedGraph } from '@govgraph/seeds';
import { createMemoryStore } from '@govgraph/store-memory';
import { createNeo4jStore } from '@govgraph/store-neo4j';
import { EXIT, runCli } from '@govgraph/cli';

const DUTIES = ['prevent', 'domestic-homicide-review', 'serious-violence'] as const;

function previousDay(day: IsoDay): IsoDay {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/** Every day on which some fact of the graph starts or stops counting, the day before each, and today. */
function boundaryDays(data: GraphData): IsoDay[] {
  const days = new Set<IsoDay>([today()]);
  for (const fact of [...data.entities, ...data.links]) {
    for (const day of [validFromDay(fact.validity), validToDay(fact.validity)]) {
      if (day) for (const d of [previousDay(day), day, nextDay(day)]) days.add(d);
    }
  }
  return [...days].sort();
}

async function cli(args: string[]): Promise<{ code: number; out: string }> {
  let out = '';
  const stdout = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    out += String(chunk);
    return true;
  });
  const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  try {
    return { code: await runCli(args), out };
  } finally {
    stdout.mockRestore();
    stderr.mockRestore();
  }
}

describe('the seeds on Neo4j', () => {
  let seeds: GraphData;
  let neo4j: GraphStore;
  let memory: GraphStore;
  const uri = inject('neo4jUri');

  beforeAll(async () => {
    seeds = await loadSeedGraph();
    memory = createMemoryStore();
    await memory.replaceAll(seeds);
    neo4j = await createNeo4jStore({ uri });
  }, 120_000);

  afterAll(async () => {
    await neo4j?.close();
    await memory?.close();
  });

  it('loads twice with node and relationship counts unchanged, holding what the memory store holds', async () => {
    const first = await neo4j.replaceAll(seeds);
    const second = await neo4j.replaceAll(seeds);
    expect(second).toEqual(first);
    expect(first).toEqual(await memory.stats());
    expect(first.entities).toBe(seeds.entities.length);
    expect(first.links).toBe(seeds.links.length);
    expect(await neo4j.snapshot()).toEqual(await memory.snapshot());
  }, 180_000);

  it('answers oversight of Prevent, DHR and the Serious Violence Duty exactly as the memory store does', async () => {
    await neo4j.replaceAll(seeds);
    for (const duty of DUTIES) expect(await memory.getEntity(duty), `seed duty ${duty}`).not.toBeNull();
    let nonEmpty = 0;
    for (const asOf of boundaryDays(seeds)) {
      for (const duty of DUTIES) {
        const expected = await memory.oversight(duty, { asOf });
        expect(await neo4j.oversight(duty, { asOf }), `${duty} as of ${asOf}`).toEqual(expected);
        if (expected && expected.entries.length > 0) nonEmpty++;
      }
    }
    expect(nonEmpty).toBeGreaterThan(0);
  }, 180_000);

  it('gives the same neighbourhoods and paths around the three duties today', async () => {
    await neo4j.replaceAll(seeds);
    const asOf = today();
    for (const duty of DUTIES) {
      expect(await neo4j.interdependencies(duty, { asOf, depth: 2 })).toEqual(await memory.interdependencies(duty, { asOf, depth: 2 }));
    }
    expect(await neo4j.path('prevent', 'serious-violence', { asOf, maxHops: 4 })).toEqual(await memory.path('prevent', 'serious-violence', { asOf, maxHops: 4 }));
  }, 120_000);

  it('`govgraph load --store neo4j` loads the seeds, twice with the same counts, each load in the audit log', async () => {
    // The shared database may hold edits other test files made since their last load.
    const first = await cli(['load', '--store', 'neo4j', '--uri', uri, '--actor', 'seed-loader', '--replace-edits']);
    expect(first.code).toBe(EXIT.ok);
    expect(first.out).toContain(`loaded ${seeds.entities.length} entities and ${seeds.links.length} links into the neo4j store`);
    const second = await cli(['load', '--store', 'neo4j', '--uri', uri, '--actor', 'seed-loader']);
    expect(second.code).toBe(EXIT.ok);
    const counts = (out: string): string[] => out.split('\n').slice(1, 3);
    expect(counts(second.out)).toEqual(counts(first.out));
    expect(await neo4j.stats()).toEqual(await memory.stats());
    const [newest] = await neo4j.auditLog({ newestFirst: true, limit: 1 });
    expect(second.out).toContain(`recorded as audit entry ${newest!.sequence}, by seed-loader`);
    const size = { entities: seeds.entities.length, links: seeds.links.length };
    expect(newest).toMatchObject({ actor: 'seed-loader', action: 'load', changes: [], replacedGraph: { before: size, after: size } });
  }, 120_000);

  it('`govgraph load --store neo4j` exits "unavailable" when nothing listens at the URI', async () => {
    const result = await cli(['load', '--store', 'neo4j', '--uri', 'bolt://127.0.0.1:1']);
    expect(result.code).toBe(EXIT.unavailable);
  }, 60_000);
});
