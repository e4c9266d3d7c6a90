/**
 * `npm run test:integration`: runs the integration suite (out/test/integration/index.js) inside a real VS Code,
 * offline: code-server from the cache, Chromium headless, the suite loaded into the extension host through the
 * workbench's test payload. Streams the mocha output, exits with the suite's exit code, and stops every process
 * it started, also at the time limit (NEWS_ATTRIBUTION_TIMEOUT seconds, default 300) and on SIGINT/SIGTERM.
 *
 * Environment: NEWS_ATTRIBUTION_CACHE (cache folder), CHROMIUM_PATH (browser), NEWS_ATTRIBUTION_GREP (only
 * tests whose title matches), NEWS_ATTRIBUTION_VERBOSE=1 (also print code-server's output),
 * NEWS_ATTRIBUTION_KEEP_RUN=1 (keep the run's folder, with the workbench and code-server logs, after a pass).
 */
import * as fs from 'fs';
import * as path from 'path';
import { format } from 'util';
import { launchBrowser, newWorkbenchPage, workbenchUrl } from './browser';
import { findChromium } from './chromium';
import { FIXTURE_SECOND_FOLDER, FIXTURE_WORKSPACE } from './fixtures';
import { addSecondFolder, copyWorkspace, prepareRun, QUIET_SETTINGS, startCodeServer, writeUserSettings } from './code-server';
import { ensureTools, SetupError } from './install';
import { cacheRoot, repoRoot, say, secondsFromEnv } from './paths';
import { stopAll } from './processes';
import { OUTPUT_MARK, TEST_MARK } from '../integration/index';

/** Messages the workbench logs on every start, or because it has no network; they say nothing about the tests. */
const NOISE = [
  /ENOTFOUND/,
  /open-vsx\.org/,
  /Timed out waiting for authentication provider/,
  /Failed to fetch/,
  /net::ERR_/,
  /connection token/,
  /Creating a socket/,
  /reconnection-grace-time/,
  /Updating additional builtin extensions cache/,
  /\[Service Worker\]/,
  /\[AccountPolicyGate\]/,
  /\[AgentHost/,
  /Creation of workbench contribution/,
];

async function main(): Promise<number> {
  const limitMs = secondsFromEnv('NEWS_ATTRIBUTION_TIMEOUT', 300);
  const testsIndex = path.join(repoRoot, 'out', 'test', 'integration', 'index.js');
  const extensionMain = path.join(repoRoot, 'dist', 'extension.js');
  for (const [file, how] of [[testsIndex, 'npm run compile-tests'], [extensionMain, 'node esbuild.mjs']] as const) {
    if (!fs.existsSync(file)) throw new SetupError(`${path.relative(repoRoot, file)} is missing; build it first (${how})`);
  }
  const chromiumPath = findChromium();
  const cache = cacheRoot();
  const tools = await ensureTools(cache);

  const started = Date.now();
  const run = prepareRun(cache, 'integration');
  const workspace = copyWorkspace(FIXTURE_WORKSPACE, run);
  // A multi-root workspace: the fixture workspace first, a second folder with its own settings after it.
  const workspaceFile = addSecondFolder(FIXTURE_SECOND_FOLDER, run);
  writeUserSettings(run, QUIET_SETTINGS);
  const server = await startCodeServer(tools, run, { NEWS_ATTRIBUTION_TEST_MARKS: '1' });

  const browser = await launchBrowser(run, chromiumPath);
  const page = await newWorkbenchPage(browser);
  // The suite's own output (marked by the test index) is streamed; the workbench's chatter goes to a log file,
  // whose last lines are printed when the suite fails or hangs.
  const output: string[] = [];
  const workbenchLog: string[] = [];
  const workbenchLogFile = path.join(run.root, 'workbench.log');
  let current: string | undefined;
  await page.exposeFunction('codeAutomationLog', (type: string, args: unknown[]) => {
    const text = format(...(Array.isArray(args) ? args : [args]));
    if (text.startsWith(TEST_MARK)) {
      current = text.slice(TEST_MARK.length).trim();
    } else if (text.startsWith(OUTPUT_MARK)) {
      const lines = text.slice(OUTPUT_MARK.length).split('\n');
      output.push(...lines);
      process.stdout.write(lines.join('\n') + '\n');
    } else {
      workbenchLog.push(`[${type}] ${text}`);
      fs.appendFileSync(workbenchLogFile, `[${type}] ${text}\n`);
    }
  });
  const workbenchTail = (n: number) => workbenchLog.filter((l) => !NOISE.some((re) => re.test(l))).slice(-n).join('\n');

  let settle: { resolve(code: number): void; reject(e: Error): void } | undefined;
  const outcome = new Promise<number>((resolve, reject) => (settle = { resolve, reject }));
  await page.exposeFunction('codeAutomationExit', (code: number) => settle?.resolve(code));
  page.on('crash', () => settle?.reject(new Error('the browser tab with the workbench crashed')));
  server.process.once('exit', (code, signal) => settle?.reject(new Error(`code-server exited (${signal ?? `code ${code}`}) during the tests`)));

  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new TimeoutError()), limitMs);
  });

  let code = 1;
  try {
    const url = workbenchUrl({
      serverUrl: server.url,
      workspaceFile,
      extensionDevelopmentPath: repoRoot,
      extensionTestsPath: testsIndex,
    });
    say(`opening the workbench on ${workspaceFile} (${workspace} and a second folder); the suite runs in the extension host (time limit ${limitMs / 1000} s)`);
    await Promise.race([page.goto(url), timeout]);
    code = await Promise.race([outcome, timeout]);
  } catch (e) {
    if (!(e instanceof TimeoutError)) throw e;
    code = 124;
    process.stderr.write(
      `\nintegration suite: time limit of ${limitMs / 1000} s reached ` +
        (current ? `while running "${current}"` : 'before any test started (the extension host or the suite did not start)') +
        `; ${output.length} line(s) of test output so far are above.\n`,
    );
  } finally {
    clearTimeout(timer);
    await stopAll();
  }
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (code === 0) {
    say(`integration suite passed in ${seconds} s`);
    if (process.env.NEWS_ATTRIBUTION_KEEP_RUN === '1') say(`kept this run's profile, workspace and logs in ${run.root}`);
    else fs.rmSync(run.root, { recursive: true, force: true });
  } else {
    const summarised = output.some((l) => /^integration: \d+ passed, \d+ failed/.test(l));
    if (code !== 124) process.stderr.write(`integration suite failed (exit code ${code}) after ${seconds} s${summarised ? '; the failing tests and their reasons are listed above' : ''}\n`);
    if (!summarised) {
      // The suite did not get to its end: what the workbench and code-server said tells why.
      const tail = workbenchTail(15);
      if (tail) process.stderr.write(`the last messages of the workbench (all in ${workbenchLogFile}):\n${tail}\n`);
      process.stderr.write(`the last lines of code-server's output (all in ${run.serverLog}):\n${server.tail(10)}\n`);
    }
    say(`kept this run's profile, workspace and logs in ${run.root}`);
  }
  return code;
}

class TimeoutError extends Error {}

main().then(
  (code) => process.exit(code),
  async (e) => {
    await stopAll();
    process.stderr.write(`integration suite: ${e instanceof SetupError ? e.message : (e as Error).stack ?? e}\n`);
    process.exit(e instanceof SetupError ? 2 : 1);
  },
);
