/**
 * Unit checks of fetching without a network: a filled cache is reused without running Maven, and a
 * machine without Java or Maven gets an error saying what to install.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkTools, DEFAULT_NEO4J_VERSION_RANGE, ensureNeo4jJars, findFreePort, MissingToolError } from '@govgraph/neo4j-local';

describe('neo4j-local without services', () => {
  const savedPath = process.env.PATH;
  const made: string[] = [];
  afterEach(async () => {
    process.env.PATH = savedPath;
    for (const dir of made.splice(0)) await rm(dir, { recursive: true, force: true });
  });

  it('reuses a filled cache without running Maven', async () => {
    const cacheDir = await mkdtemp(join(tmpdir(), 'govgraph-cache-'));
    made.push(cacheDir);
    const libDir = join(cacheDir, 'neo4j-5.26.99', 'lib');
    await mkdir(libDir, { recursive: true });
    const marker = join(cacheDir, `${DEFAULT_NEO4J_VERSION_RANGE.replace(/[^A-Za-z0-9.-]+/g, '_')}.json`);
    await writeFile(marker, JSON.stringify({ version: '5.26.99', libDir }));
    process.env.PATH = ''; // Maven could not run even if it were needed
    const logs: string[] = [];
    expect(await ensureNeo4jJars({ cacheDir, version: DEFAULT_NEO4J_VERSION_RANGE, log: (m) => logs.push(m) })).toEqual({ version: '5.26.99', libDir });
    expect(logs).toEqual([]);
  });

  it('says what to install when Java and Maven are missing', () => {
    process.env.PATH = '';
    let error: unknown;
    try {
      checkTools({ maven: true });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(MissingToolError);
    expect((error as Error).message).toMatch(/Java 17/);
    expect((error as Error).message).toMatch(/Maven/);
  });

  it('finds a free local port', async () => {
    const port = await findFreePort();
    expect(port).toBeGreaterThan(0);
    expect(port).toBeLessThan(65536);
  });
});
