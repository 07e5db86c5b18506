import type { Command } from './command.js';
import { UserError } from '../errors.js';

export const validateCommand: Command = {
  name: 'validate',
  summary: 'not built yet',
  usage: 'validate',
  options: {},
  positionals: [0, 99],
  async run() {
    throw new UserError('`validate` is not built yet');
  },
};
