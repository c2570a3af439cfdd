/**
 * Seed files written carelessly or with intent: text no store may hold, link ids that name another
 * pair, non-http(s) URLs. Each is reported with file, line and its own code, beside every other
 * problem, and the graph is not loadable.
 */
import { execFileSync } from 'node:child_process';
import { mkdir, symlink, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_MAX_SEED_FILE_BYTES, hasSeedErrors, loadSeedDirectories } from '../src/index.js';
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

/** Valid lines of one Body that cites `src`, as a list item. */
const validBody = (id: string) => body(id, id);

describe('seed files too large to read', () => {
  it('reports a file over the default limit by name, size and limit without reading it', async () => {
    const dir = await seeds.folder({ 'dataset.yaml': MANIFEST, 'facts.yaml': ['entities:', SOURCE_ENTITY, ''].join('\n') });
    const huge = join(dir, 'huge.yaml');
    await writeFile(huge, '');
    await truncate(huge, DEFAULT_MAX_SEED_FILE_BYTES + 1); // sparse: no disk used, and reading it whole would take gigabytes of heap
    const started = Date.now();
    const result = await loadSeedDirectories([dir]);
    expect(Date.now() - started).toBeLessThan(60_000); // (a guard against reading it, not a timing assertion of the check itself)
    expect(result.problems.map((p) => [p.file, p.code, p.line])).toEqual([[huge, 'file-too-large', 1]]);
    const message = result.problems[0]!.message;
    expect(message).toContain(huge);
    expect(message).toContain(`(${DEFAULT_MAX_SEED_FILE_BYTES + 1} bytes)`);
    expect(message).toContain(`16 MiB (${DEFAULT_MAX_SEED_FILE_BYTES} bytes)`);
    expect(result.data.entities.map((e) => e.id)).toEqual(['src']); // the rest is still read
  });

  it('takes the limits from the caller, per file and per load, and reports references into an unread file once', async () => {
    const big = ['entities:', validBody('board-big'), `    description: "${'x'.repeat(2_000)}"`, ''].join('\n');
    const small = ['entities:', SOURCE_ENTITY, validBody('board-a'), 'links:'];
    for (const to of ['board-big', 'board-gone', 'board-gone']) small.push('  - kind: LINKS_TO', '    from: board-a', `    to: ${to}`, `    key: ${to}-${small.length}`, '    status: in-force', '    confidence: stated', '    sources: [{ source: src }]');
    const dir = await seeds.folder({ 'dataset.yaml': MANIFEST, 'a.yaml': small.join('\n'), 'b.yaml': big });
    const perFile = await loadSeedDirectories([dir], { maxFileBytes: 1_000 });
    expect(perFile.problems.map((p) => [p.file.split('/').pop(), p.code, p.severity])).toEqual([
      ['b.yaml', 'file-too-large', 'error'],
      ['b.yaml', 'unchecked-references', 'warning'],
    ]);
    expect(perFile.problems[0]!.message).toMatch(/b\.yaml is [\d.]+ KiB \(\d+ bytes\), over the limit of 1000 bytes for one seed file/);

    const perLoad = await loadSeedDirectories([dir], { maxLoadBytes: Buffer.byteLength(MANIFEST) + Buffer.byteLength(small.join('\n')) + 10 });
    expect(perLoad.problems.map((p) => [p.file.split('/').pop(), p.code, p.severity])).toEqual([
      ['b.yaml', 'load-too-large', 'error'],
      ['b.yaml', 'unchecked-references', 'warning'],
    ]);
    expect(perLoad.problems[0]!.message).toContain('over its limit of');
    // Three references to two ids nothing read defines: one warning at the unread file, not three errors.
    expect(perLoad.problems[1]!.message).toMatch(/^3 references to 2 ids no file defines \("board-big" at .*a\.yaml:\d+:\d+/);
  });

  it('refuses limits that are not a whole number of bytes', async () => {
    await expect(loadSeedDirectories([], { maxFileBytes: 0 })).rejects.toThrow(/maxFileBytes is a whole number of bytes/);
  });
});

describe('seed bytes that are not UTF-8', () => {
  it('reports each malformed run at its line and column, and still checks the rest of the file', async () => {
    const text = ['entities:', SOURCE_ENTITY, validBody('board-a'), '    description: "Caf\u00e9 meeting"', validBody('board-b').replace('bodyType: board', 'bodyType: bored')].join('\n');
    const latin1 = Buffer.from(text, 'latin1'); // é as the single byte 0xE9
    const dir = await seeds.folder({ 'dataset.yaml': MANIFEST });
    await writeFile(join(dir, 'facts.yaml'), Buffer.concat([latin1, Buffer.from('\n# note '), Buffer.from([0xff, 0xfe]), Buffer.from('\n')]));
    const result = await loadSeedDirectories([dir]);
    expect(result.problems.map((p) => [p.line, p.column, p.path, p.code])).toEqual([
      [lineOf(text, 'Caf'), '    description: "Caf'.length + 1, '', 'not-utf8'],
      [lineOf(text, 'bored'), '    bodyType: '.length + 1, 'entities[2].bodyType', 'schema'], // the rest is still checked
      [text.split('\n').length + 1, '# note '.length + 1, '', 'not-utf8'],
    ]);
    expect(result.problems[0]!.message).toContain('0xE9');
    expect(result.problems[2]!.message).toContain('0xFF 0xFE');
  });
});

describe('symbolic links in a seed folder', () => {
  it('follows a link inside the folder, reports links outside it, to nothing, or to a file read already, and a FIFO', async () => {
    const outside = await seeds.folder({ 'elsewhere.yaml': ['entities:', validBody('board-out'), ''].join('\n') });
    const dir = await seeds.folder({ 'dataset.yaml': MANIFEST, 'facts.yaml': ['entities:', SOURCE_ENTITY, ''].join('\n') });
    await mkdir(join(dir, 'parts'));
    await writeFile(join(dir, 'parts', 'inner.yaml'), ['entities:', validBody('board-in'), ''].join('\n'));
    await symlink(join(dir, 'parts', 'inner.yaml'), join(dir, 'inner.yaml'));
    await symlink(join(outside, 'elsewhere.yaml'), join(dir, 'outside.yaml'));
    await symlink(join(dir, 'missing.yaml'), join(dir, 'nothing.yaml'));
    await symlink('facts.yaml', join(dir, 'twice.yaml'));
    execFileSync('mkfifo', [join(dir, 'pipe.yaml')]);
    const result = await loadSeedDirectories([dir]);
    expect(result.data.entities.map((e) => e.id)).toEqual(['board-in', 'src']);
    expect(result.problems.map((p) => [p.file.split('/').pop(), p.code, p.severity])).toEqual([
      ['nothing.yaml', 'unreadable-file', 'error'],
      ['outside.yaml', 'symlink-outside', 'error'],
      ['pipe.yaml', 'not-a-file', 'error'],
      ['twice.yaml', 'duplicate-file', 'warning'],
    ]);
    expect(result.files.map((f) => f.split('/').pop())).toEqual(['dataset.yaml', 'facts.yaml', 'inner.yaml', 'nothing.yaml', 'outside.yaml', 'pipe.yaml', 'twice.yaml']);
  });
});

describe('a YAML syntax error', () => {
  it('is reported at its line, the rest of its file is still checked, and references it may hide are reported once', async () => {
    const broken = [
      'entities:',
      validBody('board-a'),
      '    bodyType: not-a-type', // a duplicate key: the syntax error, on this item's lines
      body('board-b', 'Board B'),
      '    validity: { from: "2020-13-45" }', // a schema problem in an item the error does not touch: still reported
      '  - id: board-c',
      '    kind: Body',
      '    note: "never closed',
      '  - id: board-d',
      '    kind: Body',
    ].join('\n');
    const links = ['links:'];
    for (const to of ['board-c', 'board-d', 'board-d', 'board-typo']) {
      links.push('  - kind: LINKS_TO', '    from: board-b', `    to: ${to}`, `    key: k${links.length}`, '    status: in-force', '    confidence: stated', '    sources: [{ source: src }]');
    }
    const dir = await seeds.folder({ 'dataset.yaml': MANIFEST, 'a.yaml': broken, 'b.yaml': ['entities:', SOURCE_ENTITY, links.join('\n'), ''].join('\n') });
    const result = await loadSeedDirectories([dir]);
    const found = result.problems.map((p) => [p.file.split('/').pop(), p.line, p.path, p.code, p.severity]);
    expect(found.filter((p) => p[3] !== 'yaml-syntax')).toEqual([
      ['a.yaml', lineOf(broken, 'bodyType: not-a-type'), '', 'unchecked-references', 'warning'],
      ['a.yaml', lineOf(broken, '2020-13-45'), 'entities[1].validity.from', 'schema', 'error'],
      ['b.yaml', expect.any(Number), 'links[3].to', 'dangling-reference', 'error'], // board-typo is nowhere: a mistake of its own
    ]);
    expect(found.filter((p) => p[3] === 'yaml-syntax').map((p) => p[1])).toContain(lineOf(broken, 'bodyType: not-a-type'));
    const unchecked = result.problems.find((p) => p.code === 'unchecked-references')!;
    // board-c is read (its item is on the error's lines, so only its id counts); board-d is lost after the open quote.
    expect(unchecked.message).toMatch(/^2 references to 1 id no file defines \("board-d" at .*b\.yaml:\d+:\d+, "board-d" at /);
    expect(hasSeedErrors(result.problems)).toBe(true);
  });
});
