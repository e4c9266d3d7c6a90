/**
 * `npm run test:e2e`: packages the extension (npm run package → news-attribution-<version>.vsix), then runs the
 * end-to-end suite (out/test/e2e/**\/*.test.js) with mocha in this process; each suite installs the .vsix into
 * a fresh code-server profile and drives the workbench with playwright-core. Screenshots go to
 * test-results/e2e/<stamp>/ (printed). The whole run ends at NEWS_ATTRIBUTION_TIMEOUT seconds (default 600),
 * printing which test was running, and every process it started is stopped.
 *
 * Environment: NEWS_ATTRIBUTION_VSIX (use this package, skip packaging), NEWS_ATTRIBUTION_GREP (only matching
 * tests), NEWS_ATTRIBUTION_CACHE, CHROMIUM_PATH.
 */
import { spawn } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import Mocha from 'mocha';
import { findChromium } from './chromium';
import { ensureTools, SetupError } from './install';
import { cacheRoot, repoRoot, say, secondsFromEnv, stamp } from './paths';
import { stopAll } from './processes';

function testFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...testFiles(full));
    else if (entry.name.endsWith('.test.js')) out.push(full);
  }
  return out.sort();
}

/** `npm run package`, with its output shown; the .vsix path it produced. */
async function packageExtension(): Promise<string> {
  const started = Date.now();
  say('packaging the extension (npm run package)');
  const code = await new Promise<number>((resolve) => {
    const child = spawn(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['run', '--silent', 'package'], {
      cwd: repoRoot,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    child.on('error', () => resolve(-1));
    child.on('exit', (c) => resolve(c ?? -1));
  });
  if (code !== 0) throw new SetupError(`npm run package failed (exit ${code}); see its output above`);
  const version = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')).version;
  const vsix = path.join(repoRoot, `news-attribution-${version}.vsix`);
  if (!fs.existsSync(vsix)) throw new SetupError(`npm run package did not produce ${path.relative(repoRoot, vsix)}`);
  say(`packaged ${path.basename(vsix)} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return vsix;
}

async function main(): Promise<number> {
  const limitMs = secondsFromEnv('NEWS_ATTRIBUTION_TIMEOUT', 600);
  const files = testFiles(path.join(repoRoot, 'out', 'test', 'e2e'));
  if (files.length === 0) throw new SetupError('no out/test/e2e/**/*.test.js; compile the tests first (npm run compile-tests)');
  findChromium();
  await ensureTools(cacheRoot());
  process.env.NEWS_ATTRIBUTION_VSIX ??= await packageExtension();
  process.env.NEWS_ATTRIBUTION_SCREENSHOTS ??= path.join(repoRoot, 'test-results', 'e2e', stamp());
  const screenshots = process.env.NEWS_ATTRIBUTION_SCREENSHOTS;
  fs.mkdirSync(screenshots, { recursive: true });
  say(`screenshots of each step: ${screenshots}`);

  const mocha = new Mocha({ ui: 'bdd', reporter: 'spec', timeout: 60_000, color: process.stdout.isTTY });
  if (process.env.NEWS_ATTRIBUTION_GREP) mocha.grep(process.env.NEWS_ATTRIBUTION_GREP);
  for (const f of files) mocha.addFile(f);

  const started = Date.now();
  let current: string | undefined;
  let hungIn: string | undefined;
  let timer: NodeJS.Timeout | undefined;
  const result = await new Promise<{ failures: number; passes: number; pending: number } | 'timeout'>((resolve) => {
    const runner = mocha.run((failures) => resolve({ failures, passes: runner.stats?.passes ?? 0, pending: runner.stats?.pending ?? 0 }));
    runner.on('test', (t) => (current = t.fullTitle()));
    runner.on('hook', (h) => (current = h.fullTitle()));
    timer = setTimeout(() => {
      hungIn = current;
      resolve('timeout');
    }, limitMs);
  });
  clearTimeout(timer);
  await stopAll();
  if (result === 'timeout') {
    process.stderr.write(`\ne2e: time limit of ${limitMs / 1000} s reached while running "${hungIn ?? '(no test started)'}"; the output so far is above\n`);
    return 124;
  }
  const { failures, passes, pending } = result;
  say(`e2e suite ${failures ? 'failed' : 'passed'} in ${((Date.now() - started) / 1000).toFixed(1)} s; screenshots: ${screenshots}`);
  console.log(`e2e: ${passes} passed, ${failures} failed${pending ? `, ${pending} skipped` : ''}`);
  if (passes === 0 && failures === 0) {
    process.stderr.write('e2e: no test ran\n');
    return 1;
  }
  return failures ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  async (e) => {
    await stopAll();
    process.stderr.write(`e2e suite: ${e instanceof SetupError ? e.message : (e as Error).stack ?? e}\n`);
    process.exit(e instanceof SetupError ? 2 : 1);
  },
);
