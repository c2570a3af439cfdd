import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { GovgraphError } from '@govgraph/core';
import { DEBUG_ENV, EXIT, describeFailure, runCli } from '../src/index.js';
import { workingDirectoryOfWorkspaceScript } from '../src/process-guards.js';
import { captureOutput } from './output-capture.js';

const bin = fileURLToPath(new URL('../src/bin.ts', import.meta.url));
const STACK_FRAME = /^\s+at /m;

/** Runs the govgraph executable from source; `closeStdout` closes the reading end at once, as `| head -1` does once it has its line. */
function runBin(args: string[], options: { env?: NodeJS.ProcessEnv; closeStdout?: boolean } = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--conditions=@govgraph/source', '--import', 'tsx', bin, ...args], {
      env: { ...process.env, ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    if (options.closeStdout) child.stdout.destroy();
    else child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('describeFailure', () => {
  it('says a govgraph error in one line, with no stack', () => {
    expect(describeFailure(new GovgraphError('NOT_FOUND', 'no entity has the id "x"'), {})).toBe('govgraph: no entity has the id "x"\n');
  });

  it('says a system error (a file refused) as Node words it, which names the call and the path', () => {
    const refused = Object.assign(new Error("EACCES: permission denied, open '/srv/keys.json'"), { code: 'EACCES', syscall: 'open', path: '/srv/keys.json' });
    expect(describeFailure(refused, {})).toBe("govgraph: EACCES: permission denied, open '/srv/keys.json'\n");
  });

  it('names an unexpected error with its message and how to see more, never its stack', () => {
    const text = describeFailure(new TypeError('cannot read properties of undefined'), {});
    expect(text).toBe(`govgraph: unexpected error: cannot read properties of undefined\n(run with ${DEBUG_ENV}=1 to see where it happened)\n`);
    expect(text).not.toMatch(STACK_FRAME);
  });

  it('is never empty: an error without a message is named by its kind, a thrown non-error by its text', () => {
    expect(describeFailure(new RangeError(''), {})).toMatch(/^govgraph: unexpected error: RangeError\n/);
    expect(describeFailure('', {})).toMatch(/^govgraph: unexpected error: no message\n/);
    expect(describeFailure(42, {})).toMatch(/^govgraph: unexpected error: 42\n/);
  });

  it(`adds the stack and every cause's stack with ${DEBUG_ENV}=1`, () => {
    const cause = new Error('socket hang up');
    const text = describeFailure(new GovgraphError('STORE_UNAVAILABLE', 'Neo4j did not answer', {}, { cause }), { [DEBUG_ENV]: '1' });
    expect(text.split('\n')[0]).toBe('govgraph: Neo4j did not answer');
    expect(text).toMatch(STACK_FRAME);
    expect(text).toContain('caused by: Error: socket hang up');
    expect(describeFailure(new Error('x'), { [DEBUG_ENV]: '0' })).not.toMatch(STACK_FRAME);
  });
});

describe('a failing command', () => {
  const output = captureOutput();

  it('prints one line naming the refused call and path, and exits 4, when the operating system refuses; no stack trace', async () => {
    expect(await runCli(['export', '--format', 'json', '--out', '/dev/null/graph.json'])).toBe(EXIT.internal);
    expect(output.stderr.join('')).toBe("govgraph: EEXIST: file already exists, mkdir '/dev/null'\n");
  });

  it('documents the exit codes and GOVGRAPH_DEBUG in --help', async () => {
    expect(await runCli(['--help'])).toBe(EXIT.ok);
    const help = output.stdout.join('');
    expect(help).toContain('Exit codes: 0 ok; 1 problems found');
    expect(help).toContain('4 the system refused');
    expect(help).toContain('or an unexpected error');
    expect(help).toContain(`${DEBUG_ENV}=1 adds the stack`);
  });
});

describe('the govgraph executable', () => {
  it('exits 0 quietly when the reader of its output has gone (govgraph export --help | head -1)', { timeout: 60_000 }, async () => {
    const result = await runBin(['export', '--help'], { closeStdout: true });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(EXIT.ok);
  });

  it(`prints the stack of a failure with ${DEBUG_ENV}=1 (without it: the in-process test above)`, async () => {
    const debug = await runBin(['export', '--format', 'json', '--out', '/dev/null/graph.json'], { env: { [DEBUG_ENV]: '1' } });
    expect(debug.stderr).toMatch(/^govgraph: EEXIST: /);
    expect(debug.stderr).toMatch(STACK_FRAME);
    expect(debug.code).toBe(EXIT.internal);
  }, 90_000);
});

describe('workingDirectoryOfWorkspaceScript', () => {
  it('is the folder `pnpm govgraph` was typed in, so relative paths are the caller’s', () => {
    expect(workingDirectoryOfWorkspaceScript({ npm_lifecycle_event: 'govgraph', npm_package_name: 'govgraph-workspace', INIT_CWD: '/home/me/notes' })).toBe('/home/me/notes');
  });

  it('is nothing for the installed bin or another project’s script (they run in the caller’s folder already)', () => {
    expect(workingDirectoryOfWorkspaceScript({})).toBeUndefined();
    expect(workingDirectoryOfWorkspaceScript({ npm_lifecycle_event: 'govgraph', npm_package_name: 'their-project', INIT_CWD: '/elsewhere' })).toBeUndefined();
  });
});
