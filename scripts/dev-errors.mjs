#!/usr/bin/env node
// Lists the suggestion engine's errors on the PolNeAR development set in ../shared/data/polnear-dev
// (relative to the repository root), per document: gold attributions it missed, false positives,
// boundary errors (matched, but with a character Jaccard under 0.8, both spans shown), wrong
// speakers and wrong cues. Uses the same split and matching as scripts/eval-dev.mjs.
//
// Usage: node scripts/dev-errors.mjs [--data <folder>] [--split tuning|held-out|all] [--only missed,fp,boundary,speaker,cue]
//                                    [--doc <name part>] [--summary]
// The output quotes the articles: it is for reading in a terminal, never for committing.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataFolder, devDocuments, loadCore } from './dev-set.mjs';

const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : dflt;
};
const data = dataFolder(args, 'Nothing was analysed.');
const wantSplit = opt('--split', 'tuning');
const only = new Set(opt('--only', 'missed,fp,boundary,speaker,cue').split(','));
const docFilter = opt('--doc', '');
const summaryOnly = args.includes('--summary');
const core = await loadCore({
  'formats/brat': ['readBrat'],
  eval: ['matchAttributions', 'normalizeRanges', 'sharedChars', 'isDirectContent'],
  'suggest/index': ['suggestAttributions'],
});

const show = (spans) => (spans?.length ? spans.map((s) => `[${s.start}-${s.end}] ${JSON.stringify(s.text)}`).join(' + ') : '—');
const touches = (a, b) => !!a?.length && !!b?.length && core.sharedChars(core.normalizeRanges(a), core.normalizeRanges(b)) > 0;
const totals = { missed: 0, missedDirect: 0, missedOverlapping: 0, fp: 0, fpDirect: 0, boundary: 0, boundaryDirect: 0, speaker: 0, cue: 0 };

for (const { file: f, name, ann, split } of devDocuments(data)) {
  if (wantSplit !== 'all' && split !== wantSplit) continue;
  if (docFilter && !name.includes(docFilter)) continue;
  if (!ann) continue;
  const text = readFileSync(join(data, 'text', f), 'utf8');
  const gold = core.readBrat(readFileSync(join(data, 'attributions', ann), 'utf8'), text, ann).attributions;
  const pred = core.suggestAttributions(text).attributions;
  const pairs = core.matchAttributions(gold, pred);
  const gm = new Map(pairs.map((p) => [p.gold, p]));
  const pm = new Set(pairs.map((p) => p.pred));
  const lines = [];
  const q = (a) => (core.isDirectContent(a) ? 'Q' : '-');
  gold.forEach((g, i) => {
    if (gm.has(i)) return;
    totals.missed++;
    if (core.isDirectContent(g)) totals.missedDirect++;
    // Whether some prediction covers part of the content (found, but cut or merged wrongly).
    const gc = core.normalizeRanges(g.content);
    const near = pred.some((p) => core.sharedChars(gc, core.normalizeRanges(p.content)) > 0);
    if (near) totals.missedOverlapping++;
    if (only.has('missed')) lines.push(`  MISSED ${q(g)}${near ? ' (overlaps a prediction)' : ''} content ${show(g.content)}\n         cue ${show(g.cue)}  source ${show(g.source?.mention)}`);
  });
  pred.forEach((p, j) => {
    if (pm.has(j)) return;
    totals.fp++;
    if (core.isDirectContent(p)) totals.fpDirect++;
    if (only.has('fp')) lines.push(`  FP     ${q(p)} content ${show(p.content)}\n         cue ${show(p.cue)}  source ${show(p.source?.mention)}`);
  });
  for (const m of pairs) {
    const g = gold[m.gold];
    const p = pred[m.pred];
    if (m.jaccard < 0.8) {
      totals.boundary++;
      if (core.isDirectContent(g)) totals.boundaryDirect++;
      if (only.has('boundary')) lines.push(`  BOUND  ${q(g)} J=${m.jaccard.toFixed(2)}\n         gold ${show(g.content)}\n         pred ${show(p.content)}`);
    }
    if (g.source?.mention?.length && !touches(g.source.mention, p.source?.mention)) {
      totals.speaker++;
      if (only.has('speaker')) lines.push(`  SPEAK  ${q(g)} gold ${show(g.source.mention)}  pred ${show(p.source?.mention)}\n         content ${show(g.content)}`);
    }
    if (g.cue?.length && !touches(g.cue, p.cue)) {
      totals.cue++;
      if (only.has('cue')) lines.push(`  CUE    ${q(g)} gold ${show(g.cue)}  pred ${show(p.cue)}\n         content ${show(g.content)}`);
    }
  }
  if (lines.length && !summaryOnly) console.log(`== ${name} (${split}): gold ${gold.length}, pred ${pred.length}, matched ${pairs.length}\n${lines.join('\n')}\n`);
}
console.log(`totals (${wantSplit}): missed ${totals.missed} (direct ${totals.missedDirect}; ${totals.missedOverlapping} overlap a prediction), false positives ${totals.fp} (direct ${totals.fpDirect}), boundary ${totals.boundary} (direct ${totals.boundaryDirect}), wrong speaker ${totals.speaker}, wrong cue ${totals.cue}`);
