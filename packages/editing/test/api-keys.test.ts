import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isGovgraphError } from '@govgraph/core';
import {
  ApiKeyFile,
  authenticateRequest,
  generateApiKey,
  hashApiKeySecret,
  parseApiKey,
  verifyApiKeySecret,
  hasRole,
  requireRole,
  ANONYMOUS,
} from '@govgraph/editing';

let folder: string;

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'govgraph-keys-'));
});

afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

async function codeOf(promise: Promise<unknown>): Promise<string | undefined> {
  try {
    await promise;
    return undefined;
  } catch (error) {
    return isGovgraphError(error) ? error.code : `not a GovgraphError: ${String(error)}`;
  }
}

describe('keys', () => {
  it('are ggk_<16 hex>_<43 base64url>, random each time, and parse back', () => {
    const a = generateApiKey();
    const b = generateApiKey();
    expect(a.key).toMatch(/^ggk_[0-9a-f]{16}_[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(a.secret, 'base64url')).toHaveLength(32);
    expect(a.key).not.toBe(b.key);
    expect(parseApiKey(a.key)).toEqual({ id: a.id, secret: a.secret });
    for (const bad of ['', 'ggk_', `ggk_${a.id}`, `xyz_${a.id}_${a.secret}`, `${a.key}x`, `ggk_${a.id.toUpperCase()}_${a.secret}`]) expect(parseApiKey(bad), bad).toBeNull();
  });

  it('are stored as the SHA-256 of the secret and verified against it', () => {
    const { secret } = generateApiKey();
    const hash = hashApiKeySecret(secret);
    expect(hash).toBe(`sha256:${createHash('sha256').update(secret).digest('hex')}`);
    expect(verifyApiKeySecret(secret, hash)).toBe(true);
    expect(verifyApiKeySecret(`${secret.slice(0, -1)}${secret.endsWith('A') ? 'B' : 'A'}`, hash)).toBe(false);
    expect(verifyApiKeySecret(secret, 'sha256:short')).toBe(false);
  });
});

describe('ApiKeyFile', () => {
  it('adds keys to a 0600 JSON file that holds no secret, and authenticates them', async () => {
    const file = join(folder, 'nested', 'keys.json');
    const keys = await ApiKeyFile.open(file);
    expect(keys.list()).toEqual([]);
    const { record, key } = await keys.add({ name: 'ed-editor', role: 'editor', now: new Date('2026-01-02T03:04:05Z') });
    expect(record).toMatchObject({ name: 'ed-editor', role: 'editor', created: '2026-01-02T03:04:05.000Z' });
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect((await stat(join(folder, 'nested'))).mode & 0o777).toBe(0o700);
    const text = await readFile(file, 'utf8');
    expect(text).not.toContain(parseApiKey(key)!.secret);
    expect(JSON.parse(text)).toEqual({ version: 1, keys: [record] });
    expect(await keys.authenticate(key)).toEqual({ name: 'ed-editor', role: 'editor', keyId: record.id, anonymous: false });
    expect(await (await ApiKeyFile.open(file)).authenticate(key)).toMatchObject({ name: 'ed-editor' });
  });

  it('refuses a malformed, unknown or wrong key with UNAUTHENTICATED', async () => {
    const keys = await ApiKeyFile.open(join(folder, 'keys.json'));
    const { key } = await keys.add({ name: 'ed', role: 'editor' });
    const other = generateApiKey();
    const { id } = parseApiKey(key)!;
    expect(await codeOf(keys.authenticate('nonsense'))).toBe('UNAUTHENTICATED');
    expect(await codeOf(keys.authenticate(other.key))).toBe('UNAUTHENTICATED');
    expect(await codeOf(keys.authenticate(`ggk_${id}_${other.secret}`))).toBe('UNAUTHENTICATED');
  });

  it('refuses duplicate names and unknown roles; revokes by id', async () => {
    const file = join(folder, 'keys.json');
    const keys = await ApiKeyFile.open(file);
    const { record, key } = await keys.add({ name: 'ed', role: 'editor' });
    expect(await codeOf(keys.add({ name: 'ed', role: 'admin' }))).toBe('INVALID_INPUT');
    expect(await codeOf(keys.add({ name: 'x', role: 'root' as never }))).toBe('INVALID_INPUT');
    expect(await codeOf(keys.add({ name: '', role: 'reader' }))).toBe('INVALID_INPUT');
    expect(await codeOf(keys.revoke('0123456789abcdef'))).toBe('NOT_FOUND');
    await keys.revoke(record.id);
    expect(keys.list()).toEqual([]);
    expect(await codeOf(keys.authenticate(key))).toBe('UNAUTHENTICATED');
  });

  it('notices changes another process makes to the file (a revocation applies at once)', async () => {
    const file = join(folder, 'keys.json');
    const server = await ApiKeyFile.open(file);
    const cli = await ApiKeyFile.open(file);
    const { record, key } = await cli.add({ name: 'ed', role: 'editor' });
    expect((await server.authenticate(key)).name).toBe('ed');
    await (await ApiKeyFile.open(file)).revoke(record.id);
    expect(await codeOf(server.authenticate(key))).toBe('UNAUTHENTICATED');
  });

  it('says which file is broken instead of treating it as empty', async () => {
    const file = join(folder, 'keys.json');
    await writeFile(file, '{"version": 1, "keys": [{"id": "x"}]}');
    expect(await codeOf(ApiKeyFile.open(file))).toBe('INVALID_INPUT');
    await writeFile(file, 'not json');
    expect(await codeOf(ApiKeyFile.open(file))).toBe('INVALID_INPUT');
  });
});

describe('authenticateRequest and roles', () => {
  it('treats no header as the anonymous reader, unless keys are required for reads', async () => {
    expect(await authenticateRequest(undefined)).toEqual(ANONYMOUS);
    expect(await codeOf(authenticateRequest(undefined, { requireKeyForReads: true }))).toBe('UNAUTHENTICATED');
  });

  it('never downgrades a bad header or key to anonymous', async () => {
    const keys = await ApiKeyFile.open(join(folder, 'keys.json'));
    const { key } = await keys.add({ name: 'rita', role: 'reader' });
    expect(await codeOf(authenticateRequest('Basic abc', { keys }))).toBe('UNAUTHENTICATED');
    expect(await codeOf(authenticateRequest('Bearer', { keys }))).toBe('UNAUTHENTICATED');
    // An empty or blank header is a key that went missing, not a request for anonymous reading.
    expect(await codeOf(authenticateRequest('', { keys }))).toBe('UNAUTHENTICATED');
    expect(await codeOf(authenticateRequest('  ', { keys }))).toBe('UNAUTHENTICATED');
    expect(await codeOf(authenticateRequest(`Bearer ${key}`))).toBe('UNAUTHENTICATED'); // a server without keys accepts none
    expect(await authenticateRequest(`bearer ${key}`, { keys })).toMatchObject({ name: 'rita', role: 'reader' });
  });

  it('orders roles reader < editor < admin', () => {
    expect([hasRole('admin', 'editor'), hasRole('editor', 'editor'), hasRole('reader', 'editor'), hasRole('editor', 'admin')]).toEqual([true, true, false, false]);
    expect(() => requireRole(ANONYMOUS, 'editor', 'editing')).toThrow(/Authorization: Bearer/);
  });
});
