/**
 * Scoring predicted attributions against gold annotations.
 *
 * The metrics, fixed so that numbers compare across tools:
 * - Gold and predicted attributions are matched one-to-one, greedily by the number of content
 *   characters they share (largest first). A pair is admissible when it shares at least 30% of the
 *   gold content's characters. Precision = matched / predicted, recall = matched / gold.
 * - Strict: the same matching, where an admissible pair must also have a character Jaccard of at
 *   least 0.8 between the two contents.
 * - Speaker accuracy: among the (lenient) matched pairs whose gold has a source, the share whose
 *   predicted source mention shares at least one character with the gold source. Cue accuracy
 *   likewise, among matched pairs whose gold has a cue.
 * - Everything twice: for all attributions, and for direct quotations. A gold attribution is in the
 *   direct subset when its content contains a quotation mark; a prediction is eligible for the
 *   direct subset when its content contains one too (so a prediction that found the quotation is
 *   counted, and a purely indirect prediction neither helps nor hurts the direct scores).
 *   Quotation marks are the double marks " “ ” „ « », two apostrophes '' standing for one, and
 *   the opening single marks ‘ ‚ ‹ ›; a single ’ or ' is not counted, since it mostly stands in
 *   a word (it’s, Putin’s).
 * Characters are code points of the article; counts are summed over documents (micro average).
 */
import { hasQuoteMark } from './suggest/quotemarks';
import type { Attribution, Range } from './model';

export const MIN_GOLD_SHARE = 0.3;
export const MIN_STRICT_JACCARD = 0.8;

export interface EvalDocument {
  name?: string;
  gold: readonly Attribution[];
  pred: readonly Attribution[];
}

export interface Ratio {
  correct: number;
  total: number;
  /** correct / total, or undefined when total is 0. */
  accuracy: number | undefined;
}

export interface PRF {
  matched: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface SubsetScores extends PRF {
  gold: number;
  pred: number;
  strict: PRF;
  speaker: Ratio;
  cue: Ratio;
}

export interface EvalReport {
  documents: number;
  direct: SubsetScores;
  all: SubsetScores;
}

/** A pair of matched attributions: indices into the gold and predicted lists. */
export interface MatchPair {
  gold: number;
  pred: number;
  shared: number;
  jaccard: number;
}

/** Sorted, merged ranges. */
export function normalizeRanges(rs: readonly Range[]): Range[] {
  const sorted = rs.filter((r) => r.end > r.start).map((r) => ({ start: r.start, end: r.end })).sort((a, b) => a.start - b.start);
  const out: Range[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else out.push(r);
  }
  return out;
}

export function rangesSize(rs: readonly Range[]): number {
  let n = 0;
  for (const r of rs) n += r.end - r.start;
  return n;
}

/** Number of characters two normalized range lists share. */
export function sharedChars(a: readonly Range[], b: readonly Range[]): number {
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    const s = Math.max(a[i].start, b[j].start);
    const e = Math.min(a[i].end, b[j].end);
    if (e > s) n += e - s;
    if (a[i].end < b[j].end) i++;
    else j++;
  }
  return n;
}

export interface MatchOptions {
  minGoldShare?: number;
  minJaccard?: number;
}

/**
 * One-to-one greedy matching by shared content characters. Ties go to the earlier gold, then the
 * earlier prediction, so the result is deterministic.
 */
export function matchAttributions(gold: readonly Attribution[], pred: readonly Attribution[], options: MatchOptions = {}): MatchPair[] {
  const minShare = options.minGoldShare ?? MIN_GOLD_SHARE;
  const minJaccard = options.minJaccard ?? 0;
  const g = gold.map((a) => normalizeRanges(a.content));
  const p = pred.map((a) => normalizeRanges(a.content));
  const gs = g.map(rangesSize);
  const ps = p.map(rangesSize);
  const candidates: MatchPair[] = [];
  for (let i = 0; i < g.length; i++) {
    if (gs[i] === 0) continue;
    for (let j = 0; j < p.length; j++) {
      const shared = sharedChars(g[i], p[j]);
      if (shared === 0 || shared < minShare * gs[i]) continue;
      const jaccard = shared / (gs[i] + ps[j] - shared);
      if (jaccard < minJaccard) continue;
      candidates.push({ gold: i, pred: j, shared, jaccard });
    }
  }
  candidates.sort((x, y) => y.shared - x.shared || x.gold - y.gold || x.pred - y.pred);
  const usedG = new Set<number>();
  const usedP = new Set<number>();
  const out: MatchPair[] = [];
  for (const c of candidates) {
    if (usedG.has(c.gold) || usedP.has(c.pred)) continue;
    usedG.add(c.gold);
    usedP.add(c.pred);
    out.push(c);
  }
  return out.sort((x, y) => x.gold - y.gold);
}

