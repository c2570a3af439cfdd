import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiKeyFile } from '@govgraph/editing';
import { EXIT, runCli } from '../src/index.js';
import { captureOutput } from './output-capture.js';

const captured = captureOutput();
const fixtures = fileURLToPath(new URL('../../seeds/test/fixtures/', import.meta.url));
const seeds = ['--seeds', `${fixtures}clean-national`, `${fixtures}clean-local`];

async function waitForUrl(): Promise<string> {
  for (let i = 0; i < 200; i++) {
    const match = /GraphQL API: (http:\/\/\S+\/graphql)/.exec(captured.stdout.join(''));
    if (match?.[1]) return match[1];
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`the server printed no URL: ${captured.stdout.join('')}`);
}
let folder: string;
let keysFile: string;

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'govgraph-keys-cli-'));
  keysFile = join(folder, '.govgraph', 'keys.json');
});

afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('govgraph keys', () => {
  it('add prints the key once and stores only its hash in a 0600 file', async () => {
    expect(await runCli(['keys', 'add', '--name', 'ed-editor', '--role', 'editor', '--keys-file', keysFile])).toBe(EXIT.ok);
    const key = /^ {2}(ggk_\S+)$/m.exec(captured.stdout.join(''))?.[1];
    expect(key).toMatch(/^ggk_[0-9a-f]{16}_/);
    const text = await readFile(keysFile, 'utf8');
    expect(text).not.toContain(key!.slice(21));
    expect((await stat(keysFile)).mode & 0o777).toBe(0o600);
    expect(await (await ApiKeyFile.open(keysFile)).authenticate(key!)).toMatchObject({ name: 'ed-editor', role: 'editor' });
  });

  it('list shows id, role, created and name but never a key', async () => {
    expect(await runCli(['keys', 'list', '--keys-file', keysFile])).toBe(EXIT.ok);
    const lines = captured.stdout.join('').trimEnd().split('\n');
    expect(lines[0]).toMatch(/^ID +ROLE +CREATED +NAME$/);
    expect(lines[1]).toMatch(/^[0-9a-f]{16} {2}editor +\S+ {2}ed-editor$/);
    expect(captured.stdout.join('')).not.toContain('ggk_');
  });

  it('revoke removes a key; an unknown id or role is an error', async () => {
    const [record] = (await ApiKeyFile.open(keysFile)).list();
    expect(await runCli(['keys', 'revoke', record!.id, '--keys-file', keysFile])).toBe(EXIT.ok);
    expect((await ApiKeyFile.open(keysFile)).list()).toEqual([]);
    expect(await runCli(['keys', 'revoke', record!.id, '--keys-file', keysFile])).toBe(EXIT.problems);
    expect(await runCli(['keys', 'add', '--name', 'x', '--role', 'root', '--keys-file', keysFile])).toBe(EXIT.usage);
  });

  it('serve --keys-file accepts its keys; --require-key-for-reads refuses requests without one', async () => {
    const { key } = await (await ApiKeyFile.open(keysFile)).add({ name: 'ed-serve', role: 'editor' });
    const running = runCli(['serve', '--port', '0', '--keys-file', keysFile, '--require-key-for-reads', ...seeds]);
    const url = await waitForUrl();
    expect(captured.stdout.join('')).toContain(`Editing: 1 API key in ${keysFile}`);
    const ask = (headers: Record<string, string>) =>
      fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query: '{ auditLog { edges { cursor } } }' }) });
    expect((await ask({})).status).toBe(401);
    const withKey = await ask({ authorization: `Bearer ${key}` });
    expect(await withKey.json()).toEqual({ data: { auditLog: { edges: [] } } });
    process.emit('SIGINT', 'SIGINT');
    expect(await running).toBe(EXIT.ok);
  });
});
