/**
 * Reading a seed file's bytes safely: a size limit checked on the open file before anything is
 * read (a 115 MB file used to exhaust the heap while being parsed), only regular files (a FIFO or a
 * device named `*.yaml` would hang or never end), and text that must be UTF-8, every malformed
 * byte sequence reported at its line and column instead of silently replaced.
 */
import { constants } from 'node:fs';
import { open } from 'node:fs/promises';

/**
 * Largest seed file read by default, in bytes (16 MiB). Parsing YAML with positions costs about a
 * hundred times the file's size in memory (measured: a 9.5 MB file of entities held 0.9 GB), so a
 * bigger file belongs split in several, or the limit raised with the heap (`--max-old-space-size`).
 */
export const DEFAULT_MAX_SEED_FILE_BYTES = 16 * 1024 * 1024;

/** Largest total of the seed files of one load by default, in bytes (32 MiB, about 3 GB of heap). */
export const DEFAULT_MAX_SEED_LOAD_BYTES = 32 * 1024 * 1024;

/** Size limits of a load; see {@link DEFAULT_MAX_SEED_FILE_BYTES} and {@link DEFAULT_MAX_SEED_LOAD_BYTES}. */
export interface SeedSizeLimits {
  /** Largest file read, in bytes. */
  maxFileBytes?: number | undefined;
  /** Largest total of every file read by one load, in bytes. */
  maxLoadBytes?: number | undefined;
}

/** "115.0 MB (120586240 bytes)": a size as people and programs both read it. */
export function describeBytes(bytes: number): string {
  const units: [number, string][] = [
    [1024 * 1024 * 1024, 'GiB'],
    [1024 * 1024, 'MiB'],
    [1024, 'KiB'],
  ];
  const [size, unit] = units.find(([size]) => bytes >= size) ?? [1, 'B'];
  const amount = unit === 'B' ? String(bytes) : (bytes / size).toFixed(1).replace(/\.0$/, '');
  return unit === 'B' ? `${bytes} bytes` : `${amount} ${unit} (${bytes} bytes)`;
}

/** Why a file was not read: its problem's code and message. */
export interface UnreadFile {
  code: 'file-too-large' | 'load-too-large' | 'not-a-file' | 'unreadable-file';
  message: string;
}

/**
 * Reads `file` whole, unless it is not a regular file or is larger than `maxBytes` (checked on the
 * open file, so a file swapped or grown meanwhile is caught too) or than `loadBytesLeft`, what the
 * load may still read (`loadLimit` is the load's whole limit, for the message).
 */
export async function readSeedBytes(file: string, limits: { maxBytes: number; loadBytesLeft: number; loadLimit: number }): Promise<{ bytes: Uint8Array } | { unread: UnreadFile }> {
  let handle;
  try {
    // Non-blocking, so opening a FIFO returns at once (its stat then refuses it) instead of waiting for a writer.
    handle = await open(file, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    return { unread: { code: 'unreadable-file', message: `cannot read ${file}: ${(error as Error).message}` } };
  }
  try {
    const stat = await handle.stat();
    if (!stat.isFile()) {
      const what = stat.isDirectory() ? 'a folder' : 'not a regular file (a pipe, socket or device)';
      return { unread: { code: 'not-a-file', message: `${file} is ${what}; a seed folder's *.yaml entries must be files` } };
    }
    if (stat.size > limits.maxBytes) return { unread: tooLarge(file, stat.size, limits.maxBytes) };
    if (stat.size > limits.loadBytesLeft) return { unread: loadTooLarge(file, stat.size, limits.loadLimit) };
    // Read at most one byte past the limit: a file that grew since its stat is refused, not read whole.
    const buffer = new Uint8Array(Math.min(stat.size, limits.maxBytes) + 1);
    let length = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null);
      if (bytesRead === 0) break;
      length += bytesRead;
      if (length === buffer.length) break;
    }
    if (length > limits.maxBytes) return { unread: tooLarge(file, length, limits.maxBytes) };
    if (length > limits.loadBytesLeft) return { unread: loadTooLarge(file, length, limits.loadLimit) };
    return { bytes: buffer.subarray(0, length) };
  } catch (error) {
    return { unread: { code: 'unreadable-file', message: `cannot read ${file}: ${(error as Error).message}` } };
  } finally {
    await handle.close();
  }
}

