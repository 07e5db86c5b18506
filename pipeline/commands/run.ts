import type { Command } from './command.js';
import { UserError } from '../errors.js';

export const runCommand: Command = {
  name: 'run',
  summary: 'not built yet',
  usage: 'run',
  options: {},
  positionals: [0, 99],
  async run() {
    throw new UserError('`run` is not built yet');
  },
};
