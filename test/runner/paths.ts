/** Where the launchers find the project and keep their cache. */
import * as fs from 'fs';
import * as path from 'path';

/** The repository root: this file is compiled to <root>/out/test/runner/. */
export const repoRoot = findRepoRoot(path.resolve(__dirname, '..', '..', '..'));

function findRepoRoot(dir: string): string {
  const manifest = path.join(dir, 'package.json');
  // out/ may hold a copy of package.json too (compiled JSON imports); the root is the one with the lock file.
  if (fs.existsSync(path.join(dir, 'package-lock.json')) && JSON.parse(fs.readFileSync(manifest, 'utf8')).name === 'news-attribution') return dir;
  throw new Error(`${dir} is not the news-attribution repository; run the launchers from out/test/runner/ after npm run compile-tests`);
}

/**
 * The cache holding Node 24, code-server and the per-run profiles. NEWS_ATTRIBUTION_CACHE moves it (several
 * checkouts can share one install); by default it is .cache/vscode inside the repository (git-ignored).
 */
export function cacheRoot(): string {
  const configured = process.env.NEWS_ATTRIBUTION_CACHE;
  return path.resolve(configured && configured.trim() ? configured : path.join(repoRoot, '.cache', 'vscode'));
}

/** A compact local timestamp for folder names: 20250131-142501. */
export function stamp(date = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}${p(date.getMonth() + 1)}${p(date.getDate())}-${p(date.getHours())}${p(date.getMinutes())}${p(date.getSeconds())}`;
}

/** Prints a launcher message, prefixed so it stands apart from the test output. */
export function say(message: string): void {
  process.stdout.write(`[vscode-test] ${message}\n`);
}

/** Milliseconds from an environment variable given in seconds, or the default. */
export function secondsFromEnv(name: string, defaultSeconds: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === '') return defaultSeconds * 1000;
  const n = Number(raw);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`${name} must be a positive number of seconds, got "${raw}"`);
  return n * 1000;
}
