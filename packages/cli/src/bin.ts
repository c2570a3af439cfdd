#!/usr/bin/env node
import { describeFailure, EXIT, runCli } from './program.js';
import { quietWhenReaderLeaves, workingDirectoryOfWorkspaceScript } from './process-guards.js';

quietWhenReaderLeaves(process.stdout);
quietWhenReaderLeaves(process.stderr);
// A failure outside a command's own await (a server's socket, a timer) still gets one line, no stack.
for (const event of ['uncaughtException', 'unhandledRejection'] as const) {
  process.on(event, (error: unknown) => {
    process.stderr.write(describeFailure(error));
    process.exit(EXIT.internal);
  });
}
const callerDirectory = workingDirectoryOfWorkspaceScript();
if (callerDirectory) process.chdir(callerDirectory);

process.exitCode = await runCli(process.argv.slice(2));
