// Installs the project's dependencies exactly as locked (npm ci) when node_modules is missing or
// was installed from another package-lock.json, so `npm test` and `npm run package` work on a fresh
// clone. Uses Node built-ins only: it runs before anything is installed.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const lock = join(root, 'package-lock.json');
const stamp = join(root, 'node_modules', '.news-attribution-installed');
const want = createHash('sha256').update(readFileSync(lock)).digest('hex');
const have = existsSync(stamp) ? readFileSync(stamp, 'utf8').trim() : '';

if (have !== want) {
  console.log(existsSync(join(root, 'node_modules')) ? 'Dependencies changed: running npm ci' : 'Installing dependencies: npm ci');
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const r = spawnSync(npm, ['ci', '--no-audit', '--no-fund'], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) {
    console.error(`npm ci failed (exit ${r.status ?? r.signal}); see the output above.`);
    process.exit(r.status || 1);
  }
  writeFileSync(stamp, want + '\n');
}
