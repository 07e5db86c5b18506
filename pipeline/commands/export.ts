import type { Command } from './command.js';
import { UserError } from '../errors.js';

export const exportCommand: Command = {
  name: 'export',
  summary: 'not built yet',
  usage: 'export',
  options: {},
  positionals: [0, 99],
  async run() {
    throw new UserError('`export` is not built yet');
  },
};
