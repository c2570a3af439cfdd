/** `govgraph extract` and `govgraph ingest` on an invented seed folder and minutes files. */
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { EXIT, runCli } from '../src/index.js';
import { captureOutput } from './output-capture.js';

const dir = fileURLToPath(new URL('./fixtures/minutes/', import.meta.url));
const seeds = `${dir}seeds`;
const minutes = `${dir}harbourtown-2023-05-09-minutes.txt`;
const deciding = `${dir}harbourtown-2023-08-08-minutes.txt`;
const output = captureOutput();
const stdout = (): string => output.stdout.join('');

describe('govgraph extract', () => {
  it('prints the documents as JSON with the body resolved by a former name', async () => {
    expect(await runCli(['extract', minutes, '--json', '--seeds', seeds])).toBe(EXIT.ok);
    const result = JSON.parse(stdout()) as { documents: Record<string, unknown>[]; warnings: string[] };
    expect(result.documents).toHaveLength(1);
    expect(result.documents[0]).toMatchObject({
      kind: 'minutes',
      body: 'HARBOURTOWN SAFER STREETS PARTNERSHIP',
      bodyId: 'harbourtown-csp',
      date: '2023-05-09',
      venue: 'the Harbour Office',
      chair: 'Fairley',
      present: ['Fairley', 'Noor Haddad', 'Tariq Bell'],
      apologies: ['Wendy Marsh'],
      duties: ['prevent'],
      nextMeeting: { date: '2023-08-08', venue: 'the Harbour Office' },
      file: 'harbourtown-2023-05-09-minutes.txt',
    });
  });

  it('prints a readable summary, and with --no-resolve reads no graph', async () => {
    expect(await runCli(['extract', minutes, '--no-resolve', '--seeds', `${dir}missing`])).toBe(EXIT.ok);
    expect(stdout()).toContain('minutes 2023-05-09: HARBOURTOWN SAFER STREETS PARTNERSHIP at the Harbour Office');
    expect(stdout()).toContain('present: Councillor Fairley; Inspector Noor Haddad (Harbourshire Police); Tariq Bell');
    expect(stdout()).toContain('2. Prevent update  [1 resolution(s)]');
  });

  it('is a usage error for a file that cannot be read', async () => {
    expect(await runCli(['extract', `${dir}no-such-file.txt`, '--no-resolve'])).toBe(EXIT.usage);
  });
});

describe('govgraph ingest', () => {
  it('shows the diff and writes nothing with --dry-run', async () => {
    expect(await runCli(['ingest', minutes, '--dry-run', '--seeds', seeds])).toBe(EXIT.ok);
    const text = stdout();
    expect(text).toContain('+ entity Meeting harbourtown-csp-2023-05-09');
    expect(text).toContain('+ entity Source harbourtown-csp-minutes-2023-05-09');
    expect(text).toContain('+ link   mona-fairley -ATTENDED(chair)-> harbourtown-csp-2023-05-09 [harbourtown-csp-minutes-2023-05-09]');
    expect(text).toContain('+ link   harbourtown-csp-2023-05-09 -MENTIONS-> prevent [harbourtown-csp-minutes-2023-05-09#2]');
    expect(text).toContain('+ link   wendy-marsh -SENT_APOLOGIES-> harbourtown-csp-2023-05-09 [harbourtown-csp-minutes-2023-05-09#1]');
    expect(text).toContain('dry run: nothing written');
  });

  it('creates no data folder with --dry-run, reading the seeds instead, and says so', async () => {
    const parent = await mkdtemp(join(tmpdir(), 'govgraph-dry-run-'));
    try {
      const dataDir = join(parent, 'graph');
      output.stderr = [];
      expect(await runCli(['ingest', minutes, '--dry-run', '--seeds', seeds, '--data-dir', dataDir])).toBe(EXIT.ok);
      expect(stdout()).toContain('+ entity Meeting harbourtown-csp-2023-05-09');
      expect(stdout()).toContain('dry run: nothing written');
      expect(output.stderr.join('')).toContain(`the data folder ${dataDir} holds no graph yet; a dry run creates nothing`);
      expect(existsSync(dataDir)).toBe(false);
    } finally {
      await rm(parent, { recursive: true, force: true });
    }
  });

  it('writes once even when the same file is given twice, and reports unmatched people with --no-new-people', async () => {
    expect(await runCli(['ingest', minutes, minutes, '--no-new-people', '--json', '--seeds', seeds])).toBe(EXIT.ok);
    const plan = JSON.parse(stdout()) as { diff: { id: string }[]; problems: { code: string }[] };
    expect(plan.diff.filter((d) => d.id === 'harbourtown-csp-2023-05-09')).toHaveLength(1);
    expect(plan.problems.filter((p) => p.code === 'unmatched-person').length).toBe(6);
  });

  it('applies the plan to the store', async () => {
    expect(await runCli(['ingest', minutes, '--seeds', seeds])).toBe(EXIT.ok);
    expect(stdout()).toMatch(/written to the memory store: it now holds \d+ entities and \d+ links/);
  });
});

