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
  /** The operating system refused (a file could not be read or written), or anything unexpected (a bug); GOVGRAPH_DEBUG=1 shows where. */
  internal: 4,
} as const;

/** The environment variable that makes a failure print its stack (and its causes' stacks) too. */
export const DEBUG_ENV = 'GOVGRAPH_DEBUG';

const EXIT_CODES_HELP = [
  '',
  'Exit codes: 0 ok; 1 problems found (seed errors, unknown or ambiguous names, GraphQL errors) or a',
  'write refused (CONFLICT); 2 usage; 3 store unreachable or credentials refused; 4 the system refused',
  '(a file or folder could not be read or written) or an unexpected error.',
  `A failure is one line on stderr, never a stack trace; ${DEBUG_ENV}=1 adds the stack.`,
  'Relative paths are read from the working directory.',
].join('\n');

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
    .addHelpText('after', EXIT_CODES_HELP)
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
    process.stderr.write(describeFailure(error));
    return isGovgraphError(error) ? (EXIT_BY_CODE[error.code] ?? EXIT.internal) : EXIT.internal;
  }
}

/** An error the operating system raised (ENOENT, EACCES, ENOSPC, ...) for a file, folder or socket. */
function isSystemError(error: unknown): error is NodeJS.ErrnoException {
  return error instanceof Error && typeof (error as NodeJS.ErrnoException).syscall === 'string' && /^E[A-Z0-9]+$/.test(String((error as NodeJS.ErrnoException).code));
}

/** True when {@link DEBUG_ENV} asks for stacks. */
function debugging(env: NodeJS.ProcessEnv = process.env): boolean {
  const value = env[DEBUG_ENV];
  return value !== undefined && value !== '' && value !== '0' && value.toLowerCase() !== 'false';
}

/**
 * What stderr says when a command fails: one line naming the failure, never empty and never a stack
 * (a user cannot act on one), with a hint to {@link DEBUG_ENV} for unexpected ones; with
 * {@link DEBUG_ENV}=1 the stack and every cause's stack follow.
 */
export function describeFailure(error: unknown, env: NodeJS.ProcessEnv = process.env): string {
  const message = error instanceof Error ? error.message.trim() || error.name : String(error).trim() || 'no message';
  // A govgraph error says what to do; so does the system refusing a file (Node's message names the call, the path and why).
  const known = isGovgraphError(error) || isSystemError(error);
  const lines = [known ? `govgraph: ${message}` : `govgraph: unexpected error: ${message}`];
  if (debugging(env)) {
    for (let cause: unknown = error, depth = 0; cause !== undefined && depth < 8; cause = cause instanceof Error ? cause.cause : undefined, depth += 1) {
      lines.push(`${depth === 0 ? '' : 'caused by: '}${cause instanceof Error ? (cause.stack ?? `${cause.name}: ${cause.message}`) : String(cause)}`);
    }
  } else if (!known) {
    lines.push(`(run with ${DEBUG_ENV}=1 to see where it happened)`);
  }
  return `${lines.join('\n')}\n`;
}
