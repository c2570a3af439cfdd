/**
 * govgraph installed as packages, with no checkout: every publishable package is built, packed with
 * `pnpm pack` (so `workspace:*` becomes a version, `files` and `prepack` decide what ships) and
 * installed with npm into a scratch project under the system's temporary folder. There the
 * `govgraph` bin checks and serves the shipped data, and a plain Node ESM script embeds the library;
 * their answers must equal the checkout's. npm fetches the third-party dependencies from the
 * registry (`--prefer-offline` reuses its cache) and runs no install scripts.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMemoryStore } from '@govgraph/store-memory';
import { defaultSeedDirectories, loadSeedDirectories } from '@govgraph/seeds';

const workspace = fileURLToPath(new URL('..', import.meta.url));
/** Each command below starts Node on the installed packages; a loaded machine needs more than the default 20 s. */
const COMMAND_TIMEOUT = 120_000;
const PREVENT_QUERY = '{ oversight(duty: "prevent", asOf: "2022-09-08") { entries { body { name } role inherited } } }';

/** The workspace packages meant for publishing (not `private`), by name and folder. */
function publishablePackages(): { name: string; dir: string }[] {
  const packagesDir = join(workspace, 'packages');
  return readdirSync(packagesDir)
    .filter((dir) => existsSync(join(packagesDir, dir, 'package.json')))
    .map((dir) => ({ dir: join(packagesDir, dir), manifest: JSON.parse(readFileSync(join(packagesDir, dir, 'package.json'), 'utf8')) as { name: string; private?: boolean } }))
    .filter(({ manifest }) => manifest.private !== true)
    .map(({ dir, manifest }) => ({ name: manifest.name, dir }));
}

/** The environment for a child outside the workspace: no pnpm script variables (npm_config_*, INIT_CWD) and no inherited Node flags. */
function outsideEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^(npm_|pnpm_|INIT_CWD$|NODE_OPTIONS$|VITEST)/i.test(key)));
  return { ...env, ...extra };
}

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a command to its end and collects its output. */
function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = outsideEnv()): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** Runs a command and fails the test with its output when it does not exit 0. */
async function runOk(command: string, args: string[], cwd: string, env?: NodeJS.ProcessEnv): Promise<Run> {
  const result = await run(command, args, cwd, env);
  if (result.code !== 0) throw new Error(`${command} ${args.join(' ')} exited ${result.code}\n${result.stdout}\n${result.stderr}`);
  return result;
}

/** Starts `govgraph serve` on a free port (0: the system picks one) and resolves to its GraphQL URL, from what it prints. */
function startServer(bin: string, cwd: string): Promise<{ child: ChildProcess; graphqlUrl: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, 'serve', '--port', '0'], { cwd, env: outsideEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const url = /govgraph GraphQL API: (http:\/\/\S+\/graphql)/.exec(stdout)?.[1];
      if (url) resolve({ child, graphqlUrl: url });
    });
    child.on('error', reject);
    child.on('exit', (code) => reject(new Error(`govgraph serve exited ${code} before listening\n${stdout}\n${stderr}`)));
  });
}

/** Stops a server started here and waits until it has gone. */
async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}

/** The checkout's own answer (from the sources), which the installed packages must give too. */
async function checkoutPreventAnswer(): Promise<unknown> {
  const seeds = await loadSeedDirectories(defaultSeedDirectories());
  const store = createMemoryStore();
  await store.replaceAll(seeds.data);
  const oversight = await store.oversight('prevent', { asOf: '2022-09-08' });
  await store.close();
  return oversight?.entries.map((entry) => ({ body: { name: entry.body.name }, role: entry.role, inherited: entry.inherited }));
}

