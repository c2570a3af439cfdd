/**
 * Every sub-command, each a function that adds itself to the program.
 * Add a command by writing `commands/<name>.ts` exporting `register<Name>Command` and listing it here.
 */
import type { Command } from 'commander';
import { registerCheckCommand } from './check.js';
import { registerServeCommand } from './serve.js';
import { registerQueryCommand } from './query.js';
import { registerDiagramCommand } from './diagram.js';
import { registerLoadCommand } from './load.js';
import { registerExtractCommand } from './extract.js';
import { registerIngestCommand } from './ingest.js';
import { registerImportCommand } from './import.js';
import { registerPeopleCommand } from './people.js';
import { registerReportCommand } from './report.js';
import { registerAnalyseCommand } from './analyse.js';
import { registerExportCommand } from './export.js';
import { registerKeysCommand } from './keys.js';
import { registerAuditCommand } from './audit.js';

/** Adds one sub-command to the program. */
export type RegisterCommand = (program: Command) => void;

export const COMMANDS: RegisterCommand[] = [
  registerCheckCommand,
  registerServeCommand,
  registerQueryCommand,
  registerDiagramCommand,
  registerLoadCommand,
  registerExtractCommand,
  registerIngestCommand,
  registerImportCommand,
  registerPeopleCommand,
  registerReportCommand,
  registerAnalyseCommand,
  registerExportCommand,
  registerKeysCommand,
  registerAuditCommand,
];
