import { afterAll, describe, expect, it } from 'vitest';
import { loadSeedDirectories, type SeedProblem } from '@govgraph/seeds';
import { MANIFEST, SOURCE_ENTITY, TempSeeds, lineOf } from './seed-folders.js';

const temp = new TempSeeds();
afterAll(() => temp.cleanUp());

/** Loads one throw-away dataset whose `facts.yaml` is `text`; returns its problems. */
async function problemsOf(text: string, extraFiles: Record<string, string> = {}): Promise<SeedProblem[]> {
  const dir = await temp.folder({ 'dataset.yaml': MANIFEST, 'facts.yaml': text, ...extraFiles });
  return (await loadSeedDirectories([dir])).problems;
}

function summary(problems: SeedProblem[]): { code: string; path: string; line: number; severity: string }[] {
  return problems.map((p) => ({ code: p.code, path: p.path, line: p.line, severity: p.severity }));
}

/** A Body entity as YAML list item lines (with a source, so it is valid). */
function body(id: string, extra: string[] = []): string {
  return [`  - id: ${id}`, '    kind: Body', '    bodyType: board', `    name: ${id}`, '    status: in-force', '    confidence: stated', '    sources: [{ source: src }]', ...extra.map((l) => `    ${l}`)].join('\n');
}

/** A link as YAML list item lines (with a source). */
function link(kind: string, from: string, to: string, extra: string[] = []): string {
  return [`  - kind: ${kind}`, `    from: ${from}`, `    to: ${to}`, '    status: in-force', '    confidence: stated', '    sources: [{ source: src }]', ...extra.map((l) => `    ${l}`)].join('\n');
}

const person = ['  - id: jo-bloggs', '    kind: Person', '    name: Jo Bloggs', '    status: in-force', '    confidence: stated', '    sources: [{ source: src }]'].join('\n');

describe('YAML syntax', () => {
  it('reports a syntax error at its line and does not check the item it is on', async () => {
    const broken = ['entities:', body('board-a'), '    aliases: [unclosed', ''].join('\n');
    const problems = await problemsOf(['entities:', SOURCE_ENTITY, ''].join('\n'), { 'broken.yaml': broken });
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.every((p) => p.code === 'yaml-syntax' && p.file.endsWith('broken.yaml'))).toBe(true);
  });

  it('still counts the ids of a broken file, so links to them are not reported as dangling', async () => {
    const broken = ['entities:', body('board-a'), '    note: "unterminated', ''].join('\n');
    const facts = ['entities:', SOURCE_ENTITY, body('board-b'), 'links:', link('REPORTS_TO', 'board-b', 'board-a'), ''].join('\n');
    const problems = await problemsOf(facts, { 'broken.yaml': broken });
    expect(problems.map((p) => p.code)).toEqual(['yaml-syntax']);
  });

  it('refuses a file whose aliases expand without bound ("billion laughs")', async () => {
    const levels = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (const [name, prev] of [['b', 'a'], ['c', 'b'], ['d', 'c']]) levels.push(`${name}: &${name} [${Array(10).fill(`*${prev}`).join(', ')}]`);
    const problems = await problemsOf(`${levels.join('\n')}\n`);
    expect(problems.map((p) => [p.code, p.file.split('/').pop()])).toEqual([['yaml-syntax', 'facts.yaml']]);
  });

  it('reports duplicate keys in a mapping', async () => {
    const text = ['entities:', SOURCE_ENTITY, '    name: Again', ''].join('\n');
    const problems = await problemsOf(text);
    expect(summary(problems)).toEqual([{ code: 'yaml-syntax', path: '', line: lineOf(text, 'name: Again'), severity: 'error' }]);
  });
});