const EMBEDDING_SCRIPT = `// A program that embeds govgraph: only the installed packages, no workspace, no TypeScript.
import { createMemoryStore } from '@govgraph/store-memory';
import { defaultSeedDirectories, loadSeedGraph } from '@govgraph/seeds';

const store = createMemoryStore();
await store.replaceAll(await loadSeedGraph());
const prevent = await store.oversight('prevent', { asOf: '2022-09-08' });
await store.close();
console.log(JSON.stringify({
  seedDirectories: defaultSeedDirectories(),
  entries: prevent.entries.map((entry) => ({ body: { name: entry.body.name }, role: entry.role, inherited: entry.inherited })),
}));
`;

describe('govgraph installed from packed tarballs, outside the workspace', () => {
  let scratch = '';
  let bin = '';
  const packages = publishablePackages();

  beforeAll(async () => {
    scratch = realpathSync(mkdtempSync(join(tmpdir(), 'govgraph-install-'))); // real: the CLI and Node name files by their real paths
    // Inside the checkout, Node would find the workspace's node_modules and hide a missing dependency.
    if (!relative(realpathSync(workspace), scratch).startsWith('..')) throw new Error(`the temporary folder ${scratch} is inside the workspace; set TMPDIR elsewhere`);
    const tarballs = join(scratch, 'tarballs');
    const project = join(scratch, 'project');
    await runOk('pnpm', ['--silent', 'build'], workspace, { ...process.env });
    await runOk('pnpm', ['-r', ...packages.flatMap(({ name }) => ['--filter', name]), 'pack', '--pack-destination', tarballs], workspace, { ...process.env });
    const files = readdirSync(tarballs);
    const dependencies = Object.fromEntries(
      packages.map(({ name }) => {
        const file = files.find((f) => f === `${name.replace('@', '').replace('/', '-')}-0.1.0.tgz`);
        if (!file) throw new Error(`pnpm pack made no tarball for ${name} (made: ${files.join(', ')})`);
        return [name, `file:${join(tarballs, file)}`];
      }),
    );
    // The overrides make npm take every @govgraph/* dependency between the packages from these tarballs too.
    mkdirSync(project);
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'govgraph-scratch', private: true, type: 'module', dependencies, overrides: dependencies }, null, 2));
    writeFileSync(join(project, 'ask-oversight.mjs'), EMBEDDING_SCRIPT);
    await runOk('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=error'], project);
    bin = join(project, 'node_modules', '.bin', 'govgraph');
  }, 900_000);

  afterAll(async () => {
    if (scratch) await rm(scratch, { recursive: true, force: true }); // some 300 MB of node_modules
  }, 300_000);

  const project = (): string => join(scratch, 'project');

  it('builds every publishable package as a project of `pnpm build` (tsconfig.build.json references)', () => {
    const root = JSON.parse(readFileSync(join(workspace, 'tsconfig.build.json'), 'utf8')) as { references: { path: string }[] };
    const built = new Set(root.references.map((reference) => join(workspace, reference.path)));
    expect(packages.filter(({ dir }) => !built.has(join(dir, 'tsconfig.build.json'))).map(({ name }) => name)).toEqual([]);
  });

  it('installs every publishable package with its declarations and no workspace: versions left', () => {
    expect(packages.length).toBeGreaterThanOrEqual(10);
    for (const { name } of packages) {
      const installed = join(project(), 'node_modules', name);
      const manifest = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8')) as { exports: { '.': { types: string; default: string } }; dependencies?: Record<string, string> };
      expect({ name, js: existsSync(join(installed, manifest.exports['.'].default)), types: existsSync(join(installed, manifest.exports['.'].types)) }).toEqual({ name, js: true, types: true });
      expect(Object.values(manifest.dependencies ?? {}).filter((version) => version.startsWith('workspace:'))).toEqual([]);
    }
    expect(existsSync(join(project(), 'node_modules', '@govgraph', 'graphql', 'dist', 'schema', 'core.graphql'))).toBe(true);
  });

  it('govgraph --help lists the commands and the exit codes', { timeout: COMMAND_TIMEOUT }, async () => {
    const result = await runOk(bin, ['--help'], project());
    expect(result.stdout).toMatch(/^Usage: govgraph /);
    for (const command of ['check', 'serve', 'query', 'diagram', 'export']) expect(result.stdout).toMatch(new RegExp(`^  ${command}\\b`, 'm'));
    expect(result.stdout).toContain('Exit codes: 0 ok');
  });

  it('govgraph exits 0 quietly when the reader of its output has gone (govgraph export --help | head -1)', { timeout: COMMAND_TIMEOUT }, async () => {
    const result = await new Promise<{ code: number | null; stderr: string }>((resolve, reject) => {
      const child = spawn(bin, ['export', '--help'], { cwd: project(), env: outsideEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
      child.stdout.destroy();
      let stderr = '';
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      child.on('error', reject);
      child.on('close', (code) => resolve({ code, stderr }));
    });
    expect(result).toEqual({ code: 0, stderr: '' });
  });

  it('govgraph check checks the shipped reference layer and Sefton dataset, and folders named relative to where it runs', { timeout: COMMAND_TIMEOUT }, async () => {
    const whole = await runOk(bin, ['check'], project());
    expect(whole.stdout).toMatch(/^\d+ files, 2 datasets: \d+ entities, \d+ links; 0 errors, \d+ warnings\n$/);
    const named = await runOk(bin, ['check', 'node_modules/@govgraph/data/seeds/reference', 'node_modules/@govgraph/data/seeds/sefton'], project());
    expect(named.stdout).toBe(whole.stdout);
    const missing = await run(bin, ['check', 'no-such-folder'], project());
    expect(missing.code).toBe(1);
    expect(missing.stdout).toContain(`seed folder ${join(project(), 'no-such-folder')} does not exist`);
    expect(missing.stdout + missing.stderr).not.toMatch(/^\s+at /m);
  });

  it('govgraph serve answers who oversees Prevent over HTTP, as the checkout does', { timeout: COMMAND_TIMEOUT }, async () => {
    const { child, graphqlUrl } = await startServer(bin, project());
    try {
      const response = await fetch(graphqlUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: PREVENT_QUERY }) });
      expect(response.status).toBe(200);
      const body = (await response.json()) as { data?: { oversight: { entries: unknown[] } }; errors?: unknown };
      expect(body.errors).toBeUndefined();
      expect(body.data?.oversight.entries).toContainEqual({ body: { name: 'Safer Sefton Together' }, role: 'OVERSEES', inherited: false });
      expect(body.data?.oversight.entries).toEqual(await checkoutPreventAnswer());
    } finally {
      await stop(child);
    }
  });

  it('govgraph diagram draws SVG with the installed Graphviz (laid out in its worker thread) and exits', { timeout: COMMAND_TIMEOUT }, async () => {
    const result = await runOk(bin, ['diagram', '--focus', 'safer-sefton-together', '--preset', 'board', '--as-of', '2022-09-08', '--format', 'svg', '--out', 'board.svg'], project());
    expect(result.stderr).toContain(`wrote svg diagram to ${join(project(), 'board.svg')}`);
    const svg = readFileSync(join(project(), 'board.svg'), 'utf8');
    expect(svg).toMatch(/^<\?xml[\s\S]*<svg[\s\S]*Safer Sefton Together[\s\S]*<\/svg>\s*$/);
  });

  it('a plain Node ESM script imports the library and asks oversight from the installed data package', { timeout: COMMAND_TIMEOUT }, async () => {
    const result = await runOk(process.execPath, ['ask-oversight.mjs'], project());
    const answer = JSON.parse(result.stdout) as { seedDirectories: string[]; entries: unknown[] };
    expect(answer.seedDirectories.map((dir) => relative(project(), dir))).toEqual([
      join('node_modules', '@govgraph', 'data', 'seeds', 'reference'),
      join('node_modules', '@govgraph', 'data', 'seeds', 'sefton'),
    ]);
    expect(answer.entries).toContainEqual({ body: { name: 'Prevent sub-group' }, role: 'DELIVERS', inherited: false });
    expect(answer.entries).toEqual(await checkoutPreventAnswer());
  });
});
