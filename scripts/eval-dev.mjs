#!/usr/bin/env node
// Scores the suggestion engine on the PolNeAR development set in ../shared/data/polnear-dev (relative
// to the repository root) and prints the numbers for the tuning part, the held-out part and the
// whole set. The split is fixed: per publisher, articles sorted by name, every third one is held
// out (28 of 84); the engine's rules were tuned on the other 56 only.
//
// Usage: node scripts/eval-dev.mjs [--data <folder>] [--json]
// The engine is bundled from src/ with esbuild on the fly, so no build step is needed first.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataFolder, devDocuments, loadCore } from './dev-set.mjs';

const args = process.argv.slice(2);
const data = dataFolder(args, 'Nothing was evaluated.');
const asJson = args.includes('--json');
const core = await loadCore({ 'formats/brat': ['readBrat'], eval: ['evaluate', 'formatReport'], 'suggest/index': ['suggestAttributions'] });

const docs = { tuning: [], 'held-out': [] };
let warnings = 0;
const started = process.hrtime.bigint();
let bytes = 0;
for (const { file: f, name, ann, split } of devDocuments(data)) {
  if (!ann) {
    console.error(`warning: ${f}: no annotation file; not scored`);
    continue;
  }
  const text = readFileSync(join(data, 'text', f), 'utf8');
  bytes += Buffer.byteLength(text);
  const gold = core.readBrat(readFileSync(join(data, 'attributions', ann), 'utf8'), text, ann);
  warnings += gold.warnings.length;
  const pred = core.suggestAttributions(text).attributions;
  docs[split].push({ name, gold: gold.attributions, pred });
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
