/** Turning command-line paths into (article, sidecar) pairs. */
import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { SIDECAR_SUFFIX } from '../core/model';
import { CliError, describeFsError, display, type Io } from './io';

export interface Pair {
  article: string;
  sidecar: string;
}

const SKIP = new Set(['node_modules', '.git', '.hg', '.svn']);

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
    } else if (e.isFile() && e.name.endsWith(SIDECAR_SUFFIX) && e.name.length > SIDECAR_SUFFIX.length) {
      found.push(join(dir, e.name));
    }
  }
}

/**
 * Each path may be a sidecar, an article (its sidecar beside it), or a folder searched for
 * sidecars. Problems with one path are collected, not thrown, so the others still run.
 */
export function discover(paths: readonly string[], io: Io): { pairs: Pair[]; errors: CliError[] } {
  const pairs: Pair[] = [];
  const errors: CliError[] = [];
  const seen = new Set<string>();
  const push = (p: Pair) => {
    if (!seen.has(p.sidecar)) {
      seen.add(p.sidecar);
      pairs.push(p);
    }
  };
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
        if (found.length === 0) throw new CliError(`${raw}: no sidecars (*${SIDECAR_SUFFIX}) in this folder`);
        for (const s of found) push({ article: s.slice(0, -SIDECAR_SUFFIX.length), sidecar: s });
      } else if (path.endsWith(SIDECAR_SUFFIX)) {
        push({ article: path.slice(0, -SIDECAR_SUFFIX.length), sidecar: path });
      } else {
        const sidecar = path + SIDECAR_SUFFIX;
        try {
          statSync(sidecar);
        } catch {
          throw new CliError(`${raw}: no sidecar ${display(io, sidecar)} beside this article`);
        }
        push({ article: path, sidecar });
      }
    } catch (e) {
      if (e instanceof CliError) errors.push(e);
      else throw e;
    }
  }
  return { pairs, errors };
}
