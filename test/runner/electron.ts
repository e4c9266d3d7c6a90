/**
 * `npm run test:electron`: the same integration suite under @vscode/test-electron, which downloads a desktop
 * VS Code into .vscode-test/ (so it needs internet access; offline, use `npm run test:integration`).
 * VSCODE_VERSION picks the version (default: stable). Like the offline launcher, each run gets a fresh copy
 * of the two-folder fixture workspace and a fresh profile under <cache>/runs/.
 */
import * as fs from 'fs';
import * as path from 'path';
import { runTests } from '@vscode/test-electron';
import { addSecondFolder, copyWorkspace, prepareRun } from './code-server';
import { FIXTURE_SECOND_FOLDER, FIXTURE_WORKSPACE } from './fixtures';
import { cacheRoot, repoRoot, say } from './paths';

async function main(): Promise<number> {
  const extensionTestsPath = path.join(repoRoot, 'out', 'test', 'integration', 'index.js');
  if (!fs.existsSync(extensionTestsPath)) throw new Error(`${extensionTestsPath} is missing; run npm run compile-tests first`);
  const run = prepareRun(cacheRoot(), 'electron');
  const workspace = copyWorkspace(FIXTURE_WORKSPACE, run);
  const workspaceFile = addSecondFolder(FIXTURE_SECOND_FOLDER, run);
  say(`running the integration suite under @vscode/test-electron on ${workspaceFile} (${workspace} and a second folder)`);
  try {
    return await runTests({
      version: process.env.VSCODE_VERSION || 'stable',
      extensionDevelopmentPath: repoRoot,
      extensionTestsPath,
      launchArgs: [
        workspaceFile,
        '--disable-extensions',
        '--disable-workspace-trust',
        '--skip-welcome',
        '--skip-release-notes',
        `--user-data-dir=${run.userData}`,
        `--extensions-dir=${run.extensions}`,
      ],
    });
  } finally {
    fs.rmSync(run.root, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (e) => {
    const message = (e as Error).message ?? String(e);
    const offline = /ENOTFOUND|EAI_AGAIN|ENETUNREACH|ECONNREFUSED|ETIMEDOUT/.test(message);
    process.stderr.write(
      `electron integration suite: ${message}` +
        (offline ? ' (@vscode/test-electron downloads VS Code and needs internet access; offline, run npm run test:integration)' : '') +
        '\n',
    );
    process.exit(1);
  },
);
