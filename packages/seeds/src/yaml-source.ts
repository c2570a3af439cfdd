/**
 * A parsed seed file that remembers where every node came from, so problems found long after
 * parsing (a dangling reference, a duplicate id in another file) still point at a line and column.
 */
import { LineCounter, isMap, isPair, isScalar, isSeq, parseDocument, type Document, type Node } from 'yaml';
import type { PathSegment } from '@govgraph/core';
import type { SeedProblem, SeedProblemCode, SeedProblemSeverity } from './problems.js';

/** Field paths are core's, so seed problems and every other problem write them alike. */
export { formatPath, type PathSegment } from '@govgraph/core';

/** The lines (1-based, inclusive) a syntax error spans. */
interface LineSpan {
  first: number;
  last: number;
}

/**
 * A YAML file whose syntax tree is built again only when a problem in it needs locating: holding
 * the trees of a national-scale seed would cost gigabytes, and a clean file never needs them. A
 * file with syntax errors keeps its tree (such files are few) to tell the items an error touches,
 * whose recovered content means little, from the rest, which is checked as usual.
 */
export class SeedFile {
  private tree: { document: Document.Parsed; lineCounter: LineCounter } | undefined;
  private words: Set<string> | undefined;

  constructor(
    /** Absolute path. */
    readonly file: string,
    private readonly text: string,
    /** True when the parser reported errors: the content is a best-effort recovery. */
    readonly hasSyntaxErrors: boolean,
    /** The lines each syntax error spans (empty for a clean file). */
    private readonly errorLines: readonly LineSpan[] = [],
    /** The parsed tree, kept for a broken file. */
    tree?: { document: Document.Parsed; lineCounter: LineCounter },
    /** True when nothing of the file could be recovered (its value is unknown). */
    readonly unrecoverable = false,
  ) {
    this.tree = tree;
  }

  /** The syntax tree and line index (parsed on first use, then kept). */
  syntaxTree(): { document: Document.Parsed; lineCounter: LineCounter } {
    this.tree ??= parseWithPositions(this.text);
    return this.tree;
  }

  /**
   * True when the node at `path` shares a line with a syntax error: what the parser recovered
   * there is a guess, so it is not checked (its id still counts). Always false in a clean file.
   */
  isDamaged(path: readonly PathSegment[]): boolean {
    if (this.unrecoverable) return true;
    if (this.errorLines.length === 0) return false;
    const node = nodeAt(this.syntaxTree().document, path);
    const range = (node as Node | undefined)?.range;
    if (!range) return true;
    return this.spanTouchesError(this.syntaxTree().lineCounter.linePos(range[0]).line, this.syntaxTree().lineCounter.linePos(range[1]).line);
  }

  /** True when a 1-based line lies on a syntax error's lines (a problem located there is the error's echo). */
  isOnErrorLine(line: number): boolean {
    return this.spanTouchesError(line, line);
  }

  /**
   * True when `id` occurs as a word of the file's text: a broken file may define it in the part
   * the parser could not read, so a reference to it elsewhere is a consequence of the error.
   */
  mayDefine(id: string): boolean {
    if (!this.hasSyntaxErrors) return false;
    this.words ??= new Set(this.text.match(/[A-Za-z0-9][A-Za-z0-9_-]*/g) ?? []);
    return this.words.has(id);
  }

  private spanTouchesError(first: number, last: number): boolean {
    return this.errorLines.some((e) => first <= e.last && e.first <= last);
  }
}

function parseWithPositions(text: string): { document: Document.Parsed; lineCounter: LineCounter } {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: true, uniqueKeys: true });
  return { document, lineCounter };
}

function nodeAt(document: Document.Parsed, path: readonly PathSegment[]): unknown {
  let node: unknown = document.contents;
  for (const segment of path) {
    if (isSeq(node) && typeof segment === 'number') node = node.items[segment];
    else if (isMap(node)) node = node.items.find((p) => isPair(p) && scalarKey(p.key) === String(segment))?.value;
    else return undefined;
  }
  return node;
}

/**
 * Parses YAML text, returning the file, its plain value (maps as objects, lists as arrays) and its
 * syntax problems (errors and parser warnings).
 */
export function parseSeedFile(file: string, text: string): { seedFile: SeedFile; value: unknown; problems: SeedProblem[] } {
  const tree = parseWithPositions(text);
  const { document, lineCounter } = tree;
  const problems: SeedProblem[] = [];
  const fromYamlError = (e: (typeof document.errors)[number], code: SeedProblemCode, severity: SeedProblemSeverity): SeedProblem => {
    const pos = e.linePos?.[0] ?? lineCounter.linePos(e.pos[0]);
    return { file, line: pos.line, column: pos.col, path: '', code, message: firstLine(e.message), severity };
  };
  for (const e of document.errors) problems.push(fromYamlError(e, 'yaml-syntax', 'error'));
  for (const w of document.warnings) problems.push(fromYamlError(w, 'yaml-warning', 'warning'));
  const errorLines = document.errors.map((e) => ({ first: lineCounter.linePos(e.pos[0]).line, last: lineCounter.linePos(Math.max(e.pos[0], e.pos[1] - 1)).line }));
  let value: unknown;
  try {
    value = document.toJS(); // at most 100 alias expansions: a "billion laughs" file fails here
  } catch (error) {
    const start = document.contents?.range?.[0] ?? 0;
    const pos = lineCounter.linePos(start);
    problems.push({ file, line: pos.line, column: pos.col, path: '', code: 'yaml-syntax', message: (error as Error).message, severity: 'error' });
    return { seedFile: new SeedFile(file, text, true, errorLines, undefined, true), value: undefined, problems };
  }
  const broken = document.errors.length > 0;
  return { seedFile: broken ? new SeedFile(file, text, true, errorLines, tree) : new SeedFile(file, text, false), value, problems };
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
