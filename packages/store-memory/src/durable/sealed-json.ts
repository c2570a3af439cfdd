/**
 * Checksummed JSON for the durable store's files. A sealed text is an ordinary JSON object whose
 * first field is the SHA-256 of the rest of its text, so a torn write, a flipped bit or a hand edit
 * is told apart from a good record without trusting the JSON parser to notice.
 *
 * `{"sha256":"<64 hex digits>","format":...,...}`: the hash covers everything after the comma that
 * follows it, up to and including the closing brace.
 */
import { createHash } from 'node:crypto';

const PREFIX = '{"sha256":"';
const HASH_LENGTH = 64;
/** Where the hashed text starts: after the prefix, the hash and `",`. */
const BODY_START = PREFIX.length + HASH_LENGTH + 2;
const HEX = /^[0-9a-f]{64}$/;

function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** JSON of a non-empty object with its checksum as the first field (no trailing newline). */
export function sealJson(value: Record<string, unknown>): string {
  const json = JSON.stringify(value);
  if (json.length < 3) throw new TypeError('sealJson needs an object with at least one field');
  const rest = json.slice(1);
  return `${PREFIX}${sha256(rest)}",${rest}`;
}

/** What {@link unsealJson} found: the object without its checksum, or why the text is not a good seal. */
export type Unsealed = { ok: true; value: Record<string, unknown> } | { ok: false; problem: string };

/** Checks a sealed text's checksum, then parses it; never throws. */
export function unsealJson(text: string): Unsealed {
  if (!text.startsWith(PREFIX) || text.length <= BODY_START || text.slice(BODY_START - 2, BODY_START) !== '",') {
    return { ok: false, problem: 'it does not start with a checksum' };
  }
  const expected = text.slice(PREFIX.length, PREFIX.length + HASH_LENGTH);
  if (!HEX.test(expected)) return { ok: false, problem: 'its checksum is malformed' };
  if (sha256(text.slice(BODY_START)) !== expected) return { ok: false, problem: 'its checksum does not match its content' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return { ok: false, problem: `it is not JSON (${(error as Error).message})` };
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return { ok: false, problem: 'it is not a JSON object' };
  const { sha256: _checksum, ...value } = parsed as Record<string, unknown>;
  return { ok: true, value };
}
