/**
 * What `govgraph check` reports: one {@link SeedProblem} per mistake, each pointing at the file,
 * line, column and field path of the offending YAML node, so a seed author can fix every mistake
 * in one pass instead of one per run.
 */
import { relative } from 'node:path';
import { compareStrings, FACT_RULE_CODES, TEXT_PROBLEM_CODES } from '@govgraph/core';

/**
 * Every kind of problem the seed checker reports, so tools and tests tell them apart by code:
 * - `yaml-syntax`: the file is not valid YAML (what the parser recovered is checked, except the
 *   items on the error's lines);
 * - `yaml-warning`: the YAML parser warned about something it could still read;
 * - `schema`: a field is missing, unknown or has a wrong value (unknown kind, bad enum, bad date, ...);
 * - `unknown-key`: a top-level key other than `entities`/`links` (or a manifest field that does not exist);
 * - `missing-manifest`: a seed folder has no `dataset.yaml`;
 * - `missing-directory`: a seed folder does not exist or cannot be read;
 * - `unreadable-file`: a YAML file in a seed folder cannot be read (or is a link to nothing);
 * - `file-too-large`: a file over the size limit for one file (it is not read);
 * - `load-too-large`: a file that would take the load over its size limit for all files (it is not read);
 * - `not-a-file`: a `*.yaml` entry that is a folder, pipe, socket or device;
 * - `symlink-outside`: a symbolic link leading outside its seed folder (not followed);
 * - `duplicate-file`: a symbolic link to a file of the same folder, read once only (a warning);
 * - `not-utf8`: bytes that are not UTF-8 (the rest of the file is checked with U+FFFD in their place);
 * - `unchecked-references`: references to ids no file defines that a file with a syntax error, or a
 *   file not read, may define: one warning for them all, at that file (its cause is the error);
 * - `duplicate-id`: an entity, link or dataset id used twice (reported at the second use);
 * - `dangling-reference`: also a `dependsOn` naming a dataset not loaded;
 * - the fact rules' codes, core's `FACT_RULE_CODES` (`dangling-reference`, `reference-kind`,
 *   `date-order`, `missing-source`, `endpoint-kind`, `self-link`, `validity-outside-ends`, and the
 *   warnings `duplicate-alias`, `link-field`, `undeclared-dependency`): see core's `fact-rules.ts`;
 * - the text rules of core's `TEXT_PROBLEM_CODES` (`malformed-unicode`, `control-character`,
 *   `bidi-control`, `invisible-character`, `too-long`, `link-id-mismatch`, `url-scheme`, ...):
 *   text no store may hold.
 */
export const SEED_PROBLEM_CODES = [
  'yaml-syntax',
  'yaml-warning',
  'schema',
  'unknown-key',
  'missing-manifest',
  'missing-directory',
  'unreadable-file',
  'file-too-large',
  'load-too-large',
  'not-a-file',
  'symlink-outside',
  'duplicate-file',
  'not-utf8',
  'unchecked-references',
  'duplicate-id',
  ...FACT_RULE_CODES,
  ...TEXT_PROBLEM_CODES,
] as const;
/** One of {@link SEED_PROBLEM_CODES}. */
export type SeedProblemCode = (typeof SEED_PROBLEM_CODES)[number];

/** Errors stop a seed from loading; warnings are reported but do not. */
export type SeedProblemSeverity = 'error' | 'warning';

/** One mistake in the seed YAML, located precisely enough to jump to it from an editor. */
export interface SeedProblem {
  /** Absolute path of the file (or folder, for folder-level problems). */
  file: string;
  /** 1-based line of the offending node (of its nearest existing parent when the field is missing). */
  line: number;
  /** 1-based column, as {@link SeedProblem.line}. */
  column: number;
  /** Field path inside the file, e.g. `entities[3].validity.from`; empty for the whole file. */
  path: string;
  code: SeedProblemCode;
  message: string;
  severity: SeedProblemSeverity;
}

/** True when any problem is an error (the seed must not be loaded). */
export function hasSeedErrors(problems: readonly SeedProblem[]): boolean {
  return problems.some((p) => p.severity === 'error');
}

/**
 * Formats problems one a line, `file:line:column  path  message  [code]`, with files relative to
 * the working directory (so terminals and editors can open them); warnings say so.
 */
export function formatSeedProblems(problems: readonly SeedProblem[], cwd: string = process.cwd()): string {
  return problems
    .map((p) => {
      const file = relative(cwd, p.file) || p.file;
      const severity = p.severity === 'warning' ? 'warning: ' : '';
      return `${file}:${p.line}:${p.column}  ${p.path || '-'}  ${severity}${p.message}  [${p.code}]`;
    })
    .join('\n');
}

/**
 * Orders problems by file (in `fileOrder`, the order folders and files were loaded; others last, by
 * name), then line, column, code and message, so every run prints the same list. Sorts in place.
 */
export function sortSeedProblems(problems: SeedProblem[], fileOrder: readonly string[]): SeedProblem[] {
  const rank = new Map(fileOrder.map((f, i) => [f, i]));
  const rankOf = (file: string): number => rank.get(file) ?? Number.MAX_SAFE_INTEGER;
  return problems.sort(
    (a, b) =>
      rankOf(a.file) - rankOf(b.file) ||
      compareStrings(a.file, b.file) ||
      a.line - b.line ||
      a.column - b.column ||
      compareStrings(a.code, b.code) ||
      compareStrings(a.message, b.message),
  );
}
