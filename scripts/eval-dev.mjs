#!/usr/bin/env node
// Scores the suggestion engine on the PolNeAR development set in ../shared/data/polnear-dev (relative
// to the repository root) and prints the numbers for the tuning part, the held-out part and the
// whole set. The split is fixed: per publisher, articles sorted by name, every third one is held
// out (28 of 84); the engine's rules were tuned on the other 56 only.
//
// Usage: node scripts/eval-dev.mjs [--data <folder>] [--json]
// The engine is bundled from src/ with esbuild on the fly, so no build step is needed first.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const dataArg = args.indexOf('--data');
const data = dataArg >= 0 ? resolve(args[dataArg + 1]) : resolve(root, '..', 'shared', 'data', 'polnear-dev');
const asJson = args.includes('--json');

if (!existsSync(join(data, 'text')) || !existsSync(join(data, 'attributions'))) {
  console.error(`The development data is not here: ${data} (expected text/ and attributions/).`);
  console.error('Nothing was evaluated. Pass --data <folder> to point at a copy of the PolNeAR development split.');
  process.exit(2);
}

// Bundle the core entry points into one CommonJS file and load it.
const dir = mkdtempSync(join(tmpdir(), 'news-attribution-eval-'));
const out = join(dir, 'core.cjs');
const src = (p) => JSON.stringify(join(root, 'src', 'core', p));
await esbuild.build({
  stdin: {
    contents: `export { readBrat } from ${src('formats/brat')};\nexport { evaluate, formatReport } from ${src('eval')};\nexport { suggestAttributions } from ${src('suggest/index')};\n`,
    resolveDir: root,
    loader: 'ts',
  },
  bundle: true,
  platform: 'node',
  format: 'cjs',
  outfile: out,
  logLevel: 'error',
});
const core = createRequire(import.meta.url)(out);
rmSync(dir, { recursive: true, force: true });

const texts = readdirSync(join(data, 'text')).filter((f) => f.endsWith('.txt')).sort();
const anns = readdirSync(join(data, 'attributions')).filter((f) => f.endsWith('.ann')).sort();

// The split: per publisher (the name before the first underscore), every third article is held out.
const seen = new Map();
const split = new Map();
for (const f of texts) {
  const publisher = f.split('_')[0];
  const n = (seen.get(publisher) ?? 0) + 1;
  seen.set(publisher, n);
  split.set(f, n % 3 === 0 ? 'held-out' : 'tuning');
}

const docs = { tuning: [], 'held-out': [] };
let warnings = 0;
const started = process.hrtime.bigint();
let bytes = 0;
for (const f of texts) {
  const name = basename(f, '.txt');
  const ann = anns.find((a) => a.startsWith(`${name}_`) && !a.slice(name.length + 1, -4).includes('_'));
  if (!ann) {
    console.error(`warning: ${f}: no annotation file; not scored`);
    continue;
  }
  const text = readFileSync(join(data, 'text', f), 'utf8');
  bytes += Buffer.byteLength(text);
  const gold = core.readBrat(readFileSync(join(data, 'attributions', ann), 'utf8'), text, ann);
  warnings += gold.warnings.length;
  const pred = core.suggestAttributions(text).attributions;
  docs[split.get(f)].push({ name, gold: gold.attributions, pred });
}
const seconds = Number(process.hrtime.bigint() - started) / 1e9;

const reports = {
  tuning: core.evaluate(docs.tuning),
  'held-out': core.evaluate(docs['held-out']),
  all: core.evaluate([...docs.tuning, ...docs['held-out']]),
};
if (asJson) {
  console.log(JSON.stringify({ data, split: 'per publisher, every third article by name held out', reports, warnings }, null, 2));
} else {
  console.log(`PolNeAR development set: ${data}`);
  console.log(`(${warnings} annotation warning${warnings === 1 ? '' : 's'}; ${(bytes / 1024).toFixed(0)} KB of text suggested and scored in ${seconds.toFixed(1)} s)\n`);
  for (const [title, r] of Object.entries(reports)) console.log(core.formatReport(r, title === 'all' ? 'whole set' : `${title} part`) + '\n');
}
