/**
 * Starts code-server for one test run: a fresh profile (user data, extensions, XDG folders, TMPDIR) under
 * <cache>/runs/<stamp>/, bound to 127.0.0.1 on a free port, with the smoke-test driver enabled so the
 * workbench accepts a test `payload`. The process group is tracked and stopped by processes.ts.
 */
import type { ChildProcess } from 'child_process';
import * as fs from 'fs';
import * as net from 'net';
import * as path from 'path';
import type { Tools } from './install';
import { startTracked, stopTracked } from './processes';
import { say, stamp } from './paths';

export interface RunFolders {
  root: string;
  userData: string;
  extensions: string;
  xdgConfig: string;
  xdgData: string;
  xdgCache: string;
  tmp: string;
  /** The copy of the fixture workspace this run opens. */
  workspace: string;
  /** code-server's own output. */
  serverLog: string;
}

const DAY_MS = 24 * 3600_000;

/** Creates the folders of a fresh run under <cache>/runs/, removing runs older than a day. */
export function prepareRun(cache: string, kind: string): RunFolders {
  const runs = path.join(cache, 'runs');
  fs.mkdirSync(runs, { recursive: true });
  for (const name of fs.readdirSync(runs)) {
    const full = path.join(runs, name);
    try {
      if (Date.now() - fs.statSync(full).mtimeMs > DAY_MS) fs.rmSync(full, { recursive: true, force: true });
    } catch {
      // removed concurrently
    }
  }
  const root = fs.mkdtempSync(path.join(runs, `${kind}-${stamp()}-`));
  const folders: RunFolders = {
    root,
    userData: path.join(root, 'user-data'),
    extensions: path.join(root, 'extensions'),
    xdgConfig: path.join(root, 'xdg-config'),
    xdgData: path.join(root, 'xdg-data'),
    xdgCache: path.join(root, 'xdg-cache'),
    tmp: path.join(root, 'tmp'),
    workspace: path.join(root, 'workspace'),
    serverLog: path.join(root, 'code-server.log'),
  };
  for (const [key, dir] of Object.entries(folders)) {
    if (key !== 'root' && key !== 'serverLog' && key !== 'workspace') fs.mkdirSync(dir, { recursive: true });
  }
  return folders;
}

/** Copies a fixture workspace into the run (tests may change its files freely). */
export function copyWorkspace(from: string, run: RunFolders): string {
  if (!fs.existsSync(from)) throw new Error(`the fixture workspace ${from} does not exist`);
  fs.cpSync(from, run.workspace, { recursive: true });
  return run.workspace;
}

/**
 * Copies a second folder into the run (<run>/second) and writes <run>/news.code-workspace listing the run's
 * workspace copy first and that folder second; returns the workspace file's path.
 */
export function addSecondFolder(from: string, run: RunFolders): string {
  if (!fs.existsSync(from)) throw new Error(`the fixture folder ${from} does not exist`);
  const second = path.join(run.root, 'second');
  fs.cpSync(from, second, { recursive: true });
  const file = path.join(run.root, 'news.code-workspace');
  fs.writeFileSync(file, JSON.stringify({ folders: [{ name: 'newsroom', path: run.workspace }, { name: 'second desk', path: second }], settings: {} }, null, 2) + '\n');
  return file;
}

/** Writes the profile's user settings (<user-data>/User/settings.json). */
export function writeUserSettings(run: RunFolders, settings: Record<string, unknown>): void {
  const dir = path.join(run.userData, 'User');
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'settings.json'), JSON.stringify(settings, null, 2) + '\n');
}

/** Settings every test profile gets: nothing that pops up, phones home or reopens old state. */
export const QUIET_SETTINGS: Record<string, unknown> = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'security.workspace.trust.enabled': false,
  'git.enabled': false,
  'window.restoreWindows': 'none',
  'chat.disableAIFeatures': true,
};

