import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXIT, runCli } from '../src/index.js';
import { captureOutput } from './output-capture.js';

const output = captureOutput();
let work: string;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'govgraph-export-cli-'));
});
afterAll(() => rm(work, { recursive: true, force: true }));

describe('govgraph export', () => {
  it('writes seed folders that govgraph check passes', async () => {
    const out = join(work, 'seeds');
    expect(await runCli(['export', '--out', out])).toBe(EXIT.ok);
    expect(output.stdout.join('')).toMatch(/^exported \d+ entities and \d+ links from the memory store as yaml: /);
    expect((await readdir(out)).sort()).toEqual(['reference', 'sefton']);
    output.stdout.length = 0;
    expect(await runCli(['check', join(out, 'reference'), join(out, 'sefton')])).toBe(EXIT.ok);
    expect(output.stdout.join('')).toMatch(/; 0 errors, 0 warnings\n$/);
  });

  it('refuses a folder that is not empty with a usage error', async () => {
    expect(await runCli(['export', '--out', join(work, 'seeds')])).toBe(EXIT.usage);
    expect(output.stderr.join('')).toMatch(/not empty/);
  });

  it('writes Popolo JSON and plain JSON, optionally as of a day', async () => {
    expect(await runCli(['export', '--format', 'popolo', '--out', join(work, 'popolo.json')])).toBe(EXIT.ok);
    const popolo = JSON.parse(await readFile(join(work, 'popolo.json'), 'utf8')) as { persons: unknown[]; organizations: unknown[]; memberships: unknown[] };
    expect(popolo.persons.length).toBeGreaterThan(0);
    expect(popolo.memberships.length).toBeGreaterThan(0);
    expect(await runCli(['export', '--format', 'json', '--as-of', '2012-07-01', '--out', work])).toBe(EXIT.ok);
    const asOf = JSON.parse(await readFile(join(work, 'govgraph.json'), 'utf8')) as { entities: unknown[] };
    expect(await runCli(['export', '--format', 'json', '--out', join(work, 'all.json')])).toBe(EXIT.ok);
    const all = JSON.parse(await readFile(join(work, 'all.json'), 'utf8')) as { entities: unknown[] };
    expect(asOf.entities.length).toBeGreaterThan(0);
    expect(asOf.entities.length).toBeLessThan(all.entities.length);
  });

  it('rejects an unknown format', async () => {
    expect(await runCli(['export', '--format', 'xml', '--out', join(work, 'x')])).toBe(EXIT.usage);
  });
});
