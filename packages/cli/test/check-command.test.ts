import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EXIT, runCli } from '../src/index.js';

const fixtures = fileURLToPath(new URL('../../seeds/test/fixtures/', import.meta.url));
const fiveMistakes = `${fixtures}five-mistakes`;
const clean = [`${fixtures}clean-national`, `${fixtures}clean-local`];

let output: string[] = [];

beforeEach(() => {
  output = [];
  process.exitCode = undefined;
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    output.push(String(chunk));
    return true;
  });
});

afterEach(() => {
  vi.restoreAllMocks();
  process.exitCode = undefined;
});

describe('govgraph check', () => {
  it('exits 1 and lists every problem of a seed with mistakes, then a summary', async () => {
    expect(await runCli(['check', fiveMistakes])).toBe(EXIT.problems);
    const lines = output.join('').trimEnd().split('\n');
    expect(lines).toHaveLength(6);
    expect(lines.slice(0, 5).map((l) => /\[([a-z-]+)\]$/.exec(l)?.[1])).toEqual(['date-order', 'schema', 'missing-source', 'duplicate-id', 'dangling-reference']);
    expect(lines[0]).toMatch(/five-mistakes\/bodies\.yaml:12:\d+ {2}entities\[1\]\.validity\.to {2}/);
    expect(lines[5]).toBe('3 files, 1 dataset: 3 entities, 2 links; 5 errors, 0 warnings');
  });

  it('exits 0 for clean seeds and prints only the summary', async () => {
    expect(await runCli(['check', ...clean])).toBe(EXIT.ok);
    expect(output.join('')).toBe('5 files, 2 datasets: 6 entities, 3 links; 0 errors, 0 warnings\n');
  });

  it('prints JSON with --format json', async () => {
    expect(await runCli(['check', fiveMistakes, '--format', 'json'])).toBe(EXIT.problems);
    const report = JSON.parse(output.join('')) as { ok: boolean; summary: { errors: number }; problems: { code: string; line: number; path: string }[] };
    expect(report.ok).toBe(false);
    expect(report.summary.errors).toBe(5);
    expect(report.problems.map((p) => p.path)).toEqual(['entities[1].validity.to', 'entities[2].kind', 'entities[3].sources', 'entities[0].id', 'links[0].to']);
  });

  it('reports a seed file over --max-file-size by name, size and limit, and refuses a size that is not one', async () => {
    expect(await runCli(['check', ...clean, '--max-file-size', '200'])).toBe(EXIT.problems);
    const lines = output.join('').trimEnd().split('\n');
    const tooLarge = lines.filter((l) => l.endsWith('[file-too-large]'));
    expect(tooLarge.length).toBeGreaterThan(0);
    expect(tooLarge[0]).toMatch(/\.yaml is \d+ bytes, over the limit of 200 bytes for one seed file/);
    vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    expect(await runCli(['check', ...clean, '--max-file-size', '0'])).toBe(EXIT.usage);
    expect(await runCli(['check', ...clean, '--max-load-size', '5 parsecs'])).toBe(EXIT.usage);
  });

  it('rejects an unknown --format as a usage error', async () => {
    vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    expect(await runCli(['check', fiveMistakes, '--format', 'xml'])).toBe(EXIT.usage);
  });
});
