/**
 * A parsed seed file that remembers where every node came from, so problems found long after
 * parsing (a dangling reference, a duplicate id in another file) still point at a line and column.
 */
import { LineCounter, isMap, isPair, isScalar, isSeq, parseDocument, type Document, type Node } from 'yaml';
import type { PathSegment } from '@govgraph/core';
import type { SeedProblem, SeedProblemCode, SeedProblemSeverity } from './problems.js';

/** Field paths are core's, so seed problems and every other problem write them alike. */
export { formatPath, type PathSegment } from '@govgraph/core';

/**
 * A YAML file whose syntax tree is built again only when a problem in it needs locating: holding
 * the trees of a national-scale seed would cost gigabytes, and a clean file never needs them.
 */
export class SeedFile {
  private tree: { document: Document.Parsed; lineCounter: LineCounter } | undefined;

  constructor(
    /** Absolute path. */
    readonly file: string,
    private readonly text: string,
    /** True when the parser reported errors: the content is a best-effort recovery. */
    readonly hasSyntaxErrors: boolean,
  ) {}

  /** The syntax tree and line index (parsed on first use, then kept). */
  syntaxTree(): { document: Document.Parsed; lineCounter: LineCounter } {
    this.tree ??= parseWithPositions(this.text);
    return this.tree;
  }
}

function parseWithPositions(text: string): { document: Document.Parsed; lineCounter: LineCounter } {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: true, uniqueKeys: true });
  return { document, lineCounter };
}

/**
 * Parses YAML text, returning the file, its plain value (maps as objects, lists as arrays) and its
 * syntax problems (errors and parser warnings).
 */
export function parseSeedFile(file: string, text: string): { seedFile: SeedFile; value: unknown; problems: SeedProblem[] } {
  const { document, lineCounter } = parseWithPositions(text);
  const problems: SeedProblem[] = [];
  const fromYamlError = (e: (typeof document.errors)[number], code: SeedProblemCode, severity: SeedProblemSeverity): SeedProblem => {
    const pos = e.linePos?.[0] ?? lineCounter.linePos(e.pos[0]);
    return { file, line: pos.line, column: pos.col, path: '', code, message: firstLine(e.message), severity };
  };
  for (const e of document.errors) problems.push(fromYamlError(e, 'yaml-syntax', 'error'));
  for (const w of document.warnings) problems.push(fromYamlError(w, 'yaml-warning', 'warning'));
  let value: unknown;
  try {
    value = document.toJS(); // at most 100 alias expansions: a "billion laughs" file fails here
  } catch (error) {
    const start = document.contents?.range?.[0] ?? 0;
    const pos = lineCounter.linePos(start);
    problems.push({ file, line: pos.line, column: pos.col, path: '', code: 'yaml-syntax', message: (error as Error).message, severity: 'error' });
    return { seedFile: new SeedFile(file, text, true), value: undefined, problems };
  }
  return { seedFile: new SeedFile(file, text, document.errors.length > 0), value, problems };
}

function firstLine(message: string): string {
  const line = message.split('\n')[0] ?? message;
  // prettyErrors appends " at line L, column C:"; the position is reported separately.
  return line.replace(/ at line \d+, column \d+:?$/, '');
}

/**
 * The 1-based line and column of the node at `path`, or of its nearest existing parent when the
 * path runs past what the file holds (a missing field is reported where it should have been).
 * With `atKey`, a mapping entry is located at its key (used for unknown fields).
 */
export function locate(seedFile: SeedFile, path: readonly PathSegment[], options: { atKey?: boolean } = {}): { line: number; column: number } {
  const { document, lineCounter } = seedFile.syntaxTree();
  let node: unknown = document.contents;
  let offset = rangeStart(node) ?? 0;
  for (let i = 0; i < path.length; i++) {
    const segment = path[i];
    const last = i === path.length - 1;
    let next: unknown;
    if (isSeq(node) && typeof segment === 'number') {
      next = node.items[segment];
    } else if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && scalarKey(p.key) === String(segment));
      if (pair) {
        const keyStart = rangeStart(pair.key);
        if ((last && options.atKey) || pair.value === null || pair.value === undefined) {
          if (keyStart !== undefined) offset = keyStart;
          break;
        }
        next = pair.value;
      }
    }
    const start = rangeStart(next);
    if (start === undefined) break;
    node = next;
    offset = start;
  }
  const pos = lineCounter.linePos(offset);
  return { line: pos.line, column: pos.col };
}

function scalarKey(key: unknown): string | undefined {
  if (isScalar(key)) return String(key.value);
  return typeof key === 'string' ? key : undefined;
}

function rangeStart(node: unknown): number | undefined {
  const range = (node as Node | null | undefined)?.range;
  return range ? range[0] : undefined;
}
