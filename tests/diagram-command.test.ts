/**
 * `govgraph diagram` and the GraphQL `diagram` field over the same store give the same text, and
 * the command reports unknown ids and bad options with the agreed exit codes.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { EXIT, runCli } from '@govgraph/cli';
import { startGovgraphHttpServer } from '@govgraph/graphql';
import { loadSeedDirectories } from '@govgraph/seeds';
import { createMemoryStore } from '@govgraph/store-memory';
import { FIXTURE_ENTITIES, FIXTURE_LINKS } from '../packages/diagrams/test/fixture.js';

let seedDir: string;

beforeAll(async () => {
  // JSON is YAML: the fixture becomes a seed folder the CLI can load with --seeds.
  seedDir = await mkdtemp(join(tmpdir(), 'govgraph-diagram-'));
  await writeFile(join(seedDir, 'dataset.yaml'), JSON.stringify({ dataset: 'town', name: 'Town' }));
  await writeFile(join(seedDir, 'graph.yaml'), JSON.stringify({ entities: FIXTURE_ENTITIES, links: FIXTURE_LINKS }, null, 1));
});
afterAll(() => rm(seedDir, { recursive: true, force: true }));

async function cli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const stdout = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((out += String(chunk)), true));
  const stderr = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((err += String(chunk)), true));
  try {
    const code = await runCli([...args, '--seeds', seedDir]);
    return { code, out, err };
  } finally {
    stdout.mockRestore();
    stderr.mockRestore();
  }
}

describe('govgraph diagram', () => {
  it('prints the same Mermaid as the GraphQL diagram field', async () => {
    const printed = await cli(['diagram', '--focus', 'town-partnership', '--as-of', '2013-01-01', '--depth', '1', '--format', 'mermaid']);
    expect(printed.err).toBe('');
    expect(printed.code).toBe(EXIT.ok);
    expect(printed.out).toContain('n_town_partnership("Town Safer Communities Partnership")');

    const loaded = await loadSeedDirectories([seedDir]);
    expect(loaded.problems.filter((p) => p.severity === 'error')).toEqual([]);
    const store = createMemoryStore();
    await store.replaceAll(loaded.data);
    const server = await startGovgraphHttpServer({ store, port: 0 });
    try {
      const response = await fetch(server.graphqlUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ diagram(focus: "town-partnership", asOf: "2013-01-01", depth: 1, format: MERMAID) }' }),
      });
      const result = (await response.json()) as { data?: { diagram: string }; errors?: unknown[] };
      expect(result.errors).toBeUndefined();
      expect(result.data!.diagram).toBe(printed.out);

      const unknown = await fetch(server.graphqlUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ diagram(focus: "no-such-body", format: DOT) }' }),
      });
      const failed = (await unknown.json()) as { errors?: { extensions?: { code?: string } }[] };
      expect(failed.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    } finally {
      await server.close();
      await store.close();
    }
  });

  it('writes SVG to --out, narrowed to a duty', async () => {
    const file = join(seedDir, 'out', 'prevent.svg');
    const written = await cli(['diagram', '--focus', 'youth-service', '--duty', 'prevent', '--as-of', '2022-09-08', '--format', 'svg', '--out', file]);
    expect(written.code).toBe(EXIT.ok);
    const svg = (await readFile(file, 'utf8')).replace(/&#45;/g, '-').replace(/&gt;/g, '>');
    expect(svg).toMatch(/^<\?xml/);
    // The chain (partnership oversees Prevent), the Act imposing it, the focus's governance neighbours; no people.
    expect(svg).toContain('id="edge-OVERSEES:town-partnership->prevent"');
    expect(svg).toContain('id="node-ctsa-2015-s26"');
    expect(svg).not.toContain('id="node-sam-chair"');
    expect(svg).not.toContain('id="node-pat-link"');
  });

  it('fails with exit 1 for an unknown focus or duty and exit 2 for bad options', async () => {
    expect((await cli(['diagram', '--focus', 'no-such-body'])).code).toBe(EXIT.problems);
    expect((await cli(['diagram', '--focus', 'town-partnership', '--duty', 'no-such-duty'])).code).toBe(EXIT.problems);
    expect((await cli(['diagram', '--focus', 'town-partnership', '--depth', '9'])).code).toBe(EXIT.usage);
    expect((await cli(['diagram', '--focus', 'town-partnership', '--kinds', 'OVERSEES,BOGUS'])).code).toBe(EXIT.usage);
    expect((await cli(['diagram', '--focus', 'town-partnership', '--format', 'png'])).code).toBe(EXIT.usage);
    expect((await cli(['diagram', '--focus', 'town-partnership', '--as-of', '2012-13-45'])).code).toBe(EXIT.usage);
  });

  it('has --help', async () => {
    const help = await cli(['diagram', '--help']);
    expect(help.code).toBe(EXIT.ok);
    expect(help.out).toMatch(/--focus <name or id>[\s\S]*--preset <preset>[\s\S]*--duty <name or id>[\s\S]*--as-of <date>[\s\S]*--format <format>/);
  });

  it('draws the board view by default, as of the latest day the data covers, and says which day', async () => {
    const board = await cli(['diagram', '--focus', 'town-partnership', '--format', 'dot']);
    expect(board.code).toBe(EXIT.ok);
    // The fixture's only dated source is the minutes of 14 June 2012.
    expect(board.err).toContain('as of 2012-06-14, the latest day the data covers');
    expect(board.out).toContain('its groups and duties as of 14 June 2012');
    expect(board.out).not.toContain('"pat-link"');
    // A walk option means the neighbourhood.
    const walked = await cli(['diagram', '--focus', 'town-partnership', '--depth', '1', '--as-of', '2022-09-08', '--format', 'dot']);
    expect(walked.err).toBe('');
    expect(walked.out).toContain('"pat-link"');
    expect((await cli(['diagram', '--focus', 'town-partnership', '--preset', 'board', '--depth', '1'])).code).toBe(EXIT.usage);
  });

  it('takes a name, former name or alias for --focus and --duty, and lists the candidates when several match', async () => {
    const byName = await cli(['diagram', '--focus', 'Safer Town Together', '--as-of', '2022-09-08', '--depth', '1', '--format', 'mermaid']);
    expect(byName.code).toBe(EXIT.ok);
    expect(byName.err).toContain('--focus "Safer Town Together" is Safer Town Together');
    const byFormerName = await cli(['diagram', '--focus', 'town safer communities partnership', '--as-of', '2022-09-08', '--duty', 'Prevent duty', '--format', 'mermaid']);
    expect(byFormerName.code).toBe(EXIT.ok);
    expect(byFormerName.out).toBe(
      (await cli(['diagram', '--focus', 'town-partnership', '--as-of', '2022-09-08', '--duty', 'prevent', '--format', 'mermaid'])).out,
    );
    // "Town" is in the partnership's old name and the council's: ambiguous, exit 1, both listed.
    const ambiguous = await cli(['diagram', '--focus', 'Town', '--as-of', '2022-09-08']);
    expect(ambiguous.code).toBe(EXIT.problems);
    expect(ambiguous.err).toContain('id town-partnership');
    expect(ambiguous.err).toContain('id council');
    expect(ambiguous.out).toBe('');
    expect((await cli(['diagram', '--focus', 'Nowhere Board', '--as-of', '2022-09-08'])).code).toBe(EXIT.problems);
  });

  it('gives the board view through the GraphQL diagram field, the same text, and the vocabulary the explorer labels with', async () => {
    const printed = await cli(['diagram', '--focus', 'town-partnership', '--preset', 'board', '--as-of', '2022-09-08', '--format', 'cytoscape']);
    expect(printed.code).toBe(EXIT.ok);
    const loaded = await loadSeedDirectories([seedDir]);
    const store = createMemoryStore();
    await store.replaceAll(loaded.data);
    const server = await startGovgraphHttpServer({ store, port: 0 });
    const ask = async (query: string) => {
      const response = await fetch(server.graphqlUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
      return (await response.json()) as { data?: Record<string, unknown>; errors?: { extensions?: { code?: string } }[] };
    };
    try {
      const board = await ask('{ diagram(focus: "town-partnership", preset: BOARD, asOf: "2022-09-08", format: CYTOSCAPE) }');
      expect(board.errors).toBeUndefined();
      expect(board.data!['diagram']).toBe(printed.out);
      const refused = await ask('{ diagram(focus: "town-partnership", preset: BOARD, depth: 2, format: DOT) }');
      expect(refused.errors?.[0]?.extensions?.code).toBe('INVALID_INPUT');
      const words = await ask('{ vocabulary { statuses { name value label description } linkKinds { name label } } }');
      const vocabulary = words.data!['vocabulary'] as { statuses: { name: string; value: string; label: string }[]; linkKinds: { name: string; label: string }[] };
      expect(vocabulary.statuses.find((t) => t.name === 'IN_FORCE')).toMatchObject({ value: 'in-force', label: 'in force' });
      expect(vocabulary.linkKinds.find((t) => t.name === 'SUB_GROUP_OF')!.label).toBe('sub-group of');
    } finally {
      await server.close();
      await store.close();
    }
  });
});
