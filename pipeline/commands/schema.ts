import { z } from 'zod';
import type { Command } from './command.js';
import { stringOption } from './command.js';
import { UserError, EXIT } from '../errors.js';
import { AlignedRecordSchema, ConfigSchema, RejectRecordSchema, CleanLogEntrySchema } from '../schemas.js';

const SCHEMAS = {
  aligned: AlignedRecordSchema,
  rejects: RejectRecordSchema,
  'clean-log': CleanLogEntrySchema,
  config: ConfigSchema,
} as const;

export const schemaCommand: Command = {
  name: 'schema',
  summary: 'Print the JSON Schema of an output file or of the config.',
  usage: `schema [--of ${Object.keys(SCHEMAS).join('|')}]`,
  options: {
    of: { type: 'string', value: 'NAME', description: `Which schema: ${Object.keys(SCHEMAS).join(', ')} (default aligned).` },
  },
  async run(args) {
    const name = stringOption(args, 'of') ?? 'aligned';
    const schema = SCHEMAS[name as keyof typeof SCHEMAS];
    if (!schema) throw new UserError(`--of ${name}: expected one of ${Object.keys(SCHEMAS).join(', ')}`);
    const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' });
    process.stdout.write(JSON.stringify(json, null, 2) + '\n');
    return EXIT.ok;
  },
};
