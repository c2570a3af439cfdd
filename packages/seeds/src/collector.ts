/**
 * Collects problems as the loader and the checks find them, locating each against the YAML node
 * it is about only when it is reported (locating is cheap, but a clean seed never pays for it).
 */
import { relative } from 'node:path';
import type { SeedProblem, SeedProblemCode, SeedProblemSeverity } from './problems.js';
import { formatPath, locate, type PathSegment, type SeedFile } from './yaml-source.js';

/** Where a fact was written: its file and the path of its node (e.g. `['links', 12]`). */
export interface SeedOrigin {
  seedFile: SeedFile;
  path: PathSegment[];
}

/** Accumulates {@link SeedProblem}s. */
export class ProblemCollector {
  readonly problems: SeedProblem[] = [];

  /** Reports a problem at `origin` plus `subPath` (a missing field falls back to its nearest parent). */
  at(
    origin: SeedOrigin,
    subPath: readonly PathSegment[],
    code: SeedProblemCode,
    message: string,
    options: { severity?: SeedProblemSeverity; atKey?: boolean } = {},
  ): void {
    const path = [...origin.path, ...subPath];
    const { line, column } = locate(origin.seedFile, path, { atKey: options.atKey ?? false });
    this.problems.push({ file: origin.seedFile.file, line, column, path: formatPath(path), code, message, severity: options.severity ?? 'error' });
  }

  /** Reports a problem about a whole file or folder (line 1, column 1). */
  atFile(file: string, code: SeedProblemCode, message: string, severity: SeedProblemSeverity = 'error'): void {
    this.problems.push({ file, line: 1, column: 1, path: '', code, message, severity });
  }

  /** Adds problems found elsewhere (e.g. YAML syntax errors). */
  add(problems: readonly SeedProblem[]): void {
    for (const p of problems) this.problems.push(p);
  }
}

/** `file:line:column` of an origin (relative to the working directory), for "first defined at ..." messages. */
export function describeOrigin(origin: SeedOrigin, subPath: readonly PathSegment[] = []): string {
  const { line, column } = locate(origin.seedFile, [...origin.path, ...subPath]);
  return `${relative(process.cwd(), origin.seedFile.file) || origin.seedFile.file}:${line}:${column}`;
}
