import type { Command } from './command.js';
import { UserError } from '../errors.js';

export const alignCommand: Command = {
  name: 'align',
  summary: 'not built yet',
  usage: 'align',
  options: {},
  positionals: [0, 99],
  async run() {
    throw new UserError('`align` is not built yet');
  },
};
