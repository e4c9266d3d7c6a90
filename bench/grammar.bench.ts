/**
 * Tokenizing speed of the `text.news` grammar with vscode-textmate, through `tokenizeLine2` (the binary-token API
 * the editor uses). The budget case is a 200 KB single line of mixed quotation marks and capitalised words; the
 * other 200 KB lines probe the engine's cost per token (short quotations back to back) and backtracking on long
 * name runs, unclosed marks and name particles; the last row is a long article tokenized line by line.
 */
import * as vsctm from 'vscode-textmate';
import { loadNewsGrammar } from '../test/grammar/engine';
import { medianMs, printRows, rng, type Row } from './harness';

/** The budget for a 200 KB line (issue 3): under 100 ms. */
export const LINE_BUDGET_MS = 100;
const LINE_SIZE = 200 * 1024;

const PIECES = [
  '“', '”', '"', '«', '»', '„', '“', '‘', '’', "'", "''", '’90s', 'don’t', 'O’Brien', 'rock ’n’ roll',
  'President', 'Prime Minister', 'von der Leyen', 'de Gaulle', 'bin Salman', 'al-Assad', 'Jean-Luc', 'J. R.',
  'Mr.', 'Gen.', 'Nato', 'White House', 'European Commission', 'The', 'However', 'Monday', 'March',
  'said', 'told reporters', 'according to', 'in a statement', 'warned', 'of', 'the', 'and', 'a', 'plan',
  'harbour', 'concession', ',', '.', '—', '(', ')', ':',
];

/** A deterministic line of `size` UTF-16 units: random pieces, mostly separated by spaces. */
export function mixedLine(size: number, seed = 7): string {
  const next = rng(seed);
  const parts: string[] = [];
  let n = 0;
  while (n < size) {
    const p = PIECES[Math.floor(next() * PIECES.length)];
    const sep = next() < 0.15 ? '' : ' ';
    parts.push(p + sep);
    n += p.length + sep.length;
  }
  return parts.join('').slice(0, size);
}

const repeatTo = (unit: string, size: number) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);

/** Median CPU time of `runs` calls, in milliseconds: a second opinion next to wall time on a busy machine. */
function medianCpuMs(fn: () => unknown, runs: number): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage();
    fn();
    const c = process.cpuUsage(c0);
    times.push((c.user + c.system) / 1000);
  }
  times.sort((a, b) => a - b);
  return times[runs >> 1];
}

export async function run(): Promise<void> {
  const grammar = await loadNewsGrammar();
  const tokenize = (line: string) => grammar.tokenizeLine2(line, vsctm.INITIAL);
  const rows: Row[] = [];
  const budgetRow = (name: string, line: string) => {
    const ms = medianMs(() => tokenize(line), 9, 2);
    const cpu = medianCpuMs(() => tokenize(line), 9);
    const tokens = grammar.tokenizeLine(line, vsctm.INITIAL).tokens.length;
    rows.push({
      name,
      medianMs: ms,
      runs: 9,
      note: `budget ${LINE_BUDGET_MS} ms — ${ms < LINE_BUDGET_MS ? 'within' : 'OVER'} (cpu ${cpu.toFixed(1)} ms, ${tokens} tokens)`,
    });
  };
  budgetRow('200 KB line: mixed quotation marks and names', mixedLine(LINE_SIZE));
  // the engine's cost per token dominates here: three tokens per quotation, one per name or cue
  budgetRow('200 KB line: short quotations back to back', repeatTo('“Alpha” said ‘Beta’ of «Gamma» and „Delta“ for "Epsilon" ', LINE_SIZE));
  budgetRow('200 KB line: one run of capitalised names', repeatTo('Abel Baker-Cole O’Dell de la Vega ', LINE_SIZE));
  budgetRow('200 KB line: opening marks, never closed', repeatTo('“Alpha „Beta «Gamma ‘Delta ', LINE_SIZE));
  budgetRow('200 KB line: name particles without names', repeatTo('de la von der bin al- of the ', LINE_SIZE));

  // an article of 2,000 ordinary paragraphs of 400 characters, tokenized line by line as the editor does
  const paragraphs = Array.from({ length: 2000 }, (_, i) => mixedLine(400, 100 + i));
  const ms = medianMs(() => {
    let stack = vsctm.INITIAL;
    for (const p of paragraphs) stack = grammar.tokenizeLine2(p, stack).ruleStack;
  }, 5, 1);
  rows.push({ name: 'article: 2,000 paragraphs of 400 chars', medianMs: ms, runs: 5, note: `${((2000 * 400) / 1024 / 1024 / (ms / 1000)).toFixed(1)} MB/s` });
  printRows('grammar (vscode-textmate tokenizeLine2)', rows);
}
