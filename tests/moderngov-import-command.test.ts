/**
 * `govgraph import moderngov` end to end against a local ModernGov site: the review diff, a data
 * folder that keeps the import, a state file that makes a re-run skip what was done, and a clear
 * error with a non-zero exit for an error page, an unreachable site, a committee whose body is not
 * in the graph and a malformed state file, each losing nothing.
 */
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EXIT, runCli } from '@govgraph/cli';
import { WESTMARSH_SEEDS, startFixtureSite, type FixtureSite } from '../packages/moderngov/test/fixture-site.js';
import { captureOutput } from '../packages/cli/test/output-capture.js';

const output = captureOutput();
const stdout = (): string => output.stdout.join('');
const stderr = (): string => output.stderr.join('');

let site: FixtureSite;
let dataDir: string;
beforeEach(async () => {
  site = await startFixtureSite();
  dataDir = await mkdtemp(join(tmpdir(), 'govgraph-import-'));
});
afterEach(async () => {
  await site.close();
  await rm(dataDir, { recursive: true, force: true });
});

const run = (...extra: string[]): Promise<number> =>
  runCli(['import', 'moderngov', '--site', site.url, '--seeds', WESTMARSH_SEEDS, '--data-dir', dataDir, '--delay', '0', '--retries', '0', '--no-progress', ...extra]);

describe('govgraph import moderngov', () => {
  it('imports the published minutes with the review diff, and a re-run skips what was done', async () => {
    expect(await run('--committee', '301')).toBe(EXIT.ok);
    const text = stdout();
    expect(text).toContain('meeting 4101 (2023-03-14, westmarsh-csp): ingested from Printed minutes 14th-Mar-2023 14.00 Westmarsh Community Safety Partnership');
    expect(text).toContain('+ link   priya-lund -ATTENDED(chair)-> westmarsh-csp-2023-03-14');
    expect(text).toContain('? westmarsh-csp-2023-03-14#3.1 create');
    expect(text).toContain('3 meeting(s): 2 ingested, 0 already imported, 1 without minutes, 0 not finished');
    const state = JSON.parse(await readFile(join(dataDir, `moderngov-import-${new URL(site.url).host}.json`), 'utf8')) as { stores: Record<string, unknown> };
    expect(Object.keys(state.stores)).toHaveLength(1);

    output.stdout.length = 0;
    expect(await runCli(['query', '{ entity(id: "westmarsh-csp-2023-03-14") { name } }', '--data-dir', dataDir])).toBe(EXIT.ok);
    expect(JSON.parse(stdout())).toMatchObject({ data: { entity: { name: expect.stringContaining('14 March 2023') } } });

    output.stdout.length = 0;
    expect(await run('--committee', '301')).toBe(EXIT.ok);
    expect(stdout()).toContain('3 meeting(s): 0 ingested, 2 already imported, 1 without minutes');
  });

  it('with --dry-run shows the diff and leaves an empty data folder empty (no graph, no state file)', async () => {
    expect(await run('--committee', '301', '--dry-run')).toBe(EXIT.ok);
    expect(stdout()).toContain('+ link   priya-lund -ATTENDED(chair)-> westmarsh-csp-2023-03-14');
    expect(stdout()).toContain('2 ingested (dry run: nothing written)');
    expect(stderr()).toContain('a dry run creates nothing');
    expect(await readdir(dataDir)).toEqual([]);
  });

  it('stops at an error page with a non-zero exit and says what the site answered', async () => {
    site.override('/mgWebService.asmx/GetMeetings', [{ type: 'text/html', body: '<!DOCTYPE html><html><head><title>Sign in</title></head></html>' }]);
    expect(await run('--committee', '301')).toBe(EXIT.problems);
    expect(stderr()).toContain('Sign in');
  });

  it('says a site cannot be reached, with the unavailable exit code', async () => {
    const closed = await startFixtureSite();
    const url = closed.url;
    await closed.close();
    expect(await runCli(['import', 'moderngov', '--site', url, '--seeds', WESTMARSH_SEEDS, '--delay', '0', '--retries', '0', '--no-progress'])).toBe(EXIT.unavailable);
    expect(stderr()).toMatch(/cannot be reached/);
  });

  it('refuses a committee whose body is not in the graph, naming it and near names', async () => {
    expect(await run('--committee', '303')).toBe(EXIT.problems);
    expect(stderr()).toContain('"Westmarsh Safer Streets Forum" is not a body of the graph');
    expect(stderr()).toContain('near names:');
  });

  it('refuses a malformed state file and leaves it untouched', async () => {
    const file = join(dataDir, 'state.json');
    await writeFile(file, '{"version": 1, "site": 42}');
    expect(await run('--committee', '301', '--state', file)).toBe(EXIT.usage);
    expect(stderr()).toContain('is not a govgraph import state');
    expect(await readFile(file, 'utf8')).toBe('{"version": 1, "site": 42}');
  });

  it('is a usage error for a site that is not a web address', async () => {
    expect(await runCli(['import', 'moderngov', '--site', 'democracy', '--seeds', WESTMARSH_SEEDS, '--no-progress'])).toBe(EXIT.usage);
  });
});
