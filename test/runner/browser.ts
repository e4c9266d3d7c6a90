/** The headless browser that shows the code-server workbench (playwright-core driving a local Chromium). */
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from './chromium';
import type { RunFolders } from './code-server';
import { onCleanup } from './processes';

/**
 * Launches Chromium headless; it is closed by stopAll() if the caller does not close it first. With a run,
 * the browser's own configuration and cache folders are the run's.
 */
export async function launchBrowser(run?: RunFolders, executablePath = findChromium()): Promise<Browser> {
  const browser = await chromium.launch({
    executablePath,
    headless: true,
    args: CHROMIUM_ARGS,
    // (not TMPDIR: Chromium's singleton socket path must stay short)
    env: run ? { ...process.env, XDG_CONFIG_HOME: run.xdgConfig, XDG_CACHE_HOME: run.xdgCache } : process.env,
    // The launcher's own handlers stop everything in order; playwright still kills the browser on exit.
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
  });
  const forget = onCleanup(async () => {
    await browser.close().catch(() => undefined);
  });
  browser.on('disconnected', () => forget());
  return browser;
}

/** Options of the workbench URL. */
export interface WorkbenchTarget {
  /** http://127.0.0.1:<port> of code-server. */
  serverUrl: string;
  /** Absolute path of the folder to open. */
  folder?: string;
  /** Absolute path of a .code-workspace file to open instead (a multi-root workspace). */
  workspaceFile?: string;
  /** Extension to load from source (development mode). */
  extensionDevelopmentPath?: string;
  /** Compiled test index (`run(): Promise<void>`) to run in the extension host. */
  extensionTestsPath?: string;
}

/** The workbench URL with the folder and, for integration tests, the smoke-test payload. */
export function workbenchUrl(target: WorkbenchTarget): string {
  const authority = new URL(target.serverUrl).host;
  const remote = (p: string) => `vscode-remote://${authority}${p}`;
  const params = new URLSearchParams();
  if (target.workspaceFile) params.set('workspace', target.workspaceFile);
  else if (target.folder) params.set('folder', target.folder);
  else throw new Error('workbenchUrl needs a folder or a workspace file');
  const payload: [string, string][] = [];
  if (target.extensionDevelopmentPath) payload.push(['extensionDevelopmentPath', remote(target.extensionDevelopmentPath)]);
  if (target.extensionTestsPath) payload.push(['extensionTestsPath', remote(target.extensionTestsPath)]);
  payload.push(['skipWelcome', 'true']);
  params.set('payload', JSON.stringify(payload));
  return `${target.serverUrl}/?${params.toString()}`;
}

/** A page with a window size large enough for the editor, the panel and a hover at once. */
export async function newWorkbenchPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  return context.newPage();
}