function tooLarge(file: string, size: number, limit: number): UnreadFile {
  return {
    code: 'file-too-large',
    message: `${file} is ${describeBytes(size)}, over the limit of ${describeBytes(limit)} for one seed file; it was not read (split it into several files, or raise the limit with --max-file-size)`,
  };
}

function loadTooLarge(file: string, size: number, limit: number): UnreadFile {
  return {
    code: 'load-too-large',
    message: `${file} is ${describeBytes(size)}: reading it would take this load over its limit of ${describeBytes(limit)} for all seed files together; it was not read (raise the limit with --max-load-size, or load fewer folders)`,
  };
}

/** One run of bytes that are not UTF-8, located in the text as read (each bad byte read as U+FFFD). */
export interface MalformedBytes {
  line: number;
  column: number;
  /** The bytes, e.g. `0xE9`. */
  bytes: string;
}

/** Most runs of malformed bytes reported per file; the rest are counted. */
export const MAX_MALFORMED_RUNS = 20;

const strict = new TextDecoder('utf-8', { fatal: true });
const lenient = new TextDecoder('utf-8');

/**
 * Decodes seed bytes as UTF-8. Malformed sequences come back located (at most
 * {@link MAX_MALFORMED_RUNS}, with the count of all), and the text read with U+FFFD in their place
 * so the rest of the file can still be checked.
 */
export function decodeSeedText(bytes: Uint8Array): { text: string; malformed: MalformedBytes[]; malformedCount: number } {
  try {
    return { text: strict.decode(bytes), malformed: [], malformedCount: 0 };
  } catch {
    // Not UTF-8: find where.
  }
  const malformed: MalformedBytes[] = [];
  let count = 0;
  let line = 1;
  let lineStart = 0;
  let i = 0;
  while (i < bytes.length) {
    const byte = bytes[i]!;
    if (byte === 0x0a) {
      line++;
      lineStart = i + 1;
      i++;
      continue;
    }
    const length = validSequenceLength(bytes, i);
    if (length > 0) {
      i += length;
      continue;
    }
    let end = i + 1;
    while (end < bytes.length && bytes[end] !== 0x0a && validSequenceLength(bytes, end) === 0) end++;
    count++;
    if (malformed.length < MAX_MALFORMED_RUNS) {
      const before = lenient.decode(bytes.subarray(lineStart, i));
      const shown = Array.from(bytes.subarray(i, Math.min(end, i + 8)), (b) => `0x${b.toString(16).toUpperCase().padStart(2, '0')}`).join(' ');
      malformed.push({ line, column: before.length + 1, bytes: end - i > 8 ? `${shown} ...` : shown });
    }
    i = end;
  }
  return { text: lenient.decode(bytes), malformed, malformedCount: count };
}

/** The length of the well-formed UTF-8 sequence starting at `i` (RFC 3629: no overlongs, surrogates or values past U+10FFFF), or 0. */
function validSequenceLength(bytes: Uint8Array, i: number): number {
  const b0 = bytes[i]!;
  if (b0 < 0x80) return 1;
  const cont = (k: number, low = 0x80, high = 0xbf): boolean => {
    const b = bytes[i + k];
    return b !== undefined && b >= low && b <= high;
  };
  if (b0 >= 0xc2 && b0 <= 0xdf) return cont(1) ? 2 : 0;
  if (b0 === 0xe0) return cont(1, 0xa0) && cont(2) ? 3 : 0;
  if ((b0 >= 0xe1 && b0 <= 0xec) || b0 === 0xee || b0 === 0xef) return cont(1) && cont(2) ? 3 : 0;
  if (b0 === 0xed) return cont(1, 0x80, 0x9f) && cont(2) ? 3 : 0;
  if (b0 === 0xf0) return cont(1, 0x90) && cont(2) && cont(3) ? 4 : 0;
  if (b0 >= 0xf1 && b0 <= 0xf3) return cont(1) && cont(2) && cont(3) ? 4 : 0;
  if (b0 === 0xf4) return cont(1, 0x80, 0x8f) && cont(2) && cont(3) ? 4 : 0;
  return 0;
}
