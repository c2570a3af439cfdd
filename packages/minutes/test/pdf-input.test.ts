/**
 * PDF input: positioned text laid out as lines (reading order, table columns as tabs, wrapped cells
 * put back into their row), PDFs drawn by the tests read and extracted, and PDFs that give no text
 * refused with a reason.
 */
import { describe, expect, it } from 'vitest';
import { isGovgraphError } from '@govgraph/core';
import { extractMinutes, layoutPageLines, readDocumentText, type PositionedText } from '@govgraph/minutes';
import { column, makePdf, table, tableMinutesPdf } from './pdf-fixtures.js';

const run = (text: string, x: number, y: number, size = 10, width = text.length * size * 0.5): PositionedText => ({ text, x, y, width, size });

async function failure(promise: Promise<unknown>): Promise<{ code: string; reason: unknown }> {
  try {
    await promise;
  } catch (error) {
    if (isGovgraphError(error)) return { code: error.code, reason: error.details?.['reason'] };
    throw error;
  }
  throw new Error('expected the read to fail');
}

describe('layoutPageLines', () => {
  it('orders lines top to bottom and runs left to right, whatever order the PDF draws them in', () => {
    const lines = layoutPageLines([run('second line', 50, 700), run('world', 80, 720), run('Hello', 50, 720)]);
    expect(lines).toEqual(['Hello world', 'second line']);
  });

  it('joins kerned pieces of a word without a space and keeps a column gap as a tab', () => {
    const lines = layoutPageLines([run('Cast', 50, 700, 10, 20), run('ellane', 70.5, 700, 10, 30), run('Downshire Police', 300, 700)]);
    expect(lines).toEqual(['Castellane\tDownshire Police']);
  });

  it('keeps a raised ordinal on its line', () => {
    expect(layoutPageLines([run('Thursday 14', 50, 700, 10, 55), run('th', 105, 703, 6, 6), run('June 2012', 113, 700, 10, 45)])).toEqual(['Thursday 14th June 2012']);
  });

  it('puts a cell wrapped onto the next line back into its row, but not a new row', () => {
    const lines = layoutPageLines([
      run('Wren Castellane', 50, 700),
      run('Downshire Fire and Rescue', 250, 700),
      run('Service', 250, 688),
      run('Isla Brackwood', 50, 676),
      run('Probation', 250, 676),
    ]);
    expect(lines).toEqual(['Wren Castellane\tDownshire Fire and Rescue Service', 'Isla Brackwood\tProbation']);
  });

  it('leaves an indented line under a paragraph alone', () => {
    expect(layoutPageLines([run('The Partnership noted the report.', 50, 700), run('(a) the plan be agreed', 80, 688)])).toEqual([
      'The Partnership noted the report.',
      '(a) the plan be agreed',
    ]);
  });
});

