#!/usr/bin/env -S npx tsx
// Entry point: `dari <command> [options]`. Turns every failure into one line and an exit code.
import { commands } from './commands/index.js';
import { helpText, parseCommandArgs } from './commands/command.js';
import { asFileError, EXIT, interruption, ProviderError, UserError } from './errors.js';
import { redact } from './log.js';

function mainHelp(): string {
  const width = Math.max(...commands.map((command) => command.name.length));
  return [
    'Usage: dari <command> [options]',
    '',
    'Korean → English parallel corpus: ingest, clean, segment, translate, align, validate, emit.',
    '',
    'Commands:',
    ...commands.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`),
    '',
    'Without a command, `dari [options]` is `dari run [options]`. Run `dari <command> --help` for its options.',
    '',
  ].join('\n');
}

async function main(argv: string[]): Promise<number> {
  if (argv[0] === '--help' || argv[0] === '-h' || argv[0] === 'help') {
    process.stdout.write(mainHelp());
    return EXIT.ok;
  }
  // `dari` alone, or `dari --input x …`, is `dari run`.
  const [name, ...rest] = argv[0] === undefined || argv[0].startsWith('-') ? ['run', ...argv] : argv;
  const entry = commands.find((candidate) => candidate.name === name);
  if (!entry) throw new UserError(`unknown command \`${name}\`; commands: ${commands.map((c) => c.name).join(', ')}`);
  const command = await entry.load();
  const args = parseCommandArgs(command, rest);
  if (args.help) {
    process.stdout.write(helpText(command));
    return EXIT.ok;
  }
  return command.run(args);
}

// A closed stdout (`| head`) is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(EXIT.ok);
});

// Ctrl-C or a kill: one line saying what is kept, and the shell's exit code for the signal.
for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]] as const) {
  process.once(signal, () => {
    process.stderr.write(`dari: interrupted (${signal}); ${interruption.hint}\n`);
    process.exit(code);
  });
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (caught: unknown) => {
    const error = asFileError(caught);
    if (error instanceof UserError || error instanceof ProviderError) {
      process.stderr.write(redact(`dari: ${error.message}`) + '\n');
      process.exitCode = error.exitCode;
      return;
    }
    // The first line only: some libraries' messages go on with a code excerpt.
    const message = (error instanceof Error ? error.message : String(error)).split('\n')[0];
    process.stderr.write(redact(`dari: internal error: ${message}`) + '\n');
    if (process.env.DARI_DEBUG) process.stderr.write(redact(String((error as Error)?.stack)) + '\n');
    process.exitCode = EXIT.failed;
  },
);