describe('schema problems', () => {
  it('reports an unknown field at its key, with a suggestion', async () => {
    const text = ['entities:', SOURCE_ENTITY, body('board-a', ['bodytype: board']), ''].join('\n');
    const problems = await problemsOf(text);
    expect(summary(problems)).toEqual([{ code: 'schema', path: 'entities[1].bodytype', line: lineOf(text, 'bodytype:'), severity: 'error' }]);
    expect(problems[0]?.message).toContain('did you mean "bodyType"');
    expect(problems[0]?.column).toBe(5);
  });

  it('reports a bad enum value and a bad date at their values', async () => {
    const text = ['entities:', SOURCE_ENTITY, body('board-a', ['validity: { from: 2012-13-01 }']).replace('bodyType: board', 'bodyType: bord'), ''].join('\n');
    const problems = await problemsOf(text);
    expect(summary(problems)).toEqual([
      { code: 'schema', path: 'entities[1].bodyType', line: lineOf(text, 'bodyType: bord'), severity: 'error' },
      { code: 'schema', path: 'entities[1].validity.from', line: lineOf(text, '2012-13-01'), severity: 'error' },
    ]);
    expect(problems[0]?.message).toContain('did you mean "board"');
    expect(problems[1]?.message).toContain('YYYY-MM-DD');
  });

  it('reports a missing field at the item that lacks it', async () => {
    const text = ['entities:', SOURCE_ENTITY, body('board-a').replace('    status: in-force\n', ''), ''].join('\n');
    const problems = await problemsOf(text);
    expect(summary(problems)).toEqual([{ code: 'schema', path: 'entities[1].status', line: lineOf(text, 'id: board-a'), severity: 'error' }]);
    expect(problems[0]?.message).toBe('missing required field "status"');
  });

  it('reports an item that is not a mapping, and a non-kebab id', async () => {
    const text = ['entities:', SOURCE_ENTITY, '  - just text', body('Board A'), ''].join('\n');
    expect(summary(await problemsOf(text))).toEqual([
      { code: 'schema', path: 'entities[1]', line: lineOf(text, 'just text'), severity: 'error' },
      { code: 'schema', path: 'entities[2].id', line: lineOf(text, 'Board A'), severity: 'error' },
    ]);
  });

  it("reports a meeting item's unknown field and empty title at their keys", async () => {
    const meeting = [
      '  - id: board-a-2020-01-02',
      '    kind: Meeting',
      '    name: Board A, 2 January 2020',
      "    date: '2020-01-02'",
      '    items:',
      "      - { number: '1', title: Apologies, resolution: [Noted] }",
      "      - { number: '2', title: '' }",
      '    status: in-force',
      '    confidence: stated',
      '    sources: [{ source: src }]',
    ].join('\n');
    const text = ['entities:', SOURCE_ENTITY, meeting, ''].join('\n');
    expect(summary(await problemsOf(text))).toEqual([
      { code: 'schema', path: 'entities[1].items[0].resolution', line: lineOf(text, 'resolution: [Noted]'), severity: 'error' },
      { code: 'schema', path: 'entities[1].items[1].title', line: lineOf(text, "title: ''"), severity: 'error' },
    ]);
  });

  it('reports every problem of a link, including bad bounds', async () => {
    const text = ['entities:', SOURCE_ENTITY, body('board-a'), body('board-b'), 'links:', link('REPORT_TO', 'board-a', 'board-b', ['validity: { from: { after: 2014-01-01, by: 2013-01-01 } }']), ''].join('\n');
    expect(summary(await problemsOf(text))).toEqual([
      { code: 'schema', path: 'links[0].kind', line: lineOf(text, 'REPORT_TO'), severity: 'error' },
      { code: 'schema', path: 'links[0].validity.from', line: lineOf(text, 'after: 2014'), severity: 'error' },
    ]);
  });

  it('reports unknown top-level keys of data files and manifests', async () => {
    const text = ['entities:', SOURCE_ENTITY, 'entites: []', ''].join('\n');
    const dir = await temp.folder({ 'dataset.yaml': `${MANIFEST}areas: x\n`, 'facts.yaml': text });
    const { problems } = await loadSeedDirectories([dir]);
    expect(summary(problems)).toEqual([
      { code: 'unknown-key', path: 'areas', line: 3, severity: 'error' },
      { code: 'unknown-key', path: 'entites', line: lineOf(text, 'entites'), severity: 'error' },
    ]);
    expect(problems[0]?.message).toContain('did you mean "area"');
  });

  it('reports a file that is not a mapping, and entities that are not a list', async () => {
    expect(summary(await problemsOf('- a\n- b\n'))).toEqual([{ code: 'schema', path: '', line: 1, severity: 'error' }]);
    expect(summary(await problemsOf('entities: {}\n'))).toEqual([{ code: 'schema', path: 'entities', line: 1, severity: 'error' }]);
  });
});

