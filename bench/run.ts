/**
 * Runs every benchmark module (bench/*.bench.ts, compiled to out/bench) and prints its table.
 * Each module exports `run(): Promise<void> | void`. Pass names to run only some: `npm run bench -- validate`.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

async function main(): Promise<void> {
  const only = process.argv.slice(2);
  const files = readdirSync(__dirname)
    .filter((f) => f.endsWith('.bench.js'))
    .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
    .sort();
  console.log(`News Attribution benchmarks — node ${process.version}, ${process.platform}/${process.arch}`);
  for (const f of files) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const mod = require(join(__dirname, f)) as { run: () => Promise<void> | void };
    await mod.run();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
