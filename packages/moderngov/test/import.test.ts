/**
 * A ModernGov import against a local site serving the fixtures: published minutes (a document, or
 * the minutes the service itself publishes) become meetings with attendance, apologies and
 * proposed decisions; a re-run skips what was done; bad input stops with a clear code and loses
 * nothing already imported.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { GraphStore } from '@govgraph/core';
import {
  ImportSetupError,
  ImportStateError,
  ModernGovClient,
  emptyImportState,
  htmlToText,
  importModernGov,
  isModernGovError,
  loadImportState,
  saveImportState,
  type ImportOptions,
} from '@govgraph/moderngov';
import PDFDocument from 'pdfkit';
import { fixture, startFixtureSite, westmarshStore, type FixtureSite } from './fixture-site.js';

/** The printed minutes of meeting 4101 as a one-page PDF, a line of text per line of the HTML version. */
function minutesPdf(): Promise<Uint8Array> {
  const lines = htmlToText(fixture('printed-minutes-4101.html')).split('\n');
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: 'A4', margin: 0 });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on('error', reject);
    lines.forEach((line, i) => doc.font('Helvetica').fontSize(9).text(line, 40, 40 + i * 13, { lineBreak: false }));
    doc.end();
  });
}

let site: FixtureSite;
let store: GraphStore;
let dir: string;
beforeEach(async () => {
  site = await startFixtureSite();
  store = await westmarshStore();
  dir = await mkdtemp(join(tmpdir(), 'govgraph-moderngov-'));
});
afterEach(async () => {
  await site.close();
  await store.close();
  await rm(dir, { recursive: true, force: true });
});

const client = (): ModernGovClient => new ModernGovClient(site.url, { minIntervalMs: 0, retries: 1, backoffMs: 1, sleep: async () => undefined });

async function stateOptions(): Promise<Pick<ImportOptions, 'state' | 'storeKey' | 'saveState'> & { file: string }> {
  const file = join(dir, 'state.json');
  const state = await loadImportState(file, site.url);
  return { file, state, storeKey: 'memory:test', saveState: (s) => saveImportState(file, s) };
}