function touches(a: readonly Range[] | undefined, b: readonly Range[] | undefined): boolean {
  if (!a?.length || !b?.length) return false;
  return sharedChars(normalizeRanges(a), normalizeRanges(b)) > 0;
}

/** Whether an attribution's content contains a quotation mark (the direct subset). */
export function isDirectContent(a: Attribution): boolean {
  return a.content.some((s) => hasQuoteMark(s.text));
}

interface Counts {
  gold: number;
  pred: number;
  matched: number;
  strictMatched: number;
  speakerCorrect: number;
  speakerTotal: number;
  cueCorrect: number;
  cueTotal: number;
}

function emptyCounts(): Counts {
  return { gold: 0, pred: 0, matched: 0, strictMatched: 0, speakerCorrect: 0, speakerTotal: 0, cueCorrect: 0, cueTotal: 0 };
}

/** Adds one document's counts for one subset. */
function countDocument(gold: readonly Attribution[], pred: readonly Attribution[], c: Counts): MatchPair[] {
  c.gold += gold.length;
  c.pred += pred.length;
  const pairs = matchAttributions(gold, pred);
  c.matched += pairs.length;
  c.strictMatched += matchAttributions(gold, pred, { minJaccard: MIN_STRICT_JACCARD }).length;
  for (const m of pairs) {
    const g = gold[m.gold];
    const p = pred[m.pred];
    if (g.source?.mention?.length) {
      c.speakerTotal++;
      if (touches(g.source.mention, p.source?.mention)) c.speakerCorrect++;
    }
    if (g.cue?.length) {
      c.cueTotal++;
      if (touches(g.cue, p.cue)) c.cueCorrect++;
    }
  }
  return pairs;
}

export function prf(matched: number, gold: number, pred: number): PRF {
  const precision = pred ? matched / pred : 0;
  const recall = gold ? matched / gold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { matched, precision, recall, f1 };
}

function ratio(correct: number, total: number): Ratio {
  return { correct, total, accuracy: total ? correct / total : undefined };
}

function scores(c: Counts): SubsetScores {
  return {
    gold: c.gold,
    pred: c.pred,
    ...prf(c.matched, c.gold, c.pred),
    strict: prf(c.strictMatched, c.gold, c.pred),
    speaker: ratio(c.speakerCorrect, c.speakerTotal),
    cue: ratio(c.cueCorrect, c.cueTotal),
  };
}

/** Scores a set of documents, for direct quotations and for all attributions. */
export function evaluate(docs: readonly EvalDocument[]): EvalReport {
  const all = emptyCounts();
  const direct = emptyCounts();
  for (const d of docs) {
    countDocument(d.gold, d.pred, all);
    countDocument(d.gold.filter(isDirectContent), d.pred.filter(isDirectContent), direct);
  }
  return { documents: docs.length, direct: scores(direct), all: scores(all) };
}

const pct = (x: number | undefined): string => (x === undefined ? '—' : (100 * x).toFixed(1));

/** A short text table of a report. */
export function formatReport(r: EvalReport, title = ''): string {
  const row = (name: string, s: SubsetScores) =>
    `${name.padEnd(8)} ${String(s.gold).padStart(5)} ${String(s.pred).padStart(5)}  ${pct(s.precision).padStart(5)} ${pct(s.recall).padStart(5)} ${pct(s.f1).padStart(5)}   ${pct(s.strict.precision).padStart(5)} ${pct(s.strict.recall).padStart(5)} ${pct(s.strict.f1).padStart(5)}   ${pct(s.speaker.accuracy).padStart(5)} ${pct(s.cue.accuracy).padStart(5)}`;
  return [
    `${title ? title + ': ' : ''}${r.documents} document${r.documents === 1 ? '' : 's'}`,
    `subset    gold  pred      P     R    F1  strict P     R    F1  speaker   cue`,
    row('direct', r.direct),
    row('all', r.all),
  ].join('\n');
}
