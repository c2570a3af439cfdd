/**
 * API keys: `ggk_<id>_<secret>`, where the secret is 32 random bytes (base64url). The key is shown
 * once, when made; the keys file keeps only its id, name, role, creation time and the SHA-256 of
 * the secret. A plain fast hash is the right tool here (unlike for passwords): the secret is 256
 * random bits, so there is no dictionary to try and brute force is hopeless however fast the hash;
 * a slow KDF would only make every request slower. Comparison is constant-time.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { GovgraphError } from '@govgraph/core';
import { writeFileAtomic } from '@govgraph/core';
import { isRole, type Principal, type Role } from './roles.js';

/** What every govgraph key starts with, so leaked keys are easy to recognise (and to scan for). */
export const API_KEY_PREFIX = 'ggk';
/** Where `govgraph keys` and `govgraph serve --keys-file` look by default (relative to the working directory). */
export const DEFAULT_KEYS_FILE = '.govgraph/keys.json';

const KEY_RE = /^ggk_([0-9a-f]{16})_([A-Za-z0-9_-]{43})$/;
const HASH_RE = /^sha256:[0-9a-f]{64}$/;
const NAME_RE = /^[A-Za-z0-9][A-Za-z0-9 ._@-]{0,99}$/;

/** One key as the keys file keeps it (never the secret). */
export interface ApiKeyRecord {
  /** 16 hex digits; also the second part of the key, so a key finds its record without a search. */
  id: string;
  /** Who holds it; recorded as the actor of every edit made with it. Unique within a file. */
  name: string;
  role: Role;
  /** When it was made (ISO 8601, UTC). */
  created: string;
  /** `sha256:` and the hex SHA-256 of the secret. */
  hash: string;
}

/** The keys file: `{ "version": 1, "keys": [...] }`. */
interface KeysFileContent {
  version: 1;
  keys: ApiKeyRecord[];
}

/** Checks a request's key and says who it belongs to; the HTTP server's view of a key store. */
export interface ApiKeyVerifier {
  /** The key's principal; throws UNAUTHENTICATED for a malformed, unknown or revoked key. */
  authenticate(key: string): Promise<Principal>;
}

/** A newly made key: its record and the key itself, which is never stored. */
export interface NewApiKey {
  record: ApiKeyRecord;
  /** `ggk_<id>_<secret>`: show it once. */
  key: string;
}

/** The SHA-256 of a key's secret, as the keys file stores it. */
export function hashApiKeySecret(secret: string): string {
  return `sha256:${createHash('sha256').update(secret, 'utf8').digest('hex')}`;
}

/** True when `secret` hashes to `hash`, compared in constant time. */
export function verifyApiKeySecret(secret: string, hash: string): boolean {
  const expected = Buffer.from(hash, 'utf8');
  const actual = Buffer.from(hashApiKeySecret(secret), 'utf8');
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}

/** Splits a key into id and secret; null when it is not shaped like a govgraph key. */
export function parseApiKey(key: string): { id: string; secret: string } | null {
  const match = KEY_RE.exec(key);
  return match ? { id: match[1]!, secret: match[2]! } : null;
}

/** Makes a fresh key: a random id (8 bytes, hex) and secret (32 bytes, base64url). */
export function generateApiKey(): { id: string; secret: string; key: string } {
  const id = randomBytes(8).toString('hex');
  const secret = randomBytes(32).toString('base64url');
  return { id, secret, key: `${API_KEY_PREFIX}_${id}_${secret}` };
}

function invalidFile(file: string, why: string): GovgraphError {
  return new GovgraphError('INVALID_INPUT', `the keys file ${file} is not valid: ${why}`, { file });
}

function parseKeysFile(file: string, text: string): ApiKeyRecord[] {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw invalidFile(file, 'it is not JSON');
  }
  const content = value as Partial<KeysFileContent> | null;
  if (!content || content.version !== 1 || !Array.isArray(content.keys)) throw invalidFile(file, 'expected {"version": 1, "keys": [...]}');
  content.keys.forEach((k, i) => {
    const ok =
      k && typeof k.id === 'string' && /^[0-9a-f]{16}$/.test(k.id) && typeof k.name === 'string' && isRole(k.role) &&
      typeof k.created === 'string' && typeof k.hash === 'string' && HASH_RE.test(k.hash);
    if (!ok) throw invalidFile(file, `keys[${i}] needs id (16 hex digits), name, role (reader, editor or admin), created and hash (sha256:...)`);
  });
  return content.keys.map((k) => ({ id: k.id, name: k.name, role: k.role, created: k.created, hash: k.hash }));
}

/**
 * The keys file (JSON, mode 0600, replaced atomically on every change). A missing file is an empty
 * one: nobody can edit until a key is added. `authenticate` notices when another process (e.g.
 * `govgraph keys revoke`) has changed the file and reloads it, so a revocation takes effect on the
 * next request without restarting the server.
 */
export class ApiKeyFile implements ApiKeyVerifier {
  private keys: ApiKeyRecord[] = [];
  /** size, modification time and inode of the file when last read ('' when missing). */
  private signature = '';

  private constructor(readonly file: string) {}

  /** Opens (reads) a keys file; a missing file gives an empty list. */
  static async open(file: string): Promise<ApiKeyFile> {
    const keys = new ApiKeyFile(file);
    await keys.reloadIfChanged();
    return keys;
  }

