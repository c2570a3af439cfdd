/**
 * `govgraph extract` and `govgraph ingest` on PDFs the test draws: a PDF is read with its
 * attendance table as rows; an encrypted or scanned PDF stops the command with a usage exit before
 * anything is written, even when the other files are fine.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXIT, runCli } from '../src/index.js';
import { captureOutput } from './output-capture.js';
import { column, makePdf, tableMinutesPdf } from '../../minutes/test/pdf-fixtures.js';

const fixtures = fileURLToPath(new URL('./fixtures/minutes/', import.meta.url));
const seeds = ['--seeds', `${fixtures}seeds`];
const textMinutes = `${fixtures}harbourtown-2023-05-09-minutes.txt`;
const output = captureOutput();
let dir = '';
let minutesPdf = '';
let encryptedPdf = '';
let scannedPdf = '';

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'govgraph-pdf-'));
  minutesPdf = join(dir, 'larkfield-minutes.pdf');
  encryptedPdf = join(dir, 'locked.pdf');
  scannedPdf = join(dir, 'scanned.pdf');
  await writeFile(minutesPdf, await tableMinutesPdf());
  await writeFile(encryptedPdf, await makePdf([column(72, 72, ['Minutes'])], { userPassword: 'secret', ownerPassword: 'owner' }));
  await writeFile(scannedPdf, await makePdf([(doc) => doc.rect(40, 40, 300, 300).fill('#999999')]));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('govgraph extract on a PDF', () => {
  it('prints the minutes the PDF holds, attendance table included', async () => {
    expect(await runCli(['extract', minutesPdf, '--json', '--no-resolve'])).toBe(EXIT.ok);
    const result = JSON.parse(output.stdout.join('')) as { documents: Record<string, unknown>[] };
    expect(result.documents).toHaveLength(1);
    expect(result.documents[0]).toMatchObject({
      kind: 'minutes',
      date: '2024-03-05',
      chair: 'Petra Quill',
      present: ['Petra Quill', 'Omar Rydal', 'Wren Castellane', 'Isla Brackwood'],
      apologies: ['Tobias Merrow'],
      file: 'larkfield-minutes.pdf',
    });
  });

  it('stops with a usage exit and prints nothing for an encrypted or a scanned PDF', async () => {
    for (const file of [encryptedPdf, scannedPdf]) {
      output.stdout = [];
      output.stderr = [];
      expect(await runCli(['extract', file, '--json', '--no-resolve'])).toBe(EXIT.usage);
      expect(output.stdout.join('')).toBe('');
      expect(output.stderr.join('')).toContain(file);
    }
  });
});

describe('govgraph ingest with an unreadable PDF among its files', () => {
  it('writes nothing, then writes the readable file once it is given alone', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'govgraph-pdf-data-'));
    try {
      expect(await runCli(['ingest', textMinutes, encryptedPdf, ...seeds, '--data-dir', dataDir])).toBe(EXIT.usage);
      expect(output.stdout.join('')).not.toContain('written');
      const meeting = async (): Promise<unknown> => {
        output.stdout = [];
        expect(await runCli(['query', '{ entity(id: "harbourtown-csp-2023-05-09") { id } }', ...seeds, '--data-dir', dataDir])).toBe(EXIT.ok);
        return (JSON.parse(output.stdout.join('')) as { data: { entity: unknown } }).data.entity;
      };
      expect(await meeting()).toBeNull();
      expect(await runCli(['ingest', textMinutes, ...seeds, '--data-dir', dataDir])).toBe(EXIT.ok);
      expect(await meeting()).toEqual({ id: 'harbourtown-csp-2023-05-09' });
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