/** A free TCP port on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** The environment code-server runs in: its own XDG folders and TMPDIR, and nothing of an enclosing VS Code. */
function serverEnv(run: RunFolders, extra: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) {
    // VSCODE_IPC_HOOK_CLI and friends would make code-server hand its work to an enclosing editor.
    if (k.startsWith('VSCODE_') || k === 'ELECTRON_RUN_AS_NODE' || k.startsWith('npm_')) continue;
    env[k] = v;
  }
  return {
    ...env,
    XDG_CONFIG_HOME: run.xdgConfig,
    XDG_DATA_HOME: run.xdgData,
    XDG_CACHE_HOME: run.xdgCache,
    TMPDIR: run.tmp,
    ...extra,
  };
}

function profileArgs(run: RunFolders): string[] {
  return ['--config', path.join(run.root, 'config.yaml'), '--user-data-dir', run.userData, '--extensions-dir', run.extensions];
}

/** Installs a packaged extension into the run's extensions folder. */
export async function installExtension(tools: Tools, run: RunFolders, vsix: string): Promise<void> {
  if (!fs.existsSync(vsix)) throw new Error(`the extension package ${vsix} does not exist`);
  const started = Date.now();
  const child = startTracked('code-server --install-extension', tools.node, [tools.codeServerEntry, ...profileArgs(run), '--install-extension', vsix], {
    env: serverEnv(run, {}),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (d) => (output += d));
  child.stderr?.on('data', (d) => (output += d));
  const code = await new Promise<number | null>((resolve) => child.once('exit', (c) => resolve(c)));
  await stopTracked(child);
  if (code !== 0 || !/successfully installed/i.test(output)) {
    throw new Error(`installing ${path.basename(vsix)} into code-server failed (exit ${code}):\n${output.trim()}`);
  }
  say(`installed ${path.basename(vsix)} into the test profile (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}

export interface CodeServer {
  /** http://127.0.0.1:<port> */
  url: string;
  port: number;
  process: ChildProcess;
  /** The last lines code-server printed. */
  tail(lines?: number): string;
  stop(): Promise<void>;
}

/** Starts code-server for the run and waits until /healthz answers. */
export async function startCodeServer(tools: Tools, run: RunFolders, env: NodeJS.ProcessEnv = {}, options: { workspaceTrust?: boolean } = {}): Promise<CodeServer> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const args = [
    tools.codeServerEntry,
    '--bind-addr', `127.0.0.1:${port}`,
    '--auth', 'none',
    '--disable-telemetry',
    '--disable-update-check',
    ...(options.workspaceTrust ? [] : ['--disable-workspace-trust']),
    '--disable-getting-started-override',
    '--ignore-last-opened',
    ...profileArgs(run),
    '--vscode-option', 'enable-smoke-test-driver',
  ];
  const started = Date.now();
  const log = fs.createWriteStream(run.serverLog);
  const lines: string[] = [];
  const child = startTracked('code-server', tools.node, args, { env: serverEnv(run, env), stdio: ['ignore', 'pipe', 'pipe'] });
  const collect = (chunk: Buffer) => {
    log.write(chunk);
    lines.push(...chunk.toString('utf8').split('\n').filter((l) => l.trim() !== ''));
    if (lines.length > 400) lines.splice(0, lines.length - 400);
    if (process.env.NEWS_ATTRIBUTION_VERBOSE) process.stderr.write(chunk);
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  const tail = (n = 40) => lines.slice(-n).join('\n');
  let exited: string | undefined;
  child.once('exit', (code, signal) => (exited = `code-server exited (${signal ?? `code ${code}`})`));

  const deadline = Date.now() + 60_000;
  for (;;) {
    if (exited) throw new Error(`${exited} before it was ready; its output:\n${tail()}`);
    try {
      const res = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(2000) });
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`code-server did not answer ${url}/healthz within 60 s; its output:\n${tail()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  say(`code-server listening on ${url} (ready in ${((Date.now() - started) / 1000).toFixed(1)} s; log: ${run.serverLog})`);
  return {
    url,
    port,
    process: child,
    tail,
    stop: async () => {
      await stopTracked(child);
      log.end();
    },
  };
}
