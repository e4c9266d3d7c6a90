/**
 * The integration suite's entry point, run inside a real VS Code extension host by either launcher
 * (test/runner/integration.ts on code-server, test/runner/electron.ts on @vscode/test-electron).
 * It loads every compiled *.test.js below this folder into mocha and resolves when all pass; a failure
 * rejects with the count, after mocha's spec reporter has printed each failing test with its reason.
 */
import * as fs from 'fs';
import * as path from 'path';
import { format } from 'util';
import Mocha from 'mocha';

/**
 * The code-server launcher receives everything the workbench logs, its own chatter included. When it asks
 * for marks (NEWS_ATTRIBUTION_TEST_MARKS=1), the suite's output (mocha's reporter and this module's messages)
 * is prefixed with OUTPUT_MARK so the launcher can show it apart from the rest, and TEST_MARK lines name each
 * test as it starts, so that a hang is reported by name. The launcher strips both marks. (The extension host
 * does not let console methods be replaced, so the marks are added here rather than on `console`.)
 */
export const OUTPUT_MARK = '##news-attribution-out## ';
export const TEST_MARK = '##news-attribution-test## ';

function testFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...testFiles(full));
    else if (entry.name.endsWith('.test.js')) out.push(full);
  }
  return out.sort();
}

export function run(): Promise<void> {
  const mocha = new Mocha({
    ui: 'bdd',
    reporter: 'spec',
    color: false,
    timeout: 30_000,
  });
  const grep = process.env.NEWS_ATTRIBUTION_GREP;
  if (grep) mocha.grep(grep);
  const files = testFiles(__dirname);
  for (const f of files) mocha.addFile(f);
  const marks = process.env.NEWS_ATTRIBUTION_TEST_MARKS === '1';
  const log = console.log.bind(console);
  const out = marks ? (...args: unknown[]) => log(OUTPUT_MARK + format(...args)) : log;
  const reporterLog = Mocha.reporters.Base.consoleLog;
  Mocha.reporters.Base.consoleLog = out;
  const restore = () => {
    Mocha.reporters.Base.consoleLog = reporterLog;
  };

  return new Promise<void>((resolve, reject) => {
    const fail = (message: string) => {
      out(`integration suite: ${message}`);
      reject(new Error(message));
    };
    if (files.length === 0) {
      fail(`no *.test.js files under ${__dirname}; compile the tests first (npm run compile-tests)`);
      return;
    }
    let runner: Mocha.Runner;
    try {
      runner = mocha.run((failures) => {
        const { passes = 0, pending = 0 } = runner.stats ?? {};
        out(`integration: ${passes} passed, ${failures} failed${pending ? `, ${pending} skipped` : ''}`);
        if (failures > 0) fail(`${failures} integration test(s) failed`);
        else if (passes === 0) fail('no integration test ran');
        else resolve();
      });
    } catch (e) {
      // A test file that throws while loading.
      fail(`a test file could not be loaded: ${e instanceof Error ? e.stack ?? e.message : String(e)}`);
      return;
    }
    if (marks) {
      runner.on('test', (t) => log(`${TEST_MARK}${t.fullTitle()}`));
      runner.on('hook', (h) => log(`${TEST_MARK}${h.fullTitle()}`));
    }
  }).finally(restore);
}
