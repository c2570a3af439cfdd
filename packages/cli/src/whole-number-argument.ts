/**
 * Option parsers for whole numbers, so every command refuses "5s", "1.5" or an out-of-range value
 * the same way: a usage error (exit code 2) naming what was expected.
 */
import { InvalidArgumentError } from 'commander';

/** A commander `argParser` accepting whole numbers from `min` to `max`; `expected` completes "expected ...". */
export function wholeNumberArgument(expected: string, min = 0, max = Number.MAX_SAFE_INTEGER): (value: string) => number {
  return (value) => {
    const number = Number(value);
    if (!/^\d+$/.test(value) || number < min || number > max) throw new InvalidArgumentError(`expected ${expected}`);
    return number;
  };
}

const BYTE_UNITS: Record<string, number> = { '': 1, b: 1, k: 1024, kb: 1000, kib: 1024, m: 1024 ** 2, mb: 1000 ** 2, mib: 1024 ** 2, g: 1024 ** 3, gb: 1000 ** 3, gib: 1024 ** 3 };

/**
 * A commander `argParser` for a size in bytes: a whole number, optionally with a unit (`500k`,
 * `16MiB`, `20MB`; k/m/g alone are binary), at least 1 byte.
 */
export function byteSizeArgument(value: string): number {
  const match = /^(\d+)\s*([a-z]*)$/i.exec(value.trim());
  const unit = match ? BYTE_UNITS[match[2]!.toLowerCase()] : undefined;
  const bytes = match && unit !== undefined ? Number(match[1]) * unit : Number.NaN;
  if (!Number.isSafeInteger(bytes) || bytes < 1) throw new InvalidArgumentError('expected a size in bytes, e.g. 16MiB, 500k or 20000000');
  return bytes;
}
