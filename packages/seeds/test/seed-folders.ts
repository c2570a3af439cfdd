/** Helpers for seeds tests: write small seed folders to a temporary directory. */
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The fixture folders kept in the repository. */
export const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));

/** A manifest for a throw-away dataset. */
export const MANIFEST = 'dataset: test\nname: Test dataset\n';

/** A Source entity (`src`) plus the start of an `entities:` list, for files that need something to cite. */
export const SOURCE_ENTITY = [
  '  - id: src',
  '    kind: Source',
  '    sourceType: minutes',
  '    name: Minutes',
  '    status: in-force',
  '    confidence: stated',
].join('\n');

/** Creates and removes temporary seed folders. */
export class TempSeeds {
  private readonly roots: string[] = [];

  /** Writes `files` (name -> YAML text) into a new folder and returns its path. */
  async folder(files: Record<string, string>): Promise<string> {
    const root = await mkdtemp(join(tmpdir(), 'govgraph-seeds-'));
    this.roots.push(root);
    const dir = join(root, 'seed');
    await mkdir(dir);
    for (const [name, text] of Object.entries(files)) await writeFile(join(dir, name), text);
    return dir;
  }

  /** Removes every folder written. */
  async cleanUp(): Promise<void> {
    await Promise.all(this.roots.splice(0).map((r) => rm(r, { recursive: true, force: true })));
  }
}

/** The 1-based line of the first line of `text` containing `needle`. */
export function lineOf(text: string, needle: string): number {
  const index = text.split('\n').findIndex((line) => line.includes(needle));
  if (index < 0) throw new Error(`"${needle}" is not in the text`);
  return index + 1;
}
