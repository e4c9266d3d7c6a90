/** Turning command-line paths into (article, sidecar) pairs, under a sidecar name pattern. */
import { readdirSync, statSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { articlePathsFor, checkSidecarPattern, DEFAULT_SIDECAR_PATTERN, sidecarPathFor } from '../core/naming';
import { TextIndex } from '../core/text';
import { CliError, describeFsError, display, readArticle, readSidecarText, type Article, type Io } from './io';

export interface Pair {
  article: string;
  sidecar: string;
}

const SKIP = new Set(['node_modules', '.git', '.hg', '.svn']);

/** The --sidecar-pattern option, checked (the editor's `newsAttribution.sidecarPattern` uses the same form). */
export function sidecarPatternOption(command: string, value: string | undefined): string {
  if (value === undefined) return DEFAULT_SIDECAR_PATTERN;
  const problem = checkSidecarPattern(value);
  if (problem) throw new CliError(`${command}: --sidecar-pattern "${value}": ${problem}`);
  return value;
}

const posix = (p: string) => (sep === '/' ? p : p.split(sep).join('/'));
const native = (p: string) => (sep === '/' ? p : p.split('/').join(sep));

function exists(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

function walk(dir: string, found: string[], io: Io): void {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (e) {
    throw new CliError(`${display(io, dir)}: ${describeFsError(e)}`);
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.isDirectory()) {
      if (!SKIP.has(e.name)) walk(join(dir, e.name), found, io);
    } else if (e.isFile() && e.name.endsWith('.json')) found.push(join(dir, e.name));
  }
}

/**
 * The article of a sidecar path under the pattern: undefined when the path is not a sidecar name of that
 * pattern. With `{file}` there is one candidate (returned even if missing, so that reading it reports the
 * problem); with `{stem}` the first candidate that exists; a CliError when none does.
 */
function articleOf(sidecar: string, pattern: string, io: Io): string | undefined {
  const candidates = articlePathsFor(posix(sidecar), pattern).map(native);
  if (!candidates.length) return undefined;
  if (candidates.length === 1) return candidates[0];
  const found = candidates.find(exists);
  if (found === undefined) throw new CliError(`${display(io, sidecar)}: no article for this sidecar (looked for ${candidates.map((c) => display(io, c)).join(', ')})`);
  return found;
}

/**
 * Each path may be a sidecar, an article (its sidecar where the pattern says), or a folder searched for
 * sidecars. Problems with one path are collected, not thrown, so the others still run.
 */
export function discover(paths: readonly string[], io: Io, pattern = DEFAULT_SIDECAR_PATTERN): { pairs: Pair[]; errors: CliError[] } {
  const pairs: Pair[] = [];
  const errors: CliError[] = [];
  const seen = new Set<string>();
  const push = (p: Pair) => {
    if (!seen.has(p.sidecar)) {
      seen.add(p.sidecar);
      pairs.push(p);
    }
  };
  const shape = pattern.replace(/\{file\}|\{stem\}/g, '*');
  const where = pattern.includes('/') ? 'for' : 'beside';
  for (const raw of paths) {
    const path = resolve(io.cwd, raw);
    try {
      let st;
      try {
        st = statSync(path);
      } catch (e) {
        throw new CliError(`${raw}: ${describeFsError(e)}`);
      }
      if (st.isDirectory()) {
        const found: string[] = [];
        walk(path, found, io);
        let matched = 0;
        for (const s of found) {
          try {
            const article = articleOf(s, pattern, io);
            if (article === undefined) continue;
            matched++;
            push({ article, sidecar: s });
          } catch (e) {
            if (!(e instanceof CliError)) throw e;
            matched++;
            errors.push(e);
          }
        }
        if (matched === 0) throw new CliError(`${raw}: no sidecars (${shape}) in this folder`);
      } else {
        const article = path.endsWith('.json') ? articleOf(path, pattern, io) : undefined;
        if (article !== undefined) push({ article, sidecar: path });
        else {
          const sidecar = native(sidecarPathFor(posix(path), pattern));
          if (!exists(sidecar)) throw new CliError(`${raw}: no sidecar ${display(io, sidecar)} ${where} this article`);
          push({ article: path, sidecar });
        }
      }
    } catch (e) {
      if (e instanceof CliError) errors.push(e);
      else throw e;
    }
  }
  return { pairs, errors };
}

/** A pair read from disk: the article (decoded, with its index and sha256) and the sidecar's text, with display names. */
export interface LoadedPair {
  article: Article;
  index: TextIndex;
  sidecarText: string;
  articleShown: string;
  sidecarShown: string;
}

/** Reads both files of a pair; a CliError names the file that cannot be read. */
export function loadPair(pair: Pair, io: Io, maxBytes: number): LoadedPair {
  const articleShown = display(io, pair.article);
  const sidecarShown = display(io, pair.sidecar);
  const article = readArticle(pair.article, articleShown, maxBytes);
  const sidecarText = readSidecarText(pair.sidecar, sidecarShown, maxBytes);
  return { article, index: new TextIndex(article.text), sidecarText, articleShown, sidecarShown };
}
