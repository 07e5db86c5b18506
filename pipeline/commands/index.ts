// Every CLI command, in the order `dari --help` lists them.
import type { Command } from './command.js';
import { runCommand } from './run.js';
import { segmentCommand } from './segment.js';
import { alignCommand } from './align.js';
import { validateCommand } from './validate.js';
import { exportCommand } from './export.js';
import { importCommand } from './import.js';
import { schemaCommand } from './schema.js';

export const commands: Command[] = [
  runCommand,
  segmentCommand,
  alignCommand,
  validateCommand,
  exportCommand,
  importCommand,
  schemaCommand,
];
