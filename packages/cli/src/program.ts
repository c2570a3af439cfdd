/**
 * The `govgraph` command line. Each sub-command lives in its own file under `commands/` and is
 * registered in `commands/index.ts`; this file only wires them together and maps failures to exit codes.
 */
import { Command, CommanderError } from 'commander';
import { isGovgraphError, type ErrorCode } from '@govgraph/core';
import { COMMANDS } from './commands/index.js';

/** Exit codes every command shares, so scripts can tell failures apart. */
export const EXIT = {
  ok: 0,
  /** The input was checked and has problems (e.g. `govgraph check` found errors), a name matched nothing or several things, or a write was refused (CONFLICT). */
  problems: 1,
  /** The command line itself was wrong. */
  usage: 2,
  /** A store could not be reached or refused the credentials. */
  unavailable: 3,
  /** Anything unexpected. */
  internal: 4,
} as const;

const EXIT_BY_CODE: Partial<Record<ErrorCode, number>> = {
  INVALID_INPUT: EXIT.usage,
  NOT_FOUND: EXIT.problems,
  AMBIGUOUS: EXIT.problems,
  SEED_INVALID: EXIT.problems,
  CONFLICT: EXIT.problems,
  STORE_UNAVAILABLE: EXIT.unavailable,
  STORE_AUTH_FAILED: EXIT.unavailable,
};

/** Builds the program with every command registered; exported for in-process tests. */
export function createProgram(): Command {
  const program = new Command('govgraph')
    .description('Local public-sector governance as a knowledge graph you can question.')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride();
  for (const register of COMMANDS) register(program);
  return program;
}

/** Runs the CLI with `argv` (user arguments only) and resolves to an exit code; never calls process.exit. */
export async function runCli(argv: readonly string[]): Promise<number> {
  const program = createProgram();
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return typeof process.exitCode === 'number' ? process.exitCode : EXIT.ok;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') return EXIT.ok;
      return EXIT.usage;
    }
    if (isGovgraphError(error)) {
      process.stderr.write(`govgraph: ${error.message}\n`);
      return EXIT_BY_CODE[error.code] ?? EXIT.internal;
    }
    process.stderr.write(`govgraph: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return EXIT.internal;
  }
}
