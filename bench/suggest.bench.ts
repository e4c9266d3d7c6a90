/**
 * Suggestion speed on one core: articles of more than 1 MB, in MB of article text (UTF-8) per
 * second. The target is at least 2 MB/s.
 *
 * Two inputs: the invented news articles of test/fixtures/suggest repeated until past 1 MB (realistic
 * text, dense in quotations), and a generated article with many different speakers (the actor
 * registry grows).
 *
 * Then adversarial input of about 1 MB, where a rule that looks back or ahead without bound would
 * turn quadratic: one paragraph without a sentence end, thousands of unbalanced quotation marks, one
 * run of capitalised words, and cues and marks without a clause between them. Each is also run at a
 * quarter of the size: for linear work the full size takes about four times as long.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { suggestAttributions } from '../src/core/suggest';
import { printRows, rng, type Row } from './harness';

const ROOT = join(__dirname, '..', '..');
const TARGET_MB_S = 2;

function fixtureArticle(minBytes: number): string {
  const dir = join(ROOT, 'test', 'fixtures', 'suggest');
  const parts = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(join(dir, f), 'utf8').trim());
  const out: string[] = [];
  let bytes = 0;
  for (let i = 0; bytes < minBytes; i++) {
    const p = parts[i % parts.length];
    out.push(p);
    bytes += Buffer.byteLength(p) + 2;
  }
  return out.join('\n\n') + '\n';
}

const FIRST = ['Ingrid', 'Tomás', 'Marta', 'Jonas', 'Amara', 'Piet', 'Elena', 'Dmitri', 'Ruth', 'Grace', 'Priya', 'Henrik', 'Mara', 'Tobias', 'Amélie'];
const LAST = ['Solberg', 'O’Brien', 'Kowalski', 'Berg', 'Osei', 'de Groot', 'Vasquez', 'Halloran', 'Abernathy', 'Adeyemi', 'Raman', 'Lindqvist', 'Okonkwo', 'Rousseau', 'Weber'];
const TITLES = ['Mayor', 'Councillor', 'Sen.', 'the harbour master', 'a spokesperson for the port,', 'Dr.'];
const WORDS = 'the council ferry budget harbour residents noise terminal vote plan week city water berth engines tickets cost report design future quay'.split(' ');

function generatedArticle(minBytes: number): string {
  const rand = rng(7);
  const pick = <T>(xs: T[]) => xs[Math.floor(rand() * xs.length)];
  const words = (n: number) => Array.from({ length: n }, () => pick(WORDS)).join(' ');
  const out: string[] = [];
  let bytes = 0;
  while (bytes < minBytes) {
    const name = `${pick(FIRST)} ${pick(LAST)}`;
    const title = pick(TITLES);
    let p: string;
    switch (Math.floor(rand() * 5)) {
      case 0:
        p = `“${words(9)},” said ${title.startsWith('a ') || title.startsWith('the ') ? name : `${title} ${name}`}. “${words(12)}.”`;
        break;
      case 1:
        p = `${name} told reporters on Tuesday that the ${words(10)} would “${words(5)}.” She added that the ${words(8)}.`;
        break;
      case 2:
        p = `According to ${name}, the ${words(14)}. ${name.split(' ')[1]} said: “${words(11)}.”`;
        break;
      case 3:
        p = `The ${words(12)}, ${name}, the ${words(3)} chief, said in a statement. He declined to say whether the ${words(6)}.`;
        break;
      default:
        p = `${words(18).replace(/^./, (c) => c.toUpperCase())}. Residents say the ${words(9)} is “${words(4)}.”`;
    }
    out.push(p);
    bytes += Buffer.byteLength(p) + 2;
  }
  return out.join('\n\n') + '\n';
}

/**
 * Wall and CPU times of `runs` calls after `warmup` unmeasured ones, each sorted ascending, in
 * milliseconds. CPU time is the process's (the garbage collector's helper threads included), so on
 * a busy machine it is the steadier of the two.
 */
function times(fn: () => unknown, runs: number, warmup: number): { wall: number[]; cpu: number[] } {
  for (let i = 0; i < warmup; i++) fn();
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage();
    const t0 = process.hrtime.bigint();
    fn();
    wall.push(Number(process.hrtime.bigint() - t0) / 1e6);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  return { wall: wall.sort((a, b) => a - b), cpu: cpu.sort((a, b) => a - b) };
}

