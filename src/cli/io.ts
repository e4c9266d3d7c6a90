/** File access for the CLI: bounded reads with one-line errors, and atomic writes. */
import { createHash, randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, openSync, readFileSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { decodeArticle } from '../core/text';

/** An error the CLI reports as one line and turns into an exit code. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: 1 | 2 = 2,
  ) {
    super(message);
  }
}

export interface Io {
  out(text: string): void;
  err(text: string): void;
  cwd: string;
}

export const processIo: Io = {
  out: (t) => process.stdout.write(t),
  err: (t) => process.stderr.write(t),
  cwd: process.cwd(),
};

/** Largest file read, in bytes (articles and sidecars alike). */
export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

export function display(io: Io, path: string): string {
  const rel = relative(io.cwd, path);
  return rel && !rel.startsWith('..') ? rel : path;
}

function mb(n: number): string {
  return `${(n / (1024 * 1024)).toFixed(1)} MB`;
}

/** Reads a file's bytes, refusing what is missing, a folder, or larger than the limit. */
export function readBytes(path: string, shown: string, maxBytes = DEFAULT_MAX_BYTES): Buffer {
  let size: number;
  try {
    const st = statSync(path);
    if (st.isDirectory()) throw new CliError(`${shown}: is a folder, not a file`);
    size = st.size;
  } catch (e) {
    if (e instanceof CliError) throw e;
    throw new CliError(`${shown}: ${describeFsError(e)}`);
  }
  if (size > maxBytes) throw new CliError(`${shown}: file is ${mb(size)}, larger than the ${mb(maxBytes)} limit (raise it with --max-size)`);
  try {
    return readFileSync(path);
  } catch (e) {
    throw new CliError(`${shown}: ${describeFsError(e)}`);
  }
}

export interface Article {
  text: string;
  bom: boolean;
  sha256: string;
}

/** Reads and decodes an article: UTF-8 only, BOM excluded, no binary files. */
export function readArticle(path: string, shown: string, maxBytes?: number): Article {
  const bytes = readBytes(path, shown, maxBytes);
  const decoded = decodeArticle(bytes);
  if (!decoded.ok) throw new CliError(`${shown}: ${decoded.message}`);
  return { text: decoded.text, bom: decoded.bom, sha256: createHash('sha256').update(bytes).digest('hex') };
}

/** Reads a sidecar as text (UTF-8; a BOM is tolerated). */
export function readSidecarText(path: string, shown: string, maxBytes?: number): string {
  const bytes = readBytes(path, shown, maxBytes);
  const decoded = decodeArticle(bytes);
  if (!decoded.ok) throw new CliError(`${shown}: ${decoded.reason === 'binary' ? 'binary file, not a JSON sidecar' : decoded.message}`);
  return decoded.text;
}

/** Writes a file atomically: a temporary file in the same folder, flushed, then renamed over the target. */
export function writeAtomic(path: string, content: string, shown: string): void {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    const fd = openSync(tmp, 'wx');
    try {
      writeSync(fd, content);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, path);
  } catch (e) {
    try {
      unlinkSync(tmp);
    } catch {
      // the temporary file was never created
    }
    throw new CliError(`${shown}: cannot write (${describeFsError(e)})`);
  }
}

export function describeFsError(e: unknown): string {
  const code = (e as NodeJS.ErrnoException)?.code;
  switch (code) {
    case 'ENOENT': return 'no such file or folder';
    case 'EACCES':
    case 'EPERM': return 'permission denied';
    case 'EISDIR': return 'is a folder, not a file';
    case 'ENOTDIR': return 'a part of the path is not a folder';
    case 'EROFS': return 'read-only file system';
    case 'ENOSPC': return 'no space left on the device';
    default: return (e as Error)?.message ?? String(e);
  }
}
