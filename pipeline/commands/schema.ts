import type { Command } from './command.js';
import { UserError } from '../errors.js';

export const schemaCommand: Command = {
  name: 'schema',
  summary: 'not built yet',
  usage: 'schema',
  options: {},
  positionals: [0, 99],
  async run() {
    throw new UserError('`schema` is not built yet');
  },
};
