/**
 * Robustness: empty, binary, enormous and mangled input never throws and gives warnings. fast-check
 * generates random and mangled text (fixture documents with lines shuffled, cut, repeated and
 * spliced with noise). Runaway work (a regular expression backtracking without end) shows as a test
 * that hangs past its timeout; no test asserts on elapsed time, which would fail on a busy machine.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createGraphResolver, extractMinutes, MAX_INPUT_CHARS, type ExtractionResult } from '@govgraph/minutes';
import { FIXTURE_ENTITIES } from './fixture-graph.js';

const resolver = createGraphResolver(FIXTURE_ENTITIES);
const dir = fileURLToPath(new URL('./fixtures/', import.meta.url));
const fixtures = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => readFileSync(`${dir}${f}`, 'utf8'));

/** Runs an extraction and checks the result has the documented shape. */
function extractChecked(input: string | Uint8Array): ExtractionResult {
  const result = extractMinutes(input, { resolver });
  expect(Array.isArray(result.documents)).toBe(true);
  expect(Array.isArray(result.warnings)).toBe(true);
  for (const doc of result.documents) {
    expect(['agenda', 'minutes']).toContain(doc.kind);
    expect(doc.date === null || /^\d{4}-\d{2}-\d{2}$/.test(doc.date)).toBe(true);
    for (const item of doc.items) {
      expect(typeof item.title).toBe('string');
      expect(Array.isArray(item.resolutions)).toBe(true);
    }
  }
  // The result must be serialisable as the JSON the CLI prints.
  expect(() => JSON.stringify(result)).not.toThrow();
  return result;
}

describe('edge inputs', () => {
  it('empty input gives no documents and a warning', () => {
    for (const input of ['', '\n\n  \n', new Uint8Array()]) {
      const result = extractChecked(input);
      expect(result.documents).toEqual([]);
      expect(result.warnings.length).toBeGreaterThan(0);
    }
  });

  it('binary input is reported as binary', () => {
    const bytes = new Uint8Array(50_000);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7919) % 256;
    const result = extractChecked(bytes);
    expect(result.warnings.some((w) => w.includes('binary'))).toBe(true);
  });

  it('reads Windows-1252 bytes (curly quotes) and says so', () => {
    // The web page fixture with a "Board received" sentence to curl a quote into.
    const text = readFileSync(`${dir}web-northbay-2021-02-04.txt`, 'utf8').replace('Board received', 'Board\u2019s members received');
    const bytes = Uint8Array.from([...text].map((c) => (c === '\u2019' ? 0x92 : c.charCodeAt(0) & 0xff)));
    const result = extractChecked(bytes);
    expect(result.warnings.some((w) => w.includes('Windows-1252'))).toBe(true);
    expect(result.documents[0]!.items.map((i) => i.title)).toContain('Harbour Youth Outreach');
  });

  it('enormous input is cut to the limit', () => {
    const huge = `${fixtures[0]}\n${'RESOLVED: That the report be noted.\n(1) a\n'.repeat(120_000)}`;
    expect(huge.length).toBeGreaterThan(MAX_INPUT_CHARS);
    const result = extractChecked(huge);
    expect(result.warnings.some((w) => w.includes('cut'))).toBe(true);
  });

  it('one very long line without breaks is cut, not choked on', () => {
    const result = extractChecked(`Minutes\n${'Councillor Abc, '.repeat(200_000)}`);
    expect(result.warnings.some((w) => w.includes('longer than'))).toBe(true);
  });
});

/** A fixture with its lines shuffled, dropped, repeated, cut and mixed with noise. */
const mangled = fc
  .tuple(
    fc.constantFrom(...fixtures),
    fc.array(fc.tuple(fc.nat(), fc.constantFrom('drop', 'repeat', 'cut', 'noise', 'swap', 'upper')), { maxLength: 40 }),
    fc.string({ maxLength: 40 }),
  )
  .map(([text, edits, noise]) => {
    const lines = text.split('\n');
    for (const [at, edit] of edits) {
      const i = at % Math.max(1, lines.length);
      const line = lines[i] ?? '';
      if (edit === 'drop') lines.splice(i, 1);
      else if (edit === 'repeat') lines.splice(i, 0, line, line);
      else if (edit === 'cut') lines[i] = line.slice(0, Math.floor(line.length / 2));
      else if (edit === 'noise') lines[i] = `${line}${noise}`;
      else if (edit === 'upper') lines[i] = line.toUpperCase();
      else {
        const j = (at * 31) % Math.max(1, lines.length);
        [lines[i], lines[j]] = [lines[j] ?? '', line];
      }
    }
    return lines.join('\n');
  });

/** Text built from the words and marks minutes are made of, in any order. */
const wordSoup = fc
  .array(
    fc.constantFrom(
      'RESOLVED:', 'That', '(1)', '(a)', 'PRESENT:', 'Apologies:', 'Councillor', 'Councillors', 'and', ',', '(in the Chair)', '1.', '2.',
      'No', 'Item', 'Agenda', 'MINUTES', 'Prevent', 'DHR', 'Action -', 'ACTION:', '|', '\t', '\n', '\n\n\n', '14th March, 2019',
      'held at', 'on', 'Date of Next Meeting', 'Any Other Business', 'Report to:', '- ', '*', '((((', '))))', 'Mr.', 'Jane', 'Roe',
    ),
    { maxLength: 400 },
  )
  .map((words) => words.join(' '));

/** Checks that no generated input throws and each gives a well-formed result. */
function neverThrows<T extends string | Uint8Array>(arbitrary: fc.Arbitrary<T>, numRuns: number): void {
  fc.assert(
    fc.property(arbitrary, (input) => {
      extractChecked(input);
    }),
    { numRuns },
  );
}

describe('fuzz', () => {
  it('random text never throws', () => {
    neverThrows(fc.string({ unit: 'binary', maxLength: 3_000 }), 150);
  });

  it('word soup of minutes vocabulary never throws', () => {
    neverThrows(wordSoup, 200);
  });

  it('mangled fixture documents never throw and still give well-formed documents', () => {
    neverThrows(mangled, 200);
  });

  it('random bytes never throw', () => {
    neverThrows(fc.uint8Array({ maxLength: 5_000 }), 100);
  });
});