describe('folders and manifests', () => {
  it('reports a missing folder and a folder without dataset.yaml', async () => {
    const noManifest = await temp.folder({ 'facts.yaml': ['entities:', SOURCE_ENTITY, ''].join('\n') });
    const { problems, data } = await loadSeedDirectories(['/nonexistent/govgraph-seeds', noManifest]);
    expect(problems.map((p) => [p.code, p.file])).toEqual([
      ['missing-directory', '/nonexistent/govgraph-seeds'],
      ['missing-manifest', noManifest],
    ]);
    expect(data.entities.map((e) => e.id)).toEqual(['src']);
  });

  it('reports a dataset loaded twice', async () => {
    const a = await temp.folder({ 'dataset.yaml': MANIFEST });
    const b = await temp.folder({ 'dataset.yaml': MANIFEST });
    const { problems } = await loadSeedDirectories([a, b]);
    expect(problems.map((p) => [p.code, p.path, p.file])).toEqual([['duplicate-id', 'dataset', `${b}/dataset.yaml`]]);
  });
});

describe('duplicate ids', () => {
  it('reports two links of one kind between the same ends (default ids) and explicit link ids', async () => {
    const text = [
      'entities:', SOURCE_ENTITY, body('board-a'), body('board-b'),
      'links:',
      link('REPORTS_TO', 'board-a', 'board-b'),
      link('REPORTS_TO', 'board-a', 'board-b'),
      link('REPORTS_TO', 'board-a', 'board-b', ['key: second']),
      link('LINKS_TO', 'board-a', 'board-b', ['id: shared-id']),
      link('LINKS_TO', 'board-b', 'board-a', ['id: shared-id']),
      '',
    ].join('\n');
    const problems = await problemsOf(text);
    expect(problems.map((p) => [p.code, p.path])).toEqual([
      ['duplicate-id', 'links[1]'],
      ['duplicate-id', 'links[4].id'],
    ]);
    expect(problems[0]?.message).toContain('key');
    expect(problems[1]?.line).toBe(text.split('\n').lastIndexOf('    id: shared-id') + 1);
  });

  it('reports an id reused in another file, at the second use', async () => {
    const other = ['entities:', body('src').replace('kind: Body', 'kind: Body'), ''].join('\n');
    const problems = await problemsOf(['entities:', SOURCE_ENTITY, ''].join('\n'), { 'other.yaml': other });
    expect(problems.map((p) => [p.code, p.path, p.file.split('/').pop()])).toEqual([['duplicate-id', 'entities[0].id', 'other.yaml']]);
  });
});