describe('readDocumentText on PDFs', () => {
  it('reads a two-page PDF in reading order with the attendance table as rows', async () => {
    const bytes = await tableMinutesPdf();
    const copy = bytes.slice();
    const doc = await readDocumentText(bytes, 'minutes.pdf');
    expect(doc.format).toBe('pdf');
    expect(doc.pages).toBe(2);
    expect(doc.warnings).toEqual([]);
    const lines = doc.text.split('\n');
    expect(lines).toContain('Name\tAgency');
    expect(lines).toContain('Wren Castellane\tDownshire Fire and Rescue Service');
    expect(lines).toContain('1.\tWelcome and introductions');
    expect(doc.text.indexOf('Minutes of the last meeting')).toBeLessThan(doc.text.indexOf('Prevent update'));
    // The caller's bytes are left whole (PDF.js takes over the buffer it reads), and a Node Buffer
    // (what readFile gives) reads the same.
    expect(bytes).toEqual(copy);
    expect((await readDocumentText(Buffer.from(bytes))).text).toBe(doc.text);
  });

  it('extracts the minutes of the PDF: body, date, attendance with agencies, chair, items and resolutions', async () => {
    const { text } = await readDocumentText(await tableMinutesPdf());
    const [doc, ...rest] = extractMinutes(text).documents;
    expect(rest).toEqual([]);
    expect(doc).toMatchObject({
      kind: 'minutes',
      body: 'Larkfield Community Safety Partnership',
      date: '2024-03-05',
      chair: 'Petra Quill',
      present: ['Petra Quill', 'Omar Rydal', 'Wren Castellane', 'Isla Brackwood'],
      apologies: ['Tobias Merrow'],
      nextMeeting: { date: '2024-06-04' },
    });
    expect(doc!.people.find((p) => p.name === 'Wren Castellane')?.affiliation).toBe('Downshire Fire and Rescue Service');
    expect(doc!.people.find((p) => p.name === 'Omar Rydal')).toMatchObject({ title: 'Chief Inspector', affiliation: 'Downshire Police' });
    expect(doc!.items.map((i) => [i.number, i.title, i.resolutions.length])).toEqual([
      ['1', 'Welcome and introductions', 0],
      ['2', 'Minutes of the last meeting', 1],
      ['3', 'Prevent update', 1],
      ['4', 'Date of next meeting', 0],
    ]);
  });

  it('reads an attendance list set out in two columns of names as one person a cell', async () => {
    const bytes = await makePdf([
      [
        { text: 'Minutes of the meeting of the Fenbridge Safer Streets Board held on 9 May 2023', x: 72, y: 60 },
        { text: 'Attendees', x: 72, y: 90, bold: true },
        ...table([72, 300], 110, [
          ['Cllr Hana Lyle', 'Supt Ravi Dunmore'],
          ['Greta Solberg', 'Mo Falkner'],
        ]),
        ...column(72, 160, ['1. Apologies', 'None were received.', '2. Serious violence duty', 'AGREED: That the plan be adopted.']),
      ],
    ]);
    const [doc] = extractMinutes((await readDocumentText(bytes)).text).documents;
    expect(doc!.present).toEqual(['Hana Lyle', 'Ravi Dunmore', 'Greta Solberg', 'Mo Falkner']);
    expect(doc!.people.find((p) => p.name === 'Ravi Dunmore')?.title).toBe('Superintendent');
  });

  it('refuses an encrypted PDF with reason encrypted-pdf', async () => {
    const bytes = await makePdf([column(72, 72, ['Minutes'])], { userPassword: 'secret', ownerPassword: 'owner' });
    expect(await failure(readDocumentText(bytes))).toEqual({ code: 'INVALID_INPUT', reason: 'encrypted-pdf' });
  });

  it('reads a PDF whose owner password only limits printing', async () => {
    const bytes = await makePdf([column(72, 72, ['Minutes of the meeting'])], { ownerPassword: 'owner' });
    expect((await readDocumentText(bytes)).text).toBe('Minutes of the meeting');
  });

  it('refuses a PDF of scanned pages (no text) with reason image-only-pdf', async () => {
    const bytes = await makePdf([(doc) => doc.rect(50, 50, 400, 600).fill('#777777')]);
    expect(await failure(readDocumentText(bytes))).toEqual({ code: 'INVALID_INPUT', reason: 'image-only-pdf' });
  });

  it('warns about one page without text among pages with text', async () => {
    const bytes = await makePdf([column(72, 72, ['Agenda']), (doc) => doc.rect(50, 50, 100, 100).fill('#777777')]);
    const doc = await readDocumentText(bytes);
    expect(doc.text.trim()).toBe('Agenda');
    expect(doc.warnings).toHaveLength(1);
  });

  it('refuses a damaged PDF with reason unreadable-pdf', async () => {
    const bytes = new TextEncoder().encode('%PDF-1.7\n1 0 obj garbage that is no PDF at all\n');
    expect(await failure(readDocumentText(bytes))).toEqual({ code: 'INVALID_INPUT', reason: 'unreadable-pdf' });
  });

  it('is what extractMinutes asks for when given PDF bytes itself', async () => {
    const result = extractMinutes(await tableMinutesPdf());
    expect(result.warnings.some((w) => w.includes('readDocumentText'))).toBe(true);
  });

  it('decodes anything else as text', async () => {
    const doc = await readDocumentText(new TextEncoder().encode('MINUTES\nPresent: Jane Roe'));
    expect(doc).toEqual({ text: 'MINUTES\nPresent: Jane Roe', format: 'text', pages: null, warnings: [] });
  });
});