/** Adversarial text of at least `minBytes` (UTF-8), the same every run. */
function adversarial(kind: 'run-on' | 'marks' | 'capitals' | 'cues', minBytes: number): string {
  const rand = rng(11);
  const pick = <T>(xs: T[]) => xs[Math.floor(rand() * xs.length)];
  const MARKS = ['“', '”', '‘', '’', '"', "'", '«', '»', '„', '‹', '›'];
  const CAPS = ['Harbour', 'Council', 'Ferry', 'Mayor', 'Ingrid', 'Solberg', 'North', 'Sea', 'Port', 'Authority', 'Van', 'Der', 'Berg', 'Daily', 'Courier', 'O’Brien', 'Sen.'];
  const CUES = ['said', 'told', 'that', 'Solberg', 'she', '“', '”', ',', 'according', 'to', 'added', ':', '—'];
  const out: string[] = [];
  let bytes = 0;
  while (bytes < minBytes) {
    let w: string;
    switch (kind) {
      case 'run-on': // one paragraph, no sentence end: clauses joined by commas and "and"
        w = pick(WORDS.concat(['said', 'told', 'that', 'and', 'she', 'added', 'according to', FIRST[0], LAST[0]])) + (rand() < 0.1 ? ',' : '');
        break;
      case 'marks': // quotation marks of every style opening and closing at random, few sentence ends
        w = rand() < 0.3 ? pick(MARKS) + pick(WORDS) : pick(WORDS) + (rand() < 0.2 ? pick(MARKS) : '') + (rand() < 0.03 ? '.' : '');
        break;
      case 'capitals': // one sentence of capitalised words: a name without end
        w = pick(CAPS);
        break;
      case 'cues':
        w = pick(CUES);
        break;
    }
    out.push(w);
    bytes += Buffer.byteLength(w) + 1;
  }
  return out.join(' ') + ' said the mayor.\n';
}

export function run(): void {
  const inputs = [
    { name: 'fixture articles repeated', text: fixtureArticle(1100 * 1024) },
    { name: 'generated, many speakers', text: generatedArticle(1100 * 1024) },
  ];
  const rows: Row[] = [];
  const runs = 15;
  for (const input of inputs) {
    const bytes = Buffer.byteLength(input.text);
    const mb = bytes / (1024 * 1024);
    const found = suggestAttributions(input.text).attributions.length;
    const t = times(() => suggestAttributions(input.text), runs, 2);
    const median = t.wall[runs >> 1];
    const rate = mb / (median / 1000);
    const best = mb / (t.wall[0] / 1000);
    const cpuRate = mb / (t.cpu[runs >> 1] / 1000);
    rows.push({
      name: `suggest: ${input.name} (${mb.toFixed(2)} MB)`,
      medianMs: median,
      runs,
      note: `${rate.toFixed(2)} MB/s (target ≥ ${TARGET_MB_S} MB/s: ${rate >= TARGET_MB_S ? 'met' : 'not met'}); best run ${best.toFixed(2)} MB/s; cpu ${t.cpu[runs >> 1].toFixed(0)} ms = ${cpuRate.toFixed(2)} MB/s; ${found} suggestions`,
    });
  }
  printRows('suggest: throughput on one core', rows);

  const adversarialRows: Row[] = [];
  const few = 5;
  for (const kind of ['run-on', 'marks', 'capitals', 'cues'] as const) {
    const text = adversarial(kind, 1100 * 1024);
    const quarter = adversarial(kind, 275 * 1024);
    const mb = Buffer.byteLength(text) / (1024 * 1024);
    const found = suggestAttributions(text).attributions.length;
    const full = times(() => suggestAttributions(text), few, 1).wall[few >> 1];
    const part = times(() => suggestAttributions(quarter), few, 1).wall[few >> 1];
    const growth = full / part / (Buffer.byteLength(text) / Buffer.byteLength(quarter));
    adversarialRows.push({
      name: `suggest: adversarial, ${kind} (${mb.toFixed(2)} MB)`,
      medianMs: full,
      runs: few,
      note: `${(mb / (full / 1000)).toFixed(2)} MB/s; time per byte at full size ${growth.toFixed(2)}× that at a quarter (1 = linear); ${found} suggestions`,
    });
  }
  printRows('suggest: adversarial input', adversarialRows);
}
