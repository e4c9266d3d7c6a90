/** The shape of a CLI command: a name, help text and a run function returning the exit code. */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { CliError, type Io } from './io';

export interface Command {
  name: string;
  /** One line for the command list. */
  summary: string;
  /** Full help text, printed by `news-attribution <command> --help`. */
  help: string;
  /** Runs the command; resolves to the exit code (0 ok, 1 problems found, 2 usage or I/O error). */
  run(args: string[], io: Io): Promise<number>;
}

type Options = NonNullable<ParseArgsConfig['options']>;

/**
 * Parses a command's arguments; unknown options and bad values become usage errors (exit 2).
 * `-h`/`--help` is accepted everywhere; main() answers it before a command runs.
 */
export function parseCommandArgs<O extends Options>(command: string, args: string[], options: O) {
  try {
    return parseArgs({ args, options: { ...options, help: { type: 'boolean', short: 'h' } }, allowPositionals: true, strict: true });
  } catch (e) {
    const msg = (e as Error).message.replace(/\. To specify a positional argument.*$/s, '').replace(/^Unknown option/, 'unknown option');
    throw new CliError(`${command}: ${msg} (see news-attribution ${command} --help)`);
  }
}

/** Reads an option whose value must be one of a fixed set. */
export function oneOf<T extends string>(command: string, option: string, value: string | undefined, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new CliError(`${command}: --${option} must be one of ${allowed.join(', ')} (got "${value}")`);
}

/** Reads a size option such as 20MB, 512k or 1048576 (bytes). */
export function parseSize(command: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const m = /^(\d+(?:\.\d+)?)\s*(b|k|kb|m|mb|g|gb)?$/i.exec(value.trim());
  if (!m) throw new CliError(`${command}: --max-size takes a size such as 20MB or 512KB (got "${value}")`);
  const unit = (m[2] ?? 'b').toLowerCase()[0];
  const mult = unit === 'k' ? 1024 : unit === 'm' ? 1024 ** 2 : unit === 'g' ? 1024 ** 3 : 1;
  return Math.floor(Number(m[1]) * mult);
}