describe('references', () => {
  it('reports dangling link ends, representing and source citations', async () => {
    const text = [
      'entities:', SOURCE_ENTITY, body('board-a', ['names: [{ name: Old Board, sources: [{ source: old-src }] }]']), person,
      'links:',
      link('SITS_ON', 'jo-bloggs', 'board-b', ['representing: police', 'role: chair']),
      link('SUB_GROUP_OF', 'board-a', 'board-c').replace('source: src', 'source: scr'),
      '',
    ].join('\n');
    const problems = await problemsOf(text);
    expect(problems.map((p) => [p.code, p.path, p.line])).toEqual([
      ['dangling-reference', 'entities[1].names[0].sources[0].source', lineOf(text, 'old-src')],
      ['dangling-reference', 'links[0].to', lineOf(text, 'to: board-b')],
      ['dangling-reference', 'links[0].representing', lineOf(text, 'representing: police')],
      ['dangling-reference', 'links[1].to', lineOf(text, 'to: board-c')],
      ['dangling-reference', 'links[1].sources[0].source', lineOf(text, 'source: scr')],
    ]);
    expect(problems[4]?.message).toContain('did you mean "src"');
  });

  it('reports a citation of something that is not a Source, and representing a Person', async () => {
    const text = [
      'entities:', SOURCE_ENTITY, body('board-a'), person, body('board-b').replace('source: src', 'source: board-a'),
      'links:', link('SITS_ON', 'jo-bloggs', 'board-a', ['representing: jo-bloggs']),
      '',
    ].join('\n');
    expect((await problemsOf(text)).map((p) => [p.code, p.path])).toEqual([
      ['reference-kind', 'entities[3].sources[0].source'],
      ['reference-kind', 'links[0].representing'],
    ]);
  });

  it('does not report references to an entity that failed its schema (one mistake, one problem)', async () => {
    const text = ['entities:', SOURCE_ENTITY, body('board-a', ['colour: red']), body('board-b'), 'links:', link('REPORTS_TO', 'board-b', 'board-a'), ''].join('\n');
    expect((await problemsOf(text)).map((p) => [p.code, p.path])).toEqual([['schema', 'entities[1].colour']]);
  });
});

describe('link endpoint kinds', () => {
  it('reports ends whose kinds LINK_ENDPOINTS does not allow, and self-links', async () => {
    const text = [
      'entities:', SOURCE_ENTITY, body('board-a'), person,
      'links:',
      link('SITS_ON', 'board-a', 'jo-bloggs', ['role: member']),
      link('SUB_GROUP_OF', 'board-a', 'board-a'),
      '',
    ].join('\n');
    const problems = await problemsOf(text);
    expect(problems.map((p) => [p.code, p.path])).toEqual([
      ['endpoint-kind', 'links[0].from'],
      ['endpoint-kind', 'links[0].to'],
      ['self-link', 'links[1].to'],
    ]);
    expect(problems[0]?.message).toContain('Person');
  });
});

describe('date order', () => {
  it('reports entity, name and link validities that end before or on the day they start', async () => {
    const text = [
      'entities:', SOURCE_ENTITY,
      body('board-a', ['validity: { from: 2015-06, to: 2015-05-31 }']),
      body('board-b', ['names: [{ name: B, validity: { from: 2016-01-01, to: 2016-01-01 } }]']),
      body('board-c', ['validity: { from: 2015, to: 2015 }']),
      'links:', link('REPORTS_TO', 'board-b', 'board-c', ['validity: { from: { after: 2017-01-01 }, to: { by: 2016-12-31 } }']),
      '',
    ].join('\n');
    const problems = await problemsOf(text);
    expect(problems.map((p) => [p.code, p.path, p.line])).toEqual([
      ['date-order', 'entities[1].validity.to', lineOf(text, 'to: 2015-05-31')],
      ['date-order', 'entities[2].names[0].validity.to', lineOf(text, 'to: 2016-01-01')],
      ['date-order', 'links[0].validity.to', lineOf(text, 'by: 2016-12-31')],
    ]);
  });
});

describe('missing sources', () => {
  it('requires a source on every non-Source entity and every link, not on Sources', async () => {
    const text = [
      'entities:', SOURCE_ENTITY, body('board-a').replace('[{ source: src }]', '[]'), body('board-b'),
      'links:', link('REPORTS_TO', 'board-a', 'board-b').replace('[{ source: src }]', '[]'),
      '',
    ].join('\n');
    expect((await problemsOf(text)).map((p) => [p.code, p.path])).toEqual([
      ['missing-source', 'entities[1].sources'],
      ['missing-source', 'links[0].sources'],
    ]);
  });
});