describe('importing a ModernGov site', () => {
  it('ingests each meeting\'s published minutes, from a document or from the service itself', async () => {
    const report = await importModernGov(client(), store, { committeeId: '301' });
    expect(report.committees).toEqual([{ id: '301', title: 'Westmarsh Community Safety Partnership', bodyId: 'westmarsh-csp' }]);
    expect(report.meetings.map((m) => [m.meetingId, m.date, m.status])).toEqual([
      ['4101', '2023-03-14', 'ingested'],
      ['4102', '2023-06-13', 'ingested'],
      ['4103', '2023-09-12', 'no-minutes'],
    ]);
    // 4101: the printed minutes (an HTML document); the report under item 2 and the exempt item are not read.
    expect(report.meetings[0]!.documents.map((d) => d.title)).toEqual(['Printed minutes 14th-Mar-2023 14.00 Westmarsh Community Safety Partnership']);
    expect(site.requests.some((r) => r.includes('s9002') || r.includes('s9003'))).toBe(false);

    const meeting = (await store.getEntity('westmarsh-csp-2023-03-14'))!;
    expect(meeting).toMatchObject({ kind: 'Meeting', status: 'in-force', attributes: { venue: 'Westmarsh Town Hall' } });
    const source = (await store.getEntity(meeting.sources[0]!.source))!;
    expect(source.attributes).toMatchObject({ sourceType: 'minutes', url: `${site.url}/documents/g4101/Printed%20minutes%2014th-Mar-2023.html` });
    const held = (await store.linksOf('westmarsh-csp-2023-03-14', { direction: 'in' })).map((l) => `${l.kind}:${l.from}${l.role ? `(${l.role})` : ''}`);
    // "Graeme Holt" is the graph's Graham Holt (a spelling variant, reported).
    expect(held).toEqual(expect.arrayContaining(['ATTENDED:priya-lund(chair)', 'ATTENDED:graham-holt', 'SENT_APOLOGIES:tomasz-brandt']));
    expect(report.meetings[0]!.plan!.problems.filter((p) => p.code === 'variant-person').map((p) => p.candidates)).toEqual([['graham-holt']]);

    // 4102: no document; the minutes the service publishes, with the clerk's attendance ("Expected" is not attendance).
    const june = (await store.linksOf('westmarsh-csp-2023-06-13', { direction: 'in' })).map((l) => `${l.kind}:${l.from}${l.role ? `(${l.role})` : ''}`);
    expect(june).toEqual(expect.arrayContaining(['ATTENDED:priya-lund(chair)', 'ATTENDED:omar-kellett(in-attendance)', 'SENT_APOLOGIES:graham-holt']));
    expect(june.some((l) => l.includes('sian-rudd'))).toBe(false);
  });

  it('shows what the minutes decide and writes it only when accepted', async () => {
    const report = await importModernGov(client(), store, { committeeId: '301' });
    const decisions = report.meetings.flatMap((m) => m.plan?.decisions ?? []);
    expect(decisions.map((d) => [d.id, d.kind, d.accepted])).toEqual([
      ['westmarsh-csp-2023-03-14#3.1', 'create', false],
      ['westmarsh-csp-2023-06-13#2.1', 'reporting-line', false],
    ]);
    expect(await store.getEntity('westmarsh-serious-violence-task-and-finish-group')).toBeNull();

    const accepted = await westmarshStore();
    await importModernGov(client(), accepted, { committeeId: '301', acceptDecisions: ['westmarsh-csp-2023-06-13#2.1'] });
    expect(await accepted.getLink('REPORTS_TO:westmarsh-da-board->westmarsh-csp')).toMatchObject({ status: 'agreed' });
    expect(await accepted.getEntity('westmarsh-serious-violence-task-and-finish-group')).toBeNull();
  });

  it('resumes: a re-run with the state file skips the meetings already imported into the store', async () => {
    const first = await stateOptions();
    await importModernGov(client(), store, { committeeId: '301', ...first });
    const saved = JSON.parse(await readFile(first.file, 'utf8')) as { stores: Record<string, { meetings: Record<string, unknown> }> };
    expect(Object.keys(saved.stores['memory:test']!.meetings)).toEqual(['4101', '4102']);

    const before = site.requests.length;
    const again = await importModernGov(client(), store, { committeeId: '301', ...(await stateOptions()) });
    expect(again.meetings.map((m) => m.status)).toEqual(['already-imported', 'already-imported', 'no-minutes']);
    const fetched = site.requests.slice(before);
    expect(fetched.filter((r) => r.includes('GetMeeting?')).map((r) => r.split('=')[1])).toEqual(['4103']);
    expect(fetched.some((r) => r.startsWith('/documents/'))).toBe(false);
  });

  it('stops at an error page, keeping the meetings imported before it, and a re-run goes on from there', async () => {
    site.override('/mgWebService.asmx/GetMeeting', [
      { type: 'text/xml', body: fixture('get-meeting-4101.xml') },
      { type: 'text/html', body: '<!DOCTYPE html><html><head><title>Service Unavailable</title></head><body>Down for maintenance</body></html>' },
    ]);
    const options = await stateOptions();
    const error = await importModernGov(client(), store, { committeeId: '301', ...options }).catch((e: unknown) => e);
    expect(isModernGovError(error, 'error-page')).toBe(true);
    expect(await store.getEntity('westmarsh-csp-2023-03-14')).not.toBeNull();
    expect(Object.keys((await loadImportState(options.file, site.url)).stores['memory:test']!.meetings)).toEqual(['4101']);

    // The site recovers: the re-run skips 4101 and goes on with 4102.
    site.reset('/mgWebService.asmx/GetMeeting');
    const resumed = await importModernGov(client(), store, { committeeId: '301', ...(await stateOptions()) });
    expect(resumed.meetings.map((m) => [m.meetingId, m.status])).toEqual([
      ['4101', 'already-imported'],
      ['4102', 'ingested'],
      ['4103', 'no-minutes'],
    ]);
  });

  it('refuses a committee whose body is not in the graph, naming near bodies, and imports nothing', async () => {
    const before = await store.stats();
    const error = (await importModernGov(client(), store, { committeeId: '303' }).catch((e: unknown) => e)) as ImportSetupError;
    expect(error).toBeInstanceOf(ImportSetupError);
    expect(error.code).toBe('body-not-in-graph');
    expect(error.message).toContain('Westmarsh Safer Streets Forum');
    expect(error.suggestions.length).toBeGreaterThan(0);
    expect(error.suggestions.join(' ')).toContain('westmarsh-');
    expect(await store.stats()).toEqual(before);
    expect(site.requests.some((r) => r.includes('GetMeetings'))).toBe(false);

    expect(((await importModernGov(client(), store, { committeeId: '999' }).catch((e: unknown) => e)) as ImportSetupError).code).toBe('unknown-committee');
  });

  it('without --committee imports the committees the graph holds and lists the others', async () => {
    const report = await importModernGov(client(), store, { from: '2023-06-01', to: '2023-06-30' });
    expect(report.committees.map((c) => c.id)).toEqual(['301']);
    expect(report.skippedCommittees.map((c) => c.id)).toEqual(['302', '303']);
    expect(report.meetings.map((m) => m.meetingId)).toEqual(['4102']);
    expect(site.requests.find((r) => r.includes('GetMeetings'))).toContain('sFromDate=01%2F06%2F2023&sToDate=30%2F06%2F2023');
  });

  it('reports a document it cannot read and leaves the meeting for a later run', async () => {
    site.override('/documents/g4101/Printed%20minutes%2014th-Mar-2023.html', [{ type: 'application/pdf', body: new TextEncoder().encode('%PDF-1.7 fixture') }]);
    const options = await stateOptions();
    const report = await importModernGov(client(), store, { committeeId: '301', to: '2023-03-31', ...options });
    expect(report.meetings[0]).toMatchObject({ meetingId: '4101', status: 'incomplete', documents: [{ status: 'unread' }] });
    expect(report.meetings[0]!.documents[0]!.reason).toMatch(/PDF/);
    expect((await loadImportState(options.file, site.url)).stores).toEqual({});

    // A real PDF of the printed minutes is read (the minutes package's PDF reading).
    site.override('/documents/g4101/Printed%20minutes%2014th-Mar-2023.html', [{ type: 'application/pdf', body: await minutesPdf() }]);
    const read = await importModernGov(client(), await westmarshStore(), { committeeId: '301', to: '2023-03-31', ...(await stateOptions()) });
    expect(read.meetings[0]).toMatchObject({ status: 'ingested', documents: [{ status: 'read' }] });
    expect(read.meetings[0]!.plan!.changes.upsertLinks!.map((l) => l.id)).toContain('ATTENDED:priya-lund->westmarsh-csp-2023-03-14');
    expect(Object.keys((await loadImportState(join(dir, 'state.json'), site.url)).stores['memory:test']!.meetings)).toEqual(['4101']);
  });

  it('writes nothing and records nothing in a dry run', async () => {
    const options = await stateOptions();
    const before = await store.stats();
    const report = await importModernGov(client(), store, { committeeId: '301', dryRun: true, ...options });
    expect(report.meetings[0]!.plan!.diff.length).toBeGreaterThan(0);
    expect(await store.stats()).toEqual(before);
    expect((await loadImportState(options.file, site.url)).stores).toEqual({});
  });
});

describe('the import state file', () => {
  it('refuses a file that is not a state file and leaves it as it is', async () => {
    const file = join(dir, 'state.json');
    for (const text of ['{ not json', '{"version": 2, "site": "x", "stores": {}}', '[]']) {
      await writeFile(file, text);
      const error = await loadImportState(file, 'http://site').catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ImportStateError);
      expect(await readFile(file, 'utf8')).toBe(text);
    }
  });

  it('refuses another site\'s state', async () => {
    const file = join(dir, 'state.json');
    await saveImportState(file, emptyImportState('http://one.example'));
    expect(await loadImportState(file, 'http://two.example').catch((e: unknown) => e)).toBeInstanceOf(ImportStateError);
  });
});
