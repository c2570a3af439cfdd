import { writeFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { EXIT, runCli } from '../src/index.js';
import { captureOutput } from './output-capture.js';

const fixtures = fileURLToPath(new URL('../../seeds/test/fixtures/', import.meta.url));
const seeds = ['--seeds', `${fixtures}clean-national`, `${fixtures}clean-local`];

const captured = captureOutput();

function printed(): { data?: any; errors?: { extensions: { code: string } }[] } {
  return JSON.parse(captured.stdout.join(''));
}

describe('govgraph query', () => {
  it('runs an operation in-process and prints the JSON result', async () => {
    expect(await runCli(['query', '{ oversight(duty: "duty-to-reduce-harm", asOf: "2013-01-01") { entries { body { id } role inherited } } }', ...seeds])).toBe(EXIT.ok);
    expect(printed()).toEqual({ data: { oversight: { entries: [{ body: { id: 'example-partnership' }, role: 'OVERSEES', inherited: false }] } } });
  });

  it('takes variables with --vars and the operation from --file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'govgraph-query-'));
    try {
      const file = join(dir, 'name.graphql');
      await writeFile(file, 'query Name($id: ID!) { entity(id: $id) { name } }');
      expect(await runCli(['query', '--file', file, '--vars', '{"id":"example-asb-group"}', ...seeds])).toBe(EXIT.ok);
      expect(printed()).toEqual({ data: { entity: { name: 'Anti-social Behaviour Group' } } });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('answers as of --as-of: as $asOf and for every omitted asOf', async () => {
    const query = 'query ($asOf: Date) { entity(id: "example-asb-group") { declared: nameAsOf(asOf: $asOf) omitted: nameAsOf } }';
    expect(await runCli(['query', query, '--as-of', '2013-01-01', ...seeds])).toBe(EXIT.ok);
    expect(printed()).toEqual({ data: { entity: { declared: 'ASB Task Group', omitted: 'ASB Task Group' } } });
  });

  it('lets --vars override the $asOf that --as-of sets', async () => {
    const query = 'query ($asOf: Date) { entity(id: "example-asb-group") { declared: nameAsOf(asOf: $asOf) omitted: nameAsOf } }';
    expect(await runCli(['query', query, '--as-of', '2013-01-01', '--vars', '{"asOf":"2015-01-01"}', ...seeds])).toBe(EXIT.ok);
    expect(printed()).toEqual({ data: { entity: { declared: 'Anti-social Behaviour Group', omitted: 'ASB Task Group' } } });
  });

  it('prints the errors and exits 1 when the result has errors', async () => {
    expect(await runCli(['query', '{ oversight(duty: "nope") { asOf } }', ...seeds])).toBe(EXIT.problems);
    expect(printed().errors?.map((e) => e.extensions.code)).toEqual(['NOT_FOUND']);
  });

  it('rejects bad command lines as usage errors', async () => {
    expect(await runCli(['query', ...seeds])).toBe(EXIT.usage);
    expect(await runCli(['query', '{ entity(id: "x") { id } }', '--vars', '[1]', ...seeds])).toBe(EXIT.usage);
    expect(await runCli(['query', '{ entity(id: "x") { id } }', '--vars', '{nope', ...seeds])).toBe(EXIT.usage);
    expect(await runCli(['query', '{ entity(id: "x") { id } }', '--as-of', '2022-02-30', ...seeds])).toBe(EXIT.usage);
    expect(await runCli(['query', '{ entity(id: "x") { id } }', '--file', '/nonexistent/q.graphql', ...seeds])).toBe(EXIT.usage);
    expect(captured.stdout).toEqual([]);
    expect(captured.stderr.join('')).toContain('--as-of');
  });
});