describe('link validity against its ends', () => {
  const ends = [body('board-a', ['validity: { from: 2012-06-14, to: 2020-03-31 }']), body('board-b', ['validity: { from: 2010 }'])];

  it('reports a link that certainly starts before, or ends after, one of its ends', async () => {
    const text = [
      'entities:', SOURCE_ENTITY, ...ends,
      'links:',
      link('REPORTS_TO', 'board-a', 'board-b', ['validity: { from: 2011-05, to: 2021 }']),
      '',
    ].join('\n');
    const problems = await problemsOf(text);
    expect(problems.map((p) => [p.code, p.path, p.line])).toEqual([
      ['validity-outside-ends', 'links[0].validity.from', lineOf(text, 'from: 2011-05')],
      ['validity-outside-ends', 'links[0].validity.to', lineOf(text, 'from: 2011-05')],
    ]);
    expect(problems[0]?.message).toContain('board-a');
  });

  it('does not report dates that may fit (fuzzy or open)', async () => {
    const text = [
      'entities:', SOURCE_ENTITY, ...ends,
      'links:',
      link('REPORTS_TO', 'board-a', 'board-b', ['validity: { from: 2012, to: { after: 2019-01-01 } }']),
      link('LINKS_TO', 'board-a', 'board-b', ['validity: { from: 2012-06-14 }']),
      '',
    ].join('\n');
    expect(await problemsOf(text)).toEqual([]);
  });
});

describe('aliases', () => {
  it('warns when one alias (as search compares it) names two entities', async () => {
    const text = ['entities:', SOURCE_ENTITY, body('board-a', ['aliases: [SSCP]']), body('board-b', ['aliases: [Board B, S.S.C.P.]']), ''].join('\n');
    const dir = await temp.folder({ 'dataset.yaml': MANIFEST, 'facts.yaml': text });
    const { problems, data } = await loadSeedDirectories([dir]);
    expect(summary(problems)).toEqual([{ code: 'duplicate-alias', path: 'entities[2].aliases[1]', line: lineOf(text, 'S.S.C.P.'), severity: 'warning' }]);
    expect(data.entities).toHaveLength(3);
  });
});

describe('link fields', () => {
  it('warns about fields on the wrong kind of link and SITS_ON roles outside the vocabulary', async () => {
    const text = [
      'entities:', SOURCE_ENTITY, body('board-a'), body('board-b'), person,
      'links:',
      link('REPORTS_TO', 'board-a', 'board-b', ['membership: statutory']),
      link('SITS_ON', 'jo-bloggs', 'board-a', ['role: chiar']),
      '',
    ].join('\n');
    const problems = await problemsOf(text);
    expect(summary(problems)).toEqual([
      { code: 'link-field', path: 'links[0].membership', line: lineOf(text, 'membership: statutory'), severity: 'warning' },
      { code: 'link-field', path: 'links[1].role', line: lineOf(text, 'role: chiar'), severity: 'warning' },
    ]);
    expect(problems[1]?.message).toContain('did you mean "chair"');
  });
});

describe('dependencies between datasets', () => {
  it('warns once per pair when a dataset refers to one it does not depend on', async () => {
    const national = await temp.folder({
      'dataset.yaml': 'dataset: national\nname: National\n',
      'facts.yaml': ['entities:', SOURCE_ENTITY, body('board-a'), ''].join('\n'),
    });
    const localFacts = ['entities:', body('board-b'), body('board-c'), 'links:', link('REPORTS_TO', 'board-b', 'board-a'), link('REPORTS_TO', 'board-c', 'board-a'), ''].join('\n');
    const local = await temp.folder({ 'dataset.yaml': 'dataset: local\nname: Local\n', 'facts.yaml': localFacts });
    const { problems } = await loadSeedDirectories([national, local]);
    expect(problems.map((p) => [p.code, p.path, p.severity, p.file.startsWith(local)])).toEqual([['undeclared-dependency', 'entities[0].sources[0].source', 'warning', true]]);

    const declared = await temp.folder({ 'dataset.yaml': 'dataset: local\nname: Local\ndependsOn: [national]\n', 'facts.yaml': localFacts });
    expect((await loadSeedDirectories([national, declared])).problems).toEqual([]);
  });
});
