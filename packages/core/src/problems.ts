/**
 * The one shape every "what is wrong with this input" takes in govgraph, whoever finds it: a store
 * refusing a write, `govgraph check` reading seeds, an edit, a GraphQL mutation. Each problem says
 * where (a field path of the input), what (a code tools and tests tell apart) and why (a message
 * for people); an INVALID_INPUT error carries every one of them in `details.problems`, so a caller
 * fixes everything in one pass.
 */
import { GovgraphError } from './errors.js';

/** One step of a field path: a mapping key or a list index. */
export type PathSegment = string | number;

/** Renders a field path as problems write it: `entities[3].validity.from`. */
export function formatPath(path: readonly PathSegment[]): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else out += out === '' ? segment : `.${segment}`;
  }
  return out;
}

/** One thing wrong with some input; `details.problems` of an INVALID_INPUT error is a list of these. */
export interface Problem {
  /** Field path inside the input, e.g. `upsertLinks[2].to` or `entity.validity.from`; empty for the input as a whole. */
  path: string;
  /** What kind of problem, e.g. `dangling-reference` (see {@link WRITE_PROBLEM_CODES} and the fact rules' codes). */
  code: string;
  /** What is wrong and how to put it right, for people; never compared by programs. */
  message: string;
}

/** Errors refuse the input; warnings (from the fact rules) are reported and let a seed load. */
export type ProblemSeverity = 'error' | 'warning';

/** Options of {@link ProblemList}. */
export interface ProblemListOptions {
  /**
   * Most problems kept (and so put in `details.problems`); the rest are only counted, in
   * `details.problemCount`. A store checking a national graph keeps 20; an edit keeps all.
   */
  keep?: number | undefined;
}

/**
 * Collects problems as a check finds them, then throws them all at once as one INVALID_INPUT error
 * whose message names the first and counts the rest.
 */
export class ProblemList {
  /** The problems kept, in the order found. */
  readonly list: Problem[] = [];
  /** Every problem found, including those past the `keep` limit. */
  count = 0;
  private readonly keep: number;

  constructor(options: ProblemListOptions = {}) {
    this.keep = options.keep ?? Number.POSITIVE_INFINITY;
  }

  /** Records a problem at `path` (a field path or its rendered form). */
  add(path: string | readonly PathSegment[], code: string, message: string): void {
    this.count++;
    if (this.list.length < this.keep) this.list.push({ path: typeof path === 'string' ? path : formatPath(path), code, message });
  }

  /** Records problems another check found, each path mapped (e.g. to where a caller's input has the field). */
  addAll(problems: readonly Problem[], mapPath: (path: string) => string = (path) => path): void {
    for (const p of problems) this.add(mapPath(p.path), p.code, p.message);
  }

  /** Throws INVALID_INPUT with every problem when there is any; `what` says what was refused. */
  throwIfAny(what: string): void {
    if (this.count === 0) return;
    throw invalidInput(what, this.list, this.count);
  }
}

/**
 * The INVALID_INPUT error for `problems` (at least one): the message is `what`, the first problem
 * (with its path) and how many more; `details.problems` lists them, `details.problemCount` counts
 * all of them (more than listed when a check stopped keeping them).
 */
export function invalidInput(what: string, problems: readonly Problem[], count: number = problems.length): GovgraphError {
  const first = problems[0];
  const others = count - 1;
  const more = others > 0 ? ` (and ${others} more problem${others === 1 ? '' : 's'})` : '';
  const detail = first ? `${first.path ? `${first.path}: ` : ''}${first.message}` : 'invalid input';
  return new GovgraphError('INVALID_INPUT', `${what}: ${detail}${more}`, { problems: [...problems], problemCount: count });
}
