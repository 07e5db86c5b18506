import type { Command } from './command.js';
import { UserError } from '../errors.js';

export const segmentCommand: Command = {
  name: 'segment',
  summary: 'not built yet',
  usage: 'segment',
  options: {},
  positionals: [0, 99],
  async run() {
    throw new UserError('`segment` is not built yet');
  },
};
