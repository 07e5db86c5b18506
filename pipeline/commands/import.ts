import type { Command } from './command.js';
import { UserError } from '../errors.js';

export const importCommand: Command = {
  name: 'import',
  summary: 'not built yet',
  usage: 'import',
  options: {},
  positionals: [0, 99],
  async run() {
    throw new UserError('`import` is not built yet');
  },
};