describe('govgraph ingest: decisions', () => {
  const DECISION = 'harbourtown-csp-2023-08-08#2.1';
  const ENTITY_QUERY = '{ entity(id: "harbourside-safety-task-and-finish-group") { status } }';

  it('lists the decisions and writes none without --accept', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'govgraph-ingest-'));
    try {
      expect(await runCli(['ingest', deciding, '--seeds', seeds, '--data-dir', dataDir])).toBe(EXIT.ok);
      expect(stdout()).toContain(`? ${DECISION} create: create harbourside-safety-task-and-finish-group "Harbourside Safety Task and Finish Group", a sub-group of harbourtown-csp`);
      output.stdout.length = 0;
      expect(await runCli(['query', ENTITY_QUERY, '--data-dir', dataDir])).toBe(EXIT.ok);
      expect(JSON.parse(stdout())).toMatchObject({ data: { entity: null } });
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });

  it('writes an accepted decision, and refuses an id the minutes do not decide, writing nothing', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'govgraph-ingest-'));
    try {
      expect(await runCli(['ingest', deciding, '--seeds', seeds, '--data-dir', dataDir, '--accept', 'harbourtown-csp-2023-08-08#9.9'])).toBe(EXIT.usage);
      expect(output.stderr.join('')).toContain(DECISION);
      expect(await runCli(['ingest', deciding, '--seeds', seeds, '--data-dir', dataDir, '--json', '--dry-run'])).toBe(EXIT.ok);
      const before = JSON.parse(stdout().slice(stdout().indexOf('{'))) as { diff: unknown[] };
      expect(before.diff.length).toBeGreaterThan(0);

      output.stdout.length = 0;
      expect(await runCli(['ingest', deciding, '--seeds', seeds, '--data-dir', dataDir, '--accept', DECISION])).toBe(EXIT.ok);
      expect(stdout()).toContain(`✓ ${DECISION} create`);
      output.stdout.length = 0;
      expect(await runCli(['query', ENTITY_QUERY, '--data-dir', dataDir])).toBe(EXIT.ok);
      expect(JSON.parse(stdout())).toMatchObject({ data: { entity: { status: 'AGREED' } } });
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});

describe('govgraph people merge', () => {
  it('merges two people in a data folder, audited, and refuses a stale or wrong request with a non-zero exit', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'govgraph-people-'));
    try {
      expect(await runCli(['ingest', minutes, '--seeds', seeds, '--data-dir', dataDir])).toBe(EXIT.ok);
      output.stdout.length = 0;
      expect(await runCli(['people', 'merge', 'noor-haddad', 'mona-fairley', '--source', 'ht-terms-2020', '--data-dir', dataDir, '--actor', 'clerk'])).toBe(EXIT.ok);
      expect(stdout()).toContain('merged noor-haddad into mona-fairley');
      expect(stdout()).toContain('moved ATTENDED:noor-haddad->harbourtown-csp-2023-05-09 -> ATTENDED:mona-fairley->harbourtown-csp-2023-05-09');

      output.stdout.length = 0;
      expect(await runCli(['query', '{ entity(id: "noor-haddad") { id } search(text: "Noor Haddad") { entity { id } } }', '--data-dir', dataDir])).toBe(EXIT.ok);
      expect(JSON.parse(stdout())).toMatchObject({ data: { entity: null, search: [{ entity: { id: 'mona-fairley' } }] } });
      output.stdout.length = 0;
      expect(await runCli(['audit', '--data-dir', dataDir, '--action', 'mergePeople'])).toBe(EXIT.ok);
      expect(stdout()).toContain('clerk');

      expect(await runCli(['people', 'merge', 'noor-haddad', 'mona-fairley', '--source', 'ht-terms-2020', '--data-dir', dataDir])).toBe(EXIT.problems);
      expect(await runCli(['people', 'merge', 'tariq-bell', 'harbourtown-csp', '--source', 'ht-terms-2020', '--data-dir', dataDir])).toBe(EXIT.usage);
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