  /** The keys, oldest first (copies). */
  list(): ApiKeyRecord[] {
    return this.keys.map((k) => ({ ...k }));
  }

  /** Makes a key for `name` with `role`, saves the file and returns the key (shown once). */
  async add(options: { name: string; role: Role; now?: Date | undefined }): Promise<NewApiKey> {
    const name = options.name.trim();
    if (!NAME_RE.test(name)) {
      throw new GovgraphError('INVALID_INPUT', `a key name is 1-100 letters, digits, spaces or . _ @ -, starting with a letter or digit; got ${JSON.stringify(options.name)}`, { name: options.name });
    }
    if (!isRole(options.role)) throw new GovgraphError('INVALID_INPUT', `unknown role ${JSON.stringify(options.role)}; expected reader, editor or admin`, { role: options.role });
    await this.reloadIfChanged();
    if (this.keys.some((k) => k.name === name)) {
      throw new GovgraphError('INVALID_INPUT', `a key named "${name}" already exists; names are recorded as the actor of edits, so each must be unique`, { name });
    }
    const { id, secret, key } = generateApiKey();
    const record: ApiKeyRecord = { id, name, role: options.role, created: (options.now ?? new Date()).toISOString(), hash: hashApiKeySecret(secret) };
    await this.save([...this.keys, record]);
    return { record: { ...record }, key };
  }

  /** Removes a key by id; NOT_FOUND when there is none. Requests with it fail from then on. */
  async revoke(id: string): Promise<ApiKeyRecord> {
    await this.reloadIfChanged();
    const record = this.keys.find((k) => k.id === id);
    if (!record) throw new GovgraphError('NOT_FOUND', `no key with id "${id}" in ${this.file} (see govgraph keys list)`, { id });
    await this.save(this.keys.filter((k) => k.id !== id));
    return { ...record };
  }

  async authenticate(key: string): Promise<Principal> {
    const parsed = parseApiKey(key);
    if (!parsed) throw new GovgraphError('UNAUTHENTICATED', `the API key is malformed: govgraph keys look like ${API_KEY_PREFIX}_<16 hex digits>_<43 characters>`);
    await this.reloadIfChanged();
    const record = this.keys.find((k) => k.id === parsed.id);
    // Hash even for an unknown id, so both failures take the same time.
    const matches = verifyApiKeySecret(parsed.secret, record?.hash ?? hashApiKeySecret(''));
    if (!record || !matches) throw new GovgraphError('UNAUTHENTICATED', 'unknown or revoked API key');
    return { name: record.name, role: record.role, keyId: record.id, anonymous: false };
  }

  private async save(keys: ApiKeyRecord[]): Promise<void> {
    const content: KeysFileContent = { version: 1, keys };
    await writeFileAtomic(this.file, `${JSON.stringify(content, null, 2)}\n`, { mode: 0o600 });
    this.keys = keys;
    this.signature = await this.currentSignature();
  }

  private async currentSignature(): Promise<string> {
    try {
      const s = await stat(this.file, { bigint: true });
      return `${s.size}:${s.mtimeNs}:${s.ino}`;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return '';
      throw error;
    }
  }

  private async reloadIfChanged(): Promise<void> {
    const signature = await this.currentSignature();
    if (signature === this.signature) return;
    if (signature === '') {
      this.keys = [];
    } else {
      let text: string;
      try {
        text = await readFile(this.file, 'utf8');
      } catch (error) {
        throw new GovgraphError('INVALID_INPUT', `cannot read the keys file ${this.file}: ${(error as Error).message}`, { file: this.file }, { cause: error });
      }
      this.keys = parseKeysFile(this.file, text);
    }
    this.signature = signature;
  }
}

/** Options of {@link authenticateRequest}. */
export interface AuthenticateRequestOptions {
  /** The server's keys; without any, every key is refused (and nobody can edit). */
  keys?: ApiKeyVerifier | undefined;
  /** Refuse requests without a key (UNAUTHENTICATED) instead of treating them as the anonymous reader. */
  requireKeyForReads?: boolean | undefined;
}

/**
 * The principal of a request from its `Authorization` header. No header: the anonymous reader (or
 * UNAUTHENTICATED with `requireKeyForReads`). Anything else, an empty or blank header included,
 * must be `Bearer <valid key>`: a malformed header, unknown or revoked key is UNAUTHENTICATED (a
 * client that meant to send a key and sent nothing is told so), never quietly downgraded to
 * anonymous (a client with a typo in its key would otherwise read as a reader and wonder why edits fail).
 */
export async function authenticateRequest(authorization: string | undefined, options: AuthenticateRequestOptions = {}): Promise<Principal> {
  if (authorization === undefined) {
    if (options.requireKeyForReads) {
      throw new GovgraphError('UNAUTHENTICATED', 'this server needs an API key for every request: send "Authorization: Bearer <key>"');
    }
    return { name: 'anonymous', role: 'reader', anonymous: true };
  }
  const match = /^Bearer +(\S+) *$/i.exec(authorization);
  if (!match) {
    const what = authorization.trim() === '' ? 'the Authorization header is empty' : 'the Authorization header is malformed';
    throw new GovgraphError('UNAUTHENTICATED', `${what}: send "Bearer <key>", or no Authorization header to read anonymously`);
  }
  if (!options.keys) throw new GovgraphError('UNAUTHENTICATED', 'this server has no API keys (start it with --keys-file), so no key is valid');
  return options.keys.authenticate(match[1]!);
}
