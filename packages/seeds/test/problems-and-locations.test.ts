import { isAbsolute, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SEED_PROBLEM_CODES, defaultSeedDirectories, formatSeedProblems, hasSeedErrors, type SeedProblem } from '@govgraph/seeds';

const problem = (over: Partial<SeedProblem>): SeedProblem => ({
  file: '/repo/seeds/sefton/bodies.yaml',
  line: 12,
  column: 7,
  path: 'entities[3].validity.from',
  code: 'schema',
  message: 'expected a date',
  severity: 'error',
  ...over,
});

describe('formatSeedProblems', () => {
  it('prints one line per problem, file relative to the working directory', () => {
    const text = formatSeedProblems(
      [problem({}), problem({ path: '', code: 'yaml-syntax', line: 1, column: 1 }), problem({ severity: 'warning', code: 'duplicate-alias', message: 'alias clash' })],
      '/repo',
    );
    expect(text.split('\n')).toEqual([
      'seeds/sefton/bodies.yaml:12:7  entities[3].validity.from  expected a date  [schema]',
      'seeds/sefton/bodies.yaml:1:1  -  expected a date  [yaml-syntax]',
      'seeds/sefton/bodies.yaml:12:7  entities[3].validity.from  warning: alias clash  [duplicate-alias]',
    ]);
  });

  it('tells errors from warnings', () => {
    expect(hasSeedErrors([problem({ severity: 'warning' })])).toBe(false);
    expect(hasSeedErrors([problem({ severity: 'warning' }), problem({})])).toBe(true);
    expect(new Set(SEED_PROBLEM_CODES).size).toBe(SEED_PROBLEM_CODES.length);
  });
});

describe('defaultSeedDirectories', () => {
  it("names the repository's seeds/reference and seeds/sefton whatever the working directory", () => {
    const cwd = process.cwd();
    try {
      process.chdir('/');
      const dirs = defaultSeedDirectories();
      expect(dirs.every(isAbsolute)).toBe(true);
      expect(dirs.map((d) => d.split('/').slice(-2).join('/'))).toEqual(['seeds/reference', 'seeds/sefton']);
      const root = join(dirs[0]!, '..', '..');
      expect(join(root, 'packages', 'seeds')).toBe(join(import.meta.dirname, '..'));
    } finally {
      process.chdir(cwd);
    }
  });
});
