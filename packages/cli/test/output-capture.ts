/**
 * Captures what a command writes to stdout and stderr during each test (and resets the exit
 * code), so CLI tests can assert on output without printing it.
 */
import { afterEach, beforeEach, vi } from 'vitest';

/** Text written during the current test. */
export interface CapturedOutput {
  stdout: string[];
  stderr: string[];
}

/** Registers hooks capturing stdout and stderr around every test of the file. */
export function captureOutput(): CapturedOutput {
  const captured: CapturedOutput = { stdout: [], stderr: [] };
  beforeEach(() => {
    captured.stdout = [];
    captured.stderr = [];
    process.exitCode = undefined;
    for (const [stream, lines] of [
      [process.stdout, 'stdout'],
      [process.stderr, 'stderr'],
    ] as const) {
      vi.spyOn(stream, 'write').mockImplementation((chunk: string | Uint8Array) => {
        captured[lines].push(String(chunk));
        return true;
      });
    }
  });
  afterEach(() => {
    vi.restoreAllMocks();
    process.exitCode = undefined;
  });
  return captured;
}
