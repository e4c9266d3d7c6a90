/** The `news-attribution` command line: validate, fix and more over the same core as the editor. */
import type { Command } from './command';
import { evalCommand } from './commands/eval';
import { fixCommand } from './commands/fix';
import { suggestCommand } from './commands/suggest';
import { validateCommand } from './commands/validate';
import { CliError, processIo, type Io } from './io';
import { VERSION } from './version';

/** Every command, in the order `--help` lists them. */
export const COMMANDS: Command[] = [validateCommand, fixCommand, suggestCommand, evalCommand];

function usage(): string {
  const w = Math.max(...COMMANDS.map((c) => c.name.length));
  return `Usage: news-attribution <command> [options]

Who said what in news articles: check, repair and suggest attribution sidecars (<article>.attributions.json).

Commands:
${COMMANDS.map((c) => `  ${c.name.padEnd(w)}  ${c.summary}`).join('\n')}

Options:
  -h, --help     show help (news-attribution <command> --help for a command)
  -v, --version  show the version
`;
}

/** Runs the CLI with the given arguments; resolves to the exit code. Never throws. */
export async function main(argv: string[], io: Io = processIo): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined || first === '-h' || first === '--help' || first === 'help') {
    if (first === 'help' && rest[0]) return main([rest[0], '--help'], io);
    io.out(usage());
    return first === undefined ? 2 : 0;
  }
  if (first === '-v' || first === '--version') {
    io.out(`${VERSION}\n`);
    return 0;
  }
  const command = COMMANDS.find((c) => c.name === first);
  if (!command) {
    io.err(`news-attribution: unknown command "${first}" (commands: ${COMMANDS.map((c) => c.name).join(', ')})\n`);
    return 2;
  }
  if (rest.includes('-h') || rest.includes('--help')) {
    io.out(command.help);
    return 0;
  }
  try {
    return await command.run(rest, io);
  } catch (e) {
    if (e instanceof CliError) {
      io.err(`news-attribution: ${e.message}\n`);
      return e.exitCode;
    }
    const err = e as Error;
    io.err(`news-attribution: internal error: ${err?.message ?? String(e)}\n`);
    if (process.env.NEWS_ATTRIBUTION_DEBUG) io.err(`${err?.stack ?? ''}\n`);
    return 2;
  }
}

if (require.main === module) {
  void main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
