/**
 * Seed files written carelessly or with intent: text no store may hold, link ids that name another
 * pair, non-http(s) URLs. Each is reported with file, line and its own code, beside every other
 * problem, and the graph is not loadable.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { hasSeedErrors, loadSeedDirectories } from '../src/index.js';
import { MANIFEST, SOURCE_ENTITY, TempSeeds, lineOf } from './seed-folders.js';

const seeds = new TempSeeds();
afterEach(() => seeds.cleanUp());

const body = (id: string, name: string) =>
  [`  - id: ${id}`, '    kind: Body', '    bodyType: board', `    name: ${name}`, '    status: in-force', '    confidence: stated', '    sources: [{ source: src }]'].join('\n');

describe('text rules in seed files', () => {
  it('reports each bad text, squatted link id and non-http(s) URL at its line with its own code', async () => {
    const text = [
      'entities:',
      SOURCE_ENTITY,
      '    url: "javascript:alert(1)"',
      body('board-a', '"Board \\0 A"'),
      body('board-b', '"Board \\ud800 B"'),
      body('board-c', '"Board \\u202E C"'),
      'links:',
      '  - id: "LINKS_TO:board-c->board-a"',
      '    kind: LINKS_TO',
      '    from: board-a',
      '    to: board-b',
      '    status: in-force',
      '    confidence: stated',
      '    sources: [{ source: src }]',
      '  - kind: LINKS_TO',
      '    key: "tab\\there"',
      '    from: board-b',
      '    to: board-c',
      '    status: in-force',
      '    confidence: stated',
      '    sources: [{ source: src }]',
    ].join('\n');
    const dir = await seeds.folder({ 'dataset.yaml': MANIFEST, 'facts.yaml': text });
    const result = await loadSeedDirectories([dir]);
    expect(hasSeedErrors(result.problems)).toBe(true);
    const found = result.problems.map((p) => [p.line, p.path, p.code]);
    expect(found).toEqual([
      [lineOf(text, 'javascript:'), 'entities[0].url', 'url-scheme'],
      [lineOf(text, 'Board \\0 A'), 'entities[1].name', 'control-character'],
      [lineOf(text, 'Board \\ud800 B'), 'entities[2].name', 'malformed-unicode'],
      [lineOf(text, 'Board \\u202E C'), 'entities[3].name', 'bidi-control'],
      [lineOf(text, 'LINKS_TO:board-c->board-a'), 'links[0].id', 'link-id-mismatch'],
      [lineOf(text, 'tab\\there'), 'links[1].key', 'control-character'],
    ]);
  });
});
