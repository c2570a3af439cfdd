// Running the CLI in-process (tests, embedding)
export { createProgram, runCli, EXIT } from './program.js';
