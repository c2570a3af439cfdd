import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isGovgraphError } from '@govgraph/core';
import { checkSeedDirectories, loadSeedDirectories, loadSeedGraph } from '@govgraph/seeds';
import { FIXTURES, lineOf } from './seed-folders.js';

const national = join(FIXTURES, 'clean-national');
const local = join(FIXTURES, 'clean-local');
const fiveMistakes = join(FIXTURES, 'five-mistakes');

describe('loading the clean fixture folders', () => {
  it('loads both datasets without a problem', async () => {
    const result = await loadSeedDirectories([national, local]);
    expect(result.problems).toEqual([]);
    expect(result.datasets.map((d) => [d.dataset, d.dependsOn])).toEqual([
      ['national', []],
      ['local', ['national']],
    ]);
    expect(result.files.map((f) => f.slice(FIXTURES.length))).toEqual([
      'clean-national/dataset.yaml',
      'clean-national/duties.yaml',
      'clean-local/dataset.yaml',
      'clean-local/bodies.yaml',
      'clean-local/links.yaml',
    ]);
  });

  it('returns normalised entities and links sorted by id, with the manifest area applied', async () => {
    const { data } = await loadSeedDirectories([national, local]);
    const ids = data.entities.map((e) => e.id);
    expect(ids).toEqual([...ids].sort());
    expect(ids).toHaveLength(6);
    const byId = new Map(data.entities.map((e) => [e.id, e]));
    expect(byId.get('example-partnership')?.area).toBe('example-town');
    expect(byId.get('duty-to-reduce-harm')?.area).toBeUndefined();
    expect(byId.get('example-partnership')?.attributes).toEqual({ bodyType: 'partnership' });
    // `from: 1998` is read by YAML as a number; it is taken as the year.
    expect(byId.get('duty-to-reduce-harm')?.validity?.from).toEqual({ earliest: '1998-01-01', latest: '1998-12-31', precision: 'year', text: '1998' });
    expect(byId.get('example-asb-group')?.names.map((n) => n.name)).toEqual(['ASB Task Group', 'Anti-social Behaviour Group']);
    expect(data.links.map((l) => l.id)).toEqual([
      'IMPOSED_BY:duty-to-reduce-harm->act-of-example-1998',
      'OVERSEES:example-partnership->duty-to-reduce-harm',
      'SUB_GROUP_OF:example-asb-group->example-partnership',
    ]);
  });

  it('summarises a check', async () => {
    const report = await checkSeedDirectories([national, local]);
    expect(report.ok).toBe(true);
    expect(report.summary).toEqual({ files: 5, datasets: 2, entities: 6, links: 3, errors: 0, warnings: 0 });
  });

  it('reports a dependency that is not loaded, and the references into it', async () => {
    const result = await loadSeedDirectories([local]);
    const manifest = await readFile(join(local, 'dataset.yaml'), 'utf8');
    expect(result.problems.map((p) => [p.code, p.path])).toEqual([
      ['dangling-reference', 'dependsOn[0]'],
      ['dangling-reference', 'links[1].to'],
    ]);
    expect(result.problems[0]?.line).toBe(lineOf(manifest, 'dependsOn'));
  });
});

describe('the five-mistakes fixture', () => {
  it('reports all five planted mistakes, each at its line and field path', async () => {
    const result = await loadSeedDirectories([fiveMistakes]);
    const bodies = await readFile(join(fiveMistakes, 'bodies.yaml'), 'utf8');
    const more = await readFile(join(fiveMistakes, 'more-bodies.yaml'), 'utf8');
    const rows = result.problems.map((p) => ({ file: p.file.slice(fiveMistakes.length + 1), line: p.line, path: p.path, code: p.code, severity: p.severity }));
    expect(rows).toEqual([
      { file: 'bodies.yaml', line: lineOf(bodies, 'to: 2014-12'), path: 'entities[1].validity.to', code: 'date-order', severity: 'error' },
      { file: 'bodies.yaml', line: lineOf(bodies, 'kind: Bodyy'), path: 'entities[2].kind', code: 'schema', severity: 'error' },
      { file: 'bodies.yaml', line: lineOf(bodies, 'sources: []'), path: 'entities[3].sources', code: 'missing-source', severity: 'error' },
      { file: 'more-bodies.yaml', line: lineOf(more, 'id: safety-board'), path: 'entities[0].id', code: 'duplicate-id', severity: 'error' },
      { file: 'more-bodies.yaml', line: lineOf(more, 'to: safety-bord'), path: 'links[0].to', code: 'dangling-reference', severity: 'error' },
    ]);
    // Columns point at the offending value.
    expect(result.problems[1]?.column).toBe(bodies.split('\n')[lineOf(bodies, 'kind: Bodyy') - 1]!.indexOf('Bodyy') + 1);
  });

  it('still returns what was valid, without the duplicate or the invalid entity', async () => {
    const { data } = await loadSeedDirectories([fiveMistakes]);
    expect(data.entities.map((e) => e.id)).toEqual(['drugs-group', 'minutes-2015-03-02', 'safety-board']);
    expect(data.entities.find((e) => e.id === 'safety-board')?.name).toBe('Safety Board');
  });

  it('says which occurrence came first and suggests the id meant', async () => {
    const { problems } = await loadSeedDirectories([fiveMistakes]);
    expect(problems.find((p) => p.code === 'duplicate-id')?.message).toContain('bodies.yaml:8:');
    expect(problems.find((p) => p.code === 'dangling-reference')?.message).toContain('"safety-board"');
    expect(problems.find((p) => p.code === 'schema')?.message).toContain('did you mean "Body"');
  });
});

describe('loadSeedGraph', () => {
  it("gives the folders' graph when they have no errors", async () => {
    expect(await loadSeedGraph([national, local])).toEqual((await loadSeedDirectories([national, local])).data);
  });

  it('throws SEED_INVALID naming every problem with its file and line', async () => {
    const { problems } = await loadSeedDirectories([fiveMistakes]);
    let thrown: unknown;
    try {
      await loadSeedGraph([fiveMistakes]);
    } catch (error) {
      thrown = error;
    }
    expect(isGovgraphError(thrown, 'SEED_INVALID')).toBe(true);
    const message = (thrown as Error).message;
    for (const problem of problems) expect(message).toContain(`${problem.file.slice(FIXTURES.length + 'five-mistakes/'.length)}:${problem.line}`);
  });
});
