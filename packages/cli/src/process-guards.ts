/**
 * What the `govgraph` executable does about its process before running a command: a reader that
 * goes away, and the folder relative paths mean under `pnpm govgraph`.
 */

/**
 * Makes a closed pipe end this stream's output quietly: when the reader leaves (`govgraph ... |
 * head -1`), writing fails with EPIPE, which Node would otherwise throw as an unhandled 'error' with
 * a stack trace. Later writes are dropped and the command finishes what it was doing (a load is
 * not cut short because nobody reads its summary).
 */
export function quietWhenReaderLeaves(stream: NodeJS.WriteStream): void {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    stream.write = (() => true) as typeof stream.write;
  });
}

/**
 * The folder `pnpm govgraph` was typed in, when this process is the workspace's `govgraph` script:
 * pnpm runs scripts in the workspace root, so without this `pnpm govgraph check ./mine` typed in a
 * sub-folder would read `<root>/mine`. Undefined otherwise (the installed `govgraph` bin already
 * runs in the caller's folder).
 */
export function workingDirectoryOfWorkspaceScript(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.npm_lifecycle_event !== 'govgraph' || env.npm_package_name !== 'govgraph-workspace') return undefined;
  return env.INIT_CWD || undefined;
}
