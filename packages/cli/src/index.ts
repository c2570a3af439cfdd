// Running the CLI in-process (tests, embedding)
export { createProgram, runCli, describeFailure, EXIT, DEBUG_ENV } from './program.js';
