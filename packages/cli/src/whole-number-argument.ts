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
